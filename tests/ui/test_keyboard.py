"""The reading workflow from the keyboard alone, and the help page that lists the keys."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QTableWidget
from pytestqt.qtbot import QtBot
from ui_helpers import reader, result_list, result_texts, search_field, type_text

from briefing.ui.main_window import MainWindow


def test_search_and_open_without_the_mouse(qtbot: QtBot, window: MainWindow) -> None:
    window.activateWindow()
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    field = search_field(window)
    qtbot.waitUntil(field.hasFocus)
    type_text(qtbot, field, "consultation")
    qtbot.waitUntil(lambda: len(result_texts(window)) == 1)
    qtbot.keyClick(field, Qt.Key.Key_Down)
    assert result_list(window).hasFocus()
    qtbot.keyClick(result_list(window), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "Researchers had an event" in reader(window).toPlainText())


def test_help_lists_every_shortcut(qtbot: QtBot, window: MainWindow) -> None:
    window.actions.shortcuts.trigger()
    dialog = window.findChild(QDialog, "shortcutsDialog")
    qtbot.waitUntil(dialog.isVisible)
    table = dialog.findChild(QTableWidget, "shortcutTable")
    rows = {table.item(r, 0).text(): table.item(r, 1).text() for r in range(table.rowCount())}
    assert rows["Add to briefing"] == "Ctrl+B"
    assert rows["Find"].startswith("Ctrl+F")
    assert rows["Settings…"] == "Ctrl+,"
    assert "From the search field to the results" in rows
    assert rows["Print the chosen entry's other text (official text or our summary)"] == (
        "Ctrl+Shift+T"
    )
    dialog.close()


def test_reader_zooms(qtbot: QtBot, window: MainWindow) -> None:
    view = reader(window)
    before = view.font().pointSizeF()
    window.actions.zoom_in.trigger()
    window.actions.zoom_in.trigger()
    assert view.font().pointSizeF() > before
    window.actions.zoom_out.trigger()
    window.actions.zoom_out.trigger()
    assert view.font().pointSizeF() == before
    assert QApplication.instance() is not None


def test_tab_moves_through_the_window_in_reading_order(qtbot: QtBot, window: MainWindow) -> None:
    window.activateWindow()
    field = search_field(window)
    field.setFocus()
    qtbot.waitUntil(field.hasFocus)
    seen = []
    for _ in range(3):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        seen.append(QApplication.focusWidget().objectName())
    assert seen == ["kindList", "resultList", "readerView"]


def test_escape_clears_the_search_and_lists_everything_again(
    qtbot: QtBot, window: MainWindow
) -> None:
    everything = len(result_texts(window))
    field = search_field(window)
    type_text(qtbot, field, "consultation")
    qtbot.waitUntil(lambda: len(result_texts(window)) == 1)
    qtbot.keyClick(field, Qt.Key.Key_Escape)
    assert field.text() == ""
    qtbot.waitUntil(lambda: len(result_texts(window)) == everything)
