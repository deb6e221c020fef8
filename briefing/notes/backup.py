"""Rotating backups of user.db through sqlite's backup API, and restoring one safely.

A backup is a single self-contained file (rollback journal, not WAL) named after the
moment it was taken and why. Restore checks a file on a private copy before anything
is replaced, keeps the current database as a backup first, and moves a damaged one
aside instead of overwriting it.
"""

from __future__ import annotations

import contextlib
import os
import re
import shutil
import sqlite3
import time
import uuid
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

from sqlite_utils import Database

from briefing import atomic
from briefing.core.errors import BadInput, Integrity, NotFound, StoreError
from briefing.notes import migrations

KEEP = 10
DAILY = timedelta(hours=24)
_NAME = re.compile(r"^user-(\d{8}T\d{6}\d{6}Z)-([a-z-]+)\.db$")
_STAMP = "%Y%m%dT%H%M%S%fZ"
_HEADER = b"SQLite format 3\x00"
_STALE_TEMP = 3600.0  # seconds; younger temp files may belong to a backup in progress


@dataclass(frozen=True, slots=True)
class BackupInfo:
    """One backup file in the backups folder."""

    path: Path
    taken: datetime
    reason: str  # daily | pre-migration | pre-restore | manual
    size: int


def list_backups(backups_dir: Path) -> list[BackupInfo]:
    """The backups in a folder, newest first."""
    found: list[BackupInfo] = []
    if not backups_dir.is_dir():
        return found
    for path in backups_dir.iterdir():
        match = _NAME.match(path.name)
        if not match or not path.is_file():
            continue
        taken = datetime.strptime(match.group(1), _STAMP).replace(tzinfo=UTC)
        found.append(BackupInfo(path, taken, match.group(2), path.stat().st_size))
    found.sort(key=lambda b: b.taken, reverse=True)
    return found


def due(backups_dir: Path, now: datetime | None = None) -> bool:
    """True when no backup was taken in the last day."""
    backups = list_backups(backups_dir)
    now = now or datetime.now(UTC)
    return not backups or now - backups[0].taken >= DAILY


def _copy_database(src_path: Path, dest: Path) -> None:
    """Copy a live database (WAL or not) into a single file (``atomic.staged`` syncs it)."""
    src = sqlite3.connect(src_path, timeout=10.0)
    try:
        dst = sqlite3.connect(dest)
        try:
            src.backup(dst)
            # A backup of a WAL database is WAL too; one plain file is easier to move.
            dst.execute("PRAGMA journal_mode=DELETE")
        finally:
            dst.close()
    finally:
        src.close()


def take_backup(
    db_path: Path,
    backups_dir: Path,
    reason: str = "manual",
    *,
    dest: Path | None = None,
    keep: int = KEEP,
) -> Path:
    """Back up ``db_path`` into the rotation (or to ``dest``); returns the new file."""
    if not db_path.is_file():
        raise NotFound(f"no user database at {db_path}")
    if dest is None:
        backups_dir.mkdir(parents=True, exist_ok=True)
        stamp = datetime.now(UTC).strftime(_STAMP)
        dest = backups_dir / f"user-{stamp}-{reason}.db"
    dest.parent.mkdir(parents=True, exist_ok=True)
    try:
        with atomic.staged(dest) as temp:  # .user-….tmp: what rotate() clears when stale
            _copy_database(db_path, temp)
    except sqlite3.DatabaseError as exc:
        raise StoreError(f"could not back up {db_path}: {exc}") from exc
    except OSError as exc:
        raise StoreError(f"could not write the backup {dest}: {exc.strerror}") from exc
    if dest.parent == backups_dir:
        rotate(backups_dir, keep)
    return dest


def rotate(backups_dir: Path, keep: int = KEEP) -> list[Path]:
    """Delete all but the newest ``keep`` backups and stale temp files; returns what went."""
    removed = [b.path for b in list_backups(backups_dir)[keep:]]
    for path in removed:
        path.unlink(missing_ok=True)
    return removed + _remove_stale(backups_dir.glob(".user-*.tmp"))


def _remove_stale(temps: Iterable[Path]) -> list[Path]:
    """Delete temp files old enough that no backup or restore in progress owns them."""
    removed: list[Path] = []
    now = time.time()
    for temp in temps:
        with contextlib.suppress(OSError):
            if now - temp.stat().st_mtime > _STALE_TEMP:
                temp.unlink()
                removed.append(temp)
    return removed


