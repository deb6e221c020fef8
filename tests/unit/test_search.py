"""Search as a person uses it: Finnish and Swedish forms, compounds, filters, hostile input."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
import sqlite_utils

from briefing.core.errors import BadInput, NotFound, StoreError
from briefing.core.models import LANGS, Item, Section
from briefing.library.build import build_content, create_schema, write_items
from briefing.library.query import parse
from briefing.library.store import LibraryStore

FIXTURES = Path(__file__).resolve().parents[1] / "data" / "library"


@pytest.fixture(scope="module")
def content(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("lib") / "content.db"
    build_content(FIXTURES, out)
    return out


@pytest.fixture
def store(content: Path) -> Iterator[LibraryStore]:
    library = LibraryStore(content)
    yield library
    library.close()


def ids(store: LibraryStore, query: str, **kw: str) -> list[str]:
    return [f"{h.id}:{h.lang}" for h in store.search(query, **kw)]


@pytest.mark.parametrize("query", ["kotoutumisohjelman", "kotoutumisohjelmaa", "ohjelma"])
def test_inflected_and_compound_forms_find_section_13(store: LibraryStore, query: str) -> None:
    assert "act-681-2023/s-13:fi" in ids(store, query)[:3]


def test_section_13_hit_carries_act_and_section(store: LibraryStore) -> None:
    (hit,) = [h for h in store.search("kotoutumisohjelman") if h.lang == "fi"][:1]
    assert (hit.id, hit.item_id, hit.section_id) == (
        "act-681-2023/s-13",
        "act-681-2023",
        "act-681-2023/s-13",
    )
    assert (hit.kind, hit.act, hit.section, hit.title) == (
        "legislation",
        "681/2023",
        "13 §",
        "Kotoutumisohjelma",
    )
    assert "[kotoutumisohjelma]" in hit.snippet
    assert hit.score > 0


@pytest.mark.parametrize("query", ["integrationsprogram", "integrationsprogrammet"])
def test_swedish_forms(store: LibraryStore, query: str) -> None:
    assert ids(store, query, lang="sv")[0] == "act-681-2023/s-13:sv"


def test_act_found_by_number_and_inflected_common_name(store: LibraryStore) -> None:
    assert "act-681-2023:fi" in ids(store, "681/2023", lang="fi")[:3]
    assert "act-681-2023:fi" in ids(store, "kotoutumislain")[:3]
    assert "act-681-2023:fi" in ids(store, "kotoutumislakia")[:3]
    assert "act-1386-2010:fi" in ids(store, "1386/2010")[:1]


def test_a_umlaut_is_its_own_letter(store: LibraryStore) -> None:
    saa = store.search("saa ")
    assert [h.id for h in saa] == ["act-681-2023/s-18a"]
    assert "[saa]" in saa[0].snippet and "[sää]" not in saa[0].snippet
    assert "[sää]" in store.search("sää ")[0].snippet
    assert store.search("sää ")[0].id == "act-681-2023/s-18a"


def test_typing_prefix_finds_before_the_word_is_complete(store: LibraryStore) -> None:
    assert "act-681-2023/s-13:fi" in ids(store, "kotoutumisohj")
    assert "act-681-2023/s-13:sv" in ids(store, "integrationspro")
    assert ids(store, "681", lang="fi")[0].startswith("act-681-2023")


def test_filters_by_kind_and_language(store: LibraryStore) -> None:
    news = store.search("kunnat", kind="news")
    assert news and all(h.kind == "news" for h in news)
    fi = store.search("integration", lang="en")
    assert fi and all(h.lang == "en" for h in fi)
    with pytest.raises(BadInput, match="unknown kind"):
        store.search("x", kind="blog")
    with pytest.raises(BadInput, match="unknown language"):
        store.search("x", lang="de")


def test_limit_is_respected(store: LibraryStore) -> None:
    assert len(store.search("integration", limit=2)) == 2


NASTY = [
    "",
    " ",
    "!!!",
    '"',
    '"""',
    "'",
    "(",
    ")",
    "()",
    "[",
    "{title}: x",
    "*",
    "**",
    "kotout*",
    "-kotoutuminen",
    "^kotoutuminen",
    "AND",
    "OR",
    "NOT",
    "NEAR",
    "NEAR(kotoutuminen ohjelma, 2)",
    "kotoutuminen AND",
    "OR ohjelma",
    "ohjelma NOT",
    'title:"x"',
    "body : ohjelma",
    "\x00",
    "\\",
    "%",
    "_",
    "ohjelma; DROP TABLE docs; --",
    "a" * 5000,
    "kotoutumisohjelma " * 1000,
    "ä" * 300,
    "😀 ohjelma",
    "\u202e ohjelma",
    "o\u0308hjelma",
    "ＡＮＤ",
    "681/",
    "/2023",
    "1/1/1/1",
]


