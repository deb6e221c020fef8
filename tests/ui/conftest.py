"""UI fixtures: a content database built once from tests/ui/data, a window per test."""

from __future__ import annotations

import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from briefing import paths
from briefing.app import make_window
from briefing.library.build import build_content
from briefing.ui.main_window import MainWindow

DATA = Path(__file__).parent / "data"


@pytest.fixture(scope="session")
def content_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("content") / "content.db"
    build_content(DATA, out)
    return out


@pytest.fixture(scope="session", autouse=True)
def _compiled_translations() -> None:
    """The .qm files `make i18n` builds; built here too so a bare `pytest` run has them."""
    lrelease = Path(__import__("sys").executable).parent / "pyside6-lrelease"
    for ts in paths.resource("i18n").glob("*.ts"):
        qm = ts.with_suffix(".qm")
        if not qm.exists() or qm.stat().st_mtime < ts.stat().st_mtime:
            subprocess.run([str(lrelease), "-silent", str(ts), "-qm", str(qm)], check=True)


@pytest.fixture
def profile(tmp_path: Path) -> Path:
    return tmp_path / "profile"


@pytest.fixture
def window(qtbot: QtBot, profile: Path, content_db: Path) -> Iterator[MainWindow]:
    win = make_window(profile, content=content_db)
    qtbot.addWidget(win)
    win.show()
    # The library opens after the window is shown and lists everything.
    qtbot.waitUntil(lambda: win.result_model.rowCount() > 0)
    yield win
    win.close()


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Qt's offscreen platform warns on every show(); that is the test set-up, not the app."""
    here = Path(__file__).parent
    for item in items:
        if here in Path(str(item.fspath)).parents:
            item.add_marker(pytest.mark.qt_log_ignore("does not support propagateSizeHints"))
