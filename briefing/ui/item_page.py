"""An item as the reader shows it: metadata, honest language notes, body and sections.

Our own frame is built from escaped text; the Markdown bodies pass through
``core.markdown.to_html`` (sanitised). Links inside stay ``item:`` or web addresses;
the reader decides what a click does.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

if TYPE_CHECKING:  # models load with the library, after the window shows
    from datetime import date

    from briefing.core.models import Item, Section


LANGUAGE_NAMES = {"fi": "suomi", "sv": "svenska", "en": "English"}


def kind_label(kind: str) -> str:
    """The kind's name for people, in the interface language."""
    labels = {
        "legislation": QCoreApplication.translate("Kinds", "Legislation"),
        "priority": QCoreApplication.translate("Kinds", "Priority areas"),
        "news": QCoreApplication.translate("Kinds", "News"),
        "service": QCoreApplication.translate("Kinds", "Services"),
        "actor": QCoreApplication.translate("Kinds", "Actors"),
        "programme": QCoreApplication.translate("Kinds", "Partnership programme"),
        "learning": QCoreApplication.translate("Kinds", "Learning"),
    }
    return labels.get(kind, kind)


def format_date(day: date | None, ui_lang: str) -> str:
    """A short date as people of ``ui_lang`` write it; "" = the interface's current locale."""
    if day is None:
        return ""
    from PySide6.QtCore import QDate, QLocale  # dates show after the first paint

    known = {"fi": "fi_FI", "sv": "sv_FI", "en": "en_GB"}
    locale = QLocale(known[ui_lang]) if ui_lang in known else QLocale()
    return locale.toString(QDate(day.year, day.month, day.day), QLocale.FormatType.ShortFormat)


def _e(text: str) -> str:
    import html  # here: the kind list needs this module before the first paint, html not

    return html.escape(text, quote=True)


def _status(item: Item, ui_lang: str, title_of: Callable[[str], str]) -> list[str]:
    act = item.act
    if act is None:
        return []
    facts = [QCoreApplication.translate("ItemPage", "Act %1").replace("%1", _e(act.number))]
    if act.common_name:
        facts.append(_e(act.common_name))
    for label, day in (
        (QCoreApplication.translate("ItemPage", "given %1"), act.given),
        (QCoreApplication.translate("ItemPage", "in force from %1"), act.in_force),
        (QCoreApplication.translate("ItemPage", "repealed %1"), act.repealed),
    ):
        if day is not None:
            facts.append(label.replace("%1", format_date(day, ui_lang)))
    lines = [f'<p class="act">{" · ".join(facts)}</p>']
    if act.status == "repealed":
        note = QCoreApplication.translate(
            "ItemPage", "This act is repealed and no longer in force."
        )
        if act.replaced_by:
            link = f'<a href="item:{_e(act.replaced_by)}">{_e(title_of(act.replaced_by))}</a>'
            note += " " + QCoreApplication.translate("ItemPage", "Replaced by %1.").replace(
                "%1", link
            )
        lines.append(f'<p class="repealed"><b>{note}</b></p>')  # coloured by the reader
    elif act.status == "not-in-force":
        note = QCoreApplication.translate("ItemPage", "This act is not yet in force.")
        lines.append(f"<p><b>{note}</b></p>")
    return lines


def _languages(item: Item, wanted: str) -> list[str]:
    lines = []
    if item.lang != wanted:
        note = (
            QCoreApplication.translate("ItemPage", "Not available in %1; shown in %2.")
            .replace("%1", LANGUAGE_NAMES.get(wanted, wanted))
            .replace("%2", LANGUAGE_NAMES.get(item.lang, item.lang))
        )
        lines.append(f'<p class="langnote"><i>{_e(note)}</i></p>')
    others = [lang for lang in item.languages if lang != item.lang]
    if others:
        links = ", ".join(
            f'<a href="item:{_e(item.id)}?lang={lang}">{LANGUAGE_NAMES.get(lang, lang)}</a>'
            for lang in others
        )
        also = QCoreApplication.translate("ItemPage", "Also in: %1")
        lines.append(f"<p>{also.replace('%1', links)}</p>")
    return lines


