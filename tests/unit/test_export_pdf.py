"""The exported PDF read back: text order, contents, outline, links, metadata, fonts."""

from __future__ import annotations

import itertools
import re
import shutil
import subprocess
from datetime import datetime
from pathlib import Path

import pytest
from pypdf import PdfReader
from test_export_fixtures import (
    PRIVATE_NOTE,
    QUOTE,
    SAMI,
    make_pack,
)

from briefing.core.models import Pack
from briefing.export.hyphenation import finnish_breaks
from briefing.export.options import ExportOptions
from briefing.export.pdf import ExportResult, render_briefing

POPPLER = shutil.which("pdftotext") and shutil.which("pdffonts")
needs_poppler = pytest.mark.skipif(not POPPLER, reason="poppler-utils not installed")


@pytest.fixture(scope="module")
def exported(tmp_path_factory: pytest.TempPathFactory) -> tuple[Pack, Path, ExportResult]:
    pack = make_pack(3, marking="draft")
    out = tmp_path_factory.mktemp("pdf") / "briefing.pdf"
    result = render_briefing(pack, out, ExportOptions(invariant=True))
    return pack, out, result


def _page_texts(path: Path) -> list[str]:
    """Each page's text with runs of white space (line ends too) as one space."""
    return [" ".join((page.extract_text() or "").split()) for page in PdfReader(path).pages]


def _pdftotext(path: Path, *args: str) -> str:
    return subprocess.run(
        ["pdftotext", "-enc", "UTF-8", *args, str(path), "-"],
        check=True,
        capture_output=True,
        text=True,
    ).stdout


def test_page_count_and_page_x_of_y(exported: tuple[Pack, Path, ExportResult]) -> None:
    _, out, result = exported
    texts = _page_texts(out)
    assert len(texts) == result.pages
    for number, text in enumerate(texts[1:], start=2):
        assert f"sivu {number} / {len(texts)}" in text


def test_text_in_reading_order(exported: tuple[Pack, Path, ExportResult]) -> None:
    pack, out, _ = exported
    texts = _page_texts(out)
    cover, contents, body = texts[0], texts[1], "\n".join(texts[2:])
    assert cover.index(pack.organisation) < cover.index(pack.briefing.title)
    assert contents.index("Sisällys") < contents.index("Saate") < contents.index("Lähteet")
    marks = ["Saatteen teksti.", *(entry.title for entry in pack.entries), "Lähteet"]
    positions = [body.find(mark) for mark in marks]
    assert -1 not in positions
    assert positions == sorted(positions)


def test_cover_names_meeting_author_version_and_marking(
    exported: tuple[Pack, Path, ExportResult],
) -> None:
    _, out, _ = exported
    cover = _page_texts(out)[0]
    for expected in (
        "Esimerkkilän kaupunki",
        "Kaupunginhallitus",
        "3.3.2025",
        "Kaupungintalo",
        "Assi Assistentti",
        "1.3.2025",
        "2025.1-abc123",
        "LUONNOS",
    ):
        assert expected in cover


def test_outline_matches_contents_and_pages(exported: tuple[Pack, Path, ExportResult]) -> None:
    pack, out, result = exported
    reader = PdfReader(out)
    outline = [(item.title, reader.get_destination_page_number(item)) for item in reader.outline]
    titles = [title for title, _ in outline]
    assert titles == ["Sisällys", "Saate", *(e.title for e in pack.entries), "Lähteet"]
    texts = _page_texts(out)
    contents = texts[1]
    for (title, page_index), key in zip(
        outline[1:], ["memo", "entry-1", "entry-2", "entry-3", "sources"], strict=True
    ):
        assert result.section_pages[key] == page_index + 1
        assert title in texts[page_index]
        # the contents line for this section ends with its page number
        assert re.search(rf"{re.escape(title)}\s*{page_index + 1}\b", contents)


