"""A briefing pack as a PDF: ``render_briefing(pack, out, options, progress, cancel)``.

One layout pass. reportlab's usual ``multiBuild`` lays the whole document out again
until the contents' page numbers settle (three passes for 300 pages). Here the
contents are measured first on their own (titles only, a placeholder page number of
fixed width), which fixes how many pages they take; the body is then laid out once,
and the contents rows and every "page X of Y" are drawn as form XObjects that the
pages reference and that are defined only after the last page, once the numbers are
known. The result then goes through ``archival`` (PDF/A-2b markings) and is written
atomically.
"""

from __future__ import annotations

import gc
import io
import os
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    CondPageBreak,
    Flowable,
    Frame,
    LayoutError,
    NextPageTemplate,
    PageBreak,
    PageTemplate,
    Paragraph,
)

from briefing.core.errors import BadInput, Cancelled
from briefing.core.models import CancelFlag, Pack, Progress, never_cancel, no_progress
from briefing.export import archival
from briefing.export.flow import plain
from briefing.export.labels import label
from briefing.export.options import (
    DEFAULT_OPTIONS,
    ExportOptions,
    entry_key,
    link_targets,
    sources,
)
from briefing.export.story import cover_story, entry_story, memo_story, sources_story
from briefing.export.styles import (
    ACCENT,
    FRAME_HEIGHT,
    FRAME_WIDTH,
    MARGIN_BOTTOM,
    MARGIN_LEFT,
    MARGIN_RIGHT,
    MARGIN_TOP,
    MUTED,
    PAGE_HEIGHT,
    PAGE_WIDTH,
    SANS,
    SERIF,
    Styles,
    make_styles,
)

_NUMBER_WIDTH = 36.0  # the contents' page-number column; "9999" fits
_TOC_HEADING_SPACE = 40.0
_TOC_ROW_GAP = 3.0
_HEADER_Y = PAGE_HEIGHT - 13 * mm
_FOOTER_Y = 11 * mm
_FOOTER_SIZE = 8.5
_PAGE_BOX = 80.0  # the footer's page number starts here from the right edge
_MEMO_KEY = "memo"
_SOURCES_KEY = "sources"
_CONTENTS_KEY = "contents"


@dataclass(frozen=True, slots=True)
class ExportResult:
    """What an export produced: its page count and the page each section starts on."""

    pages: int
    section_pages: dict[str, int]  # entry key / "memo" / "sources" -> 1-based page


class _TocRow(Flowable):  # type: ignore[misc]
    """A contents row: the title wrapping on the left, its page number on the right."""

    def __init__(self, key: str, text: str, styles: Styles) -> None:
        super().__init__()
        self.key = key
        self.page = "9999"  # placeholder while measuring: the widest number we allow for
        self.style = styles.toc_row
        self.para = Paragraph(text, styles.toc_row)

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        _, height = self.para.wrap(avail_width - _NUMBER_WIDTH, avail_height)
        self.width, self.height = avail_width, height
        return avail_width, height

    def draw(self) -> None:
        self.para.drawOn(self.canv, 0, 0)
        self.canv.setFont(self.style.fontName, self.style.fontSize)
        self.canv.setFillColor(self.style.textColor)
        baseline = self.style.leading - self.style.fontSize + 1.5
        self.canv.drawRightString(self.width, baseline, self.page)