@pytest.mark.parametrize("query", NASTY)
def test_hostile_input_never_raises(store: LibraryStore, query: str) -> None:
    for kind in (None, "legislation"):
        hits = store.search(query, kind=kind)
        assert isinstance(hits, list)


def test_hostile_input_still_finds_the_words_in_it(store: LibraryStore) -> None:
    assert "act-681-2023/s-13:fi" in ids(store, 'NEAR("kotoutumisohjelma" OR *)')
    assert "act-681-2023/s-13:fi" in ids(store, "kotoutumisohjelma " * 1000)


def test_nfd_query_matches_nfc_text(store: LibraryStore) -> None:
    assert store.search("sa\u0308a\u0308 ")[0].id == "act-681-2023/s-18a"


def test_get_with_language_fallback(store: LibraryStore) -> None:
    item = store.get("act-681-2023")
    assert (item.lang, item.languages) == ("fi", ("fi", "sv", "en"))
    assert [s.number for s in item.sections] == ["1 §", "13 §", "18 a §"]
    assert store.get("act-681-2023", lang="sv").title == "Lag om främjande av integration"
    old = store.get("act-1386-2010", lang="sv")  # no Swedish: falls back to Finnish
    assert old.lang == "fi" and old.act is not None and old.act.status == "repealed"
    assert store.get("priority-programmes", lang="en", fallback=("sv", "fi")).lang == "sv"
    with pytest.raises(NotFound):
        store.get("act-0-0000")


def test_get_section_and_browse(store: LibraryStore) -> None:
    section = store.get_section("act-681-2023/s-13", lang="en")
    assert (section.heading, section.anchor) == ("Integration programme", "chp_3__sec_13")
    with pytest.raises(NotFound):
        store.get_section("act-681-2023/s-99")
    listed = store.browse(kind="legislation")
    assert sorted((s.id, s.lang, s.act) for s in listed) == [
        ("act-1386-2010", "fi", "1386/2010"),
        ("act-681-2023", "fi", "681/2023"),
    ]
    assert {s.lang for s in store.browse(lang="sv")} == {"sv"}
    assert len(store.browse()) == 4


def test_search_from_another_thread(store: LibraryStore) -> None:
    found: list[str] = []
    worker = threading.Thread(target=lambda: found.extend(ids(store, "kotoutumisohjelman")))
    worker.start()
    worker.join()
    assert "act-681-2023/s-13:fi" in found


def test_missing_and_corrupt_databases(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="no content database"):
        LibraryStore(tmp_path / "missing.db")
    junk = tmp_path / "junk.db"
    junk.write_bytes(b"this is not sqlite" * 100)
    with pytest.raises(StoreError, match="not a Briefing library database"):
        LibraryStore(junk)


