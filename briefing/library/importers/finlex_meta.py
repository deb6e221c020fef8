"""The metadata of one Finlex document: FRBR, ELI, dates, type, category, relations."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta
from xml.etree.ElementTree import Element

from briefing.core.errors import BadInput
from briefing.library.importers.finlex_model import CATEGORIES, LANGUAGES, ActMeta
from briefing.library.importers.finlex_text import (
    TextReader,
    act_number_from_uri,
    descendants,
    entry_into_force,
    iso_date,
    kid,
    kids,
    local,
)
from briefing.library.importers.textfix import normalise

_NUMBER = re.compile(r"^(\d+)\s*/\s*(\d{4})$")
_URI_NUMBER = re.compile(r"/(\d{4})/(\d+)")
_COMMON_NAME_TAGS = {"commonname", "shorttitle", "abbreviation", "popularname"}
_VERSION = re.compile(r"@(\d{8})")
_VERSION_EID = re.compile(r"^entryIntoForce_(\d{8})$")


@dataclass(frozen=True, slots=True)
class _Frbr:
    uri: str = ""
    eli: str = ""
    dates: tuple[tuple[str, str], ...] = ()

    def date(self, name: str) -> date | None:
        return next((iso_date(value) for key, value in self.dates if key == name), None)


def _frbr(element: Element | None) -> _Frbr:
    if element is None:
        return _Frbr()
    uri = kid(element, "FRBRuri")
    eli = next((a for a in kids(element, "FRBRalias") if a.get("name") == "eli"), None)
    dates = tuple((d.get("name", ""), d.get("date", "")) for d in kids(element, "FRBRdate"))
    return _Frbr(
        uri=uri.get("value", "") if uri is not None else "",
        eli=eli.get("value", "") if eli is not None else "",
        dates=dates,
    )


def _value(element: Element | None, name: str, attr: str = "value") -> str:
    found = kid(element, name)
    return found.get(attr, "") if found is not None else ""


def _ref(element: Element | None, name: str) -> str:
    found = kid(element, name)
    return found.get("refersTo", "").lstrip("#") if found is not None else ""


def _number(text: str, work: _Frbr, serial_value: str) -> tuple[str, int, int]:
    found = _NUMBER.match(text.replace(" ", ""))
    if found:
        return f"{int(found.group(1))}/{found.group(2)}", int(found.group(2)), int(found.group(1))
    in_uri = _URI_NUMBER.search(work.uri)
    if in_uri:
        year, serial = int(in_uri.group(1)), int(in_uri.group(2))
        return f"{serial}/{year}", year, serial
    if serial_value.isdigit() and work.date("dateIssued"):
        issued = work.date("dateIssued")
        assert issued is not None
        return f"{int(serial_value)}/{issued.year}", issued.year, int(serial_value)
    raise BadInput("the document has no act number (docNumber or FRBRuri)")


def _relations(root: Element, category: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """Acts this one amends and repeals, from ``affectedDocument`` in the preamble."""
    amends: list[str] = []
    repeals: list[str] = []
    preamble = kid(root, "preamble")
    if preamble is None:
        return (), ()
    claimed: set[int] = set()
    for block in descendants(preamble, "block"):
        target = repeals if "repeal" in block.get("name", "").lower() else amends
        for doc in descendants(block, "affectedDocument"):
            claimed.add(id(doc))
            target.append(act_number_from_uri(doc.get("href", "")))
    for doc in descendants(preamble, "affectedDocument"):
        if id(doc) not in claimed:
            target = repeals if category == "repealing" else amends
            target.append(act_number_from_uri(doc.get("href", "")))
    if category == "repealing" and amends and not repeals:
        amends, repeals = [], amends
    return _unique(amends), _unique(repeals)


def _unique(values: list[str]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(v for v in values if v))


def _statute_refs(proprietary: Element | None, name: str) -> list[tuple[str, Element]]:
    """(act number, statuteReference) in a proprietary list such as ``amendedBy``."""
    found: list[tuple[str, Element]] = []
    for reference in descendants(kid(proprietary, name), "statuteReference"):
        ref = kid(reference, "ref")
        if ref is not None:
            text = "".join(ref.itertext())
            number = act_number_from_uri(ref.get("href", "")) or _plain_number(text)
            if number:
                found.append((number, reference))
    return found


def version_dates(doc: Element) -> dict[str, date]:
    """When each amendment of a consolidated text came or comes into force, by version.

    From the ``amendedBy`` list in the metadata and from the amendments' own
    entry-into-force provisions appended to the body (``entryIntoForce_20260380``).
    """
    dates: dict[str, date] = {}
    proprietary = kid(kid(doc, "meta"), "proprietary")
    for number, reference in _statute_refs(proprietary, "amendedBy"):
        when = _in_force_date(reference)
        serial, _, year = number.partition("/")
        if when:
            dates[f"{year}{int(serial):04d}"] = when
    for container in descendants(kid(doc, "body"), "hcontainer"):
        found = _VERSION_EID.match(container.get("eId", ""))
        if found and container.get("name") == "entryIntoForce":
            when = entry_into_force(normalise("".join(container.itertext())))
            if when:
                dates.setdefault(found.group(1), when)
    return dates


def _in_force_date(element: Element | None) -> date | None:
    """``inForce/dateEntryIntoForce`` directly under ``element``."""
    found = kid(kid(element, "inForce"), "dateEntryIntoForce")
    return iso_date(found.get("date")) if found is not None else None


def _plain_number(value: str) -> str:
    found = _NUMBER.match(value.strip())
    return f"{int(found.group(1))}/{found.group(2)}" if found else ""


def _common_name(root: Element, reader: TextReader) -> str:
    for node in root.iter():
        if local(node.tag).lower() in _COMMON_NAME_TAGS:
            text = reader.plain(node) or node.get("value", "")
            if text:
                return text
    return ""


def _in_force_flag(proprietary: Element | None) -> bool | None:
    if proprietary is None:
        return None
    for node in proprietary.iter():
        if local(node.tag) == "isInForce":
            return node.get("value", "").lower() == "true"
    return None


def _repealed_on(
    proprietary: Element | None, repealed_by: list[tuple[str, Element]]
) -> date | None:
    """When the repealing act came into force, or the day after the act's last day."""
    for _number, reference in repealed_by:
        when = _in_force_date(reference)
        if when:
            return when
    end = kid(kid(proprietary, "inForce"), "dateInForceEnd")
    last = iso_date(end.get("date")) if end is not None else None
    return last + timedelta(days=1) if last else None