def test_contents_rows_link_to_their_pages(exported: tuple[Pack, Path, ExportResult]) -> None:
    _, out, result = exported
    reader = PdfReader(out)
    contents_page = reader.pages[1]
    targets = []
    for ref in contents_page.get("/Annots", []):
        annot = ref.get_object()
        assert annot["/Subtype"] == "/Link"
        assert annot["/F"] == 4  # printable, as PDF/A asks
        dest = annot["/Dest"] if "/Dest" in annot else annot["/A"]["/D"]
        if isinstance(dest, str) or not isinstance(dest, list):
            dest = reader.named_destinations[str(dest)]
            targets.append(reader.get_destination_page_number(dest) + 1)
        else:
            targets.append(reader.get_page_number(dest[0].get_object()) + 1)
    assert sorted(targets) == sorted(result.section_pages.values())


def test_sources_are_clickable_with_checked_dates(
    exported: tuple[Pack, Path, ExportResult],
) -> None:
    pack, out, result = exported
    reader = PdfReader(out)
    page = reader.pages[result.section_pages["sources"] - 1]
    uris = {ref.get_object()["/A"]["/URI"] for ref in page.get("/Annots", [])}
    assert uris == {entry.source for entry in pack.entries}
    assert "tarkistettu 15.1.2025" in page.extract_text()


def test_metadata_language_and_pdfa_identification(
    exported: tuple[Pack, Path, ExportResult],
) -> None:
    pack, out, _ = exported
    reader = PdfReader(out)
    meta = reader.metadata
    assert meta is not None
    assert meta.title == pack.briefing.title
    assert meta.author == "Assi Assistentti"
    assert "Kaupunginhallitus" in (meta.subject or "")
    assert "legislation" in str(meta.get("/Keywords"))
    root = reader.trailer["/Root"]
    assert root["/Lang"] == "fi"
    xmp = root["/Metadata"].get_object().get_data().decode()
    assert "<pdfaid:part>2</pdfaid:part>" in xmp
    assert "<pdfaid:conformance>B</pdfaid:conformance>" in xmp
    assert pack.briefing.title in xmp
    intent = root["/OutputIntents"][0].get_object()
    assert intent["/S"] == "/GTS_PDFA1"
    profile = intent["/DestOutputProfile"].get_object()
    assert profile["/N"] == 3
    assert profile.get_data()[36:40] == b"acsp"  # an ICC profile's signature


def test_xmp_is_well_formed_and_repeats_the_document_information(tmp_path: Path) -> None:
    from dataclasses import replace
    from xml.etree import ElementTree

    pack = make_pack(1)
    pack = replace(pack, briefing=replace(pack.briefing, title="Talous & <kotoutuminen>"))
    out = tmp_path / "xmp.pdf"
    render_briefing(pack, out, ExportOptions(invariant=True))
    reader = PdfReader(out)
    stream = reader.trailer["/Root"]["/Metadata"].get_object()
    assert "/Filter" not in stream  # PDF/A: metadata readable without decoding
    root = ElementTree.fromstring(stream.get_data())
    ns = {
        "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
        "dc": "http://purl.org/dc/elements/1.1/",
        "pdf": "http://ns.adobe.com/pdf/1.3/",
        "xmp": "http://ns.adobe.com/xap/1.0/",
    }
    info = reader.metadata
    assert info is not None
    assert root.findtext(".//dc:title/rdf:Alt/rdf:li", namespaces=ns) == info.title
    assert root.findtext(".//dc:creator/rdf:Seq/rdf:li", namespaces=ns) == info.author
    assert root.findtext(".//pdf:Producer", namespaces=ns) == info.producer
    assert root.findtext(".//xmp:CreatorTool", namespaces=ns) == info.creator
    created = root.findtext(".//xmp:CreateDate", namespaces=ns)
    assert info.creation_date is not None and created is not None
    assert datetime.fromisoformat(created) == info.creation_date


def test_every_font_is_embedded(exported: tuple[Pack, Path, ExportResult]) -> None:
    _, out, _ = exported
    reader = PdfReader(out)
    fonts = {}
    for page in reader.pages:
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            fonts[font["/BaseFont"]] = "/FontFile2" in font["/FontDescriptor"]
    assert fonts and all(fonts.values()), fonts
    assert not any("Helvetica" in name or "Times" in name for name in fonts)


@needs_poppler
def test_pdffonts_reports_every_font_embedded(exported: tuple[Pack, Path, ExportResult]) -> None:
    _, out, _ = exported
    lines = subprocess.run(
        ["pdffonts", str(out)], check=True, capture_output=True, text=True
    ).stdout.splitlines()[2:]
    assert lines
    for line in lines:
        emb = line.split()[-5]  # name type encoding emb sub uni object ID
        assert emb == "yes", line


