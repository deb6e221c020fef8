"""Text as people read it: mis-decoded (mojibake) text repaired, whitespace normalised."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

# A UTF-8 byte sequence that was decoded as Latin-1: a lead byte (U+00C2..U+00F4)
# followed by one to three continuation bytes (U+0080..U+00BF). Finnish text never
# holds such pairs ("Ã¤" instead of "ä", "Â§" instead of "§"). Decoded as Windows-1252
# instead, continuation bytes 0x80..0x9F show as these letters ("â€“" for "–").
_CP1252 = "€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ"
_MOJIBAKE = re.compile(f"[\u00c2-\u00f4][\u0080-\u00bf{_CP1252}]{{1,3}}")

# Every space that is not a plain space (no-break, en, em, thin, narrow no-break...),
# tabs, line breaks and the C1 "next line" U+0085 some conversions leave behind.
_SPACES = re.compile("[\\s\u0085\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]+")
_ZERO_WIDTH = re.compile("[\u200b\u200c\u200d\u2060\ufeff\u00ad]")


@dataclass(slots=True)
class RepairLog:
    """What was repaired while reading one document: counts and a few examples."""

    mojibake: int = 0  # distinct strings repaired (a string read twice counts once)
    examples: list[tuple[str, str]] = field(default_factory=list)
    seen: set[str] = field(default_factory=set)

    def note(self, text: str, before: str, after: str) -> None:
        if text in self.seen:
            return
        self.seen.add(text)
        self.mojibake += 1
        if len(self.examples) < 3 and (before, after) not in self.examples:
            self.examples.append((before, after))


def _fix_run(match: re.Match[str]) -> str:
    run = match.group(0)
    try:
        raw = b"".join(bytes([ord(c)]) if ord(c) < 256 else c.encode("cp1252") for c in run)
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        # Not a whole UTF-8 sequence: leave it; it may be genuine text.
        return run


def repair(text: str, log: RepairLog | None = None) -> str:
    """``text`` with UTF-8 read as Latin-1 turned back into what was meant."""
    if not _MOJIBAKE.search(text):
        return text
    fixed = text
    for _round in range(3):  # text mis-decoded twice needs two rounds
        again = _MOJIBAKE.sub(_fix_run, fixed)
        if again == fixed:
            break
        fixed = again
    if fixed != text and log is not None:
        log.note(text, _example(text), _example(fixed))
    return fixed


def _example(text: str) -> str:
    words = normalise(text).split(" ")
    for word in words:
        if _MOJIBAKE.search(word) or any(c in word for c in "äöåÄÖÅ§é"):
            return word[:40]
    return " ".join(words[:4])[:40]


def normalise(text: str) -> str:
    """One plain space for every run of whitespace of any kind; no edge spaces."""
    return _SPACES.sub(" ", _ZERO_WIDTH.sub("", text)).strip()


def has_mojibake(text: str) -> bool:
    """True when ``text`` still holds a run that reads as UTF-8 decoded as Latin-1."""
    return any(_fix_run(m) != m.group(0) for m in _MOJIBAKE.finditer(text))
