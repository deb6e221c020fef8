"""Briefing files between profiles, and annotations as W3C Web Annotation JSON."""

from __future__ import annotations

import hashlib
import json
from datetime import date
from pathlib import Path

import pytest

from briefing.core.errors import BadInput, Integrity
from briefing.core.models import Meeting, Selector
from briefing.notes.exchange import export_briefing, export_web_annotations, import_briefing
from briefing.notes.store import NotesStore, open_store


@pytest.fixture
def alice(tmp_path: Path) -> NotesStore:
    s = open_store(tmp_path / "alice", author="Alice")
    yield s
    s.close()


@pytest.fixture
def bob(tmp_path: Path) -> NotesStore:
    s = open_store(tmp_path / "bob", author="Bob")
    yield s
    s.close()


def _pack(store: NotesStore):  # type: ignore[no-untyped-def]
    shared = store.add_annotation(
        "act-681-2023", "Jaettu huomio", section_id="act-681-2023/s-13", lang="fi",
        selector=Selector("kotoutumisohjelma", "laadittava ", ".", 12, 29), tag="kunta",
    )  # fmt: skip
    private = store.add_annotation("act-681-2023", "Oma muistiinpano", private=True)
    other = store.add_annotation("news-2020", "Uutisesta")
    brf = store.new_briefing(
        "KH 7.12.", meeting=Meeting("Kaupunginhallitus", date(2026, 12, 7), "Sali"), memo="Kansi"
    )
    store.add_entry(brf.id, "act-681-2023", section_id="act-681-2023/s-13",
                    annotation_ids=[shared.id, private.id], memo="velvoite")  # fmt: skip
    store.add_entry(brf.id, "news-2020", excerpt="ote", annotation_ids=[other.id])
    return store.briefing(brf.id), shared, private, other


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_round_trip_keeps_everything_shared_and_nothing_private(
    alice: NotesStore, bob: NotesStore, tmp_path: Path
) -> None:
    brf, shared, private, other = _pack(alice)
    out = tmp_path / "kh.briefing"
    export_briefing(alice, brf.id, out)
    assert "Oma muistiinpano" not in out.read_text(encoding="utf-8")
    assert private.id not in out.read_text(encoding="utf-8")

    report = import_briefing(bob, out)
    assert report.briefing == "added" and report.briefing_id == brf.id
    got = bob.briefing(brf.id)
    assert (got.title, got.meeting, got.memo, got.author) == (
        brf.title, brf.meeting, brf.memo, "Alice",
    )  # fmt: skip
    assert [(e.id, e.item_id, e.section_id, e.excerpt, e.memo) for e in got.entries] == [
        (e.id, e.item_id, e.section_id, e.excerpt, e.memo) for e in brf.entries
    ]
    assert got.entries[0].annotation_ids == (shared.id,)
    assert {a.id for a in bob.annotations()} == {shared.id, other.id}
    assert bob.annotation(shared.id) == shared


def test_private_notes_travel_only_when_asked(
    alice: NotesStore, bob: NotesStore, tmp_path: Path
) -> None:
    brf, shared, private, _other = _pack(alice)
    out = tmp_path / "all.briefing"
    export_briefing(alice, brf.id, out, include_private=True)
    import_briefing(bob, out)
    assert bob.annotation(private.id).private
    assert bob.briefing(brf.id).entries[0].annotation_ids == (shared.id, private.id)


def test_import_twice_adds_nothing(alice: NotesStore, bob: NotesStore, tmp_path: Path) -> None:
    brf, *_ = _pack(alice)
    out = tmp_path / "kh.briefing"
    export_briefing(alice, brf.id, out)
    import_briefing(bob, out)
    again = import_briefing(bob, out)
    assert again.briefing == "unchanged" and not again.added and not again.copied
    assert len(bob.annotations()) == 2 and len(bob.briefings()) == 1


def test_conflict_keeps_both_and_marks_the_copy(
    alice: NotesStore, bob: NotesStore, tmp_path: Path
) -> None:
    brf, shared, _private, _other = _pack(alice)
    out = tmp_path / "kh.briefing"
    export_briefing(alice, brf.id, out)
    import_briefing(bob, out)
    bob.edit_annotation(shared.id, note="Bobin versio")
    bob.update_briefing(brf.id, memo="Bobin kansi")
    report = import_briefing(bob, out)
    assert report.briefing == "copied" and len(report.copied) == 1
    assert bob.annotation(shared.id).note == "Bobin versio"
    copy = bob.annotation(report.copied[0])
    assert (copy.note, copy.copy_of) == ("Jaettu huomio", shared.id)
    brf_copy = bob.briefing(report.briefing_id)
    assert brf_copy.copy_of == brf.id and brf_copy.memo == "Kansi"
    assert brf_copy.entries[0].annotation_ids == (copy.id,)
    assert bob.briefing(brf.id).memo == "Bobin kansi"
    # the same file once more: the copies are recognised, nothing new
    third = import_briefing(bob, out)
    assert third.briefing == "unchanged" and not third.copied
    assert len(bob.briefings()) == 2 and len(bob.annotations()) == 3


