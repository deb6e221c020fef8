"""An imported page or news item is the source's own text, not Finlex: reader, hits, entries."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from ui_helpers import (
    click_link,
    click_row,
    official_681,
    reader,
    result_texts,
    row_with,
    search_field,
    type_text,
)
from web_samples import RSS, save_page
from workflow_helpers import CTRL, entry_labels, press

from briefing.library import saved_texts
from briefing.library.importers.feed import read_feeds
from briefing.library.importers.page import PageOptions, read_pages
from briefing.library.official import import_finlex
from briefing.ui.main_window import MainWindow
from briefing.ui.models.result_model import HTML_ROLE
from briefing.ui.models.result_model import OFFICIAL_ROLE as HIT_IN_OFFICIAL

PAGE_ID = "service-kotoutuminen-fi-kotoutumisohjelma"


def _import_page(profile: Path, folder: Path, **options: str) -> saved_texts.WebImportSummary:
    read = read_pages([save_page(folder)], PageOptions(**options))  # type: ignore[arg-type]
    return saved_texts.import_items(profile, read)


def test_an_imported_page_and_feed_entry_read_as_the_sources_text(
    qtbot: QtBot, window: MainWindow, profile: Path, tmp_path: Path
) -> None:
    page = _import_page(profile, tmp_path / "saved", kind="service")
    assert [i.id for i in page.imported] == [PAGE_ID]
    feed = tmp_path / "news.rss"
    feed.write_text(RSS, encoding="utf-8")
    news = saved_texts.import_items(profile, read_feeds([feed]))
    entry = next(i for i in news.imported if i.published and i.published.year == 2020)
    acts = import_finlex(profile, [official_681(tmp_path)])
    window.workflow.library_changed(page)

    for item_id, address in (
        (PAGE_ID, "https://kotoutuminen.fi/kotoutumisohjelma"),
        (entry.id, "https://kotoutuminen.fi/uutiset/selonteko-2020"),
    ):
        assert window.open_id(item_id, "fi")
        shown = reader(window).toPlainText()
        assert "Text of the source, imported on" in shown, shown
        assert f"Source: {address}" in shown
        assert "Finlex" not in shown and "ELI" not in shown
        assert "official text" not in shown and "Facts checked" not in shown
        assert "Show our summary" not in shown  # nothing of ours to switch to

    # An act imported from Finlex still says so.
    assert [a.id for a in acts.imported] == ["act-681-2023"]
    assert window.open_id("act-681-2023", "fi")
    with qtbot.waitSignal(window.pageShown):
        click_link(qtbot, window, "Show the official text")
    shown = reader(window).toPlainText()
    assert "Official text imported from Finlex on" in shown and "ELI:" in shown
    assert "Text of the source" not in shown


def test_a_page_we_also_summarise_switches_between_the_two_texts(
    qtbot: QtBot, window: MainWindow, profile: Path, tmp_path: Path
) -> None:
    # The bundled library has our summary of priority-partnerships; the page is its source.
    page = _import_page(profile, tmp_path / "saved", kind="priority", id="priority-partnerships")
    window.workflow.library_changed(page)
    assert window.open_id("priority-partnerships", "fi")
    shown = reader(window).toPlainText()
    assert "Our summary, not the text of the source." in shown
    assert "Kumppanuusohjelma kokoaa toimijat yhteen." in shown
    with qtbot.waitSignal(window.pageShown):
        click_link(qtbot, window, "Show the text of the source")
    shown = reader(window).toPlainText()
    assert "Text of the source, imported on" in shown and "Finlex" not in shown
    assert "Kunnan on laadittava kotoutumisohjelma" in shown  # the page's own words
    with qtbot.waitSignal(window.pageShown):
        click_link(qtbot, window, "Show our summary")
    assert "Kumppanuusohjelma kokoaa toimijat yhteen." in reader(window).toPlainText()


def test_a_page_found_and_added_is_marked_as_the_sources_text_not_official(
    qtbot: QtBot, window: MainWindow, profile: Path, tmp_path: Path
) -> None:
    window.workflow.library_changed(_import_page(profile, tmp_path / "saved", kind="service"))
    field = search_field(window)
    field.clear()
    type_text(qtbot, field, "valtuustokaudessa")  # a word only the imported page has
    # The search's answer, not the list of everything shown before it.
    qtbot.waitUntil(
        lambda: [t.split("\n")[0] for t in result_texts(window)] == ["Kotoutumisohjelma"]
    )
    row = row_with(window, "Kotoutumisohjelma")
    assert row.data(HIT_IN_OFFICIAL) is True
    assert "text of the source" in row.data(HTML_ROLE)  # the line under the title
    assert "official text" not in row.data(HTML_ROLE)
    with qtbot.waitSignal(window.pageShown):
        click_row(qtbot, window, "Kotoutumisohjelma")

    press(qtbot, reader(window), Qt.Key.Key_B, CTRL)
    qtbot.waitUntil(lambda: len(entry_labels(window)) == 1)
    assert "as the text of the source" in window.statusBar().currentMessage()
    qtbot.waitUntil(lambda: entry_labels(window)[0] == "Kotoutumisohjelma")  # named
    shown = window.briefing_panel.entry_model.index(0, 0)
    assert str(shown.data()) == "1. Kotoutumisohjelma · text of the source"
    assert "text of the source" in str(shown.data(Qt.ItemDataRole.ToolTipRole))


def test_a_note_whose_page_import_was_removed_says_so_not_official_text(qapp: object) -> None:
    from briefing.core.models import Annotation
    from briefing.ui.models.annotation_model import status_text

    def note(item_id: str) -> Annotation:
        return Annotation(
            id="n", item_id=item_id, note="x", official=True, status="changed",
            status_reason="official-text-removed",
        )  # fmt: skip

    assert "the text of the source it was made on has been removed" in status_text(
        note("priority-partnerships")
    )
    assert "the official text it was made on" in status_text(note("act-681-2023"))
