"""Test set-up shared by every suite: headless Qt, an English locale, no real home."""

from __future__ import annotations

import os

# Before anything imports Qt: no screen here, and messages in a known language.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["LANG"] = "en_US.UTF-8"
os.environ["LC_ALL"] = "C.UTF-8"
os.environ["LANGUAGE"] = "en"

import pytest


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Mark tests that use a QApplication as ``gui`` so ``-m "not gui"`` is the fast loop."""
    for item in items:
        fixtures = getattr(item, "fixturenames", ())
        if "qtbot" in fixtures or "qapp" in fixtures:
            item.add_marker(pytest.mark.gui)


@pytest.fixture(autouse=True)
def _isolated_home(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    """No test reads or writes the real profile or the machine's IT policy."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / "data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / "config"))
    monkeypatch.setenv("BRIEFING_PROFILE", str(home / "profile"))
    monkeypatch.setenv("BRIEFING_POLICY", str(home / "no-policy.ini"))
