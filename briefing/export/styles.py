"""Fonts from resources/fonts, paragraph styles and page geometry for the PDF.

Every font is a shipped TrueType file, embedded as a subset: output never depends on
the machine's fonts and no base-14 font is used (PDF/A needs every font embedded).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from briefing import paths
from briefing.export.hyphenation import hyphenator

SERIF = "BriefingSerif"
SANS = "BriefingSans"
_FONT_FILES = {
    SERIF: "DejaVuSerif.ttf",
    f"{SERIF}-Bold": "DejaVuSerif-Bold.ttf",
    f"{SERIF}-Italic": "DejaVuSerif-Italic.ttf",
    f"{SERIF}-BoldItalic": "DejaVuSerif-BoldItalic.ttf",
    SANS: "DejaVuSans.ttf",
    f"{SANS}-Bold": "DejaVuSans-Bold.ttf",
}

PAGE_WIDTH, PAGE_HEIGHT = A4
MARGIN_LEFT = 25 * mm
MARGIN_RIGHT = 20 * mm
MARGIN_TOP = 22 * mm
MARGIN_BOTTOM = 22 * mm
FRAME_WIDTH = PAGE_WIDTH - MARGIN_LEFT - MARGIN_RIGHT
FRAME_HEIGHT = PAGE_HEIGHT - MARGIN_TOP - MARGIN_BOTTOM

INK = colors.HexColor("#1a1a1a")
MUTED = colors.HexColor("#555555")
ACCENT = colors.HexColor("#1f4e79")
CALLOUT_BACK = colors.HexColor("#eef3f8")
LINK = colors.HexColor("#1f4e79")


def register_fonts() -> None:
    """Register the shipped fonts with reportlab once per process."""
    if SERIF in pdfmetrics.getRegisteredFontNames():
        return
    for name, filename in _FONT_FILES.items():
        pdfmetrics.registerFont(TTFont(name, str(paths.resource("fonts", filename))))
    pdfmetrics.registerFontFamily(
        SERIF,
        normal=SERIF,
        bold=f"{SERIF}-Bold",
        italic=f"{SERIF}-Italic",
        boldItalic=f"{SERIF}-BoldItalic",
    )
    # The sans family has no italics shipped: bold-italic and italic fall back upright.
    pdfmetrics.registerFontFamily(
        SANS, normal=SANS, bold=f"{SANS}-Bold", italic=SANS, boldItalic=f"{SANS}-Bold"
    )


@dataclass(frozen=True)
class Styles:
    """The paragraph styles of one export, hyphenating in the pack's language."""

    body: ParagraphStyle
    bullet: ParagraphStyle
    quote: ParagraphStyle
    pre: ParagraphStyle
    headings: tuple[ParagraphStyle, ...]  # sub-headings inside a text: h1..h6
    entry_title: ParagraphStyle
    entry_kind: ParagraphStyle
    callout_quote: ParagraphStyle
    callout_note: ParagraphStyle
    callout_author: ParagraphStyle
    memo_title: ParagraphStyle
    section_title: ParagraphStyle
    toc_row: ParagraphStyle
    source: ParagraphStyle
    source_item: ParagraphStyle
    cover_org: ParagraphStyle
    cover_title: ParagraphStyle
    cover_line: ParagraphStyle
    cover_marking: ParagraphStyle
    table_cell: ParagraphStyle
    derived: dict[str, ParagraphStyle] = field(default_factory=dict)  # indented variants


def make_styles(lang: str) -> Styles:
    """Paragraph styles for a pack in ``lang``: Finnish, Swedish or English hyphenation."""
    register_fonts()
    hy = hyphenator(lang)
    body = ParagraphStyle(
        "body",
        fontName=SERIF,
        bulletFontName=SERIF,  # the default is Helvetica, which is never embedded
        fontSize=10.5,
        leading=14.5,
        textColor=INK,
        spaceAfter=6,
        hyphenationLang=hy,
        embeddedHyphenation=1,
        uriWasteReduce=0.3,
    )
    sans = ParagraphStyle("sans", parent=body, fontName=SANS)
    headings = tuple(
        ParagraphStyle(
            f"h{level}",
            parent=sans,
            fontName=f"{SANS}-Bold",
            fontSize=size,
            leading=size * 1.3,
            spaceBefore=8,
            spaceAfter=4,
            keepWithNext=1,
        )
        for level, size in enumerate((13.5, 12.5, 11.5, 11, 10.5, 10.5), start=1)
    )
    return Styles(
        body=body,
        bullet=ParagraphStyle("bullet", parent=body, spaceAfter=3),
        quote=ParagraphStyle("quote", parent=body, leftIndent=14, textColor=MUTED),
        pre=ParagraphStyle("pre", parent=sans, fontSize=8.5, leading=11),
        headings=headings,
        entry_title=ParagraphStyle(
            "entry_title",
            parent=headings[0],
            fontSize=17,
            leading=21,
            textColor=ACCENT,
            spaceBefore=0,
            spaceAfter=3,
            hyphenationLang="",  # titles wrap between words, as headings should
        ),
        entry_kind=ParagraphStyle(
            "entry_kind", parent=sans, fontSize=8.5, leading=11, textColor=MUTED, spaceAfter=10
        ),
        callout_quote=ParagraphStyle(
            "callout_quote", parent=body, fontName=f"{SERIF}-Italic", spaceAfter=3
        ),
        callout_note=ParagraphStyle("callout_note", parent=body, spaceAfter=3),
        callout_author=ParagraphStyle(
            "callout_author", parent=sans, fontSize=8.5, leading=11, textColor=MUTED, spaceAfter=0
        ),
        memo_title=ParagraphStyle("memo_title", parent=headings[2], textColor=ACCENT),
        section_title=ParagraphStyle(
            "section_title",
            parent=headings[0],
            fontSize=17,
            leading=21,
            textColor=ACCENT,
            hyphenationLang="",
        ),
        toc_row=ParagraphStyle("toc_row", parent=body, spaceAfter=0, leading=15),
        source=ParagraphStyle("source", parent=body, fontSize=9.5, leading=13, spaceAfter=5),
        source_item=ParagraphStyle(
            "source_item", parent=body, fontSize=9.5, leading=13, spaceAfter=6, leftIndent=22
        ),
        cover_org=ParagraphStyle(
            "cover_org", parent=sans, fontName=f"{SANS}-Bold", fontSize=13, leading=17
        ),
        cover_title=ParagraphStyle(
            "cover_title",
            parent=sans,
            fontName=f"{SANS}-Bold",
            fontSize=26,
            leading=32,
            textColor=ACCENT,
            spaceBefore=60,
            spaceAfter=24,
            hyphenationLang="",
        ),
        cover_line=ParagraphStyle("cover_line", parent=sans, fontSize=11.5, leading=17),
        cover_marking=ParagraphStyle(
            "cover_marking",
            parent=sans,
            fontName=f"{SANS}-Bold",
            fontSize=15,
            leading=19,
            textColor=colors.HexColor("#a01010"),
            alignment=TA_CENTER,
            spaceBefore=30,
        ),
        table_cell=ParagraphStyle("table_cell", parent=body, fontSize=9.5, leading=12.5),
    )
