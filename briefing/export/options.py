"""What an export may be asked for, and the choices PDF and HTML make alike."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from briefing.core.models import Annotation, Pack, PackEntry
from briefing.export.labels import is_source_text


@dataclass(frozen=True, slots=True)
class ExportOptions:
    """How to render a pack; the pack itself says what is in it."""

    include_private: bool = False  # private notes stay out unless asked for
    invariant: bool = False  # byte-identical output for the same pack (tests, archives)
    archival: bool = True  # PDF/A-2b markings (XMP metadata, sRGB output intent)
    entry_per_page: bool = True  # each entry starts on a new page, as board packs do


DEFAULT_OPTIONS = ExportOptions()


@dataclass(frozen=True, slots=True)
class SourceRef:
    """One line of the sources list."""

    title: str
    address: str
    checked: date | None
    imported: bool = False  # the date is the day the source's own text was imported


def visible_annotations(entry: PackEntry, options: ExportOptions) -> tuple[Annotation, ...]:
    """The entry's chosen notes that this export shows: no deleted ones, private only if asked."""
    return tuple(
        note
        for note in entry.annotations
        if note.deleted is None and (options.include_private or not note.private)
    )


def sources(pack: Pack) -> list[SourceRef]:
    """Each source address once, in entry order, with the entry it first backs."""
    seen: set[str] = set()
    refs: list[SourceRef] = []
    for entry in pack.entries:
        if entry.source and entry.source not in seen:
            seen.add(entry.source)
            refs.append(SourceRef(entry.title, entry.source, entry.checked, is_source_text(entry)))
    return refs


def entry_key(index: int) -> str:
    """The PDF destination / HTML id of the entry at ``index``."""
    return f"entry-{index + 1}"


def link_targets(pack: Pack) -> dict[str, str]:
    """Library ids (item or section) of the entries -> the entry's key, first entry wins."""
    targets: dict[str, str] = {}
    for index, entry in enumerate(pack.entries):
        for target in (entry.entry.section_id, entry.entry.item_id):
            if target:
                targets.setdefault(target, entry_key(index))
    return targets
