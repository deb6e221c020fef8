"""Finlex open data (Akoma Ntoso 3.0 XML) -> acts with metadata, sections and versions.

Pure: bytes in, dataclasses out; no database, no network. A file is a single
``akomaNtoso`` document or a list response (``<AknXmlList><Results>``) holding several
documents and languages. Anything hostile or damaged is refused whole with one
``BadInput`` naming the file.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import replace
from datetime import date
from pathlib import Path
from xml.etree.ElementTree import Element

from briefing.core.errors import BadInput, BriefingError, Cancelled
from briefing.core.models import CancelFlag, Progress
from briefing.library.importers.finlex_body import BodyReader
from briefing.library.importers.finlex_meta import read_meta, version_dates
from briefing.library.importers.finlex_model import FinlexDocument, ParsedFile
from briefing.library.importers.finlex_text import (
    AKN_NS,
    TextReader,
    descendants,
    entry_into_force,
    kid,
    kids,
    local,
)
from briefing.library.importers.finlex_versions import is_note
from briefing.library.importers.report import Refused
from briefing.library.importers.textfix import RepairLog
from briefing.library.importers.xmlsafe import MAX_BYTES, parse, read_limited

DOCUMENT_TYPES = {"act", "decree", "statute"}
# Consolidated texts append every amendment's entry-into-force provisions here.
_AMENDMENTS = "amendmentEntryIntoForceAndApplianceProvisions"


def _documents(root: Element, name: str) -> list[Element]:
    """The ``akomaNtoso`` elements of a single document or a list response."""
    tag = local(root.tag)
    if tag == "AknXmlList":
        results = kid(root, "Results")
        docs = list(kids(results, "akomaNtoso")) if results is not None else []
        if not docs:
            raise BadInput(f"{name}: the list response holds no documents (nothing was found)")
        for doc in docs:
            _check_namespace(doc, name)
        return docs
    if tag == "akomaNtoso":
        _check_namespace(root, name)
        return [root]
    raise BadInput(f"{name}: not an Akoma Ntoso document (the root element is <{tag}>)")


def _check_namespace(element: Element, name: str) -> None:
    if element.tag != f"{{{AKN_NS}}}akomaNtoso":
        found = element.tag.partition("}")[0].lstrip("{") if "}" in element.tag else "none"
        raise BadInput(f"{name}: not Akoma Ntoso 3.0 (namespace {found})")


def _read_document(akn: Element, reader: TextReader, on: date) -> FinlexDocument:
    doc = next(iter(akn), None)
    if doc is None or local(doc.tag) not in DOCUMENT_TYPES:
        found = local(doc.tag) if doc is not None else "nothing"
        raise BadInput(f"holds a <{found}>, not an act or decree")
    body = kid(doc, "body")
    walker = BodyReader(reader, on, version_dates(doc))
    notes: list[str] = []
    own, amendments = _closing(body, reader)
    if body is not None:
        walker.walk(body)
        walker.finish()
    absent = body is None or any(
        c.get("name") == "contentAbsent" for c in descendants(body, "hcontainer")
    )
    pdf = next((c.get("src", "") for c in descendants(doc, "componentRef")), "")
    if absent or not walker.sections:
        notes.append("pdf-only" if pdf else "no-text")
    in_force = entry_into_force(" ".join(own)) or _in_force_in_sections(walker)
    meta = read_meta(doc, reader, in_force)
    meta = replace(meta, content_absent=absent or not walker.sections, pdf=pdf)
    return FinlexDocument(
        meta=meta,
        preamble=_preamble(doc, reader),
        closing="\n\n".join(t for t in (*own, *amendments) if t),
        chapters=tuple(walker.chapters),
        sections=tuple(walker.sections),
        counts=walker.counts(),
        on=on,
        repairs=reader.log.mojibake,
        repair_examples=tuple(reader.log.examples),
        notes=tuple(notes),
        editorial="\n\n".join(
            reader.inline(n) for n in descendants(kid(doc, "preface"), "block") if is_note(n)
        ),
    )


def _closing(body: Element | None, reader: TextReader) -> tuple[list[str], list[str]]:
    """The act's own entry-into-force text, and its amendments' (consolidated texts)."""
    own: list[str] = []
    amendments: list[str] = []
    for child in body if body is not None else ():
        name = child.get("name", "")
        if name == "entryIntoForce":
            own.extend(reader.inline(p) for p in descendants(child, "p"))
        elif name == _AMENDMENTS:
            for provision in kids(child, "hcontainer"):
                label = reader.plain(kid(provision, "heading"))
                text = " ".join(reader.inline(p) for p in descendants(provision, "p"))
                amendments.append(f"**{label}** {text}" if label else text)
    return own, amendments


def _in_force_in_sections(walker: BodyReader) -> date | None:
    # Acts without an entryIntoForce container say it in their last sections.
    for section in reversed(walker.sections):
        found = entry_into_force(section.body)
        if found:
            return found
    return None


def _preamble(doc: Element, reader: TextReader) -> str:
    preamble = kid(doc, "preamble")
    if preamble is None:
        return ""
    return "\n\n".join(b for b in _text_blocks(preamble, reader) if b)


def _text_blocks(element: Element, reader: TextReader) -> Iterable[str]:
    """Paragraphs and blocks in document order, each once."""
    for child in element:
        if local(child.tag) in {"p", "block"}:
            yield reader.inline(child)
        else:
            yield from _text_blocks(child, reader)


def parse_bytes(data: bytes, name: str, on: date | None = None) -> ParsedFile:
    """Every document in ``data``; ``on`` picks the wording in force (default today)."""
    day = on or date.today()
    root = parse(data, name)
    documents: list[FinlexDocument] = []
    for akn in _documents(root, name):
        reader = TextReader(RepairLog())
        try:
            documents.append(_read_document(akn, reader, day))
        except BriefingError as exc:
            raise BadInput(f"{name}: {exc}") from exc
        except RecursionError:
            # Statutes nest a dozen levels; thousands is a crafted file.
            raise BadInput(f"{name}: refused: elements nested too deeply") from None
    return ParsedFile(name=name, documents=tuple(documents), size=len(data))


def parse_file(path: Path, on: date | None = None, limit: int = MAX_BYTES) -> ParsedFile:
    """Read and parse one file, refusing it before reading when it is too large."""
    return parse_bytes(read_limited(path, limit), path.name, on)


def collect_files(paths: Iterable[Path]) -> list[Path]:
    """The files to import: each file as given, each folder's ``*.xml`` files in order."""
    found: list[Path] = []
    for path in paths:
        if path.is_dir():
            found.extend(sorted(p for p in path.rglob("*") if p.suffix.lower() == ".xml"))
        elif path.exists():
            found.append(path)
        else:
            raise BadInput(f"{path}: no such file or folder")
    return list(dict.fromkeys(found))


def read_all(
    files: Sequence[Path], on: date | None, progress: Progress, cancel: CancelFlag
) -> tuple[list[tuple[FinlexDocument, str]], list[Refused]]:
    """Every document of every file (the last of each act and language wins, a
    consolidated text over an original) and the files refused with their reasons."""
    docs: dict[tuple[str, str], tuple[FinlexDocument, str]] = {}
    refused: list[Refused] = []
    for n, path in enumerate(files):
        if cancel():
            raise Cancelled("import cancelled; nothing was imported")
        progress(n, len(files), path.name)
        try:
            parsed = parse_file(path, on)
        except BriefingError as exc:
            refused.append(Refused(path.name, str(exc).removeprefix(f"{path.name}: ")))
            continue
        for doc in parsed.documents:
            key = (doc.meta.item_id, doc.meta.lang)
            held = docs.get(key)
            # A consolidated text is the law as it stands: it wins over the original.
            if held is None or doc.meta.consolidated or not held[0].meta.consolidated:
                docs[key] = (doc, path.name)
    return list(docs.values()), refused
