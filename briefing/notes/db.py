"""Opening user.db safely: checks, pragmas, backups, migrations, and serialised writes.

Every write runs in ``BEGIN IMMEDIATE``: the write lock is taken at the start, so two
writers (the window and a CLI command) queue on sqlite's busy timeout instead of
failing half-way with "database is locked"; a few retries cover a very long wait.
One ``UserDb`` belongs to one thread: each thread opens its own.
"""

from __future__ import annotations

import contextlib
import sqlite3
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any, Self

from sqlite_utils import Database

from briefing.core.errors import StoreError
from briefing.notes import backup, migrations

BUSY_TIMEOUT_MS = 5000
WRITE_ATTEMPTS = 6

_CORRUPT_CODES = {11, 26}  # SQLITE_CORRUPT, SQLITE_NOTADB
_BUSY_CODES = {5, 6}  # SQLITE_BUSY, SQLITE_LOCKED
_ENVIRONMENT = {
    8: "is read-only",
    10: "could not be read or written (disk error)",
    13: "cannot grow: the disk is full",
    14: "cannot be opened",
    23: "is not accessible (permission denied)",
}


def _code(exc: sqlite3.Error) -> int:
    return int(getattr(exc, "sqlite_errorcode", 0) or 0) & 0xFF


def is_busy(exc: sqlite3.Error) -> bool:
    return _code(exc) in _BUSY_CODES or "locked" in str(exc)


def is_corrupt(exc: sqlite3.Error) -> bool:
    return _code(exc) in _CORRUPT_CODES


def corrupt_message(db_path: Path, backups_dir: Path) -> str:
    """One line telling the user what is wrong and the way back."""
    good = backup.newest_good_backup(backups_dir)
    if good is None:
        return (
            f"{db_path} is damaged and there is no good backup in {backups_dir}; "
            "the file is left untouched"
        )
    return (
        f"{db_path} is damaged; the newest good backup is {good} — "
        f'run `briefing restore "{good}"` (the damaged file is kept)'
    )


def environment_error(
    exc: sqlite3.Error, db_path: Path, backups_dir: Path | None = None
) -> StoreError | None:
    """A StoreError for the environment's faults; None for anything that is a bug."""
    if is_corrupt(exc):
        return StoreError(corrupt_message(db_path, backups_dir or db_path.parent / "backups"))
    if is_busy(exc):
        return StoreError(f"{db_path} stayed busy: another program holds it; try again")
    what = _ENVIRONMENT.get(_code(exc))
    return StoreError(f"{db_path} {what}") if what else None


