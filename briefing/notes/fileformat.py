"""The ``.briefing`` file format: versioned JSON to and from dataclasses, strictly checked.

Reading never trusts the file: every field is type-checked and a file of a newer
format version is refused, so an import either understands all of a file or
changes nothing. A file is one UTF-8 JSON object::

    {"format": "briefing-file", "version": 1, "exported": ISO-8601,
     "briefing": {"id", "title", "meeting": {"body", "date", "place"}, "author",
                  "status": "draft"|"final", "memo", "lang", "created", "updated",
                  "copy_of", "entries": [{"id", "item_id", "section_id", "excerpt",
                                          "memo", "annotation_ids": [...],
                                          "official": true to print the official text}]},
     "annotations": [{"id", "item_id", "section_id", "lang", "note",
                      "selector": null | {"exact", "prefix", "suffix", "start", "end"},
                      "text_hash", "color", "tag", "private", "author", "created",
                      "updated", "status", "status_reason", "copy_of",
                      "official": true if made on the imported official text}]}

Entries are in order; every id an entry names is in ``annotations``. Fields may be
added within a version (readers ignore what they do not know); anything a reader
of an older version could misread takes a new version number.

``official`` was added within version 1: a note without it is on our summary, the
only text there was before; a reader that ignores it keeps the note and anchors it
in our summary, where re-anchoring marks it changed or orphaned (nothing is lost).
An entry's ``official`` came the same way: without it the entry prints our summary;
a reader that ignores it prints our summary too, and its pack labels that entry
"summary, not the official text", so nobody is misled about which text they read.
"""

from __future__ import annotations

import json
from datetime import date, datetime
from typing import Any

from briefing.core.errors import BadInput, Integrity
from briefing.core.models import Annotation, Briefing, Entry, Meeting, Selector

FORMAT = "briefing-file"
VERSION = 1
MAX_BYTES = 64 * 1024 * 1024


def _time(value: datetime | None) -> str | None:
    return value.isoformat() if value else None


def annotation_to_json(ann: Annotation) -> dict[str, Any]:
    sel = ann.selector
    return {
        "id": ann.id,
        "item_id": ann.item_id,
        "section_id": ann.section_id,
        "lang": ann.lang,
        "note": ann.note,
        "selector": None
        if sel is None
        else {
            "exact": sel.exact,
            "prefix": sel.prefix,
            "suffix": sel.suffix,
            "start": sel.start,
            "end": sel.end,
        },
        "text_hash": ann.text_hash,
        "color": ann.color,
        "tag": ann.tag,
        "private": ann.private,
        "author": ann.author,
        "created": _time(ann.created),
        "updated": _time(ann.updated),
        "status": ann.status,
        "status_reason": ann.status_reason,
        "copy_of": ann.copy_of,
        "official": ann.official,
    }


def briefing_to_json(brf: Briefing) -> dict[str, Any]:
    return {
        "id": brf.id,
        "title": brf.title,
        "meeting": {
            "body": brf.meeting.body,
            "date": brf.meeting.date.isoformat() if brf.meeting.date else None,
            "place": brf.meeting.place,
        },
        "author": brf.author,
        "status": brf.status,
        "memo": brf.memo,
        "lang": brf.lang,
        "created": _time(brf.created),
        "updated": _time(brf.updated),
        "copy_of": brf.copy_of,
        "entries": [entry_to_json(e) for e in brf.entries],
    }


def entry_to_json(e: Entry) -> dict[str, Any]:
    return {
        "id": e.id,
        "item_id": e.item_id,
        "section_id": e.section_id,
        "excerpt": e.excerpt,
        "memo": e.memo,
        "annotation_ids": list(e.annotation_ids),
        "official": e.official,
    }


def dumps(brf: Briefing, annotations: list[Annotation], exported: datetime) -> str:
    doc = {
        "format": FORMAT,
        "version": VERSION,
        "exported": exported.isoformat(),
        "briefing": briefing_to_json(brf),
        "annotations": [annotation_to_json(a) for a in annotations],
    }
    return json.dumps(doc, ensure_ascii=False, indent=2) + "\n"


# --- reading --------------------------------------------------------------------------


class _Fields:
    """Typed access to one JSON object; errors name the field's path in the file."""

    def __init__(self, obj: Any, where: str) -> None:
        if not isinstance(obj, dict):
            raise BadInput(f"{where} must be an object")
        self.obj = obj
        self.where = where

    def _get(self, key: str, kind: type | tuple[type, ...], default: Any) -> Any:
        value = self.obj.get(key, default)
        if value is None and default is None:
            return None
        if not isinstance(value, kind) or (kind is int and isinstance(value, bool)):
            raise BadInput(f"{self.where}.{key} has the wrong type")
        return value

    def text(self, key: str, default: str | None = "") -> str:
        value: str = self._get(key, str, default)
        if value is None:
            raise BadInput(f"{self.where}.{key} is missing")
        return value

    def ident(self, key: str) -> str:
        value = self.text(key, None)
        if not value.strip() or len(value) > 500:
            raise BadInput(f"{self.where}.{key} is not an id")
        return value

    def integer(self, key: str, default: int) -> int:
        value: int = self._get(key, int, default)
        return value

    def flag(self, key: str) -> bool:
        value: bool = self._get(key, bool, False)
        return value

    def time(self, key: str) -> datetime | None:
        value = self._get(key, str, None)
        try:
            return datetime.fromisoformat(value) if value else None
        except ValueError as exc:
            raise BadInput(f"{self.where}.{key} is not a date and time") from exc

    def day(self, key: str) -> date | None:
        value = self._get(key, str, None)
        try:
            return date.fromisoformat(value) if value else None
        except ValueError as exc:
            raise BadInput(f"{self.where}.{key} is not a date") from exc

    def items(self, key: str) -> list[Any]:
        value: list[Any] = self._get(key, list, [])
        return value


