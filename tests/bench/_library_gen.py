"""A generated Finnish-ish library for the search and build benchmarks (fixed seed).

Words are built from Finnish syllables, inflected with real case endings and
joined into compounds, with Zipf-like frequencies, so the index has the shape of
real legal Finnish: many forms per word, long compounds, a long tail of rare words.
A few real domain words (``kotoutumisohjelma`` ...) are mixed in so that the timed
queries hit realistic posting lists.
"""

from __future__ import annotations

import itertools
import random
from collections.abc import Iterator
from datetime import date

from briefing.core.models import ActInfo, Item, Section, section_id

SEED = 20261129
_ONSETS = ["k", "t", "p", "s", "h", "l", "m", "n", "r", "v", "j", "y", ""]
_VOWELS = ["a", "e", "i", "o", "u", "y", "ä", "ö", "aa", "ee", "ii", "uo", "ie", "ai", "äi"]
_CODAS = ["", "", "", "n", "s", "t", "l", "k", "r"]
_ENDINGS = ["", "", "", "n", "a", "ä", "ssa", "ssä", "sta", "lle", "lla", "t", "en", "ksi", "ja"]
_DOMAIN = [
    "kotoutumisohjelma", "kotoutuminen", "kunta", "valtuusto", "maahanmuuttaja",
    "palvelu", "hyvinvointialue", "työvoimapalvelu", "kotoutumissuunnitelma",
    "osaamisen", "arviointi", "ohjelma", "laki", "kotoutumislaki", "alkuvaihe",
]  # fmt: skip


def _word(rng: random.Random) -> str:
    syllables = rng.choice((2, 2, 3, 3, 3, 4))
    return "".join(
        rng.choice(_ONSETS) + rng.choice(_VOWELS) + rng.choice(_CODAS) for _ in range(syllables)
    )


def vocabulary(rng: random.Random, size: int = 20_000) -> list[str]:
    """Base words: invented roots, a share of them compounds of two roots, plus domain words."""
    roots = list(dict.fromkeys(_word(rng) for _ in range(size)))
    words = list(roots)
    for _ in range(size // 3):
        words.append(rng.choice(roots[:2000]) + rng.choice(roots))
    # Domain words at middling ranks: frequent enough to matter, not in every section.
    for i, word in enumerate(_DOMAIN):
        words.insert(150 + 97 * i, word)
    return words


class TextMaker:
    """Sentences of Zipf-distributed, inflected words."""

    def __init__(self, seed: int = SEED) -> None:
        self.rng = random.Random(seed)
        self.words = vocabulary(self.rng)
        weights = [1.0 / (rank + 8) for rank in range(len(self.words))]
        self.cumulative = list(itertools.accumulate(weights))

    def words_n(self, n: int) -> list[str]:
        picks = self.rng.choices(self.words, cum_weights=self.cumulative, k=n)
        ends = self.rng.choices(_ENDINGS, k=n)
        return [w + e for w, e in zip(picks, ends, strict=True)]

    def paragraph(self, n: int) -> str:
        words = self.words_n(n)
        out: list[str] = []
        for i in range(0, n, 12):
            sentence = " ".join(words[i : i + 12])
            out.append(sentence[:1].upper() + sentence[1:] + ".")
        return " ".join(out)


def acts(sections_total: int, per_act: int = 50, words: int = 300) -> Iterator[Item]:
    """Acts of ``per_act`` sections of about ``words`` words each, in Finnish."""
    maker = TextMaker()
    for n in range(sections_total // per_act):
        item_id = f"act-{n + 1}-2020"
        sections = tuple(
            Section(
                id=section_id(item_id, f"{k + 1} §"),
                item_id=item_id,
                lang="fi",
                number=f"{k + 1} §",
                heading=" ".join(maker.words_n(3)).capitalize(),
                anchor=f"sec_{k + 1}",
                body=maker.paragraph(words),
                order=k,
            )
            for k in range(per_act)
        )
        yield Item(
            id=item_id,
            kind="legislation",
            lang="fi",
            title=" ".join(maker.words_n(5)).capitalize(),
            summary=maker.paragraph(20),
            body=maker.paragraph(60),
            source="https://example.org/",
            checked=date(2026, 1, 1),
            act=ActInfo(number=f"{n + 1}/2020", common_name=maker.words_n(1)[0] + "laki"),
            sections=sections,
        )


def news(count: int, words: int = 200) -> Iterator[Item]:
    """Dated news items with a body of about ``words`` words."""
    maker = TextMaker(SEED + 1)
    for n in range(count):
        yield Item(
            id=f"news-{n}",
            kind="news",
            lang="fi",
            title=" ".join(maker.words_n(6)).capitalize(),
            summary=maker.paragraph(25),
            body=maker.paragraph(words),
            source="https://example.org/",
            checked=date(2026, 1, 1),
            published=date(2020, 1, 1 + n % 28),
        )
