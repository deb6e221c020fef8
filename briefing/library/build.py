"""Items -> a library database (content.db, or the user's official.db) with sqlite-utils.

Public API, shared with the Finlex importer, which keeps ``official.db`` in the same
schema::

    db = sqlite_utils.Database(path)
    create_schema(db)                  # idempotent; every table and the FTS5 index
    write_items(db, items)             # insert or replace items (all their sections
                                       # and search rows); mark official texts with
                                       # Item(official=True) / Section(official=True)
    delete_items(db, ["act-681-2023"]) # every language of these ids, sections too
    write_meta(db, version)            # the ContentVersion of the whole database
    write_word_forms(db, seen)         # content builds only: the words' dictionary forms
                                       # (``seen`` filled by write_items(..., seen=seen))

``build_content(src_dir, out)`` does all of it for ``data/`` and returns the
``ContentVersion``; it writes a temp file beside ``out`` and moves it into place.

Tables: ``items`` and ``sections`` (one row per id and language, the fields of
``core.models``), ``docs`` (one row per searchable unit: an item or a section, with
its plain text for snippets), ``docs_fts`` (FTS5 over stemmed index terms, rowid =
``docs.rowid``: columns ``title``, ``context``, ``body``, ``tags``), ``names_fts`` (an
act's common name and number, on the act's own rows only), ``terms`` (the
vocabulary of index terms with document frequency, for compound expansion), ``forms``
and ``lemmas`` (a word form -> the dictionary words it may be -> the index terms of all
their forms: search joins ``lain`` with ``laki``; filled by a content build only, so
empty in ``official.db``, whose searches use content.db's) and ``meta`` (key/value:
schema, version, built_at, counts, sections).
"""

from __future__ import annotations

import json
import sqlite3
from collections import Counter
from collections.abc import Iterable, Sequence
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import sqlite_utils

from briefing import atomic
from briefing.core.errors import Cancelled, StoreError
from briefing.core.markdown import to_plain
from briefing.core.models import (
    CancelFlag,
    ContentVersion,
    Item,
    Progress,
    Section,
    never_cancel,
    no_progress,
)
from briefing.library import sources
from briefing.library.text import nfc, terms

# 3: the word-form tables ``forms`` and ``lemmas``; 4: an act named by a one-word title
# (Finlex's Kuntalaki) is in ``names_fts``. An official.db of another schema is rebuilt.
SCHEMA_VERSION = 4
# Schemas 2 and 3 lack only word-form tables or some act names: a library installed from
# an older bundle stays readable after a program update (search joins forms by stem).
READABLE_SCHEMAS = (2, 3, SCHEMA_VERSION)

# ä ö å stay letters (remove_diacritics 0); prefix indexes make as-you-type lookups of
# two and three letters a single index probe instead of a scan of the term list.
_FTS_SQL = """
CREATE VIRTUAL TABLE IF NOT EXISTS docs_fts USING fts5(
    title, context, body, tags,
    tokenize = 'unicode61 remove_diacritics 0',
    prefix = '2 3'
);
CREATE VIRTUAL TABLE IF NOT EXISTS names_fts USING fts5(
    name, tags,
    tokenize = 'unicode61 remove_diacritics 0',
    prefix = '2 3'
);
CREATE TABLE IF NOT EXISTS forms (
    form TEXT, lang TEXT, lemma TEXT, PRIMARY KEY (form, lang, lemma)
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS lemmas (
    lemma TEXT, lang TEXT, terms TEXT, PRIMARY KEY (lemma, lang)
) WITHOUT ROWID
"""


def _iso(value: date | None) -> str | None:
    return value.isoformat() if value else None


