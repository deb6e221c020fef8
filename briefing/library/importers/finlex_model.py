"""What the Finlex importer reads out of a file: acts, their sections and versions."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

# finlex:categoryStatute -> our word for it
CATEGORIES = {
    "new-statute": "new",
    "amending-statute": "amending",
    "repealing-statute": "repealing",
}
LANGUAGES = {"fin": "fi", "swe": "sv", "eng": "en", "sme": "se"}


@dataclass(frozen=True, slots=True)
class Wording:
    """One wording of a section: the one in force, a future one or an earlier one."""

    body: str  # Markdown, whitespace normalised
    original: str  # the text as the file has it (repaired encoding, spaces untouched)
    version: str = ""  # "20260380": the amending act's year and number; "" = as enacted
    label: str = ""  # "22.5.2026/380" as Finlex labels the amending act
    valid_from: date | None = None
    valid_to: date | None = None  # the day the next wording took over
    note: str = ""  # the editor's note that dated it ("... tulee voimaan 1.6.2026 ...")


@dataclass(frozen=True, slots=True)
class Provision:
    """One section (§) as read, with the wording in force on the chosen day."""

    number: str  # "4 a §"
    heading: str
    anchor: str  # eId without version suffix: "chp_3__sec_18a"
    eid: str  # eId as in the file, may carry the version suffix
    order: int
    chapter: str = ""  # "3 luku — Heading"
    part: str = ""  # "II OSA — Heading"
    current: Wording = field(default_factory=lambda: Wording("", ""))
    history: tuple[Wording, ...] = ()  # every other wording, oldest first
    subsections: int = 0
    paragraphs: int = 0
    subparagraphs: int = 0

    @property
    def body(self) -> str:
        return self.current.body


@dataclass(frozen=True, slots=True)
class Chapter:
    """A chapter (luku / kap.) and the part it belongs to."""

    number: str  # "3 luku"
    heading: str
    anchor: str
    part: str = ""


@dataclass(frozen=True, slots=True)
class ActMeta:
    """Everything the file says about the act besides its text."""

    number: str  # "1050/2018"
    year: int
    serial: int  # the number within the year: 1050
    title: str
    lang: str  # fi | sv
    doc_type: str = "act"  # act | decree | ... (finlex:typeStatute)
    type_label: str = ""  # "Laki", "Asetus" as the file names it
    category: str = ""  # new | amending | repealing
    common_name: str = ""
    consolidated: bool = False
    version: str = ""  # consolidated: the number of the latest amending act, "20260380"
    issued: date | None = None
    published: date | None = None
    in_force: date | None = None
    produced: date | None = None  # when Finlex produced this file
    consolidated_on: date | None = None
    eli: str = ""  # the work's ELI
    eli_expression: str = ""
    frbr_work: str = ""  # "/akn/fi/act/statute/2018/1050"
    frbr_expression: str = ""
    keywords: tuple[str, ...] = ()
    amends: tuple[str, ...] = ()  # act numbers: "301/2004"
    repeals: tuple[str, ...] = ()
    amended_by: tuple[str, ...] = ()
    in_force_flag: bool | None = None  # finlex:isInForce where present
    content_absent: bool = False
    pdf: str = ""  # the PDF a PDF-only document points at
    administrative_branch: str = ""  # the ministry, as the file names it
    repealed_by: tuple[str, ...] = ()  # act numbers
    repealed_on: date | None = None  # the day the act stopped being in force

    @property
    def item_id(self) -> str:
        return f"act-{self.serial}-{self.year}"

    @property
    def web_page(self) -> str:
        return f"https://finlex.fi/fi/lainsaadanto/{self.year}/{self.serial}"


@dataclass(frozen=True, slots=True)
class Counts:
    """How much structure a document has: what tests and the import report show."""

    parts: int = 0
    chapters: int = 0
    sections: int = 0
    subsections: int = 0
    paragraphs: int = 0
    subparagraphs: int = 0
    versions: int = 0  # wordings kept as history


@dataclass(frozen=True, slots=True)
class FinlexDocument:
    """One act in one language, as read from one akomaNtoso element."""

    meta: ActMeta
    preamble: str  # Markdown: the enacting clause and what the act amends
    closing: str  # Markdown: entry into force and anything after the provisions
    chapters: tuple[Chapter, ...]
    sections: tuple[Provision, ...]
    counts: Counts
    on: date  # the day whose wording `current` holds
    repairs: int = 0  # strings whose encoding was repaired
    repair_examples: tuple[tuple[str, str], ...] = ()
    notes: tuple[str, ...] = ()  # other things worth telling: "PDF only", "no text"
    editorial: str = ""  # Finlex's notes on the whole act ("Tämä laki on kumottu ...")


@dataclass(frozen=True, slots=True)
class ParsedFile:
    """Every document one file (a single document or a list response) held."""

    name: str
    documents: tuple[FinlexDocument, ...]
    size: int = 0
