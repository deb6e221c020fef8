"""Quote and position selectors, and re-anchoring a note in a text that has changed.

Pure functions over plain text (``markdown.to_plain`` of an item or section): no I/O.
A note is found again by its quote — exactly first (the occurrence whose surroundings
and position fit best), then approximately — and its status says how that went.
Reasons are short codes the window translates for people:

``text-changed``       the text differs from the one the note was made on
``quote-moved``        the quote is still there, at another place
``quote-fuzzy:NN``     only a passage NN % like the quote was found
``quote-missing``      the quote is not in the text any more
``section-missing`` / ``item-missing``   the place the note pointed at is gone
"""

from __future__ import annotations

import hashlib
from collections import Counter
from dataclasses import dataclass
from difflib import SequenceMatcher

from briefing.core.models import Selector

CONTEXT = 32  # characters of prefix and suffix kept with a quote
FUZZY_THRESHOLD = 0.75  # how alike a passage must be to count as the quote
MIN_FUZZY = 6  # a shorter quote is only found exactly: "5 §" is like too many things


def text_hash(text: str) -> str:
    """The sha256 of the plain text a note was made on."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def _occurrences(text: str, quote: str) -> list[int]:
    found: list[int] = []
    start = text.find(quote)
    while start != -1:
        found.append(start)
        start = text.find(quote, start + 1)
    return found


def selector_at(text: str, start: int, end: int, context: int = CONTEXT) -> Selector:
    """The selector of ``text[start:end]`` with its surroundings."""
    return Selector(
        exact=text[start:end],
        prefix=text[max(0, start - context) : start],
        suffix=text[end : end + context],
        start=start,
        end=end,
    )


def make_selector(text: str, quote: str, *, near: int = -1, context: int = CONTEXT) -> Selector:
    """The selector of ``quote`` in ``text`` (the occurrence nearest ``near``).

    Raises ValueError when the quote is empty or not in the text.
    """
    if not quote.strip():
        raise ValueError("the quote is empty")
    starts = _occurrences(text, quote)
    if not starts:
        raise ValueError("the quote is not in the text")
    start = min(starts, key=lambda s: abs(s - near)) if near >= 0 else starts[0]
    return selector_at(text, start, start + len(quote), context)


@dataclass(frozen=True, slots=True)
class Anchor:
    """Where a selector was found: offsets, and how alike the passage is (1.0 = exact)."""

    start: int
    end: int
    score: float


def _similar(a: str, b: str) -> float:
    if not a and not b:
        return 1.0
    return SequenceMatcher(None, a, b, autojunk=False).ratio()


def _context_fit(text: str, start: int, end: int, sel: Selector) -> float:
    before = text[max(0, start - len(sel.prefix)) : start]
    after = text[end : end + len(sel.suffix)]
    fit = _similar(before, sel.prefix) + _similar(after, sel.suffix)
    if sel.start >= 0:
        fit += 1.0 / (1.0 + abs(start - sel.start) / 100.0)
    return fit


def _exact(text: str, sel: Selector) -> Anchor | None:
    starts = _occurrences(text, sel.exact)
    if not starts:
        return None
    size = len(sel.exact)
    best = max(starts, key=lambda s: _context_fit(text, s, s + size, sel))
    return Anchor(best, best + size, 1.0)


MAX_CANDIDATES = 12  # places worth a close look; bounds the work on repetitive text


def _candidate_starts(text: str, sel: Selector, slack: int) -> list[int]:
    """Likely starts of the edited quote, the best supported first."""
    quote = sel.exact
    size = len(quote)
    piece = max(4, min(16, size // 3))
    votes: Counter[int] = Counter()
    # Pieces of the quote that survived an edit imply where the quote begins; the
    # more pieces (and context) agree on a place, the likelier it is.
    for offset in {0, max(0, size // 2 - piece // 2), max(0, size - piece)}:
        for pos in _occurrences(text, quote[offset : offset + piece]):
            votes[pos - offset] += 1
    if sel.prefix:
        for pos in _occurrences(text, sel.prefix):
            votes[pos + len(sel.prefix)] += 1
    if sel.suffix:
        for pos in _occurrences(text, sel.suffix):
            votes[pos - size] += 1
    if 0 <= sel.start < len(text):
        votes[sel.start] += 0
    near = sel.start if sel.start >= 0 else 0
    ranked = sorted(
        (s for s in votes if -size < s < len(text)),
        key=lambda s: (-votes[s], abs(s - near)),
    )
    chosen: list[int] = []
    for start in ranked:
        # Starts closer than the slack are scanned together anyway.
        if all(abs(start - c) > slack for c in chosen):
            chosen.append(start)
        if len(chosen) == MAX_CANDIDATES:
            break
    return chosen


class _Scorer:
    """Similarity to one quote; the quote's index is built once, hopeless spans skipped."""

    def __init__(self, text: str, quote: str) -> None:
        self.text = text
        self.matcher = SequenceMatcher(None, "", quote, autojunk=False)

    def best(self, spans: list[tuple[int, int]], floor: Anchor | None = None) -> Anchor | None:
        best = floor
        for start, end in spans:
            if start < 0 or end > len(self.text) or end <= start:
                continue
            self.matcher.set_seq1(self.text[start:end])
            if best is not None and self.matcher.real_quick_ratio() <= best.score:
                continue
            if best is not None and self.matcher.quick_ratio() <= best.score:
                continue
            score = self.matcher.ratio()
            if best is None or score > best.score:
                best = Anchor(start, end, score)
        return best


