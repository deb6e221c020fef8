"""The provisions of one document: part -> chapter -> section -> subsection -> paragraph."""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from xml.etree.ElementTree import Element

from briefing.library.importers.finlex_model import Chapter, Counts, Provision, Wording
from briefing.library.importers.finlex_text import TextReader, escape_block, kid, local
from briefing.library.importers.finlex_versions import Candidate, Grouper, Slot, split_eid
from briefing.library.importers.textfix import normalise

# Containers that only group provisions; walked through without a label of their own.
_CONTAINERS = {"hcontainer", "level", "division", "title", "subtitle", "book", "subchapter"}
# hcontainers that hold no provisions of the act itself.
_OUTSIDE = {
    "conclusions", "entryIntoForce", "entryIntoForceStart", "contentAbsent",
    "amendmentEntryIntoForceAndApplianceProvisions",
}  # fmt: skip
_DIVISIONS = {"part", "chapter"}
_STRUCTURE = {"section", "article", *_DIVISIONS}
_ITEMS = {"paragraph", "subparagraph", "point", "indent", "alinea", "item"}
_PROVISIONS = {"section", "article"}
_OMISSION = "…"


def _num_key(element: Element) -> str:
    num = kid(element, "num")
    return normalise("".join(num.itertext())) if num is not None else ""


def _no_key(_element: Element) -> str:
    return ""


def _structure_key(element: Element) -> str:
    # Positional eIds are reused when provisions are inserted: match versions by number.
    num = _num_key(element)
    return f"{local(element.tag)}:{num}" if num else ""


def _slug(number: str) -> str:
    return re.sub(r"[^0-9a-z]", "", number.lower())


@dataclass(slots=True)
class _Render:
    """What rendering one wording produced."""

    on: date  # the day whose wording of nested provisions is rendered
    blocks: list[str] = field(default_factory=list)
    raw: list[str] = field(default_factory=list)
    subsections: int = 0
    paragraphs: int = 0
    subparagraphs: int = 0
    history: list[Wording] = field(default_factory=list)

    def markdown(self) -> str:
        return "\n\n".join(b for b in self.blocks if b)


