"""Saved pages and feed entries -> content sources (``<dir>/<kind>/<id>.<lang>.md``).

For an organisation that builds and signs its own content bundle: ``briefing content
build SRC_DIR`` builds what this writes. Each file carries ``summary_of: official``
in its front matter: it is the source's own text, not a summary in our words, and
it marks the file as an import. A file already there is replaced only when the
import is newer (``saved.decide``); a file without that mark was written by hand and
is never replaced.
"""

from __future__ import annotations

from pathlib import Path

from briefing.core.errors import BadInput
from briefing.core.models import Item
from briefing.library import sources
from briefing.library.importers.finlex_sources import OFFICIAL_MARK
from briefing.library.importers.report import Refused
from briefing.library.importers.saved import (
    Imported,
    Kept,
    ReadResult,
    WebImportSummary,
    decide,
    imported,
    kept_reason,
    write_text_atomic,
)
from briefing.library.importers.textfix import normalise


def _value(text: str) -> str:
    # A front-matter value is one line.
    return normalise(text)


def to_source(item: Item) -> str:
    """The content source for ``item`` (docs/content-format.md)."""
    head = [
        "---",
        f"title: {_value(item.title)}",
        f"summary: {_value(item.summary)}",
        f"source: {item.source}",
        f"checked: {item.checked.isoformat()}",
    ]
    if item.published:
        head.append(f"published: {item.published.isoformat()}")
    if item.updated:
        head.append(f"updated: {item.updated.isoformat()}")
    if item.topics:
        head.append(f"topics: {', '.join(_value(t).replace(',', ' ') for t in item.topics)}")
    head += [OFFICIAL_MARK, "---", ""]
    # The build checks every "](item:" link; text that only looks like one is escaped.
    body = item.body.replace("\\](item:", "\\]\\(item:")
    return "\n".join(head) + body.strip() + "\n"


def target(out_dir: Path, item: Item) -> Path:
    """Where ``item``'s source goes."""
    return out_dir / item.kind / f"{item.id}.{item.lang}.md"


def _held(path: Path, kind: str) -> Item | None:
    """The item in the file already at ``path`` (None when there is none)."""
    if not path.exists():
        return None
    try:
        head = path.read_text(encoding="utf-8", errors="replace").split("\n---", 1)[0]
    except OSError as exc:
        raise BadInput(f"{path.name}: cannot read the file there ({exc.strerror or exc})") from None
    if OFFICIAL_MARK not in head:
        raise BadInput(f"{path.name}: written by hand, not imported; it is never replaced")
    try:
        item, _links = sources.parse_file(path, kind)
    except BadInput:
        return None  # a damaged import of ours: the new copy repairs it
    return item


def write_sources(read: ReadResult, out_dir: Path) -> WebImportSummary:
    """Write every item read as a source under ``out_dir``; what was written or kept."""
    written: list[Imported] = []
    kept: list[Kept] = list(read.kept)
    refused: list[Refused] = list(read.refused)
    for saved in read.items:
        path = target(out_dir, saved.item)
        try:
            held = _held(path, saved.item.kind)
        except BadInput as exc:
            refused.append(Refused(saved.file, str(exc)))
            continue
        action = decide(held, saved.item)
        if action is None:
            assert held is not None
            kept.append(Kept(saved.item.id, saved.item.lang, saved.file, kept_reason(held)))
            continue
        write_text_atomic(path, to_source(saved.item))
        written.append(imported(saved, action))
    return WebImportSummary(tuple(written), tuple(kept), tuple(refused), read.files)