def _selector(obj: Any, where: str) -> Selector | None:
    if obj is None:
        return None
    f = _Fields(obj, where)
    return Selector(
        exact=f.text("exact", None),
        prefix=f.text("prefix"),
        suffix=f.text("suffix"),
        start=f.integer("start", -1),
        end=f.integer("end", -1),
    )


def annotation_from_json(obj: Any, where: str) -> Annotation:
    f = _Fields(obj, where)
    status = f.text("status", "ok")
    if status not in ("ok", "changed", "orphaned"):
        raise BadInput(f"{where}.status is not ok, changed or orphaned")
    return Annotation(
        id=f.ident("id"),
        item_id=f.ident("item_id"),
        note=f.text("note"),
        section_id=f.text("section_id"),
        lang=f.text("lang"),
        selector=_selector(obj.get("selector"), f"{where}.selector"),
        text_hash=f.text("text_hash"),
        color=f.text("color"),
        tag=f.text("tag"),
        private=f.flag("private"),
        author=f.text("author"),
        created=f.time("created"),
        updated=f.time("updated"),
        status=status,
        status_reason=f.text("status_reason"),
        copy_of=f.text("copy_of"),
        official=f.flag("official"),
    )


def _entry(obj: Any, where: str, brf_id: str, position: int) -> Entry:
    f = _Fields(obj, where)
    ann_ids = f.items("annotation_ids")
    if not all(isinstance(a, str) for a in ann_ids):
        raise BadInput(f"{where}.annotation_ids must be a list of ids")
    return Entry(
        id=f.ident("id"),
        briefing_id=brf_id,
        position=position,
        item_id=f.ident("item_id"),
        section_id=f.text("section_id"),
        excerpt=f.text("excerpt"),
        memo=f.text("memo"),
        annotation_ids=tuple(ann_ids),
        official=f.flag("official"),
    )


def briefing_from_json(obj: Any, where: str = "briefing") -> Briefing:
    f = _Fields(obj, where)
    brf_id = f.ident("id")
    meeting = _Fields(obj.get("meeting", {}), f"{where}.meeting")
    status = f.text("status", "draft")
    if status not in ("draft", "final"):
        raise BadInput(f"{where}.status is not draft or final")
    entries = tuple(
        _entry(e, f"{where}.entries[{i}]", brf_id, i) for i, e in enumerate(f.items("entries"))
    )
    return Briefing(
        id=brf_id,
        title=f.ident("title"),
        meeting=Meeting(meeting.text("body"), meeting.day("date"), meeting.text("place")),
        author=f.text("author"),
        status=status,
        memo=f.text("memo"),
        lang=f.text("lang", "fi"),
        created=f.time("created"),
        updated=f.time("updated"),
        entries=entries,
        copy_of=f.text("copy_of"),
    )


def loads(data: bytes) -> tuple[Briefing, list[Annotation]]:
    """Parse and check a whole file; raises BadInput or Integrity, never half-reads."""
    if len(data) > MAX_BYTES:
        raise BadInput("the file is too large to be a briefing file")
    try:
        doc = json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise BadInput(f"not a briefing file: it is not JSON ({exc})") from exc
    if not isinstance(doc, dict) or doc.get("format") != FORMAT:
        raise BadInput("not a briefing file: the format name is missing")
    version = doc.get("version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise BadInput("not a briefing file: the format version is missing")
    if version > VERSION:
        raise Integrity(
            f"the briefing file has format version {version}; this Briefing reads up to "
            f"{VERSION} — update Briefing to import it"
        )
    brf = briefing_from_json(doc.get("briefing"))
    notes = doc.get("annotations", [])
    if not isinstance(notes, list):
        raise BadInput("annotations must be a list")
    annotations = [annotation_from_json(a, f"annotations[{i}]") for i, a in enumerate(notes)]
    known = {a.id for a in annotations}
    if len(known) != len(annotations):
        raise BadInput("the file holds the same annotation twice")
    for entry in brf.entries:
        for ann_id in entry.annotation_ids:
            if ann_id not in known:
                raise BadInput(f"entry {entry.id} names annotation {ann_id}, not in the file")
    if len({e.id for e in brf.entries}) != len(brf.entries):
        raise BadInput("the file holds the same entry twice")
    return brf, annotations
