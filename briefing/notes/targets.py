"""What a note is made on: an item or a section of the library, as the plain text shown.

Shared by the CLI and the window so that a note made in either has the same
offsets and hash: the text is ``markdown.to_plain`` of the section's or item's body.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Protocol

from briefing.core.anchoring import make_selector, text_hash
from briefing.core.errors import BadInput
from briefing.core.markdown import to_plain
from briefing.core.models import Annotation
from briefing.notes.store import NotesStore


class Library(Protocol):
    """The part of ``LibraryStore`` the notes need."""

    def get(
        self, item_id: str, lang: str | None = None, *, official: bool | None = None
    ) -> Any: ...

    def get_section(
        self, section_id: str, lang: str | None = None, *, official: bool | None = None
    ) -> Any: ...


@dataclass(frozen=True, slots=True)
class Target:
    """An item or section resolved in the library, with its plain text."""

    item_id: str
    section_id: str
    lang: str
    text: str
    official: bool = False  # the imported official text, not our summary


def is_section_id(target_id: str) -> bool:
    return "/s-" in target_id


def resolve(
    library: Library, target_id: str, lang: str | None = None, official: bool | None = None
) -> Target:
    """The item or section ``target_id`` (NotFound when the library has no such id).

    ``official`` picks the imported official text (True) or our summary (False) of an
    act that has both; None takes our summary if there is one, else the official text.
    """
    if is_section_id(target_id):
        section = library.get_section(target_id, lang=lang, official=official)
        return Target(
            section.item_id, section.id, section.lang, to_plain(section.body), section.official
        )
    item = library.get(target_id, lang=lang, official=official)
    return Target(item.id, "", item.lang, to_plain(item.body), item.official)


def annotate(
    store: NotesStore,
    library: Library,
    target_id: str,
    note: str,
    *,
    quote: str | None = None,
    near: int = -1,
    lang: str | None = None,
    private: bool = False,
    color: str = "",
    tag: str = "",
    official: bool | None = None,
) -> Annotation:
    """Make a note on an item or section, on ``quote`` if given (the occurrence near ``near``).

    ``official`` as for ``resolve``; the note records which text it was made on.
    Raises NotFound for an unknown id and BadInput when the quote is not in the text.
    """
    if not note.strip():
        raise BadInput("the note is empty")
    target = resolve(library, target_id, lang, official)
    selector = None
    if quote is not None:
        try:
            # The quote as the plain text has it: line breaks and markup characters of a
            # copied passage must not make it "not found".
            selector = make_selector(target.text, to_plain(quote), near=near)
        except ValueError as exc:
            raise BadInput(f"{target_id}: {exc}") from exc
    return store.add_annotation(
        target.item_id,
        note,
        section_id=target.section_id,
        lang=target.lang,
        selector=selector,
        text_hash=text_hash(target.text),
        color=color,
        tag=tag,
        private=private,
        official=target.official,
    )