def _labels(meta: Element | None, tag: str, reader: TextReader) -> dict[str, str]:
    """``eId`` -> ``showAs`` of the references of one kind, in the document's language."""
    return {
        c.get("eId", ""): normalise(reader.fix(c.get("showAs", ""))) for c in descendants(meta, tag)
    }


def category_of(proprietary: Element | None) -> str:
    """new | amending | repealing (or Finlex's own word for anything else)."""
    found = _ref(proprietary, "categoryStatute")
    return CATEGORIES.get(found, found)


def read_meta(root: Element, reader: TextReader, in_force: date | None) -> ActMeta:
    """``root`` is the ``act`` (or ``decree``...) element inside ``akomaNtoso``."""
    meta = kid(root, "meta")
    ident = kid(meta, "identification")
    work = _frbr(kid(ident, "FRBRWork"))
    expression = kid(ident, "FRBRExpression")
    expr = _frbr(expression)
    manifestation = _frbr(kid(ident, "FRBRManifestation"))
    preface = kid(root, "preface")
    number, year, serial = _number(
        reader.plain(next(descendants(preface, "docNumber"), None)),
        work,
        _value(kid(ident, "FRBRWork"), "FRBRnumber"),
    )
    lang_code = _value(expression, "FRBRlanguage", "language")
    if lang_code not in LANGUAGES:
        raise BadInput(f"{number}: unknown language {lang_code!r} (expected fin or swe)")
    proprietary = kid(meta, "proprietary")
    concepts = _labels(meta, "TLCConcept", reader)
    branch = _labels(meta, "TLCOrganization", reader).get(
        _ref(proprietary, "administrativeBranch"), ""
    )
    amends, repeals = _relations(root, category_of(proprietary))
    repealed_by = _statute_refs(proprietary, "repealedBy")
    repeals = _unique([*repeals, *(n for n, _r in _statute_refs(proprietary, "repeals"))])
    doc_type = _ref(proprietary, "typeStatute") or local(root.tag)
    category = category_of(proprietary)
    subtype = _value(kid(ident, "FRBRWork"), "FRBRsubtype")
    consolidated = "consolidated" in subtype or root.get("contains") == "multipleVersions"
    version = _value(expression, "FRBRversionNumber") or _version_in(expr.uri)
    keywords = tuple(
        normalise(reader.fix(k.get("showAs") or k.get("value") or ""))
        for k in descendants(kid(meta, "classification"), "keyword")
    )
    title_el = next(descendants(preface, "docTitle"), None)
    return ActMeta(
        number=number,
        year=year,
        serial=serial,
        title=reader.plain(title_el) or number,
        lang=LANGUAGES[lang_code],
        doc_type=doc_type,
        type_label=concepts.get(doc_type, ""),
        category=category,
        common_name=_common_name(root, reader),
        consolidated=consolidated,
        version=version,
        issued=work.date("dateIssued") or expr.date("dateIssued"),
        published=work.date("datePublished")
        or expr.date("datePublished")
        or iso_date(next((d.get("date") for d in descendants(proprietary, "date")), None)),
        in_force=_in_force_date(proprietary) or in_force,
        produced=manifestation.date("dateProduced"),
        consolidated_on=expr.date("dateConsolidated") or manifestation.date("dateConsolidated"),
        eli=work.eli,
        eli_expression=expr.eli,
        frbr_work=work.uri,
        frbr_expression=expr.uri,
        keywords=tuple(dict.fromkeys(k for k in keywords if k)),
        amends=amends,
        repeals=repeals,
        amended_by=_unique([n for n, _ref in _statute_refs(proprietary, "amendedBy")]),
        administrative_branch=branch,
        repealed_by=_unique([n for n, _ref in repealed_by]),
        repealed_on=_repealed_on(proprietary, repealed_by),
        in_force_flag=_in_force_flag(proprietary),
    )


def _version_in(uri: str) -> str:
    found = _VERSION.search(uri)
    return found.group(1) if found else ""
