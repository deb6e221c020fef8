"""The workflow as a person does it: search, open, select, annotate, compile, export, restart."""

from __future__ import annotations

from pathlib import Path

from pypdf import PdfReader
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QAbstractItemView, QDialogButtonBox, QWidget
from pytestqt.qtbot import QtBot
from ui_helpers import click_row, reader, search_field, type_text

from briefing.app import make_window
from briefing.notes.store import open_store
from briefing.ui.main_window import MainWindow

QUOTE = "set of early-stage services"
CTRL = Qt.KeyboardModifier.ControlModifier
NOTE = "Check the budget for this"


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


def test_search_annotate_compile_export_and_restart(
    qtbot: QtBot, window: MainWindow, profile: Path, content_db: Path, tmp_path: Path
) -> None:
    win = window
    open_act(qtbot, win, "integration programme", "681/2023")
    annotate(qtbot, win, QUOTE, NOTE)

    # The note is listed, marked in the text, and stored on § 13's plain text.
    assert NOTE in str(win.annotation_panel.model.index(0, 0).data())
    assert QUOTE in win.workflow.annotating.marked_passages().values()
    with open_store(profile, auto_backup=False) as store:
        (stored,) = store.annotations("act-681-2023")
    assert stored.section_id == "act-681-2023/s-13"
    assert stored.selector is not None and stored.selector.exact == QUOTE

    # Add § 13 (the cursor is in it) to a briefing: the first one is made on the way.
    panel = win.briefing_panel
    with qtbot.waitSignal(win.workflow.compiling.previewReady, timeout=5000):
        press(qtbot, reader(win), Qt.Key.Key_B, CTRL)
    qtbot.waitUntil(lambda: len(entry_labels(win)) == 1)
    assert "13 §" in entry_labels(win)[0]
    open_act(qtbot, win, "1386", "1386/2010, kumottu")
    press(qtbot, reader(win), Qt.Key.Key_B, CTRL)
    qtbot.waitUntil(lambda: len(entry_labels(win)) == 2)

    # Reorder by keyboard: the old act goes first.
    click_index(qtbot, panel.entries, 1)
    qtbot.keyClick(panel.entries, Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: "1386/2010" in entry_labels(win)[0])
    assert "13 §" in entry_labels(win)[1]

    # Choose the note for § 13's entry (its checkbox on the "Memo and notes" page).
    click_index(qtbot, panel.entries, 1)
    panel.tabs.setCurrentIndex(1)
    qtbot.waitUntil(lambda: panel.notes_model.rowCount() == 1)
    panel.notes.setFocus()
    panel.notes.setCurrentIndex(panel.notes_model.index(0, 0))
    with qtbot.waitSignal(win.workflow.writer.changed):
        qtbot.keyClick(panel.notes, Qt.Key.Key_Space)
    type_text(qtbot, panel.memo, "Ask the city board")
    with qtbot.waitSignal(win.workflow.writer.changed):
        panel.save_memo()

    # The preview shows the note; the PDF holds it too.
    qtbot.waitUntil(lambda: NOTE in panel.preview.toPlainText(), timeout=5000)
    out = tmp_path / "pack.pdf"
    with qtbot.waitSignal(win.workflow.dialogOpened) as opened:
        press(qtbot, win.result_list, Qt.Key.Key_E, CTRL)
    dialog = opened.args[0]
    dialog.language.setCurrentIndex(dialog.language.findData("en"))
    dialog.file.clear()
    qtbot.keyClicks(dialog.file, str(out))
    with qtbot.waitSignal(dialog.exported, timeout=20000):
        qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    text = " ".join(page.extract_text() for page in PdfReader(out).pages)
    text = " ".join(text.split())
    assert NOTE in text
    assert "Ask the city board" in text
    assert text.index("1386/2010") < text.index("Content of the municipal integration programme")
    assert dialog.open_file_button.isVisible()
    dialog.close()

    # Quit and start again: everything is still there.
    win.close()
    again = make_window(profile, content=content_db)
    qtbot.addWidget(again)
    again.show()
    qtbot.waitUntil(lambda: again.briefing_panel.model.rowCount() == 1)
    qtbot.waitUntil(lambda: len(entry_labels(again)) == 2)
    assert "1386/2010" in entry_labels(again)[0]
    assert again.open_id("act-681-2023")
    qtbot.waitUntil(lambda: again.annotation_panel.model.rowCount() == 1)
    assert QUOTE in again.workflow.annotating.marked_passages().values()
    again.close()
