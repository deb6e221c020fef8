"""What a person typed -> a safe FTS5 MATCH expression, and snippets for the hits shown.

User text is never passed to FTS5 as syntax: it is cut into words (``text.WORD``),
and every word becomes a group of quoted index terms joined with OR; groups are
joined with AND. So quotes, brackets, ``AND``/``OR``/``NEAR``, ``*`` and ``-`` are
plain characters that simply do not form words.

A word's group holds, for each language searched: its stem (a prefix match when the
stem is long, so ``kotoutumislain`` -> ``kotoutumisl*`` also finds ``kotoutumislaki``),
the stem of the word less its last three letters for long words (Swedish definite
forms and Finnish consonant gradation that the stemmer leaves alone), long stems less
their last letter (``päätös`` -> ``päätö*`` finds ``päätöksen``), and the known
index terms that END with the stem (compounds: ``ohjelma`` -> ``kotoutumisohjelm``),
looked up in the ``terms`` vocabulary. The word still being typed is also matched
as a prefix of what was typed.

Surer than those guesses, and added to them: the index terms of the word's forms, as the
content build found them in a dictionary (``kin``: ``lain`` -> ``laki lak lais ...``,
``kunnan`` -> ``kunt kun ...``, ``tuen`` -> ``tuki tuke ...``; ``LibraryDb.kin``). Only
forms of a word the dictionary lists whole are joined: a compound it does not list
(``hyvinvointialueen``) keeps the stems and prefixes above and is never taken for its
first part. These terms are never cut, count as the word itself for the whole-word
boost (in the row's language only), and mark the row's word in snippets.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from itertools import islice

from briefing.library.text import WORD, nfc, term

MAX_WORDS = 12  # a pasted page searches for its first words, not all of them
MAX_CHARS = 2000
MIN_PREFIX = 2  # one letter as a prefix matches nearly everything: wait for the second
LONG_STEM = 5  # stems this long match as prefixes; shorter ones exactly
MIN_TAIL = 5  # shortest stem looked up as the tail of a compound
MAX_EXPANSIONS = 16  # compound terms per word, the most common first
SNIPPET_WORDS = 24
_OPERATORS = frozenset({"AND", "OR", "NOT", "NEAR"})

# (stem) -> known terms ending with that stem, most frequent first.
Expander = Callable[[str], list[str]]
# (prefix) -> every known term under it, or None when there are too many to list.
Speller = Callable[[str], tuple[str, ...] | None]
# (word, languages) -> per language, the index terms of every form of the word.
Forms = tuple[tuple[str, frozenset[str]], ...]
Kin = Callable[[str, tuple[str, ...]], Forms]


def no_kin(word: str, langs: tuple[str, ...]) -> Forms:
    return ()


@dataclass(frozen=True, slots=True)
class Query:
    """A parsed query: per word its exact terms and prefixes, and the tag filters."""

    groups: tuple[tuple[tuple[str, ...], tuple[str, ...]], ...]  # (exact, prefixes) per word
    filters: tuple[str, ...]
    exact: frozenset[str]
    prefixes: tuple[str, ...]
    words: tuple[str, ...]
    finished: tuple[str, ...] = ()  # the distinct words, for the whole-word boost
    kin: tuple[Forms, ...] = ()  # per distinct word: its forms' terms, per language

    def whole_words(self, lang: str, index_terms: set[str]) -> int:
        """How many of the words a row in ``lang`` holds as such (in some form, not a part)."""
        kin = self.kin or ((),) * len(self.finished)
        return sum(
            1
            for word, forms in zip(self.finished, kin, strict=True)
            if term(word, lang) in index_terms
            or any(not terms.isdisjoint(index_terms) for code, terms in forms if code == lang)
        )

    def marks(self, index_term: str) -> bool:
        """True when a word with this index term is one the query matched."""
        return index_term in self.exact or index_term.startswith(self.prefixes)

    def expression(self, columns: str = "title context body", spell: Speller | None = None) -> str:
        """The FTS5 MATCH expression, the words looked for in ``columns`` only.

        ``spell(prefix)`` may give every index term under a prefix: FTS5 reads an OR of
        terms lazily (a LIMIT stops it early) but merges a long prefix's terms up front.
        """
        groups = []
        for exact, prefixes in self.groups:
            alternatives = [_quote(e) for e in exact]
            for prefix in prefixes:
                spelled = spell(prefix) if spell else None
                alternatives += [_quote(t) for t in spelled] if spelled else [_quote(prefix) + "*"]
            groups.append("(" + " OR ".join(alternatives) + ")")
        match = "{" + columns + "} : (" + " AND ".join(groups) + ")"
        for tag in self.filters:
            match += f" AND tags : {_quote(tag)}"
        return match


def _quote(text: str) -> str:
    # Terms are runs of letters and digits, but quote anyway: nothing typed is syntax.
    return '"' + text.replace('"', '""') + '"'


def words_of(text: str) -> list[str]:
    """The words of a query, lower-cased, NFC, at most ``MAX_WORDS``."""
    found = WORD.findall(nfc(text[:MAX_CHARS]))
    # Upper-case operators pasted from another search engine are not words to find.
    plain = [w for w in found if w not in _OPERATORS]
    return [w.lower() for w in (plain or found)][:MAX_WORDS]


def _roots(word: str, langs: Iterable[str]) -> set[str]:
    stems = {term(word, lang) for lang in langs}
    # Stems of one word differ in their last letter across cases the stemmer keeps
    # apart (päätös / päätöks-en, sopimus / sopimuks-en): one letter less joins them.
    roots = stems | {r[:-1] for r in stems if len(r) >= 6 and r.isalpha()}
    if len(word) >= 9 and word.isalpha():
        # Not shortened again: "hallintopäätös" less three letters stems to "hallintop",
        # and one letter less than that would be "hallinto", the start of other words.
        roots.update(term(word[:-3], lang) for lang in langs)
    return roots


def _group(
    word: str, langs: tuple[str, ...], expand: Expander, typing: bool, kin: Forms
) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The exact index terms and the prefixes that one word matches.

    ``kin`` (the terms of the word's other forms) is never cut; compound tails are.
    """
    exact: set[str] = set()
    prefixes: set[str] = set()
    for root in sorted(_roots(word, langs)):
        if len(root) >= LONG_STEM or (root[:1].isdigit() and len(root) >= MIN_PREFIX):
            prefixes.add(root)
        else:
            exact.add(root)
        if len(root) >= MIN_TAIL and root.isalpha():
            exact.update(t for t in expand(root) if not t.startswith(root))
    if typing and len(word) >= MIN_PREFIX:
        prefixes.add(word.replace("/", "n"))
    # A prefix already covers any exact term or longer prefix that starts with it.
    prefixes = {p for p in prefixes if not any(p != q and p.startswith(q) for q in prefixes)}
    covered = tuple(prefixes)
    exact = {e for e in exact if not e.startswith(covered)}
    joined = {t for _, terms in kin for t in terms if not t.startswith(covered)} - exact
    return tuple(sorted(exact)[: MAX_EXPANSIONS + 4]) + tuple(sorted(joined)), tuple(
        sorted(prefixes)
    )


