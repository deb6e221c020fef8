"""Where the reader's text meets the notes store's text: selections in, highlights out.

A note's offsets count in ``markdown.to_plain`` of the section's (or item's) body, a
single line with whitespace collapsed. The reader shows rendered HTML, so a selection
is mapped by finding its words in that plain text, the occurrence nearest the same
relative place; a note is shown by finding its quote in the rendered region again.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtGui import QColor, QTextCharFormat, QTextCursor, QTextDocument
from PySide6.QtWidgets import QTextEdit

from briefing.ui.models.annotation_model import status_text

if TYPE_CHECKING:
    from briefing.core.models import Annotation, Item

CONTEXT = 40  # characters on each side of a selection that tell repeated words apart
COLOURS = {
    "": "#fff3a0",
    "yellow": "#fff3a0",
    "green": "#c8f0c0",
    "blue": "#c4dcff",
    "red": "#ffc8c8",
}


@dataclass(frozen=True)
class Region:
    """Document positions of an item's body or one section's body in the reader."""

    target_id: str  # section id, or the item id for the item's own body
    section_id: str
    start: int
    end: int
    body: str  # the Markdown body the notes store anchors in


@dataclass(frozen=True)
class Quote:
    """A selection mapped onto the store's plain text."""

    target_id: str
    section_id: str
    plain: str  # the whole plain text of the region
    start: int
    end: int


def collapse(text: str) -> tuple[str, list[int]]:
    """``text`` with whitespace runs as one space, and each kept char's original index."""
    out: list[str] = []
    index: list[int] = []
    in_space = False
    for i, char in enumerate(text.replace("\u2029", " ").replace("\u2028", " ")):
        if char.isspace():
            if not in_space and out:
                out.append(" ")
                index.append(i)
            in_space = True
            continue
        in_space = False
        out.append(char)
        index.append(i)
    return "".join(out), index


def _occurrences(text: str, part: str) -> list[int]:
    found, at = [], text.find(part)
    while at != -1:
        found.append(at)
        at = text.find(part, at + 1)
    return found


def regions(document: QTextDocument, item: Item) -> list[Region]:
    """The item's body, then each section, as document ranges (found by their headings)."""
    heads: list[tuple[int, int]] = []  # heading block start, end
    at = 0
    for section in item.sections:
        heading = f"{section.number} {section.heading}".strip()
        found = document.find(heading, at)
        if found.isNull():
            heads.append((-1, -1))
            continue
        block = found.block()
        heads.append((block.position(), block.position() + block.length()))
        at = found.selectionEnd()
    end_of_text = document.characterCount() - 1
    starts = [h[0] for h in heads if h[0] >= 0]
    first = starts[0] if starts else end_of_text
    spans = [Region(item.id, "", 0, first, item.body)]
    for i, (section, (head_start, head_end)) in enumerate(zip(item.sections, heads, strict=True)):
        if head_start < 0:
            continue
        later = [h[0] for h in heads[i + 1 :] if h[0] >= 0]
        spans.append(
            Region(
                section.id, section.id, head_end, later[0] if later else end_of_text, section.body
            )
        )
    return spans


def region_at(spans: list[Region], position: int) -> Region | None:
    for span in reversed(spans):
        if span.start <= position:
            return span
    return None


def _text(document: QTextDocument, start: int, end: int) -> str:
    cursor = QTextCursor(document)
    cursor.setPosition(start)
    cursor.setPosition(max(start, end), QTextCursor.MoveMode.KeepAnchor)
    return cursor.selectedText()


def _shared_tail(a: str, b: str) -> int:
    n = 0
    while n < min(len(a), len(b)) and a[-1 - n] == b[-1 - n]:
        n += 1
    return n


def _shared_head(a: str, b: str) -> int:
    n = 0
    while n < min(len(a), len(b)) and a[n] == b[n]:
        n += 1
    return n


