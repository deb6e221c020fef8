"""The flowables of a briefing: cover, entries with their call-outs, the sources list.

Only content: page mechanics (templates, contents, numbering) live in ``pdf``.
"""

from __future__ import annotations

import io
from collections.abc import Callable
from html import escape
from pathlib import Path

from PIL import Image as PILImage
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Image, Paragraph, Spacer

from briefing.core.errors import BadInput
from briefing.core.models import Annotation, Pack, PackEntry
from briefing.export.flow import content_flowables, plain, user_flowables
from briefing.export.labels import (
    date_label,
    format_date,
    kind_label,
    label,
    marking_label,
    origin_label,
)
from briefing.export.options import ExportOptions, SourceRef, visible_annotations
from briefing.export.styles import ACCENT, CALLOUT_BACK, LINK, Styles

# Makes the zero-height flowable that anchors an entry: (key, title, label) -> Flowable.
MarkFactory = Callable[[str, str, str], Flowable]
_LOGO_HEIGHT = 22 * mm


def _logo(path: str) -> Flowable | None:
    if not path:
        return None
    try:
        with PILImage.open(path) as source:
            source.load()
            picture: PILImage.Image = source
    except (OSError, ValueError) as exc:
        raise BadInput(f"cannot read the logo {Path(path).name}: {exc}") from exc
    # PDF/A with an sRGB output intent allows no CMYK or palette tricks: RGB(A) only.
    if picture.mode not in ("RGB", "RGBA", "L"):
        picture = picture.convert("RGBA" if "A" in picture.mode or "transparency" in
                                  picture.info else "RGB")  # fmt: skip
    width, height = picture.size
    scale = _LOGO_HEIGHT / height
    encoded = io.BytesIO()
    picture.save(encoded, format="PNG")
    encoded.seek(0)
    logo = Image(encoded, width=width * scale, height=_LOGO_HEIGHT)
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


class Callout(Flowable):  # type: ignore[misc]
    """A note as a shaded box with an accent bar; splits between or inside its paragraphs.

    A one-cell table would do the same, but wraps every paragraph twice and cannot
    split inside one; this wraps each paragraph once.
    """

    _PAD_LEFT, _PAD_RIGHT, _PAD_END, _PAD_SPLIT, _GAP, _BAR = 10.0, 8.0, 7.0, 3.0, 2.0, 2.5

    def __init__(self, parts: list[Flowable], first: bool = True, last: bool = True) -> None:
        super().__init__()
        self.parts, self.first, self.last = parts, first, last
        self._heights: list[float] = []

    def _pads(self) -> tuple[float, float]:
        return (
            self._PAD_END if self.first else self._PAD_SPLIT,
            self._PAD_END if self.last else self._PAD_SPLIT,
        )

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        inner = avail_width - self._PAD_LEFT - self._PAD_RIGHT
        self._heights = [part.wrap(inner, avail_height)[1] for part in self.parts]
        top, bottom = self._pads()
        gaps = self._GAP * max(0, len(self.parts) - 1)
        self.width, self.height = avail_width, top + bottom + gaps + sum(self._heights)
        return self.width, self.height

    def draw(self) -> None:
        canv = self.canv
        canv.saveState()
        canv.setFillColor(CALLOUT_BACK)
        canv.rect(0, 0, self.width, self.height, stroke=0, fill=1)
        canv.setFillColor(ACCENT)
        canv.rect(0, 0, self._BAR, self.height, stroke=0, fill=1)
        canv.restoreState()
        y = self.height - self._pads()[0]
        for part, height in zip(self.parts, self._heights, strict=True):
            y -= height
            part.drawOn(canv, self._PAD_LEFT, y)
            y -= self._GAP

    def split(self, avail_width: float, avail_height: float) -> list[Flowable]:
        inner = avail_width - self._PAD_LEFT - self._PAD_RIGHT
        room = avail_height - self._pads()[0] - self._PAD_SPLIT
        head: list[Flowable] = []
        for index, part in enumerate(self.parts):
            height = part.wrap(inner, room)[1]
            if height <= room:
                head.append(part)
                room -= height + self._GAP
                continue
            pieces = part.split(inner, room) if room > 0 else []
            rest = [*pieces[1:], *self.parts[index + 1 :]] if pieces else self.parts[index:]
            head += pieces[:1]
            if not head or not rest:
                return []
            return [Callout(head, self.first, False), Callout(rest, False, self.last)]
        return [self]


def _callout(note: Annotation, lang: str, styles: Styles) -> Flowable:
    parts: list[Flowable] = []
    if note.selector is not None and note.selector.exact:
        parts.append(Paragraph(f"“{plain(note.selector.exact)}”", styles.callout_quote))
    parts += user_flowables(note.note, styles)
    byline = [note.author or label(lang, "note")]
    if note.private:
        byline.append(label(lang, "private"))
    parts.append(Paragraph(plain(" · ".join(byline)), styles.callout_author))
    return Callout(parts)


def _kind_line(entry: PackEntry, lang: str) -> str:
    origin = origin_label(lang, entry)
    return f"{kind_label(lang, entry.kind)} · {origin}"


def _source_line(address: str, checked: str, when: str) -> str:
    """The address, linked, and ``when`` ("checked", "imported") with the date."""
    # The attribute is quoted: an address may hold '"', which ends it in plain().
    link = f'<a href="{escape(address)}" color="{LINK.hexval()}">{plain(address)}</a>'
    return f"{link} ({plain(when)} {checked})" if checked else link


def entry_story(
    key: str,
    entry: PackEntry,
    pack: Pack,
    styles: Styles,
    options: ExportOptions,
    mark: MarkFactory,
    targets: dict[str, str] | None = None,
) -> list[Flowable]:
    """One entry: its anchor, heading, kind, text, call-outs, memo and source.

    ``targets`` maps library ids to entry keys, so a link to another entry jumps there.
    """
    lang = pack.lang
    story: list[Flowable] = [
        mark(key, entry.title, entry.label),
        Paragraph(plain(entry.title), styles.entry_title),
        Paragraph(plain(_kind_line(entry, lang)), styles.entry_kind),
    ]
    story += content_flowables(entry.text, styles, targets)
    notes = visible_annotations(entry, options)
    for note in notes:
        story += [Spacer(1, 4), _callout(note, lang, styles), Spacer(1, 6)]
    if entry.entry.memo.strip():
        story.append(Paragraph(plain(label(lang, "memo")), styles.memo_title))
        story += user_flowables(entry.entry.memo, styles)
    if entry.source:
        checked = format_date(lang, entry.checked)
        story.append(Spacer(1, 4))
        line = _source_line(entry.source, checked, date_label(lang, entry))
        story.append(Paragraph(line, styles.source))
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
        when = label(lang, "imported" if ref.imported else "checked")
        line = _source_line(ref.address, format_date(lang, ref.checked), when)
        story.append(
            Paragraph(f"{plain(ref.title)}<br/>{line}", styles.source_item, bulletText=f"{number}.")
        )
    return story
