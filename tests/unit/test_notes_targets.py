"""Making a note on a library item or section: the same text, offsets and hash everywhere."""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace

import pytest

from briefing.core.anchoring import text_hash
from briefing.core.errors import BadInput, NotFound
from briefing.core.markdown import to_plain
from briefing.notes.store import open_store
from briefing.notes.targets import annotate, resolve

BODY = "Kunnan on **järjestettävä** ohjelma. Toinen virke: kunnan on järjestettävä tuki."


class _Library:
    """Our summary of act-1 only: no official text imported."""

    def get(
        self, item_id: str, lang: str | None = None, *, official: bool | None = None
    ) -> SimpleNamespace:
        if item_id != "act-1" or official:
            raise NotFound(item_id)
        return SimpleNamespace(id="act-1", lang="fi", body="Johdanto *tähän*.", official=False)

    def get_section(
        self, section_id: str, lang: str | None = None, *, official: bool | None = None
    ) -> SimpleNamespace:
        if section_id != "act-1/s-2" or official:
            raise NotFound(section_id)
        return SimpleNamespace(
            id=section_id, item_id="act-1", lang=lang or "fi", body=BODY, official=False
        )


def test_resolve_gives_the_plain_text_of_a_section_or_item() -> None:
    section = resolve(_Library(), "act-1/s-2", "sv")
    assert (section.item_id, section.section_id, section.lang) == ("act-1", "act-1/s-2", "sv")
    assert section.text == to_plain(BODY) and "**" not in section.text
    item = resolve(_Library(), "act-1")
    assert (item.item_id, item.section_id, item.text) == ("act-1", "", "Johdanto tähän.")


def test_annotate_picks_the_occurrence_near_the_selection(tmp_path: Path) -> None:
    plain = to_plain(BODY)
    second = plain.rindex("järjestettävä")
    with open_store(tmp_path, author="a") as store:
        ann = annotate(store, _Library(), "act-1/s-2", "huom", quote="järjestettävä", near=second)
        assert ann.selector is not None and ann.selector.start == second
        assert ann.text_hash == text_hash(plain) and ann.section_id == "act-1/s-2"
        with pytest.raises(BadInput):
            annotate(store, _Library(), "act-1/s-2", "x", quote="ei löydy")
        with pytest.raises(BadInput):
            annotate(store, _Library(), "act-1/s-2", "   ")
        with pytest.raises(NotFound):
            annotate(store, _Library(), "act-1/s-9", "x")
        assert [a.id for a in store.annotations()] == [ann.id]


def test_a_copied_quote_with_line_breaks_and_markup_is_found(tmp_path: Path) -> None:
    with open_store(tmp_path, author="a") as store:
        ann = annotate(
            store, _Library(), "act-1/s-2", "n", quote="on\n  **järjestettävä**  ohjelma"
        )
        assert ann.selector is not None and ann.selector.exact == "on järjestettävä ohjelma"
