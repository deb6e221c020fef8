"""Exchange between people: briefing files, and annotations as W3C Web Annotation JSON.

Import merges without duplicates: the same id with the same content is skipped; the
same id with different content keeps both, the imported one as a copy marked with
``copy_of``. Importing the same file twice changes nothing the second time.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from briefing import atomic
from briefing.core.errors import NotFound, StoreError
from briefing.core.models import Annotation, Briefing
from briefing.notes import fileformat
from briefing.notes.annotations import new_id
from briefing.notes.store import NotesStore

W3C_CONTEXT = "http://www.w3.org/ns/anno.jsonld"


def _write(path: Path, text: str) -> None:
    try:
        atomic.write_text(path, text)
    except OSError as exc:
        raise StoreError(f"could not write {path}: {exc.strerror}") from exc


def shared_notes(
    store: NotesStore, brf: Briefing, include_private: bool = False
) -> list[Annotation]:
    """The notes a briefing file carries: chosen ones and the others on its items."""
    items = {e.item_id for e in brf.entries}
    chosen = {a for e in brf.entries for a in e.annotation_ids}
    found: dict[str, Annotation] = {}
    for item_id in sorted(items):
        found.update((a.id, a) for a in store.annotations(item_id))
    for ann_id in sorted(chosen - found.keys()):  # on other items, or trashed: still chosen
        found[ann_id] = store.annotation(ann_id)
    return [a for a in found.values() if include_private or not a.private]


def export_briefing(
    store: NotesStore, brf_id: str, out: Path, *, include_private: bool = False
) -> tuple[Briefing, list[Annotation]]:
    """Write a briefing file; private notes only when asked (and then their ids too)."""
    brf = store.briefing(brf_id)
    notes = shared_notes(store, brf, include_private)
    carried = {a.id for a in notes}
    entries = tuple(
        replace(e, annotation_ids=tuple(a for a in e.annotation_ids if a in carried))
        for e in brf.entries
    )
    brf = replace(brf, entries=entries)
    _write(out, fileformat.dumps(brf, notes, datetime.now(UTC)))
    return brf, notes


@dataclass(frozen=True, slots=True)
class ImportReport:
    """What an import did."""

    briefing_id: str  # the local id of the imported briefing (a copy's new id on conflict)
    briefing: str  # added | unchanged | copied
    added: tuple[str, ...] = ()
    unchanged: tuple[str, ...] = ()
    copied: tuple[str, ...] = ()  # local ids of imported copies


def _ann_key(a: Annotation) -> tuple[Any, ...]:
    # What a person wrote and quoted. Not times, and nothing re-anchoring changes
    # (offsets, surroundings, status), which differs between two people's libraries.
    quote = a.selector.exact if a.selector else None
    return (a.item_id, a.section_id, a.lang, a.note, quote, a.color, a.tag, a.private,
            a.author, a.official)  # fmt: skip


def _brf_key(b: Briefing) -> tuple[Any, ...]:
    entries = tuple(
        (e.item_id, e.section_id, e.excerpt, e.memo, e.annotation_ids, e.official)
        for e in b.entries
    )
    return (b.title, b.meeting, b.author, b.status, b.memo, b.lang, entries)


def _merge_note(store: NotesStore, ann: Annotation, report: dict[str, list[str]]) -> str:
    """Store one imported note unless it is already here; returns its local id."""
    try:
        local = store.annotation(ann.id)
    except NotFound:
        local = None
    if local is None:
        store.insert_annotation(replace(ann, deleted=None))
        report["added"].append(ann.id)
        return ann.id
    if _ann_key(local) == _ann_key(ann):
        report["unchanged"].append(ann.id)
        return ann.id
    for copy in store.copies_of(ann.id):
        if _ann_key(copy) == _ann_key(ann):
            report["unchanged"].append(copy.id)
            return copy.id
    copy = replace(ann, id=new_id("ann"), copy_of=ann.id, deleted=None)
    store.insert_annotation(copy)
    report["copied"].append(copy.id)
    return copy.id


def _merge_briefing(store: NotesStore, brf: Briefing) -> tuple[str, str]:
    try:
        local: Briefing | None = store.briefing(brf.id)
    except NotFound:
        local = None
    same = [b for b in ([local] if local else []) + store.briefing_copies_of(brf.id)
            if _brf_key(b) == _brf_key(brf)]  # fmt: skip
    if same:
        if same[0].deleted is not None:
            # Importing a file is asking for its briefing: out of the trash it comes.
            store.restore_briefing(same[0].id)
        return same[0].id, "unchanged"
    taken = {e.id for e in brf.entries if store.has_entry(e.id)}
    fresh = local is not None or bool(taken)
    entries = tuple(replace(e, id=new_id("ent")) if fresh else e for e in brf.entries)
    if local is None:
        store.insert_briefing(replace(brf, entries=entries, deleted=None))
        return brf.id, "added"
    copy = replace(brf, id=new_id("brf"), copy_of=brf.id, entries=entries, deleted=None)
    store.insert_briefing(copy)
    return copy.id, "copied"


def import_briefing(store: NotesStore, path: Path) -> ImportReport:
    """Merge a briefing file into the store, all or nothing."""
    try:
        data = Path(path).read_bytes()
    except FileNotFoundError as exc:
        raise NotFound(f"no such file: {path}") from exc
    except OSError as exc:
        raise StoreError(f"could not read {path}: {exc.strerror}") from exc
    brf, notes = fileformat.loads(data)
    report: dict[str, list[str]] = {"added": [], "unchanged": [], "copied": []}
    with store.write():
        local_ids = {a.id: _merge_note(store, a, report) for a in notes}
        entries = tuple(
            replace(e, annotation_ids=tuple(local_ids[a] for a in e.annotation_ids))
            for e in brf.entries
        )
        brf_id, outcome = _merge_briefing(store, replace(brf, entries=entries))
    return ImportReport(
        brf_id,
        outcome,
        tuple(report["added"]),
        tuple(report["unchanged"]),
        tuple(report["copied"]),
    )


# --- W3C Web Annotation -----------------------------------------------------------------


def to_web_annotation(ann: Annotation, official_source: str = "") -> dict[str, Any]:
    """One note as a W3C Web Annotation (TextQuote and TextPosition selectors).

    A note on the imported official text has that text as its target's source: its
    Finlex address (ELI) when ``official_source`` gives it, else ``official:<id>``;
    ``briefing:official`` says so either way.
    """
    where = ann.section_id or ann.item_id
    if ann.official:
        target: dict[str, Any] = {"source": official_source or f"official:{where}"}
        target["briefing:official"] = True
    else:
        target = {"source": f"item:{where}"}
    if ann.lang:
        target["language"] = ann.lang
    sel = ann.selector
    if sel is not None:
        selectors: list[dict[str, Any]] = [
            {"type": "TextQuoteSelector", "exact": sel.exact, "prefix": sel.prefix,
             "suffix": sel.suffix},
        ]  # fmt: skip
        if sel.start >= 0 and sel.end >= sel.start:
            selectors.append({"type": "TextPositionSelector", "start": sel.start, "end": sel.end})
        target["selector"] = selectors if len(selectors) > 1 else selectors[0]
    bodies: list[dict[str, Any]] = [
        {"type": "TextualBody", "value": ann.note, "format": "text/markdown",
         "purpose": "commenting"},
    ]  # fmt: skip
    if ann.tag:
        bodies.append({"type": "TextualBody", "value": ann.tag, "purpose": "tagging"})
    doc: dict[str, Any] = {
        "@context": W3C_CONTEXT,
        "id": f"urn:briefing:annotation:{ann.id}",
        "type": "Annotation",
        "motivation": "commenting",
        "body": bodies if len(bodies) > 1 else bodies[0],
        "target": target,
    }
    if ann.author:
        doc["creator"] = {"type": "Person", "name": ann.author}
    if ann.created:
        doc["created"] = ann.created.isoformat()
    if ann.updated:
        doc["modified"] = ann.updated.isoformat()
    return doc


def export_web_annotations(
    annotations: list[Annotation], out: Path, official_sources: dict[str, str] | None = None
) -> dict[str, Any]:
    """Write notes as a W3C AnnotationCollection with one page holding them all.

    ``official_sources``: item id -> the official text's address, for notes on it.
    """
    sources = official_sources or {}
    collection: dict[str, Any] = {
        "@context": W3C_CONTEXT,
        "type": "AnnotationCollection",
        "label": "Briefing annotations",
        "total": len(annotations),
        "first": {
            "type": "AnnotationPage",
            "startIndex": 0,
            "items": [{k: v for k, v in
                       to_web_annotation(a, sources.get(a.item_id, "")).items()
                       if k != "@context"} for a in annotations],
        },
    }  # fmt: skip
    _write(out, json.dumps(collection, ensure_ascii=False, indent=2) + "\n")
    return collection
