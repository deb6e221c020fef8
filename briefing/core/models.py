"""Frozen dataclasses shared by every layer: what the stores return and export reads.

Stores never hand out database rows; they build these. Ids are stable readable
slugs (``act-681-2023``, ``act-681-2023/s-13``), never row numbers.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime

KINDS: tuple[str, ...] = (
    "legislation",
    "priority",
    "news",
    "service",
    "actor",
    "programme",
    "learning",
)
LANGS: tuple[str, ...] = ("fi", "sv", "en")

# Long work takes one of these: called with (done, total, label); total 0 means unknown.
Progress = Callable[[int, int, str], None]
# ... and one of these: returns True once the user asked to stop.
CancelFlag = Callable[[], bool]


def no_progress(done: int, total: int, label: str) -> None:
    """Progress callback for callers that do not show progress."""


def never_cancel() -> bool:
    """Cancel flag for callers that cannot cancel."""
    return False


def is_act_id(item_id: str) -> bool:
    """Whether an item id names an act (``act-<number>-<year>``, ours and Finlex's alike)."""
    return item_id.startswith("act-")


def section_id(item_id: str, number: str) -> str:
    """The id of an act's section: ``act-681-2023`` + ``18 a §`` -> ``act-681-2023/s-18a``."""
    slug = number.replace("§", "").replace(" ", "").strip().lower()
    return f"{item_id}/s-{slug}"


@dataclass(frozen=True, slots=True)
class ActInfo:
    """What only legislation has: its number, dates and relations to other acts."""

    number: str  # "681/2023"
    common_name: str = ""  # "kotoutumislaki"
    given: date | None = None
    in_force: date | None = None
    repealed: date | None = None
    status: str = "in-force"  # in-force | repealed | not-in-force
    replaces: tuple[str, ...] = ()  # item ids
    replaced_by: str | None = None  # item id
    amended_by: tuple[str, ...] = ()  # act numbers or item ids
    eli: str = ""


@dataclass(frozen=True, slots=True)
class Section:
    """One section (§) of an act, addressable on its own so a note can point at it."""

    id: str  # "act-681-2023/s-13"
    item_id: str  # "act-681-2023"
    lang: str
    number: str  # "13 §"
    heading: str
    anchor: str  # Finlex-style eId without version suffix: "chp_3__sec_13"
    body: str  # Markdown
    order: int  # position within the act, 0-based
    chapter: str = ""  # "3 luku — Kotoutumisen edistämisen palvelut"
    official: bool = False  # True: imported official text; False: our summary


@dataclass(frozen=True, slots=True)
class Item:
    """One library item in one language."""

    id: str
    kind: str
    lang: str
    title: str
    summary: str
    body: str  # Markdown
    source: str  # the public address the facts come from
    checked: date  # the day the facts were last checked
    published: date | None = None
    updated: date | None = None
    topics: tuple[str, ...] = ()
    links: tuple[str, ...] = ()  # ids of related items or sections
    act: ActInfo | None = None
    sections: tuple[Section, ...] = ()
    official: bool = False
    languages: tuple[str, ...] = ()  # every language this id exists in


@dataclass(frozen=True, slots=True)
class ItemSummary:
    """A row in a browse list: enough to show and open an item."""

    id: str
    kind: str
    lang: str
    title: str
    summary: str
    published: date | None = None
    act: str = ""  # "681/2023" for legislation
    official: bool = False  # imported (official.db): an act's official text, a page's own


@dataclass(frozen=True, slots=True)
class SearchHit:
    """One search result: an item or one section of an act."""

    id: str  # item id or section id
    item_id: str
    kind: str
    lang: str
    title: str
    snippet: str  # plain text with the matched words between [ and ] markers
    score: float  # higher is better
    published: date | None = None
    act: str = ""  # "681/2023"
    section: str = ""  # "13 §"
    section_id: str = ""
    official: bool = False  # True: a hit in imported official text (official.db)


@dataclass(frozen=True, slots=True)
class ContentVersion:
    """Which library a database holds: a hash of its sources and when it was built."""

    version: str
    built_at: datetime
    counts: dict[str, dict[str, int]] = field(default_factory=dict)  # kind -> lang -> n
    sections: int = 0

    @property
    def items(self) -> int:
        """How many items (each language counted) the database holds."""
        return sum(n for langs in self.counts.values() for n in langs.values())


# --- what people write -------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Selector:
    """Where a note sits in a text: W3C TextQuoteSelector plus TextPositionSelector."""

    exact: str
    prefix: str = ""
    suffix: str = ""
    start: int = -1  # character offsets in the plain text; -1 when unknown
    end: int = -1


@dataclass(frozen=True, slots=True)
class Annotation:
    """A note on an item or section, optionally on a quoted passage."""

    id: str
    item_id: str
    note: str  # Markdown, raw HTML never rendered
    section_id: str = ""
    lang: str = ""
    selector: Selector | None = None
    text_hash: str = ""  # sha256 of the plain text the note was made on
    color: str = ""
    tag: str = ""
    private: bool = False
    author: str = ""
    created: datetime | None = None
    updated: datetime | None = None
    status: str = "ok"  # ok | changed | orphaned
    status_reason: str = ""
    deleted: datetime | None = None
    copy_of: str = ""  # an imported copy kept beside a different note with this id
    official: bool = False  # made on the imported official text, not our summary


@dataclass(frozen=True, slots=True)
class Meeting:
    """The meeting a briefing is for."""

    body: str = ""  # "Kaupunginhallitus"
    date: date | None = None
    place: str = ""


@dataclass(frozen=True, slots=True)
class Entry:
    """One item or section in a briefing, in order."""

    id: str
    briefing_id: str
    position: int
    item_id: str
    section_id: str = ""
    excerpt: str = ""
    memo: str = ""
    annotation_ids: tuple[str, ...] = ()
    official: bool = False  # the user chose the imported official text, not our summary


@dataclass(frozen=True, slots=True)
class Briefing:
    """A briefing pack being compiled for a meeting."""

    id: str
    title: str
    meeting: Meeting = field(default_factory=Meeting)
    author: str = ""
    status: str = "draft"  # draft | final
    memo: str = ""
    lang: str = "fi"
    created: datetime | None = None
    updated: datetime | None = None
    entries: tuple[Entry, ...] = ()
    deleted: datetime | None = None
    copy_of: str = ""  # an imported copy kept beside a different briefing with this id


# --- what export reads: a briefing resolved against the stores ----------------------


@dataclass(frozen=True, slots=True)
class PackEntry:
    """An entry with the text it points at and the notes chosen for it."""

    entry: Entry
    kind: str
    title: str  # item title, with act number and § for legislation
    label: str  # short running label: "681/2023 13 §"
    text: str  # Markdown: the excerpt or the full text
    official: bool
    source: str
    checked: date | None
    annotations: tuple[Annotation, ...] = ()
    lang: str = ""  # the text's language when it differs from the pack's (a fallback)


@dataclass(frozen=True, slots=True)
class Pack:
    """Everything export needs; export itself reads no store."""

    briefing: Briefing
    entries: tuple[PackEntry, ...]
    lang: str
    organisation: str = ""
    logo_path: str = ""
    content_version: str = ""
    exported_at: datetime | None = None
    marking: str = ""  # "" | "draft" | "not-public"
