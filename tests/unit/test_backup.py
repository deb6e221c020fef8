"""Backups rotate, restore checks before it replaces, and a damaged user.db has a way back."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from briefing import paths
from briefing.core.errors import BadInput, Integrity, NotFound, StoreError
from briefing.notes import backup
from briefing.notes.store import open_store


def _profile_with_notes(profile: Path, notes: list[str]) -> None:
    with open_store(profile, author="a") as store:
        for note in notes:
            store.add_annotation("act-1", note)


def _notes(profile: Path) -> list[str]:
    with open_store(profile, auto_backup=False) as store:
        return [a.note for a in store.annotations()]


def test_manual_backup_is_a_sound_single_file(tmp_path: Path) -> None:
    profile = tmp_path / "p"
    _profile_with_notes(profile, ["yksi", "kaksi"])
    out = backup.take_backup(paths.user_db(profile), paths.backups_dir(profile), "manual")
    assert out.parent == paths.backups_dir(profile)
    assert backup.check_file(out) >= 1
    assert not Path(f"{out}-wal").exists()
    conn = sqlite3.connect(out)
    assert [r[0] for r in conn.execute("SELECT note FROM annotations ORDER BY seq")] == [
        "yksi",
        "kaksi",
    ]
    conn.close()


def test_backups_rotate_to_a_bounded_number(tmp_path: Path) -> None:
    profile = tmp_path / "p"
    _profile_with_notes(profile, ["x"])
    for _ in range(5):
        backup.take_backup(paths.user_db(profile), paths.backups_dir(profile), keep=3)
    assert len(backup.list_backups(paths.backups_dir(profile))) == 3


def test_daily_backup_at_most_once_a_day(tmp_path: Path) -> None:
    profile = tmp_path / "p"
    _profile_with_notes(profile, ["x"])  # creates the db: nothing to back up yet
    assert backup.list_backups(paths.backups_dir(profile)) == []
    _profile_with_notes(profile, ["y"])  # next session: a daily backup
    _profile_with_notes(profile, ["z"])  # same day: none
    taken = backup.list_backups(paths.backups_dir(profile))
    assert [b.reason for b in taken] == ["daily"]
    assert not backup.due(paths.backups_dir(profile))
    assert backup.due(paths.backups_dir(profile), datetime.now(UTC) + timedelta(days=1, hours=1))


def test_restore_replaces_after_keeping_the_current_db(tmp_path: Path) -> None:
    profile = tmp_path / "p"
    _profile_with_notes(profile, ["old"])
    db = paths.user_db(profile)
    saved = backup.take_backup(db, tmp_path / "elsewhere", dest=tmp_path / "s.db")
    _profile_with_notes(profile, ["new"])
    result = backup.restore(saved, paths.user_db(profile), paths.backups_dir(profile))
    assert _notes(profile) == ["old"]
    assert result.previous_backup is not None
    assert result.previous_backup.name.endswith("-pre-restore.db")
    conn = sqlite3.connect(result.previous_backup)
    assert conn.execute("SELECT count(*) FROM annotations").fetchone()[0] == 2
    conn.close()


@pytest.mark.parametrize(
    ("content", "error"),
    [
        (b"hello, not a database at all" * 10, Integrity),
        (None, Integrity),  # a sqlite file that is not ours
    ],
)
def test_restore_refuses_a_wrong_file_and_changes_nothing(
    tmp_path: Path, content: bytes | None, error: type[Exception]
) -> None:
    profile = tmp_path / "p"
    _profile_with_notes(profile, ["keep me"])
    bad = tmp_path / "bad.db"
    if content is None:
        conn = sqlite3.connect(bad)
        conn.execute("CREATE TABLE t (x)")
        conn.commit()
        conn.close()
    else:
        bad.write_bytes(content)
    before = backup.list_backups(paths.backups_dir(profile))
    with pytest.raises(error):
        backup.restore(bad, paths.user_db(profile), paths.backups_dir(profile))
    assert _notes(profile) == ["keep me"]
    assert backup.list_backups(paths.backups_dir(profile)) == before
    with pytest.raises(NotFound):
        backup.restore(tmp_path / "missing.db", paths.user_db(profile), paths.backups_dir(profile))
    with pytest.raises(BadInput):
        backup.restore(tmp_path, paths.user_db(profile), paths.backups_dir(profile))
    assert not list(profile.glob(".restore-*"))


def _damage(db: Path) -> None:
    # Overwrite the pages after the header: the file stays a "sqlite file", but broken.
    data = bytearray(db.read_bytes())
    for i in range(100, len(data)):
        data[i] = 0x5A
    db.write_bytes(bytes(data))


def test_damaged_db_names_the_newest_good_backup_and_restore_brings_notes_back(
    tmp_path: Path,
) -> None:
    profile = tmp_path / "p"
    _profile_with_notes(profile, ["tärkeä muistiinpano"])
    good = backup.take_backup(paths.user_db(profile), paths.backups_dir(profile), "manual")
    db = paths.user_db(profile)
    for suffix in ("-wal", "-shm"):
        Path(f"{db}{suffix}").unlink(missing_ok=True)
    _damage(db)
    damaged = db.read_bytes()

    with pytest.raises(StoreError) as caught:
        open_store(profile)
    message = str(caught.value)
    assert str(good) in message and "briefing restore" in message
    assert db.read_bytes() == damaged  # never overwritten

    result = backup.restore(good, db, paths.backups_dir(profile))
    assert result.set_aside is not None and result.set_aside.read_bytes() == damaged
    assert _notes(profile) == ["tärkeä muistiinpano"]


def test_damaged_db_without_backup_says_so(tmp_path: Path) -> None:
    profile = tmp_path / "p"
    _profile_with_notes(profile, ["x"])
    db = paths.user_db(profile)
    for suffix in ("-wal", "-shm"):
        Path(f"{db}{suffix}").unlink(missing_ok=True)
    db.write_bytes(b"garbage" * 1000)
    with pytest.raises(StoreError, match="no good backup"):
        open_store(profile)
    assert db.read_bytes() == b"garbage" * 1000


def test_newer_schema_is_refused(tmp_path: Path) -> None:
    profile = tmp_path / "p"
    _profile_with_notes(profile, ["x"])
    conn = sqlite3.connect(paths.user_db(profile))
    conn.execute(
        "INSERT INTO _sqlite_migrations (migration_set, name, applied_at) "
        "VALUES ('briefing-user', '9999_from_the_future', 'now')"
    )
    conn.commit()
    conn.close()
    with pytest.raises(StoreError, match="newer Briefing"):
        open_store(profile)
    out = backup.take_backup(paths.user_db(profile), tmp_path / "b", "manual")
    with pytest.raises(Integrity, match="newer Briefing"):
        backup.check_file(out)


def test_a_foreign_sqlite_file_as_user_db_is_left_untouched(tmp_path: Path) -> None:
    profile = tmp_path / "p"
    profile.mkdir()
    db = paths.user_db(profile)
    conn = sqlite3.connect(db)
    conn.execute("CREATE TABLE annotations (x)")
    conn.commit()
    conn.close()
    before = db.read_bytes()
    with pytest.raises(StoreError, match="not a Briefing user database"):
        open_store(profile)
    assert db.read_bytes() == before


def test_stale_temp_files_of_killed_backups_are_cleaned(tmp_path: Path) -> None:
    import os
    import time

    profile = tmp_path / "p"
    _profile_with_notes(profile, ["x"])
    folder = paths.backups_dir(profile)
    folder.mkdir(exist_ok=True)
    stale = folder / ".user-20200101T000000000000Z-daily.db.dead.tmp"
    fresh = folder / ".user-20200101T000000000000Z-daily.db.live.tmp"
    for temp in (stale, fresh):
        temp.write_bytes(b"partial")
    old = time.time() - 7200
    os.utime(stale, (old, old))
    backup.take_backup(paths.user_db(profile), folder)
    assert not stale.exists() and fresh.exists()  # a young one may be a backup in progress