@pytest.mark.parametrize(
    ("content", "error"),
    [
        (b"\x00\x01 not json", BadInput),
        (b"[1, 2, 3]", BadInput),
        (json.dumps({"format": "other", "version": 1}).encode(), BadInput),
        (json.dumps({"format": "briefing-file", "version": 99}).encode(), Integrity),
        (json.dumps({"format": "briefing-file", "version": 1, "briefing": {"id": "b"}}).encode(),
         BadInput),
    ],
)  # fmt: skip
def test_bad_files_are_refused_with_no_change(
    bob: NotesStore, tmp_path: Path, content: bytes, error: type[Exception]
) -> None:
    bob.add_annotation("act-1", "existing")
    path = tmp_path / "bad.briefing"
    path.write_bytes(content)
    before = _digest(bob.path)
    with pytest.raises(error):
        import_briefing(bob, path)
    assert len(bob.annotations()) == 1 and bob.briefings() == []
    assert _digest(bob.path) == before


def test_a_bad_note_late_in_the_file_changes_nothing(
    alice: NotesStore, bob: NotesStore, tmp_path: Path
) -> None:
    brf, *_ = _pack(alice)
    out = tmp_path / "kh.briefing"
    export_briefing(alice, brf.id, out)
    doc = json.loads(out.read_text(encoding="utf-8"))
    doc["annotations"][-1]["private"] = "yes"
    out.write_text(json.dumps(doc), encoding="utf-8")
    with pytest.raises(BadInput, match=r"annotations\[1\]\.private"):
        import_briefing(bob, out)
    assert bob.annotations() == [] and bob.briefings() == []


def test_web_annotation_export(alice: NotesStore, tmp_path: Path) -> None:
    _brf, shared, _private, other = _pack(alice)
    out = tmp_path / "notes.jsonld"
    export_web_annotations([shared, other], out)
    doc = json.loads(out.read_text(encoding="utf-8"))
    assert doc["@context"] == "http://www.w3.org/ns/anno.jsonld"
    assert doc["type"] == "AnnotationCollection" and doc["total"] == 2
    first = doc["first"]["items"][0]
    assert first["type"] == "Annotation" and first["id"].endswith(shared.id)
    assert first["target"]["source"] == "item:act-681-2023/s-13"
    quote, position = first["target"]["selector"]
    assert quote == {"type": "TextQuoteSelector", "exact": "kotoutumisohjelma",
                     "prefix": "laadittava ", "suffix": "."}  # fmt: skip
    assert position == {"type": "TextPositionSelector", "start": 12, "end": 29}
    bodies = first["body"]
    assert bodies[0]["value"] == "Jaettu huomio" and bodies[1]["purpose"] == "tagging"
    assert first["creator"]["name"] == "Alice"
    second = doc["first"]["items"][1]
    assert "selector" not in second["target"] and second["body"]["value"] == "Uutisesta"


def test_importing_a_trashed_briefing_again_brings_it_back(
    alice: NotesStore, bob: NotesStore, tmp_path: Path
) -> None:
    brf, *_ = _pack(alice)
    out = tmp_path / "kh.briefing"
    export_briefing(alice, brf.id, out)
    import_briefing(bob, out)
    bob.delete_briefing(brf.id)
    report = import_briefing(bob, out)
    assert report.briefing == "unchanged" and [b.id for b in bob.briefings()] == [brf.id]


def test_a_note_re_anchored_here_is_still_the_same_note(
    alice: NotesStore, bob: NotesStore, tmp_path: Path
) -> None:
    brf, shared, *_ = _pack(alice)
    out = tmp_path / "kh.briefing"
    export_briefing(alice, brf.id, out)
    import_briefing(bob, out)
    # Bob's library differs: his copy of the note sits elsewhere and is marked changed.
    moved = Selector("kotoutumisohjelma", "on laadittava ", " joka", 40, 57)
    bob.set_anchor(shared.id, selector=moved, status="changed", reason="quote-moved")
    again = import_briefing(bob, out)
    assert again.briefing == "unchanged" and not again.copied
    assert bob.annotation(shared.id).selector == moved


def test_which_text_a_note_is_on_travels_in_briefing_files(
    alice: NotesStore, bob: NotesStore, tmp_path: Path
) -> None:
    on_official = alice.add_annotation(
        "act-681-2023", "Virallisesta", section_id="act-681-2023/s-1", lang="fi",
        selector=Selector("ensimmäinen pykälä", "Pysyvä ", ".", 7, 25), official=True,
    )  # fmt: skip
    on_ours = alice.add_annotation("act-681-2023", "Tiivistelmästä", section_id="act-681-2023/s-1")
    brf = alice.new_briefing("Lautakunta")
    alice.add_entry(brf.id, "act-681-2023", section_id="act-681-2023/s-1",
                    annotation_ids=[on_official.id, on_ours.id])  # fmt: skip
    out = tmp_path / "b.briefing"
    export_briefing(alice, brf.id, out)
    written = {a["id"]: a for a in json.loads(out.read_text(encoding="utf-8"))["annotations"]}
    assert (written[on_official.id]["official"], written[on_ours.id]["official"]) == (True, False)

    import_briefing(bob, out)
    assert bob.annotation(on_official.id).official is True
    assert bob.annotation(on_ours.id).official is False
    again = import_briefing(bob, out)
    assert again.briefing == "unchanged" and not again.copied


