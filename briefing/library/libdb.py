"""One library database file (content.db or official.db), read-only, a connection per thread.

Also the per-keystroke look-ups that the search needs, cached for the life of the
store: in the ``terms`` vocabulary (compound expansion, how many rows a term is in) and
in the word-form tables a content build writes (``kin``: the index terms of the other
forms of a typed word, ``lain`` -> ``laki lak lais ...``).
"""

from __future__ import annotations

import sqlite3
import threading
from dataclasses import replace
from functools import lru_cache
from pathlib import Path
from typing import Any

from briefing.core.errors import StoreError
from briefing.library import query as q

SHORT_PREFIX = 3  # prefixes this short are taken as broad without counting
UNCOUNTED = 10**9  # "more than any library holds"
MAX_SPELLED = 24  # a prefix with more terms than this stays a prefix query
BROAD_PREFIX = 5000  # rows: a prefix in fewer is merged up front cheaply
COMMON_FROM_ROWS = 5000  # libraries at least this large drop their stop words


class LibraryDb:
    """One library database file opened read-only, a connection per thread."""

    def __init__(self, path: Path, official: bool) -> None:
        self.path = path
        self.official = official
        self._local = threading.local()
        self._all: list[sqlite3.Connection] = []
        self._lock = threading.Lock()
        self.expand = lru_cache(maxsize=4096)(self._expand)
        self.matches = lru_cache(maxsize=8192)(self._matches)
        self.spell = lru_cache(maxsize=8192)(self._spell)
        self.kin = lru_cache(maxsize=8192)(self._kin)
        self._total = -1
        self._forms: bool | None = None

    def conn(self) -> sqlite3.Connection:
        conn: sqlite3.Connection | None = getattr(self._local, "conn", None)
        if conn is None:
            try:
                conn = sqlite3.connect(
                    f"{self.path.resolve().as_uri()}?mode=ro", uri=True, check_same_thread=False
                )
            except sqlite3.Error as exc:
                raise StoreError(f"cannot open {self.path}: {exc}") from None
            self._local.conn = conn
            with self._lock:
                self._all.append(conn)
        return conn

    def rows(self, sql: str, params: Any = ()) -> list[Any]:
        try:
            return self.conn().execute(sql, params).fetchall()
        except sqlite3.Error as exc:  # also a connection closed under a worker at shut-down
            raise StoreError(
                f"{self.path} cannot be read ({exc}); rebuild or reinstall it"
            ) from None

    def _expand(self, stem: str) -> list[str]:
        """Known terms ending with ``stem`` (compounds), most documents first."""
        low = stem[::-1]
        rows = self.rows(
            "SELECT term FROM terms WHERE rterm > ? AND rterm < ? ORDER BY df DESC LIMIT ?",
            (low, low + "\U0010ffff", q.MAX_EXPANSIONS),
        )
        return [r[0] for r in rows]

    def _spell(self, prefix: str) -> tuple[str, ...] | None:
        """Every term under a long prefix when there are few (see ``Query.expression``)."""
        if len(prefix) <= SHORT_PREFIX or self.matches(prefix, True) <= BROAD_PREFIX:
            # Short: the FTS5 prefix index answers in one look-up. Narrow: merging is
            # cheap, and bm25 weighs a prefix as one word (spelled, each form would be).
            return None
        rows = self.rows(
            "SELECT term FROM terms WHERE term >= ? AND term < ? LIMIT ?",
            (prefix, prefix + "\U0010ffff", MAX_SPELLED + 1),
        )
        if not rows or len(rows) > MAX_SPELLED:
            return None
        return tuple(r[0] for r in rows)

    def _kin(self, form: str, langs: tuple[str, ...]) -> tuple[tuple[str, frozenset[str]], ...]:
        """(language, index terms) of every form of the words ``form`` may be, in ``langs``.

        Empty when the build did not know the word (not in the dictionary, or every
        form of it already has one index term): the search then relies on stems.
        """
        if len(form) < 2 or not form.isalpha() or not self._has_forms():
            return ()  # one letter is a word being started, not a form to join
        rows = self.rows(
            "SELECT l.lang, l.terms FROM forms f JOIN lemmas l"
            " ON l.lemma = f.lemma AND l.lang = f.lang WHERE f.form = ?",
            (form,),
        )
        found: dict[str, set[str]] = {}
        for lang, terms in rows:
            if lang in langs:
                found.setdefault(lang, set()).update(terms.split(" "))
        return tuple((lang, frozenset(terms)) for lang, terms in sorted(found.items()))

    def _has_forms(self) -> bool:
        """Whether the build wrote the word-form tables (schema 2 databases have none)."""
        if self._forms is None:
            found = self.rows("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'forms'")
            self._forms = bool(found)
        return self._forms

    def _matches(self, text: str, prefix: bool) -> int:
        """About how many rows hold this term (or a term with this prefix)."""
        if not prefix:
            rows = self.rows("SELECT df FROM terms WHERE term = ?", (text,))
        elif len(text) <= SHORT_PREFIX:
            # Summing the vocabulary under two or three letters costs more than it tells.
            return UNCOUNTED
        else:
            rows = self.rows(
                "SELECT sum(df) FROM terms WHERE term >= ? AND term < ?",
                (text, text + "\U0010ffff"),
            )
        return int(rows[0][0] or 0) if rows else 0

    def group_rows(self, group: tuple[tuple[str, ...], tuple[str, ...]]) -> int:
        """An upper bound of the rows one word's group matches."""
        exact, prefixes = group
        return sum(self.matches(e, False) for e in exact) + sum(
            self.matches(p, True) for p in prefixes
        )

    def estimate(self, parsed: q.Query) -> int:
        """An upper bound of the rows matching every word: the smallest word's total."""
        return min(self.group_rows(group) for group in parsed.groups)

    def rows_total(self) -> int:
        """How many searchable rows the database holds (counted once)."""
        if self._total < 0:
            self._total = int(self.rows("SELECT count(*) FROM docs")[0][0])
        return self._total

    def without_common_words(self, parsed: q.Query) -> q.Query:
        """``parsed`` less the words found in over half the rows of a large library.

        bm25 gives such a word no weight (FTS5 floors its IDF), yet computing that
        weight reads its whole posting list: in a large library it is a stop word.
        The most selective word always stays; so do prefixes too short to count.
        """
        total = self.rows_total()
        if total <= COMMON_FROM_ROWS or len(parsed.groups) < 2:
            return parsed
        counted = [(self.group_rows(g), g) for g in parsed.groups]
        keep = tuple(g for n, g in counted if n <= total // 2 or n >= UNCOUNTED)
        if not keep:
            keep = (min(counted, key=lambda c: c[0])[1],)
        return replace(parsed, groups=keep) if len(keep) < len(parsed.groups) else parsed

    def close(self) -> None:
        with self._lock:
            for conn in self._all:
                conn.close()
            self._all.clear()
        self._local = threading.local()
