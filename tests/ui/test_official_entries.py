"""A section added while the reader shows the official text is an official entry."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QMenu
from pytestqt.qtbot import QtBot
from ui_helpers import click_link, official_681, reader, search_field, type_text
from workflow_helpers import CTRL, click_index, entry_labels, open_act, press, select_in_reader

from briefing.core.models import Entry
from briefing.library.official import import_finlex
from briefing.notes.store import open_store
from briefing.ui.main_window import MainWindow
from briefing.ui.models.entry_model import OFFICIAL_ROLE
from briefing.ui.models.result_model import OFFICIAL_ROLE as HIT_IN_OFFICIAL

SECTION = "act-681-2023/s-1"
NO_KEYS = Qt.KeyboardModifier.NoModifier


def _entries(profile: Path) -> tuple[Entry, ...]:
    with open_store(profile, auto_backup=False) as store:
        (brf,) = store.briefings()
    return brf.entries


def _show_official_act(qtbot: QtBot, window: MainWindow, profile: Path, tmp_path: Path) -> None:
    window.workflow.library_changed(import_finlex(profile, [official_681(tmp_path)]))
    open_act(qtbot, window, "integration programme", "681/2023")
    with qtbot.waitSignal(window.pageShown):
        click_link(qtbot, window, "Show the official text")
    assert "Official text imported from Finlex on" in reader(window).toPlainText()


def test_ctrl_b_on_the_official_text_adds_an_official_entry_that_undo_keeps(
    qtbot: QtBot, window: MainWindow, profile: Path, tmp_path: Path
) -> None:
    _show_official_act(qtbot, window, profile, tmp_path)
    select_in_reader(qtbot, window, "Pysyvä ensimmäinen pykälä")  # 1 § of the official text
    press(qtbot, reader(window), Qt.Key.Key_B, CTRL)
    qtbot.waitUntil(lambda: len(entry_labels(window)) == 1)
    (entry,) = _entries(profile)
    assert (entry.section_id, entry.official) == (SECTION, True)
    assert "official text" in window.statusBar().currentMessage()

    # The panel says which entries print the official text.
    panel = window.briefing_panel
    qtbot.waitUntil(lambda: "681/2023" in entry_labels(window)[0])
    shown = panel.entry_model.index(0, 0)
    assert str(shown.data()).endswith("· official text") and shown.data(OFFICIAL_ROLE) is True
    assert "official text" in str(shown.data(Qt.ItemDataRole.ToolTipRole))

    # Taken out and put back by undo: still the official text.
    click_index(qtbot, panel.entries, 0)
    with qtbot.waitSignal(window.workflow.writer.changed):
        qtbot.keyClick(panel.entries, Qt.Key.Key_Delete)
    qtbot.waitUntil(lambda: entry_labels(window) == [])
    with qtbot.waitSignal(window.workflow.writer.changed):
        window.workflow.undo.action.trigger()
    qtbot.waitUntil(lambda: len(entry_labels(window)) == 1)
    (back,) = _entries(profile)
    assert (back.id, back.section_id, back.official) == (entry.id, SECTION, True)

    # The same section from our summary is a second entry, on our summary.
    with qtbot.waitSignal(window.pageShown):
        click_link(qtbot, window, "Show our summary")
    select_in_reader(qtbot, window, "Laki edistää maahanmuuttajan kotoutumista")  # 1 §
    press(qtbot, reader(window), Qt.Key.Key_B, CTRL)
    qtbot.waitUntil(lambda: len(entry_labels(window)) == 2)
    assert [e.official for e in _entries(profile)] == [True, False]
    assert "official text" not in str(panel.entry_model.index(1, 0).data())

    # In Finnish the list says it in Finnish.
    menu = window.findChild(QMenu, "languageMenu")
    with qtbot.waitSignal(panel.entry_model.dataChanged):
        next(a for a in menu.actions() if a.data() == "fi").trigger()
    assert str(panel.entry_model.index(0, 0).data()).endswith("· virallinen teksti")
    assert "virallinen" not in str(panel.entry_model.index(1, 0).data())


def test_the_preview_prints_the_official_text_of_an_official_entry(
    qtbot: QtBot, window: MainWindow, profile: Path, tmp_path: Path
) -> None:
    _show_official_act(qtbot, window, profile, tmp_path)
    select_in_reader(qtbot, window, "Pysyvä ensimmäinen pykälä")
    press(qtbot, reader(window), Qt.Key.Key_B, CTRL)
    qtbot.waitUntil(lambda: len(entry_labels(window)) == 1)
    panel = window.briefing_panel
    with qtbot.waitSignal(window.workflow.compiling.previewReady):
        panel.tabs.setCurrentWidget(panel.preview)
    text = panel.preview.toPlainText()
    assert "Pysyvä ensimmäinen pykälä." in text
    assert "virallinen teksti" in text  # the briefing's language is Finnish


# PySide marks the QPoint constructors of drag events deprecated; they are what Qt's own
# tests use to drive a drop without a real mouse.
@pytest.mark.filterwarnings("ignore:Function.*QDrag.*deprecated:DeprecationWarning")
def test_a_hit_in_the_official_text_dropped_on_the_entries_is_official(
    qtbot: QtBot, window: MainWindow, profile: Path, tmp_path: Path
) -> None:
    window.workflow.library_changed(import_finlex(profile, [official_681(tmp_path)]))
    qtbot.mouseClick(window.briefing_panel.new_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.briefing_panel.model.rowCount() == 1)
    field = search_field(window)
    field.clear()
    type_text(qtbot, field, "koekappaleista")
    model = window.result_model

    def official_hits() -> list[int]:
        return [r for r in range(model.rowCount()) if model.index(r, 0).data(HIT_IN_OFFICIAL)]

    qtbot.waitUntil(lambda: bool(official_hits()))
    mime = model.mimeData([model.index(official_hits()[0], 0)])
    view = window.briefing_panel.entries
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
    (entry,) = _entries(profile)
    assert entry.item_id == "act-681-2023" and entry.official is True


def test_a_drag_from_the_reader_carries_the_text_it_shows(
    qtbot: QtBot, window: MainWindow, profile: Path, tmp_path: Path
) -> None:
    _show_official_act(qtbot, window, profile, tmp_path)
    entries = window.briefing_panel.entries
    assert entries.official_for_source is not None
    assert entries.official_for_source(reader(window).viewport()) is True
    assert entries.official_for_source(window.search_field) is False
    with qtbot.waitSignal(window.pageShown):
        click_link(qtbot, window, "Show our summary")
    assert entries.official_for_source(reader(window).viewport()) is False
