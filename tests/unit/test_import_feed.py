"""News feeds (RSS 2.0, Atom 1.0) -> news items; dates, languages, refusals, hostile XML."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pytest
from web_samples import ATOM, RSS

from briefing.core.errors import BadInput
from briefing.core.markdown import to_html
from briefing.library.importers.feed import read_feed, read_feeds

TODAY = date(2026, 3, 1)


def _feed(text: str, lang: str | None = None):  # type: ignore[no-untyped-def]
    items, refused = read_feed(text.encode("utf-8"), "feed.xml", lang, TODAY)
    return {s.item.id: s.item for s in items}, [r.reason for r in refused]


def test_rss_entries_become_news_items() -> None:
    items, refused = _feed(RSS)
    report = items["news-2020-09-16-valtioneuvoston-kotoutumisselonteon-yhteiskehittaminen-alkaa"]
    assert (report.kind, report.lang, report.published, report.checked) == (
        "news",
        "fi",
        date(2020, 9, 16),
        TODAY,
    )
    assert report.title == "Valtioneuvoston kotoutumisselonteon yhteiskehittäminen alkaa"
    assert report.source == "https://kotoutuminen.fi/uutiset/selonteko-2020"
    # The description without its HTML is the summary; content:encoded is the body.
    assert report.summary == (
        "Selonteon valmistelu alkaa syksyllä 2020. Kunnat ja järjestöt kutsutaan mukaan."
    )
    assert report.body.startswith("Selonteon valmistelu alkaa **syksyllä 2020**.")
    assert "### Aikataulu\n\n- työpajat lokakuussa\n- kysely marraskuussa" in report.body
    assert "[lisää](https://kotoutuminen.fi/selonteko)" in report.body
    assert not re.search(r"alert|onclick|<script", report.body + to_html(report.body))
    assert report.topics == ("selonteko", "yhteiskehittäminen", "kunnat")
    law = items["news-2024-12-20-kotoutumislaki-uudistuu-vuoden-2025-alusta"]
    assert law.published == date(2024, 12, 20)  # dc:date in ISO 8601
    assert law.body == law.summary == "Uusi kotoutumislaki tulee voimaan 1.1.2025."
    assert refused == ["entry 3 'Päivämäärätön tiedote' refused: it has no date"]


def test_atom_entries_with_languages_and_dates() -> None:
    items, refused = _feed(ATOM)
    assert refused == []
    sv = items["news-2024-12-20-integrationslagen-fornyas-2025"]
    assert (sv.lang, sv.title) == ("sv", "Integrationslagen förnyas 2025")
    assert (sv.published, sv.updated) == (date(2024, 12, 20), date(2025, 1, 3))
    assert sv.source == "https://kotoutuminen.fi/sv/nyheter/integrationslagen-2025"
    assert sv.body == (
        "Den nya **integrationslagen** träder i kraft.\n\n"
        "Läs [mer](https://kotoutuminen.fi/sv/lagstiftning)."
    )
    assert sv.summary == "Den nya integrationslagen träder i kraft den 1 januari 2025."
    assert sv.topics == ("Lagstiftning",)
    en = items["news-2024-12-21-integration-act-reform"]
    assert (en.lang, en.published, en.updated) == ("en", date(2024, 12, 21), None)
    assert en.summary == "The new Integration Act enters into force in 2025."
    # --lang says what the feed does not (or says wrongly).
    assert {i.lang for i in _feed(ATOM, lang="fi")[0].values()} == {"fi"}


def test_a_feed_without_a_language_is_guessed_per_entry_or_needs_the_option() -> None:
    no_lang = RSS.replace("<language>fi-FI</language>", "")
    saved, refused = read_feed(no_lang.encode(), "feed.xml", None, TODAY)
    assert [s.item.lang for s in saved] == ["fi"]  # the entry with enough words to tell
    assert saved[0].notes == (
        "no language stated: fi, guessed from the text's words (--lang to say)",
    )
    assert [r.reason for r in refused] == [
        "entry 2 'Kotoutumislaki uudistuu vuoden 2025 alusta' refused: the feed states no"
        " language (xml:lang, <language>) and the words do not say; give --lang fi|sv|en",
        "entry 3 'Päivämäärätön tiedote' refused: it has no date",
    ]
    assert len(_feed(no_lang, lang="fi")[0]) == 2


def test_entries_without_title_link_or_a_readable_date_are_named() -> None:
    entries = (
        "<item><title>Ei linkkiä</title><pubDate>Wed, 16 Sep 2020 09:00:00 GMT</pubDate></item>"
        "<item><link>https://a.fi/x</link><pubDate>Wed, 16 Sep 2020 09:00:00 GMT</pubDate></item>"
        "<item><title>Outo päivä</title><link>https://a.fi/y</link><pubDate>eilen</pubDate></item>"
        "<item><title>Skripti</title><link>javascript:alert(1)</link>"
        "<pubDate>2020-09-16</pubDate></item>"
    )
    text = f"<rss version='2.0'><channel><language>fi</language>{entries}</channel></rss>"
    items, refused = _feed(text)
    assert items == {}
    assert refused == [
        "entry 1 'Ei linkkiä' refused: it has no link (http or https) to the news item",
        "entry 2 'entry 2' refused: it has no title",
        "entry 3 'Outo päivä' refused: its date 'eilen' is not a date",
        "entry 4 'Skripti' refused: it has no link (http or https) to the news item",
    ]


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (
            b'<?xml version="1.0"?><!DOCTYPE r [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;">]>'
            b"<rss><channel><title>&b;</title></channel></rss>",
            "feed.xml: refused: the feed declares entities (possible entity bomb)",
        ),
        (
            b'<!DOCTYPE r [<!ENTITY x SYSTEM "file:///etc/passwd">]><rss>&x;</rss>',
            "feed.xml: refused: the feed declares entities (possible entity bomb)",
        ),
        (b"", "feed.xml: the file is empty"),
        (b"\x89PNG\r\n\x1a\n\x00\x00", "feed.xml: not a feed (not XML)"),
        (b"<rss><channel><item>", "feed.xml: not well-formed XML: no element found"),
        (b"<html><body/></html>", "feed.xml: not an RSS 2.0 or Atom 1.0 feed"),
    ],
)
def test_hostile_or_wrong_files_are_refused(data: bytes, reason: str) -> None:
    with pytest.raises(BadInput) as refused:
        read_feed(data, "feed.xml", None, TODAY)
    assert str(refused.value).startswith(reason)


def test_an_rss_091_doctype_is_read() -> None:
    text = RSS.replace(
        '<rss version="2.0"',
        '<!DOCTYPE rss PUBLIC "-//Netscape Communications//DTD RSS 0.91//EN"\n'
        ' "http://my.netscape.com/publish/formats/rss-0.91.dtd">\n<rss version="2.0"',
    )
    assert len(_feed(text)[0]) == 2


def test_folders_and_the_same_entry_in_two_files(tmp_path: Path) -> None:
    (tmp_path / "a.rss").write_text(RSS, encoding="utf-8")
    (tmp_path / "b.xml").write_text(RSS, encoding="utf-8")
    (tmp_path / "c.atom").write_text(ATOM, encoding="utf-8")
    (tmp_path / "notes.txt").write_text("not a feed", encoding="utf-8")
    read = read_feeds([tmp_path])
    assert read.files == 3
    assert len(read.items) == 4
    assert [(k.file, k.reason) for k in read.kept] == [
        ("b.xml", "the same item is also in a.rss"),
        ("b.xml", "the same item is also in a.rss"),
    ]
    assert [r.file for r in read.refused] == ["a.rss", "b.xml"]  # the undated entry, twice


ONE = (
    '<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><language>fi</language>'
    "<item><title>Äänestys – tänään</title><link>https://a.fi/x</link>"
    "<pubDate>2024-01-02</pubDate><description>Kunta päättää.</description></item>"
    "</channel></rss>"
)


def test_wrong_encodings_are_read_with_a_note() -> None:
    # Says UTF-8, is Windows-1252: read as Windows-1252, said so.
    items, _ = read_feed(ONE.encode("cp1252"), "f.xml", None, TODAY)
    assert items[0].item.title == "Äänestys – tänään"
    assert items[0].notes == ("not UTF-8 as it says: read as Windows-1252",)
    # Says Windows-1252 and is: no note.
    declared = ONE.replace("UTF-8", "windows-1252").encode("cp1252")
    items, _ = read_feed(declared, "f.xml", None, TODAY)
    assert (items[0].item.title, items[0].notes) == ("Äänestys – tänään", ())
    # UTF-8 that went through Latin-1 once ("Ã„Ã¤nestys"): repaired, the id too.
    twice = ONE.encode("utf-8").decode("latin-1").encode("utf-8")
    items, _ = read_feed(twice, "f.xml", None, TODAY)
    assert items[0].item.id == "news-2024-01-02-aanestys-tanaan"
    assert items[0].item.title == "Äänestys – tänään"
    assert items[0].notes == ("2 texts had been decoded in the wrong encoding: repaired",)


def test_a_utf16_feed_is_read() -> None:
    # UTF-16 with its byte-order mark is XML as much as UTF-8 is (expat reads both).
    for encoding in ("utf-16", "utf-16-be"):
        text = ONE.replace("UTF-8", "UTF-16")
        data = text.encode(encoding)
        if encoding == "utf-16-be":
            data = b"\xfe\xff" + data
        items, refused = read_feed(data, "f.xml", None, TODAY)
        assert refused == [] and [s.notes for s in items] == [()]
        assert items[0].item.title == "Äänestys – tänään"
