"""The workflow as a person does it: search, open, select, annotate, compile, export, restart."""

from __future__ import annotations

from pathlib import Path

from pypdf import PdfReader
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from ui_helpers import reader, type_text
from workflow_helpers import CTRL, annotate, click_index, entry_labels, open_act, press

from briefing.app import make_window
from briefing.notes.store import open_store
from briefing.ui.main_window import MainWindow

QUOTE = "set of early-stage services"
NOTE = "Check the budget for this"


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
    with qtbot.waitSignal(win.workflow.writer.changed):
        press(qtbot, reader(win), Qt.Key.Key_B, CTRL)
    qtbot.waitUntil(lambda: len(entry_labels(win)) == 1)
    qtbot.waitUntil(lambda: "13 §" in entry_labels(win)[0])  # named off the GUI thread
    open_act(qtbot, win, "1386", "1386/2010, kumottu")
    press(qtbot, reader(win), Qt.Key.Key_B, CTRL)
    qtbot.waitUntil(lambda: len(entry_labels(win)) == 2)

    # Reorder by keyboard: the old act goes first.
    click_index(qtbot, panel.entries, 1)
    qtbot.keyClick(panel.entries, Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: "1386/2010" in entry_labels(win)[0])
    qtbot.waitUntil(lambda: "13 §" in entry_labels(win)[1])

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
    with qtbot.waitSignal(win.workflow.compiling.previewReady, timeout=5000):
        panel.tabs.setCurrentWidget(panel.preview)
    assert NOTE in panel.preview.toPlainText()
    assert "Ask the city board" in panel.preview.toPlainText()
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
    qtbot.waitUntil(lambda: "1386/2010" in entry_labels(again)[0])
    assert again.open_id("act-681-2023")
    qtbot.waitUntil(lambda: again.annotation_panel.model.rowCount() == 1)
    assert QUOTE in again.workflow.annotating.marked_passages().values()
    again.close()


def test_help_lists_the_workflow_shortcuts(qtbot: QtBot, window: MainWindow) -> None:
    from PySide6.QtWidgets import QDialog, QTableWidget

    window.actions.shortcuts.trigger()
    dialog = window.findChild(QDialog, "shortcutsDialog")
    qtbot.waitUntil(dialog.isVisible)
    table = dialog.findChild(QTableWidget, "shortcutTable")
    rows = {table.item(r, 0).text(): table.item(r, 1).text() for r in range(table.rowCount())}
    assert rows["Annotate"] == "Ctrl+Shift+A"
    assert rows["Undo"] == "Ctrl+Z"
    assert rows["Import texts…"] == "Ctrl+Shift+I"
    dialog.close()
