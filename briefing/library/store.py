"""Read API of the library: get, browse and search content.db (and official.db) -> dataclasses.

``LibraryStore(content, official=None)`` is read-only and safe to share between
threads: each thread gets its own sqlite connections (``threading.local``), so the
window can search from a worker. ``official`` is the user's imported official texts
(``paths.official_db``), same schema; its items and sections come back marked
``official=True``. Where our summary and an official text share an id, ``get`` and
``get_section`` return ours unless asked for ``official=True``; search returns both.
An ``official.db`` left by an earlier Briefing (another schema) is upgraded in place
once, on opening (``official.upgrade``: the imports are kept), rather than refused.

Search: see ``query.py`` for how words become a MATCH expression. Ranking is FTS5
bm25 (title 10, context 2, body 1) computed inside SQLite with ``ORDER BY ... LIMIT``;
snippets are computed in Python only for the rows returned, from the stored index
terms that line up word for word with the plain text.
"""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import date, datetime
from pathlib import Path
from typing import Any

from briefing.core.errors import BadInput, NotFound, StoreError
from briefing.core.models import (
    KINDS,
    LANGS,
    ActInfo,
    ContentVersion,
    Item,
    ItemSummary,
    SearchHit,
    Section,
)
from briefing.library import query as q
from briefing.library.build import READABLE_SCHEMAS, SCHEMA_VERSION, version_from_meta
from briefing.library.libdb import LibraryDb

FALLBACK: tuple[str, ...] = ("fi", "en", "sv")
MAX_LIMIT = 200
# A query whose words match more rows than BROAD is ranked over at most CANDIDATES rows
# (title and heading matches first): see _rank and docs/performance.md.
BROAD = 5000
CANDIDATES = 1000
MIN_CANDIDATES = 100
TERM_ROWS = 20_000  # bm25 work allowed for a broad query: candidate rows x query terms
_RANK = "bm25(docs_fts, 10.0, 2.0, 1.0, 0.0)"  # title, context, body, tags
_SECTION_COLUMNS = "id, item_id, lang, number, heading, anchor, body, ord, chapter"


def _date(value: str | None) -> date | None:
    return date.fromisoformat(value) if value else None


def _act(raw: str) -> ActInfo | None:
    if not raw:
        return None
    data: dict[str, Any] = json.loads(raw)
    return ActInfo(
        number=data["number"],
        common_name=data.get("common_name") or "",
        given=_date(data.get("given")),
        in_force=_date(data.get("in_force")),
        repealed=_date(data.get("repealed")),
        status=data.get("status") or "in-force",
        replaces=tuple(data.get("replaces") or ()),
        replaced_by=data.get("replaced_by"),
        amended_by=tuple(data.get("amended_by") or ()),
        eli=data.get("eli") or "",
    )


def _pick_lang(available: list[str], lang: str | None, fallback: tuple[str, ...]) -> str:
    for choice in (lang, *fallback, *available):
        if choice in available:
            return choice
    raise NotFound("no language available")  # available is never empty here


