"""Acting like a person on the window (find controls by their names, click rows); test files."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QModelIndex, Qt
from PySide6.QtGui import QKeyEvent, QTextCursor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QLineEdit,
    QTextBrowser,
    QWidget,
)
from pytestqt.qtbot import QtBot

FINLEX = Path(__file__).parents[1] / "data" / "finlex"


def official_681(tmp_path: Path) -> Path:
    """The Finlex test file, renumbered as the act our test library summarises."""
    text = (FINLEX / "consolidated.xml").read_text(encoding="utf-8")
    text = text.replace("/2029/77", "/2023/681").replace('"77"', '"681"')
    text = text.replace("77/2029", "681/2023")
    out = tmp_path / "681-2023.xml"
    out.write_text(text, encoding="utf-8")
    return out


def search_field(win: QWidget) -> QLineEdit:
    found = win.findChild(QLineEdit, "searchField")
    assert found is not None
    return found


def result_list(win: QWidget) -> QAbstractItemView:
    found = win.findChild(QAbstractItemView, "resultList")
    assert found is not None
    return found


def reader(win: QWidget) -> QTextBrowser:
    found = win.findChild(QTextBrowser, "readerView")
    assert found is not None
    return found


def type_text(qtbot: QtBot, widget: QWidget, text: str) -> None:
    """Type like a keyboard; QTest only knows ASCII keys, so ä, ö, å go in as key events."""
    for char in text:
        if char.isascii():
            qtbot.keyClicks(widget, char)
            continue
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            event = QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, char)
            QApplication.sendEvent(widget, event)


def result_texts(win: QWidget) -> list[str]:
    view = result_list(win)
    model = view.model()
    return [str(model.index(r, 0).data()) for r in range(model.rowCount())]


def row_with(win: QWidget, text: str) -> QModelIndex:
    view = result_list(win)
    model = view.model()
    for r in range(model.rowCount()):
        index = model.index(r, 0)
        if text in str(index.data()):
            return index
    raise AssertionError(f"no result row shows {text!r}: {result_texts(win)}")


def click_row(qtbot: QtBot, win: QWidget, text: str) -> None:
    view = result_list(win)
    index = row_with(win, text)
    view.scrollTo(index)
    rect = view.visualRect(index)
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def click_link(qtbot: QtBot, win: QWidget, link_text: str) -> None:
    """Click the words of a link in the reader, as a person would."""
    view = reader(win)
    cursor = view.document().find(link_text)
    assert not cursor.isNull(), f"{link_text!r} is not in the reader"
    middle = QTextCursor(view.document())
    middle.setPosition((cursor.selectionStart() + cursor.selectionEnd()) // 2)
    view.setTextCursor(middle)
    view.ensureCursorVisible()
    point = view.cursorRect(middle).center()
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=point)
