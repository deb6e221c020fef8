"""An imported page or news item prints as the source's own text, never as an official text."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader
from web_samples import RSS, save_page

from briefing import paths
from briefing.core.models import Pack
from briefing.export.html import render_html_text
from briefing.export.labels import format_date
from briefing.export.options import ExportOptions
from briefing.export.pdf import render_briefing
from briefing.library import official, saved_texts
from briefing.library.build import build_content
from briefing.library.importers.feed import read_feeds
from briefing.library.importers.page import PageOptions, read_pages
from briefing.library.store import LibraryStore
from briefing.notes.packing import resolve_pack
from briefing.notes.store import NotesStore, open_store

FINLEX = Path(__file__).resolve().parents[1] / "data" / "finlex"
PAGE_ID = "service-kotoutuminen-fi-kotoutumisohjelma"
PAGE_URL = "https://kotoutuminen.fi/kotoutumisohjelma"
PAGE_WORDS = "Kunnan on laadittava kotoutumisohjelma"
OURS = "Kunnat ja järjestöt yhdessä."  # our summary, which an entry prints
PRIORITY = f"""---
title: Kumppanuudet
summary: {OURS}
source: https://kotoutuminen.fi/kumppanuusohjelma
checked: 2026-11-20
---

Kumppanuusohjelma kokoaa toimijat yhteen.
"""
ACT = """---
title: Laki kotoutumisen edistämisestä (681/2023)
summary: Kotoutumislaki.
source: https://finlex.fi/fi/lainsaadanto/2023/681
checked: 2026-11-29
act: 681/2023
status: in-force
---

Kotoutumislaki tuli voimaan 1.1.2025.

## 1 § Soveltamisala {#sec_1}

Lain ensimmäinen pykälä.
"""


@pytest.fixture
def content(tmp_path: Path) -> Path:
    for kind, name, text in (
        ("legislation", "act-681-2023.fi.md", ACT),
        ("priority", "priority-partnerships.fi.md", PRIORITY),
    ):
        (tmp_path / "src" / kind).mkdir(parents=True, exist_ok=True)
        (tmp_path / "src" / kind / name).write_text(text, encoding="utf-8")
    out = tmp_path / "content.db"
    build_content(tmp_path / "src", out)
    return out


@pytest.fixture
def profile(tmp_path: Path) -> Path:
    """The Finlex test file as 681/2023, a saved service page and a news feed, imported."""
    out = tmp_path / "profile"
    out.mkdir()
    text = (FINLEX / "consolidated.xml").read_text(encoding="utf-8")
    xml = tmp_path / "681-2023.xml"
    xml.write_text(
        text.replace("/2029/77", "/2023/681").replace('"77"', '"681"')
        .replace("77/2029", "681/2023"),
        encoding="utf-8",
    )  # fmt: skip
    assert [a.id for a in official.import_finlex(out, [xml]).imported] == ["act-681-2023"]
    page = save_page(tmp_path / "saved")
    read = read_pages([page], PageOptions(kind="service"))
    assert [i.id for i in saved_texts.import_items(out, read).imported] == [PAGE_ID]
    twin = read_pages([page], PageOptions(kind="priority", id="priority-partnerships"))
    saved_texts.import_items(out, twin)
    feed = tmp_path / "news.rss"
    feed.write_text(RSS, encoding="utf-8")
    saved_texts.import_items(out, read_feeds([feed]))
    return out


@pytest.fixture
def store(profile: Path) -> Iterator[NotesStore]:
    s = open_store(profile, auto_backup=False)
    yield s
    s.close()


def _pack(store: NotesStore, content: Path, profile: Path, brf_id: str, lang: str) -> Pack:
    library = LibraryStore(content, paths.official_db(profile))
    try:
        return resolve_pack(store, library, brf_id, lang)
    finally:
        library.close()


def _texts(pack: Pack, out: Path) -> tuple[str, str]:
    render_briefing(pack, out, ExportOptions(invariant=True))
    pdf = " ".join(" ".join((p.extract_text() or "").split()) for p in PdfReader(out).pages)
    html = " ".join(re.sub(r"<[^>]+>", " ", render_html_text(pack)).split())
    return pdf, html


def _news_id(profile: Path) -> str:
    return next(t.id for t in saved_texts.list_saved(profile) if t.id.startswith("news-2020"))


@pytest.mark.parametrize(
    ("lang", "page", "news", "act", "imported"),
    [
        ("en", "Service · text of the source", "News · text of the source",
         "Legislation · official text", "imported"),
        ("fi", "Palvelu · lähteen oma teksti", "Uutinen · lähteen oma teksti",
         "Lainsäädäntö · virallinen teksti", "tuotu"),
        ("sv", "Tjänst · källans egen text", "Nyhet · källans egen text",
         "Lagstiftning · officiell text", "importerad"),
    ],
)  # fmt: skip
def test_an_imported_page_prints_as_the_sources_text_and_an_act_as_official(
    store: NotesStore,
    content: Path,
    profile: Path,
    tmp_path: Path,
    lang: str,
    page: str,
    news: str,
    act: str,
    imported: str,
) -> None:
    brf = store.new_briefing("Board", lang=lang)
    store.add_entry(brf.id, PAGE_ID, official=True)  # as the window adds the page shown
    store.add_entry(brf.id, _news_id(profile))  # from a search hit: the only copy there is
    store.add_entry(brf.id, "act-681-2023", section_id="act-681-2023/s-1", official=True)
    pack = _pack(store, content, profile, brf.id, lang)
    assert [e.official for e in pack.entries] == [True, True, True]
    today = format_date(lang, date.today())
    for text in _texts(pack, tmp_path / "b.pdf"):
        assert page in text and news in text and act in text
        # The page's own words, its address and the day of the import.
        entry = text.split(page)[1].split(news)[0]
        assert PAGE_WORDS in entry and f"{PAGE_URL} ({imported} {today})" in entry
        assert text.count("official text" if lang == "en" else act.split(" · ")[1]) == 1


def test_a_page_we_also_summarise_says_which_text_and_when_the_import_is_gone(
    store: NotesStore, content: Path, profile: Path, tmp_path: Path
) -> None:
    brf = store.new_briefing("Lautakunta", lang="fi")
    store.add_entry(brf.id, "priority-partnerships", official=True)  # the source's text
    store.add_entry(brf.id, "priority-partnerships")  # our summary of it
    pdf, html = _texts(_pack(store, content, profile, brf.id, "fi"), tmp_path / "b.pdf")
    for text in (pdf, html):
        theirs, ours = text.split("Painopistealue · ")[1:3]
        assert theirs.startswith("lähteen oma teksti") and PAGE_WORDS in theirs
        assert ours.startswith("tiivistelmä, ei lähteen omaa tekstiä") and OURS in ours
        assert "virallinen" not in text

    saved_texts.remove_saved(profile, "priority-partnerships")
    pack = _pack(store, content, profile, brf.id, "fi")
    missing = "tiivistelmä, ei lähteen omaa tekstiä: valittua lähteen tekstiä ei enää ole"
    for text in _texts(pack, tmp_path / "c.pdf"):
        assert text.count(missing) == 1 and PAGE_WORDS not in text
