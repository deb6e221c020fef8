"""What an import did, for the CLI's lines and the window's summary dialog."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from briefing.library.importers.finlex_model import FinlexDocument


@dataclass(frozen=True, slots=True)
class ImportedAct:
    """An act in one language as the user's official library holds it."""

    id: str
    lang: str
    number: str
    title: str
    category: str = ""
    consolidated: bool = False
    sections: int = 0
    versions: int = 0  # wordings kept as history
    file: str = ""
    imported_at: datetime | None = None
    repairs: int = 0
    notes: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Refused:
    """A file that was not imported, and why."""

    file: str
    reason: str


@dataclass(frozen=True, slots=True)
class ImportSummary:
    """What one import did: for the CLI's lines and the window's summary dialog."""

    imported: tuple[ImportedAct, ...]
    refused: tuple[Refused, ...]
    repaired: tuple[ImportedAct, ...]  # imported acts whose text had to be repaired
    examples: tuple[tuple[str, str], ...] = ()  # a few repairs: (as found, as repaired)
    files: int = 0


def imported_act(doc: FinlexDocument, file: str, at: datetime | None = None) -> ImportedAct:
    """The report line for one document that came in."""
    m = doc.meta
    return ImportedAct(
        id=m.item_id, lang=m.lang, number=m.number, title=m.title, category=m.category,
        consolidated=m.consolidated, sections=len(doc.sections), versions=doc.counts.versions,
        file=file, imported_at=at, repairs=doc.repairs, notes=doc.notes,
    )  # fmt: skip