def to_html(text: str) -> str:
    """Content Markdown as sanitised HTML; markdown loads on the first page, not at start-up."""
    from briefing.core.markdown import to_html as render

    return render(text)


def section_html(section: Section) -> str:
    anchor = _e(section.anchor or section.id)
    heading = _e(f"{section.number} {section.heading}".strip())
    return f'<h2><a name="{anchor}"></a>{heading}</h2>\n{to_html(section.body)}'


def item_html(
    item: Item,
    wanted_lang: str,
    ui_lang: str,
    title_of: Callable[[str], str],
    *,
    other_text: bool = False,
) -> str:
    """The reader's HTML for ``item``; ``title_of`` names a linked act (its successor).

    ``other_text``: the act is also there as the other text (official or our summary),
    so the page says which one it shows and links to the other.
    """
    parts = [f"<h1>{_e(item.title)}</h1>"]
    parts.append(f'<p class="kind">{_e(kind_label(item.kind))}</p>')
    parts += _status(item, ui_lang, title_of)
    parts += _languages(item, wanted_lang)
    if item.published is not None:
        published = QCoreApplication.translate("ItemPage", "Published %1")
        parts.append(f"<p>{published.replace('%1', format_date(item.published, ui_lang))}</p>")
    if item.summary:
        parts.append(f"<p><i>{_e(item.summary)}</i></p>")
    parts.append(to_html(item.body))
    parts += [section_html(section) for section in item.sections]
    parts.append("<hr/>")
    parts += _provenance(item, ui_lang, other_text)
    return "\n".join(parts)


def is_source_text(item: Item) -> bool:
    """An imported page or news item: the source's own text, not legislation."""
    return item.official and item.kind != "legislation"


def _which_text(item: Item, ui_lang: str, other_text: bool) -> list[str]:
    """Which text this is (official act, the source's own text, or our summary) and a
    link to the other when the library has both."""
    if is_source_text(item):
        # A saved page or feed entry: not legislation, so no Finlex and no ELI.
        note = QCoreApplication.translate(
            "ItemPage", "Text of the source, imported on %1; not our summary."
        ).replace("%1", format_date(item.checked, ui_lang))
        switch = QCoreApplication.translate("ItemPage", "Show our summary")
        target = "summary"
    elif item.official:
        note = QCoreApplication.translate(
            "ItemPage", "Official text imported from Finlex on %1."
        ).replace("%1", format_date(item.checked, ui_lang))
        eli = item.act.eli if item.act and item.act.eli else item.source
        if eli:
            note += " " + QCoreApplication.translate("ItemPage", "ELI: %1").replace("%1", _e(eli))
        switch = QCoreApplication.translate("ItemPage", "Show our summary")
        target = "summary"
    elif item.kind == "legislation":
        note = QCoreApplication.translate(
            "ItemPage", "Our summary of the act, not the official text."
        )
        switch = QCoreApplication.translate("ItemPage", "Show the official text")
        target = "official"
    else:
        note = QCoreApplication.translate("ItemPage", "Our summary, not the text of the source.")
        switch = QCoreApplication.translate("ItemPage", "Show the text of the source")
        target = "official"
    lines = [f'<p class="which-text"><b>{note}</b></p>']
    if other_text:
        href = f"item:{_e(item.id)}?lang={_e(item.lang)}&amp;text={target}"
        lines.append(f'<p class="switch-text"><a href="{href}">{_e(switch)}</a></p>')
    return lines


def _provenance(item: Item, ui_lang: str, other_text: bool = False) -> list[str]:
    """Where the facts come from and when they were checked; summary or official text."""
    link = f'<a href="{_e(item.source)}">{_e(item.source)}</a>'
    source = QCoreApplication.translate("ItemPage", "Source: %1").replace("%1", link)
    if is_source_text(item):
        # Nobody checked the facts of a saved page: the import day is in _which_text.
        lines = [f'<p class="source">{source}</p>']
    else:
        checked = QCoreApplication.translate("ItemPage", "Facts checked %1").replace(
            "%1", format_date(item.checked, ui_lang)
        )
        lines = [f'<p class="source">{source}<br/>{checked}</p>']
    if item.official or item.kind == "legislation" or other_text:
        lines += _which_text(item, ui_lang, other_text)
    return lines
