"""File → Import texts: progress, a summary of what came in and what was refused."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from ui_helpers import FINLEX, result_texts, search_field, type_text

from briefing.ui.main_window import MainWindow


def test_import_from_the_file_menu_summarises_and_the_library_finds_it(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    junk = tmp_path / "notes.xml"
    junk.write_text("this is not XML", encoding="utf-8")
    flow = window.workflow
    flow.choose_files = lambda: [str(FINLEX / "consolidated.xml"), str(junk)]
    action = next(a for a in window.file_menu.actions() if a.objectName() == "importOfficialAction")
    with qtbot.waitSignal(flow.dialogOpened) as opened:
        action.trigger()
    dialog = opened.args[0]
    assert not dialog.import_button.isEnabled()  # nothing chosen yet
    qtbot.mouseClick(dialog.files_button, Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(dialog.imported, timeout=20000):
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    summary = dialog.report.toPlainText()
    assert "1 texts imported from 2 files" in summary
    assert "77/2029 Laki koekappaleista" in summary
    assert "Refused:" in summary and "notes.xml" in summary
    assert dialog.progress.value() == dialog.progress.maximum()

    # The library refreshed: the official text is found at once.
    field = search_field(window)
    field.clear()
    type_text(qtbot, field, "koekappaleista")
    qtbot.waitUntil(lambda: any("77/2029" in t for t in result_texts(window)))
    dialog.close()


def test_cancelled_import_brings_nothing_in(qtbot: QtBot, window: MainWindow) -> None:
    flow = window.workflow
    flow.choose_folder = lambda: str(FINLEX)
    flow.import_action.trigger()
    dialog = flow.dialog
    qtbot.mouseClick(dialog.folder_button, Qt.MouseButton.LeftButton)
    assert dialog.chosen.text() == str(FINLEX)
    with qtbot.waitSignal(dialog.job.cancelled, timeout=20000):
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
        qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
    assert "nothing was imported" in dialog.report.toPlainText()
    assert dialog.summary is None


def test_chosen_file_names_are_shown_as_written(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    odd = tmp_path / "Sivu <i>kursiivi<b> & muuta.html"
    odd.write_text("<html></html>", encoding="utf-8")
    flow = window.workflow
    flow.choose_files = lambda: [str(odd)]
    action = next(a for a in window.file_menu.actions() if a.objectName() == "importOfficialAction")
    with qtbot.waitSignal(flow.dialogOpened) as opened:
        action.trigger()
    dialog = opened.args[0]
    qtbot.mouseClick(dialog.files_button, Qt.MouseButton.LeftButton)
    assert dialog.chosen.textFormat() == Qt.TextFormat.PlainText
    assert "Sivu <i>kursiivi<b> & muuta.html" in dialog.chosen.text()
    dialog.close()
