"""``briefing`` with no sub-command: the window starts, and a second start hands over to it."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

from briefing.ui.single_instance import SingleInstance


def test_second_start_on_a_profile_exits_and_leaves_the_first_running(
    qapp: object, tmp_path: Path, content_db: Path
) -> None:
    profile = tmp_path / "profile"
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    command = [
        sys.executable,
        "-m",
        "briefing",
        "--profile",
        str(profile),
        "--content",
        str(content_db),
    ]
    first = subprocess.Popen(command, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    try:
        deadline = time.monotonic() + 30
        while not SingleInstance(profile).forward():  # the first window is up and listening
            assert first.poll() is None, first.communicate()
            assert time.monotonic() < deadline, "the window did not start"
            time.sleep(0.1)
        second = subprocess.run(command, env=env, capture_output=True, timeout=30, check=False)
        assert second.returncode == 0, second.stderr
        assert first.poll() is None  # still running: the second only asked it forward
    finally:
        first.kill()
        first.communicate()
