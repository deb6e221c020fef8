"""The user's official texts: Finlex imports kept in the profile's ``official.db``.

The database has the schema of ``content.db`` (``library.build``), so the library
searches it beside the bundled content, plus tables of its own: ``official_acts``
(what each import said about the act, where it came from and when) and
``official_wordings`` (every wording of every section: the one shown, the earlier
and future ones with their dates, and the text as the file had it).

One import is one transaction: every file that reads cleanly comes in, or, on a
crash or a cancel, nothing at all does. A refused file is named with its reason.
"""

from __future__ import annotations

import contextlib
import json
import sqlite3
from collections.abc import Iterator, Sequence
from dataclasses import asdict
from datetime import UTC, date, datetime
from pathlib import Path

import sqlite_utils

from briefing import paths
from briefing.core.errors import Cancelled, NotFound, StoreError
from briefing.core.models import CancelFlag, Item, Progress, never_cancel, no_progress
from briefing.library import build
from briefing.library.importers import finlex, item_json
from briefing.library.importers.finlex_items import to_item
from briefing.library.importers.finlex_model import FinlexDocument, Wording
from briefing.library.importers.report import ImportedAct, ImportSummary, Refused, imported_act

__all__ = [
    "ImportSummary", "ImportedAct", "Refused", "Wording",
    "import_finlex", "list_imports", "remove", "upgrade", "wordings", "write_version",
]  # fmt: skip

_OWN_TABLES = """
CREATE TABLE IF NOT EXISTS official_acts (
    id TEXT, lang TEXT, number TEXT, title TEXT, doc_type TEXT, type_label TEXT,
    category TEXT, common_name TEXT, consolidated INTEGER, version TEXT,
    issued TEXT, published TEXT, in_force TEXT, produced TEXT, consolidated_on TEXT,
    eli TEXT, eli_expression TEXT, frbr_work TEXT, frbr_expression TEXT,
    keywords TEXT, amends TEXT, repeals TEXT, amended_by TEXT,
    content_absent INTEGER, pdf TEXT, wording_on TEXT, counts TEXT, repairs INTEGER,
    file TEXT, imported_at TEXT, repealed_by TEXT, repealed_on TEXT,
    administrative_branch TEXT, editorial TEXT,
    PRIMARY KEY (id, lang)
);
CREATE TABLE IF NOT EXISTS official_wordings (
    section_id TEXT, lang TEXT, item_id TEXT, current INTEGER, version TEXT, label TEXT,
    valid_from TEXT, valid_to TEXT, note TEXT, body TEXT, original TEXT
);
CREATE INDEX IF NOT EXISTS official_wordings_item ON official_wordings (item_id, lang);
"""
# Each imported item whole, to rebuild the library tables when their schema changes.
_ITEMS_TABLE = """
CREATE TABLE IF NOT EXISTS official_items (
    id TEXT, lang TEXT, item TEXT,
    PRIMARY KEY (id, lang)
)
"""
_ACT_COLUMNS = ("repealed_by", "repealed_on", "administrative_branch", "editorial")


def _iso(value: date | datetime | None) -> str | None:
    return value.isoformat() if value else None


def open_db(profile: Path) -> sqlite_utils.Database:
    """The profile's ``official.db`` with every table in place."""
    return _open(paths.official_db(profile))


def upgrade(path: Path) -> None:
    """An ``official.db`` left by an earlier Briefing, brought to this one's schema in place.

    The imports are kept: the library tables are rebuilt from ``official_items``.
    """
    _open(path).close()


def _open(path: Path) -> sqlite_utils.Database:
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        db = sqlite_utils.Database(path)
        if "official_acts" not in db.table_names():
            # One transaction for the whole schema: one sync to disk instead of one per table.
            with db.atomic():
                build.create_schema(db)
                for statement in [*_OWN_TABLES.split(";"), _ITEMS_TABLE]:
                    if statement.strip():
                        db.execute(statement)
        else:
            _add_new_columns(db)
            _rebuild_if_old(db)
    except (OSError, sqlite3.Error) as exc:
        raise StoreError(f"cannot open {path}: {exc}") from None
    return db


def _add_new_columns(db: sqlite_utils.Database) -> None:
    # A database from an earlier version of this module gains the columns added since.
    db.execute(_ITEMS_TABLE)
    table = db.table("official_acts")
    have = set(table.columns_dict)
    for column in _ACT_COLUMNS:
        if column not in have:
            table.add_column(column, str)


