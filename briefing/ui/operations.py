"""User commands as small jobs for the notes writer: each returns what it did, for undo.

Anki's ``operations``: a factory takes the command's arguments and returns a function
of the ``NotesStore`` that the writer thread runs; nothing here touches a widget. The
library is reached through ``LibraryAccess`` (one connection per thread).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from briefing.core.errors import NotFound
from briefing.ui.library_access import LibraryAccess

if TYPE_CHECKING:  # the notes store loads after the first paint
    from briefing.core.models import Annotation, Briefing, Entry
    from briefing.notes.store import NotesStore

Job = Callable[["NotesStore"], Any]
ANNOTATIONS = frozenset({"annotations"})
BRIEFINGS = frozenset({"briefings"})


@dataclass(frozen=True)
class NewNote:
    """A note to make on a passage mapped to the store's plain text."""

    item_id: str
    section_id: str
    lang: str
    plain: str
    start: int
    end: int
    note: str
    colour: str = ""
    tag: str = ""
    private: bool = False
    official: bool = False  # made on the imported official text shown, not our summary


def annotate(new: NewNote) -> Job:
    from briefing.core.anchoring import selector_at, text_hash

    def job(store: NotesStore) -> Annotation:
        return store.add_annotation(
            new.item_id,
            new.note,
            section_id=new.section_id,
            lang=new.lang,
            selector=selector_at(new.plain, new.start, new.end),
            text_hash=text_hash(new.plain),
            color=new.colour,
            tag=new.tag,
            private=new.private,
            official=new.official,
        )

    return job


def edit_annotation(note_id: str, **changes: Any) -> Job:
    """Returns (before, after), so undo can put back what was written."""

    def job(store: NotesStore) -> tuple[Annotation, Annotation]:
        before = store.annotation(note_id)
        return before, store.edit_annotation(note_id, **changes)

    return job


def delete_annotation(note_id: str) -> Job:
    return lambda store: store.delete_annotation(note_id)


def restore_annotation(note_id: str) -> Job:
    return lambda store: store.restore_annotation(note_id)


def reanchor(library: LibraryAccess) -> Job:
    """Re-attach notes once per version of the library and of the official texts."""
    from briefing.notes.reanchor import ensure_anchored, official_version

    return lambda store: ensure_anchored(
        store, library.store(), official=official_version(library.official)
    )


def new_briefing(title: str, lang: str) -> Job:
    return lambda store: store.new_briefing(title, lang=lang)


def rename_briefing(brf_id: str, title: str) -> Job:
    def job(store: NotesStore) -> tuple[str, Briefing]:
        before = store.briefing(brf_id).title
        return before, store.update_briefing(brf_id, title=title)

    return job


def duplicate_briefing(brf_id: str, title: str) -> Job:
    return lambda store: store.duplicate_briefing(brf_id, title)


def delete_briefing(brf_id: str) -> Job:
    return lambda store: store.delete_briefing(brf_id)


def restore_briefing(brf_id: str) -> Job:
    return lambda store: store.restore_briefing(brf_id)


def purge_briefing(brf_id: str) -> Job:
    """Undo of a new or duplicated briefing: it goes to the trash like a deleted one."""
    return delete_briefing(brf_id)


def add_entry(
    brf_id: str, target_id: str, position: int | None = None, official: bool = False
) -> Job:
    """``official``: added from the imported official text shown, which the pack prints."""
    item_id, _, _ = target_id.partition("/s-")
    section_id = target_id if "/s-" in target_id else ""
    return lambda store: store.add_entry(
        brf_id, item_id, section_id=section_id, position=position, official=official
    )


def put_back_entry(entry: Entry) -> Job:
    """Undo of a removal: the same entry, at its old place, with its memo, notes and text."""
    return lambda store: store.add_entry(
        entry.briefing_id,
        entry.item_id,
        section_id=entry.section_id,
        excerpt=entry.excerpt,
        memo=entry.memo,
        annotation_ids=_existing(store, entry.annotation_ids),
        position=entry.position,
        entry_id=entry.id,
        official=entry.official,
    )


def _existing(store: NotesStore, note_ids: Sequence[str]) -> list[str]:
    kept = []
    for note_id in note_ids:
        try:
            store.annotation(note_id)
        except NotFound:
            continue  # purged meanwhile
        kept.append(note_id)
    return kept


def remove_entry(entry_id: str) -> Job:
    return lambda store: store.remove_entry(entry_id)


def move_entry(entry_id: str, position: int) -> Job:
    def job(store: NotesStore) -> tuple[int, Briefing]:
        before = store.entry(entry_id).position
        return before, store.move_entry(entry_id, position)

    return job


def set_memo(entry_id: str, memo: str) -> Job:
    def job(store: NotesStore) -> tuple[str, Entry]:
        before = store.entry(entry_id).memo
        return before, store.update_entry(entry_id, memo=memo)

    return job


def set_entry_official(brf_id: str, entry_id: str, official: bool) -> Job:
    """Returns (the choice before, the entry), so undo can put the choice back."""

    def job(store: NotesStore) -> tuple[bool, Entry]:
        before = store.entry(entry_id).official
        return before, store.set_entry_official(brf_id, entry_id, official)

    return job


def choose_notes(entry_id: str, note_ids: Sequence[str]) -> Job:
    def job(store: NotesStore) -> tuple[tuple[str, ...], Entry]:
        before = store.entry(entry_id).annotation_ids
        return before, store.update_entry(entry_id, annotation_ids=list(note_ids))

    return job


def update_briefing(brf_id: str, **changes: Any) -> Job:
    """Returns (before, after), so undo can put the details back."""

    def job(store: NotesStore) -> tuple[Briefing, Briefing]:
        before = store.briefing(brf_id)
        return before, store.update_briefing(brf_id, **changes)

    return job


def details_of(brf: Briefing) -> dict[str, Any]:
    """The details ``update_briefing`` takes, as ``brf`` has them."""
    return {
        "title": brf.title,
        "meeting": brf.meeting,
        "lang": brf.lang,
        "status": brf.status,
        "memo": brf.memo,
    }


def reanchor_items(library: LibraryAccess, item_ids: set[str]) -> Job:
    """Re-attach the notes on these items (their official text was just imported again)."""
    from briefing.notes.reanchor import library_texts, reanchor_all

    def job(store: NotesStore) -> Any:
        notes = store.annotations() + store.annotations(trash=True)
        ids = {n.id for n in notes if n.item_id in item_ids}
        return reanchor_all(store, library_texts(library.store()), ids=ids) if ids else None

    return job
