"""What the page and feed importers share: the items they read, the report, the rules.

A saved page or a feed entry becomes a ``SavedItem`` (a library ``Item`` and where it
came from). ``WebImportSummary`` is what one import did; ``--json`` prints it as
``{"imported": [...], "kept": [...], "refused": [{"file", "reason"}], "files": n}``.
``decide`` is the one rule for an item that is already there (in ``SRC_DIR`` or in
the profile): it is replaced only when the import is newer.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime
from email.utils import parsedate_to_datetime
from pathlib import Path

from briefing import atomic
from briefing.core.errors import BadInput, BriefingError, Cancelled, StoreError
from briefing.core.models import CancelFlag, Item, Progress
from briefing.library.importers.report import Refused
from briefing.library.importers.textfix import RepairLog, repair
from briefing.library.importers.xmlsafe import MAX_BYTES, read_limited

__all__ = [
    "MAX_BYTES", "Imported", "Kept", "ReadResult", "Refused", "SavedItem", "WebImportSummary",
    "collect_files", "decide", "guess_lang", "parse_date", "read_all", "repaired", "slug",
    "write_text_atomic",
]  # fmt: skip

# A summary is one or two sentences: cut a longer first paragraph at a sentence end.
SUMMARY_CHARS = 300


@dataclass(frozen=True, slots=True)
class SavedItem:
    """One item read from a saved page or a feed entry."""

    item: Item
    file: str  # the file it came from (its name)
    origin: str  # "page" or "feed"
    notes: tuple[str, ...] = ()  # what the reader should know (a guessed encoding...)


@dataclass(frozen=True, slots=True)
class Imported:
    """An item that came in: a summary line of the import."""

    id: str
    kind: str
    lang: str
    title: str
    source: str
    file: str
    action: str  # "new" or "replaced" (an older copy was there)
    published: date | None = None
    updated: date | None = None
    notes: tuple[str, ...] = ()
    imported_at: datetime | None = None


@dataclass(frozen=True, slots=True)
class Kept:
    """An item read but not written: the copy already there is as new or newer."""

    id: str
    lang: str
    file: str
    reason: str


@dataclass(frozen=True, slots=True)
class WebImportSummary:
    """What one page or feed import did."""

    imported: tuple[Imported, ...]
    kept: tuple[Kept, ...]
    refused: tuple[Refused, ...]
    files: int = 0


def imported(saved: SavedItem, action: str, at: datetime | None = None) -> Imported:
    """The summary line of ``saved`` written as ``action``."""
    item = saved.item
    return Imported(
        id=item.id, kind=item.kind, lang=item.lang, title=item.title, source=item.source,
        file=saved.file, action=action, published=item.published, updated=item.updated,
        notes=saved.notes, imported_at=at,
    )  # fmt: skip


def slug(text: str, limit: int = 60) -> str:
    """``Kotoutumisohjelma – mitä, miksi?`` -> ``kotoutumisohjelma-mita-miksi``.

    Letters lose their accents (ä -> a, å -> a); everything else becomes one hyphen;
    a slug longer than ``limit`` is cut at a hyphen.
    """
    plain = unicodedata.normalize("NFKD", text.lower())
    plain = "".join(c for c in plain if not unicodedata.combining(c))
    plain = re.sub(r"[^a-z0-9]+", "-", plain.replace("ß", "ss")).strip("-")
    if len(plain) > limit:
        cut = plain[:limit]
        plain = cut.rsplit("-", 1)[0] if "-" in cut else cut
    return plain


def first_sentences(text: str, limit: int = SUMMARY_CHARS) -> str:
    """``text`` cut at the last sentence end before ``limit`` (else at a word, with …)."""
    if len(text) <= limit:
        return text
    head = text[:limit]
    ends = [m.end() for m in re.finditer(r"[.!?](?=\s)", head)]
    if ends:
        return head[: ends[-1]]
    return head.rsplit(" ", 1)[0].rstrip(",;:–-") + "…"


def _stated(item: Item) -> date | None:
    return item.updated or item.published


def decide(held: Item | None, new: Item) -> str | None:
    """``"new"``, ``"replaced"``, or None when the copy already there is kept.

    Newer means a later date stated by the source (``updated``, else ``published``);
    a source that states no date on either side is newer when its text differs.
    """
    if held is None:
        return "new"
    old, now = _stated(held), _stated(new)
    if old is not None and now is not None:
        return "replaced" if now > old else None
    if now is not None or old is not None:
        return "replaced" if old is None else None
    return None if _text_of(held) == _text_of(new) else "replaced"


def _text_of(item: Item) -> tuple[str, ...]:
    # As a content source reads back: NFC, no edge spaces.
    return tuple(
        unicodedata.normalize("NFC", t).strip() for t in (item.title, item.summary, item.body)
    )


def kept_reason(held: Item) -> str:
    """Why ``decide`` kept the copy already there, for the summary."""
    when = _stated(held)
    if when is not None:
        return f"the copy there is as new or newer ({when.isoformat()})"
    return "the copy there has the same text"


def collect_files(
    sources: Iterable[Path], suffixes: tuple[str, ...]
) -> list[Path]:  # fmt: skip
    """Each file as given; each folder's files with these suffixes, in order.

    A browser saves a page's pictures and scripts into ``<name>_files``: those folders
    are passed over (a frame saved there is not the page).
    """
    found: list[Path] = []
    for path in sources:
        if path.is_dir():
            found.extend(
                sorted(
                    p
                    for p in path.rglob("*")
                    if p.is_file()
                    and p.suffix.lower() in suffixes
                    and not any(part.endswith("_files") for part in p.relative_to(path).parts)
                )
            )
        elif path.exists():
            found.append(path)
        else:
            raise BadInput(f"{path}: no such file or folder")
    return list(dict.fromkeys(found))


Reader = Callable[[bytes, str], tuple[list[SavedItem], list[Refused]]]


@dataclass(frozen=True, slots=True)
class ReadResult:
    """What reading the files gave: one item per id and language, and the rest."""

    items: tuple[SavedItem, ...]
    refused: tuple[Refused, ...]
    kept: tuple[Kept, ...]  # duplicates within the files read
    files: int


def read_all(
    sources: Sequence[Path],
    suffixes: tuple[str, ...],
    reader: Reader,
    progress: Progress,
    cancel: CancelFlag,
    limit: int = MAX_BYTES,
) -> ReadResult:
    """Every item of every file, one per id and language (the newer wins), the
    refusals with their reasons and the duplicates left out."""
    files = collect_files(sources, suffixes)
    held: dict[tuple[str, str], SavedItem] = {}
    refused: list[Refused] = []
    dropped: list[Kept] = []
    for n, path in enumerate(files):
        if cancel():
            raise Cancelled("import cancelled; nothing was imported")
        progress(n, len(files), path.name)
        try:
            items, bad = reader(read_limited(path, limit), path.name)
        except BriefingError as exc:
            refused.append(Refused(path.name, str(exc).removeprefix(f"{path.name}: ")))
            continue
        refused.extend(bad)
        for saved in items:
            key = (saved.item.id, saved.item.lang)
            before = held.get(key)
            if before is not None and decide(before.item, saved.item) is None:
                dropped.append(Kept(*key, saved.file, f"the same item is also in {before.file}"))
                continue
            if before is not None:
                dropped.append(Kept(*key, before.file, f"a newer copy is in {saved.file}"))
            held[key] = saved
    progress(len(files), len(files), "read")
    return ReadResult(tuple(held.values()), tuple(refused), tuple(dropped), len(files))


def write_text_atomic(path: Path, text: str) -> None:
    """Write ``text`` to ``path`` (its folder made if need be): all or nothing."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        atomic.write_text(path, text)
    except OSError as exc:
        raise StoreError(f"cannot write {path}: {exc.strerror or exc}") from None


