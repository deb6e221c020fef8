"""Akoma Ntoso elements as text: local names, inline Markdown, dates in legal prose."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date
from xml.etree.ElementTree import Element

from briefing.library.importers.textfix import RepairLog, normalise, repair

AKN_NS = "http://docs.oasis-open.org/legaldocml/ns/akn/3.0"
FINLEX_NS = "http://data.finlex.fi/schema/finlex"

_EMPHASIS = {"i": "*", "em": "*", "b": "**", "strong": "**", "u": ""}
_SKIPPED = {"authorialNote", "noteRef", "img", "eop", "marker"}
_BREAKS = {"br", "eol"}
_RAISED = {
    "sup": str.maketrans("0123456789", "⁰¹²³⁴⁵⁶⁷⁸⁹"),
    "sub": str.maketrans("0123456789", "₀₁₂₃₄₅₆₇₈₉"),
}
_ESCAPE = re.compile(r"([\\`*_\[\]])")
# What would start a heading, quote, list or table at the start of a paragraph.
_LINE_START = re.compile(r"^(#|>|[-+](?= )|\|)|^(\d+)(\.)(?=\s|$)")


def local(tag: str) -> str:
    """``{namespace}name`` -> ``name``."""
    return tag.rpartition("}")[2]


def kids(element: Element, name: str) -> Iterator[Element]:
    """Direct children called ``name`` (any namespace)."""
    return (child for child in element if local(child.tag) == name)


def kid(element: Element | None, name: str) -> Element | None:
    """The first direct child called ``name``, or None."""
    if element is None:
        return None
    return next(kids(element, name), None)


def descendants(element: Element | None, name: str) -> Iterator[Element]:
    """Every element called ``name`` in ``element`` (any namespace); none for None."""
    if element is None:
        return iter(())
    return (node for node in element.iter() if local(node.tag) == name)


def finlex_attr(element: Element, name: str) -> str:
    """A ``finlex:`` attribute, or ""."""
    return element.get(f"{{{FINLEX_NS}}}{name}", "")


def escape(text: str) -> str:
    """Legal text as Markdown that shows exactly these characters."""
    # "<" as an entity: python-markdown would take "<word>" for an HTML tag.
    return _ESCAPE.sub(r"\\\1", text).replace("<", "&lt;")


def escape_block(text: str) -> str:
    """Escape a whole paragraph, including what would start a list or heading."""
    return _LINE_START.sub(_escape_start, text)


def _escape_start(found: re.Match[str]) -> str:
    if found.group(1):
        return "\\" + found.group(1)
    return found.group(2) + "\\."  # "2. kappale" stays a paragraph, not a list


class TextReader:
    """Turns elements into Markdown and raw text, repairing encoding as it goes."""

    def __init__(self, log: RepairLog) -> None:
        self.log = log

    def fix(self, text: str | None) -> str:
        return repair(text, self.log) if text else ""

    def raw(self, element: Element | None) -> str:
        """The text under ``element`` as the file has it, encoding repaired."""
        if element is None:
            return ""
        return self.fix("".join(element.itertext()))

    def plain(self, element: Element | None) -> str:
        """The text under ``element`` with whitespace normalised."""
        return normalise(self.raw(element))

    def inline(self, element: Element | None) -> str:
        """Mixed content (text, ``i``, ``ref``...) as one line of Markdown."""
        if element is None:
            return ""
        return escape_block(normalise("".join(self._pieces(element))))

    def _pieces(self, element: Element) -> Iterator[str]:
        yield escape(self.fix(element.text))
        for child in element:
            name = local(child.tag)
            if name in _BREAKS:
                yield " "
            elif name not in _SKIPPED:
                inner = "".join(self._pieces(child))
                yield self._wrap(name, inner)
            yield escape(self.fix(child.tail))

    @staticmethod
    def _wrap(name: str, inner: str) -> str:
        core = normalise(inner)
        if name in _RAISED and core:
            if core.isdigit() and core.isascii():
                # m², CO₂: one character each, so search and snippets see no markup.
                return core.translate(_RAISED[name])
            return f"<{name}>{core}</{name}>"  # the sanitiser lets these through
        mark = _EMPHASIS.get(name)
        if not mark or not core:
            return inner
        lead = " " if inner[:1].isspace() else ""
        trail = " " if inner[-1:].isspace() else ""
        return f"{lead}{mark}{core}{mark}{trail}"


# --- dates and act numbers in legal prose -------------------------------------------

_FI_MONTHS = (
    "tammikuuta", "helmikuuta", "maaliskuuta", "huhtikuuta", "toukokuuta", "kesäkuuta",
    "heinäkuuta", "elokuuta", "syyskuuta", "lokakuuta", "marraskuuta", "joulukuuta",
)  # fmt: skip
_SV_MONTHS = (
    "januari", "februari", "mars", "april", "maj", "juni",
    "juli", "augusti", "september", "oktober", "november", "december",
)  # fmt: skip
_FI_LONG = re.compile(r"tulee voimaan (\d{1,2})\s*päivänä (\w+) (\d{4})")
_SV_LONG = re.compile(r"träder i kraft den (\d{1,2}) (\w+) (\d{4})")
_SHORT = re.compile(r"(?:voimaan|i kraft)\s+(?:den\s+)?(\d{1,2})\.(\d{1,2})\.(\d{4})")
_ACT_REF = re.compile(r"\b(\d{1,4})/(\d{4})\b")


def _safe_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def entry_into_force(text: str) -> date | None:
    """The date in "tulee voimaan 1 päivänä syyskuuta 2024" / "träder i kraft den 1 juli"."""
    for pattern, months in ((_FI_LONG, _FI_MONTHS), (_SV_LONG, _SV_MONTHS)):
        found = pattern.search(text)
        if found and found.group(2).lower() in months:
            month = months.index(found.group(2).lower()) + 1
            return _safe_date(int(found.group(3)), month, int(found.group(1)))
    found = _SHORT.search(text)
    if found:
        return _safe_date(int(found.group(3)), int(found.group(2)), int(found.group(1)))
    return None


def act_versions(text: str) -> list[str]:
    """Act numbers named in ``text`` as Finlex version ids: "269/2026" -> "20260269"."""
    return [f"{year}{int(number):04d}" for number, year in _ACT_REF.findall(text)]


def act_number_from_uri(uri: str) -> str:
    """``/akn/fi/act/statute/2004/301`` -> ``301/2004``; "" when it is no act address."""
    found = re.search(r"/act/[^/]+/(\d{4})/(\d+)", uri)
    return f"{found.group(2)}/{found.group(1)}" if found else ""


def iso_date(value: str | None) -> date | None:
    """An ISO date attribute, or None when missing or malformed."""
    if not value:
        return None
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None