class BodyReader:
    """Reads the provisions under a document's ``body`` for the wording of one day."""

    def __init__(self, reader: TextReader, on: date, known: dict[str, date] | None = None) -> None:
        self.reader = reader
        self.on = on
        self.known = known or {}
        self.chapters: list[Chapter] = []
        self.sections: list[Provision] = []
        self.parts = 0
        self.history = 0
        self._sections = Grouper(reader, _STRUCTURE, _structure_key, self.known)
        self._subsections = Grouper(reader, {"subsection", "paragraph"}, _no_key, self.known)
        # Provisions of a chapter or part in a wording not shown, with that wording.
        self._shadowed: list[tuple[Provision, Candidate]] = []

    def counts(self) -> Counts:
        return Counts(
            parts=self.parts,
            chapters=len(self.chapters),
            sections=len(self.sections),
            subsections=sum(s.subsections for s in self.sections),
            paragraphs=sum(s.paragraphs for s in self.sections),
            subparagraphs=sum(s.subparagraphs for s in self.sections),
            versions=self.history,
        )

    # --- structure ---------------------------------------------------------------

    def walk(self, container: Element, part: str = "", chapter: str = "") -> None:
        for entry in self._sections.group(list(container)):
            if not isinstance(entry, Slot):
                if local(entry.tag) in _CONTAINERS and entry.get("name", "") not in _OUTSIDE:
                    self.walk(entry, part, chapter)
            elif local(entry.candidates[0].element.tag) in _DIVISIONS:
                self._division(entry, part, chapter)
            else:
                self._section(entry, part, chapter)

    def _division(self, slot: Slot, part: str, chapter: str) -> None:
        """A part or chapter: walk the wording in force; keep the others as history."""
        current, others = slot.choose(self.on)
        if current is not None:
            self._open(current.element, part, chapter)
        for other in others:
            shadow = BodyReader(self.reader, self.on, self.known)
            shadow._open(other.element, part, chapter)
            self._shadowed.extend((p, other) for p in shadow.sections)

    def _open(self, element: Element, part: str, chapter: str) -> None:
        if local(element.tag) == "part":
            self.parts += 1
            self.walk(element, self._label(element), "")
            return
        anchor = split_eid(element.get("eId", ""))[0]
        num = self.reader.plain(kid(element, "num"))
        heading = self.reader.plain(kid(element, "heading"))
        self.chapters.append(Chapter(num, heading, anchor, part))
        self.walk(element, part, self._label(element))

    def finish(self) -> None:
        """Attach provisions of divisions not in force to their namesakes as history."""
        # By anchor (the eId without its version), which also tells apart sections
        # numbered anew in every chapter.
        by_anchor = {p.anchor: i for i, p in enumerate(self.sections)}
        for provision, division in self._shadowed:
            index = by_anchor.get(provision.anchor)
            if index is None:
                continue
            wording = replace(
                provision.current,
                version=division.version,
                label=division.label,
                valid_from=division.valid_from,
                valid_to=division.valid_to,
                note=division.note,
            )
            held = self.sections[index]
            self.sections[index] = replace(held, history=(*held.history, wording))
            self.history += 1

    def _label(self, element: Element) -> str:
        num = self.reader.plain(kid(element, "num"))
        heading = self.reader.plain(kid(element, "heading"))
        return f"{num} — {heading}" if num and heading else num or heading

    def _section(self, slot: Slot, part: str, chapter: str) -> None:
        current, others = slot.choose(self.on)
        shown = current.element if current is not None else slot.candidates[0].element
        number = self.reader.plain(kid(shown, "num"))
        eid = shown.get("eId", "")
        anchor = split_eid(eid)[0] or f"sec_{_slug(number.replace('§', ''))}"
        rendered = (
            self._render(current.element, self.on) if current is not None else _Render(self.on)
        )
        if current is None:
            # Only a future wording exists: the note saying when it comes is all we show.
            coming = [
                c for c in others if not c.in_note and c.valid_from and c.valid_from > self.on
            ]
            rendered.blocks.append(escape_block(coming[0].note) if coming else "")
        history = [self._wording(c) for c in others] + rendered.history
        self.history += len(history)
        self.sections.append(
            Provision(
                number=number,
                heading=self.reader.plain(kid(shown, "heading")),
                anchor=anchor,
                eid=eid,
                order=len(self.sections),
                chapter=chapter,
                part=part,
                current=self._wording(current, rendered)
                if current
                else Wording(rendered.markdown(), ""),
                history=tuple(history),
                subsections=rendered.subsections,
                paragraphs=rendered.paragraphs,
                subparagraphs=rendered.subparagraphs,
            )
        )

    def _wording(self, candidate: Candidate, rendered: _Render | None = None) -> Wording:
        if rendered is None:
            # A wording kept as history reads as it stood while it was in force, with
            # the wordings of its own subsections and paragraphs of that time.
            as_of = candidate.valid_from or (
                candidate.valid_to - timedelta(days=1) if candidate.valid_to else self.on
            )
            rendered = self._render(candidate.element, as_of, whole=True)
        return Wording(
            body=rendered.markdown(),
            original="\n".join(rendered.raw),
            version=candidate.version,
            label=candidate.label,
            valid_from=candidate.valid_from,
            valid_to=candidate.valid_to,
            note=candidate.note,
        )

    # --- text ----------------------------------------------------------------------

    def _render(self, element: Element, on: date, whole: bool = False) -> _Render:
        out = _Render(on)
        if whole:
            self._render_into(element, out)
        else:
            self._children(element, out)
        return out

    def _render_into(self, element: Element, out: _Render) -> None:
        """One subsection or numbered paragraph, itself included; anything else, its content."""
        name = local(element.tag)
        if name == "subsection":
            self._subsection(element, out)
        elif name in _ITEMS:
            self._list(element, out)
        else:
            self._children(element, out)

    def _children(self, element: Element, out: _Render) -> None:
        # A section's own number and heading are the Provision's, not body text.
        own = {"num", "heading"} if local(element.tag) in _PROVISIONS else set()
        for entry in self._subsections.group(list(element)):
            if isinstance(entry, Slot):
                current, others = entry.choose(out.on)
                if current is not None:
                    self._render_into(current.element, out)
                out.history.extend(self._wording(c) for c in others)
            elif local(entry.tag) not in own:
                self._block(entry, out)

    def _subsection(self, element: Element, out: _Render) -> None:
        out.subsections += 1
        self._children(element, out)

    def _block(self, element: Element, out: _Render) -> None:
        name = local(element.tag)
        if name == "num":
            return
        if name in {"heading", "subheading"}:
            text = self.reader.inline(element)
            if text:
                out.blocks.append(f"**{text}**")
        elif name == "p":
            self._paragraph(element, out)
        elif name == "table":
            out.blocks.append(self._table(element))
        elif name in _ITEMS:
            self._list(element, out)
        elif element.get("name") == "omission":
            out.blocks.append(_OMISSION)
        elif (element.text or "").strip():
            # Text right in a block element (a list's introduction): one paragraph.
            self._paragraph(element, out)
        else:
            for child in element:
                self._block(child, out)

    def _paragraph(self, element: Element, out: _Render) -> None:
        text = self.reader.inline(element)
        if text:
            out.blocks.append(text)
            out.raw.append(self.reader.raw(element))

    def _list(self, element: Element, out: _Render) -> None:
        lines = self._item(element, 0, out)
        previous = out.blocks[-1] if out.blocks else ""
        if previous.startswith("- "):
            # One list, not a list per numbered paragraph.
            out.blocks[-1] = previous + "\n" + "\n".join(lines)
        else:
            out.blocks.append("\n".join(lines))

    def _item(self, element: Element, depth: int, out: _Render) -> list[str]:
        name = local(element.tag)
        out.paragraphs += name == "paragraph"
        out.subparagraphs += name == "subparagraph"
        num = self.reader.plain(kid(element, "num"))
        texts: list[str] = []
        nested: list[str] = []
        after: list[str] = []
        for child in element:
            name = local(child.tag)
            if name in _ITEMS:
                nested.extend(self._item(child, depth + 1, out))
            elif name == "wrapUp":
                after.append(self._text_of(child, out))
            elif name != "num":
                (after if nested else texts).append(self._text_of(child, out))
        indent = "    " * depth
        first = escape_block(normalise(f"{num} {' '.join(t for t in texts if t)}"))
        lines = [f"{indent}- {first}", *nested]
        for text in (t for t in after if t):
            # A blank line first: a paragraph of this item, not more of the last one.
            lines += ["", f"{indent}    {text}"]
        return lines

    def _text_of(self, element: Element, out: _Render) -> str:
        paragraphs = [p for p in element.iter() if local(p.tag) == "p"] or [element]
        out.raw.extend(self.reader.raw(p) for p in paragraphs)
        return " ".join(t for t in (self.reader.inline(p) for p in paragraphs) if t)

    def _table(self, element: Element) -> str:
        rows = [
            [self.reader.inline(cell).replace("|", "\\|") for cell in row]
            for row in element.iter()
            if local(row.tag) == "tr"
        ]
        if not rows:
            return ""
        width = max(len(row) for row in rows)
        rows = [row + [""] * (width - len(row)) for row in rows]
        lines = ["| " + " | ".join(rows[0]) + " |", "|" + " --- |" * width]
        lines += ["| " + " | ".join(row) + " |" for row in rows[1:]]
        return "\n".join(lines)
