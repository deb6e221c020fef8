"""Acting on the notes workflow like a person: select text, annotate, press shortcuts."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QAbstractItemView, QDialogButtonBox, QWidget
from pytestqt.qtbot import QtBot
from ui_helpers import click_row, reader, search_field, type_text

from briefing.ui.main_window import MainWindow

CTRL = Qt.KeyboardModifier.ControlModifier


def select_in_reader(qtbot: QtBot, win: MainWindow, text: str) -> None:
    """Click before the words and shift-click after them, as a person selects."""
    view = reader(win)
    start = view.document().find(text)
    assert not start.isNull(), f"{text!r} is not in the reader"
    cursor = QTextCursor(view.document())
    cursor.setPosition(start.selectionStart())
    view.setTextCursor(cursor)
    view.ensureCursorVisible()
    begin = view.cursorRect(cursor).center() + QPoint(1, 0)
    cursor.setPosition(start.selectionEnd())
    end = view.cursorRect(cursor).center()
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=begin)
    qtbot.mouseClick(
        view.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.ShiftModifier, pos=end
    )
    assert text in view.textCursor().selectedText()


def open_act(qtbot: QtBot, win: MainWindow, words: str, row_text: str) -> None:
    field = search_field(win)
    field.clear()
    type_text(qtbot, field, words)
    qtbot.waitUntil(lambda: any(row_text in t for t in _results(win)))
    with qtbot.waitSignal(win.pageShown):
        click_row(qtbot, win, row_text)


def _results(win: MainWindow) -> list[str]:
    model = win.result_list.model()
    return [str(model.index(r, 0).data()) for r in range(model.rowCount())]


def annotate(qtbot: QtBot, win: MainWindow, quote: str, note: str) -> None:
    flow = win.workflow
    select_in_reader(qtbot, win, quote)
    with qtbot.waitSignal(flow.dialogOpened) as opened:
        press(qtbot, reader(win), Qt.Key.Key_A, CTRL | Qt.KeyboardModifier.ShiftModifier)
    dialog = opened.args[0]
    type_text(qtbot, dialog.note_edit, note)
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    with qtbot.waitSignal(flow.writer.changed):
        qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: win.annotation_panel.model.rowCount() > 0)


def press(qtbot: QtBot, widget: QWidget, key: Qt.Key, mods: Qt.KeyboardModifier) -> None:
    """A shortcut typed in ``widget``'s window, which a closed dialog may have left inactive."""
    window = widget.window()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(widget, key, mods)


def entry_labels(win: MainWindow) -> list[str]:
    return win.briefing_panel.entry_model.labels()


def click_index(qtbot: QtBot, view: QAbstractItemView, row: int) -> None:
    index = view.model().index(row, 0)
    qtbot.mouseClick(
        view.viewport(), Qt.MouseButton.LeftButton, pos=view.visualRect(index).center()
    )
