"""The user.db schema, changed only by appending migrations (sqlite-utils ``Migrations``).

A released migration is never edited: users' databases were built by it. A schema
change is a new function at the end of this module, plus a fixture database of the
schema it replaces under ``tests/data/userdb/`` (the test there upgrades each one).
The DDL is spelled out in SQL so that what a migration does cannot drift when
sqlite-utils changes how it creates tables.
"""

from __future__ import annotations

from sqlite_utils import Database
from sqlite_utils.migrations import Migrations

SET_NAME = "briefing-user"
MIGRATIONS = Migrations(SET_NAME)


@MIGRATIONS(name="0001_annotations_briefings")
def _m0001(db: Database) -> None:
    # `seq` is an explicit INTEGER PRIMARY KEY so rowids stay stable through VACUUM,
    # which the full-text index of 0002 relies on; `id` is the id people exchange.
    for statement in (
        """CREATE TABLE annotations (
            seq INTEGER PRIMARY KEY,
            id TEXT NOT NULL UNIQUE,
            item_id TEXT NOT NULL,
            section_id TEXT NOT NULL DEFAULT '',
            lang TEXT NOT NULL DEFAULT '',
            note TEXT NOT NULL DEFAULT '',
            exact TEXT,
            prefix TEXT NOT NULL DEFAULT '',
            suffix TEXT NOT NULL DEFAULT '',
            start INTEGER NOT NULL DEFAULT -1,
            "end" INTEGER NOT NULL DEFAULT -1,
            text_hash TEXT NOT NULL DEFAULT '',
            color TEXT NOT NULL DEFAULT '',
            tag TEXT NOT NULL DEFAULT '',
            private INTEGER NOT NULL DEFAULT 0,
            author TEXT NOT NULL DEFAULT '',
            created TEXT NOT NULL,
            updated TEXT NOT NULL,
            status TEXT NOT NULL DEFAULT 'ok',
            status_reason TEXT NOT NULL DEFAULT '',
            deleted TEXT,
            copy_of TEXT NOT NULL DEFAULT ''
        )""",
        "CREATE INDEX annotations_item ON annotations (item_id, section_id)",
        """CREATE TABLE briefings (
            seq INTEGER PRIMARY KEY,
            id TEXT NOT NULL UNIQUE,
            title TEXT NOT NULL,
            meeting_body TEXT NOT NULL DEFAULT '',
            meeting_date TEXT,
            meeting_place TEXT NOT NULL DEFAULT '',
            author TEXT NOT NULL DEFAULT '',
            status TEXT NOT NULL DEFAULT 'draft',
            memo TEXT NOT NULL DEFAULT '',
            lang TEXT NOT NULL DEFAULT 'fi',
            created TEXT NOT NULL,
            updated TEXT NOT NULL,
            deleted TEXT,
            copy_of TEXT NOT NULL DEFAULT ''
        )""",
        """CREATE TABLE entries (
            seq INTEGER PRIMARY KEY,
            id TEXT NOT NULL UNIQUE,
            briefing_id TEXT NOT NULL REFERENCES briefings (id) ON DELETE CASCADE,
            position INTEGER NOT NULL,
            item_id TEXT NOT NULL,
            section_id TEXT NOT NULL DEFAULT '',
            excerpt TEXT NOT NULL DEFAULT '',
            memo TEXT NOT NULL DEFAULT ''
        )""",
        "CREATE INDEX entries_briefing ON entries (briefing_id, position)",
        """CREATE TABLE entry_annotations (
            entry_id TEXT NOT NULL REFERENCES entries (id) ON DELETE CASCADE,
            annotation_id TEXT NOT NULL REFERENCES annotations (id) ON DELETE CASCADE,
            position INTEGER NOT NULL,
            PRIMARY KEY (entry_id, annotation_id)
        )""",
    ):
        db.execute(statement)


@MIGRATIONS(name="0002_annotation_search")
def _m0002(db: Database) -> None:
    # An external-content FTS5 index over what people write, kept current by triggers.
    for statement in (
        """CREATE VIRTUAL TABLE annotations_fts USING fts5(
            note, exact, tag, content='annotations', content_rowid='seq',
            tokenize='unicode61 remove_diacritics 2'
        )""",
        """CREATE TRIGGER annotations_ai AFTER INSERT ON annotations BEGIN
            INSERT INTO annotations_fts (rowid, note, exact, tag)
            VALUES (new.seq, new.note, coalesce(new.exact, ''), new.tag);
        END""",
        """CREATE TRIGGER annotations_ad AFTER DELETE ON annotations BEGIN
            INSERT INTO annotations_fts (annotations_fts, rowid, note, exact, tag)
            VALUES ('delete', old.seq, old.note, coalesce(old.exact, ''), old.tag);
        END""",
        """CREATE TRIGGER annotations_au AFTER UPDATE ON annotations BEGIN
            INSERT INTO annotations_fts (annotations_fts, rowid, note, exact, tag)
            VALUES ('delete', old.seq, old.note, coalesce(old.exact, ''), old.tag);
            INSERT INTO annotations_fts (rowid, note, exact, tag)
            VALUES (new.seq, new.note, coalesce(new.exact, ''), new.tag);
        END""",
        """INSERT INTO annotations_fts (rowid, note, exact, tag)
            SELECT seq, note, coalesce(exact, ''), tag FROM annotations""",
    ):
        db.execute(statement)


@MIGRATIONS(name="0003_meta")
def _m0003(db: Database) -> None:
    # Facts about the database itself, e.g. which library version the notes were
    # last re-anchored against.
    db.execute("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)")


@MIGRATIONS(name="0004_annotation_official")
def _m0004(db: Database) -> None:
    # Which of an act's two texts a note was made on: 1 = the imported official text.
    db.execute("ALTER TABLE annotations ADD COLUMN official INTEGER NOT NULL DEFAULT 0")


@MIGRATIONS(name="0005_entry_official")
def _m0005(db: Database) -> None:
    # Which of an act's two texts an entry prints: 1 = the imported official text the
    # user added it from. Entries made before were all on our summary.
    db.execute("ALTER TABLE entries ADD COLUMN official INTEGER NOT NULL DEFAULT 0")


def names() -> list[str]:
    """Every migration, oldest first; the schema version of a database is how many ran."""
    return [m.name for m in MIGRATIONS._migrations]


def schema_version(db: Database) -> int:
    """How many of our migrations a database has had; raises ValueError for unknown ones."""
    applied = [m.name for m in MIGRATIONS.applied(db)]
    known = names()
    if applied != known[: len(applied)]:
        raise ValueError(f"unknown migrations: {', '.join(applied)}")
    return len(applied)


def pending(db: Database) -> list[str]:
    return [m.name for m in MIGRATIONS.pending(db)]


def apply(db: Database, stop_before: str | None = None) -> None:
    """Run the pending migrations, each with the record of it in one transaction."""
    MIGRATIONS.apply(db, stop_before=stop_before)
