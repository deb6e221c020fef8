"""Saved portal pages -> library items: what is kept, what is left out, what is refused."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pytest
from web_samples import LEADS, page_html, save_page

from briefing.core.errors import BadInput
from briefing.core.markdown import to_html
from briefing.library.importers.page import PageOptions, page_id, read_page, read_pages

TODAY = date(2026, 3, 1)


def _read(html: str | bytes, **options: str) -> tuple[str, ...]:
    data = html.encode("utf-8") if isinstance(html, str) else html
    saved = read_page(data, "page.html", PageOptions(**options), TODAY)
    return saved.notes


def _item(html: str | bytes, **options: str):  # type: ignore[no-untyped-def]
    data = html.encode("utf-8") if isinstance(html, str) else html
    return read_page(data, "page.html", PageOptions(**options), TODAY).item


def test_saved_portal_page_is_one_item_of_its_main_content() -> None:
    item = _item(page_html("fi"))
    assert item.id == "service-kotoutuminen-fi-kotoutumisohjelma"
    assert (item.kind, item.lang, item.title) == ("service", "fi", "Kotoutumisohjelma")
    assert item.source == "https://kotoutuminen.fi/kotoutumisohjelma"
    assert (item.published, item.updated, item.checked) == (
        date(2023, 5, 10),
        date(2025, 1, 2),
        TODAY,
    )
    assert item.summary == LEADS["fi"].split(". ")[0] + "."
    assert item.official
    body = item.body
    assert body.startswith(LEADS["fi"])
    assert "## Mitä ohjelmaan kirjataan" in body
    assert "[kumppanuusohjelma](https://kotoutuminen.fi/kumppanuusohjelma)" in body
    assert "- kotoutumisen edistämisen tavoitteet\n- palveluiden järjestäminen" in body
    assert "| Vaihe | Ajankohta |\n| --- | --- |\n| Valmistelu | syksy |" in body
    assert "[kotoutuminen@example.fi](mailto:kotoutuminen@example.fi)" in body
    # The title is the item's own heading, not repeated in the body.
    assert "# Kotoutumisohjelma" not in body
    furniture = [
        "evästeitä", "Salli kaikki", "Maahanmuuttajille", "Etusivu", "Siirry sisältöön", "Hae",
        "injected", "piilotettu", "Jaa", "Ajankohtaista", "Työ- ja elinkeinoministeriö",
        "Saavutettavuus", "javascript", "alert", "onclick", "youtube", "dataLayer", "logo",
    ]  # fmt: skip
    assert [word for word in furniture if word in body] == []
    shown = to_html(body)
    assert not re.search(r"<(script|iframe|img|style)|\son\w+=", shown)


def test_language_versions_share_one_id() -> None:
    ids = {_item(page_html(lang)).id for lang in ("fi", "sv", "en")}
    assert ids == {"service-kotoutuminen-fi-kotoutumisohjelma"}
    assert _item(page_html("sv")).source == "https://kotoutuminen.fi/sv/integrationsprogram"
    # A list of language versions that does not name the page itself is not trusted.
    elsewhere = page_html("sv").replace(
        'hreflang="sv" href="https://kotoutuminen.fi/sv/integrationsprogram"',
        'hreflang="sv" href="https://kotoutuminen.fi/sv/"',
    )
    assert _item(elsewhere).id == "service-kotoutuminen-fi-integrationsprogram"


@pytest.mark.parametrize(
    ("address", "expected"),
    [
        ("https://kotoutuminen.fi/kotoutumisohjelma", "kotoutumisohjelma"),
        ("https://kotoutuminen.fi/sv/kotoutumisohjelma/", "kotoutumisohjelma"),
        ("https://www.kotoutuminen.fi/en-GB/kotoutumisohjelma.html", "kotoutumisohjelma"),
        ("https://kotoutuminen.fi/paattajille/kumppanuus/index.html", "paattajille-kumppanuus"),
        ("https://kotoutuminen.fi/p%C3%A4%C3%A4tt%C3%A4jille?x=1#a", "paattajille"),
        ("https://kotoutuminen.fi/", ""),
    ],
)
def test_page_id_from_the_address(address: str, expected: str) -> None:
    assert page_id("actor", address) == "-".join(
        part for part in ("actor", "kotoutuminen-fi", expected) if part
    )


def test_title_from_the_title_tag_without_the_site_name() -> None:
    html = page_html("fi").replace("<h1>Kotoutumisohjelma</h1>", "")
    assert _item(html.replace("| Kotoutuminen", "– Kotoutuminen")).title == "Kotoutumisohjelma"
    assert _item(html).title == "Kotoutumisohjelma"


def test_without_main_the_body_less_its_header_and_links_against_base() -> None:
    html = (
        "<html lang=sv><head><title>Tjänster – Integration.fi</title>"
        "<base href='https://kotoutuminen.fi/sv/'>"
        "<link rel=canonical href='https://kotoutuminen.fi/sv/tjanster'></head><body>"
        "<header><h1>Integration.fi</h1><p>Logo</p></header>"
        "<div class=content><p>Se <a href='radgivning'>rådgivning</a>.</p></div></body></html>"
    )
    item = _item(html)
    assert item.title == "Tjänster"
    assert item.body == "Se [rådgivning](https://kotoutuminen.fi/sv/radgivning)."


def test_summary_from_the_first_paragraph_cut_at_a_sentence() -> None:
    long = "Ensimmäinen lause kertoo asian. " + "Toinen lause on pitkä " * 30 + "ja loppuu."
    html = page_html("fi", description=False).replace(LEADS["fi"], long)
    assert _item(html).summary == "Ensimmäinen lause kertoo asian."


def test_address_from_og_url_then_saved_from_then_source_option() -> None:
    html = page_html("fi", canonical=False)
    assert _item(html).source == "https://kotoutuminen.fi/kotoutumisohjelma"
    html = html.replace('<meta property="og:url"', '<meta property="og:nothing"')
    assert _item(html).source == "https://kotoutuminen.fi/kotoutumisohjelma?utm_source=x"
    html = re.sub(r"<!-- saved from [^>]*-->", "", html)
    with pytest.raises(BadInput, match=r"^page.html: the page names no address .*--source URL$"):
        _item(html)
    given = _item(html, source="https://example.fi/palvelut/x")
    assert given.source == "https://example.fi/palvelut/x"


def test_language_from_option_or_html_lang() -> None:
    assert _item(page_html("fi"), lang="sv").lang == "sv"
    # Not stated: guessed from the text's common words, and said so.
    swedish = (
        "<html><link rel=canonical href=https://a.fi/sv/x><h1>Integrationsprogram</h1>"
        f"<p>{LEADS['sv']}</p></html>"
    )
    for lang, html in (("fi", page_html("fi").replace('lang="fi-FI"', "")), ("sv", swedish)):
        saved = read_page(html.encode(), "page.html", PageOptions(), TODAY)
        assert saved.item.lang == lang
        assert saved.notes == (
            f"no language stated: {lang}, guessed from the text's words (--lang to say)",
        )
    unclear = "<html><link rel=canonical href=https://a.fi/x><h1>TE24</h1><p>ELY 2025</p>"
    with pytest.raises(BadInput, match="does not state its language; give --lang"):
        _item(unclear)
    with pytest.raises(BadInput, match="'de' is not one of fi, sv, en"):
        _item(page_html("fi").replace('lang="fi-FI"', 'lang="de"'))


def test_kind_and_id_options_and_news_needs_a_date() -> None:
    item = _item(page_html("fi"), kind="programme", id="programme-kotoutumisohjelma")
    assert (item.kind, item.id) == ("programme", "programme-kotoutumisohjelma")
    assert _item(page_html("fi"), kind="actor").id.startswith("actor-kotoutuminen-fi-")
    news = _item(page_html("fi"), kind="news")
    assert news.id == "news-2023-05-10-kotoutumisohjelma"  # as a feed entry would be named
    undated = page_html("fi").replace("article:published_time", "x")
    with pytest.raises(BadInput, match="a news item needs a publication date"):
        _item(undated, kind="news")


def test_encodings_utf8_bom_declared_charset_and_cp1252_guess() -> None:
    text = "<html lang='fi'><head><link rel='canonical' href='https://a.fi/x'>{}</head>" \
        "<body><h1>Äänestys</h1><p>Kunta päättää – nyt.</p></body></html>"  # fmt: skip
    assert _read(text.format("")) == ()
    latin = text.format("<meta charset='iso-8859-1'>").replace("–", "-").encode("latin-1")
    assert _item(latin).title == "Äänestys"
    assert _read(latin) == ("read as iso-8859-1, as the page declares",)
    guessed = text.format("").encode("cp1252")
    assert _item(guessed).summary == "Kunta päättää – nyt."
    assert "read as Windows-1252" in _read(guessed)[0]


def test_hostile_and_broken_files() -> None:
    with pytest.raises(BadInput, match="binary data"):
        _item(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 10)
    with pytest.raises(BadInput, match="not an HTML page"):
        _item("just some words, no markup at all")
    broken = (
        "<html lang=fi><link rel=canonical href=https://a.fi/b>"
        "<h1>Otsikko <i>uusi</h1><p>Eka <b>lihava"
        "<p>Toka</i></span><ul><li>yksi<li>kaksi</div></table>"
    )
    item = _item(broken)
    assert item.title == "Otsikko uusi"
    assert "Eka **lihava**\n\nToka\n\n- yksi\n- kaksi" in item.body
    deep = "<html lang=fi><link rel=canonical href=https://a.fi/b><h1>Syvä</h1>"
    deep += "<div>" * 50_000 + "<p>pohjalla</p>" + "</div>" * 50_000
    assert "pohjalla" in _item(deep).body


def test_folder_skips_saved_assets_and_refuses_a_huge_file(tmp_path: Path) -> None:
    save_page(tmp_path, "fi")
    huge = tmp_path / "huge.html"
    with huge.open("wb") as handle:
        handle.truncate(11 * 1024 * 1024)  # sparse: refused by its size before reading
    read = read_pages([tmp_path], PageOptions())
    assert [s.file for s in read.items] == ["Kotoutumisohjelma.html"]
    assert [(r.file, r.reason) for r in read.refused] == [
        ("huge.html", "11 MB is larger than the 10 MB limit")
    ]
    assert read.files == 2  # the page and huge.html; Kotoutumisohjelma_files/ is passed over


def test_damage_found_by_fuzzing_is_read_or_refused_never_a_crash(tmp_path: Path) -> None:
    html = (
        "<html lang=fi><link rel=canonical href='https://a.fi/koto\x1dtus ohjelma'>"
        "<![ul junk><h1>Otsikko</h1><p>Teksti <a href='http://[oops/x'>linkki</a>"
        " <a href='https://a.fi/ok'>ok</a>\ufeff</p></html>"
    )
    item = _item(html)
    assert item.source == "https://a.fi/koto%1Dtus%20ohjelma"
    assert item.body == "Teksti linkki [ok](https://a.fi/ok)"
    # Only a BOM where the text should be: no text, refused (not an empty source).
    with pytest.raises(BadInput, match="no text in the page's main content"):
        _item("<html lang=fi><link rel=canonical href=https://a.fi/x><h1>T</h1><p>\ufeff</p>")


def test_an_act_id_is_not_a_page_id() -> None:
    # act-… names an act (Finlex's, or ours): a page under it would pass for that act.
    with pytest.raises(BadInput, match="act-78-2029"):
        _item(page_html("fi"), id="act-78-2029")
