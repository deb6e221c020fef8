"""The flowables of a briefing: cover, entries with their call-outs, the sources list.

Only content: page mechanics (templates, contents, numbering) live in ``pdf``.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.platypus import Flowable, Image, Paragraph, Spacer, Table, TableStyle

from briefing.core.errors import BadInput
from briefing.core.models import Annotation, Pack, PackEntry
from briefing.export.flow import content_flowables, plain, user_flowables
from briefing.export.labels import format_date, kind_label, label, marking_label
from briefing.export.options import ExportOptions, SourceRef, visible_annotations
from briefing.export.styles import ACCENT, CALLOUT_BACK, FRAME_WIDTH, LINK, SERIF, Styles

# Makes the zero-height flowable that anchors an entry: (key, title, label) -> Flowable.
MarkFactory = Callable[[str, str, str], Flowable]
_LOGO_HEIGHT = 22 * mm


def _logo(path: str) -> Flowable | None:
    if not path:
        return None
    try:
        width, height = ImageReader(path).getSize()
    except (OSError, ValueError) as exc:
        raise BadInput(f"cannot read the logo {Path(path).name}: {exc}") from exc
    scale = _LOGO_HEIGHT / height
    logo = Image(path, width=width * scale, height=_LOGO_HEIGHT)
    logo.hAlign = "LEFT"
    return logo


def cover_story(pack: Pack, styles: Styles) -> list[Flowable]:
    """The cover page: organisation, title, meeting, author, export date, content version."""
    lang, briefing = pack.lang, pack.briefing
    story: list[Flowable] = []
    logo = _logo(pack.logo_path)
    if logo is not None:
        story += [logo, Spacer(1, 6)]
    if pack.organisation:
        story.append(Paragraph(plain(pack.organisation), styles.cover_org))
    story.append(Paragraph(plain(briefing.title), styles.cover_title))
    meeting = briefing.meeting
    lines = [
        (label(lang, "meeting"), meeting.body),
        (label(lang, "date"), format_date(lang, meeting.date)),
        (label(lang, "place"), meeting.place),
        (label(lang, "prepared_by"), briefing.author),
        (label(lang, "exported"), format_date(lang, pack.exported_at)),
        (label(lang, "content_version"), pack.content_version),
    ]
    for name, value in lines:
        if value:
            story.append(Paragraph(f"<b>{plain(name)}:</b> {plain(value)}", styles.cover_line))
    if pack.marking:
        story.append(Paragraph(plain(marking_label(lang, pack.marking)), styles.cover_marking))
    return story


def _callout(note: Annotation, lang: str, styles: Styles) -> Flowable:
    rows: list[list[Flowable]] = []
    if note.selector is not None and note.selector.exact:
        rows.append([Paragraph(f"“{plain(note.selector.exact)}”", styles.callout_quote)])
    rows += [[flowable] for flowable in user_flowables(note.note, styles)]
    byline = [note.author or label(lang, "note")]
    if note.private:
        byline.append(label(lang, "private"))
    rows.append([Paragraph(plain(" · ".join(byline)), styles.callout_author)])
    # One row per paragraph, so a long note can split between pages.
    box = Table(rows, colWidths=[FRAME_WIDTH - 8], hAlign="LEFT")
    box.setStyle(
        TableStyle(
            [
                ("BACKGROUND", (0, 0), (-1, -1), CALLOUT_BACK),
                ("FONTNAME", (0, 0), (-1, -1), SERIF),  # the default is Helvetica
                ("LINEBEFORE", (0, 0), (0, -1), 2.5, ACCENT),
                ("LEFTPADDING", (0, 0), (-1, -1), 10),
                ("TOPPADDING", (0, 0), (-1, -1), 2),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
                ("TOPPADDING", (0, 0), (-1, 0), 7),
                ("BOTTOMPADDING", (0, -1), (-1, -1), 7),
            ]
        )
    )
    return box


def _kind_line(entry: PackEntry, lang: str) -> str:
    origin = label(lang, "official" if entry.official else "summary")
    return f"{kind_label(lang, entry.kind)} · {origin}"


def _source_line(address: str, checked: str, lang: str) -> str:
    link = f'<a href="{plain(address)}" color="{LINK.hexval()}">{plain(address)}</a>'
    return f"{link} ({label(lang, 'checked')} {checked})" if checked else link


def entry_story(
    key: str,
    entry: PackEntry,
    pack: Pack,
    styles: Styles,
    options: ExportOptions,
    mark: MarkFactory,
) -> list[Flowable]:
    """One entry: its anchor, heading, kind, text, call-outs, memo and source."""
    lang = pack.lang
    story: list[Flowable] = [
        mark(key, entry.title, entry.label),
        Paragraph(plain(entry.title), styles.entry_title),
        Paragraph(plain(_kind_line(entry, lang)), styles.entry_kind),
    ]
    story += content_flowables(entry.text, styles)
    notes = visible_annotations(entry, options)
    for note in notes:
        story += [Spacer(1, 4), _callout(note, lang, styles), Spacer(1, 6)]
    if entry.entry.memo.strip():
        story.append(Paragraph(plain(label(lang, "memo")), styles.memo_title))
        story += user_flowables(entry.entry.memo, styles)
    if entry.source:
        checked = format_date(lang, entry.checked)
        story.append(Spacer(1, 4))
        story.append(Paragraph(_source_line(entry.source, checked, lang), styles.source))
    return story


def memo_story(pack: Pack, styles: Styles, mark: MarkFactory, key: str) -> list[Flowable]:
    """The briefing's cover memo as its own section, or nothing when there is none."""
    memo = pack.briefing.memo.strip()
    if not memo:
        return []
    title = label(pack.lang, "briefing_memo")
    return [
        mark(key, title, title),
        Paragraph(plain(title), styles.section_title),
        *user_flowables(memo, styles),
    ]


def sources_story(
    refs: list[SourceRef], pack: Pack, styles: Styles, mark: MarkFactory, key: str
) -> list[Flowable]:
    """The numbered sources list with clickable addresses and checked dates."""
    lang = pack.lang
    title = label(lang, "sources")
    story: list[Flowable] = [mark(key, title, title), Paragraph(plain(title), styles.section_title)]
    for number, ref in enumerate(refs, start=1):
        line = _source_line(ref.address, format_date(lang, ref.checked), lang)
        story.append(
            Paragraph(f"{plain(ref.title)}<br/>{line}", styles.source_item, bulletText=f"{number}.")
        )
    return story
