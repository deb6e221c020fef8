"""``briefing self-test``: an installation checked the way an installer would."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from briefing import cli
from briefing.library.build import build_content

FIXTURE = Path(__file__).parent.parent / "ui" / "data"


@pytest.fixture(scope="module")
def content(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("content") / "content.db"
    build_content(FIXTURE, out)
    return out


def _run(
    capsys: pytest.CaptureFixture[str], *args: str
) -> tuple[int, dict[str, dict[str, object]]]:
    status = cli.main([*args, "self-test", "--json"])
    checks = json.loads(capsys.readouterr().out)
    return status, {c["name"]: c for c in checks}


def test_a_good_installation_passes_including_the_window(
    tmp_path: Path, content: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    status, checks = _run(capsys, "--profile", str(tmp_path / "p"), "--content", str(content))
    assert status == 0, checks
    assert set(checks) == {"profile", "settings", "library", "translations", "window"}
    assert "4 items" in str(checks["library"]["detail"])


def test_a_missing_library_fails_with_the_reason(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    missing = tmp_path / "none.db"
    args = ("--profile", str(tmp_path / "p"), "--content", str(missing))
    status = cli.main([*args, "self-test", "--no-window"])
    out = capsys.readouterr().out
    assert status == 1
    assert f"FAIL library      no content database at {missing}" in out
    assert "ok   profile" in out


def test_an_unusable_profile_and_a_broken_policy_fail(
    tmp_path: Path,
    content: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    not_a_folder = tmp_path / "profile"
    not_a_folder.write_text("a file where the profile should be", encoding="utf-8")
    policy = tmp_path / "policy.ini"
    policy.write_text("[broken", encoding="utf-8")
    monkeypatch.setenv("BRIEFING_POLICY", str(policy))
    args = ("--profile", str(not_a_folder), "--content", str(content))
    status = cli.main([*args, "self-test", "--no-window", "--json"])
    checks = {c["name"]: c for c in json.loads(capsys.readouterr().out)}
    assert status == 1
    assert checks["profile"]["ok"] is False
    assert checks["settings"]["ok"] is False
    assert str(policy) in str(checks["settings"]["detail"])
    assert checks["library"]["ok"] is True
