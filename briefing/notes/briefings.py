"""Briefings in user.db: the pack, its meeting, and its ordered entries."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from datetime import date
from typing import Any

from briefing.core.errors import BadInput, NotFound
from briefing.core.models import Briefing, Entry, Meeting
from briefing.notes.annotations import new_id, now, parse_time, stamp
from briefing.notes.db import UserDb

BRIEFING_STATUSES = ("draft", "final")
_UNSET: Any = object()


def briefing_to_row(b: Briefing) -> dict[str, Any]:
    return {
        "id": b.id,
        "title": b.title,
        "meeting_body": b.meeting.body,
        "meeting_date": b.meeting.date.isoformat() if b.meeting.date else None,
        "meeting_place": b.meeting.place,
        "author": b.author,
        "status": b.status,
        "memo": b.memo,
        "lang": b.lang,
        "created": stamp(b.created),
        "updated": stamp(b.updated),
        "deleted": stamp(b.deleted),
        "copy_of": b.copy_of,
    }


def _briefing_from_row(row: dict[str, Any], entries: tuple[Entry, ...]) -> Briefing:
    day = row["meeting_date"]
    return Briefing(
        id=row["id"],
        title=row["title"],
        meeting=Meeting(
            body=row["meeting_body"],
            date=date.fromisoformat(day) if day else None,
            place=row["meeting_place"],
        ),
        author=row["author"],
        status=row["status"],
        memo=row["memo"],
        lang=row["lang"],
        created=parse_time(row["created"]),
        updated=parse_time(row["updated"]),
        entries=entries,
        deleted=parse_time(row["deleted"]),
        copy_of=row["copy_of"],
    )


class BriefingsMixin(UserDb):
    """The briefing half of the notes store."""

    def new_briefing(
        self,
        title: str,
        *,
        meeting: Meeting | None = None,
        author: str | None = None,
        memo: str = "",
        lang: str = "fi",
        status: str = "draft",
    ) -> Briefing:
        if not title.strip():
            raise BadInput("a briefing needs a title")
        if status not in BRIEFING_STATUSES:
            raise BadInput(f"status must be one of {', '.join(BRIEFING_STATUSES)}")
        created = now()
        brf = Briefing(
            id=new_id("brf"),
            title=title,
            meeting=meeting or Meeting(),
            author=self.author if author is None else author,
            status=status,
            memo=memo,
            lang=lang,
            created=created,
            updated=created,
        )
        self.insert_briefing(brf)
        return brf

    def insert_briefing(self, brf: Briefing) -> None:
        """Store a briefing with its entries exactly as given (import, duplicate)."""
        with self.write() as db:
            if self._briefing_row(brf.id) is not None:
                raise BadInput(f"briefing {brf.id} already exists")
            db.table("briefings").insert(briefing_to_row(brf))
            for position, entry in enumerate(brf.entries):
                self._insert_entry(replace(entry, briefing_id=brf.id, position=position))

    def _insert_entry(self, entry: Entry) -> None:
        self.db.table("entries").insert(
            {
                "id": entry.id,
                "briefing_id": entry.briefing_id,
                "position": entry.position,
                "item_id": entry.item_id,
                "section_id": entry.section_id,
                "excerpt": entry.excerpt,
                "memo": entry.memo,
                "official": int(entry.official),
            }
        )
        self._set_entry_annotations(entry.id, entry.annotation_ids)

    def _set_entry_annotations(self, entry_id: str, ann_ids: Sequence[str]) -> None:
        self.db.execute("DELETE FROM entry_annotations WHERE entry_id = ?", (entry_id,))
        for position, ann_id in enumerate(dict.fromkeys(ann_ids)):
            if not self.query("SELECT 1 FROM annotations WHERE id = ?", (ann_id,)):
                raise NotFound(f"no annotation {ann_id}")
            self.db.execute(
                "INSERT INTO entry_annotations (entry_id, annotation_id, position) "
                "VALUES (?, ?, ?)",
                (entry_id, ann_id, position),
            )

    def _briefing_row(self, brf_id: str) -> dict[str, Any] | None:
        rows = self.query("SELECT * FROM briefings WHERE id = ?", (brf_id,))
        return rows[0] if rows else None

    def _entries(self, brf_id: str) -> tuple[Entry, ...]:
        rows = self.query(
            "SELECT * FROM entries WHERE briefing_id = ? ORDER BY position, seq", (brf_id,)
        )
        links = self.query(
            """SELECT ea.entry_id, ea.annotation_id FROM entry_annotations ea
               JOIN entries e ON e.id = ea.entry_id
               WHERE e.briefing_id = ? ORDER BY ea.position""",
            (brf_id,),
        )
        chosen: dict[str, list[str]] = {}
        for link in links:
            chosen.setdefault(link["entry_id"], []).append(link["annotation_id"])
        return tuple(
            Entry(
                id=r["id"],
                briefing_id=brf_id,
                position=r["position"],
                item_id=r["item_id"],
                section_id=r["section_id"],
                excerpt=r["excerpt"],
                memo=r["memo"],
                annotation_ids=tuple(chosen.get(r["id"], ())),
                official=bool(r["official"]),
            )
            for r in rows
        )

    def briefing(self, brf_id: str) -> Briefing:
        """A briefing with its entries in order (also from the trash)."""
        with self.snapshot():
            row = self._briefing_row(brf_id)
            if row is None:
                raise NotFound(f"no briefing {brf_id}")
            return _briefing_from_row(row, self._entries(brf_id))

    def briefing_copies_of(self, brf_id: str) -> list[Briefing]:
        with self.snapshot():
            rows = self.query("SELECT * FROM briefings WHERE copy_of = ? ORDER BY seq", (brf_id,))
            return [_briefing_from_row(r, self._entries(r["id"])) for r in rows]

    def has_entry(self, entry_id: str) -> bool:
        return bool(self.query("SELECT 1 FROM entries WHERE id = ?", (entry_id,)))

    def briefings(self, *, trash: bool = False) -> list[Briefing]:
        """Briefings, most recently changed first, with their entries."""
        state = "IS NOT NULL" if trash else "IS NULL"
        with self.snapshot():
            rows = self.query(
                f"SELECT * FROM briefings WHERE deleted {state} ORDER BY updated DESC"
            )
            return [_briefing_from_row(r, self._entries(r["id"])) for r in rows]

    def update_briefing(
        self,
        brf_id: str,
        *,
        title: str = _UNSET,
        meeting: Meeting = _UNSET,
        status: str = _UNSET,
        memo: str = _UNSET,
        lang: str = _UNSET,
    ) -> Briefing:
        changes: dict[str, Any] = {}
        for key, value in (("title", title), ("status", status), ("memo", memo), ("lang", lang)):
            if value is not _UNSET:
                changes[key] = value
        if status is not _UNSET and status not in BRIEFING_STATUSES:
            raise BadInput(f"status must be one of {', '.join(BRIEFING_STATUSES)}")
        if meeting is not _UNSET:
            row = briefing_to_row(Briefing(id=brf_id, title="", meeting=meeting))
            changes.update({k: row[k] for k in ("meeting_body", "meeting_date", "meeting_place")})
        with self.write():
            self._touch(brf_id, changes)
        return self.briefing(brf_id)

    def _touch(self, brf_id: str, changes: dict[str, Any] | None = None) -> None:
        # Inside a write: any change to a briefing or its entries moves `updated`.
        if self._briefing_row(brf_id) is None:
            raise NotFound(f"no briefing {brf_id}")
        changes = {**(changes or {}), "updated": stamp(now())}
        sets = ", ".join(f'"{key}" = ?' for key in changes)
        self.db.execute(f"UPDATE briefings SET {sets} WHERE id = ?", [*changes.values(), brf_id])

    def delete_briefing(self, brf_id: str) -> Briefing:
        """Move a briefing to the trash; ``restore_briefing`` undoes it."""
        with self.write():
            self._touch(brf_id, {"deleted": stamp(now())})
        return self.briefing(brf_id)

    def restore_briefing(self, brf_id: str) -> Briefing:
        with self.write():
            self._touch(brf_id, {"deleted": None})
        return self.briefing(brf_id)

    def purge_briefing(self, brf_id: str) -> None:
        """Delete a trashed briefing and its entries for good; live ones are refused."""
        with self.write() as db:
            row = self._briefing_row(brf_id)
            if row is None:
                raise NotFound(f"no briefing {brf_id}")
            if row["deleted"] is None:
                raise BadInput(f"briefing {brf_id} is not in the trash")
            db.execute("DELETE FROM briefings WHERE id = ?", (brf_id,))

    def duplicate_briefing(self, brf_id: str, title: str | None = None) -> Briefing:
        """A new draft with the same meeting and entries (new ids, same notes chosen)."""
        with self.write():
            original = self.briefing(brf_id)
            created = now()
            copy = replace(
                original,
                id=new_id("brf"),
                title=title or original.title,
                status="draft",
                created=created,
                updated=created,
                deleted=None,
                copy_of="",
                entries=tuple(replace(e, id=new_id("ent")) for e in original.entries),
            )
            self.insert_briefing(copy)
        return self.briefing(copy.id)

    def add_entry(
        self,
        brf_id: str,
        item_id: str,
        *,
        section_id: str = "",
        excerpt: str = "",
        memo: str = "",
        annotation_ids: Sequence[str] = (),
        position: int | None = None,
        entry_id: str | None = None,
        official: bool = False,
    ) -> Entry:
        """Add an item or section at the end (or at ``position``); returns the entry.

        ``official``: the entry prints the imported official text of its act, not our
        summary (the user added it from that text).
        """
        if not item_id:
            raise BadInput("an entry needs an item id")
        with self.write():
            self._touch(brf_id)
            count = len(self._entries(brf_id))
            entry = Entry(
                id=entry_id or new_id("ent"),
                briefing_id=brf_id,
                position=count,
                item_id=item_id,
                section_id=section_id,
                excerpt=excerpt,
                memo=memo,
                annotation_ids=tuple(dict.fromkeys(annotation_ids)),
                official=official,
            )
            self._insert_entry(entry)
            if position is not None:
                self._move(brf_id, entry.id, position)
        return self.entry(entry.id)

    def entry(self, entry_id: str) -> Entry:
        with self.snapshot():
            rows = self.query("SELECT briefing_id FROM entries WHERE id = ?", (entry_id,))
            if not rows:
                raise NotFound(f"no entry {entry_id}")
            return next(e for e in self._entries(rows[0]["briefing_id"]) if e.id == entry_id)

    def update_entry(
        self,
        entry_id: str,
        *,
        excerpt: str = _UNSET,
        memo: str = _UNSET,
        annotation_ids: Sequence[str] = _UNSET,
        official: bool = _UNSET,
    ) -> Entry:
        with self.write():
            entry = self.entry(entry_id)
            self._touch(entry.briefing_id)
            # sqlite3 stores a bool as 1 or 0, as the column holds it.
            for key, value in (("excerpt", excerpt), ("memo", memo), ("official", official)):
                if value is not _UNSET:
                    self.db.execute(f"UPDATE entries SET {key} = ? WHERE id = ?", (value, entry_id))
            if annotation_ids is not _UNSET:
                self._set_entry_annotations(entry_id, annotation_ids)
        return self.entry(entry_id)

    def set_entry_official(self, brf_id: str, entry_id: str, official: bool) -> Entry:
        """Whether the entry prints the imported text (official text or the source's own)
        or our summary; the briefing's ``updated`` moves. Returns the entry as it is now."""
        with self.write():
            rows = self.query("SELECT briefing_id FROM entries WHERE id = ?", (entry_id,))
            if not rows or rows[0]["briefing_id"] != brf_id:
                raise NotFound(f"no entry {entry_id} in briefing {brf_id}")
            return self.update_entry(entry_id, official=official)

    def move_entry(self, entry_id: str, position: int) -> Briefing:
        """Put an entry at ``position`` (0-based, clamped); the others keep their order."""
        with self.write():
            entry = self.entry(entry_id)
            self._touch(entry.briefing_id)
            self._move(entry.briefing_id, entry_id, position)
        return self.briefing(entry.briefing_id)

    def _move(self, brf_id: str, entry_id: str, position: int) -> None:
        order = [e.id for e in self._entries(brf_id) if e.id != entry_id]
        position = max(0, min(position, len(order)))
        order.insert(position, entry_id)
        self._renumber(order)

    def _renumber(self, order: list[str]) -> None:
        for index, ent_id in enumerate(order):
            self.db.execute("UPDATE entries SET position = ? WHERE id = ?", (index, ent_id))

    def remove_entry(self, entry_id: str) -> Entry:
        """Take an entry out; returns it so ``add_entry(**...)`` can put it back (undo)."""
        with self.write():
            entry = self.entry(entry_id)
            self._touch(entry.briefing_id)
            self.db.execute("DELETE FROM entries WHERE id = ?", (entry_id,))
            self._renumber([e.id for e in self._entries(entry.briefing_id)])
        return entry
