"""Each quirk of real Finlex files, on small fixtures of our own (tests/data/finlex)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from briefing.core.markdown import to_html
from briefing.library.importers.finlex import parse_bytes, parse_file
from briefing.library.importers.finlex_items import body, to_item, to_source
from briefing.library.importers.finlex_model import FinlexDocument, Provision
from briefing.library.importers.textfix import has_mojibake

DATA = Path(__file__).resolve().parents[1] / "data" / "finlex"
REAL = Path(__file__).resolve().parents[2].parent / "shared" / "realdata" / "finlex"


def _one(name: str, on: date | None = None) -> FinlexDocument:
    docs = parse_file(DATA / name, on).documents
    assert len(docs) == 1
    return docs[0]


def _section(doc: FinlexDocument, number: str) -> Provision:
    return next(s for s in doc.sections if s.number == number)


# --- list responses, BOM, no declaration, PDF-only ----------------------------------


def test_list_response_holds_several_documents_and_languages() -> None:
    docs = parse_file(DATA / "list-response.xml").documents
    assert [(d.meta.number, d.meta.lang) for d in docs] == [
        ("5/2030", "sv"),
        ("6/2030", "sv"),
        ("5/2030", "fi"),
    ]
    swedish, stub, finnish = docs
    assert swedish.meta.title == "Lag om provexemplar"
    assert swedish.meta.in_force == date(2030, 3, 1)  # "träder i kraft den 1 mars 2030"
    assert finnish.meta.in_force == date(2030, 3, 1)
    assert stub.meta.content_absent and stub.meta.pdf == "main.pdf"
    assert stub.sections == () and stub.notes == ("pdf-only",)
    assert stub.meta.doc_type == "decree"
    # The reader gets a pointer to the PDF instead of an empty page.
    assert "https://finlex.fi/fi/lainsaadanto/2030/6" in body(stub)


def test_bom_and_no_declaration(tmp_path: Path) -> None:
    raw = (DATA / "consolidated.xml").read_bytes()
    no_declaration = raw.split(b"?>", 1)[1].lstrip()
    for data in (b"\xef\xbb\xbf" + raw, b"\xef\xbb\xbf" + no_declaration, no_declaration):
        doc = parse_bytes(data, "x.xml", date(2030, 3, 1)).documents[0]
        assert doc.meta.number == "77/2029"
    # whitespace-structure.xml itself opens with a BOM and has no declaration.
    assert (DATA / "whitespace-structure.xml").read_bytes().startswith(b"\xef\xbb\xbf<akoma")
    assert _one("whitespace-structure.xml").meta.number == "41/2032"


@pytest.mark.skipif(not REAL.is_dir(), reason=f"real Finlex files not present at {REAL}")
def test_real_files_wrapped_in_a_list_with_a_bom() -> None:
    fin = (REAL / "statute-2018-1050-fin.xml").read_bytes()
    swe = (REAL / "statute-2018-1050-swe.xml").read_bytes()
    wrapped = b"\xef\xbb\xbf<AknXmlList><Results>" + swe + fin + b"</Results></AknXmlList>"
    docs = parse_bytes(wrapped, "list.xml").documents
    assert [(d.meta.lang, d.counts.sections) for d in docs] == [("sv", 38), ("fi", 38)]


# --- structure ----------------------------------------------------------------------


def test_parts_chapters_levels_and_lettered_numbers() -> None:
    doc = _one("whitespace-structure.xml")
    assert (doc.counts.parts, doc.counts.chapters, doc.counts.sections) == (1, 2, 3)
    assert [s.number for s in doc.sections] == ["2 §", "4 a §", "9 §"]
    lettered = _section(doc, "4 a §")
    assert lettered.anchor == "part_1__chp_2__sec_4a"
    assert lettered.chapter == "2 luku — Lopuksi"
    assert lettered.part == "I OSA — YLEISET SÄÄNNÖKSET"
    item = to_item(doc, date(2032, 6, 1))
    assert [s.id for s in item.sections] == [
        "act-41-2032/s-2",
        "act-41-2032/s-4a",
        "act-41-2032/s-9",
    ]
    assert all(s.official for s in item.sections) and item.official


def test_intro_paragraphs_subparagraphs_and_wrap_up_as_markdown() -> None:
    text = _section(_one("whitespace-structure.xml"), "2 §").body
    assert text.startswith("Tässä laissa tarkoitetaan:\n\n- 1) ensimmäistä kohtaa")
    assert (
        "\n- 2) toista kohtaa, jossa on alakohtia:\n    - a) alakohta a;\n    - b) alakohta b."
        in text
    )
    assert "\n\n    Loppukappale toisen kohdan jälkeen." in text
    assert "*kursiivia*" in text and "viittaus 8/2031" in text
    # Characters Markdown would eat are escaped so the reader shows them as written.
    shown = to_html(text)
    assert (
        "<p>2. kappale alkaa numerolla, ja siinä on *tähti*, _alaviiva_ ja &lt;kulma&gt;.</p>"
        in shown
    )
    assert "<ul>" in shown and "<li>a) alakohta a;</li>" in shown and "<em>kursiivia</em>" in shown


def test_table_becomes_a_markdown_table() -> None:
    text = _section(_one("whitespace-structure.xml"), "4 a §").body
    assert "| Ryhmä | Euroa |\n| --- | --- |\n| 1 000 asiaa | 10 \\| 20 |" in text


# --- text as people read it ---------------------------------------------------------


def test_whitespace_normalised_and_original_kept() -> None:
    doc = _one("whitespace-structure.xml")
    assert doc.meta.title == "Laki välilyöntien koettelemisesta"
    assert doc.meta.number == "41/2032"
    listing = _section(doc, "2 §")
    assert listing.heading == "Luettelo"
    assert "\u00a0" not in listing.body and "\u2002" not in listing.body
    assert "Tässä   laissa\u00a0\u00a0tarkoitetaan:" in listing.current.original
    assert doc.meta.in_force == date(2032, 7, 1)  # no-break spaces inside the date too


def test_mojibake_repaired_and_reported() -> None:
    raw = (DATA / "mojibake.xml").read_text(encoding="utf-8")
    assert "sÃ¤Ã¤dÃ¶ksen" in raw  # the fixture really is broken
    doc = _one("mojibake.xml")
    section = doc.sections[0]
    assert section.number == "1 §"
    assert section.heading == "Säädöksen kumoaminen"
    assert section.body == "Tällä säädöksellä kumotaan koeasetus. Ålandin käännös löytyy myös."
    assert doc.meta.title == "Asetus koesäädöksen kumoamisesta"
    assert doc.repairs >= 5
    assert ("SÃ¤Ã¤dÃ¶ksen", "Säädöksen") in doc.repair_examples
    assert not any(has_mojibake(t) for t in (doc.preamble, section.body, section.heading))


@pytest.mark.skipif(not REAL.is_dir(), reason=f"real Finlex files not present at {REAL}")
def test_real_file_decoded_in_the_wrong_encoding_is_repaired() -> None:
    good = (REAL / "statute-2018-1050-fin.xml").read_bytes()
    broken = good.decode("utf-8").encode("utf-8").decode("latin-1").encode("utf-8")
    clean = parse_bytes(good, "good.xml").documents[0]
    fixed = parse_bytes(broken, "broken.xml").documents[0]
    assert fixed.repairs > 100 and clean.repairs == 0
    assert [s.body for s in fixed.sections] == [s.body for s in clean.sections]
    assert fixed.meta.title == clean.meta.title


# --- metadata -----------------------------------------------------------------------


def test_repealing_decree_relations() -> None:
    doc = _one("mojibake.xml")
    assert (doc.meta.doc_type, doc.meta.category) == ("decree", "repealing")
    assert doc.meta.repeals == ("12/2020",) and doc.meta.amends == ()


def test_consolidated_metadata() -> None:
    meta = _one("consolidated.xml", date(2030, 3, 1)).meta
    assert meta.consolidated and meta.version == "20300100"
    assert meta.common_name == "Koekappalelaki"
    assert meta.keywords == ("kotoutuminen", "kunnat")
    assert meta.amended_by == ("100/2030", "300/2029")
    assert meta.consolidated_on == date(2030, 5, 20)
    assert meta.in_force_flag is True
    assert meta.item_id == "act-77-2029"
    assert meta.in_force == date(2029, 4, 1)  # the act's own date, not an amendment's
    assert meta.repeals == ("55/2001",)
    assert meta.administrative_branch == "Koeministeriö"


def test_amendments_entry_into_force_kept_and_used_for_dates() -> None:
    doc = _one("consolidated.xml", date(2029, 6, 1))
    assert doc.closing.split("\n\n") == [
        "**1.12.2029/300:** Tämä laki tulee voimaan 1 päivänä tammikuuta 2030.",
        "**20.5.2030/100:** Tämä laki tulee voimaan 1 päivänä kesäkuuta 2030.",
    ]
    # 3 a § was added by 300/2029, in force from 1.1.2030 (no note says so: the
    # metadata does): on an earlier day it is not yet law.
    added = _section(doc, "3 a §")
    assert added.body == ""
    assert [(w.body, w.valid_from) for w in added.history] == [
        ("Lisätty pykälä kirjaimella.", date(2030, 1, 1))
    ]
    assert _section(_one("consolidated.xml", date(2030, 1, 1)), "3 a §").body == (
        "Lisätty pykälä kirjaimella."
    )


# --- versions -----------------------------------------------------------------------


def test_section_in_two_versions_shows_the_one_in_force() -> None:
    before = _section(_one("consolidated.xml", date(2030, 3, 1)), "2 §")
    assert before.body == "Voimassa oleva sanamuoto toisesta pykälästä."
    assert before.heading == "Vanha otsikko"
    assert before.anchor == "chp_1__sec_2"
    (future,) = before.history
    assert future.body == "Tuleva sanamuoto toisesta pykälästä."
    assert (future.version, future.valid_from, future.label) == (
        "20300100",
        date(2030, 6, 1),
        "20.5.2030/100",
    )
    after = _section(_one("consolidated.xml", date(2030, 7, 1)), "2 §")
    assert after.body == "Tuleva sanamuoto toisesta pykälästä."
    assert after.heading == "Uusi otsikko"
    assert after.anchor == "chp_1__sec_2"  # the version suffix is gone from the anchor
    assert after.current.version == "20300100"
    (earlier,) = after.history
    assert earlier.body == "Voimassa oleva sanamuoto toisesta pykälästä."
    assert earlier.valid_to == date(2030, 6, 1)
    assert "Aiempi sanamuoto" in earlier.note


def test_subsection_versions_and_added_subsection() -> None:
    early = _section(_one("consolidated.xml", date(2029, 6, 1)), "3 §")
    assert early.body.startswith("Alkuperäinen ensimmäinen momentti.")
    middle = _section(_one("consolidated.xml", date(2030, 3, 1)), "3 §")
    assert middle.body == (
        "Muutettu ensimmäinen momentti.\n\n2 momentti on kumottu L:lla 300/2029."
    )
    assert [(w.body, w.valid_to) for w in middle.history if w.valid_to] == [
        ("Alkuperäinen ensimmäinen momentti.", date(2030, 1, 1))
    ]
    late = _section(_one("consolidated.xml", date(2030, 7, 1)), "3 §")
    assert late.body.endswith("\n\nLisätty kolmas momentti.")
    assert late.subsections == 3 and middle.subsections == 2


def test_wording_inside_an_editors_note_is_never_current() -> None:
    for on in (date(2030, 1, 1), date(2030, 3, 1), date(2099, 1, 1)):
        section = _section(_one("consolidated.xml", on), "3 a §")
        assert section.body == "Lisätty pykälä kirjaimella."
        assert "Muistiinpanon" not in section.body
        assert any("Muistiinpanon" in w.body for w in section.history)
        assert section.anchor == "chp_1__sec_3a"


def test_default_day_is_today() -> None:
    doc = parse_file(DATA / "consolidated.xml").documents[0]
    assert doc.on == date.today()


# --- content sources ----------------------------------------------------------------


def test_source_markdown_has_the_content_format() -> None:
    text = to_source(_one("whitespace-structure.xml"), date(2032, 6, 1))
    assert text.startswith("---\ntitle: Laki välilyöntien koettelemisesta\n")
    assert "\nact: 41/2032\n" in text and "\nsummary_of: official\n" in text
    assert "\n# 1 luku Aluksi\n" in text
    assert "\n## 4 a § Taulukko {#part_1__chp_2__sec_4a}\n" in text


def test_numbered_paragraph_in_two_versions() -> None:
    before = _section(_one("consolidated-levels.xml", date(2030, 3, 1)), "5 §")
    assert before.body == (
        "Med detta avses:\n\n- 1) första punkten;\n- 2) andra punkten i gammal lydelse;"
        "\n- 3) tredje punkten."
    )
    assert before.paragraphs == 3
    assert [(w.body, w.valid_from) for w in before.history] == [
        ("- 2) andra punkten i ny lydelse;", date(2030, 6, 1)),
        ("Ett nytt andra moment.", date(2030, 6, 1)),
    ]
    after = _section(_one("consolidated-levels.xml", date(2030, 7, 1)), "5 §")
    assert "- 2) andra punkten i ny lydelse;\n- 3) tredje punkten.\n\nEtt nytt" in after.body
    assert [w.valid_to for w in after.history] == [date(2030, 6, 1)]


def test_added_subsection_and_section_dated_by_the_note_after_them() -> None:
    before = _one("consolidated-levels.xml", date(2030, 3, 1))
    added = _section(before, "5 a §")
    # Not yet law: the note saying when it comes is what the reader sees.
    assert added.body == "5 a § som fogats till genom L 100/2030 träder i kraft 1.6.2030."
    assert added.anchor == "chp_1__sec_5a"
    assert [w.body for w in added.history] == ["En helt ny paragraf."]
    assert "Ett nytt andra moment." not in _section(before, "5 §").body
    after = _one("consolidated-levels.xml", date(2030, 6, 1))
    assert _section(after, "5 a §").body == "En helt ny paragraf."
    assert _section(after, "5 §").body.endswith("\n\nEtt nytt andra moment.")


def test_chapter_in_two_versions_shows_one_and_keeps_the_other() -> None:
    before = _one("consolidated-levels.xml", date(2030, 3, 1))
    after = _one("consolidated-levels.xml", date(2030, 7, 1))
    assert [c.heading for c in before.chapters] == ["Punkter", "Gammalt kapitel"]
    assert [c.heading for c in after.chapters] == ["Punkter", "Nytt kapitel"]
    for doc, shown, kept in (
        (before, "Kapitlets gamla lydelse.", "Kapitlets nya lydelse."),
        (after, "Kapitlets nya lydelse.", "Kapitlets gamla lydelse."),
    ):
        assert [s.number for s in doc.sections] == ["5 §", "5 a §", "6 §"]
        six = _section(doc, "6 §")
        assert six.anchor == "chp_2__sec_6" and six.body == shown
        assert [w.body for w in six.history] == [kept]


def test_repealed_act() -> None:
    doc = _one("repealed.xml", date(2030, 1, 1))
    meta = doc.meta
    assert meta.in_force_flag is False and meta.repealed_by == ("77/2029",)
    assert meta.repealed_on == date(2029, 4, 1) and meta.in_force == date(2001, 3, 1)
    assert meta.common_name == "Vanha koelaki"
    assert doc.editorial == (
        "Tämä laki on kumottu L:lla 1.3.2029/77, joka on voimassa 1.4.2029 alkaen."
    )
    item = to_item(doc, date(2030, 1, 1))
    assert item.act is not None
    assert (item.act.status, item.act.repealed, item.act.replaced_by) == (
        "repealed",
        date(2029, 4, 1),
        "act-77-2029",
    )
    assert item.body.startswith("Tämä laki on kumottu")
    # The placeholder of a repealed subsection reads as Finlex prints it.
    assert doc.sections[0].body == (
        "Ensimmäinen momentti pysyi.\n\n*2 momentti on kumottu L:lla 5.1.2010/10.*"
    )


def test_sections_numbered_anew_in_every_chapter(tmp_path: Path) -> None:
    # Built from our own fixture: a second chapter that starts again from 1 §.
    raw = (DATA / "whitespace-structure.xml").read_text(encoding="utf-8")
    raw = raw.replace("<num>4 a §</num>", "<num>2 §</num>").replace(
        "<num>9 §</num>", "<num>3 §</num>"
    )
    doc = parse_bytes(raw.encode("utf-8"), "chapters.xml").documents[0]
    assert [s.number for s in doc.sections] == ["2 §", "2 §", "3 §"]
    ids = [s.id for s in to_item(doc, date(2032, 6, 1)).sections]
    assert ids == ["act-41-2032/s-1-2", "act-41-2032/s-2-2", "act-41-2032/s-2-3"]
    # Acts numbered through (all real files here) keep the plain ids.
    plain = [s.id for s in to_item(_one("whitespace-structure.xml"), date(2032, 6, 1)).sections]
    assert plain == ["act-41-2032/s-2", "act-41-2032/s-4a", "act-41-2032/s-9"]


def test_sections_straight_in_the_body_and_inline_blocks() -> None:
    doc = _one("inline-blocks.xml")
    assert [s.number for s in doc.sections] == ["1 §", "2 §"]  # no provisions wrapper
    area = _section(doc, "1 §")
    assert area.body == "Huoneen on oltava vähintään 10 m² ja x<sup>n</sup>."
    assert "x<sup>n</sup>." in to_html(area.body)
    listing = _section(doc, "2 §")
    assert listing.heading == "Luettelo"
    assert listing.body == (
        "**Siirtymäsäännös**\n\nEnnen voimaantuloa aloitetut asiat:\n\n"
        "- käsitellään loppuun;\n- tilastoidaan erikseen."
    )
    assert (listing.subsections, listing.paragraphs, listing.subparagraphs) == (1, 0, 0)