def create_schema(db: sqlite_utils.Database) -> None:
    """Create every table of a library database if it is missing."""
    db.table("items").create(
        {
            "id": str, "lang": str, "kind": str, "title": str, "summary": str, "body": str,
            "source": str, "checked": str, "published": str, "updated": str, "topics": str,
            "links": str, "act": str, "official": int,
        },
        pk=("id", "lang"), if_not_exists=True,
    )  # fmt: skip
    db.table("sections").create(
        {
            "id": str, "lang": str, "item_id": str, "number": str, "heading": str,
            "anchor": str, "body": str, "ord": int, "chapter": str, "official": int,
        },
        pk=("id", "lang"), if_not_exists=True,
    )  # fmt: skip
    db.table("docs").create(
        {
            "rowid": int, "doc_id": str, "item_id": str, "lang": str, "kind": str,
            "official": int, "title": str, "act": str, "section": str, "published": str,
            "status": str, "text": str,
        },
        pk="rowid", if_not_exists=True,
    )  # fmt: skip
    db.table("terms").create({"term": str, "rterm": str, "df": int}, pk="term", if_not_exists=True)
    db.table("meta").create({"key": str, "value": str}, pk="key", if_not_exists=True)
    db.table("sections").create_index(["item_id", "lang"], if_not_exists=True)
    db.table("docs").create_index(["item_id", "lang"], if_not_exists=True)
    db.table("docs").create_index(["doc_id"], if_not_exists=True)
    db.table("terms").create_index(["rterm"], if_not_exists=True)
    for statement in _FTS_SQL.split(";"):
        db.execute(statement)  # not executescript: that would commit the caller's transaction


def _act_json(item: Item) -> str:
    if item.act is None:
        return ""
    act = item.act
    return json.dumps(
        {
            "number": act.number, "common_name": act.common_name, "given": _iso(act.given),
            "in_force": _iso(act.in_force), "repealed": _iso(act.repealed),
            "status": act.status, "replaces": list(act.replaces),
            "replaced_by": act.replaced_by, "amended_by": list(act.amended_by), "eli": act.eli,
        },
        ensure_ascii=False,
    )  # fmt: skip


def _item_row(item: Item) -> dict[str, Any]:
    return {
        "id": item.id, "lang": item.lang, "kind": item.kind, "title": nfc(item.title),
        "summary": nfc(item.summary), "body": nfc(item.body), "source": item.source,
        "checked": _iso(item.checked), "published": _iso(item.published),
        "updated": _iso(item.updated),
        "topics": json.dumps(list(item.topics), ensure_ascii=False),
        "links": json.dumps(list(item.links)), "act": _act_json(item),
        "official": int(item.official),
    }  # fmt: skip


def _section_row(section: Section) -> dict[str, Any]:
    return {
        "id": section.id, "lang": section.lang, "item_id": section.item_id,
        "number": section.number, "heading": nfc(section.heading), "anchor": section.anchor,
        "body": nfc(section.body), "ord": section.order, "chapter": nfc(section.chapter),
        "official": int(section.official),
    }  # fmt: skip


def _tags(kind: str, lang: str, official: bool) -> str:
    # Filters as index terms: "kind:legislation" becomes one cheap AND in the MATCH.
    return f"kind{kind} lang{lang} {'official' if official else 'ours'}"


_Fts = tuple[str, str, str, str, str]  # title, name, context, body, tags: name -> names_fts


def _name(item: Item) -> str:
    """What a person calls the act: its common name, else a one-word title (Kuntalaki).

    Finlex files rarely carry a common name, but many acts are named by their title.
    """
    if item.act is None:
        return ""
    if item.act.common_name:
        return item.act.common_name
    title = item.title.strip()
    return title if title and " " not in title else ""


def _search_rows(item: Item, seen: set[str] | None) -> Iterable[tuple[dict[str, Any], _Fts]]:
    """(docs row, fts columns) for the item and for each of its sections; words to ``seen``.

    ``name`` holds only an act's common name and number, on the act's own row: a
    query that names an act puts the act first (see store._rank).
    """
    lang = item.lang
    act = item.act.number if item.act else ""
    name = _name(item)
    status = item.act.status if item.act else ""
    published = _iso(item.published)
    text = nfc(f"{item.summary}\n{to_plain(item.body)}".strip())
    yield (
        {
            "doc_id": item.id, "item_id": item.id, "lang": lang, "kind": item.kind,
            "official": int(item.official), "title": nfc(item.title), "act": act,
            "section": "", "published": published, "status": status, "text": text,
        },
        (terms(nfc(item.title), lang, seen), terms(nfc(f"{name} {act}"), lang, seen),
         terms(nfc(" ".join((name, act, *item.topics))), lang, seen), terms(text, lang, seen),
         _tags(item.kind, lang, item.official)),
    )  # fmt: skip
    for sec in item.sections:
        body = nfc(to_plain(sec.body))
        ctx = nfc(f"{act} {sec.number} {name} {item.title} {sec.chapter}")
        yield (
            {
                "doc_id": sec.id, "item_id": item.id, "lang": lang, "kind": item.kind,
                "official": int(sec.official), "title": nfc(sec.heading), "act": act,
                "section": sec.number, "published": published, "status": status,
                "text": body,
            },
            (terms(nfc(sec.heading), lang, seen), "", terms(ctx, lang, seen),
             terms(body, lang, seen), _tags(item.kind, lang, sec.official)),
        )  # fmt: skip


