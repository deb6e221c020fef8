"""Resolve a briefing against the stores into the ``Pack`` that export renders.

Export reads no store: this is where the briefing's entries meet the library's texts
and the notes chosen for them. Private notes are left out here unless asked for
(export filters again, so a pack built elsewhere cannot leak them either).

An act can be in the library twice, as our summary and as the imported official
text. An entry shows the official text when the user added it from that text
(``Entry.official``) or when the notes chosen for it were all made on it (so their
quotes are in the text printed); otherwise our summary. When the official text is
no longer there (removed since), the entry falls back to our summary and its
``PackEntry.official`` is False: export then says the official text was asked for.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime
from typing import Protocol

from briefing.core.errors import NotFound
from briefing.core.models import (
    Annotation,
    Briefing,
    ContentVersion,
    Entry,
    Item,
    Pack,
    PackEntry,
    Section,
)
from briefing.notes.reanchor import anchored_in_official

_LABEL_LENGTH = 48


class NotesSource(Protocol):
    """The part of ``NotesStore`` a pack needs."""

    def briefing(self, brf_id: str) -> Briefing: ...

    def annotation(self, ann_id: str) -> Annotation: ...


class LibrarySource(Protocol):
    """The part of ``LibraryStore`` a pack needs."""

    def get(self, item_id: str, lang: str | None = None, *, official: bool = ...) -> Item: ...

    def get_section(
        self, section_id: str, lang: str | None = None, *, official: bool = ...
    ) -> Section: ...

    def version(self) -> ContentVersion: ...


def _with_act(item: Item) -> str:
    number = item.act.number if item.act else ""
    return f"{item.title} {number}" if number and number not in item.title else item.title


def _short(text: str) -> str:
    return text if len(text) <= _LABEL_LENGTH else text[: _LABEL_LENGTH - 1].rstrip() + "…"


def _full_act(item: Item) -> str:
    """An act's own body followed by its sections, each under its § heading."""
    parts = [item.body.strip()] if item.body.strip() else []
    chapter = ""
    for section in item.sections:
        if section.chapter and section.chapter != chapter:
            chapter = section.chapter
            parts.append(f"## {chapter}")
        parts.append(f"### {section.number} {section.heading}\n\n{section.body.strip()}")
    return "\n\n".join(parts)


def _notes(notes: NotesSource, entry: Entry, include_private: bool) -> tuple[Annotation, ...]:
    chosen: list[Annotation] = []
    for ann_id in entry.annotation_ids:
        try:
            note = notes.annotation(ann_id)
        except NotFound:
            continue  # purged since it was chosen: nothing to show
        if note.deleted is None and (include_private or not note.private):
            chosen.append(note)
    return tuple(chosen)


def _on_official(notes: tuple[Annotation, ...]) -> bool:
    """Whether every note is anchored in the official text (none: our summary)."""
    return bool(notes) and all(anchored_in_official(n) for n in notes)


def wants_official(entry: Entry, notes: tuple[Annotation, ...]) -> bool:
    """Whether an entry asks for the official text: the user's choice, or its notes'."""
    return entry.official or _on_official(notes)


def _item(library: LibrarySource, item_id: str, lang: str, official: bool) -> Item:
    if official:
        try:
            return library.get(item_id, lang, official=True)
        except NotFound:
            pass  # the import was removed since: the notes fell back to our summary
    return library.get(item_id, lang)


def _section(library: LibrarySource, section_id: str, lang: str, official: bool) -> Section:
    if official:
        try:
            return library.get_section(section_id, lang, official=True)
        except NotFound:
            pass
    return library.get_section(section_id, lang)


def _section_entry(
    library: LibrarySource, entry: Entry, lang: str, full_text: bool, official: bool
) -> tuple[Item, str, str, str, bool, str]:
    section = _section(library, entry.section_id, lang, official)
    item = _item(library, entry.item_id, lang, section.official)
    act = item.act.number if item.act else ""
    title = f"{_with_act(item)}, {section.number} {section.heading}".strip()
    label = f"{act} {section.number}".strip() if act else _short(f"{section.number} {item.title}")
    text = section.body if full_text or not entry.excerpt.strip() else entry.excerpt
    return item, title, label, text, section.official, section.lang


def _item_entry(
    library: LibrarySource, entry: Entry, lang: str, full_text: bool, official: bool
) -> tuple[Item, str, str, str, bool, str]:
    item = _item(library, entry.item_id, lang, official)
    label = item.act.number if item.act else _short(item.title)
    if full_text:
        text = _full_act(item) if item.sections else item.body
    else:
        text = entry.excerpt.strip() or item.summary
    return item, _with_act(item), label, text, item.official, item.lang


def resolve_pack(
    notes: NotesSource,
    library: LibrarySource,
    briefing_id: str,
    lang: str | None = None,
    *,
    include_private: bool = False,
    full_text: bool = False,
    organisation: str = "",
    logo_path: str = "",
    marking: str = "",
    exported_at: datetime | None = None,
    clock: Callable[[], datetime] = lambda: datetime.now().astimezone(),
) -> Pack:
    """The briefing ``briefing_id`` with every entry's text and chosen notes, in ``lang``.

    ``lang`` defaults to the briefing's language; an item missing in it falls back to
    another language (the entry then records its own ``lang``). Raises ``NotFound`` for
    an unknown briefing or an entry whose item is no longer in the library.
    """
    briefing = notes.briefing(briefing_id)
    pack_lang = lang or briefing.lang
    entries: list[PackEntry] = []
    for entry in sorted(briefing.entries, key=lambda e: e.position):
        resolve = _section_entry if entry.section_id else _item_entry
        chosen = _notes(notes, entry, include_private)
        try:
            item, title, label, text, official, text_lang = resolve(
                library, entry, pack_lang, full_text, wants_official(entry, chosen)
            )
        except NotFound as exc:
            raise NotFound(
                f"entry {entry.position + 1} of briefing {briefing_id} points at "
                f"{entry.section_id or entry.item_id}, which the library no longer has: {exc}"
            ) from exc
        entries.append(
            PackEntry(
                entry=entry,
                kind=item.kind,
                title=title,
                label=label,
                text=text,
                official=official,
                source=item.source,
                checked=item.checked if item.checked != date.min else None,
                annotations=chosen,
                lang=text_lang if text_lang != pack_lang else "",
            )
        )
    return Pack(
        briefing=briefing,
        entries=tuple(entries),
        lang=pack_lang,
        organisation=organisation,
        logo_path=logo_path,
        content_version=library.version().version,
        exported_at=exported_at or clock(),
        marking=marking,
    )
