"""All-or-nothing writes: whole new content or the old file, never half, never a stray temp."""

from __future__ import annotations

import errno
import os
import stat
import threading
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from briefing import atomic
from briefing.core.errors import Cancelled, StoreError


def _temps(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.endswith(".tmp"))


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.fixture
def umask_022() -> Iterator[None]:
    old = os.umask(0o022)
    try:
        yield
    finally:
        os.umask(old)


def test_write_bytes_gives_the_whole_content(tmp_path: Path) -> None:
    target = tmp_path / "a.bin"
    data = os.urandom(3 * 1024 * 1024)
    assert atomic.write_bytes(target, data) == target
    assert target.read_bytes() == data
    assert atomic.write_bytes(target, b"shorter") == target
    assert target.read_bytes() == b"shorter"
    assert _temps(tmp_path) == []


def test_write_text_writes_utf8_with_the_line_ends_given(tmp_path: Path) -> None:
    target = tmp_path / "note.md"
    atomic.write_text(target, "Kotoutuminen ja äidinkieli\nrivi 2\n")
    assert target.read_bytes() == "Kotoutuminen ja äidinkieli\nrivi 2\n".encode()
    atomic.write_text(target, "å", encoding="utf-16")
    assert target.read_text(encoding="utf-16") == "å"


def test_the_temp_file_is_beside_the_target_with_a_recognisable_name(tmp_path: Path) -> None:
    target = tmp_path / "briefing.pdf"
    with atomic.writing(target) as stream:
        stream.write(b"%PDF")
        (name,) = _temps(tmp_path)
        assert name.startswith(".briefing.pdf.")
        assert len(name) == len(".briefing.pdf.12345678.tmp")
        assert not target.exists()  # nobody sees the new file before it is whole
    assert target.read_bytes() == b"%PDF"
    assert _temps(tmp_path) == []


def _fail_midway(api: str, target: Path, failure: BaseException) -> None:
    if api == "writing":
        with atomic.writing(target) as stream:
            stream.write(b"half of a new")
            raise failure
    with atomic.staged(target) as temp:
        temp.write_bytes(b"half of a new")
        raise failure


@pytest.mark.parametrize("api", ["writing", "staged"])
@pytest.mark.parametrize(
    "failure",
    [
        OSError(errno.ENOSPC, "No space left on device"),
        RuntimeError("a bug in the writer"),
        Cancelled("export cancelled"),
        KeyboardInterrupt(),
    ],
    ids=["disk-full", "bug", "cancelled", "ctrl-c"],
)
def test_a_writer_that_fails_midway_leaves_the_old_file(
    tmp_path: Path, api: str, failure: BaseException
) -> None:
    target = tmp_path / "briefing.pdf"
    target.write_bytes(b"earlier export")
    with pytest.raises(type(failure)):
        _fail_midway(api, target, failure)
    assert target.read_bytes() == b"earlier export"
    assert _temps(tmp_path) == []


def test_a_staged_file_takes_the_name_when_its_writer_is_done(tmp_path: Path) -> None:
    import sqlite3

    target = tmp_path / "content.db"
    target.write_bytes(b"old library")
    with atomic.staged(target) as temp:
        conn = sqlite3.connect(temp)
        conn.execute("CREATE TABLE t (x)")
        conn.commit()
        conn.close()
    conn = sqlite3.connect(target)
    assert conn.execute("SELECT name FROM sqlite_master").fetchall() == [("t",)]
    conn.close()
    assert _temps(tmp_path) == []


def test_a_temp_filled_by_hand_is_replaced_in_one_step(tmp_path: Path) -> None:
    target = tmp_path / "content.db"
    target.write_bytes(b"installed")
    temp = atomic.new_temp(target)
    assert temp.parent == tmp_path and temp.read_bytes() == b""
    temp.write_bytes(b"from the bundle")
    atomic.replace(temp, target)
    assert target.read_bytes() == b"from the bundle"
    assert _temps(tmp_path) == []


def test_a_read_only_file_can_take_a_name(tmp_path: Path) -> None:
    # bundle install keeps the old content.db as .previous through a hard link to it
    current = tmp_path / "content.db"
    current.write_bytes(b"installed")
    current.chmod(0o444)
    link = atomic.new_temp(tmp_path / "content.db.previous")
    link.unlink()
    os.link(current, link)
    atomic.replace(link, tmp_path / "content.db.previous")
    assert (tmp_path / "content.db.previous").read_bytes() == b"installed"


