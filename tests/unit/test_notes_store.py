"""The notes store: annotations and briefings as a person uses them."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefing.core.errors import BadInput, NotFound
from briefing.core.models import Meeting, Selector
from briefing.notes.store import NotesStore, open_store


@pytest.fixture
def store(tmp_path: Path) -> NotesStore:
    s = open_store(tmp_path / "profile", author="Aino")
    yield s
    s.close()


def test_annotation_survives_reopening(tmp_path: Path) -> None:
    profile = tmp_path / "profile"
    with open_store(profile, author="Aino") as s:
        ann = s.add_annotation(
            "act-681-2023",
            "Tarkista **määräaika**",
            section_id="act-681-2023/s-13",
            lang="fi",
            selector=Selector("kotoutumisohjelma", "on laadittava ", " joka", 10, 27),
            text_hash="abc",
            color="yellow",
            tag="kunta",
            private=True,
        )
    with open_store(profile) as s:
        again = s.annotation(ann.id)
    assert again == ann
    assert again.author == "Aino" and again.private and again.created is not None
    assert ann.id.startswith("ann-")


def test_edit_changes_note_and_updated_time(store: NotesStore) -> None:
    ann = store.add_annotation("news-1", "first")
    edited = store.edit_annotation(ann.id, note="second", private=True, tag="t")
    assert (edited.note, edited.private, edited.tag) == ("second", True, "t")
    assert edited.updated is not None and ann.updated is not None
    assert edited.updated >= ann.updated and edited.created == ann.created


def test_delete_goes_to_trash_and_restore_undoes_it(store: NotesStore) -> None:
    keep = store.add_annotation("act-1", "keep")
    gone = store.add_annotation("act-1", "gone")
    store.delete_annotation(gone.id)
    assert [a.id for a in store.annotations("act-1")] == [keep.id]
    assert [a.id for a in store.annotations(trash=True)] == [gone.id]
    assert store.search_annotations("gone") == []
    store.restore_annotation(gone.id)
    assert [a.id for a in store.annotations("act-1")] == [keep.id, gone.id]
    assert store.annotations(trash=True) == []


def test_purge_only_from_trash(store: NotesStore) -> None:
    ann = store.add_annotation("act-1", "x")
    with pytest.raises(BadInput):
        store.purge_annotation(ann.id)
    store.delete_annotation(ann.id)
    store.purge_annotation(ann.id)
    with pytest.raises(NotFound):
        store.annotation(ann.id)


def test_list_by_item_and_section_and_privacy(store: NotesStore) -> None:
    a = store.add_annotation("act-1", "on the act")
    b = store.add_annotation("act-1", "on s-2", section_id="act-1/s-2", private=True)
    store.add_annotation("news-9", "elsewhere")
    assert [x.id for x in store.annotations("act-1")] == [a.id, b.id]
    assert [x.id for x in store.annotations("act-1", section_id="act-1/s-2")] == [b.id]
    assert [x.id for x in store.annotations("act-1", include_private=False)] == [a.id]
    assert len(store.annotations()) == 3


def test_search_in_notes_finds_words_and_prefixes(store: NotesStore) -> None:
    hit = store.add_annotation("act-1", "Kotoutumisohjelma hyväksytään valtuustossa")
    tagged = store.add_annotation("act-2", "muuta", tag="budjetti")
    store.add_annotation("act-3", "ei liity")
    assert [a.id for a in store.search_annotations("kotoutumis")] == [hit.id]
    assert [a.id for a in store.search_annotations("budjetti")] == [tagged.id]
    assert store.search_annotations('"; DROP TABLE annotations; --') == []
    store.edit_annotation(hit.id, note="toinen sisältö")
    assert store.search_annotations("kotoutumis") == []
    assert [a.id for a in store.search_annotations("sisältö")] == [hit.id]


def test_unknown_ids_are_not_found(store: NotesStore) -> None:
    with pytest.raises(NotFound):
        store.edit_annotation("ann-nope", note="x")
    with pytest.raises(NotFound):
        store.briefing("brf-nope")
    with pytest.raises(NotFound):
        store.add_entry("brf-nope", "act-1")


def test_briefing_with_meeting_and_ordered_entries(store: NotesStore) -> None:
    from datetime import date

    meeting = Meeting("Kaupunginhallitus", date(2026, 12, 7), "Valtuustosali")
    brf = store.new_briefing("KH 7.12.", meeting=meeting, memo="Kansi", lang="fi")
    note = store.add_annotation("act-681-2023", "tärkeä")
    first = store.add_entry(brf.id, "act-681-2023", section_id="act-681-2023/s-13",
                            memo="velvoite", annotation_ids=[note.id])  # fmt: skip
    second = store.add_entry(brf.id, "news-2020")
    third = store.add_entry(brf.id, "priority-partnerships", position=0)
    got = store.briefing(brf.id)
    assert [e.id for e in got.entries] == [third.id, first.id, second.id]
    assert [e.position for e in got.entries] == [0, 1, 2]
    assert got.entries[1].annotation_ids == (note.id,)
    assert got.meeting == meeting and got.author == "Aino" and got.status == "draft"

    store.move_entry(second.id, 0)
    assert [e.id for e in store.briefing(brf.id).entries] == [second.id, third.id, first.id]
    store.move_entry(second.id, 99)
    assert [e.id for e in store.briefing(brf.id).entries] == [third.id, first.id, second.id]

    removed = store.remove_entry(first.id)
    assert [e.position for e in store.briefing(brf.id).entries] == [0, 1]
    store.add_entry(brf.id, removed.item_id, section_id=removed.section_id, memo=removed.memo,
                    annotation_ids=removed.annotation_ids, position=removed.position,
                    entry_id=removed.id)  # fmt: skip
    assert store.briefing(brf.id).entries[1] == removed


def test_update_briefing_and_entry(store: NotesStore) -> None:
    brf = store.new_briefing("draft title")
    note = store.add_annotation("act-1", "n")
    entry = store.add_entry(brf.id, "act-1")
    store.update_entry(entry.id, excerpt="ote", annotation_ids=[note.id])
    updated = store.update_briefing(brf.id, title="Final", status="final", memo="m")
    assert (updated.title, updated.status, updated.memo) == ("Final", "final", "m")
    assert updated.entries[0].excerpt == "ote"
    assert updated.entries[0].annotation_ids == (note.id,)
    with pytest.raises(BadInput):
        store.update_briefing(brf.id, status="published")
    with pytest.raises(NotFound):
        store.update_entry(entry.id, annotation_ids=["ann-missing"])
    assert store.entry(entry.id).annotation_ids == (note.id,)


def test_duplicate_and_delete_with_undo(store: NotesStore) -> None:
    brf = store.new_briefing("Original", meeting=Meeting("Lautakunta"))
    store.add_entry(brf.id, "act-1", memo="a")
    store.add_entry(brf.id, "act-2", memo="b")
    copy = store.duplicate_briefing(brf.id, "Kopio")
    assert copy.id != brf.id and copy.title == "Kopio"
    assert [(e.item_id, e.memo) for e in copy.entries] == [("act-1", "a"), ("act-2", "b")]
    assert not {e.id for e in copy.entries} & {e.id for e in store.briefing(brf.id).entries}

    store.delete_briefing(brf.id)
    assert [b.id for b in store.briefings()] == [copy.id]
    assert [b.id for b in store.briefings(trash=True)] == [brf.id]
    store.restore_briefing(brf.id)
    assert {b.id for b in store.briefings()} == {brf.id, copy.id}
    assert len(store.briefing(brf.id).entries) == 2


def test_bad_input_is_refused(store: NotesStore) -> None:
    with pytest.raises(BadInput):
        store.new_briefing("  ")
    with pytest.raises(BadInput):
        store.add_annotation("", "x")


def test_empty_trash_deletes_only_what_was_trashed(store: NotesStore) -> None:
    from datetime import timedelta

    live = store.add_annotation("act-1", "live")
    trashed = store.add_annotation("act-1", "trashed")
    brf = store.new_briefing("old pack")
    store.add_entry(brf.id, "act-1", annotation_ids=[trashed.id])
    keep = store.new_briefing("keep")
    store.add_entry(keep.id, "act-1", annotation_ids=[live.id, trashed.id])
    store.delete_annotation(trashed.id)
    store.delete_briefing(brf.id)
    assert store.empty_trash(older_than=timedelta(days=30)) == 0
    assert store.empty_trash() == 2
    assert [a.id for a in store.annotations()] == [live.id]
    assert store.annotations(trash=True) == [] and store.briefings(trash=True) == []
    assert store.briefing(keep.id).entries[0].annotation_ids == (live.id,)
    with pytest.raises(BadInput):
        store.purge_briefing(keep.id)


def test_changed_elsewhere_tells_the_window_to_refresh(tmp_path: Path) -> None:
    profile = tmp_path / "profile"
    with open_store(profile, author="window") as window:
        window.add_annotation("act-1", "own write")
        assert not window.changed_elsewhere()  # its own writes are already shown
        with open_store(profile, author="cli") as cli:
            cli.add_annotation("act-1", "from the command line")
        assert window.changed_elsewhere()
        assert not window.changed_elsewhere()
        assert [a.note for a in window.annotations()][-1] == "from the command line"