@needs_poppler
def test_finnish_and_sami_letters_survive(exported: tuple[Pack, Path, ExportResult]) -> None:
    _, out, _ = exported
    text = _pdftotext(out)
    assert SAMI in text
    assert "hyvinvointialueiden" in text.replace("-\n", "")


@needs_poppler
def test_long_words_break_at_syllables(tmp_path: Path) -> None:
    out = tmp_path / "narrow.pdf"
    render_briefing(make_pack(1), out, ExportOptions(invariant=True))
    lines = [line.rstrip() for line in _pdftotext(out, "-layout").splitlines()]
    breaks = 0
    for line, following in itertools.pairwise(lines):
        match = re.search(r"(\w+)-$", line)
        if not match or not following:
            continue
        head = match.group(1)
        tail = re.match(r"\w+", following)
        assert tail is not None
        word = head + tail.group(0)
        if word.isalpha():
            assert len(head) in finnish_breaks(word), f"{head}-{tail.group(0)}"
            breaks += 1
    assert breaks > 0


def test_private_notes_only_when_asked(tmp_path: Path) -> None:
    pack = make_pack(1)
    shared, private = tmp_path / "shared.pdf", tmp_path / "private.pdf"
    render_briefing(pack, shared, ExportOptions(invariant=True))
    render_briefing(pack, private, ExportOptions(invariant=True, include_private=True))
    shared_text = "".join(_page_texts(shared))
    private_text = "".join(_page_texts(private))
    assert QUOTE in shared_text and "kesäkuun" in shared_text
    assert PRIVATE_NOTE not in shared_text
    assert PRIVATE_NOTE in private_text


def test_invariant_output_is_byte_identical(tmp_path: Path) -> None:
    pack = make_pack(2)
    first, second = tmp_path / "a.pdf", tmp_path / "b.pdf"
    render_briefing(pack, first, ExportOptions(invariant=True))
    render_briefing(pack, second, ExportOptions(invariant=True))
    assert first.read_bytes() == second.read_bytes()


@pytest.mark.parametrize(
    ("lang", "marking", "words"),
    [
        ("sv", "not-public", ["Innehåll", "Källor", "sida 2 av", "INTE EN OFFENTLIG HANDLING"]),
        ("en", "draft", ["Contents", "Sources", "page 2 of", "DRAFT", "Prepared by"]),
        ("fi", "not-public", ["Sisällys", "Lähteet", "sivu 2 /", "EI JULKINEN ASIAKIRJA"]),
    ],
)
def test_labels_and_marking_follow_the_language(
    tmp_path: Path, lang: str, marking: str, words: list[str]
) -> None:
    out = tmp_path / f"{lang}.pdf"
    render_briefing(make_pack(1, lang=lang, marking=marking), out, ExportOptions(invariant=True))
    text = "\n".join(_page_texts(out))
    for word in words:
        assert word in text


def test_no_marking_prints_none(tmp_path: Path) -> None:
    out = tmp_path / "plain.pdf"
    render_briefing(make_pack(1), out, ExportOptions(invariant=True))
    text = "\n".join(_page_texts(out))
    assert "LUONNOS" not in text and "EI JULKINEN" not in text


def test_note_markup_is_text_not_html(tmp_path: Path) -> None:
    from dataclasses import replace

    pack = make_pack(1)
    entry = pack.entries[0]
    note = replace(
        entry.annotations[0], note='<b onclick="x">lihava?</b> <script>alert(1)</script>'
    )
    pack = replace(pack, entries=(replace(entry, annotations=(note,)),))
    out = tmp_path / "markup.pdf"
    render_briefing(pack, out, ExportOptions(invariant=True))
    text = "\n".join(_page_texts(out))
    assert "<script>alert(1)</script>" in text