def test_broad_queries_rank_title_matches_first(
    store: LibraryStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The capped path for words found nearly everywhere still puts headings first."""
    monkeypatch.setattr("briefing.library.store.BROAD", 0)
    monkeypatch.setattr("briefing.library.store.CANDIDATES", 3)
    hits = store.search("kotoutumisohjelma", lang="fi")
    assert hits[0].id == "act-681-2023/s-13"
    assert len({h.id for h in hits}) == len(hits)
    assert "act-681-2023/s-13:sv" in ids(store, "integrationsprogrammet")


def _official_db(path: Path) -> Path:
    db = sqlite_utils.Database(path)
    create_schema(db)
    section = Section(
        id="act-681-2023/s-13",
        item_id="act-681-2023",
        lang="fi",
        number="13 §",
        heading="Kotoutumisohjelma",
        anchor="chp_3__sec_13",
        body="Kunnan on järjestettävä kotoutumisohjelma virallisen tekstin mukaan.",
        order=0,
        official=True,
    )
    write_items(
        db,
        [
            Item(
                id="act-681-2023",
                kind="legislation",
                lang="fi",
                title="Laki kotoutumisen edistämisestä (virallinen)",
                summary="",
                body="",
                source="https://finlex.fi",
                checked=date(2026, 1, 1),
                sections=(section,),
                official=True,
            )
        ],
    )
    db.close()
    return path


def test_official_texts_beside_our_summaries(content: Path, tmp_path: Path) -> None:
    library = LibraryStore(content, _official_db(tmp_path / "official.db"))
    try:
        ours = library.get("act-681-2023")
        assert not ours.official and ours.title == "Laki kotoutumisen edistämisestä"
        theirs = library.get("act-681-2023", official=True)
        assert theirs.official and theirs.title.endswith("(virallinen)")
        assert library.get_section("act-681-2023/s-13", official=True).official
        assert not library.get_section("act-681-2023/s-13").official
        hits = [h for h in library.search("kotoutumisohjelma", lang="fi") if h.section == "13 §"]
        assert sorted(h.official for h in hits) == [False, True]
        marked = next(h for h in hits if h.official)
        assert "[kotoutumisohjelma]" in marked.snippet
    finally:
        library.close()
    with pytest.raises(NotFound):
        LibraryStore(content, tmp_path / "absent.db").get("act-681-2023", official=True)


def test_naming_an_act_puts_the_act_in_force_first(store: LibraryStore) -> None:
    # Both acts are "kotoutumislaki"; the one in force comes before the repealed one.
    assert ids(store, "kotoutumislaki")[:2] == ["act-681-2023:fi", "act-1386-2010:fi"]
    assert ids(store, "kotoutumislain")[:2] == ["act-681-2023:fi", "act-1386-2010:fi"]
    assert ids(store, "integrationslagen")[0] == "act-681-2023:sv"
    assert ids(store, "Integration Act", lang="en")[0] == "act-681-2023:en"
    hits = store.search("681/2023")
    assert [h.id for h in hits[:3]] == ["act-681-2023"] * 3
    assert hits[0].score > hits[1].score > hits[2].score > hits[3].score


def test_a_word_found_as_itself_outranks_its_letters_elsewhere(store: LibraryStore) -> None:
    # No language filter: the English section beats Swedish "integration..." compounds.
    assert ids(store, "integration programme")[0] == "act-681-2023/s-13:en"
    assert ids(store, "integration programme ")[0] == "act-681-2023/s-13:en"
    # The exact word before the same letters inside a compound.
    top = store.search("ohjelma ", lang="fi")
    assert "[ohjelma]" in top[0].snippet.lower()


def test_a_store_searched_after_close_opens_again(content: Path) -> None:
    library = LibraryStore(content)
    assert library.search("ohjelma")
    library.close()
    assert library.search("ohjelma")  # a new connection for this thread
    library.close()


def test_forms_the_stemmer_keeps_apart_are_joined(store: LibraryStore) -> None:
    # selonteko / selonteon / selontekoa: consonant gradation and case endings.
    (hit,) = store.search("selonteko ")
    assert "[selonteon]" in hit.snippet and "[selontekoa]" in hit.snippet


def test_a_large_library_treats_its_commonest_words_as_stop_words(
    store: LibraryStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    """681/2023 is in 11 of the 16 rows: counted as a stop word once the library is "large"."""
    db = store._content
    parsed = parse("681/2023 kotoutumisohjelma", LANGS, db.expand)
    assert parsed is not None
    assert db.without_common_words(parsed) == parsed  # 16 rows is not large
    monkeypatch.setattr("briefing.library.libdb.COMMON_FROM_ROWS", 0)
    lean = db.without_common_words(parsed)
    assert len(lean.groups) == 1 and lean.groups[0] == parsed.groups[1]
    only_common = parse("681/2023", LANGS, db.expand)
    assert only_common is not None and db.without_common_words(only_common) == only_common
    # Hits still mark the dropped word, and a row holding both ranks first.
    hits = store.search("681/2023 kotoutumisohjelma", lang="fi")
    assert hits[0].id == "act-681-2023/s-13"
