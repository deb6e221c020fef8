"""Provisions in several versions side by side: group them and pick the one in force.

A consolidated Finlex text may hold a provision twice: the new wording (eId with a
version suffix such as ``sec_6v20250029`` or ``finlex:originalVersion="@20250029"``)
and, after an editor's note (``hcontainer name="noteAuthorial"``, "... tulee voimaan
1.6.2026. Aiempi sanamuoto kuuluu:"), the earlier wording. The note gives the day the
new wording takes over; the act it names gives the version it dates. Wording kept
inside a note is history only, never the current text.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date
from xml.etree.ElementTree import Element

from briefing.library.importers.finlex_text import (
    TextReader,
    act_versions,
    entry_into_force,
    finlex_attr,
    local,
)

_VERSIONED = re.compile(r"^(.*?)v(\d{8})$")
_EARLIER = re.compile(r"aiempi sanamuoto|tidigare lydelse", re.IGNORECASE)
_NOTE_NAMES = {"noteAuthorial"}


def split_eid(eid: str) -> tuple[str, str]:
    """``chp_3__sec_18av20200902`` -> (``chp_3__sec_18a``, ``20200902``)."""
    parts: list[str] = []
    version = ""
    segments = eid.split("__")
    for index, segment in enumerate(segments):
        found = _VERSIONED.match(segment)
        if found:
            parts.append(found.group(1))
            if index == len(segments) - 1:
                version = found.group(2)
        else:
            parts.append(segment)
    return "__".join(parts), version


def element_version(element: Element) -> str:
    """The version an element carries in its eId or ``finlex:originalVersion``; "" if none."""
    version = split_eid(element.get("eId", ""))[1]
    return version or finlex_attr(element, "originalVersion").lstrip("@")


def is_note(element: Element) -> bool:
    return element.get("name", "") in _NOTE_NAMES and local(element.tag) in {"hcontainer", "block"}


@dataclass(slots=True)
class Candidate:
    """One wording of one provision as found in the file."""

    element: Element
    version: str
    label: str = ""
    valid_from: date | None = None
    valid_to: date | None = None
    note: str = ""
    in_note: bool = False  # kept inside an editor's note: history, never current


@dataclass(slots=True)
class Slot:
    """A provision and every wording of it."""

    key: str
    candidates: list[Candidate] = field(default_factory=list)

    def choose(self, on: date) -> tuple[Candidate | None, list[Candidate]]:
        """The wording in force on ``on`` (None if none yet) and all the others."""
        live = [c for c in self.candidates if not c.in_note and _valid(c, on)]
        current = max(live, key=lambda c: (c.valid_from or date.min, c.version), default=None)
        others = [c for c in self.candidates if c is not current]
        others.sort(key=lambda c: (c.valid_from or date.min, c.version))
        return current, others


def _valid(candidate: Candidate, on: date) -> bool:
    started = candidate.valid_from is None or candidate.valid_from <= on
    return started and (candidate.valid_to is None or on < candidate.valid_to)


@dataclass(slots=True)
class _Note:
    text: str
    when: date | None
    earlier: bool


def _note_dates(children: Iterable[Element], reader: TextReader) -> dict[str, date]:
    dates: dict[str, date] = {}
    for child in children:
        if is_note(child):
            text = reader.plain(child)
            when = entry_into_force(text)
            if when:
                for version in act_versions(text):
                    dates.setdefault(version, when)
    return dates


class Grouper:
    """Walks one container's children, turning provisions into slots of wordings."""

    def __init__(
        self,
        reader: TextReader,
        kinds: set[str],
        key_of: Callable[[Element], str],
        known: dict[str, date] | None = None,
    ) -> None:
        self.reader = reader
        self.kinds = kinds
        self.key_of = key_of
        # Version -> in-force date from the metadata: used where no note dates it.
        self.known = known or {}

    def group(self, children: list[Element]) -> list[Slot | Element]:
        """Children in order; each provision replaced by its slot; notes consumed."""
        dates = {**self.known, **_note_dates(children, self.reader)}
        out: list[Slot | Element] = []
        by_key: dict[str, Slot] = {}
        last: Slot | None = None
        pending: _Note | None = None
        for child in children:
            if is_note(child):
                pending = self._note(child, last)
                continue
            if local(child.tag) not in self.kinds:
                out.append(child)
                continue
            candidate = self._candidate(child, dates)
            key = self.key_of(child)
            if pending is not None and pending.earlier and last is not None:
                self._earlier(candidate, pending, by_key.get(key) or last)
                pending = None
                continue
            if pending is not None and candidate.version in act_versions(pending.text):
                candidate.note = pending.text
            pending = None
            slot = by_key.get(key) if key else None
            if slot is None:
                slot = Slot(key)
                out.append(slot)
                if key:
                    by_key[key] = slot
            slot.candidates.append(candidate)
            last = slot
        return out

    def _candidate(self, element: Element, dates: dict[str, date]) -> Candidate:
        version = element_version(element)
        return Candidate(
            element=element,
            version=version,
            label=finlex_attr(element, "originalVersionLabel"),
            valid_from=dates.get(version),
        )

    def _note(self, element: Element, last: Slot | None) -> _Note:
        paragraphs = [p for p in element.iter() if local(p.tag) == "p"]
        first = self.reader.plain(paragraphs[0]) if paragraphs else self.reader.plain(element)
        note = _Note(first, entry_into_force(first), bool(_EARLIER.search(first)))
        before = last.candidates[-1] if last is not None and last.candidates else None
        if before is not None and not before.note and before.version in act_versions(first):
            # "L:lla 380/2026 lisätty 2 momentti tulee voimaan ..." after what it added.
            before.note = first
        held = [e for e in element.iter() if local(e.tag) in self.kinds]
        if held and last is not None:
            for wording in held:
                last.candidates.append(
                    Candidate(wording, element_version(wording), note=first, in_note=True)
                )
        return note

    @staticmethod
    def _earlier(candidate: Candidate, note: _Note, slot: Slot) -> None:
        """``candidate`` is the earlier wording of the provision in ``slot``."""
        candidate.valid_to = note.when
        candidate.note = note.text
        newer = slot.candidates[-1] if slot.candidates else None
        if newer is not None:
            newer.valid_from = newer.valid_from or note.when
            newer.note = newer.note or note.text
        slot.candidates.append(candidate)
