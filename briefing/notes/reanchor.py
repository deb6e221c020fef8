"""After the library is replaced: re-attach every note and mark what changed.

No note is dropped: each one is found again by its section or item and its quote,
in the text it was made on (our summary, or the imported official text of an act),
and gets the status ``ok``, ``changed`` or ``orphaned`` with a reason code (see
``core.anchoring``). When that text is gone but the act's other text is there, the
note falls back to the other text with the reason ``official-text-removed`` or
``summary-removed``. Runs without Qt; the window calls it in a worker.
"""

from __future__ import annotations

import sqlite3
from collections import Counter
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any, Protocol

from briefing.core.anchoring import CONTEXT, Reanchored, reanchor, selector_at, text_hash
from briefing.core.errors import NotFound
from briefing.core.models import Annotation, CancelFlag, Progress, never_cancel, no_progress
from briefing.notes.store import NotesStore
from briefing.notes.targets import Library, resolve


class TextLookup(Protocol):
    """(item_id, section_id, lang, official) -> the plain text of that section or item
    in our summary (``official`` False) or the official text (True); None if gone."""

    def __call__(
        self, item_id: str, section_id: str, lang: str, official: bool = False
    ) -> str | None: ...


ANCHORED_KEY = "anchored_content_version"
ANCHORED_OFFICIAL_KEY = "anchored_official_version"
BATCH = 200
# The reason a note is anchored in the act's other text, by the text it was made on.
FELL_BACK = {True: "official-text-removed", False: "summary-removed"}


class _Library(Library, Protocol):
    def version(self) -> Any: ...


def library_texts(library: Library) -> TextLookup:
    """A ``TextLookup`` over a ``LibraryStore``: the same plain text the window shows."""

    def lookup(item_id: str, section_id: str, lang: str, official: bool = False) -> str | None:
        try:
            target = resolve(library, section_id or item_id, lang or None, official)
        except NotFound:
            return None
        # Another language's text is not the text the note was made on.
        return target.text if not lang or target.lang == lang else None

    return lookup


def anchored_in_official(ann: Annotation) -> bool:
    """Which text the note's selector points into now: the one it was made on, or the
    other one while that is gone (what the reader highlights and the pack resolves)."""
    return ann.official != (ann.status_reason == FELL_BACK[ann.official])


def _reanchored(texts: TextLookup, ann: Annotation) -> tuple[Reanchored, bool]:
    """The note's new anchor, and which text it is in (True: the official text)."""
    own = texts(ann.item_id, ann.section_id, ann.lang, ann.official)
    missing = "section-missing" if ann.section_id else "item-missing"
    if own is not None and (not ann.text_hash or text_hash(own) == ann.text_hash):
        return reanchor(own, ann.selector, ann.text_hash, missing), ann.official
    other = texts(ann.item_id, ann.section_id, ann.lang, not ann.official)
    if other is not None and ann.text_hash and text_hash(other) == ann.text_hash:
        # The note was made on exactly this text (recorded before notes said which text
        # they were on): it belongs there.
        return reanchor(other, ann.selector, ann.text_hash, missing), not ann.official
    if own is not None or other is None:
        return reanchor(own, ann.selector, ann.text_hash, missing), ann.official
    result = reanchor(other, ann.selector, ann.text_hash, missing)
    # The person needs to know the note now sits on another text, whatever matched there.
    status = "changed" if result.status == "ok" else result.status
    return replace(result, status=status, reason=FELL_BACK[ann.official]), ann.official


@dataclass(frozen=True, slots=True)
class ReanchorReport:
    """How many notes ended up in each status, and the ids that are not ``ok``."""

    counts: dict[str, int] = field(default_factory=dict)
    changed: tuple[str, ...] = ()
    orphaned: tuple[str, ...] = ()
    complete: bool = True  # False when cancelled part-way