class UserDb:
    """A connection to user.db, checked, migrated and backed up when it opens."""

    def __init__(
        self,
        path: Path,
        backups_dir: Path | None = None,
        *,
        author: str = "",
        auto_backup: bool = True,
    ) -> None:
        self.path = Path(path)
        self.backups_dir = backups_dir or self.path.parent / "backups"
        self.author = author
        self._conn = self._connect(auto_backup)
        self.db = Database(self._conn, execute_plugins=False)
        self._data_version = self._read_data_version()

    def _connect(self, auto_backup: bool) -> sqlite3.Connection:
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise StoreError(f"cannot create the profile folder {self.path.parent}") from exc
        existed = self.path.is_file() and self.path.stat().st_size > 0
        try:
            conn = sqlite3.connect(self.path, timeout=BUSY_TIMEOUT_MS / 1000, isolation_level=None)
        except sqlite3.Error as exc:
            err = environment_error(exc, self.path, self.backups_dir)
            raise err or StoreError(f"{self.path}: {exc}") from exc
        try:
            self._prepare(conn, existed, auto_backup)
        except sqlite3.Error as exc:
            conn.close()
            if is_corrupt(exc):
                raise StoreError(corrupt_message(self.path, self.backups_dir)) from exc
            err = environment_error(exc, self.path, self.backups_dir)
            if err is None:
                raise
            raise err from exc
        except BaseException:
            conn.close()
            raise
        return conn

    def _prepare(self, conn: sqlite3.Connection, existed: bool, auto_backup: bool) -> None:
        conn.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
        if existed and conn.execute("PRAGMA quick_check").fetchone()[0] != "ok":
            raise StoreError(corrupt_message(self.path, self.backups_dir))
        db = Database(conn, execute_plugins=False)
        if existed and not db[migrations.MIGRATIONS.migrations_table].exists() and db.tables:
            raise StoreError(f"{self.path} is not a Briefing user database; it is left untouched")
        conn.execute("PRAGMA journal_mode=WAL")
        # FULL: a commit the user was told about survives a power cut, not just a crash.
        conn.execute("PRAGMA synchronous=FULL")
        conn.execute("PRAGMA foreign_keys=ON")
        try:
            migrations.schema_version(db)
        except ValueError as exc:
            raise StoreError(
                f"{self.path} was written by a newer Briefing; update Briefing to open it"
            ) from exc
        if migrations.pending(db):
            if existed and db["annotations"].exists():
                backup.take_backup(self.path, self.backups_dir, "pre-migration")
            with _immediate_transaction(conn):
                migrations.apply(db)
        elif existed and auto_backup and backup.due(self.backups_dir):
            backup.take_backup(self.path, self.backups_dir, "daily")

    @contextlib.contextmanager
    def write(self) -> Iterator[Database]:
        """One write transaction holding the write lock from its first statement."""
        try:
            with _immediate_transaction(self._conn):
                yield self.db
        except sqlite3.Error as exc:
            err = environment_error(exc, self.path, self.backups_dir)
            if err is None:
                raise
            raise err from exc

    @contextlib.contextmanager
    def snapshot(self) -> Iterator[None]:
        """Several reads that see one state, even while another process writes.

        Only for reading: a write inside would have to upgrade a possibly stale snapshot.
        """
        if self._conn.in_transaction:
            yield
            return
        self._conn.execute("BEGIN")
        try:
            yield
        finally:
            if self._conn.in_transaction:
                self._conn.execute("COMMIT")

    def query(self, sql: str, params: Any = ()) -> list[dict[str, Any]]:
        """Rows of a query as dicts (the stores turn them into dataclasses)."""
        try:
            cursor = self._conn.execute(sql, params)
        except sqlite3.Error as exc:
            err = environment_error(exc, self.path, self.backups_dir)
            if err is None:
                raise
            raise err from exc
        names = [d[0] for d in cursor.description]
        return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]

    def _read_data_version(self) -> int:
        return int(self._conn.execute("PRAGMA data_version").fetchone()[0])

    def changed_elsewhere(self) -> bool:
        """True once after another connection (a CLI command, another window) committed.

        The window polls this (cheaply, e.g. on focus) to refresh what it shows.
        """
        version = self._read_data_version()
        changed = version != self._data_version
        self._data_version = version
        return changed

    def get_meta(self, key: str, default: str = "") -> str:
        rows = self.query("SELECT value FROM meta WHERE key = ?", (key,))
        return str(rows[0]["value"]) if rows else default

    def set_meta(self, key: str, value: str) -> None:
        with self.write() as db:
            db.execute(
                "INSERT INTO meta (key, value) VALUES (?, ?) "
                "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                (key, value),
            )

    def close(self) -> None:
        self._conn.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


@contextlib.contextmanager
def _immediate_transaction(conn: sqlite3.Connection) -> Iterator[None]:
    if conn.in_transaction:
        # Nested in a write already holding the lock: a savepoint, so an error undoes
        # only the inner part and the outer one decides.
        conn.execute("SAVEPOINT nested")
        try:
            yield
        except BaseException:
            conn.execute("ROLLBACK TO nested")
            conn.execute("RELEASE nested")
            raise
        conn.execute("RELEASE nested")
        return
    for attempt in range(WRITE_ATTEMPTS):
        try:
            conn.execute("BEGIN IMMEDIATE")
            break
        except sqlite3.OperationalError as exc:
            if not is_busy(exc) or attempt == WRITE_ATTEMPTS - 1:
                raise
            time.sleep(0.05 * (attempt + 1))
    try:
        yield
    except BaseException:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        raise
    try:
        conn.execute("COMMIT")
    except BaseException:
        # A failed COMMIT (disk full, I/O error) can leave the transaction open.
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        raise
