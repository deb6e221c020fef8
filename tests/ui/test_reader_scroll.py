"""Opening a section shows that section, even when it is near the end of a long act."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from briefing import paths
from briefing.app import make_window
from briefing.library.build import build_content
from briefing.ui.main_window import MainWindow


@pytest.fixture(scope="module")
def real_library(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("real") / "content.db"
    build_content(paths.data_dir(), out)
    return out


@pytest.fixture
def small_window(qtbot: QtBot, tmp_path: Path, real_library: Path) -> Iterator[MainWindow]:
    win = make_window(tmp_path / "profile", content=real_library)
    qtbot.addWidget(win)
    win.resize(1000, 500)  # a laptop with the window not maximised: the act scrolls
    win.show()
    qtbot.waitUntil(lambda: win.result_model.rowCount() > 0)
    yield win
    win.close()


def _heading_on_screen(win: MainWindow, heading: str) -> bool:
    reader = win.reader
    found = reader.document().find(heading)
    if found.isNull():
        return False
    top = reader.document().documentLayout().blockBoundingRect(found.block()).top()
    shown = top - reader.verticalScrollBar().value()
    return 0 <= shown < reader.viewport().height()


@pytest.mark.parametrize("section", ["s-13", "s-45"])
def test_the_section_asked_for_is_on_screen(
    qtbot: QtBot, small_window: MainWindow, section: str
) -> None:
    number = section.removeprefix("s-")
    assert small_window.open_id(f"act-681-2023/{section}", "fi")
    qtbot.waitUntil(lambda: _heading_on_screen(small_window, f"{number} § "), timeout=3000)
    qtbot.wait(200)  # later layout steps must not pull the view away again
    assert _heading_on_screen(small_window, f"{number} § ")
