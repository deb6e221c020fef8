"""Notes made on an imported official text stay anchored in the official text."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefing import paths
from briefing.library import official
from briefing.library.build import build_content
from briefing.library.store import LibraryStore
from briefing.notes.reanchor import accept_current, ensure_anchored, library_texts
from briefing.notes.reanchor import official_version as official_version_of
from briefing.notes.store import NotesStore, open_store
from briefing.notes.targets import annotate

FINLEX = Path(__file__).resolve().parents[1] / "data" / "finlex"
SECTION = "act-681-2023/s-1"
SUMMARY = """---
title: Laki kotoutumisen edistämisestä (681/2023)
summary: Kotoutumislaki.
source: https://finlex.fi/fi/lainsaadanto/2023/681
checked: 2026-11-29
act: 681/2023
given: 2023-04-14
in_force: 2025-01-01
status: in-force
---

Kotoutumislaki tuli voimaan 1.1.2025.

## 1 § Soveltamisala {#sec_1}

{body}
"""


def _content(where: Path, body: str) -> Path:
    src = where / "src" / "legislation"
    src.mkdir(parents=True, exist_ok=True)
    (src / "act-681-2023.fi.md").write_text(SUMMARY.replace("{body}", body), encoding="utf-8")
    out = where / "content.db"
    build_content(where / "src", out)
    return out


def _import(
    profile: Path, tmp_path: Path, first_section: str = "Pysyvä ensimmäinen pykälä."
) -> None:
    """The Finlex test file, renumbered as the act our summary covers, imported."""
    text = (FINLEX / "consolidated.xml").read_text(encoding="utf-8")
    text = text.replace("/2029/77", "/2023/681").replace('"77"', '"681"')
    text = text.replace("77/2029", "681/2023").replace("Pysyvä ensimmäinen pykälä.", first_section)
    xml = tmp_path / "681-2023.xml"
    xml.write_text(text, encoding="utf-8")
    summary = official.import_finlex(profile, [xml])
    assert [a.id for a in summary.imported] == ["act-681-2023"]


def _sync(store: NotesStore, content: Path, profile: Path) -> object:
    """What the CLI and the window do when they open: re-anchor if either text changed."""
    library = LibraryStore(content, paths.official_db(profile))
    try:
        version = official_version_of(paths.official_db(profile))
        return ensure_anchored(store, library, official=version)
    finally:
        library.close()


@pytest.fixture
def profile(tmp_path: Path) -> Path:
    out = tmp_path / "profile"
    out.mkdir()
    return out


def _official_note(store: NotesStore, content: Path, profile: Path) -> str:
    library = LibraryStore(content, paths.official_db(profile))
    try:
        note = annotate(
            store, library, SECTION, "Pysyvyys", quote="ensimmäinen pykälä", official=True
        )
    finally:
        library.close()
    assert note.official is True and note.selector is not None
    assert note.selector.prefix.endswith("Pysyvä ")  # the official wording, not ours
    return note.id


def test_a_note_on_the_official_text_survives_a_new_bundled_library(
    tmp_path: Path, profile: Path
) -> None:
    content = _content(tmp_path / "v1", "Lain ensimmäinen pykälä koskee soveltamisalaa.")
    _import(profile, tmp_path)
    with open_store(profile, auto_backup=False) as store:
        note_id = _official_note(store, content, profile)
        assert _sync(store, content, profile) is not None
        assert store.annotation(note_id).status == "ok"
        # Our summary of the same section is rewritten: the note is not on it.
        newer = _content(tmp_path / "v2", "Pykälä 1 rajaa lain soveltamisalan uudelleen.")
        report = _sync(store, newer, profile)
        assert report is not None  # the bundled library changed: the notes were checked
        after = store.annotation(note_id)
        assert (after.status, after.status_reason, after.official) == ("ok", "", True)
        assert _sync(store, newer, profile) is None  # nothing changed since


def test_a_change_in_the_official_text_marks_the_note_changed(
    tmp_path: Path, profile: Path
) -> None:
    content = _content(tmp_path / "v1", "Lain ensimmäinen pykälä koskee soveltamisalaa.")
    _import(profile, tmp_path)
    with open_store(profile, auto_backup=False) as store:
        note_id = _official_note(store, content, profile)
        _sync(store, content, profile)
        # Imported again with a new wording; the bundled library is the same one.
        _import(profile, tmp_path, "Muutettu ja pysyvä ensimmäinen pykälä.")
        assert _sync(store, content, profile) is not None
        after = store.annotation(note_id)
        assert (after.status, after.official) == ("changed", True)
        assert after.status_reason in ("quote-moved", "text-changed")
        assert after.selector is not None and after.selector.prefix.endswith("pysyvä ")


def test_removing_the_import_falls_back_to_our_summary_and_says_so(
    tmp_path: Path, profile: Path
) -> None:
    content = _content(tmp_path / "v1", "Lain ensimmäinen pykälä koskee soveltamisalaa.")
    _import(profile, tmp_path)
    with open_store(profile, auto_backup=False) as store:
        note_id = _official_note(store, content, profile)
        _sync(store, content, profile)
        official.remove(profile, "681/2023")
        assert _sync(store, content, profile) is not None
        after = store.annotation(note_id)
        assert (after.status, after.status_reason) == ("changed", "official-text-removed")
        assert after.official is True  # still made on the official text
        assert after.selector is not None and after.selector.prefix.endswith("Lain ")

        # Imported again: the note is back on the text it was made on, untouched.
        _import(profile, tmp_path)
        _sync(store, content, profile)
        back = store.annotation(note_id)
        assert (back.status, back.status_reason, back.official) == ("ok", "", True)

        # Removed for good, and the person accepts the summary as the note's text now.
        official.remove(profile, "681/2023")
        _sync(store, content, profile)
        library = LibraryStore(content, paths.official_db(profile))
        try:
            accepted = accept_current(store, note_id, library_texts(library))
        finally:
            library.close()
        assert (accepted.status, accepted.official) == ("ok", False)
        assert _sync(store, content, profile) is None


def test_without_official_a_note_is_on_our_summary_unless_the_act_has_no_summary(
    tmp_path: Path, profile: Path
) -> None:
    content = _content(tmp_path / "v1", "Lain ensimmäinen pykälä koskee soveltamisalaa.")
    _import(profile, tmp_path)
    text = (FINLEX / "consolidated.xml").read_text(encoding="utf-8")  # act 77/2029: no summary
    (tmp_path / "77.xml").write_text(text, encoding="utf-8")
    official.import_finlex(profile, [tmp_path / "77.xml"])
    library = LibraryStore(content, paths.official_db(profile))
    with open_store(profile, auto_backup=False) as store:
        try:
            ours = annotate(store, library, SECTION, "Meidän", quote="ensimmäinen pykälä")
            only = annotate(store, library, "act-77-2029/s-1", "Vain virallinen")
        finally:
            library.close()
        assert (ours.official, only.official) == (False, True)
        assert ours.selector is not None and ours.selector.prefix.endswith("Lain ")
        _sync(store, content, profile)
        assert [store.annotation(i).status for i in (ours.id, only.id)] == ["ok", "ok"]


def test_a_note_recorded_before_notes_said_which_text_finds_its_text_by_hash(
    tmp_path: Path, profile: Path
) -> None:
    from dataclasses import replace

    content = _content(tmp_path / "v1", "Lain ensimmäinen pykälä koskee soveltamisalaa.")
    _import(profile, tmp_path)
    with open_store(profile, auto_backup=False) as store:
        note_id = _official_note(store, content, profile)
        made = store.annotation(note_id)
        # As a user.db of schema 3 has it: the window annotated the official text shown.
        store.purge_annotation(store.delete_annotation(note_id).id)
        store.insert_annotation(replace(made, official=False))
        _sync(store, content, profile)
        after = store.annotation(note_id)
        assert (after.status, after.status_reason, after.official) == ("ok", "", True)


def test_a_pack_prints_the_text_its_chosen_notes_were_made_on(
    tmp_path: Path, profile: Path
) -> None:
    from briefing.notes.packing import resolve_pack

    content = _content(tmp_path / "v1", "Lain ensimmäinen pykälä koskee soveltamisalaa.")
    _import(profile, tmp_path)
    with open_store(profile, auto_backup=False) as store:
        on_official = _official_note(store, content, profile)
        library = LibraryStore(content, paths.official_db(profile))
        try:
            ours = annotate(store, library, SECTION, "Meidän", quote="soveltamisalaa")
            brf = store.new_briefing("KH")
            store.add_entry(brf.id, "act-681-2023", section_id=SECTION,
                            annotation_ids=[on_official])  # fmt: skip
            store.add_entry(brf.id, "act-681-2023", section_id=SECTION, annotation_ids=[ours.id])
            first, second = resolve_pack(store, library, brf.id, full_text=True).entries
        finally:
            library.close()
        assert (first.official, second.official) == (True, False)
        assert "Pysyvä ensimmäinen pykälä." in first.text
        assert "Lain ensimmäinen pykälä koskee soveltamisalaa." in second.text

        official.remove(profile, "681/2023")
        _sync(store, content, profile)
        library = LibraryStore(content, paths.official_db(profile))
        try:
            after = resolve_pack(store, library, brf.id, full_text=True).entries[0]
        finally:
            library.close()
        assert not after.official and "Lain ensimmäinen pykälä" in after.text
