"""resolve_pack: a briefing resolved against (stand-in) stores into what export renders."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from briefing.core.errors import NotFound
from briefing.core.models import (
    ActInfo,
    Annotation,
    Briefing,
    ContentVersion,
    Entry,
    Item,
    Section,
)
from briefing.notes.packing import resolve_pack

SECTION = Section(
    id="act-681-2023/s-13", item_id="act-681-2023", lang="fi", number="13 §",
    heading="Kotoutumisohjelma", anchor="chp_3__sec_13", body="Kunnan on laadittava.",
    order=0, chapter="3 luku Palvelut",
)  # fmt: skip
ACT = Item(
    id="act-681-2023", kind="legislation", lang="fi", title="Kotoutumislaki",
    summary="Laki ohjaa kuntia.", body="Johdanto.", source="https://finlex.fi/681",
    checked=date(2025, 1, 15), act=ActInfo(number="681/2023"), sections=(SECTION,),
)  # fmt: skip
NEWS = Item(
    id="news-1", kind="news", lang="sv", title="Nyhet om integration",
    summary="Kort sammandrag.", body="Hela nyheten.", source="https://example.org/n",
    checked=date.min,
)  # fmt: skip


class Library:
    def get(self, item_id: str, lang: str | None = None) -> Item:
        items = {"act-681-2023": ACT, "news-1": NEWS}
        if item_id not in items:
            raise NotFound(f"no item {item_id!r}")
        return items[item_id]

    def get_section(self, section_id: str, lang: str | None = None) -> Section:
        if section_id != SECTION.id:
            raise NotFound(f"no section {section_id!r}")
        return SECTION

    def version(self) -> ContentVersion:
        return ContentVersion(version="v-123", built_at=datetime(2025, 1, 1))


class Notes:
    def __init__(self, entries: tuple[Entry, ...]) -> None:
        self.entries = entries
        self.notes = {
            "shared": Annotation(id="shared", item_id="act-681-2023", note="Jaettu"),
            "private": Annotation(id="private", item_id="act-681-2023", note="Oma", private=True),
            "gone": Annotation(
                id="gone", item_id="act-681-2023", note="Poistettu", deleted=datetime(2025, 1, 1)
            ),
        }

    def briefing(self, brf_id: str) -> Briefing:
        if brf_id != "b1":
            raise NotFound(f"no briefing {brf_id}")
        return Briefing(id="b1", title="Kokous", lang="fi", entries=self.entries)

    def annotation(self, ann_id: str) -> Annotation:
        if ann_id not in self.notes:
            raise NotFound(ann_id)
        return self.notes[ann_id]


def _entries() -> tuple[Entry, ...]:
    notes = ("shared", "private", "gone", "purged")
    return (
        Entry("e2", "b1", 1, "news-1"),
        Entry("e1", "b1", 0, "act-681-2023", section_id=SECTION.id, annotation_ids=notes),
        Entry("e3", "b1", 2, "act-681-2023", excerpt="Valittu ote."),
    )


def test_entries_in_order_with_titles_labels_and_sources() -> None:
    pack = resolve_pack(Notes(_entries()), Library(), "b1", organisation="Kunta")
    assert [e.entry.id for e in pack.entries] == ["e1", "e2", "e3"]
    section, news, act = pack.entries
    assert section.title == "Kotoutumislaki 681/2023, 13 § Kotoutumisohjelma"
    assert section.label == "681/2023 13 §"
    assert section.text == "Kunnan on laadittava."
    assert (news.kind, news.text, news.lang, news.checked) == (
        "news",
        "Kort sammandrag.",
        "sv",
        None,
    )
    assert act.text == "Valittu ote." and act.label == "681/2023"
    assert pack.content_version == "v-123" and pack.organisation == "Kunta"
    assert pack.exported_at is not None and pack.exported_at.tzinfo is not None


def test_private_deleted_and_purged_notes() -> None:
    shared_only = resolve_pack(Notes(_entries()), Library(), "b1")
    assert [n.id for n in shared_only.entries[0].annotations] == ["shared"]
    with_private = resolve_pack(Notes(_entries()), Library(), "b1", include_private=True)
    assert [n.id for n in with_private.entries[0].annotations] == ["shared", "private"]


def test_full_text_of_an_act_has_its_sections() -> None:
    pack = resolve_pack(Notes(_entries()), Library(), "b1", full_text=True)
    text = pack.entries[2].text
    assert text.index("Johdanto.") < text.index("3 luku Palvelut") < text.index("13 §")
    assert pack.entries[1].text == "Hela nyheten."


def test_an_entry_the_library_lost_is_named() -> None:
    entries = (Entry("e9", "b1", 0, "act-0-0000"),)
    with pytest.raises(NotFound, match="entry 1 of briefing b1 points at act-0-0000"):
        resolve_pack(Notes(entries), Library(), "b1")
    with pytest.raises(NotFound, match="no briefing"):
        resolve_pack(Notes(entries), Library(), "nope")