def _rebuild_if_old(db: sqlite_utils.Database) -> None:
    """Library tables of another schema (an update of Briefing): rebuilt from our copy."""
    meta = (
        dict(db.execute("SELECT key, value FROM meta").fetchall())
        if "meta" in db.table_names()
        else {}
    )
    if meta.get("schema") == str(build.SCHEMA_VERSION):
        return
    items = [item_json.loads(r[0]) for r in db.execute("SELECT item FROM official_items")]
    # One transaction: a crash half-way leaves the old tables, and the next open retries.
    db.conn.execute("BEGIN")
    for virtual in (True, False):
        for name in _library_tables(db, virtual):
            db.conn.execute(f'DROP TABLE IF EXISTS "{name}"')
    build.create_schema(db)
    build.write_items(db, items, replace=False)
    write_version(db)


def _library_tables(db: sqlite_utils.Database, virtual: bool) -> list[str]:
    rows = db.conn.execute(
        "SELECT name, sql FROM sqlite_master WHERE type = 'table'"
        " AND name NOT LIKE 'official%' AND name NOT LIKE 'sqlite%'"
    ).fetchall()
    return [n for n, sql in rows if (sql or "").upper().startswith("CREATE VIRTUAL") == virtual]


def _act_row(doc: FinlexDocument, file: str, at: datetime) -> dict[str, object]:
    m = doc.meta
    return {
        "id": m.item_id, "lang": m.lang, "number": m.number, "title": m.title,
        "doc_type": m.doc_type, "type_label": m.type_label, "category": m.category,
        "common_name": m.common_name, "consolidated": int(m.consolidated),
        "version": m.version, "issued": _iso(m.issued), "published": _iso(m.published),
        "in_force": _iso(m.in_force), "produced": _iso(m.produced),
        "consolidated_on": _iso(m.consolidated_on), "eli": m.eli,
        "eli_expression": m.eli_expression, "frbr_work": m.frbr_work,
        "frbr_expression": m.frbr_expression,
        "keywords": json.dumps(m.keywords, ensure_ascii=False),
        "amends": json.dumps(m.amends), "repeals": json.dumps(m.repeals),
        "amended_by": json.dumps(m.amended_by), "content_absent": int(m.content_absent),
        "pdf": m.pdf, "wording_on": _iso(doc.on),
        "counts": json.dumps(asdict(doc.counts)),
        "repairs": doc.repairs, "file": file, "imported_at": _iso(at),
        "repealed_by": json.dumps(m.repealed_by), "repealed_on": _iso(m.repealed_on),
        "administrative_branch": m.administrative_branch, "editorial": doc.editorial,
    }  # fmt: skip


def _wording_rows(doc: FinlexDocument, item: Item) -> Iterator[tuple[object, ...]]:
    for section, provision in zip(item.sections, doc.sections, strict=True):
        for current, w in [(1, provision.current)] + [(0, h) for h in provision.history]:
            yield (
                section.id, item.lang, item.id, current, w.version, w.label,
                _iso(w.valid_from), _iso(w.valid_to), w.note, w.body, w.original,
            )  # fmt: skip


def _delete_own(conn: sqlite3.Connection, item_id: str, lang: str | None = None) -> None:
    where, args = (
        ("item_id = ? AND lang = ?", [item_id, lang]) if lang else ("item_id = ?", [item_id])
    )
    conn.execute(f"DELETE FROM official_wordings WHERE {where}", args)
    conn.execute(f"DELETE FROM official_items WHERE {where.replace('item_id', 'id')}", args)
    conn.execute(f"DELETE FROM official_acts WHERE {where.replace('item_id', 'id')}", args)


def _write_own(
    conn: sqlite3.Connection, doc: FinlexDocument, item: Item, file: str, at: datetime
) -> None:
    _delete_own(conn, item.id, item.lang)
    row = _act_row(doc, file, at)
    names = ", ".join(row)
    marks = ", ".join(f":{k}" for k in row)
    conn.execute(f"INSERT INTO official_acts ({names}) VALUES ({marks})", row)
    conn.execute(
        "INSERT INTO official_items (id, lang, item) VALUES (?, ?, ?)",
        (item.id, item.lang, item_json.dumps(item)),
    )
    conn.executemany(
        "INSERT INTO official_wordings VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        _wording_rows(doc, item),
    )


def import_finlex(
    profile: Path,
    sources: Sequence[Path],
    on: date | None = None,
    progress: Progress = no_progress,
    cancel: CancelFlag = never_cancel,
) -> ImportSummary:
    """Import Finlex files and folders into the profile's official texts."""
    files = finlex.collect_files(sources)
    docs, refused = finlex.read_all(files, on, progress, cancel)
    at = datetime.now(UTC).replace(microsecond=0)
    imported: list[ImportedAct] = []
    examples: list[tuple[str, str]] = []
    if docs:
        with _changing(profile) as db:
            build.write_items(db, _items(db, docs, at, imported, progress, cancel))
        for doc, _file in docs:
            examples.extend(e for e in doc.repair_examples if e not in examples)
    progress(len(files), len(files), "done")
    return ImportSummary(
        imported=tuple(imported),
        refused=tuple(refused),
        repaired=tuple(a for a in imported if a.repairs),
        examples=tuple(examples[:5]),
        files=len(files),
    )


