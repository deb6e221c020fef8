"""Annotations in user.db: create, edit, trash and restore, list, search, re-anchor."""

from __future__ import annotations

import re
import uuid
from datetime import UTC, datetime
from typing import Any

from briefing.core.errors import BadInput, NotFound
from briefing.core.models import Annotation, Selector
from briefing.notes.db import UserDb

STATUSES = ("ok", "changed", "orphaned")
_UNSET: Any = object()


def new_id(prefix: str) -> str:
    """A readable id unique across profiles, so exchanged files never clash by accident."""
    return f"{prefix}-{uuid.uuid4().hex[:12]}"


def now() -> datetime:
    return datetime.now(UTC)


def stamp(value: datetime | None) -> str | None:
    return value.isoformat() if value else None


def parse_time(value: str | None) -> datetime | None:
    return datetime.fromisoformat(value) if value else None


def annotation_from_row(row: dict[str, Any]) -> Annotation:
    selector = None
    if row["exact"] is not None:
        selector = Selector(
            exact=row["exact"],
            prefix=row["prefix"],
            suffix=row["suffix"],
            start=row["start"],
            end=row["end"],
        )
    return Annotation(
        id=row["id"],
        item_id=row["item_id"],
        note=row["note"],
        section_id=row["section_id"],
        lang=row["lang"],
        selector=selector,
        text_hash=row["text_hash"],
        color=row["color"],
        tag=row["tag"],
        private=bool(row["private"]),
        author=row["author"],
        created=parse_time(row["created"]),
        updated=parse_time(row["updated"]),
        status=row["status"],
        status_reason=row["status_reason"],
        deleted=parse_time(row["deleted"]),
        copy_of=row["copy_of"],
        official=bool(row["official"]),
    )


def annotation_to_row(ann: Annotation) -> dict[str, Any]:
    sel = ann.selector
    return {
        "id": ann.id,
        "item_id": ann.item_id,
        "section_id": ann.section_id,
        "lang": ann.lang,
        "note": ann.note,
        "exact": sel.exact if sel else None,
        "prefix": sel.prefix if sel else "",
        "suffix": sel.suffix if sel else "",
        "start": sel.start if sel else -1,
        "end": sel.end if sel else -1,
        "text_hash": ann.text_hash,
        "color": ann.color,
        "tag": ann.tag,
        "private": int(ann.private),
        "author": ann.author,
        "created": stamp(ann.created),
        "updated": stamp(ann.updated),
        "status": ann.status,
        "status_reason": ann.status_reason,
        "deleted": stamp(ann.deleted),
        "copy_of": ann.copy_of,
        "official": int(ann.official),
    }


def _fts_query(text: str) -> str:
    # Each word as a quoted prefix term: what people type never becomes FTS syntax.
    words = re.findall(r"\w+", text)
    return " ".join(f'"{w}"*' for w in words)