def test_a_file_from_before_the_flag_puts_its_notes_on_our_summary(
    alice: NotesStore, bob: NotesStore, tmp_path: Path
) -> None:
    note = alice.add_annotation("act-681-2023", "Vanha", section_id="act-681-2023/s-13")
    brf = alice.new_briefing("Vanha tiedosto")
    alice.add_entry(brf.id, "act-681-2023", annotation_ids=[note.id])
    out = tmp_path / "old.briefing"
    export_briefing(alice, brf.id, out)
    doc = json.loads(out.read_text(encoding="utf-8"))
    for ann in doc["annotations"]:
        del ann["official"]  # as a Briefing of before the flag wrote it
    assert doc["version"] == 1  # an optional field: the format version stays
    out.write_text(json.dumps(doc), encoding="utf-8")
    import_briefing(bob, out)
    assert bob.annotation(note.id).official is False


def test_web_annotation_of_a_note_on_the_official_text_names_that_text(
    alice: NotesStore, tmp_path: Path
) -> None:
    eli = "http://data.finlex.fi/eli/sd/2023/681/ajantasa/2030-06-01/fin"
    official = alice.add_annotation("act-681-2023", "Virallinen", section_id="act-681-2023/s-1",
                                    official=True)  # fmt: skip
    ours = alice.add_annotation("act-681-2023", "Oma", section_id="act-681-2023/s-1")
    out = tmp_path / "w3c.json"
    doc = export_web_annotations([official, ours], out, {"act-681-2023": eli})
    targets = [a["target"] for a in doc["first"]["items"]]
    assert targets[0] == {"source": eli, "briefing:official": True}
    assert targets[1] == {"source": "item:act-681-2023/s-1"}
    unknown = export_web_annotations([official], out)  # the import is gone: still says which
    assert unknown["first"]["items"][0]["target"]["source"] == "official:act-681-2023/s-1"


def test_an_entry_on_the_official_text_stays_official_in_briefing_files(
    alice: NotesStore, bob: NotesStore, tmp_path: Path
) -> None:
    brf = alice.new_briefing("Lautakunta")
    chosen = alice.add_entry(brf.id, "act-681-2023", section_id="act-681-2023/s-1", official=True)
    ours = alice.add_entry(brf.id, "act-681-2023", section_id="act-681-2023/s-13")
    out = tmp_path / "b.briefing"
    export_briefing(alice, brf.id, out)
    written = json.loads(out.read_text(encoding="utf-8"))["briefing"]["entries"]
    assert [e["official"] for e in written] == [True, False]

    report = import_briefing(bob, out)
    assert report.briefing == "added"
    entries = bob.briefing(report.briefing_id).entries
    assert [(e.id, e.official) for e in entries] == [(chosen.id, True), (ours.id, False)]
    assert import_briefing(bob, out).briefing == "unchanged"

    # Someone else's copy that chose our summary instead is a different briefing.
    doc = json.loads(out.read_text(encoding="utf-8"))
    doc["briefing"]["entries"][0]["official"] = False
    out.write_text(json.dumps(doc), encoding="utf-8")
    copied = import_briefing(bob, out)
    assert copied.briefing == "copied"
    assert [e.official for e in bob.briefing(copied.briefing_id).entries] == [False, False]


def test_an_entry_from_a_file_before_the_entry_flag_prints_our_summary(
    alice: NotesStore, bob: NotesStore, tmp_path: Path
) -> None:
    brf = alice.new_briefing("Vanha tiedosto")
    alice.add_entry(brf.id, "act-681-2023", section_id="act-681-2023/s-13", memo="velvoite")
    out = tmp_path / "old.briefing"
    export_briefing(alice, brf.id, out)
    doc = json.loads(out.read_text(encoding="utf-8"))
    for entry in doc["briefing"]["entries"]:
        del entry["official"]  # as a Briefing of before the flag wrote it
    out.write_text(json.dumps(doc), encoding="utf-8")
    report = import_briefing(bob, out)
    assert report.briefing == "added"
    (entry,) = bob.briefing(report.briefing_id).entries
    assert (entry.section_id, entry.memo) == ("act-681-2023/s-13", "velvoite")
    assert entry.official is False


def test_an_entry_flag_that_is_not_true_or_false_is_refused(
    alice: NotesStore, bob: NotesStore, tmp_path: Path
) -> None:
    brf = alice.new_briefing("Rikki")
    alice.add_entry(brf.id, "act-681-2023", official=True)
    out = tmp_path / "bad.briefing"
    export_briefing(alice, brf.id, out)
    doc = json.loads(out.read_text(encoding="utf-8"))
    doc["briefing"]["entries"][0]["official"] = "yes"
    out.write_text(json.dumps(doc), encoding="utf-8")
    with pytest.raises(BadInput, match=r"entries\[0\]\.official"):
        import_briefing(bob, out)
    assert bob.briefings() == []
