"""Words for search: one tokeniser and one stemmer for indexing, querying and snippets.

Text is NFC-normalised; ``ä ö å`` are letters of their own (never folded to ``a o``).
An act number such as ``681/2023`` is one token. Every token maps to exactly one
index term, so a row's stored terms line up word for word with its plain text: that
is what lets snippets mark inflected and compound words that matched by stem.

The term is the Snowball stem, which leaves many Finnish forms of one word apart
(``laki`` -> ``laki``, ``lain`` -> ``lain``, ``laissa`` -> ``lais``). Those are joined
at query time, not here: a content build looks the words up in a dictionary
(``lemmas.py``) and stores each word's other forms' terms (``build.write_word_forms``),
so the index and this alignment stay exactly as they are.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from typing import Any

import snowballstemmer

# Act numbers first so that "681/2023" is one token, then runs of letters and digits.
WORD = re.compile(r"\d+[^\W\d_]?/\d{4}|[^\W_]+")
_STEMMERS = {"fi": "finnish", "sv": "swedish", "en": "english"}
MIN_STEM = 3  # shorter words are kept whole: stemming "ja" or "av" only adds noise


def nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text)


@lru_cache(maxsize=3)
def _stemmer(lang: str) -> Any:
    return snowballstemmer.stemmer(_STEMMERS.get(lang, "english"))


@lru_cache(maxsize=200_000)
def term(word: str, lang: str) -> str:
    """The index term for one word: lower-cased, stemmed in ``lang``; act numbers coded."""
    low = word.lower()
    if "/" in low:
        # FTS5's tokenizer would split at "/": code the act number as one term.
        return low.replace("/", "n")
    if len(low) < MIN_STEM or low.isdigit():
        return low
    stem: str = _stemmer(lang).stemWord(low)
    return stem or low


_TERM_CACHE: dict[str, dict[str, str]] = {}


def terms(text: str, lang: str, seen: set[str] | None = None) -> str:
    """``text`` as space-separated index terms, one per word; its words added to ``seen``."""
    # A plain dict per language: this runs for every word of the library at build time.
    cache = _TERM_CACHE.setdefault(lang, {})
    if len(cache) > 500_000:
        cache.clear()
    out: list[str] = []
    words = WORD.findall(text)
    if seen is not None:
        seen.update(words)
    for word in words:
        found = cache.get(word)
        if found is None:
            found = cache[word] = term(word, lang)
        out.append(found)
    return " ".join(out)