def _items(
    db: sqlite_utils.Database,
    docs: list[tuple[FinlexDocument, str]],
    at: datetime,
    imported: list[ImportedAct],
    progress: Progress,
    cancel: CancelFlag,
) -> Iterator[Item]:
    # build.write_items runs its whole loop in one transaction: writing our own rows
    # from inside this generator puts them in that same transaction, and raising here
    # (a cancel, a bad row) rolls back everything, theirs and ours.
    for n, (doc, file) in enumerate(docs):
        if cancel():
            raise Cancelled("import cancelled; nothing was imported")
        item = to_item(doc, at.date())
        _write_own(db.conn, doc, item, file, at)
        imported.append(imported_act(doc, file, at))
        progress(n, len(docs), f"{doc.meta.number} ({doc.meta.lang})")
        yield item


@contextlib.contextmanager
def _changing(profile: Path) -> Iterator[sqlite_utils.Database]:
    """``official.db`` open for one change, given a new version once the change is in."""
    db = open_db(profile)
    try:
        yield db
        write_version(db)
    except sqlite3.Error as exc:
        raise StoreError(f"cannot write {paths.official_db(profile)}: {exc}") from None
    finally:
        db.close()


def write_version(db: sqlite_utils.Database, at: datetime | None = None) -> None:
    """Give ``official.db`` a new version (built ``at``, default now) after any change.

    A new version string for every change, so that whoever keys work on the library's
    version (re-anchoring notes) sees that the imported texts changed.
    """
    now = datetime.now(UTC)
    build.write_meta(db, build.count_version(db, f"official-{now.isoformat()}", at or now))


def list_imports(profile: Path) -> list[ImportedAct]:
    """Every imported act and language, by act number."""
    if not paths.official_db(profile).exists():
        return []
    db = open_db(profile)
    try:
        rows = db.execute(
            "SELECT a.id, a.lang, a.number, a.title, a.category, a.consolidated, a.file,"
            " a.imported_at, a.repairs, a.counts,"
            " (SELECT count(*) FROM sections s WHERE s.item_id = a.id AND s.lang = a.lang)"
            " FROM official_acts a ORDER BY substr(a.number, instr(a.number, '/') + 1),"
            " CAST(a.number AS INTEGER), a.lang"
        ).fetchall()
    finally:
        db.close()
    return [
        ImportedAct(
            id=r[0], lang=r[1], number=r[2], title=r[3], category=r[4],
            consolidated=bool(r[5]), file=r[6],
            imported_at=datetime.fromisoformat(r[7]) if r[7] else None, repairs=r[8],
            versions=json.loads(r[9] or "{}").get("versions", 0), sections=r[10],
        )
        for r in rows
    ]  # fmt: skip


def act_id(text: str) -> str:
    """``act-1050-2018`` or ``1050/2018`` -> ``act-1050-2018``."""
    text = text.strip()
    if "/" in text:
        number, _, year = text.partition("/")
        return f"act-{number.strip()}-{year.strip()}"
    return text


def remove(profile: Path, item: str) -> list[ImportedAct]:
    """Remove an imported act (every language) and all its rows; what was removed."""
    target = act_id(item)
    removed = [a for a in list_imports(profile) if a.id == target]
    if not removed:
        raise NotFound(f"{item}: no imported text (official act, page or news) with this id")
    with _changing(profile) as db:
        build.delete_items(db, _deleting(db, target))
    return removed


def _deleting(db: sqlite_utils.Database, item_id: str) -> Iterator[str]:
    # Same trick as _items: build.delete_items iterates inside its transaction.
    _delete_own(db.conn, item_id)
    yield item_id


def wordings(profile: Path, section_id: str, lang: str) -> list[Wording]:
    """Every wording of an imported section: the one shown first, then the others by date."""
    if not paths.official_db(profile).exists():
        return []
    db = open_db(profile)
    try:
        rows = db.execute(
            "SELECT body, original, version, label, valid_from, valid_to, note"
            " FROM official_wordings WHERE section_id = ? AND lang = ?"
            " ORDER BY current DESC, coalesce(valid_from, ''), version",
            [section_id, lang],
        ).fetchall()
    except sqlite3.Error as exc:
        raise StoreError(f"cannot read {paths.official_db(profile)}: {exc}") from None
    finally:
        db.close()
    return [
        Wording(
            body=r[0], original=r[1], version=r[2], label=r[3],
            valid_from=date.fromisoformat(r[4]) if r[4] else None,
            valid_to=date.fromisoformat(r[5]) if r[5] else None, note=r[6],
        )
        for r in rows
    ]  # fmt: skip
