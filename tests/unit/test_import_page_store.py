"""Pages and feed entries written as content sources, and kept in the user's profile."""

from __future__ import annotations

from dataclasses import replace as dataclass_replace
from datetime import date
from pathlib import Path

import pytest
from web_samples import ATOM, RSS, page_html, save_page

from briefing import paths
from briefing.core.errors import Cancelled, NotFound
from briefing.library import official, saved_texts, sources
from briefing.library.build import build_content
from briefing.library.importers.feed import read_feeds
from briefing.library.importers.page import PageOptions, read_pages
from briefing.library.importers.web_sources import write_sources
from briefing.library.store import LibraryStore

PAGE_ID = "service-kotoutuminen-fi-kotoutumisohjelma"


@pytest.fixture
def saved(tmp_path: Path) -> Path:
    folder = tmp_path / "saved"
    for lang in ("fi", "sv", "en"):
        save_page(folder, lang)
    (folder / "uutiset.rss").write_text(RSS, encoding="utf-8")
    (folder / "nyheter.atom").write_text(ATOM, encoding="utf-8")
    return folder


def test_sources_build_into_a_library(saved: Path, tmp_path: Path) -> None:
    out = tmp_path / "src"
    pages = write_sources(read_pages([saved], PageOptions()), out)
    feeds = write_sources(read_feeds([saved]), out)
    assert {(i.id, i.lang, i.action) for i in pages.imported} == {
        (PAGE_ID, lang, "new") for lang in ("fi", "sv", "en")
    }
    assert len(feeds.imported) == 4 and len(feeds.refused) == 1
    # What the build reads: every file checked as a set (the CLI test builds it).
    loaded = {(i.id, i.lang): i for i in sources.load_sources(out)}
    assert len(loaded) == 7
    page = loaded[(PAGE_ID, "sv")]
    assert page.languages == ("fi", "sv", "en")
    assert page.source == "https://kotoutuminen.fi/sv/integrationsprogram"
    assert page.title == "Integrationsprogram" and "| Vaihe | Ajankohta |" in page.body
    news = loaded[("news-2024-12-20-integrationslagen-fornyas-2025", "sv")]
    assert (news.published, news.updated, news.topics) == (
        date(2024, 12, 20),
        date(2025, 1, 3),
        ("Lagstiftning",),
    )


def test_a_source_is_replaced_only_by_a_newer_import(tmp_path: Path) -> None:
    out = tmp_path / "src"
    first = tmp_path / "first.html"
    first.write_text(page_html("fi"), encoding="utf-8")
    write_sources(read_pages([first], PageOptions()), out)
    again = write_sources(read_pages([first], PageOptions()), out)
    assert again.imported == ()
    assert [k.reason for k in again.kept] == ["the copy there is as new or newer (2025-01-02)"]
    newer = tmp_path / "newer.html"
    newer.write_text(
        page_html("fi")
        .replace("2025-01-02T12:30", "2025-06-01T08:00")
        .replace("Mitä ohjelmaan kirjataan", "Ohjelman sisältö"),
        encoding="utf-8",
    )
    replaced = write_sources(read_pages([newer], PageOptions()), out)
    assert [(i.id, i.action) for i in replaced.imported] == [(PAGE_ID, "replaced")]
    text = (out / "service" / f"{PAGE_ID}.fi.md").read_text(encoding="utf-8")
    assert "## Ohjelman sisältö" in text and "updated: 2025-06-01" in text
    older = write_sources(read_pages([first], PageOptions()), out)
    assert older.imported == () and "2025-06-01" in older.kept[0].reason


def test_a_hand_written_source_is_never_replaced(tmp_path: Path) -> None:
    out = tmp_path / "src"
    mine = out / "service" / f"{PAGE_ID}.fi.md"
    mine.parent.mkdir(parents=True)
    mine.write_text(
        "---\ntitle: Oma\nsummary: Oma.\nsource: https://a.fi\nchecked: 2020-01-01\n---\n"
    )
    page = tmp_path / "p.html"
    page.write_text(page_html("fi"), encoding="utf-8")
    summary = write_sources(read_pages([page], PageOptions()), out)
    assert summary.imported == ()
    assert [(r.file, r.reason) for r in summary.refused] == [
        ("p.html", f"{PAGE_ID}.fi.md: written by hand, not imported; it is never replaced")
    ]
    assert "title: Oma" in mine.read_text(encoding="utf-8")


