"""File → Import: saved web pages and news feeds, as a person imports them in the window."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox
from pytestqt.qtbot import QtBot
from ui_helpers import reader, result_texts, search_field, type_text
from web_samples import RSS, page_html, save_page

from briefing.library import saved_texts
from briefing.ui.dialogs.import_dialog import ImportDialog
from briefing.ui.main_window import MainWindow

CLICK = Qt.MouseButton.LeftButton


def _open_dialog(qtbot: QtBot, window: MainWindow, what: str) -> ImportDialog:
    flow = window.workflow
    with qtbot.waitSignal(flow.dialogOpened) as opened:
        flow.import_action.trigger()
    dialog: ImportDialog = opened.args[0]
    _pick(dialog.what_box, what)  # as a person picks it from the list
    return dialog


def _pick(box: QComboBox, value: str) -> None:
    box.setCurrentIndex(box.findData(value))


def _found(qtbot: QtBot, window: MainWindow, words: str, title: str) -> None:
    field = search_field(window)
    field.clear()
    type_text(qtbot, field, words)
    qtbot.waitUntil(lambda: [t.split("\n")[0] for t in result_texts(window)] == [title])


def test_saved_pages_come_in_with_their_kind_and_a_refused_file_is_named(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    page = save_page(tmp_path / "saved")
    junk = tmp_path / "saved" / "notes.html"
    junk.write_text("just a note, no page here", encoding="utf-8")
    window.workflow.choose_files = lambda: [str(page), str(junk)]
    dialog = _open_dialog(qtbot, window, "page")
    assert dialog.kind_box.isVisible() and dialog.source_edit.isVisible()
    assert "not legislation" in dialog.intro.text()
    _pick(dialog.kind_box, "actor")
    qtbot.mouseClick(dialog.files_button, CLICK)
    with qtbot.waitSignal(dialog.imported, timeout=20000):
        qtbot.mouseClick(dialog.import_button, CLICK)
    summary = dialog.report.toPlainText()
    assert "1 pages or news items imported from 2 files." in summary
    assert "Kotoutumisohjelma (Actors, fi)" in summary
    assert "https://kotoutuminen.fi/kotoutumisohjelma" in summary
    assert "Refused:" in summary and "notes.html: not a web page (HTML)" in summary
    assert dialog.progress.value() == dialog.progress.maximum()

    # The library was reopened: the page is found and reads as the source's own text.
    _found(qtbot, window, "valtuustokaudessa", "Kotoutumisohjelma")
    assert window.open_id("actor-kotoutuminen-fi-kotoutumisohjelma", "fi")
    assert "Text of the source, imported on" in reader(window).toPlainText()

    # The same page again: kept as it is, and the summary says why.
    with qtbot.waitSignal(dialog.imported, timeout=20000):
        qtbot.mouseClick(dialog.import_button, CLICK)
    again = dialog.report.toPlainText()
    assert "0 pages or news items imported from 2 files." in again
    assert "Already in your library, not imported again:" in again
    assert "the copy already there is as new or newer (2025-01-02)" in again
    dialog.close()


def test_a_news_feed_folder_comes_in_and_refusals_are_said_in_finnish(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    feeds = tmp_path / "feeds"
    feeds.mkdir()
    (feeds / "ajankohtaista.rss").write_text(RSS, encoding="utf-8")
    window.actions.languages["fi"].trigger()
    window.workflow.choose_folder = lambda: str(feeds)
    dialog = _open_dialog(qtbot, window, "feed")
    assert not dialog.kind_box.isVisible() and dialog.lang_box.isVisible()
    qtbot.mouseClick(dialog.folder_button, CLICK)
    with qtbot.waitSignal(dialog.imported, timeout=20000):
        qtbot.mouseClick(dialog.import_button, CLICK)
    summary = dialog.report.toPlainText()
    assert "2 sivua tai uutista tuotu 1 tiedostosta." in summary
    assert "Kotoutumislaki uudistuu vuoden 2025 alusta (Uutiset, fi)" in summary
    # The undated entry is refused by name, in the interface's language.
    assert "Hylätty:" in summary
    assert "merkintä 3 'Päivämäärätön tiedote' hylätty: sillä ei ole päivämäärää" in summary
    _found(qtbot, window, "yhteiskehittäminen", "Valtioneuvoston kotoutumisselonteon "
           "yhteiskehittäminen alkaa")  # fmt: skip
    dialog.close()


def test_a_cancelled_page_import_brings_nothing_in(
    qtbot: QtBot, window: MainWindow, profile: Path, tmp_path: Path
) -> None:
    folder = tmp_path / "many"
    folder.mkdir()
    for n in range(60):  # each its own page: the import is still reading when cancelled
        text = page_html("fi").replace("/kotoutumisohjelma", f"/sivu-{n}")
        (folder / f"sivu-{n}.html").write_text(text, encoding="utf-8")
    window.workflow.choose_folder = lambda: str(folder)
    dialog = _open_dialog(qtbot, window, "page")
    qtbot.mouseClick(dialog.folder_button, CLICK)
    # Cancelled as soon as the first file is being read, as a person sees it start.
    dialog.job.progressed.connect(lambda *_: dialog.cancel_button.click())
    with qtbot.waitSignal(dialog.job.cancelled, timeout=20000):
        qtbot.mouseClick(dialog.import_button, CLICK)
    assert "nothing was imported" in dialog.report.toPlainText()
    assert dialog.summary is None
    assert saved_texts.list_saved(profile) == []
    assert dialog.cancel_button.text() == "Close" and dialog.import_button.isEnabled()


def test_a_source_address_that_is_not_a_web_address_is_refused_before_importing(
    qtbot: QtBot, window: MainWindow, profile: Path, tmp_path: Path
) -> None:
    page = save_page(tmp_path / "saved")
    window.workflow.choose_files = lambda: [str(page)]
    dialog = _open_dialog(qtbot, window, "page")
    qtbot.mouseClick(dialog.files_button, CLICK)
    type_text(qtbot, dialog.source_edit, "kotoutuminen.fi/sivu")
    qtbot.mouseClick(dialog.import_button, CLICK)
    assert "must start with http:// or https://" in dialog.report.toPlainText()
    assert not dialog.job.running and saved_texts.list_saved(profile) == []


def test_the_dialog_offers_the_kinds_the_page_importer_takes() -> None:
    from briefing.library.importers.page import PAGE_KINDS
    from briefing.ui.dialogs import import_dialog

    # A copy, so the dialog opens without the importer; the CLI's default kind first.
    assert sorted(import_dialog.PAGE_KINDS) == sorted(PAGE_KINDS)
    assert import_dialog.PAGE_KINDS[0] == "service"