class AnnotationsMixin(UserDb):
    """The annotation half of the notes store."""

    def add_annotation(
        self,
        item_id: str,
        note: str,
        *,
        section_id: str = "",
        lang: str = "",
        selector: Selector | None = None,
        text_hash: str = "",
        color: str = "",
        tag: str = "",
        private: bool = False,
        author: str | None = None,
        official: bool = False,
    ) -> Annotation:
        """Create a note; it is committed when this returns."""
        if not item_id:
            raise BadInput("an annotation needs an item id")
        created = now()
        ann = Annotation(
            id=new_id("ann"),
            item_id=item_id,
            note=note,
            section_id=section_id,
            lang=lang,
            selector=selector,
            text_hash=text_hash,
            color=color,
            tag=tag,
            private=private,
            author=self.author if author is None else author,
            created=created,
            updated=created,
            official=official,
        )
        self.insert_annotation(ann)
        return ann

    def insert_annotation(self, ann: Annotation) -> None:
        """Store an annotation exactly as given (import, undo); its id must be new."""
        with self.write() as db:
            if self._annotation_row(ann.id) is not None:
                raise BadInput(f"annotation {ann.id} already exists")
            db.table("annotations").insert(annotation_to_row(ann))

    def _annotation_row(self, ann_id: str) -> dict[str, Any] | None:
        rows = self.query("SELECT * FROM annotations WHERE id = ?", (ann_id,))
        return rows[0] if rows else None

    def annotation(self, ann_id: str) -> Annotation:
        """One annotation, also from the trash."""
        row = self._annotation_row(ann_id)
        if row is None:
            raise NotFound(f"no annotation {ann_id}")
        return annotation_from_row(row)

    def copies_of(self, ann_id: str) -> list[Annotation]:
        """Imported copies kept beside the note ``ann_id`` (see exchange)."""
        rows = self.query("SELECT * FROM annotations WHERE copy_of = ? ORDER BY seq", (ann_id,))
        return [annotation_from_row(r) for r in rows]

    def edit_annotation(
        self,
        ann_id: str,
        *,
        note: str = _UNSET,
        color: str = _UNSET,
        tag: str = _UNSET,
        private: bool = _UNSET,
    ) -> Annotation:
        """Change what the user wrote; returns the annotation as stored."""
        changes: dict[str, Any] = {}
        for key, value in (("note", note), ("color", color), ("tag", tag)):
            if value is not _UNSET:
                changes[key] = value
        if private is not _UNSET:
            changes["private"] = int(private)
        return self._update_annotation(ann_id, changes)

    def _update_annotation(
        self, ann_id: str, changes: dict[str, Any], *, touch: bool = True
    ) -> Annotation:
        """Set columns of one note; ``touch`` also stamps ``updated`` (a user's change)."""
        with self.write() as db:
            if self._annotation_row(ann_id) is None:
                raise NotFound(f"no annotation {ann_id}")
            if touch:
                changes = {**changes, "updated": stamp(now())}
            sets = ", ".join(f'"{key}" = ?' for key in changes)
            db.execute(f"UPDATE annotations SET {sets} WHERE id = ?", [*changes.values(), ann_id])
        return self.annotation(ann_id)

    def delete_annotation(self, ann_id: str) -> Annotation:
        """Move a note to the trash; ``restore_annotation`` undoes it."""
        return self._update_annotation(ann_id, {"deleted": stamp(now())})

    def restore_annotation(self, ann_id: str) -> Annotation:
        """Take a note back out of the trash."""
        return self._update_annotation(ann_id, {"deleted": None})

    def purge_annotation(self, ann_id: str) -> None:
        """Delete a trashed note for good (emptying the trash); live notes are refused."""
        with self.write() as db:
            row = self._annotation_row(ann_id)
            if row is None:
                raise NotFound(f"no annotation {ann_id}")
            if row["deleted"] is None:
                raise BadInput(f"annotation {ann_id} is not in the trash")
            db.execute("DELETE FROM annotations WHERE id = ?", (ann_id,))

    def set_anchor(
        self,
        ann_id: str,
        *,
        selector: Selector | None,
        status: str,
        reason: str,
        text_hash: str | None = None,
        official: bool | None = None,
    ) -> Annotation:
        """Record where re-anchoring found a note and how it fared (not a user edit).

        ``official`` moves the note to that text of its act (accepting a fallback).
        """
        if status not in STATUSES:
            raise BadInput(f"unknown annotation status {status!r}")
        sel = selector
        row: dict[str, Any] = {"status": status, "status_reason": reason}
        if sel is not None:
            row.update(exact=sel.exact, prefix=sel.prefix, suffix=sel.suffix)
            row.update(start=sel.start, end=sel.end)
        if text_hash is not None:
            row["text_hash"] = text_hash
        if official is not None:
            row["official"] = int(official)
        return self._update_annotation(ann_id, row, touch=False)

    def annotations(
        self,
        item_id: str | None = None,
        *,
        section_id: str | None = None,
        include_private: bool = True,
        trash: bool = False,
    ) -> list[Annotation]:
        """Notes in the order they were made: all, or of one item (and section)."""
        where = ["deleted IS NOT NULL" if trash else "deleted IS NULL"]
        params: list[Any] = []
        if item_id is not None:
            where.append("item_id = ?")
            params.append(item_id)
        if section_id is not None:
            where.append("section_id = ?")
            params.append(section_id)
        if not include_private:
            where.append("private = 0")
        sql = f"SELECT * FROM annotations WHERE {' AND '.join(where)} ORDER BY seq"
        return [annotation_from_row(r) for r in self.query(sql, params)]

    def search_annotations(self, text: str, *, limit: int = 100) -> list[Annotation]:
        """Notes whose text, quote or tag hold every word typed, best match first."""
        query = _fts_query(text)
        if not query:
            return []
        rows = self.query(
            """SELECT annotations.* FROM annotations_fts
               JOIN annotations ON annotations.seq = annotations_fts.rowid
               WHERE annotations_fts MATCH ? AND annotations.deleted IS NULL
               ORDER BY annotations_fts.rank LIMIT ?""",
            (query, limit),
        )
        return [annotation_from_row(r) for r in rows]
