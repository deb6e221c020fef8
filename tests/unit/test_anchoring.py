"""Finding a quoted passage again after the text it was made on has changed."""

from __future__ import annotations

import time

import pytest

from briefing.core.anchoring import locate, make_selector, reanchor, text_hash

TEXT = (
    "Kunnan on laadittava kotoutumisohjelma. Ohjelma hyväksytään valtuustossa ja "
    "tarkistetaan vähintään kerran valtuustokaudessa. Kunta seuraa ohjelman "
    "toteutumista. Ohjelma hyväksytään valtuustossa myös muutettuna."
)
QUOTE = "hyväksytään valtuustossa ja tarkistetaan vähintään kerran"


def test_selector_records_quote_context_and_offsets() -> None:
    sel = make_selector(TEXT, QUOTE)
    assert TEXT[sel.start : sel.end] == QUOTE == sel.exact
    assert TEXT[: sel.start].endswith(sel.prefix) and sel.prefix
    assert TEXT[sel.end :].startswith(sel.suffix) and sel.suffix


def test_selector_refuses_missing_or_empty_quote() -> None:
    with pytest.raises(ValueError):
        make_selector(TEXT, "ei tätä tekstissä")
    with pytest.raises(ValueError):
        make_selector(TEXT, "  ")


def test_repeated_quote_picks_occurrence_near_the_hint_and_relocates_it() -> None:
    second = TEXT.rindex("hyväksytään valtuustossa")
    sel = make_selector(TEXT, "hyväksytään valtuustossa", near=second)
    assert sel.start == second
    moved = "Johdanto lisätty. " + TEXT
    anchor = locate(moved, sel)
    assert anchor is not None and anchor.score == 1.0
    assert anchor.start == second + len("Johdanto lisätty. ")


def test_unchanged_text_is_ok() -> None:
    sel = make_selector(TEXT, QUOTE)
    result = reanchor(TEXT, sel, text_hash(TEXT), "section-missing")
    assert (result.status, result.reason) == ("ok", "")
    assert result.selector == sel


def test_quote_moved_in_changed_text() -> None:
    sel = make_selector(TEXT, QUOTE)
    new = "Uusi ensimmäinen virke. " + TEXT
    result = reanchor(new, sel, text_hash(TEXT), "section-missing")
    assert (result.status, result.reason) == ("changed", "quote-moved")
    assert result.selector is not None
    assert new[result.selector.start : result.selector.end] == QUOTE


def test_edited_quote_is_found_approximately_on_whole_words() -> None:
    sel = make_selector(TEXT, QUOTE)
    new = "Alku. " + TEXT.replace("vähintään kerran", "vähintään kahdesti")
    result = reanchor(new, sel, text_hash(TEXT), "section-missing")
    assert result.status == "changed" and result.reason.startswith("quote-fuzzy:")
    assert result.selector is not None
    found = new[result.selector.start : result.selector.end]
    assert found == "hyväksytään valtuustossa ja tarkistetaan vähintään kahdesti"
    assert result.selector.exact == QUOTE  # the words the person quoted are kept


def test_vanished_quote_and_vanished_section_are_orphaned_never_dropped() -> None:
    sel = make_selector(TEXT, QUOTE)
    other = "Pykälä kumottiin. Tilalle tuli uusi säännös maahanmuuttajien palveluista."
    gone = reanchor(other, sel, text_hash(TEXT), "section-missing")
    assert (gone.status, gone.reason, gone.selector) == ("orphaned", "quote-missing", sel)
    missing = reanchor(None, sel, text_hash(TEXT), "section-missing")
    assert (missing.status, missing.reason) == ("orphaned", "section-missing")


def test_note_without_quote_is_marked_changed_by_hash() -> None:
    assert reanchor(TEXT, None, text_hash(TEXT), "item-missing").status == "ok"
    result = reanchor(TEXT + " Lisäys.", None, text_hash(TEXT), "item-missing")
    assert (result.status, result.reason) == ("changed", "text-changed")


def test_fuzzy_search_in_a_long_section_is_quick() -> None:
    words = [f"sana{i}" for i in range(3000)]
    text = " ".join(words)
    quote = " ".join(words[1500:1540])
    sel = make_selector(text, quote)
    edited = text.replace(words[1520], "MUUTETTU", 1)
    started = time.perf_counter()
    anchor = locate(edited, sel)
    elapsed = time.perf_counter() - started
    assert anchor is not None and 0.9 < anchor.score < 1.0
    assert abs(anchor.start - sel.start) < 5
    assert elapsed < 1.0


def test_short_quotes_are_only_found_exactly() -> None:
    text = "Katso 5 § ja 6 §."
    sel = make_selector(text, "5 §")
    assert locate("Katso 7 § ja 6 §.", sel) is None
    assert locate("Alku. Katso 5 § ja 6 §.", sel) is not None
