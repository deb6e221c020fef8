"""Saved portal pages and feed entries in the user's library (the profile's ``official.db``).

They live beside the official Finlex texts (``official.py``), in the same library
tables, so search finds them and the reader shows them as the source's own text
(``official=True``) with its address and the day of the import (``checked``). Two
tables of their own: ``official_items`` (shared with Finlex: the item whole, so the
library tables can be rebuilt when their schema changes) and ``official_saved``
(what the import said: origin, file, when). One import is one transaction: every
item read cleanly comes in, or, on a crash or a cancel, nothing does.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path

import sqlite_utils

from briefing import paths
from briefing.core.errors import Cancelled, NotFound, StoreError
from briefing.core.models import CancelFlag, Item, Progress, never_cancel, no_progress
from briefing.library import build, official
from briefing.library.importers import item_json
from briefing.library.importers.report import Refused
from briefing.library.importers.saved import (
    Imported,
    Kept,
    ReadResult,
    SavedItem,
    WebImportSummary,
    decide,
    imported,
    kept_reason,
)

# "official_" first: official.py's schema rebuild leaves tables of that name alone.
_TABLE = """
CREATE TABLE IF NOT EXISTS official_saved (
    id TEXT, lang TEXT, kind TEXT, title TEXT, source TEXT, origin TEXT, file TEXT,
    published TEXT, updated TEXT, imported_at TEXT,
    PRIMARY KEY (id, lang)
)
"""


@dataclass(frozen=True, slots=True)
class SavedText:
    """A page or news item in the user's library, as ``import list`` shows it."""

    id: str
    lang: str
    kind: str
    title: str
    source: str
    origin: str  # "page" or "feed"
    file: str
    published: date | None
    updated: date | None
    imported_at: datetime | None


def _open(profile: Path) -> sqlite_utils.Database:
    db = official.open_db(profile)
    try:
        db.execute(_TABLE)
    except sqlite3.Error as exc:
        db.close()
        raise StoreError(f"cannot write {paths.official_db(profile)}: {exc}") from None
    return db


def _iso(value: date | datetime | None) -> str | None:
    return value.isoformat() if value else None


def _held(db: sqlite_utils.Database, item: Item) -> Item | None:
    row = db.execute(
        "SELECT item FROM official_items WHERE id = ? AND lang = ?", [item.id, item.lang]
    ).fetchone()
    return item_json.loads(row[0]) if row else None


def _write(conn: sqlite3.Connection, saved: SavedItem, at: datetime) -> None:
    item = saved.item
    conn.execute(
        "INSERT OR REPLACE INTO official_items (id, lang, item) VALUES (?, ?, ?)",
        (item.id, item.lang, item_json.dumps(item)),
    )
    conn.execute(
        "INSERT OR REPLACE INTO official_saved VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (
            item.id, item.lang, item.kind, item.title, item.source, saved.origin, saved.file,
            _iso(item.published), _iso(item.updated), _iso(at),
        ),
    )  # fmt: skip


def import_items(
    profile: Path,
    read: ReadResult,
    progress: Progress = no_progress,
    cancel: CancelFlag = never_cancel,
) -> WebImportSummary:
    """Put the items read into the user's library; an item already there is replaced
    only when the import is newer."""
    at = datetime.now(UTC).replace(microsecond=0)
    written: list[Imported] = []
    kept: list[Kept] = list(read.kept)
    refused: list[Refused] = list(read.refused)
    if read.items:
        db = _open(profile)
        try:
            chosen = _choose(db, read, kept, refused)
            if chosen:
                build.write_items(db, _items(db, chosen, at, written, progress, cancel))
                with db.conn:
                    official.write_version(db, at)
        except sqlite3.Error as exc:
            raise StoreError(f"cannot write {paths.official_db(profile)}: {exc}") from None
        finally:
            db.close()
    return WebImportSummary(tuple(written), tuple(kept), tuple(refused), read.files)


def _choose(
    db: sqlite_utils.Database, read: ReadResult, kept: list[Kept], refused: list[Refused]
) -> list[tuple[SavedItem, str]]:
    chosen: list[tuple[SavedItem, str]] = []
    for saved in read.items:
        if _is_official(db, saved.item.id):
            # An official text imported from Finlex (``--id act-...``): never replaced.
            reason = f"{saved.item.id} is the id of an imported official text"
            refused.append(Refused(saved.file, f"{reason}; give another --id"))
            continue
        held = _held(db, saved.item)
        action = decide(held, saved.item)
        if action is None:
            assert held is not None
            kept.append(Kept(saved.item.id, saved.item.lang, saved.file, kept_reason(held)))
        else:
            chosen.append((saved, action))
    return chosen


def _items(
    db: sqlite_utils.Database,
    chosen: list[tuple[SavedItem, str]],
    at: datetime,
    written: list[Imported],
    progress: Progress,
    cancel: CancelFlag,
) -> Iterator[Item]:
    # build.write_items iterates this inside its one transaction: our own rows go in
    # the same transaction, and a cancel raised here rolls back everything.
    for n, (saved, action) in enumerate(chosen):
        if cancel():
            raise Cancelled("import cancelled; nothing was imported")
        _write(db.conn, saved, at)
        written.append(imported(saved, action, at))
        progress(n, len(chosen), saved.item.title)
        yield saved.item


def _is_official(db: sqlite_utils.Database, item_id: str) -> bool:
    """Whether some language of ``item_id`` is an official text (in no ``official_saved`` row)."""
    row = db.execute(
        "SELECT 1 FROM official_items i WHERE i.id = ? AND NOT EXISTS"
        " (SELECT 1 FROM official_saved s WHERE s.id = i.id AND s.lang = i.lang)",
        [item_id],
    ).fetchone()
    return row is not None


def list_saved(profile: Path) -> list[SavedText]:
    """Every saved page and news item in the user's library, newest first."""
    if not paths.official_db(profile).exists():
        return []
    db = _open(profile)
    try:
        rows = db.execute(
            "SELECT id, lang, kind, title, source, origin, file, published, updated,"
            " imported_at FROM official_saved"
            " ORDER BY coalesce(published, imported_at) DESC, id, lang"
        ).fetchall()
    finally:
        db.close()
    return [
        SavedText(
            id=r[0], lang=r[1], kind=r[2], title=r[3], source=r[4], origin=r[5], file=r[6],
            published=date.fromisoformat(r[7]) if r[7] else None,
            updated=date.fromisoformat(r[8]) if r[8] else None,
            imported_at=datetime.fromisoformat(r[9]) if r[9] else None,
        )
        for r in rows
    ]  # fmt: skip


def remove_saved(profile: Path, item_id: str) -> list[SavedText]:
    """Remove a saved page or news item (every language); what was removed."""
    removed = [t for t in list_saved(profile) if t.id == item_id]
    if not removed:
        raise NotFound(f"{item_id}: no imported page or news item with this id")
    db = _open(profile)
    try:
        build.delete_items(db, _deleting(db, item_id))
        with db.conn:
            official.write_version(db, datetime.now(UTC).replace(microsecond=0))
    except sqlite3.Error as exc:
        raise StoreError(f"cannot write {paths.official_db(profile)}: {exc}") from None
    finally:
        db.close()
    return removed


def _deleting(db: sqlite_utils.Database, item_id: str) -> Iterator[str]:
    # Inside build.delete_items' transaction, like _items above.
    db.conn.execute("DELETE FROM official_saved WHERE id = ?", [item_id])
    db.conn.execute("DELETE FROM official_items WHERE id = ?", [item_id])
    yield item_id