def test_data_is_synced_before_the_rename_and_the_folder_after(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    events: list[str] = []
    real_fsync, real_replace = os.fsync, os.replace

    def fsync(fd: int) -> None:
        events.append("folder" if stat.S_ISDIR(os.fstat(fd).st_mode) else "file")
        real_fsync(fd)

    def replace(src: str, dst: str) -> None:
        events.append("rename")
        real_replace(src, dst)

    monkeypatch.setattr(atomic.os, "fsync", fsync)
    monkeypatch.setattr(atomic.os, "replace", replace)
    atomic.write_bytes(tmp_path / "a", b"x")
    assert events == ["file", "rename", "folder"]
    events.clear()
    with atomic.staged(tmp_path / "b") as temp:
        temp.write_bytes(b"y")
    assert events == ["file", "rename", "folder"]


def test_a_new_file_gets_the_usual_mode_and_a_replaced_one_keeps_its_own(
    tmp_path: Path, umask_022: None
) -> None:
    fresh = atomic.write_bytes(tmp_path / "new.pdf", b"x")
    assert _mode(fresh) == 0o644  # an ordinary document, not private like mkstemp's
    shared = tmp_path / "shared.pdf"
    shared.write_bytes(b"old")
    shared.chmod(0o664)
    atomic.write_bytes(shared, b"new")
    assert _mode(shared) == 0o664
    private = atomic.write_text(tmp_path / "settings.ini", "[briefing]\n", mode=0o600)
    assert _mode(private) == 0o600


@pytest.mark.parametrize("name", ["x" * 250 + ".md", "ä" * 125 + ".md"])
def test_a_long_name_still_gets_a_temp_file(tmp_path: Path, name: str) -> None:
    target = tmp_path / name
    atomic.write_text(target, "ok")
    assert target.read_text() == "ok"


def test_fsync_dir_is_quiet_where_a_folder_cannot_be_synced(tmp_path: Path) -> None:
    atomic.fsync_dir(tmp_path / "missing")  # no error: nothing to sync is not a failure


# --- a folder that refuses new files ------------------------------------------------


@pytest.fixture
def refusing_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """A folder where no file can be made; as root (who ignores modes) the refusal is faked."""
    folder = tmp_path / "locked"
    folder.mkdir()
    if os.geteuid() != 0:
        folder.chmod(0o500)
        yield folder
        folder.chmod(0o700)
        return
    real_open = os.open

    def refuse(path: str | os.PathLike[str], flags: int, *args: int) -> int:
        if flags & os.O_CREAT and Path(path).parent == folder:
            raise PermissionError(errno.EACCES, "Permission denied", str(path))
        return real_open(path, flags, *args)

    monkeypatch.setattr(atomic.os, "open", refuse)
    yield folder


def test_a_refusing_folder_is_named_in_the_error(refusing_folder: Path) -> None:
    with pytest.raises(PermissionError) as caught:
        atomic.write_bytes(refusing_folder / "a.pdf", b"x")
    assert caught.value.filename == str(refusing_folder)
    assert caught.value.errno == errno.EACCES


def _save_settings(folder: Path) -> None:
    from briefing.settings import save_user_settings

    save_user_settings(folder, {"author": "Aino"})


def _export_notes(folder: Path) -> None:
    from briefing.notes.exchange import export_web_annotations

    export_web_annotations([], folder / "notes.jsonld")


def _write_source(folder: Path) -> None:
    from briefing.library.importers.saved import write_text_atomic

    write_text_atomic(folder / "page.fi.md", "---\n")


def _export_pdf(folder: Path) -> None:
    from briefing.export.writing import write_bytes_atomic

    write_bytes_atomic(folder / "b.pdf", b"%PDF")


@pytest.mark.parametrize(
    ("write", "message"),
    [
        (_save_settings, "cannot save settings to {folder}"),
        (_export_notes, "could not write {folder}"),
        (_write_source, "cannot write {folder}"),
        (_export_pdf, "cannot write in {folder}: permission denied"),
    ],
    ids=["settings", "notes-file", "content-source", "export"],
)
def test_callers_say_it_in_their_own_words(
    refusing_folder: Path,
    write: Callable[[Path], None],
    message: str,
) -> None:
    with pytest.raises(StoreError) as caught:
        write(refusing_folder)
    assert str(caught.value).startswith(message.format(folder=refusing_folder))
    assert "Traceback" not in str(caught.value)
    assert list(refusing_folder.iterdir()) == []


def test_settings_stay_private_to_their_owner(tmp_path: Path, umask_022: None) -> None:
    from briefing import paths
    from briefing.settings import load_settings, save_user_settings

    save_user_settings(tmp_path, {"author": "Aino Virtanen"})
    assert load_settings(tmp_path).author == "Aino Virtanen"
    assert _mode(paths.user_settings_file(tmp_path)) == 0o600
    assert _temps(paths.user_settings_file(tmp_path).parent) == []


# --- writers at the same time -------------------------------------------------------


def test_concurrent_writers_leave_one_whole_version(tmp_path: Path) -> None:
    target = tmp_path / "shared.json"
    size = 64 * 1024
    versions = {bytes([65 + n]) * size for n in range(4)}
    seen_by_reader: list[bytes] = []
    errors: list[BaseException] = []
    stop = threading.Event()

    def writer(payload: bytes) -> None:
        try:
            for _ in range(25):
                atomic.write_bytes(target, payload)
        except BaseException as exc:  # pragma: no cover - reported below
            errors.append(exc)

    def reader() -> None:
        while not stop.is_set():
            try:
                seen_by_reader.append(target.read_bytes())
            except FileNotFoundError:
                continue  # before the first writer finished

    threads = [threading.Thread(target=writer, args=(v,)) for v in versions]
    watcher = threading.Thread(target=reader)
    watcher.start()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    stop.set()
    watcher.join()
    assert errors == []
    assert target.read_bytes() in versions
    assert seen_by_reader and all(seen in versions for seen in seen_by_reader)
    assert _temps(tmp_path) == []
