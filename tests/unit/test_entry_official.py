"""An entry the user added from the official text prints that text, or says it cannot."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from pypdf import PdfReader

from briefing import paths
from briefing.core.models import Pack
from briefing.export.html import render_html_text
from briefing.export.options import ExportOptions
from briefing.export.pdf import render_briefing
from briefing.library import official
from briefing.library.build import build_content
from briefing.library.store import LibraryStore
from briefing.notes.packing import resolve_pack
from briefing.notes.store import NotesStore, open_store

FINLEX = Path(__file__).resolve().parents[1] / "data" / "finlex"
SECTION = "act-681-2023/s-1"
OURS = "Lain ensimmäinen pykälä koskee soveltamisalaa."
THEIRS = "Pysyvä ensimmäinen pykälä."  # 1 § of the Finlex test file
SUMMARY = f"""---
title: Laki kotoutumisen edistämisestä (681/2023)
summary: Kotoutumislaki.
source: https://finlex.fi/fi/lainsaadanto/2023/681
checked: 2026-11-29
act: 681/2023
given: 2023-04-14
in_force: 2025-01-01
status: in-force
---

Kotoutumislaki tuli voimaan 1.1.2025.

## 1 § Soveltamisala {{#sec_1}}

{OURS}
"""


@pytest.fixture
def content(tmp_path: Path) -> Path:
    src = tmp_path / "src" / "legislation"
    src.mkdir(parents=True)
    (src / "act-681-2023.fi.md").write_text(SUMMARY, encoding="utf-8")
    out = tmp_path / "content.db"
    build_content(tmp_path / "src", out)
    return out


@pytest.fixture
def profile(tmp_path: Path) -> Path:
    """A profile with the Finlex test file imported as the official text of 681/2023."""
    text = (FINLEX / "consolidated.xml").read_text(encoding="utf-8")
    text = text.replace("/2029/77", "/2023/681").replace('"77"', '"681"')
    xml = tmp_path / "681-2023.xml"
    xml.write_text(text.replace("77/2029", "681/2023"), encoding="utf-8")
    out = tmp_path / "profile"
    out.mkdir()
    assert [a.id for a in official.import_finlex(out, [xml]).imported] == ["act-681-2023"]
    return out


@pytest.fixture
def store(profile: Path) -> NotesStore:
    s = open_store(profile, auto_backup=False)
    yield s
    s.close()


def _pack(store: NotesStore, content: Path, profile: Path, brf_id: str, lang: str = "en") -> Pack:
    library = LibraryStore(content, paths.official_db(profile))
    try:
        return resolve_pack(store, library, brf_id, lang)
    finally:
        library.close()


def _pdf_text(pack: Pack, out: Path) -> str:
    render_briefing(pack, out, ExportOptions(invariant=True))
    return " ".join(" ".join((p.extract_text() or "").split()) for p in PdfReader(out).pages)


def _html_text(pack: Pack) -> str:
    return " ".join(re.sub(r"<[^>]+>", " ", render_html_text(pack)).split())


def test_an_official_entry_without_notes_prints_the_official_text(
    store: NotesStore, content: Path, profile: Path, tmp_path: Path
) -> None:
    brf = store.new_briefing("Board", lang="en")
    store.add_entry(brf.id, "act-681-2023", section_id=SECTION, official=True)
    store.add_entry(brf.id, "act-681-2023", section_id=SECTION)  # the same §, our summary
    chosen, ours = _pack(store, content, profile, brf.id).entries
    assert (chosen.official, chosen.text.strip()) == (True, THEIRS)
    assert (ours.official, ours.text.strip()) == (False, OURS)

    pdf = _pdf_text(_pack(store, content, profile, brf.id), tmp_path / "b.pdf")
    html = _html_text(_pack(store, content, profile, brf.id))
    for text in (pdf, html):
        first, second = text.split("Legislation · ")[1:3]
        assert first.startswith("official text") and THEIRS in first and OURS not in first
        assert second.startswith("summary, not the official text") and OURS in second


def test_an_official_entry_whose_text_was_removed_prints_our_summary_and_says_so(
    store: NotesStore, content: Path, profile: Path, tmp_path: Path
) -> None:
    brf = store.new_briefing("Lautakunta", lang="fi")
    store.add_entry(brf.id, "act-681-2023", section_id=SECTION, official=True)
    store.add_entry(brf.id, "act-681-2023", official=True)  # the whole act
    official.remove(profile, "681/2023")

    pack = _pack(store, content, profile, brf.id, "fi")
    assert [(e.official, e.entry.official) for e in pack.entries] == [(False, True)] * 2
    assert pack.entries[0].text.strip() == OURS
    missing = (
        "tiivistelmä, ei virallinen teksti: valittua virallista tekstiä ei enää ole kirjastossa"
    )
    for text in (_pdf_text(pack, tmp_path / "b.pdf"), _html_text(pack)):
        assert text.count(missing) == 2
        assert THEIRS not in text and OURS in text

    # Imported again, the entries print it again: the choice was kept, not the fallback.
    test_file = (FINLEX / "consolidated.xml").read_text(encoding="utf-8")
    xml = tmp_path / "again.xml"
    xml.write_text(
        test_file.replace("/2029/77", "/2023/681").replace('"77"', '"681"')
        .replace("77/2029", "681/2023"),
        encoding="utf-8",
    )  # fmt: skip
    official.import_finlex(profile, [xml])
    again = _pack(store, content, profile, brf.id, "fi")
    assert [e.official for e in again.entries] == [True, True]
    assert "virallinen teksti" in _html_text(again) and "ei enää ole" not in _html_text(again)


def test_an_entry_from_our_summary_keeps_printing_our_summary(
    store: NotesStore, content: Path, profile: Path
) -> None:
    brf = store.new_briefing("Nämnd", lang="sv")
    store.add_entry(brf.id, "act-681-2023", section_id=SECTION)
    pack = _pack(store, content, profile, brf.id, "sv")
    (entry,) = pack.entries
    assert (entry.official, entry.text.strip()) == (False, OURS)
    html = _html_text(pack)
    assert "sammandrag, inte officiell text" in html and "finns inte längre" not in html


def test_the_choice_survives_duplicate_and_remove_then_put_back(tmp_path: Path) -> None:
    with open_store(tmp_path / "p", auto_backup=False) as store:
        brf = store.new_briefing("KH")
        chosen = store.add_entry(brf.id, "act-681-2023", section_id=SECTION, official=True)
        store.add_entry(brf.id, "act-681-2023", section_id=SECTION)
        copy = store.duplicate_briefing(brf.id)
        assert [e.official for e in copy.entries] == [True, False]
        removed = store.remove_entry(chosen.id)
        assert removed.official is True
        # What the window's undo does with the entry it was given back.
        store.add_entry(brf.id, removed.item_id, section_id=removed.section_id,
                        position=removed.position, entry_id=removed.id,
                        official=removed.official)  # fmt: skip
        first = store.briefing(brf.id).entries[0]
        assert (first.id, first.official) == (chosen.id, True)


def test_the_choice_is_switched_after_adding_and_the_pack_follows(
    store: NotesStore, content: Path, profile: Path
) -> None:
    brf = store.new_briefing("Board", lang="en")
    entry = store.add_entry(brf.id, "act-681-2023", section_id=SECTION)
    other = store.add_entry(brf.id, "act-681-2023")
    before = store.briefing(brf.id).updated
    switched = store.set_entry_official(brf.id, entry.id, True)
    assert (switched.id, switched.official, switched.memo) == (entry.id, True, entry.memo)
    assert store.briefing(brf.id).updated > before
    assert store.entry(other.id).official is False  # only that entry
    (chosen, _whole) = _pack(store, content, profile, brf.id).entries
    assert (chosen.official, chosen.text.strip()) == (True, THEIRS)

    store.set_entry_official(brf.id, entry.id, False)
    (back, _whole) = _pack(store, content, profile, brf.id).entries
    assert (back.official, back.text.strip()) == (False, OURS)


def test_switching_an_entry_of_another_briefing_is_refused_and_changes_nothing(
    store: NotesStore,
) -> None:
    from briefing.core.errors import NotFound

    mine = store.new_briefing("Mine")
    theirs = store.new_briefing("Theirs")
    entry = store.add_entry(theirs.id, "act-681-2023", section_id=SECTION)
    stamp = store.briefing(mine.id).updated
    with pytest.raises(NotFound, match="no entry"):
        store.set_entry_official(mine.id, entry.id, True)
    with pytest.raises(NotFound, match="no entry"):
        store.set_entry_official(mine.id, "ent-missing", True)
    assert store.entry(entry.id).official is False
    assert store.briefing(mine.id).updated == stamp


def test_browse_lists_our_summary_and_the_imported_text_as_search_does(
    content: Path, profile: Path
) -> None:
    library = LibraryStore(content, paths.official_db(profile))
    try:
        listed = [(s.id, s.official) for s in library.browse(kind="legislation")]
        hits = {(h.item_id, h.official) for h in library.search("681/2023")}
    finally:
        library.close()
    assert sorted(listed) == [("act-681-2023", False), ("act-681-2023", True)]
    assert set(listed) <= hits
