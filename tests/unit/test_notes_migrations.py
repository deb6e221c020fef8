"""Every released user.db schema opens, upgrades to the newest and keeps what people wrote."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest
from sqlite_utils import Database

from briefing import paths
from briefing.notes import backup, migrations
from briefing.notes.store import open_store

FIXTURES = Path(__file__).resolve().parents[1] / "data" / "userdb"


def _fixtures() -> list[Path]:
    return sorted(FIXTURES.glob("v*.db"), key=lambda p: int(p.stem[1:]))


def test_every_schema_has_a_fixture() -> None:
    # Adding a migration means releasing a schema: run make_fixture.py and commit it.
    assert [int(p.stem[1:]) for p in _fixtures()] == list(range(1, len(migrations.names()) + 1))


def _schema(conn: sqlite3.Connection) -> list[tuple[str, str]]:
    rows = conn.execute(
        "SELECT name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite_%' ORDER BY name"
    )
    return [(name, " ".join((sql or "").split())) for name, sql in rows]


@pytest.mark.parametrize("fixture", _fixtures(), ids=lambda p: p.stem)
def test_released_migrations_were_never_edited(fixture: Path) -> None:
    version = int(fixture.stem[1:])
    conn = sqlite3.connect(":memory:", isolation_level=None)
    names = migrations.names()
    stop = names[version] if version < len(names) else None
    migrations.apply(Database(conn, execute_plugins=False), stop_before=stop)
    released = sqlite3.connect(fixture)
    assert _schema(conn) == _schema(released)
    released.close()
    conn.close()


@pytest.mark.parametrize("fixture", _fixtures(), ids=lambda p: p.stem)
def test_fixture_upgrades_and_keeps_notes_and_briefings(tmp_path: Path, fixture: Path) -> None:
    profile = tmp_path / "profile"
    profile.mkdir()
    shutil.copyfile(fixture, paths.user_db(profile))
    old_version = int(fixture.stem[1:])

    with open_store(profile, author="Bob") as store:
        assert migrations.schema_version(store.db) == len(migrations.names())
        note = store.annotation("ann-fixture00001")
        assert note.note == "Kunnan kotoutumisohjelma: tarkista aikataulu"
        assert note.selector is not None and note.selector.exact == "kotoutumisohjelma"
        assert (note.section_id, note.tag, note.author) == ("act-681-2023/s-13", "kunta", "Aino")
        assert [a.id for a in store.annotations(trash=True)] == ["ann-fixture00002"]
        assert [a.id for a in store.search_annotations("aikataulu")] == [note.id]
        brf = store.briefing("brf-fixture00001")
        assert brf.meeting.place == "Valtuustosali" and brf.memo == "Kansilehden muistio"
        assert [e.id for e in brf.entries] == ["ent-fixture00001", "ent-fixture00002"]
        assert brf.entries[0].annotation_ids == ("ann-fixture00001",)
        added = store.add_annotation("act-1", "after the upgrade")
        assert store.annotation(added.id).author == "Bob"
        # Notes from before 0004 were made on our summary: the only text there was.
        assert note.official is False
        on_official = store.add_annotation("act-1", "on the Finlex text", official=True)
        assert store.annotation(on_official.id).official is True
        # Entries from before 0005 printed our summary: they keep doing so, memo and all.
        assert [e.official for e in brf.entries] == [False, False]
        assert (brf.entries[0].section_id, brf.entries[0].memo) == ("act-681-2023/s-13", "velvoite")
        chosen = store.add_entry(brf.id, "act-681-2023", section_id="act-681-2023/s-1",
                                 official=True)  # fmt: skip
        assert store.entry(chosen.id).official is True
        assert [e.official for e in store.briefing(brf.id).entries] == [False, False, True]

    reasons = [b.reason for b in backup.list_backups(paths.backups_dir(profile))]
    if old_version < len(migrations.names()):
        # the database as it was before the migration is kept
        assert "pre-migration" in reasons
        kept = next(b.path for b in backup.list_backups(paths.backups_dir(profile)))
        assert backup.check_file(kept) == old_version