@dataclass
class _Run:
    """The state of one layout pass, shared by the page templates and the anchors."""

    pack: Pack
    progress: Progress
    cancel: CancelFlag
    total: int
    toc_pages: list[list[tuple[_TocRow, float, float]]] = field(default_factory=list)
    first_toc_page: int = 0  # known when the first contents page begins
    section_pages: dict[str, int] = field(default_factory=dict)
    footer_pages: list[int] = field(default_factory=list)
    current_label: str = ""
    done: int = 0

    def entered(self, key: str, running_label: str, page: int) -> None:
        """A section's anchor was placed: record its page, report, honour a cancel."""
        self.section_pages[key] = page
        self.current_label = running_label
        if key.startswith("entry-"):
            self.done += 1
            self.progress(self.done, self.total, running_label)
        if self.cancel():
            raise Cancelled("export cancelled")

    # --- page templates ------------------------------------------------------------
    def draw_toc_page(self, canv: Canvas, doc: Any) -> None:
        # The cover is one page unless a long title and a tall logo push it to two.
        self.first_toc_page = self.first_toc_page or canv.getPageNumber()
        index = canv.getPageNumber() - self.first_toc_page
        title = label(self.pack.lang, "contents")
        self.current_label = title
        if index == 0:
            top = PAGE_HEIGHT - MARGIN_TOP
            canv.bookmarkPage(_CONTENTS_KEY, fit="XYZ", top=top + 10, left=0)
            canv.addOutlineEntry(title, _CONTENTS_KEY, level=0)
            canv.setFont(f"{SANS}-Bold", 17)
            canv.setFillColor(ACCENT)
            canv.drawString(MARGIN_LEFT, top - 17, title)
        for row, x, y in self.toc_pages[index]:
            canv.linkAbsolute("", row.key, Rect=(x, y, x + row.width, y + row.height), thickness=0)
        canv.doForm(f"toc{index}")

    def draw_running(self, canv: Canvas, doc: Any) -> None:
        """Header with the briefing title (and marking), footer with label and page."""
        page = canv.getPageNumber()
        self.footer_pages.append(page)
        canv.doForm("header")  # the same on every page: drawn once, referenced
        canv.saveState()
        canv.setFont(SANS, _FOOTER_SIZE)
        canv.setFillColor(MUTED)
        canv.drawString(MARGIN_LEFT, _FOOTER_Y, self.current_label[:90])
        # "page X of " now; the total is one form, drawn once after the last page.
        before = label(self.pack.lang, "page_of", page=page, pages="\0").split("\0")[0]
        x = PAGE_WIDTH - MARGIN_RIGHT - _PAGE_BOX
        canv.drawString(x, _FOOTER_Y, before)
        canv.translate(x + canv.stringWidth(before, SANS, _FOOTER_SIZE), _FOOTER_Y)
        canv.doForm("total")
        canv.restoreState()

    def define_forms(self, canv: Canvas) -> None:
        """Draw what needed the final numbers: the contents rows and the page total."""
        canv.beginForm("header")
        canv.setFont(SANS, _FOOTER_SIZE)
        canv.setFillColor(MUTED)
        canv.drawString(MARGIN_LEFT, _HEADER_Y, self.pack.briefing.title[:110])
        if self.pack.marking:
            marking = label(self.pack.lang, f"marking_{self.pack.marking}")
            canv.drawRightString(PAGE_WIDTH - MARGIN_RIGHT, _HEADER_Y, marking)
        canv.setStrokeColor(MUTED)
        canv.setLineWidth(0.4)
        canv.line(MARGIN_LEFT, _HEADER_Y - 4, PAGE_WIDTH - MARGIN_RIGHT, _HEADER_Y - 4)
        canv.endForm()
        for index, rows in enumerate(self.toc_pages):
            canv.beginForm(f"toc{index}")
            for row, x, y in rows:
                row.page = str(self.section_pages.get(row.key, ""))
                row.drawOn(canv, x, y)
            canv.endForm()
        canv.beginForm("total")
        canv.setFont(SANS, _FOOTER_SIZE)
        canv.setFillColor(MUTED)
        canv.drawString(0, 0, str(max(self.footer_pages, default=1)))
        canv.endForm()


class _Mark(Flowable):  # type: ignore[misc]
    """A zero-size anchor at a section's start: destination, bookmark, page record."""

    def __init__(self, run: _Run, key: str, title: str, running_label: str) -> None:
        super().__init__()
        self.run, self.key, self.title, self.running_label = run, key, title, running_label

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        return 0, 0

    def draw(self) -> None:
        self.canv.bookmarkHorizontal(self.key, 0, 12)
        self.canv.addOutlineEntry(self.title, self.key, level=0)
        self.run.entered(self.key, self.running_label, self.canv.getPageNumber())


class _Hold(Flowable):  # type: ignore[misc]
    """Occupies a reserved contents page, so the page exists for its template to draw."""

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        return 0, 0

    def draw(self) -> None:
        pass


class _Doc(BaseDocTemplate):  # type: ignore[misc]
    def __init__(self, buffer: io.BytesIO, run: _Run, **meta: Any) -> None:
        super().__init__(
            buffer,
            pagesize=(PAGE_WIDTH, PAGE_HEIGHT),
            leftMargin=MARGIN_LEFT,
            rightMargin=MARGIN_RIGHT,
            topMargin=MARGIN_TOP,
            bottomMargin=MARGIN_BOTTOM,
            **meta,
        )
        self.run = run
        frame = Frame(
            MARGIN_LEFT, MARGIN_BOTTOM, FRAME_WIDTH, FRAME_HEIGHT, id="main",
            leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0,
        )  # fmt: skip
        self.addPageTemplates(
            [
                PageTemplate("cover", [frame]),
                PageTemplate("toc", [frame], onPage=run.draw_toc_page, onPageEnd=run.draw_running),
                PageTemplate("body", [frame], onPageEnd=run.draw_running),
            ]
        )

    def _endBuild(self) -> None:
        # Hold the save until the forms that need the final page numbers exist.
        self._doSave = 0
        super()._endBuild()
        self.run.define_forms(self.canv)
        self.canv.save()


def _layout_toc(rows: list[_TocRow]) -> list[list[tuple[_TocRow, float, float]]]:
    """Place the rows on contents pages; the same positions are used when drawing."""
    pages: list[list[tuple[_TocRow, float, float]]] = [[]]
    top = PAGE_HEIGHT - MARGIN_TOP
    y = top - _TOC_HEADING_SPACE
    for row in rows:
        _, height = row.wrap(FRAME_WIDTH, FRAME_HEIGHT)
        if y - height < MARGIN_BOTTOM and pages[-1]:
            pages.append([])
            y = top
        y -= height
        pages[-1].append((row, MARGIN_LEFT, y))
        y -= _TOC_ROW_GAP
    return pages


