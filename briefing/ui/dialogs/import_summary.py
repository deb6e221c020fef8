"""What an import did, as the import dialog shows it, in the interface's language.

The importers give their reasons in English (they are the CLI's lines too); the ones a
person meets with saved pages and feeds are said again here in their language. A
reason not recognised is shown as the importer wrote it, never dropped.
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

if TYPE_CHECKING:
    from briefing.library.importers.report import ImportSummary, Refused
    from briefing.library.importers.saved import WebImportSummary


Q = QCoreApplication  # lupdate finds Q.translate("ImportDialog", ...) like the dialog's tr()


def _rules() -> list[tuple[str, str]]:
    """(pattern of the importer's reason, its wording here); groups fill %1, %2."""
    return [
        (r"not an HTML page \(binary data\)",
         Q.translate("ImportDialog", "not a web page: the file holds binary data")),
        (r"not an HTML page \(.*\)", Q.translate("ImportDialog", "not a web page (HTML)")),
        (r"the page does not state its language.*",
         Q.translate("ImportDialog", "the page does not state its language: choose it above")),
        (r"(?:its )?language ('[^']*') is not one of .*",
         Q.translate("ImportDialog", "language %1 is not Finnish, Swedish or English")),
        (r"the page names no address.*",
         Q.translate("ImportDialog", "the page names no address: give the source address above")),
        (r"the page has no title.*", Q.translate("ImportDialog", "the page has no title")),
        (r"no text in the page's main content",
         Q.translate("ImportDialog", "the page's main content has no text")),
        (r"a news item needs a publication date.*",
         Q.translate("ImportDialog", "a news item needs a publication date; the page states none")),
        (r"the file is empty", Q.translate("ImportDialog", "the file is empty")),
        (r"not a feed \(not XML\)|not an RSS 2\.0 or Atom 1\.0 feed.*",
         Q.translate("ImportDialog", "not a news feed (RSS 2.0 or Atom 1.0)")),
        (r"not well-formed XML: .*\((line \d+, column \d+)\)",
         Q.translate("ImportDialog", "damaged XML (%1)")),
        (r"refused: the feed declares entities.*",
         Q.translate("ImportDialog", "refused: the feed declares XML entities")),
        (r"refused: the feed refers to an external resource",
         Q.translate("ImportDialog", "refused: the feed refers to a file outside itself")),
        (r"the feed has no entries", Q.translate("ImportDialog", "the feed has no entries")),
        (r"it has no title", Q.translate("ImportDialog", "it has no title")),
        (r"it has no date", Q.translate("ImportDialog", "it has no date")),
        (r"its date ('[^']*') is not a date",
         Q.translate("ImportDialog", "its date %1 is not a date")),
        (r"it has no link .*", Q.translate("ImportDialog", "it has no link to the news item")),
        (r"the feed states no language.*",
         Q.translate("ImportDialog", "the feed does not state its language: choose it above")),
        (r"(?:(.+) is )?larger than the (\S+ MB) limit",
         Q.translate("ImportDialog", "the file is larger than the %2 limit")),
        (r"cannot read the file.*", Q.translate("ImportDialog", "the file cannot be read")),
        (r"the copy there is as new or newer \((.*)\)",
         Q.translate("ImportDialog", "the copy already there is as new or newer (%1)")),
        (r"the copy there has the same text",
         Q.translate("ImportDialog", "the copy already there has the same text")),
        (r"the same item is also in (.*)",
         Q.translate("ImportDialog", "the same item is also in %1")),
        (r"a newer copy is in (.*)", Q.translate("ImportDialog", "a newer copy is in %1")),
    ]  # fmt: skip


def reason_text(reason: str) -> str:
    """An importer's reason in the interface's language (as written if not known)."""
    entry = re.fullmatch(r"entry (\d+) ('.*') refused: (.*)", reason, re.DOTALL)
    if entry:
        text = Q.translate("ImportDialog", "entry %1 %2 refused: %3")
        return _fill(text, (entry[1], entry[2], reason_text(entry[3])))
    for pattern, text in _rules():
        found = re.fullmatch(pattern, reason, re.DOTALL)
        if found:
            return _fill(text, found.groups())
    return reason


def _fill(text: str, values: tuple[str | None, ...]) -> str:
    """%1, %2... replaced in one pass: a title holding "%3" is not filled in again."""

    def value(match: re.Match[str]) -> str:
        number = int(match[1])
        return (values[number - 1] or "") if number <= len(values) else match[0]

    return re.sub(r"%([1-9])", value, text)


def _list(rows: list[str]) -> str:
    return f"<ul>{''.join(f'<li>{row}</li>' for row in rows)}</ul>"


def _refused(refused: tuple[Refused, ...]) -> list[str]:
    if not refused:
        return []
    e = html.escape
    rows = [f"{e(Path(r.file).name)}: {e(reason_text(r.reason))}" for r in refused]
    return ["<p><b>" + e(Q.translate("ImportDialog", "Refused:")) + "</b></p>", _list(rows)]


def finlex_html(summary: ImportSummary) -> str:
    """What a Finlex import brought in, refused and repaired."""
    e = html.escape
    parts = [
        "<p>"
        + Q.translate("ImportDialog", "%1 texts imported from %2 files.")
        .replace("%1", str(len(summary.imported)))
        .replace("%2", str(summary.files))
        + "</p>"
    ]
    if summary.imported:
        sections = Q.translate("ImportDialog", "%1 sections")
        parts.append(
            _list(
                [
                    f"{e(a.number)} {e(a.title)} ({e(a.lang)}, "
                    f"{sections.replace('%1', str(a.sections))})"
                    for a in summary.imported
                ]
            )
        )
    parts += _refused(summary.refused)
    if summary.repaired:
        parts.append(
            "<p><b>"
            + e(Q.translate("ImportDialog", "Text repaired (wrong encoding on its way):"))
            + "</b></p>"
        )
        parts.append(_list([f"{e(a.number)} {e(a.title)}" for a in summary.repaired]))
    return "\n".join(parts)


def web_html(summary: WebImportSummary, kind_name: Callable[[str], str]) -> str:
    """What an import of saved pages or a feed brought in, kept out and refused."""
    e = html.escape
    parts = [
        "<p>"
        + Q.translate("ImportDialog", "%1 pages or news items imported from %2 files.")
        .replace("%1", str(len(summary.imported)))
        .replace("%2", str(summary.files))
        + "</p>"
    ]
    if summary.imported:
        replaced = Q.translate("ImportDialog", "replaces the older copy")
        rows = []
        for item in summary.imported:
            what = f"{e(kind_name(item.kind))}, {e(item.lang)}"
            if item.action == "replaced":
                what += f", {e(replaced)}"
            rows.append(f"{e(item.title)} ({what})<br/><small>{e(item.source)}</small>")
        parts.append(_list(rows))
    if summary.kept:
        parts.append(
            "<p><b>"
            + e(Q.translate("ImportDialog", "Already in your library, not imported again:"))
            + "</b></p>"
        )
        parts.append(
            _list([f"{e(k.id)} ({e(k.lang)}): {e(reason_text(k.reason))}" for k in summary.kept])
        )
    parts += _refused(summary.refused)
    return "\n".join(parts)
