"""Packs for the export tests, built by hand: export reads no store."""

from __future__ import annotations

from datetime import date, datetime

from briefing.core.models import (
    Annotation,
    Briefing,
    Entry,
    Meeting,
    Pack,
    PackEntry,
    Selector,
)

SAMI = "čđŋšŧžá"
LONG_WORD = "kotoutumisohjelmaneuvottelukuntatyöskentely"
PRIVATE_NOTE = "Salainen arvio valtuutetuista"
SHARED_NOTE = "Määräaika on **kesäkuun** loppu"
QUOTE = "Kunnan on laadittava"

_TEXT = (
    "## Mitä pykälä sääntelee\n\n"
    "Kunnan on laadittava kotoutumisohjelma maahanmuuttajien kotoutumisen edistämiseksi "
    "ja hyvinvointialueiden yhteistyön tukemiseksi. Saamen kirjaimet: {sami}.\n\n"
    "- ensimmäinen kohta\n- toinen kohta\n\n"
    "Pitkä sana {long} katkeaa tavurajalta.\n\n"
    "Lisää tekstiä " + "hallinnollisesta valmistelusta ja yhteistyöstä " * 20 + "\n"
)


def make_entry(index: int, *, kind: str = "legislation", text: str | None = None) -> PackEntry:
    notes = (
        Annotation(
            id=f"a{index}",
            item_id="act-681-2023",
            note=SHARED_NOTE,
            selector=Selector(exact=QUOTE),
            author="Maija Meikäläinen",
        ),
        Annotation(
            id=f"p{index}",
            item_id="act-681-2023",
            note=PRIVATE_NOTE,
            private=True,
            author="Maija Meikäläinen",
        ),
    )
    return PackEntry(
        entry=Entry(
            id=f"e{index}",
            briefing_id="b1",
            position=index,
            item_id="act-681-2023",
            section_id=f"act-681-2023/s-{index + 1}",
            memo=f"Muistio kohdasta {index + 1}",
        ),
        kind=kind,
        title=f"Kotoutumislaki 681/2023 {index + 1} § Kohta {index + 1}",
        label=f"681/2023 {index + 1} §",
        text=text if text is not None else _TEXT.format(sami=SAMI, long=LONG_WORD),
        official=False,
        source=f"https://www.finlex.fi/fi/lainsaadanto/2023/681#sec_{index + 1}",
        checked=date(2025, 1, 15),
        annotations=notes,
    )


def make_pack(
    entries: int = 3, *, lang: str = "fi", marking: str = "", memo: str = "Saatteen teksti."
) -> Pack:
    briefing = Briefing(
        id="b1",
        title="Kaupunginhallitus: kotoutumisen painopisteet",
        meeting=Meeting(body="Kaupunginhallitus", date=date(2025, 3, 3), place="Kaupungintalo"),
        author="Assi Assistentti",
        memo=memo,
        lang=lang,
    )
    return Pack(
        briefing=briefing,
        entries=tuple(make_entry(i) for i in range(entries)),
        lang=lang,
        organisation="Esimerkkilän kaupunki",
        content_version="2025.1-abc123",
        exported_at=datetime(2025, 3, 1, 12, 0),
        marking=marking,
    )


def test_pack_has_a_private_and_a_shared_note() -> None:
    pack = make_pack(1)
    notes = pack.entries[0].annotations
    assert [note.private for note in notes] == [False, True]
