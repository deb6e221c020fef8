"""Build time only: which words are forms of one dictionary word (simplemma's dictionaries).

Snowball leaves many forms of a Finnish word apart (``laki`` -> ``laki``, ``lain`` ->
``lain``, ``laissa`` -> ``lais``). A content build looks every word of the library up
in simplemma's form -> lemma dictionaries (lookup only: no rule guesses, no compound
splitting, so ``hyvinvointialueen`` is not taken for ``hyvinvointi``) and writes, for
each lemma, the index terms of every form the dictionary lists for it (``build.py``:
tables ``forms`` and ``lemmas``). Search then joins the forms with two indexed look-ups.

Loading a language costs seconds and a few hundred MB at its peak, so nothing at run
time imports this module: the window and ``briefing search`` only read the tables.
The dictionaries stay loaded for the life of the process (a test run builds often).
"""

from __future__ import annotations

import threading
from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from briefing.core.errors import BriefingError
from briefing.library.text import MIN_STEM, term

MIN_PARADIGM = 5  # a lemma with fewer forms listed is likely a stray entry ("lain")
MAX_TERMS = 48  # index terms per lemma: a verb such as "olla" has more forms than that
_lock = threading.Lock()
_loaded: dict[str, _Dictionary] = {}


class _Dictionary:
    """One language: form -> lemma, and lemma -> the forms the dictionary lists for it."""

    def __init__(self, lang: str) -> None:
        from simplemma.strategies import (
            DefaultDictionaryFactory,
            DictionaryLookupStrategy,
            StreamDictionaryFactory,
        )

        # The whole dictionary once, grouped by lemma (a lemma's forms as one string: a
        # set each would double the peak); the plain dict it is read from (~400 MB for
        # Finnish) is dropped after, and single forms are looked up in the compact
        # stream (~70 MB, a few microseconds a word).
        forms: dict[str, str] = {}
        for form, lemma in DefaultDictionaryFactory(cache_max_size=1).get_dictionary(lang).items():
            low = lemma.lower()
            forms[low] = forms.get(low, "") + "\n" + form.lower()
        self._forms = forms
        self._lookup = DictionaryLookupStrategy(StreamDictionaryFactory(cache_max_size=1))
        self.lang = lang

    def lemmas(self, word: str) -> set[str]:
        """The lemmas ``word`` (lower case) may be a form of: the dictionary's, and itself."""
        found = {word} if word in self._forms else set()
        lemma = self._lookup.get_lemma(word, self.lang)
        if lemma:
            found.add(lemma.lower())
        return found

    def paradigm(self, lemma: str) -> bool:
        """True when the dictionary lists enough forms of ``lemma`` to be a real word's."""
        return self._forms.get(lemma, "").count("\n") >= MIN_PARADIGM

    def forms(self, lemma: str) -> list[str]:
        listed = self._forms.get(lemma, "")
        return sorted({lemma, *listed.split("\n")} - {""})


def dictionary(lang: str) -> _Dictionary:
    with _lock:
        if lang not in _loaded:
            try:
                _loaded[lang] = _Dictionary(lang)
            except (ImportError, OSError, ValueError) as exc:
                # A broken or missing install: one line for the person building content.
                raise BriefingError(
                    f"cannot load the {lang} word-form dictionary (simplemma): {exc}"
                ) from None
        return _loaded[lang]


@dataclass(frozen=True, slots=True)
class WordClasses:
    """What the build writes: (form, lang, lemma) rows and (lemma, lang, terms) rows."""

    forms: list[tuple[str, str, str]]
    lemmas: list[tuple[str, str, str]]


def _class_terms(lemma: str, listed: Iterable[str], held: Iterable[str], lang: str) -> list[str]:
    """The index terms of a lemma's forms: those the library holds first, then the rest."""
    first = {term(lemma, lang)} | {term(f, lang) for f in held}
    # Very short terms from odd forms ("o" for "olla") would only add noise.
    rest = {t for f in listed if f.isalpha() and len(t := term(f, lang)) >= MIN_STEM} - first
    return [*sorted(first), *sorted(rest)][:MAX_TERMS]


def word_classes(seen: Mapping[str, Iterable[str]]) -> WordClasses:
    """The forms and lemma classes of the words in ``seen`` (language -> words as written)."""
    forms: list[tuple[str, str, str]] = []
    lemmas: list[tuple[str, str, str]] = []
    for lang, words in sorted(seen.items()):
        if lang not in ("fi", "sv", "en"):
            continue
        # Abbreviations are not words to look up: "TE" (services) is not "te" (you).
        plain = {w.lower() for w in words if w.isalpha() and not (w.isupper() and len(w) > 1)}
        f, lem = _classes(dictionary(lang), plain)
        forms += f
        lemmas += lem
    return WordClasses(forms, lemmas)


def _classes(
    lex: _Dictionary, words: set[str]
) -> tuple[list[tuple[str, str, str]], list[tuple[str, str, str]]]:
    lang = lex.lang
    readings = {word: lex.lemmas(word) for word in words}
    of_lemma: dict[str, set[str]] = defaultdict(set)
    for word, found in readings.items():
        for lemma in found:
            of_lemma[lemma].add(word)
    # A word the dictionary reads two ways ("työ": work, or a dialect form of "sinä";
    # "lain": of "laki", or a lemma of its own) keeps the readings that other words of
    # the library share, when some do: the library's own text decides.
    # A word that is itself the base form of a real paradigm keeps that reading too.
    support = {lemma: len(found) for lemma, found in of_lemma.items()}
    for word, found in readings.items():
        shared = {lemma for lemma in found if support[lemma] > 1}
        if word in found and lex.paradigm(word):
            shared.add(word)
        for lemma in found - shared if shared else ():
            of_lemma[lemma].discard(word)
    forms: set[tuple[str, str, str]] = set()
    lemmas: list[tuple[str, str, str]] = []
    for lemma in sorted(of_lemma):
        if not of_lemma[lemma]:
            continue
        listed = lex.forms(lemma)
        terms = sorted(_class_terms(lemma, listed, of_lemma[lemma], lang))
        if len(terms) < 2:
            continue  # every form has one index term already: nothing to join
        lemmas.append((lemma, lang, " ".join(terms)))
        # A library word listed here but read otherwise above is left to that reading.
        mine = of_lemma[lemma]
        forms.update(
            (f, lang, lemma) for f in listed if f.isalpha() and (f in mine or f not in readings)
        )
        forms.update((f, lang, lemma) for f in mine)
    return sorted(forms), lemmas
