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
        "source_text": "lähteen oma teksti",
        "source_summary": "tiivistelmä, ei lähteen omaa tekstiä",
        "source_missing": "tiivistelmä, ei lähteen omaa tekstiä: valittua lähteen tekstiä "
        "ei enää ole kirjastossa",
        "imported": "tuotu",
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
        "source_text": "källans egen text",
        "source_summary": "sammandrag, inte källans egen text",
        "source_missing": "sammandrag, inte källans egen text: den valda texten från källan "
        "finns inte längre i biblioteket",
        "imported": "importerad",
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
        "source_text": "text of the source",
        "source_summary": "summary, not the text of the source",
        "source_missing": "summary, not the text of the source: the source's text chosen is "
        "no longer in the library",
        "imported": "imported",
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


def is_source_text(entry: PackEntry) -> bool:
    """An entry printing an imported page or news item: the source's own text, not an act."""
    return entry.official and entry.kind != "legislation"


def origin_label(lang: str, entry: PackEntry) -> str:
    """Which text an entry prints; honest when the imported text chosen is gone.

    An act's imported text is the official text; a page's or news item's is the
    source's own text, which is not legislation and must not pass for it.
    """
    act = entry.kind == "legislation"
    if entry.official:
        return label(lang, "official" if act else "source_text")
    if entry.entry.official:  # the user chose the imported text, but the library lost it
        return label(lang, "official_missing" if act else "source_missing")
    return label(lang, "summary" if act else "source_summary")


def date_label(lang: str, entry: PackEntry) -> str:
    """The word before the date of an entry's source: when the facts were checked, or
    the day a source's own text was imported (nobody checked a saved page's facts)."""
    return label(lang, "imported" if is_source_text(entry) else "checked")


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
