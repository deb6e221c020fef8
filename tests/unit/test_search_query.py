"""The query builder and snippets on their own: nothing typed is syntax, hits are marked."""

from __future__ import annotations

import random
import sqlite3

import pytest

from briefing.library.query import Query, parse, snippet, words_of
from briefing.library.text import terms

ALPHABET = "aäöå AOR NEAR\"'()[]{}*^:-+/\\.,;!?%_&|~`<>=@#$0123456789\n\t\u00a0ß€😀\u0308"


def no_expansion(stem: str) -> list[str]:
    return []


@pytest.fixture(scope="module")
def fts() -> sqlite3.Connection:
    conn = sqlite3.connect(":memory:")
    conn.execute(
        "CREATE VIRTUAL TABLE docs_fts USING fts5(title, context, body, tags,"
        " tokenize = 'unicode61 remove_diacritics 0', prefix = '2 3')"
    )
    conn.execute(
        "INSERT INTO docs_fts VALUES (?, '', ?, 'kindnews langfi ours')",
        (terms("Sää ja saa", "fi"), terms("Kunnan kotoutumisohjelma 681/2023", "fi")),
    )
    return conn


def test_random_input_always_makes_a_valid_match_expression(fts: sqlite3.Connection) -> None:
    rng = random.Random(7)
    for _ in range(600):
        text = "".join(rng.choice(ALPHABET) for _ in range(rng.randint(0, 40)))
        parsed = parse(text, ("fi", "sv", "en"), no_expansion, ["kindnews", "langfi"])
        if parsed is None:
            assert words_of(text) == []
            continue
        for columns in ("title context body", "title context"):
            fts.execute(
                "SELECT rowid FROM docs_fts WHERE docs_fts MATCH ?", [parsed.expression(columns)]
            )


def test_operators_typed_in_capitals_are_not_words() -> None:
    assert words_of("kotoutuminen AND ohjelma OR NOT laki NEAR x") == [
        "kotoutuminen",
        "ohjelma",
        "laki",
        "x",
    ]
    assert words_of("AND") == ["and"]  # alone, it is what the person looks for
    assert words_of("x" * 5000 + " y") == ["x" * 2000]
    assert len(words_of(" ".join(f"w{i}" for i in range(100)))) == 12


def test_typed_word_is_a_prefix_and_finished_words_are_not() -> None:
    typing = parse("kotoutumisohjelma kunn", ("fi",), no_expansion)
    done = parse("kotoutumisohjelma kunn ", ("fi",), no_expansion)
    assert typing is not None and done is not None
    assert "kunn" in typing.prefixes
    assert "kunn" not in done.prefixes and done.exact == {"kun"}  # the stem, whole
    assert typing.marks("kunnallinen") and not done.marks("kunnallinen")


def test_compound_tails_come_from_the_vocabulary() -> None:
    parsed = parse("ohjelma", ("fi",), lambda stem: ["kotoutumisohjelm", "ohjelmist"])
    assert parsed is not None
    assert parsed.marks("kotoutumisohjelm")
    assert not parsed.marks("ohje")  # guidance, not a programme


def test_snippet_marks_inflected_words_around_the_best_place() -> None:
    words = [f"sana{i}" for i in range(60)]
    words[40] = "kotoutumisohjelman"
    words[42] = "Kotoutumisohjelmaa"
    text = " ".join(words)
    parsed = parse("kotoutumisohjelma", ("fi",), no_expansion)
    assert parsed is not None
    out = snippet(text, terms(text, "fi"), parsed, size=10)
    assert out.startswith("…sana37 sana38 sana39 [kotoutumisohjelman] sana41 [Kotoutumisohjelmaa]")
    assert out.endswith("…")
    assert snippet("lyhyt teksti", terms("lyhyt teksti", "fi"), parsed) == "lyhyt teksti"
    assert snippet("", "", parsed) == ""


def test_snippet_without_aligned_terms_shows_plain_text() -> None:
    parsed = Query(((("x",), ()),), (), frozenset({"x"}), (), ("x",))
    assert snippet("x y z", "x y", parsed) == "x y z"
