"""Notes in the reader: marked, listed, jumped to, edited and deleted with undo, status in words."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot
from ui_helpers import reader, type_text
from workflow_helpers import CTRL, annotate, open_act, press, select_in_reader

from briefing.notes.store import open_store
from briefing.ui.main_window import MainWindow

QUOTE = "set of early-stage services"


def _rows(win: MainWindow) -> list[str]:
    model = win.annotation_panel.model
    return [str(model.index(r, 0).data()) for r in range(model.rowCount())]


def test_delete_and_undo_bring_the_note_back(
    qtbot: QtBot, window: MainWindow, profile: Path
) -> None:
    open_act(qtbot, window, "integration programme", "681/2023")
    annotate(qtbot, window, QUOTE, "First note")
    panel = window.annotation_panel
    panel.list.setCurrentIndex(panel.model.index(0, 0))
    with qtbot.waitSignal(window.workflow.writer.changed):
        qtbot.keyClick(panel.list, Qt.Key.Key_Delete)
    qtbot.waitUntil(lambda: panel.model.rowCount() == 0)
    assert window.workflow.annotating.marked_passages() == {}
    with qtbot.waitSignal(window.workflow.writer.changed):
        press(qtbot, window.result_list, Qt.Key.Key_Z, CTRL)
    qtbot.waitUntil(lambda: panel.model.rowCount() == 1)
    assert QUOTE in window.workflow.annotating.marked_passages().values()


def test_edit_changes_the_note_and_undo_restores_it(qtbot: QtBot, window: MainWindow) -> None:
    open_act(qtbot, window, "integration programme", "681/2023")
    annotate(qtbot, window, QUOTE, "Before")
    panel = window.annotation_panel
    panel.list.setCurrentIndex(panel.model.index(0, 0))
    with qtbot.waitSignal(window.workflow.dialogOpened) as opened:
        qtbot.mouseClick(panel.edit_button, Qt.MouseButton.LeftButton)
    dialog = opened.args[0]
    assert dialog.note() == "Before"
    dialog.note_edit.clear()
    type_text(qtbot, dialog.note_edit, "After")
    dialog.private_box.setChecked(True)
    with qtbot.waitSignal(window.workflow.writer.changed):
        qtbot.mouseClick(
            dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton
        )
    qtbot.waitUntil(lambda: "After" in _rows(window)[0])
    assert "(private)" in _rows(window)[0]
    with qtbot.waitSignal(window.workflow.writer.changed):
        window.workflow.undo.action.trigger()
    qtbot.waitUntil(lambda: "Before" in _rows(window)[0])


def test_activating_a_note_jumps_to_its_passage(qtbot: QtBot, window: MainWindow) -> None:
    open_act(qtbot, window, "integration programme", "681/2023")
    annotate(qtbot, window, QUOTE, "Here")
    view = reader(window)
    view.moveCursor(view.textCursor().MoveOperation.Start)
    panel = window.annotation_panel
    index = panel.model.index(0, 0)
    qtbot.mouseClick(
        panel.list.viewport(), Qt.MouseButton.LeftButton, pos=panel.list.visualRect(index).center()
    )
    assert view.textCursor().selectedText() == QUOTE


def test_changed_and_orphaned_notes_say_why(
    qtbot: QtBot, window: MainWindow, profile: Path
) -> None:
    open_act(qtbot, window, "integration programme", "681/2023")
    annotate(qtbot, window, QUOTE, "Moved")
    annotate(qtbot, window, "integration and inclusion", "Gone")
    with open_store(profile, auto_backup=False) as store:
        moved, gone = store.annotations("act-681-2023")
        store.set_anchor(moved.id, selector=moved.selector, status="changed", reason="quote-moved")
        store.set_anchor(gone.id, selector=None, status="orphaned", reason="quote-missing")
    window.workflow.annotating.refresh()
    rows = _rows(window)
    assert "Changed: the quoted passage has moved" in rows[0]
    assert "Orphaned: the quoted passage is no longer in the text" in rows[1]
    # An orphaned note has no passage to mark; the changed one is still found, and its
    # mark says so.
    assert list(window.workflow.annotating.marked_passages()) == [moved.id]
    (mark,) = reader(window).extraSelections()
    assert mark.format.underlineStyle() == mark.format.UnderlineStyle.WaveUnderline
    assert "Changed: the quoted passage has moved" in mark.format.toolTip()


def test_annotate_without_a_selection_says_what_to_do(qtbot: QtBot, window: MainWindow) -> None:
    open_act(qtbot, window, "integration programme", "681/2023")
    view = reader(window)
    view.moveCursor(view.textCursor().MoveOperation.End)
    press(qtbot, view, Qt.Key.Key_A, CTRL | Qt.KeyboardModifier.ShiftModifier)
    assert "Select a passage" in window.statusBar().currentMessage()
    assert window.workflow.annotating.dialog is None


def test_a_selection_in_the_item_body_becomes_an_item_note(
    qtbot: QtBot, window: MainWindow, profile: Path
) -> None:
    open_act(qtbot, window, "integration programme", "681/2023")
    select_in_reader(qtbot, window, "test summary of the Integration Act")
    quote = window.workflow.annotating
    assert quote.target_at_cursor() == "act-681-2023"
    annotate(qtbot, window, "test summary of the Integration Act", "On the act")
    with open_store(profile, auto_backup=False) as store:
        (note,) = store.annotations("act-681-2023")
    assert note.section_id == ""
    assert note.selector is not None
    assert note.selector.exact == "test summary of the Integration Act"


def test_notes_are_reanchored_when_the_library_opens(
    qtbot: QtBot, profile: Path, content_db: Path
) -> None:
    from briefing.app import make_window
    from briefing.core.models import Selector

    with open_store(profile, auto_backup=False) as store:
        lost = store.add_annotation(
            "act-681-2023",
            "On words the library no longer has",
            section_id="act-681-2023/s-13",
            selector=Selector("a passage that was rewritten", start=5, end=33),
            text_hash="an older text",
        )
    win = make_window(profile, content=content_db)
    qtbot.addWidget(win)
    with qtbot.waitSignal(win.workflow.writer.changed, timeout=10000):
        win.show()
    with open_store(profile, auto_backup=False) as store:
        assert store.annotation(lost.id).status == "orphaned"
    assert win.open_id("act-681-2023")
    rows = _rows(win)
    assert "Orphaned: the quoted passage is no longer in the text" in rows[0]
    win.close()


# A popup menu asks the offscreen platform for things it does not have; not ours to fix.
@pytest.mark.qt_log_ignore(
    "does not support raise", "does not support grabbing", "does not support propagateSizeHints"
)
def test_the_reader_context_menu_offers_annotate_and_add(qtbot: QtBot, window: MainWindow) -> None:
    from PySide6.QtWidgets import QMenu

    open_act(qtbot, window, "integration programme", "681/2023")
    select_in_reader(qtbot, window, QUOTE)
    view = reader(window)
    view.customContextMenuRequested.emit(view.cursorRect().center())
    menu = next(m for m in view.findChildren(QMenu) if m.isVisible())
    names = [a.objectName() for a in menu.actions()]
    assert "annotateAction" in names and "addToBriefingAction" in names
    with qtbot.waitSignal(window.workflow.dialogOpened):
        next(a for a in menu.actions() if a.objectName() == "annotateAction").trigger()
    menu.close()
