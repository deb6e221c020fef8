"""Briefings in the dock: new, rename, duplicate, delete with undo; entries by drag and drop."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from ui_helpers import reader, row_with, type_text
from workflow_helpers import CTRL, click_index, entry_labels, open_act, press

from briefing.notes.store import open_store
from briefing.ui.main_window import MainWindow

NO_KEYS = Qt.KeyboardModifier.NoModifier


def _titles(win: MainWindow) -> list[str]:
    model = win.briefing_panel.model
    return [str(model.index(r, 0).data()) for r in range(model.rowCount())]


def _new(qtbot: QtBot, win: MainWindow) -> None:
    count = win.briefing_panel.model.rowCount()
    qtbot.mouseClick(win.briefing_panel.new_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: win.briefing_panel.model.rowCount() == count + 1)


def test_new_rename_duplicate_delete_and_undo(qtbot: QtBot, window: MainWindow) -> None:
    panel = window.briefing_panel
    _new(qtbot, window)
    assert _titles(window)[0].startswith("New briefing")
    # F2 renames in place, as in a file manager.
    click_index(qtbot, panel.list, 0)
    qtbot.keyClick(panel.list, Qt.Key.Key_F2)
    editor = QApplication.focusWidget()
    editor.selectAll()
    type_text(qtbot, editor, "City board 5 May")
    with qtbot.waitSignal(window.workflow.writer.changed):
        qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: _titles(window)[0].startswith("City board 5 May"))

    with qtbot.waitSignal(window.workflow.writer.changed):
        qtbot.mouseClick(panel.duplicate_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(_titles(window)) == 2)
    assert any(t.startswith("City board 5 May (copy)") for t in _titles(window))

    click_index(qtbot, panel.list, panel.model.row_of(panel.current_id()))
    with qtbot.waitSignal(window.workflow.writer.changed):
        qtbot.mouseClick(panel.delete_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(_titles(window)) == 1)
    with qtbot.waitSignal(window.workflow.writer.changed):
        press(qtbot, window.result_list, Qt.Key.Key_Z, CTRL)
    qtbot.waitUntil(lambda: len(_titles(window)) == 2)
    # Undo again: the copy made by "duplicate" goes; again: the old name comes back.
    for _ in range(2):
        with qtbot.waitSignal(window.workflow.writer.changed):
            window.workflow.undo.action.trigger()
    qtbot.waitUntil(lambda: _titles(window) and _titles(window)[0].startswith("New briefing"))
    assert len(_titles(window)) == 1


# PySide marks the QPoint constructors of drag events deprecated; they are what Qt's own
# tests use to drive a drop without a real mouse.
@pytest.mark.filterwarnings("ignore:Function.*QDrag.*deprecated:DeprecationWarning")
def test_a_result_dropped_on_the_entries_is_added_there(
    qtbot: QtBot, window: MainWindow, profile: Path
) -> None:
    _new(qtbot, window)
    view = window.briefing_panel.entries
    # What the result list hands to a drag: its row's mime data, here dropped by hand.
    mime = window.result_model.mimeData([row_with(window, "681/2023")])
    point = view.viewport().rect().center()
    copy, left, none = Qt.DropAction.CopyAction, Qt.MouseButton.LeftButton, NO_KEYS
    for kind in (QDragEnterEvent, QDragMoveEvent):
        moving = kind(point, copy, mime, left, none)
        QApplication.sendEvent(view.viewport(), moving)
        assert moving.isAccepted()
    drop = QDropEvent(QPointF(point), copy, mime, left, none)
    with qtbot.waitSignal(window.workflow.writer.changed):
        QApplication.sendEvent(view.viewport(), drop)
    qtbot.waitUntil(lambda: len(entry_labels(window)) == 1)
    qtbot.waitUntil(lambda: "681/2023" in entry_labels(window)[0])  # named off the GUI thread


def test_removing_an_entry_and_undo_keep_its_memo(
    qtbot: QtBot, window: MainWindow, profile: Path
) -> None:
    open_act(qtbot, window, "integration programme", "681/2023")
    press(qtbot, reader(window), Qt.Key.Key_B, CTRL)
    panel = window.briefing_panel
    qtbot.waitUntil(lambda: len(entry_labels(window)) == 1)
    click_index(qtbot, panel.entries, 0)
    panel.tabs.setCurrentIndex(1)
    type_text(qtbot, panel.memo, "Budget question")
    with qtbot.waitSignal(window.workflow.writer.changed):
        panel.save_memo()
    panel.tabs.setCurrentIndex(0)
    click_index(qtbot, panel.entries, 0)
    with qtbot.waitSignal(window.workflow.writer.changed):
        qtbot.keyClick(panel.entries, Qt.Key.Key_Delete)
    qtbot.waitUntil(lambda: entry_labels(window) == [])
    with qtbot.waitSignal(window.workflow.writer.changed):
        window.workflow.undo.action.trigger()
    qtbot.waitUntil(lambda: len(entry_labels(window)) == 1)
    with open_store(profile, auto_backup=False) as store:
        (brf,) = store.briefings()
    assert brf.entries[0].memo == "Budget question"


def test_a_memo_saved_while_typing_keeps_what_is_typed(
    qtbot: QtBot, window: MainWindow, profile: Path
) -> None:
    open_act(qtbot, window, "integration programme", "681/2023")
    press(qtbot, reader(window), Qt.Key.Key_B, CTRL)
    panel = window.briefing_panel
    qtbot.waitUntil(lambda: len(entry_labels(window)) == 1)
    click_index(qtbot, panel.entries, 0)
    panel.tabs.setCurrentIndex(1)
    panel.memo.setFocus()
    type_text(qtbot, panel.memo, "Ask about")
    with qtbot.waitSignal(window.workflow.writer.changed, timeout=5000):
        pass  # the pause in typing saves it
    qtbot.wait(50)  # the refreshed list arrives
    type_text(qtbot, panel.memo, " costs")
    assert panel.memo.toPlainText() == "Ask about costs"
    with qtbot.waitSignal(window.workflow.writer.changed, timeout=5000):
        pass
    with open_store(profile, auto_backup=False) as store:
        (brf,) = store.briefings()
    assert brf.entries[0].memo == "Ask about costs"


def test_the_preview_follows_the_entries_live(qtbot: QtBot, window: MainWindow) -> None:
    panel = window.briefing_panel
    flow = window.workflow
    open_act(qtbot, window, "integration programme", "681/2023")
    press(qtbot, reader(window), Qt.Key.Key_B, CTRL)
    qtbot.waitUntil(lambda: len(entry_labels(window)) == 1)
    with qtbot.waitSignal(flow.compiling.previewReady):
        panel.tabs.setCurrentWidget(panel.preview)
    assert "681/2023" in panel.preview.toPlainText()
    open_act(qtbot, window, "1386", "1386/2010, kumottu")
    with qtbot.waitSignal(flow.compiling.previewReady):
        press(qtbot, reader(window), Qt.Key.Key_B, CTRL)
    text = panel.preview.toPlainText()
    assert text.rindex("681/2023") < text.rindex("1386/2010")
    entry = panel.entry_model.entry_at(1)
    assert entry is not None
    with qtbot.waitSignal(flow.compiling.previewReady):
        flow.compiling.move_entry(entry.id, 0)
    text = panel.preview.toPlainText()
    assert text.rindex("1386/2010") < text.rindex("681/2023")


def test_details_give_the_meeting_and_undo_takes_them_back(
    qtbot: QtBot, window: MainWindow, profile: Path
) -> None:
    from datetime import date

    from PySide6.QtCore import QDate
    from PySide6.QtWidgets import QDialogButtonBox

    panel = window.briefing_panel
    _new(qtbot, window)
    click_index(qtbot, panel.list, 0)
    with qtbot.waitSignal(window.workflow.dialogOpened) as opened:
        qtbot.keyClick(panel.list, Qt.Key.Key_Return)
    dialog = opened.args[0]
    dialog.title_edit.selectAll()
    type_text(qtbot, dialog.title_edit, "Kotoutumisohjelma 2027")
    type_text(qtbot, dialog.body_edit, "Kaupunginhallitus")
    dialog.has_date.setChecked(True)
    dialog.date_edit.setDate(QDate(2027, 3, 15))
    type_text(qtbot, dialog.place_edit, "Kaupungintalo")
    dialog.lang_box.setCurrentIndex(dialog.lang_box.findData("sv"))
    dialog.status_box.setCurrentIndex(dialog.status_box.findData("final"))
    with qtbot.waitSignal(window.workflow.writer.changed):
        qtbot.mouseClick(
            dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton
        )
    with open_store(profile, auto_backup=False) as store:
        (brf,) = store.briefings()
    assert brf.title == "Kotoutumisohjelma 2027"
    assert (brf.meeting.body, brf.meeting.date, brf.meeting.place) == (
        "Kaupunginhallitus",
        date(2027, 3, 15),
        "Kaupungintalo",
    )
    assert (brf.lang, brf.status) == ("sv", "final")
    qtbot.waitUntil(lambda: _titles(window)[0].startswith("Kotoutumisohjelma 2027"))
    with qtbot.waitSignal(window.workflow.writer.changed):
        window.workflow.undo.action.trigger()
    with open_store(profile, auto_backup=False) as store:
        (brf,) = store.briefings()
    assert brf.title.startswith("New briefing") and brf.meeting.date is None
    assert (brf.lang, brf.status) == ("fi", "draft")


def test_text_dragged_from_the_reader_adds_its_section(qtbot: QtBot, window: MainWindow) -> None:
    from workflow_helpers import select_in_reader

    open_act(qtbot, window, "integration programme", "681/2023")
    select_in_reader(qtbot, window, "set of early-stage services")
    entries = window.briefing_panel.entries
    # What the entries list asks of a drag whose source is the reader.
    assert entries.target_for_source is not None
    assert entries.target_for_source(reader(window).viewport()) == "act-681-2023/s-13"
    assert entries.target_for_source(window.search_field) == ""
