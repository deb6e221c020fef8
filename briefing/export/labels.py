"""Every word the exported PDF and HTML print, in Finnish, Swedish and English.

Export runs without Qt, so it cannot use the window's translations; these few labels
live here instead, keyed by the pack's language.
"""

from __future__ import annotations

from datetime import date, datetime

from briefing.core.models import PackEntry

_LABELS: dict[str, dict[str, str]] = {
    "fi": {
        "contents": "Sisällys",
        "sources": "Lähteet",
        "page_of": "sivu {page} / {pages}",
        "meeting": "Kokous",
        "date": "Päivämäärä",
        "place": "Paikka",
        "prepared_by": "Valmistellut",
        "exported": "Tulostettu",
        "content_version": "Aineistoversio",
        "marking_draft": "LUONNOS",
        "marking_not-public": "EI JULKINEN ASIAKIRJA",
        "memo": "Muistio",
        "note": "Huomautus",
        "private": "yksityinen",
        "checked": "tarkistettu",
        "official": "virallinen teksti",
        "summary": "tiivistelmä, ei virallinen teksti",
        "official_missing": "tiivistelmä, ei virallinen teksti: valittua virallista tekstiä "
        "ei enää ole kirjastossa",
        "kind_legislation": "Lainsäädäntö",
        "kind_priority": "Painopistealue",
        "kind_news": "Uutinen",
        "kind_service": "Palvelu",
        "kind_actor": "Toimija",
        "kind_programme": "Kumppanuusohjelma",
        "kind_learning": "Oppimateriaali",
        "briefing_memo": "Saate",
        "skip": "Siirry sisältöön",
    },
    "sv": {
        "contents": "Innehåll",
        "sources": "Källor",
        "page_of": "sida {page} av {pages}",
        "meeting": "Sammanträde",
        "date": "Datum",
        "place": "Plats",
        "prepared_by": "Beredd av",
        "exported": "Utskriven",
        "content_version": "Materialversion",
        "marking_draft": "UTKAST",
        "marking_not-public": "INTE EN OFFENTLIG HANDLING",
        "memo": "Promemoria",
        "note": "Anteckning",
        "private": "privat",
        "checked": "kontrollerad",
        "official": "officiell text",
        "summary": "sammandrag, inte officiell text",
        "official_missing": "sammandrag, inte officiell text: den valda officiella texten "
        "finns inte längre i biblioteket",
        "kind_legislation": "Lagstiftning",
        "kind_priority": "Prioriterat område",
        "kind_news": "Nyhet",
        "kind_service": "Tjänst",
        "kind_actor": "Aktör",
        "kind_programme": "Partnerskapsprogram",
        "kind_learning": "Utbildningsmaterial",
        "briefing_memo": "Följebrev",
        "skip": "Hoppa till innehållet",
    },
    "en": {
        "contents": "Contents",
        "sources": "Sources",
        "page_of": "page {page} of {pages}",
        "meeting": "Meeting",
        "date": "Date",
        "place": "Place",
        "prepared_by": "Prepared by",
        "exported": "Exported",
        "content_version": "Content version",
        "marking_draft": "DRAFT",
        "marking_not-public": "NOT A PUBLIC DOCUMENT",
        "memo": "Memo",
        "note": "Note",
        "private": "private",
        "checked": "checked",
        "official": "official text",
        "summary": "summary, not the official text",
        "official_missing": "summary, not the official text: the official text chosen is "
        "no longer in the library",
        "kind_legislation": "Legislation",
        "kind_priority": "Priority area",
        "kind_news": "News",
        "kind_service": "Service",
        "kind_actor": "Actor",
        "kind_programme": "Partnership programme",
        "kind_learning": "Learning material",
        "briefing_memo": "Cover memo",
        "skip": "Skip to content",
    },
}

# Spelled out here: strftime's %B follows the machine's locale, the PDF must not.
_MONTHS_EN = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)  # fmt: skip

MARKINGS: tuple[str, ...] = ("", "draft", "not-public")


def labels_for(lang: str) -> dict[str, str]:
    """The labels of ``lang``; a language we have no labels for falls back to English."""
    return _LABELS.get(lang, _LABELS["en"])


def label(lang: str, key: str, **values: object) -> str:
    text = labels_for(lang)[key]
    return text.format(**values) if values else text


def kind_label(lang: str, kind: str) -> str:
    return labels_for(lang).get(f"kind_{kind}", kind)


def origin_label(lang: str, entry: PackEntry) -> str:
    """Which text an entry prints; honest when the official text chosen is gone."""
    if entry.official:
        return label(lang, "official")
    # The user chose the official text, but the library no longer has it.
    return label(lang, "official_missing" if entry.entry.official else "summary")


def marking_label(lang: str, marking: str) -> str:
    """The cover's marking line; "" for no marking."""
    return labels_for(lang)[f"marking_{marking}"] if marking else ""


def format_date(lang: str, value: date | datetime | None) -> str:
    """A date as people in that language write it: 1.2.2025, 2025-02-01, 1 February 2025."""
    if value is None:
        return ""
    day = value.date() if isinstance(value, datetime) else value
    if lang == "fi":
        return f"{day.day}.{day.month}.{day.year}"
    if lang == "sv":
        return day.isoformat()
    return f"{day.day} {_MONTHS_EN[day.month - 1]} {day.year}"