def _fuzzy(text: str, sel: Selector, threshold: float) -> Anchor | None:
    size = len(sel.exact)
    slack = max(2, size // 5)
    step = max(1, slack // 8)
    scorer = _Scorer(text, sel.exact)
    # Coarse to fine: the start on a grid, then the start exactly, then the end.
    spans = [
        (start, start + size)
        for guess in _candidate_starts(text, sel, slack)
        for start in range(max(0, guess - slack), guess + slack + 1, step)
    ]
    best = scorer.best(spans)
    if best is None:
        return None
    near = range(max(0, best.start - step), best.start + step + 1)
    best = scorer.best([(s, s + size) for s in near], best) or best
    ends = range(best.start + max(1, size - slack), best.start + size + slack + 1)
    best = scorer.best([(best.start, e) for e in ends], best) or best
    starts = range(max(0, best.start - slack), best.start + slack + 1)
    best = scorer.best([(s, best.end) for s in starts], best) or best
    if best.score < threshold:
        return None
    start, end = _snap(text, sel.exact, best.start, best.end)
    return Anchor(start, end, _similar(text[start:end], sel.exact))


def _snap(text: str, quote: str, start: int, end: int) -> tuple[int, int]:
    # A quote of whole words stays whole words: never cut a word that changed.
    if quote[:1].isalnum():
        while 0 < start < end and text[start - 1].isalnum() and text[start].isalnum():
            start -= 1
    if quote[-1:].isalnum():
        while start < end < len(text) and text[end - 1].isalnum() and text[end].isalnum():
            end += 1
    return start, end


def locate(text: str, sel: Selector, *, threshold: float = FUZZY_THRESHOLD) -> Anchor | None:
    """Find a selector's passage in ``text``: exact first, then approximate, else None."""
    if not sel.exact:
        return None
    found = _exact(text, sel)
    if found is None and len(sel.exact.strip()) >= MIN_FUZZY:
        found = _fuzzy(text, sel, threshold)
    return found


@dataclass(frozen=True, slots=True)
class Reanchored:
    """The outcome for one note: its new status, the reason code, the new selector."""

    status: str  # ok | changed | orphaned
    reason: str
    selector: Selector | None


def reanchor(text: str | None, sel: Selector | None, made_on: str, missing: str) -> Reanchored:
    """Re-attach a note to ``text`` (None: its item or section is gone, code ``missing``)."""
    if text is None:
        return Reanchored("orphaned", missing, sel)
    changed = bool(made_on) and text_hash(text) != made_on
    if sel is None or not sel.exact:
        return Reanchored("changed" if changed else "ok", "text-changed" if changed else "", sel)
    anchor = locate(text, sel)
    if anchor is None:
        return Reanchored("orphaned", "quote-missing", sel)
    found = selector_at(text, anchor.start, anchor.end, max(len(sel.prefix), len(sel.suffix)))
    if anchor.score < 1.0:
        # Keep the words the person quoted; the offsets say where the passage is now.
        kept = Selector(sel.exact, found.prefix, found.suffix, found.start, found.end)
        return Reanchored("changed", f"quote-fuzzy:{round(anchor.score * 100)}", kept)
    if not changed:
        return Reanchored("ok", "", found)
    moved = anchor.start != sel.start
    return Reanchored("changed", "quote-moved" if moved else "text-changed", found)