class LibraryStore:
    """Read-only access to the library for the CLI and the window."""

    def __init__(self, content: Path, official: Path | None = None) -> None:
        if not content.is_file():
            raise StoreError(
                f"no content database at {content}: run `make run` or `briefing content build`"
            )
        self._content = LibraryDb(content, official=False)
        self._version = self._read_version(self._content)
        self._dbs = [self._content]
        if official is not None and official.is_file():
            self._dbs.append(self._open_official(official))

    @classmethod
    def _open_official(cls, path: Path) -> LibraryDb:
        db = LibraryDb(path, official=True)
        try:
            schema = dict(db.rows("SELECT key, value FROM meta")).get("schema")
        except StoreError:
            schema = None  # not a library database: _read_version says so
        if schema is not None and schema != str(SCHEMA_VERSION):
            # Left by an earlier Briefing: the user's imports, rebuilt in place once.
            db.close()
            from briefing.library import official  # only for this rare upgrade

            official.upgrade(path)
            db = LibraryDb(path, official=True)
        cls._read_version(db, required=False)
        return db

    @staticmethod
    def _read_version(db: LibraryDb, required: bool = True) -> ContentVersion:
        try:
            meta = dict(db.rows("SELECT key, value FROM meta"))
            db.rows("SELECT 1 FROM docs_fts LIMIT 1")
        except StoreError:
            raise StoreError(f"{db.path} is not a Briefing library database") from None
        if meta.get("schema", str(SCHEMA_VERSION)) not in {str(s) for s in READABLE_SCHEMAS}:
            raise StoreError(
                f"{db.path} was built by another version of Briefing; rebuild it"
                " (`briefing content build`, or import the official texts again)"
            )
        if not required and "version" not in meta:
            return ContentVersion(version="", built_at=datetime.min)
        try:
            return version_from_meta(meta)
        except (KeyError, ValueError):
            raise StoreError(f"{db.path} has no valid version record; rebuild it") from None

    def version(self) -> ContentVersion:
        return self._version

    def close(self) -> None:
        for db in self._dbs:
            db.close()

    def _sources(self, official: bool | None) -> list[LibraryDb]:
        if official is None:
            return self._dbs
        return [db for db in self._dbs if db.official == official]

    # --- items and sections -------------------------------------------------------

    def get(
        self,
        item_id: str,
        lang: str | None = None,
        fallback: tuple[str, ...] = FALLBACK,
        official: bool | None = None,
    ) -> Item:
        """One item in ``lang`` (or the first of ``fallback`` it exists in), sections included."""
        for db in self._sources(official):
            langs = [r[0] for r in db.rows("SELECT lang FROM items WHERE id = ?", (item_id,))]
            if langs:
                chosen = _pick_lang(langs, lang, fallback)
                return self._item(db, item_id, chosen, tuple(x for x in LANGS if x in langs))
        raise NotFound(f"no item {item_id!r} in the library")

    def _item(self, db: LibraryDb, item_id: str, lang: str, languages: tuple[str, ...]) -> Item:
        (row,) = db.rows(
            "SELECT id, kind, lang, title, summary, body, source, checked, published, updated,"
            " topics, links, act FROM items WHERE id = ? AND lang = ?",
            (item_id, lang),
        )
        sections = tuple(
            self._section(db, r)
            for r in db.rows(
                f"SELECT {_SECTION_COLUMNS} FROM sections WHERE item_id = ? AND lang = ?"
                " ORDER BY ord",
                (item_id, lang),
            )
        )
        return Item(
            id=row[0], kind=row[1], lang=row[2], title=row[3], summary=row[4], body=row[5],
            source=row[6], checked=_date(row[7]) or date.min, published=_date(row[8]),
            updated=_date(row[9]), topics=tuple(json.loads(row[10] or "[]")),
            links=tuple(json.loads(row[11] or "[]")), act=_act(row[12]), sections=sections,
            official=db.official, languages=languages,
        )  # fmt: skip

    @staticmethod
    def _section(db: LibraryDb, row: Any) -> Section:
        # ``row`` holds _SECTION_COLUMNS, in that order.
        return Section(
            id=row[0], item_id=row[1], lang=row[2], number=row[3], heading=row[4],
            anchor=row[5], body=row[6], order=row[7], chapter=row[8], official=db.official,
        )  # fmt: skip

    def get_section(
        self,
        section_id: str,
        lang: str | None = None,
        fallback: tuple[str, ...] = FALLBACK,
        official: bool | None = None,
    ) -> Section:
        """One section of an act by its id (``act-681-2023/s-13``)."""
        for db in self._sources(official):
            langs = [r[0] for r in db.rows("SELECT lang FROM sections WHERE id = ?", (section_id,))]
            if langs:
                chosen = _pick_lang(langs, lang, fallback)
                (row,) = db.rows(
                    f"SELECT {_SECTION_COLUMNS} FROM sections WHERE id = ? AND lang = ?",
                    (section_id, chosen),
                )
                return self._section(db, row)
        raise NotFound(f"no section {section_id!r} in the library")

    def browse(self, kind: str | None = None, lang: str | None = None) -> list[ItemSummary]:
        """Items of a kind (or all), one per id and text: in ``lang``, else in the fallback
        order. Like search, an id that is both our summary and an imported text is listed
        twice, the imported one with ``official=True``."""
        _check_filters(kind, lang)
        seen: dict[tuple[str, bool], ItemSummary] = {}
        order = {code: i for i, code in enumerate(FALLBACK)}
        for db in self._dbs:
            rows = db.rows(
                "SELECT id, kind, lang, title, summary, published, act FROM items"
                " WHERE (:kind IS NULL OR kind = :kind) AND (:lang IS NULL OR lang = :lang)",
                {"kind": kind, "lang": lang},
            )
            for row in sorted(rows, key=lambda r: order.get(r[2], 9)):
                if (row[0], db.official) not in seen:
                    act = _act(row[6])
                    seen[row[0], db.official] = ItemSummary(
                        id=row[0], kind=row[1], lang=row[2], title=row[3], summary=row[4],
                        published=_date(row[5]), act=act.number if act else "",
                        official=db.official,
                    )  # fmt: skip
        kinds = {k: i for i, k in enumerate(KINDS)}
        return sorted(
            seen.values(),
            # Stable: our summary (content.db, read first) before the imported text of an id.
            key=lambda s: (kinds.get(s.kind, 99), -(s.published or date.min).toordinal(), s.title),
        )

    def missing_languages(self) -> dict[str, list[str]]:
        """Ids of the bundled library that lack a language: ``{item_id: [langs]}``."""
        have: dict[str, set[str]] = {}
        for item_id, lang in self._content.rows("SELECT id, lang FROM items"):
            have.setdefault(item_id, set()).add(lang)
        return {
            item_id: [lang for lang in LANGS if lang not in langs]
            for item_id, langs in sorted(have.items())
            if len(langs) < len(LANGS)
        }

    # --- search ---------------------------------------------------------------------

    def search(
        self, query: str, kind: str | None = None, lang: str | None = None, limit: int = 20
    ) -> list[SearchHit]:
        """Ranked hits for what a person typed; [] when it holds no word to search for."""
        _check_filters(kind, lang)
        limit = max(1, min(int(limit), MAX_LIMIT))
        langs = (lang,) if lang else LANGS
        filters = [f"kind{kind}"] if kind else []
        filters += [f"lang{lang}"] if lang else []
        named: list[tuple[tuple[int, bool], SearchHit]] = []
        others: list[SearchHit] = []
        # The word forms are known from the bundled library's build (official.db has
        # none of its own): its terms are looked for in both databases.
        kin = self._content.kin
        for db in self._dbs:
            parsed = q.parse(query, langs, db.expand, filters, kin)
            if parsed is None:
                return []
            acts, rest = self._search_db(db, parsed, limit)
            named += acts
            others += rest
        # Named acts first from every database (the bm25 of a small official.db is not on
        # content.db's scale), in their order; the rest by score. Stable sorts keep each
        # database's order and ours before the official text of the same act.
        named.sort(key=lambda pair: pair[0])
        others.sort(key=lambda h: -h.score)
        top = others[0].score if others else 0.0
        first = [
            replace(hit, score=round(top + len(named) - index, 4))
            for index, (_key, hit) in enumerate(named)
        ]
        return (first + others)[:limit]

    @staticmethod
    def _ranked(db: LibraryDb, match: str, limit: int, cap: int = 0) -> list[tuple[int, float]]:
        if match.startswith("{name}"):
            # The small table of act names: cheap whatever the words are.
            sql = (
                "SELECT rowid, bm25(names_fts) AS score FROM names_fts WHERE names_fts MATCH ?"
                " ORDER BY score LIMIT ?"
            )
        elif not cap:
            sql = (
                f"SELECT rowid, {_RANK} AS score FROM docs_fts WHERE docs_fts MATCH ?"
                " ORDER BY score LIMIT ?"
            )
        else:
            # bm25 only for the first `cap` matches: a broad word matches most rows, and
            # ranking all of them is what makes naive search-as-you-type slow. bm25's
            # cost grows with rows x terms, so a query of many terms looks at fewer rows.
            terms = max(1, match.count('"') // 2)
            cap = max(MIN_CANDIDATES, min(cap, TERM_ROWS // terms))
            sql = (
                f"SELECT rowid, score FROM (SELECT rowid, {_RANK} AS score FROM docs_fts"
                f" WHERE docs_fts MATCH ? LIMIT {int(cap)}) ORDER BY score LIMIT ?"
            )
        return [(r[0], r[1]) for r in db.rows(sql, (match, limit))]

    def _rank(self, db: LibraryDb, parsed: q.Query, limit: int) -> list[tuple[int, float, bool]]:
        """(rowid, score higher-is-better, named) of the best hits.

        An act whose common name or number the query gives comes first ("named"). Then
        bm25 over everything; a broad query looks at titles and headings first.
        """
        named = self._ranked(db, parsed.expression("name"), limit)
        seen = {rowid for rowid, _ in named}
        parsed = db.without_common_words(parsed)  # for matching; snippets mark them all
        if db.estimate(parsed) <= BROAD:
            rest = self._ranked(db, parsed.expression(spell=db.spell), limit + len(named))
        else:
            titles = parsed.expression("title context", db.spell)
            rest = self._ranked(db, titles, limit, CANDIDATES)
            if len(rest) < limit:
                more = self._ranked(db, parsed.expression(spell=db.spell), 2 * limit, CANDIDATES)
                rest += [r for r in more if r[0] not in {x for x, _ in rest}]
        rest = [r for r in rest if r[0] not in seen][: max(0, limit - len(named))]
        return [(rowid, -score, True) for rowid, score in named] + [
            (rowid, -score, False) for rowid, score in rest
        ]

    def _search_db(
        self, db: LibraryDb, parsed: q.Query, limit: int
    ) -> tuple[list[tuple[tuple[int, bool], SearchHit]], list[SearchHit]]:
        """(sort key, hit) of the acts the query names, and the other hits best first."""
        # Twice the rows asked for, so that whole-word matches can move up from below.
        ranked = self._rank(db, parsed, 2 * limit if parsed.finished else limit)
        if not ranked:
            return [], []
        ids = [r[0] for r in ranked]
        marks = ",".join("?" * len(ids))
        docs = {
            r[0]: r
            for r in db.rows(
                "SELECT d.rowid, d.doc_id, d.item_id, d.kind, d.lang, d.title, d.published,"
                " d.act, d.section, d.status, d.text, f.body, f.title FROM docs d"
                f" JOIN docs_fts f ON f.rowid = d.rowid WHERE d.rowid IN ({marks})",
                ids,
            )
        }
        names = self._names(db, [rowid for rowid, _, named in ranked if named])
        acts = []
        for rowid, _bm25, named in ranked:
            if named:
                row = docs[rowid]
                # The act whose name is the word typed (Kuntalaki for "kuntalaki") before
                # one whose name only holds it (Kotikuntalaki); in force before repealed.
                whole = parsed.whole_words(row[4], names.get(rowid, set()))
                acts.append(((-whole, row[9] == "repealed"), self._hit(db, row, 0.0, parsed)))
        acts.sort(key=lambda pair: pair[0])
        rest = [
            (rowid, self._relevance(parsed, docs[rowid], bm25))
            for rowid, bm25, named in ranked
            if not named
        ]
        rest.sort(key=lambda r: -r[1])
        others = [self._hit(db, docs[rowid], score, parsed) for rowid, score in rest]
        return acts[:limit], others[: max(0, limit - len(acts))]

    @staticmethod
    def _names(db: LibraryDb, rowids: list[int]) -> dict[int, set[str]]:
        """The name terms (stemmed name and number) of the named acts' rows."""
        if not rowids:
            return {}
        marks = ",".join("?" * len(rowids))
        rows = db.rows(f"SELECT rowid, name FROM names_fts WHERE rowid IN ({marks})", rowids)
        return {rowid: set(name.split()) for rowid, name in rows}

    @staticmethod
    def _relevance(parsed: q.Query, row: Any, bm25: float) -> float:
        """bm25, scaled down for each word the row holds only as a part or a prefix.

        So a word found as itself outranks the same letters inside a compound or in
        another language's word: ``integration plan`` prefers "plan" to "planering".
        """
        if not parsed.finished:
            return bm25
        held = set(row[11].split()) | set(row[12].split())
        whole = parsed.whole_words(row[4], held)
        return bm25 * ((1 + whole) / (1 + len(parsed.finished))) ** 2

    @staticmethod
    def _hit(db: LibraryDb, row: Any, score: float, parsed: q.Query) -> SearchHit:
        return SearchHit(
            id=row[1], item_id=row[2], kind=row[3], lang=row[4], title=row[5],
            snippet=q.snippet(row[10], row[11], parsed), score=round(score, 4),
            published=_date(row[6]), act=row[7], section=row[8],
            section_id=row[1] if row[8] else "", official=db.official,
        )  # fmt: skip


def _check_filters(kind: str | None, lang: str | None) -> None:
    if kind is not None and kind not in KINDS:
        raise BadInput(f"unknown kind {kind!r} (one of {', '.join(KINDS)})")
    if lang is not None and lang not in LANGS:
        raise BadInput(f"unknown language {lang!r} (one of {', '.join(LANGS)})")