def test_logo_is_embedded_as_rgb_even_from_cmyk(tmp_path: Path) -> None:
    from dataclasses import replace

    from PIL import Image

    logo = tmp_path / "logo.jpg"
    Image.new("CMYK", (80, 40), (0, 100, 200, 0)).save(logo)
    out = tmp_path / "logo.pdf"
    render_briefing(replace(make_pack(1), logo_path=str(logo)), out, ExportOptions(invariant=True))
    cover = PdfReader(out).pages[0]
    images = [x.get_object() for x in cover["/Resources"]["/XObject"].values()]
    assert [image["/ColorSpace"] for image in images] == ["/DeviceRGB"]


def test_unreadable_logo_is_a_clear_error(tmp_path: Path) -> None:
    from dataclasses import replace

    from briefing.core.errors import BadInput

    (tmp_path / "logo.png").write_bytes(b"not an image")
    pack = replace(make_pack(1), logo_path=str(tmp_path / "logo.png"))
    with pytest.raises(BadInput, match="logo"):
        render_briefing(pack, tmp_path / "x.pdf")
    assert not (tmp_path / "x.pdf").exists()


def test_an_empty_briefing_still_exports(tmp_path: Path) -> None:
    out = tmp_path / "empty.pdf"
    result = render_briefing(make_pack(0, memo=""), out, ExportOptions(invariant=True))
    assert result.pages == len(PdfReader(out).pages) == 2
    assert "Sisällys" in _page_texts(out)[1]


def test_a_table_cell_taller_than_a_page_continues(tmp_path: Path) -> None:
    from dataclasses import replace

    from test_export_fixtures import make_entry

    text = "| a | b |\n|---|---|\n| " + "sana " * 6000 + " | loppu |\n"
    pack = replace(make_pack(0), entries=(make_entry(0, text=text),))
    result = render_briefing(pack, tmp_path / "table.pdf", ExportOptions(invariant=True))
    assert result.pages > 10


def test_links_to_other_entries_jump_to_them(tmp_path: Path) -> None:
    from dataclasses import replace

    pack = make_pack(2)
    first = replace(
        pack.entries[0],
        text="Katso [pykälä 2](item:act-681-2023/s-2) ja [muu laki](item:act-1386-2010).",
    )
    out = tmp_path / "links.pdf"
    result = render_briefing(
        replace(pack, entries=(first, pack.entries[1])), out, ExportOptions(invariant=True)
    )
    reader = PdfReader(out)
    page = reader.pages[result.section_pages["entry-1"] - 1]
    internal = []
    for ref in page.get("/Annots", []):
        annot = ref.get_object()
        if "/Dest" in annot:
            dest = annot["/Dest"]
            if not isinstance(dest, list):
                dest = reader.named_destinations[str(dest)]
                internal.append(reader.get_destination_page_number(dest) + 1)
            else:
                internal.append(reader.get_page_number(dest[0].get_object()) + 1)
    assert internal == [result.section_pages["entry-2"]]
    assert "muu laki" in _page_texts(out)[result.section_pages["entry-1"] - 1]


def test_a_cover_that_spills_keeps_the_contents_right(tmp_path: Path) -> None:
    from dataclasses import replace

    pack = make_pack(2)
    long_title = "Kotoutumisen painopisteet ja kuntien yhteistyö " * 30
    pack = replace(pack, briefing=replace(pack.briefing, title=long_title))
    out = tmp_path / "spill.pdf"
    result = render_briefing(pack, out, ExportOptions(invariant=True))
    reader = PdfReader(out)
    outline = {item.title: reader.get_destination_page_number(item) + 1 for item in reader.outline}
    assert outline["Sisällys"] > 2  # the cover took more than one page
    texts = _page_texts(out)
    assert "Sisällys" in texts[outline["Sisällys"] - 1]
    for entry in pack.entries:
        assert entry.title in texts[outline[entry.title] - 1]
    assert result.pages == len(texts)


def test_entries_may_share_pages(tmp_path: Path) -> None:
    pack = make_pack(3)
    out = tmp_path / "shared.pdf"
    options = ExportOptions(invariant=True, entry_per_page=False)
    result = render_briefing(pack, out, options)
    apart = render_briefing(pack, tmp_path / "apart.pdf", ExportOptions(invariant=True))
    assert result.pages < apart.pages
    reader = PdfReader(out)
    texts = _page_texts(out)
    for item in reader.outline[1:-1]:
        assert item.title in texts[reader.get_destination_page_number(item)]