def repaired(item: Item) -> tuple[Item, tuple[str, ...]]:
    """``item`` with UTF-8 read as Latin-1 ("Ã¤" for "ä") turned back, and a note.

    A repair can bring back a byte-order mark from inside a damaged file: it is
    dropped, and a summary left empty by that falls back to the title.
    """
    log = RepairLog()

    def fix(text: str) -> str:
        return repair(text, log).replace("\ufeff", "").strip()

    title = fix(item.title)
    summary = fix(item.summary) or title
    fixed = replace(item, title=title, summary=summary, body=fix(item.body) or summary)
    notes = (f"{log.mojibake} texts had been decoded in the wrong encoding: repaired",)
    return fixed, notes if log.mojibake else ()


# Short words every text of a language is full of; "on" is left to Finnish.
_COMMON = {
    "fi": frozenset({
        "ja", "on", "ei", "että", "se", "ovat", "tai", "kanssa", "mukaan", "myös", "sekä",
        "joka", "voi", "kun", "ole", "tämä", "kunta", "kunnan", "jos", "niin", "vain",
    }),
    "sv": frozenset({
        "och", "att", "är", "det", "som", "för", "med", "till", "av", "på", "den", "om",
        "inte", "har", "ett", "kan", "också", "kommunen", "eller", "de", "vid",
    }),
    "en": frozenset({
        "the", "and", "of", "to", "is", "in", "for", "that", "with", "are", "be", "by",
        "this", "an", "or", "as", "it",
    }),
}  # fmt: skip


def guess_lang(text: str) -> str | None:
    """fi, sv or en when the text's common words say so clearly; None otherwise."""
    words = re.findall(r"[a-zåäö]+", text.lower())[:5000]
    counts = sorted(((sum(w in common for w in words), lang) for lang, common in _COMMON.items()))
    (second, _), (first, lang) = counts[-2], counts[-1]
    return lang if first >= 2 and first >= 2 * second else None


def guessed_note(lang: str) -> str:
    """The note that says a language was guessed."""
    return f"no language stated: {lang}, guessed from the text's words (--lang to say)"


def parse_date(text: str) -> date | None:
    """The day of an ISO 8601 (``2024-03-01T10:00:00+02:00``) or RFC 822
    (``Fri, 01 Mar 2024 10:00:00 +0200``) date as the source wrote it; None if neither."""
    text = text.strip()
    if not text:
        return None
    iso = re.match(r"(\d{4})-(\d{2})-(\d{2})", text)
    if iso:
        try:
            return date(int(iso[1]), int(iso[2]), int(iso[3]))
        except ValueError:
            return None
    try:
        return parsedate_to_datetime(text).date()
    except (TypeError, ValueError, IndexError, OverflowError):
        return None