def best_occurrence(plain: str, words: str, before: str, after: str, ratio: float) -> int:
    """Where ``words`` stand in ``plain``: the occurrence whose surroundings read like the
    reader's (``before`` / ``after``), then the one nearest ``ratio`` of the way through."""
    starts = _occurrences(plain, words)
    if not starts:
        return -1
    wanted = ratio * max(1, len(plain) - len(words))

    def fit(at: int) -> tuple[int, float]:
        context = _shared_tail(plain[:at].rstrip(), before.rstrip())
        context += _shared_head(plain[at + len(words) :].lstrip(), after.lstrip())
        return -context, abs(at - wanted)

    return min(starts, key=fit)


def map_selection(document: QTextDocument, item: Item, cursor: QTextCursor) -> Quote | None:
    """The reader's selection as offsets in the plain text of its section; None if unmapped."""
    from briefing.core.markdown import to_plain

    if not cursor.hasSelection():
        return None
    start, end = cursor.selectionStart(), cursor.selectionEnd()
    span = region_at(regions(document, item), start)
    if span is None:
        return None
    words = collapse(cursor.selectedText())[0].strip()
    if not words:
        return None
    plain = to_plain(span.body)
    before = collapse(_text(document, max(span.start, start - CONTEXT), start))[0]
    after = collapse(_text(document, end, min(span.end, end + CONTEXT)))[0]
    ratio = (start - span.start) / max(1, span.end - span.start)
    at = best_occurrence(plain, words, before, after, ratio)
    if at < 0:
        return None
    return Quote(span.target_id, span.section_id, plain, at, at + len(words))


def _note_range(document: QTextDocument, span: Region, note: Annotation) -> tuple[int, int] | None:
    sel = note.selector
    if sel is None or not sel.exact.strip():
        return None
    from briefing.core.markdown import to_plain

    shown = _text(document, span.start, span.end)
    squeezed, index = collapse(shown)
    quote = collapse(sel.exact)[0].strip()
    ratio = max(0, sel.start) / max(1, len(to_plain(span.body)))
    # The quote's own surroundings pick among repeats, as when the note was made.
    at = best_occurrence(squeezed, quote, collapse(sel.prefix)[0], collapse(sel.suffix)[0], ratio)
    if at < 0 or not quote:
        return None
    return span.start + index[at], span.start + index[at + len(quote) - 1] + 1


def note_cursors(
    document: QTextDocument, item: Item, notes: list[Annotation]
) -> dict[str, QTextCursor]:
    """A selecting cursor for each note found in the shown text, by note id."""
    spans = {span.section_id: span for span in regions(document, item)}
    found: dict[str, QTextCursor] = {}
    for note in notes:
        span = spans.get(note.section_id)
        if span is None or note.status == "orphaned":
            continue
        where = _note_range(document, span, note)
        if where is None:
            continue
        cursor = QTextCursor(document)
        cursor.setPosition(where[0])
        cursor.setPosition(where[1], QTextCursor.MoveMode.KeepAnchor)
        found[note.id] = cursor
    return found


def highlights(cursors: dict[str, QTextCursor], notes: list[Annotation]) -> list:
    """ExtraSelections that paint each found note in its colour, its text as the tooltip."""
    by_id = {note.id: note for note in notes}
    marks = []
    for note_id, cursor in cursors.items():
        note = by_id[note_id]
        fmt = QTextCharFormat()
        fmt.setBackground(QColor(COLOURS.get(note.color, COLOURS[""])))
        fmt.setForeground(QColor("#000000"))  # dark text on the light mark in any theme
        fmt.setToolTip(note.note)
        if note.status == "changed":
            # Found again, but not as it was: a wavy line says "look again" beside the colour.
            fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.WaveUnderline)
            fmt.setUnderlineColor(QColor("#b00020"))
            fmt.setToolTip(f"{note.note}\n\n{status_text(note)}")
        mark = QTextEdit.ExtraSelection()
        mark.cursor = cursor
        mark.format = fmt
        marks.append(mark)
    return marks
