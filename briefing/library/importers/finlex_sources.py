"""Finlex files -> content sources (``<dir>/legislation/<id>.<lang>.md``) for a build.

For an organisation that builds and signs its own content bundle with the official
texts in it. A file that holds our own summary is never overwritten.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from pathlib import Path

from briefing.core.errors import BadInput
from briefing.core.models import CancelFlag, Progress, never_cancel, no_progress
from briefing.library.importers import finlex
from briefing.library.importers.finlex_items import to_source
from briefing.library.importers.report import ImportSummary, Refused, imported_act
from briefing.library.importers.saved import write_text_atomic

OFFICIAL_MARK = "summary_of: official"


def _ours(path: Path) -> bool:
    """True when ``path`` is a source we wrote ourselves (a summary), not an import."""
    if not path.exists():
        return False
    head = path.read_text(encoding="utf-8", errors="replace").split("\n---", 1)[0]
    return OFFICIAL_MARK not in head


def write_sources(
    sources: Sequence[Path],
    out_dir: Path,
    on: date | None = None,
    progress: Progress = no_progress,
    cancel: CancelFlag = never_cancel,
) -> ImportSummary:
    """Write every readable document as a source file; refuse to replace a summary."""
    files = finlex.collect_files(sources)
    read, refused = finlex.read_all(files, on, progress, cancel)
    docs = []
    for doc, file in read:
        numbers = [s.number for s in doc.sections]
        if len(set(numbers)) < len(numbers):
            # The content format holds one "## n §" per number in an act.
            reason = f"{doc.meta.number} numbers its sections anew in every chapter"
            refused.append(Refused(file, reason + "; import it into the profile instead"))
        else:
            docs.append((doc, file))
    today = date.today()
    targets = [
        (doc, out_dir / "legislation" / f"{doc.meta.item_id}.{doc.meta.lang}.md") for doc, _ in docs
    ]
    clashes = [path.name for _doc, path in targets if _ours(path)]
    if clashes:
        raise BadInput(
            f"{out_dir}: would replace our own summaries ({', '.join(clashes)}); "
            "write the official texts to another folder"
        )
    written = []
    for (doc, path), (_same, file) in zip(targets, docs, strict=True):
        write_text_atomic(path, to_source(doc, today))
        written.append(imported_act(doc, file))
    examples = [e for doc, _ in docs for e in doc.repair_examples]
    return ImportSummary(
        imported=tuple(written),
        refused=tuple(refused),
        repaired=tuple(a for a in written if a.repairs),
        examples=tuple(dict.fromkeys(examples))[:5],
        files=len(files),
    )
