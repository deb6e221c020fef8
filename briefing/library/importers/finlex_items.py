"""Read Finlex documents as library items, and as content sources for a build."""

from __future__ import annotations

import re
from datetime import date

from briefing.core.models import ActInfo, Item, Section, section_id
from briefing.library.importers.finlex_model import FinlexDocument, Provision

# The few words an imported item carries besides the official text itself.
_WORDS = {
    "fi": {"official": "Virallinen teksti, Finlex", "amends": "Muuttaa", "repeals": "Kumoaa",
           "pdf": "Säädöksen teksti on julkaistu vain PDF-tiedostona:",
           "none": "Säädöksen tekstiä ei ole avoimessa datassa:"},
    "sv": {"official": "Officiell text, Finlex", "amends": "Ändrar", "repeals": "Upphäver",
           "pdf": "Författningens text finns endast som PDF-fil:",
           "none": "Författningens text finns inte i öppna data:"},
}  # fmt: skip


_CHAPTER_NUMBER = re.compile(r"^(\d+(?:\s?[a-z])?)\s+(?:luku|kap\.)")


def _words(lang: str) -> dict[str, str]:
    return _WORDS.get(lang, _WORDS["fi"])


def _status(doc: FinlexDocument) -> str:
    meta = doc.meta
    if meta.repealed_on is not None and meta.repealed_on <= doc.on:
        return "repealed"
    if meta.in_force_flag is False:
        return "repealed"
    if meta.in_force is not None and meta.in_force > doc.on:
        return "not-in-force"
    return "in-force"


def summary(doc: FinlexDocument) -> str:
    """One line that says what this is: "Laki 1050/2018. Virallinen teksti, Finlex."."""
    meta, words = doc.meta, _words(doc.meta.lang)
    parts = [f"{meta.type_label} {meta.number}".strip() + ".", words["official"] + "."]
    if meta.amends:
        parts.append(f"{words['amends']} {', '.join(meta.amends)}.")
    if meta.repeals:
        parts.append(f"{words['repeals']} {', '.join(meta.repeals)}.")
    return " ".join(parts)


def body(doc: FinlexDocument) -> str:
    """The act's own text: the enacting clause, a PDF pointer, the entry into force."""
    blocks = [doc.editorial, doc.preamble]
    if doc.meta.content_absent:
        key = "pdf" if doc.meta.pdf else "none"
        blocks.append(f"{_words(doc.meta.lang)[key]} <{doc.meta.web_page}>")
    blocks.append(doc.closing)
    return "\n\n".join(b for b in blocks if b)


def _act_id(number: str) -> str:
    serial, _, year = number.partition("/")
    return f"act-{serial}-{year}"


def _chapter_number(label: str) -> str:
    found = _CHAPTER_NUMBER.match(label)
    return found.group(1).replace(" ", "") if found else ""


def _section_ids(item_id: str, provisions: tuple[Provision, ...]) -> list[str]:
    """Section ids; ``s-<chapter>-<number>`` where each chapter numbers its own sections.

    Most acts number sections through the whole act (``act-681-2023/s-13``); some
    (the Credit Institutions Act) start again in every chapter, where "1 §" alone
    would not say which section is meant.
    """
    numbers = [p.number for p in provisions]
    by_chapter = len(set(numbers)) < len(numbers) and all(
        _chapter_number(p.chapter) for p in provisions
    )
    ids: list[str] = []
    seen: set[str] = set()
    for provision in provisions:
        number = provision.number or str(provision.order + 1)
        if by_chapter:
            number = f"{_chapter_number(provision.chapter)}-{number}"
        sid = section_id(item_id, number)
        if sid in seen:
            # The same number twice (a file error): keep both, the second one apart.
            sid = f"{sid}-{provision.order + 1}"
        seen.add(sid)
        ids.append(sid)
    return ids


def to_item(doc: FinlexDocument, imported: date) -> Item:
    """``doc`` as an official legislation item on the act's id (``act-1050-2018``)."""
    meta = doc.meta
    item_id = meta.item_id
    sections = tuple(
        Section(
            id=sid,
            item_id=item_id,
            lang=meta.lang,
            number=provision.number,
            heading=provision.heading,
            anchor=provision.anchor,
            body=provision.body,
            order=provision.order,
            chapter=provision.chapter,
            official=True,
        )
        for sid, provision in zip(_section_ids(item_id, doc.sections), doc.sections, strict=True)
    )
    return Item(
        id=item_id,
        kind="legislation",
        lang=meta.lang,
        title=meta.title,
        summary=summary(doc),
        body=body(doc),
        source=meta.eli_expression or meta.eli or meta.web_page,
        checked=imported,
        published=meta.published,
        updated=meta.consolidated_on or meta.produced,
        topics=meta.keywords,
        act=ActInfo(
            number=meta.number,
            common_name=meta.common_name,
            given=meta.issued,
            in_force=meta.in_force,
            repealed=meta.repealed_on,
            status=_status(doc),
            replaced_by=_act_id(meta.repealed_by[0]) if meta.repealed_by else None,
            amended_by=meta.amended_by,
            eli=meta.eli,
        ),
        sections=sections,
        official=True,
    )


def _front(key: str, value: object) -> str:
    text = str(value).replace("\n", " ").strip()
    return f"{key}: {text}\n" if text else ""


def to_source(doc: FinlexDocument, imported: date) -> str:
    """``doc`` in the content-source format of ``data/`` (``docs/content-format.md``)."""
    item = to_item(doc, imported)
    act = item.act
    assert act is not None
    lines = ["---\n"]
    for key, value in (
        ("title", item.title), ("summary", item.summary), ("source", item.source),
        ("checked", item.checked.isoformat()),
        ("published", item.published.isoformat() if item.published else ""),
        ("updated", item.updated.isoformat() if item.updated else ""),
        ("topics", ", ".join(t.replace(",", " ") for t in item.topics)),
        ("act", act.number), ("common_name", act.common_name),
        ("given", act.given.isoformat() if act.given else ""),
        ("in_force", act.in_force.isoformat() if act.in_force else ""),
        ("status", act.status), ("amended_by", ", ".join(act.amended_by)),
        ("eli", act.eli), ("summary_of", "official"),
    ):  # fmt: skip
        lines.append(_front(key, value))
    lines.append("---\n\n")
    if item.body:
        lines.append(item.body + "\n\n")
    chapter = ""
    for section, provision in zip(item.sections, doc.sections, strict=True):
        if provision.chapter and provision.chapter != chapter:
            chapter = provision.chapter
            lines.append(f"# {chapter.replace(' — ', ' ', 1)}\n\n")
        number = section.number.replace("§", "").strip()
        heading = section.heading.replace("{", "(").replace("}", ")") or "–"
        lines.append(f"## {number} § {heading} {{#{section.anchor}}}\n\n")
        if section.body:
            lines.append(section.body + "\n\n")
    return "".join(lines).rstrip() + "\n"