def _delete_rows(db: sqlite_utils.Database, keys: Sequence[tuple[str, str]]) -> None:
    for item_id, lang in keys:
        db.execute(
            "DELETE FROM docs_fts WHERE rowid IN"
            " (SELECT rowid FROM docs WHERE item_id = ? AND lang = ?)",
            [item_id, lang],
        )
        db.execute(
            "DELETE FROM names_fts WHERE rowid IN"
            " (SELECT rowid FROM docs WHERE item_id = ? AND lang = ?)",
            [item_id, lang],
        )
        db.execute("DELETE FROM docs WHERE item_id = ? AND lang = ?", [item_id, lang])
        db.execute("DELETE FROM sections WHERE item_id = ? AND lang = ?", [item_id, lang])
        db.execute("DELETE FROM items WHERE id = ? AND lang = ?", [item_id, lang])


def _add_terms(db: sqlite_utils.Database, counts: Counter[str]) -> None:
    db.conn.executemany(
        "INSERT INTO terms (term, rterm, df) VALUES (?, ?, ?)"
        " ON CONFLICT(term) DO UPDATE SET df = df + excluded.df",
        ((t, t[::-1], n) for t, n in counts.items()),
    )


def write_items(
    db: sqlite_utils.Database,
    items: Iterable[Item],
    replace: bool = True,
    seen: dict[str, set[str]] | None = None,
) -> int:
    """Insert or replace ``items`` (per id and language) in one transaction; the count.

    ``replace=False`` skips looking for old rows: for a database being built afresh.
    ``seen`` collects the words written, for ``write_word_forms`` once all are in.
    The ``terms`` vocabulary only grows: a deleted word stays as a harmless
    candidate for compound expansion that matches nothing.
    """
    counts: Counter[str] = Counter()
    with db.conn:
        count = _write(db, items, replace, counts, seen)
        _add_terms(db, counts)
    return count


def _write(
    db: sqlite_utils.Database,
    items: Iterable[Item],
    replace: bool,
    counts: Counter[str],
    seen: dict[str, set[str]] | None = None,
) -> int:
    """Write the rows of ``items``; add each row's distinct index terms to ``counts``.

    ``seen`` (language -> words as written) collects the words for ``write_word_forms``.
    """
    count = 0
    for item in items:
        if replace:
            _delete_rows(db, [(item.id, item.lang)])
        db.table("items").insert(_item_row(item))
        if item.sections:
            db.table("sections").insert_all(_section_row(s) for s in item.sections)
        words = None if seen is None else seen.setdefault(item.lang, set())
        for row, fts in _search_rows(item, words):
            cursor = db.conn.execute(
                "INSERT INTO docs (doc_id, item_id, lang, kind, official, title, act,"
                " section, published, status, text) VALUES (:doc_id, :item_id, :lang, :kind,"
                " :official, :title, :act, :section, :published, :status, :text)",
                row,
            )
            title, name, context, body, tags = fts
            db.conn.execute(
                "INSERT INTO docs_fts (rowid, title, context, body, tags) VALUES (?, ?, ?, ?, ?)",
                (cursor.lastrowid, title, context, body, tags),
            )
            if name:
                db.conn.execute(
                    "INSERT INTO names_fts (rowid, name, tags) VALUES (?, ?, ?)",
                    (cursor.lastrowid, name, tags),
                )
            counts.update(set(" ".join(fts[:4]).split()))
        count += 1
    return count


def write_word_forms(db: sqlite_utils.Database, seen: dict[str, set[str]]) -> None:
    """Fill ``forms`` and ``lemmas`` for the words in ``seen`` (language -> words).

    Loads the dictionaries (``lemmas.py``): seconds and hundreds of MB, so only a
    content build calls this, never the window.
    """
    from briefing.library import lemmas  # build time only: see the module's docstring

    classes = lemmas.word_classes(seen)
    with db.conn:
        db.conn.executemany("INSERT OR IGNORE INTO forms VALUES (?, ?, ?)", classes.forms)
        db.conn.executemany("INSERT OR REPLACE INTO lemmas VALUES (?, ?, ?)", classes.lemmas)


