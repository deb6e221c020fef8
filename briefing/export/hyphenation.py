"""Where long words may break: Finnish by its syllable rules, Swedish and English by pyphen.

pyphen ships no Finnish dictionary, but Finnish syllables follow short, regular rules
(a break before the last consonant of a cluster between vowels; a break between two
vowels that are neither a long vowel nor a diphthong), so ``kotoutumisohjelma``
breaks as ko-tou-tu-mis-oh-jel-ma and never at a random letter. Compound seams are
not found by rule: a short list of vowel-initial word parts common in this library
(``ohjelma``, ``alue``, ``asiakas``...) marks them, so the break falls at the seam
(kotoutumis-ohjelma, not kotoutumi-sohjelma); other seams may break a letter early.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from functools import lru_cache

import pyphen

# reportlab calls this with a word and takes the first (head, tail) pair that fits.
Hyphenator = Callable[[str], Iterator[tuple[str, str]]]

# á for Northern Sámi, å é ü for names and loans in Finnish text.
_VOWELS = frozenset("aeiouyäöåáéü")
# Two vowels that stay in one syllable: diphthongs and long vowels.
_DIPHTHONGS = frozenset(
    {"ai", "ei", "oi", "ui", "yi", "äi", "öi", "au", "eu", "iu", "ou", "ey", "äy", "öy", "iy"}
    | {"ie", "uo", "yö"}
    | {v + v for v in "aeiouyäöå"}
)
# Vowel-initial second parts of compounds; a consonant before one is the seam's end.
_SEAM_PARTS = (
    "ohjelm", "alue", "aine", "asia", "avustu", "ehdo", "ehto", "opetu", "osallis",
    "ilmoitu", "arvio", "asema", "yhteis", "edistä", "oikeu", "ulkomaa", "ammat",
    "opisk", "elinkeino", "ohje", "esity", "arvioi", "ennakko", "yhdenvert",
)  # fmt: skip
_MIN_HEAD = 2
_MIN_TAIL = 2


def _vowel_breaks(word: str, start: int, end: int) -> list[int]:
    """Breaks inside the vowel run ``word[start:end]``."""
    breaks: list[int] = []
    i = start
    while i < end:
        step = 2 if word[i : i + 2] in _DIPHTHONGS and i + 1 < end else 1
        i += step
        if i < end:
            breaks.append(i)
    return breaks


def _seams(low: str) -> list[int]:
    seams: set[int] = set()
    for part in _SEAM_PARTS:
        at = low.find(part, 3)
        while at > 0:
            if low[at - 1] not in _VOWELS:
                seams.add(at)
            at = low.find(part, at + 1)
    return sorted(seams)


@lru_cache(maxsize=8192)
def finnish_breaks(word: str) -> tuple[int, ...]:
    """Offsets in ``word`` where a Finnish hyphen may go, in increasing order."""
    low = word.lower()
    breaks: list[int] = []
    start = 0
    for seam in [*_seams(low), len(low)]:
        breaks.extend(start + b for b in _syllable_breaks(low[start:seam]))
        if seam < len(low):
            breaks.append(seam)
        start = seam
    kept: list[int] = []
    for cut in breaks:
        # A one-letter syllable stays with what follows: ti-alu, not ti-a-lu.
        if _MIN_HEAD <= cut <= len(low) - _MIN_TAIL and (not kept or cut - kept[-1] > 1):
            kept.append(cut)
    return tuple(kept)


def _syllable_breaks(low: str) -> list[int]:
    n = len(low)
    breaks: list[int] = []
    i = 0
    while i < n:
        if low[i] not in _VOWELS:
            i += 1
            continue
        run_end = i
        while run_end < n and low[run_end] in _VOWELS:
            run_end += 1
        breaks.extend(_vowel_breaks(low, i, run_end))
        cons_end = run_end
        while cons_end < n and low[cons_end] not in _VOWELS:
            cons_end += 1
        if cons_end < n and cons_end > run_end:
            breaks.append(cons_end - 1)  # before the last consonant: kart-ta, kans-sa
        i = cons_end
    return breaks


def _finnish(word: str) -> Iterator[tuple[str, str]]:
    for cut in reversed(finnish_breaks(word)):
        yield word[:cut], word[cut:]


@lru_cache(maxsize=4)
def _pyphen(lang: str) -> pyphen.Pyphen:
    return pyphen.Pyphen(lang=lang, left=_MIN_HEAD, right=_MIN_TAIL)


def hyphenator(lang: str) -> Hyphenator:
    """The hyphenation function for a pack language (fi, sv, en), longest head first."""
    if lang == "fi":
        return _finnish
    dictionary = _pyphen("sv" if lang == "sv" else "en_GB")
    iterate: Hyphenator = dictionary.iterate
    return iterate
