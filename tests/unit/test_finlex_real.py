"""The Finlex importer on real files as Finlex publishes them (read in place, never copied)."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pytest

from briefing.library.importers.finlex import parse_file
from briefing.library.importers.finlex_items import to_item
from briefing.library.importers.finlex_model import FinlexDocument
from briefing.library.importers.textfix import has_mojibake

REAL = Path(__file__).resolve().parents[2].parent / "shared" / "realdata" / "finlex"
pytestmark = pytest.mark.skipif(
    not REAL.is_dir(), reason=f"real Finlex files not present at {REAL} (shared test inputs)"
)

# file -> (number, lang, parts, chapters, sections, subsections, paragraphs, subparagraphs)
# Counted from the files' own elements; the README in realdata gives the first four.
EXPECTED = {
    "statute-2018-1050-fin.xml": ("1050/2018", "fi", 0, 6, 38, 87, 37, 0),
    "statute-2018-1050-swe.xml": ("1050/2018", "sv", 0, 6, 38, 87, 37, 0),
    "statute-2003-434-fin-administrative-procedure.xml": ("434/2003", "fi", 4, 12, 71, 154, 36, 0),
    "statute-2003-434-swe-administrative-procedure.xml": ("434/2003", "sv", 4, 12, 71, 155, 36, 0),
    "statute-2015-410-fin-local-government.xml": ("410/2015", "fi", 7, 17, 150, 389, 174, 28),
    "statute-2024-323-fin-amends-1386-2010.xml": ("323/2024", "fi", 0, 0, 3, 3, 1, 0),
    "statute-2024-323-swe-amends-1386-2010.xml": ("323/2024", "sv", 0, 0, 3, 3, 1, 0),
    "statute-2024-426-fin-amends-aliens-act.xml": ("426/2024", "fi", 0, 0, 12, 22, 19, 5),
    "statute-2026-1-fin-decree.xml": ("1/2026", "fi", 0, 0, 21, 56, 120, 0),
}


def _doc(name: str) -> FinlexDocument:
    parsed = parse_file(REAL / name)
    assert len(parsed.documents) == 1
    return parsed.documents[0]


def test_every_real_file_is_expected() -> None:
    assert sorted(p.name for p in REAL.glob("*.xml")) == sorted(EXPECTED)


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_counts(name: str) -> None:
    number, lang, parts, chapters, sections, subsections, paragraphs, subparagraphs = EXPECTED[name]
    doc = _doc(name)
    assert (doc.meta.number, doc.meta.lang) == (number, lang)
    c = doc.counts
    assert (c.parts, c.chapters, c.sections) == (parts, chapters, sections)
    assert (c.subsections, c.paragraphs, c.subparagraphs) == (
        subsections,
        paragraphs,
        subparagraphs,
    )
    assert c.versions == 0  # originals hold one wording of everything
    assert doc.repairs == 0


_LIST_INDENT = re.compile(r"^(?: {4})*(?:- )?")


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_text_is_clean(name: str) -> None:
    doc = _doc(name)
    texts = [doc.meta.title, doc.preamble, doc.closing]
    for section in doc.sections:
        texts += [section.number, section.heading, section.chapter, section.part, section.body]
    for text in texts:
        assert "\u00a0" not in text and "\u2002" not in text and "\u0085" not in text
        assert not has_mojibake(text)
        for line in text.splitlines():
            body = _LIST_INDENT.sub("", line, count=1)
            assert "  " not in body, line
            assert body == body.strip(), line
    for section in doc.sections:
        assert section.body, section.number
        assert section.number.endswith("§") and section.number[0].isdigit()


def test_data_protection_act_metadata_and_text() -> None:
    doc = _doc("statute-2018-1050-fin.xml")
    meta = doc.meta
    assert meta.title == "Tietosuojalaki"
    assert (meta.doc_type, meta.type_label, meta.category) == ("act", "Laki", "new")
    assert (meta.issued, meta.published) == (date(2018, 12, 5), date(2018, 12, 10))
    assert meta.in_force == date(2019, 1, 1)
    assert meta.eli == "http://data.finlex.fi/eli/sd/2018/1050/alkup"
    assert meta.eli_expression == "http://data.finlex.fi/eli/sd/2018/1050/alkup/fin"
    assert meta.frbr_work == "/akn/fi/act/statute/2018/1050"
    assert meta.frbr_expression == "/akn/fi/act/statute/2018/1050/fin@"
    assert not meta.consolidated and meta.amends == () and not meta.content_absent
    assert meta.item_id == "act-1050-2018"
    assert [c.number for c in doc.chapters] == [f"{n} luku" for n in range(1, 7)]
    first = doc.sections[0]
    assert (first.number, first.anchor, first.chapter.startswith("1 luku — ")) == (
        "1 §",
        "chp_1__sec_1",
        True,
    )
    # Inline italics survive as Markdown; the en space after "1)" became a plain one.
    assert "*tietosuoja-asetus*" in first.body
    numbered = [s for s in doc.sections if "\n- 1) " in s.body]
    assert numbered, "numbered paragraphs are a list"
    assert "Eduskunnan" in doc.preamble


def test_swedish_text_is_swedish() -> None:
    doc = _doc("statute-2018-1050-swe.xml")
    assert (doc.meta.lang, doc.meta.title, doc.meta.type_label) == ("sv", "Dataskyddslag", "Lag")
    assert doc.chapters[0].number == "1 kap."
    assert doc.meta.in_force == date(2019, 1, 1)


def test_parts_above_chapters() -> None:
    doc = _doc("statute-2003-434-fin-administrative-procedure.xml")
    assert doc.sections[0].part.startswith("I OSA — ")
    by_number = {s.number: s for s in doc.sections}
    assert by_number["64 §"].part.startswith("IV OSA — ")
    assert by_number["71 §"].part == ""  # chapter 12 stands outside the parts in the file
    assert doc.chapters[0].part == doc.sections[0].part
    assert doc.meta.published == date(2003, 6, 10)  # from the Statute Book reference


def test_local_government_act_table_and_subparagraphs() -> None:
    doc = _doc("statute-2015-410-fin-local-government.xml")
    table = next(s for s in doc.sections if s.number == "16 §")
    assert "| --- | --- |" in table.body
    assert "| enintään 5 000 | 13 |" in table.body
    nested = next(s for s in doc.sections if s.number == "90 §")
    assert "\n    - a) " in nested.body


def test_amending_acts_name_what_they_amend() -> None:
    act = _doc("statute-2024-323-fin-amends-1386-2010.xml")
    assert act.meta.category == "amending"
    assert act.meta.amends == ("1386/2010",)
    assert act.meta.in_force == date(2024, 7, 1)
    assert [s.number for s in act.sections] == ["27 §", "49 §", "87 d §"]
    # Sections of an amending act have no eId: the anchor comes from the number.
    assert [s.anchor for s in act.sections] == ["sec_27", "sec_49", "sec_87d"]
    assert act.closing.startswith("Tämä laki tulee voimaan")
    aliens = _doc("statute-2024-426-fin-amends-aliens-act.xml")
    assert aliens.meta.amends == ("301/2004",)
    assert aliens.meta.in_force == date(2024, 9, 1)
    assert aliens.sections[0].number == "95 a §"  # "95 a § " in the file
    assert aliens.sections[0].body.endswith("…")  # an omitted rest of the section


def test_decree_with_level_and_sparse_numbers() -> None:
    doc = _doc("statute-2026-1-fin-decree.xml")
    meta = doc.meta
    assert (meta.doc_type, meta.type_label, meta.category) == ("decree", "Asetus", "amending")
    assert meta.amends == ("1078/2013",)
    assert meta.in_force == date(2026, 1, 7)
    assert "  " not in meta.title and meta.title.startswith("Sisäministeriön asetus sis")
    numbers = [s.number for s in doc.sections]
    assert numbers[:5] == ["1 §", "3 §", "4 §", "4 a §", "10 §"]
    assert "30 a §" in numbers and numbers[-1] == "54 §"
    item = to_item(doc, date(2026, 11, 1))
    assert item.id == "act-1-2026"
    ids = [s.id for s in item.sections]
    assert "act-1-2026/s-4a" in ids and len(set(ids)) == 21


# file -> (title, type, category, issued, published, in force, amends)
METADATA = {
    "statute-2018-1050-fin.xml": (
        "Tietosuojalaki", "act", "new", "2018-12-05", "2018-12-10", "2019-01-01", (),
    ),
    "statute-2018-1050-swe.xml": (
        "Dataskyddslag", "act", "new", "2018-12-05", "2018-12-10", "2019-01-01", (),
    ),
    "statute-2003-434-fin-administrative-procedure.xml": (
        "Hallintolaki", "act", "new", "2003-06-06", "2003-06-10", "2004-01-01", (),
    ),
    "statute-2003-434-swe-administrative-procedure.xml": (
        "Förvaltningslag", "act", "new", "2003-06-06", "2003-06-10", "2004-01-01", (),
    ),
    "statute-2015-410-fin-local-government.xml": (
        "Kuntalaki", "act", "new", "2015-04-10", "2015-04-16", "2015-05-01", (),
    ),
    "statute-2024-323-fin-amends-1386-2010.xml": (
        "Laki kotoutumisen edistämisestä annetun lain muuttamisesta", "act", "amending",
        "2024-06-13", "2024-06-17", "2024-07-01", ("1386/2010",),
    ),
    "statute-2024-323-swe-amends-1386-2010.xml": (
        "Lag om ändring av lagen om främjande av integration", "act", "amending",
        "2024-06-13", "2024-06-17", "2024-07-01", ("1386/2010",),
    ),
    "statute-2024-426-fin-amends-aliens-act.xml": (
        "Laki ulkomaalaislain muuttamisesta", "act", "amending",
        "2024-06-28", "2024-07-01", "2024-09-01", ("301/2004",),
    ),
    "statute-2026-1-fin-decree.xml": (
        "Sisäministeriön asetus sisäministeriön työjärjestyksestä annetun"
        " sisäasiainministeriön asetuksen muuttamisesta", "decree", "amending",
        "2026-01-05", "2026-01-07", "2026-01-07", ("1078/2013",),
    ),
}  # fmt: skip


@pytest.mark.parametrize("name", sorted(METADATA))
def test_metadata(name: str) -> None:
    title, doc_type, category, issued, published, in_force, amends = METADATA[name]
    meta = _doc(name).meta
    assert (meta.title, meta.doc_type, meta.category) == (title, doc_type, category)
    assert (meta.issued, meta.published, meta.in_force) == (
        date.fromisoformat(issued),
        date.fromisoformat(published),
        date.fromisoformat(in_force),
    )
    assert meta.amends == amends and meta.repeals == ()
    year, serial = meta.year, meta.serial
    lang = {"fi": "fin", "sv": "swe"}[meta.lang]
    assert meta.eli == f"http://data.finlex.fi/eli/sd/{year}/{serial}/alkup"
    assert meta.eli_expression == f"{meta.eli}/{lang}"
    assert meta.frbr_expression == f"/akn/fi/act/statute/{year}/{serial}/{lang}@"
    assert not meta.consolidated and not meta.content_absent
    item = to_item(_doc(name), date(2026, 11, 29))
    assert item.official and all(s.official for s in item.sections)
    assert item.act is not None and item.act.status == "in-force"
    assert item.source == meta.eli_expression and item.checked == date(2026, 11, 29)