def test_profile_import_list_search_and_remove(saved: Path, tmp_path: Path) -> None:
    profile = tmp_path / "profile"
    pages = saved_texts.import_items(profile, read_pages([saved], PageOptions()))
    feeds = saved_texts.import_items(profile, read_feeds([saved]))
    assert len(pages.imported) == 3 and len(feeds.imported) == 4
    listed = saved_texts.list_saved(profile)
    assert {(t.id, t.lang, t.origin) for t in listed} >= {(PAGE_ID, "sv", "page")}
    content = tmp_path / "content.db"
    empty = tmp_path / "empty"
    (empty / "service").mkdir(parents=True)
    build_content(empty, content)
    store = LibraryStore(content, paths.official_db(profile))
    try:
        item = store.get(PAGE_ID, lang="en")
        assert item.official and item.title == "Integration programme"
        assert item.source == "https://kotoutuminen.fi/en/integration-programme"
        assert [h.id for h in store.search("kotoutumisohjelma")] == [PAGE_ID]
    finally:
        store.close()
    again = saved_texts.import_items(profile, read_pages([saved], PageOptions()))
    assert again.imported == () and len(again.kept) == 3
    removed = saved_texts.remove_saved(profile, PAGE_ID)
    assert {t.lang for t in removed} == {"fi", "sv", "en"}
    assert PAGE_ID not in {t.id for t in saved_texts.list_saved(profile)}
    with pytest.raises(NotFound):
        saved_texts.remove_saved(profile, PAGE_ID)


def test_a_cancelled_import_leaves_nothing(saved: Path, tmp_path: Path) -> None:
    profile = tmp_path / "profile"
    calls = iter(range(100))
    with pytest.raises(Cancelled):
        saved_texts.import_items(profile, read_feeds([saved]), cancel=lambda: next(calls) >= 2)
    assert saved_texts.list_saved(profile) == []
    db = saved_texts.official.open_db(profile)
    try:
        assert db.execute("SELECT count(*) FROM items").fetchone()[0] == 0
    finally:
        db.close()


def test_an_undated_page_is_replaced_only_when_its_text_changed(tmp_path: Path) -> None:
    out = tmp_path / "src"
    page = tmp_path / "p.html"
    undated = page_html("fi").replace("article:published_time", "x")
    undated = undated.replace("article:modified_time", "y")
    # Decomposed ä (as some systems save it): the source reads back composed (NFC).
    page.write_text(undated.replace("ä", "a\u0308"), encoding="utf-8")
    assert write_sources(read_pages([page], PageOptions()), out).imported[0].action == "new"
    again = write_sources(read_pages([page], PageOptions()), out)
    assert again.imported == () and again.kept[0].reason == "the copy there has the same text"
    page.write_text(undated.replace("syksy", "talvi"), encoding="utf-8")
    changed = write_sources(read_pages([page], PageOptions()), out)
    assert [i.action for i in changed.imported] == ["replaced"]


def test_a_page_never_replaces_an_imported_official_act(tmp_path: Path) -> None:
    profile = tmp_path / "profile"
    finlex = Path(__file__).parent.parent / "data" / "finlex" / "consolidated-levels.xml"
    official.import_finlex(profile, [finlex])
    page = tmp_path / "page.html"
    page.write_text(page_html("fi"), encoding="utf-8")
    for lang in ("sv", "fi"):  # the act's own language, and another one of its id
        read = read_pages([page], PageOptions(id="programme-x", lang=lang))
        # The page reader refuses act ids itself; the library checks whatever it is given.
        saved = dataclass_replace(
            read.items[0], item=dataclass_replace(read.items[0].item, id="act-78-2029")
        )
        summary = saved_texts.import_items(profile, dataclass_replace(read, items=(saved,)))
        assert summary.imported == ()
        assert ["imported official text" in r.reason for r in summary.refused] == [True]
    assert [(a.id, a.sections) for a in official.list_imports(profile)] == [("act-78-2029", 3)]
    assert saved_texts.list_saved(profile) == []


def test_an_unreadable_source_in_the_way_is_refused_by_name(tmp_path: Path) -> None:
    out = tmp_path / "src"
    (out / "service" / f"{PAGE_ID}.fi.md").mkdir(parents=True)  # not a file: cannot be read
    page = tmp_path / "p.html"
    page.write_text(page_html("fi"), encoding="utf-8")
    summary = write_sources(read_pages([page], PageOptions()), out)
    assert summary.imported == ()
    assert [(r.file, r.reason.split(":")[0]) for r in summary.refused] == [
        ("p.html", f"{PAGE_ID}.fi.md")
    ]