def delete_items(db: sqlite_utils.Database, ids: Iterable[str]) -> None:
    """Remove every language of these item ids, with their sections and search rows."""
    with db.conn:
        for item_id in ids:
            langs = [r[0] for r in db.execute("SELECT lang FROM items WHERE id = ?", [item_id])]
            _delete_rows(db, [(item_id, lang) for lang in langs])


def count_version(db: sqlite_utils.Database, version: str, built_at: datetime) -> ContentVersion:
    """A ``ContentVersion`` with the counts of what ``db`` holds now."""
    counts: dict[str, dict[str, int]] = {}
    for kind, lang, n in db.execute(
        "SELECT kind, lang, count(*) FROM items GROUP BY kind, lang ORDER BY kind, lang"
    ):
        counts.setdefault(kind, {})[lang] = n
    sections = db.execute("SELECT count(*) FROM sections").fetchone()[0]
    return ContentVersion(version=version, built_at=built_at, counts=counts, sections=sections)


def write_meta(db: sqlite_utils.Database, version: ContentVersion) -> None:
    """Record the database's version, build time and counts in ``meta``."""
    db.table("meta").upsert_all(
        [
            {"key": "schema", "value": str(SCHEMA_VERSION)},
            {"key": "version", "value": version.version},
            {"key": "built_at", "value": version.built_at.isoformat()},
            {"key": "counts", "value": json.dumps(version.counts, sort_keys=True)},
            {"key": "sections", "value": str(version.sections)},
        ],
        pk="key",
    )


def read_meta(db: sqlite_utils.Database) -> ContentVersion:
    """The ``ContentVersion`` stored in ``meta`` (``KeyError`` if it is missing)."""
    return version_from_meta({row[0]: row[1] for row in db.execute("SELECT key, value FROM meta")})


def version_from_meta(meta: dict[str, str]) -> ContentVersion:
    """The ``ContentVersion`` of ``meta``'s rows (``KeyError``/``ValueError`` if not valid)."""
    return ContentVersion(
        version=meta["version"],
        built_at=datetime.fromisoformat(meta["built_at"]),
        counts=json.loads(meta["counts"]),
        sections=int(meta["sections"]),
    )


def build_content(
    src_dir: Path,
    out: Path,
    progress: Progress = no_progress,
    cancel: CancelFlag = never_cancel,
) -> ContentVersion:
    """Build ``out`` from the sources in ``src_dir``; replace ``out`` only on success."""
    files = sources.source_files(src_dir)
    progress(0, len(files), "reading sources")
    items = sources.load_sources(src_dir, files)
    version = sources.sources_hash(src_dir, files)
    try:
        out.parent.mkdir(parents=True, exist_ok=True)
        with atomic.staged(out) as tmp:
            db = sqlite_utils.Database(tmp)
            try:
                db.execute("PRAGMA journal_mode = OFF")  # a temp file: nothing to recover
                create_schema(db)
                batch = 200
                counts: Counter[str] = Counter()
                seen: dict[str, set[str]] = {}
                for start in range(0, len(items), batch):
                    if cancel():
                        raise Cancelled("content build cancelled")
                    with db.conn:
                        _write(db, items[start : start + batch], False, counts, seen)
                    progress(min(start + batch, len(items)), len(items), "indexing")
                with db.conn:
                    _add_terms(db, counts)
                progress(len(items), len(items), "word forms")
                write_word_forms(db, seen)
                db.execute("INSERT INTO docs_fts (docs_fts) VALUES ('optimize')")
                result = count_version(db, version, datetime.now(UTC).replace(microsecond=0))
                write_meta(db, result)
                db.conn.commit()
                db.execute("VACUUM")
            finally:
                db.close()
    except sqlite3.Error as exc:
        raise StoreError(f"cannot write {out}: {exc}") from None
    except OSError as exc:  # a folder in the way, a read-only or full disk
        raise StoreError(f"cannot write {out}: {exc.strerror or exc}") from None
    progress(len(items), len(items), "done")
    return result
