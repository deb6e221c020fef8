"""A selection in the reader maps onto the notes store's plain text, repeated words too."""

from __future__ import annotations

from datetime import date

from PySide6.QtGui import QTextCursor, QTextDocument
from pytestqt.qtbot import QtBot

from briefing.core.markdown import to_plain
from briefing.core.models import Item, Section
from briefing.ui.item_page import item_html
from briefing.ui.reader_marks import map_selection, regions

BODY = (
    "The **municipality** decides. The municipality also pays.\n\n"
    "- The municipality reports\n- to the ministry"
)


def _item() -> Item:
    section = Section(
        id="act-1-2024/s-2", item_id="act-1-2024", lang="en", number="2 §",
        heading="Duties", anchor="sec_2", body=BODY, order=0,
    )  # fmt: skip
    return Item(
        id="act-1-2024", kind="legislation", lang="en", title="Test act", summary="",
        body="The municipality is named here first.", source="https://example.org",
        checked=date(2026, 1, 1), sections=(section,),
    )  # fmt: skip


def _select(document: QTextDocument, text: str, occurrence: int) -> QTextCursor:
    cursor = QTextCursor(document)
    for _ in range(occurrence):
        cursor = document.find(text, cursor)
        assert not cursor.isNull()
    return cursor


def test_the_second_of_repeated_words_maps_to_the_second(qtbot: QtBot) -> None:
    item = _item()
    document = QTextDocument()
    document.setHtml(item_html(item, "en", "en", lambda other: other))
    plain = to_plain(BODY)
    # 1st "municipality" is in the item's own body; the 3rd is "also pays" in § 2.
    quote = map_selection(document, item, _select(document, "municipality", 3))
    assert quote is not None
    assert quote.section_id == "act-1-2024/s-2"
    assert plain[quote.start : quote.end] == "municipality"
    assert plain[quote.end :].startswith(" also pays")
    # Across a list item break, with the Markdown's marks gone from both sides.
    quote = map_selection(document, item, _select(document, "reports", 1))
    assert quote is not None and plain[quote.start : quote.end] == "reports"
    first = map_selection(document, item, _select(document, "municipality", 1))
    assert first is not None and first.section_id == "" and first.target_id == "act-1-2024"


def test_the_regions_follow_the_section_headings(qtbot: QtBot) -> None:
    item = _item()
    document = QTextDocument()
    document.setHtml(item_html(item, "en", "en", lambda other: other))
    spans = regions(document, item)
    assert [s.target_id for s in spans] == ["act-1-2024", "act-1-2024/s-2"]
    heading = document.find("2 § Duties")
    assert spans[0].end <= heading.selectionStart() < spans[1].start


def test_a_note_on_a_repeated_phrase_is_marked_where_it_was_made(qtbot: QtBot) -> None:
    from briefing.core.anchoring import selector_at
    from briefing.core.models import Annotation
    from briefing.ui.reader_marks import note_cursors

    item = _item()
    document = QTextDocument()
    document.setHtml(item_html(item, "en", "en", lambda other: other))
    chosen = _select(document, "The municipality", 3)  # "The municipality also pays"
    quote = map_selection(document, item, chosen)
    assert quote is not None
    note = Annotation(
        id="ann-1",
        item_id=item.id,
        note="Who pays?",
        section_id=quote.section_id,
        selector=selector_at(quote.plain, quote.start, quote.end),
    )
    (cursor,) = note_cursors(document, item, [note]).values()
    assert cursor.selectionStart() == chosen.selectionStart()