def reanchor_all(
    store: NotesStore,
    texts: TextLookup,
    progress: Progress = no_progress,
    cancel: CancelFlag = never_cancel,
    ids: set[str] | None = None,
) -> ReanchorReport:
    """Re-attach every note (trashed ones too; or only ``ids``) to the current library text."""
    notes = store.annotations() + store.annotations(trash=True)
    if ids is not None:
        notes = [a for a in notes if a.id in ids]
    counts: Counter[str] = Counter()
    changed: list[str] = []
    orphaned: list[str] = []
    updates: list[tuple[str, Reanchored, bool]] = []
    complete = True
    for done, ann in enumerate(notes):
        if cancel():
            complete = False
            break
        progress(done, len(notes), ann.id)
        result, official = _reanchored(texts, ann)
        if (result.status, result.reason, result.selector, official) != (
            ann.status,
            ann.status_reason,
            ann.selector,
            ann.official,
        ):
            updates.append((ann.id, result, official))
        counts[result.status] += 1
        {"changed": changed, "orphaned": orphaned}.get(result.status, []).append(ann.id)
    # Written in batches after the (slow) matching, so the write lock is held briefly
    # and the window's own writes never wait long behind a re-anchoring.
    for first in range(0, len(updates), BATCH):
        with store.write():
            for ann_id, result, official in updates[first : first + BATCH]:
                store.set_anchor(
                    ann_id,
                    selector=result.selector,
                    status=result.status,
                    reason=result.reason,
                    official=official,
                )
    if complete:
        progress(len(notes), len(notes), "")
    return ReanchorReport(dict(counts), tuple(changed), tuple(orphaned), complete)


def accept_current(store: NotesStore, ann_id: str, texts: TextLookup) -> Annotation:
    """The person has seen what changed: the note now belongs to the current text (``ok``).

    An orphaned note stays orphaned: there is no text to attach it to. A note that fell
    back to the act's other text now belongs to that text.
    """
    ann = store.annotation(ann_id)
    official = anchored_in_official(ann)
    text = texts(ann.item_id, ann.section_id, ann.lang, official)
    if text is None:
        return ann
    result = reanchor(text, ann.selector, ann.text_hash, "")
    if result.status == "orphaned":
        return ann
    selector = result.selector
    if selector is not None and result.reason.startswith("quote-fuzzy"):
        # Accepting an approximate match adopts the passage as it now reads.
        selector = selector_at(text, selector.start, selector.end, CONTEXT)
    return store.set_anchor(
        ann_id,
        selector=selector,
        status="ok",
        reason="",
        text_hash=text_hash(text),
        official=official,
    )


def official_version(official_db: Path | None) -> str:
    """The version of a profile's official.db (every import or removal makes a new
    one); "" when there are no official texts."""
    if official_db is None or not official_db.is_file():
        return ""
    try:
        conn = sqlite3.connect(f"{official_db.resolve().as_uri()}?mode=ro", uri=True)
        try:
            row = conn.execute("SELECT value FROM meta WHERE key = 'version'").fetchone()
        finally:
            conn.close()
    except sqlite3.Error:
        return ""  # unreadable: the library reports that; the notes keep their anchors
    return str(row[0]) if row else ""


def ensure_anchored(
    store: NotesStore,
    library: _Library,
    progress: Progress = no_progress,
    cancel: CancelFlag = never_cancel,
    *,
    official: str | None = None,
) -> ReanchorReport | None:
    """Re-anchor once per library version: None when the notes already match it.

    ``official`` is the official texts' version (``official_version``); None when the
    caller does not know it, and then only the bundled library's version counts.
    """
    version = str(library.version().version)
    same = store.get_meta(ANCHORED_KEY) == version
    if official is not None:
        same = same and (store.get_meta(ANCHORED_OFFICIAL_KEY) or "") == official
    if same:
        return None
    report = reanchor_all(store, library_texts(library), progress, cancel)
    if report.complete:
        store.set_meta(ANCHORED_KEY, version)
        if official is not None:
            store.set_meta(ANCHORED_OFFICIAL_KEY, official)
    return report
