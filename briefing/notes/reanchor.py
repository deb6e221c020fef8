"""After the library is replaced: re-attach every note and mark what changed.

No note is dropped: each one is found again by its section or item and its quote,
and gets the status ``ok``, ``changed`` or ``orphaned`` with a reason code (see
``core.anchoring``). Runs without Qt; the window calls it in a worker.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, Protocol

from briefing.core.anchoring import CONTEXT, Reanchored, reanchor, selector_at, text_hash
from briefing.core.errors import NotFound
from briefing.core.models import Annotation, CancelFlag, Progress, never_cancel, no_progress
from briefing.notes.store import NotesStore
from briefing.notes.targets import Library, resolve

# (item_id, section_id, lang) -> the plain text of that section or item, None if gone.
TextLookup = Callable[[str, str, str], "str | None"]


ANCHORED_KEY = "anchored_content_version"
BATCH = 200


class _Library(Library, Protocol):
    def version(self) -> Any: ...


def library_texts(library: Library) -> TextLookup:
    """A ``TextLookup`` over a ``LibraryStore``: the same plain text the window shows."""

    def lookup(item_id: str, section_id: str, lang: str) -> str | None:
        try:
            target = resolve(library, section_id or item_id, lang or None)
        except NotFound:
            return None
        # Another language's text is not the text the note was made on.
        return target.text if not lang or target.lang == lang else None

    return lookup


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
    updates: list[tuple[str, Reanchored]] = []
    complete = True
    for done, ann in enumerate(notes):
        if cancel():
            complete = False
            break
        progress(done, len(notes), ann.id)
        text = texts(ann.item_id, ann.section_id, ann.lang)
        missing = "section-missing" if ann.section_id else "item-missing"
        result = reanchor(text, ann.selector, ann.text_hash, missing)
        if (result.status, result.reason, result.selector) != (
            ann.status,
            ann.status_reason,
            ann.selector,
        ):
            updates.append((ann.id, result))
        counts[result.status] += 1
        {"changed": changed, "orphaned": orphaned}.get(result.status, []).append(ann.id)
    # Written in batches after the (slow) matching, so the write lock is held briefly
    # and the window's own writes never wait long behind a re-anchoring.
    for first in range(0, len(updates), BATCH):
        with store.write():
            for ann_id, result in updates[first : first + BATCH]:
                store.set_anchor(
                    ann_id, selector=result.selector, status=result.status, reason=result.reason
                )
    if complete:
        progress(len(notes), len(notes), "")
    return ReanchorReport(dict(counts), tuple(changed), tuple(orphaned), complete)


def accept_current(store: NotesStore, ann_id: str, texts: TextLookup) -> Annotation:
    """The person has seen what changed: the note now belongs to the current text (``ok``).

    An orphaned note stays orphaned: there is no text to attach it to.
    """
    ann = store.annotation(ann_id)
    text = texts(ann.item_id, ann.section_id, ann.lang)
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
        ann_id, selector=selector, status="ok", reason="", text_hash=text_hash(text)
    )


def ensure_anchored(
    store: NotesStore,
    library: _Library,
    progress: Progress = no_progress,
    cancel: CancelFlag = never_cancel,
) -> ReanchorReport | None:
    """Re-anchor once per library version: None when the notes already match it."""
    version = str(library.version().version)
    if store.get_meta(ANCHORED_KEY) == version:
        return None
    report = reanchor_all(store, library_texts(library), progress, cancel)
    if report.complete:
        store.set_meta(ANCHORED_KEY, version)
    return report