def parse(
    text: str,
    langs: tuple[str, ...],
    expand: Expander,
    filters: Iterable[str] = (),
    kin: Kin = no_kin,
) -> Query | None:
    """The query for ``text``, or None when it holds no word to search for.

    ``filters`` are index terms of the ``tags`` column (``kindnews``, ``langfi``)
    that every hit must have; ``kin`` gives a word's other forms (``LibraryDb.kin``).
    """
    words = words_of(text)
    if not words:
        return None
    # The last word is still being typed unless the text ends after it.
    typing = bool(re.search(r"[^\W_]\Z", nfc(text[:MAX_CHARS]).rstrip("\n")))
    unique = list(dict.fromkeys(words))
    kins = tuple(kin(word, langs) for word in unique)
    groups = tuple(
        _group(word, langs, expand, typing and index == len(unique) - 1, kins[index])
        for index, word in enumerate(unique)
    )
    exact = frozenset(e for group in groups for e in group[0])
    prefixes = tuple(sorted({p for group in groups for p in group[1]}))
    # The word being typed counts too: while it is a part, no row holds it whole and
    # every row is scaled alike; once it is a word, rows holding it move up.
    return Query(groups, tuple(filters), exact, prefixes, tuple(words), tuple(unique), kins)


def snippet(text: str, index_terms: str, query: Query, size: int = SNIPPET_WORDS) -> str:
    """``size`` words of ``text`` around the most matched words, those between [ ]."""
    count = len(WORD.findall(text))
    stems = index_terms.split(" ") if index_terms else []
    if len(stems) != count:
        stems = []  # not aligned (should not happen): show the text without marks
    exact, prefixes = query.exact, query.prefixes
    # Inline rather than query.marks(): this runs for every word of every row shown.
    hits = [i for i, s in enumerate(stems) if s in exact or s.startswith(prefixes)]
    start = _best_window(hits, count, size)
    window = [m.span() for m in islice(WORD.finditer(text), start, start + size)]
    if not window:
        return ""
    hit_set = set(hits)
    parts: list[str] = []
    cursor = window[0][0]
    for offset, (begin, end) in enumerate(window, start):
        parts.append(text[cursor:begin])
        word = text[begin:end]
        parts.append(f"[{word}]" if offset in hit_set else word)
        cursor = end
    body = re.sub(r"\s+", " ", "".join(parts)).strip()
    lead = "…" if start > 0 else ""
    tail = "…" if start + size < count else ""
    return f"{lead}{body}{tail}"


def _best_window(hits: list[int], count: int, size: int) -> int:
    """Start of the window of ``size`` words holding the most hits (a little context before)."""
    if not hits or count <= size:
        return 0
    best, best_n = hits[0], 0
    for i, first in enumerate(hits):
        n = bisect_left(hits, first + size) - i
        if n > best_n:
            best, best_n = first, n
    return max(0, min(best - 3, count - size))