def check_file(path: Path, name: str = "") -> int:
    """Refuse anything but a sound user.db of a schema we know; returns its schema version.

    ``name`` is what messages call the file (the user's name for a staged copy).
    """
    name = name or path.name
    if not path.is_file():
        raise NotFound(f"no such file: {path}")
    with open(path, "rb") as handle:
        if handle.read(16) != _HEADER:
            raise Integrity(f"{name} is not a Briefing user database")
    try:
        # immutable: checking a file must not create -wal/-shm files beside it.
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro&immutable=1", uri=True)
    except sqlite3.Error as exc:
        raise Integrity(f"{name} cannot be opened: {exc}") from exc
    try:
        result = conn.execute("PRAGMA integrity_check").fetchone()[0]
        if result != "ok":
            raise Integrity(f"{name} is damaged ({result})")
        db = Database(conn, execute_plugins=False)
        if not db[migrations.MIGRATIONS.migrations_table].exists():
            raise Integrity(f"{name} is not a Briefing user database")
        try:
            version = migrations.schema_version(db)
        except ValueError as exc:
            raise Integrity(f"{name} was written by a newer Briefing") from exc
        if version == 0 or not db["annotations"].exists():
            raise Integrity(f"{name} is not a Briefing user database")
        return version
    except sqlite3.DatabaseError as exc:
        raise Integrity(f"{name} is damaged ({exc})") from exc
    finally:
        conn.close()


def newest_good_backup(backups_dir: Path) -> Path | None:
    """The newest backup that passes ``check_file``, or None."""
    for info in list_backups(backups_dir):
        try:
            check_file(info.path)
        except (Integrity, NotFound):
            continue
        return info.path
    return None


def set_aside(db_path: Path) -> Path:
    """Rename a damaged database (and its WAL files) out of the way; never delete it."""
    stamp = datetime.now(UTC).strftime(_STAMP)
    target = db_path.with_name(f"{db_path.name}.damaged-{stamp}")
    for suffix in ("", "-wal", "-shm"):
        part = Path(f"{db_path}{suffix}")
        if part.exists():
            os.replace(part, Path(f"{target}{suffix}"))
    return target


def _is_sound(db_path: Path) -> bool:
    try:
        conn = sqlite3.connect(db_path, timeout=10.0)
        try:
            return bool(conn.execute("PRAGMA quick_check").fetchone()[0] == "ok")
        finally:
            conn.close()
    except sqlite3.DatabaseError:
        return False


@dataclass(frozen=True, slots=True)
class RestoreResult:
    """What a restore did: the schema it restored and where the old database went."""

    schema_version: int
    previous_backup: Path | None  # the database that was replaced, as a backup
    set_aside: Path | None  # a damaged database moved out of the way


def restore(src: Path, db_path: Path, backups_dir: Path) -> RestoreResult:
    """Replace user.db by ``src`` after checking it; the current database is kept first."""
    db_path.parent.mkdir(parents=True, exist_ok=True)
    _remove_stale(db_path.parent.glob(".restore-*.db"))  # left by a restore that was killed
    staged = db_path.parent / f".restore-{uuid.uuid4().hex[:8]}.db"
    try:
        shutil.copyfile(src, staged)
    except FileNotFoundError as exc:
        raise NotFound(f"no such file: {src}") from exc
    except OSError as exc:
        staged.unlink(missing_ok=True)
        raise BadInput(f"cannot read {src}: {exc.strerror}") from exc
    try:
        version = check_file(staged, str(src))
        previous: Path | None = None
        aside: Path | None = None
        if db_path.exists() and _is_sound(db_path):
            previous = take_backup(db_path, backups_dir, "pre-restore")
            _copy_into(staged, db_path)
        else:
            if db_path.exists():
                aside = set_aside(db_path)
            atomic.replace(staged, db_path)  # on disk before it takes the name
        return RestoreResult(version, previous, aside)
    finally:
        staged.unlink(missing_ok=True)


def _copy_into(src: Path, db_path: Path) -> None:
    # Through the backup API the live database is replaced in one transaction, so a
    # window that has it open sees either the old or the restored content, never a mix.
    source = sqlite3.connect(src)
    try:
        target = sqlite3.connect(db_path, timeout=30.0)
        try:
            source.backup(target)
            target.execute("PRAGMA journal_mode=WAL")
        finally:
            target.close()
    except sqlite3.DatabaseError as exc:
        raise StoreError(f"could not restore into {db_path}: {exc}") from exc
    finally:
        source.close()
