"""Start-up stays lazy: building the window loads nothing that can wait for the first paint.

A cheap guard for ``tests/bench/bench_startup.py`` (budget 1.5x a bare window, with
little headroom): each of these modules costs tens of milliseconds to import.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

HEAVY = [
    "sqlite_utils",  # the notes store
    "sqlite3",
    "briefing.library.store",  # stemmers, query parser
    "briefing.notes.store",
    "briefing.core.models",  # every dataclass
    "markdown",
    "nh3",
]

_CHILD = """
import json, sys
from PySide6.QtWidgets import QApplication
app = QApplication(sys.argv[:1])
from briefing.app import make_window
window = make_window(sys.argv[1], sys.argv[2])
print(json.dumps([name for name in json.loads(sys.argv[3]) if name in sys.modules]))
"""


def test_building_the_window_loads_no_heavy_module(tmp_path: Path, content_db: Path) -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    done = subprocess.run(
        [sys.executable, "-c", _CHILD, str(tmp_path / "p"), str(content_db), json.dumps(HEAVY)],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
        check=True,
    )
    loaded = json.loads(done.stdout.strip().splitlines()[-1])
    assert loaded == [], f"loaded before the first paint: {loaded}"