def _metadata(pack: Pack) -> dict[str, Any]:
    briefing = pack.briefing
    subject = " · ".join(
        part for part in (briefing.meeting.body, str(briefing.meeting.date or "")) if part
    )
    keywords = sorted({entry.kind for entry in pack.entries} | {"briefing"})
    return {
        "title": briefing.title,
        "author": briefing.author or pack.organisation,
        "subject": subject or briefing.title,
        "keywords": keywords,
        "creator": "Briefing",
        "lang": pack.lang,
    }


def _body(
    pack: Pack, styles: Styles, options: ExportOptions, run: _Run
) -> tuple[list[Flowable], list[tuple[str, str]]]:
    """The body flowables and the contents rows (key, text) they anchor."""

    def mark(key: str, title: str, running: str) -> Flowable:
        return _Mark(run, key, title, running)

    story: list[Flowable] = memo_story(pack, styles, mark, _MEMO_KEY)
    rows = [(_MEMO_KEY, label(pack.lang, "briefing_memo"))] if story else []
    targets = link_targets(pack)
    for index, entry in enumerate(pack.entries):
        if run.cancel():
            raise Cancelled("export cancelled")
        if story:
            story.append(PageBreak() if options.entry_per_page else CondPageBreak(120))
        key = entry_key(index)
        story += entry_story(key, entry, pack, styles, options, mark, targets)
        rows.append((key, f"{index + 1}. {entry.title}"))
    refs = sources(pack)
    if refs:
        story.append(PageBreak())
        story += sources_story(refs, pack, styles, mark, _SOURCES_KEY)
        rows.append((_SOURCES_KEY, label(pack.lang, "sources")))
    return story, rows


@contextmanager
def _without_cycle_collector() -> Iterator[None]:
    """Pause Python's cycle collector while laying out.

    Layout allocates millions of short-lived objects while the unplaced story is alive,
    and the collector walks it each time: a fifth of the export's time while the whole
    story was kept to the end; since placed flowables are freed, within noise. Kept for
    long briefings. Reference counting still frees everything acyclic.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def layout_pdf(
    pack: Pack,
    options: ExportOptions = DEFAULT_OPTIONS,
    progress: Progress = no_progress,
    cancel: CancelFlag = never_cancel,
) -> tuple[bytes, ExportResult]:
    """The PDF as reportlab writes it (before archival markings), in memory."""
    with _without_cycle_collector():
        return _layout(pack, options, progress, cancel)


def _layout(
    pack: Pack, options: ExportOptions, progress: Progress, cancel: CancelFlag
) -> tuple[bytes, ExportResult]:
    styles = make_styles(pack.lang)
    run = _Run(pack, progress, cancel, total=len(pack.entries))
    body, rows = _body(pack, styles, options, run)
    run.toc_pages = _layout_toc([_TocRow(key, plain(text), styles) for key, text in rows])
    story = cover_story(pack, styles)
    story += [NextPageTemplate("toc"), PageBreak()]
    for index in range(len(run.toc_pages)):
        if index == len(run.toc_pages) - 1:
            story.append(NextPageTemplate("body"))
        story += [_Hold(), PageBreak()]
    story += body
    # build() drops each flowable once it is placed; with no other reference left,
    # it is freed then, not all together (and walked by the collector) at the end.
    del body
    buffer = io.BytesIO()
    # initialFontName: otherwise every page's preamble names Helvetica, not embedded.
    doc = _Doc(
        buffer,
        run,
        invariant=1 if options.invariant else 0,
        initialFontName=SERIF,
        # With the archival step, qpdf compresses the pages (in C); reportlab would
        # deflate and ASCII85-encode each one in Python first.
        pageCompression=0 if options.archival else 1,
        **_metadata(pack),
    )
    try:
        doc.build(story)
    except LayoutError as exc:  # a flowable taller than a page that cannot split
        first_line = str(exc).splitlines()[0] if str(exc) else "too large"
        raise BadInput(f"cannot lay out {run.current_label or 'the cover'}: {first_line}") from exc
    total = max(run.footer_pages, default=1)
    return buffer.getvalue(), ExportResult(total, dict(run.section_pages))


def render_briefing(
    pack: Pack,
    out: str | os.PathLike[str],
    options: ExportOptions = DEFAULT_OPTIONS,
    progress: Progress = no_progress,
    cancel: CancelFlag = never_cancel,
) -> ExportResult:
    """Write ``pack`` as a PDF to ``out``: all or nothing, an earlier file kept on failure.

    Raises ``Cancelled`` when ``cancel()`` turns true (no file is written),
    ``StoreError`` when the folder refuses the file, ``BadInput`` for an unreadable logo.
    """
    data, result = layout_pdf(pack, options, progress, cancel)
    if cancel():
        raise Cancelled("export cancelled")
    archival.write_pdf(data, out, pack, options)
    return result
