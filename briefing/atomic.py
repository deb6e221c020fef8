"""All-or-nothing file writes: a temp file beside the target, synced, then renamed over it.

Every package writes files through here, so that a crash, a full disk or a cancel
leaves the earlier file whole and no half-written one under its name. The bottom
layer: it imports nothing of ours and raises plain ``OSError`` for each caller to
put in its own words. An ``OSError`` from making the temp file names the folder
(``exc.filename``), which is what a person can fix.

Temp files are ``.<name>.<8 hex>.tmp`` in the target's folder (a rename never crosses
file systems) and are removed on any failure, ``KeyboardInterrupt`` and ``Cancelled``
included. A new file gets the mode any new file gets (the umask applies); a file
that is replaced keeps its mode, so a document someone shared stays shared.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

StrPath = str | os.PathLike[str]

_TRIES = 20  # 32 random bits each: a clash this many times over means something else is wrong
_NAME_MAX = 200  # bytes of the target's name kept in the temp's, so the temp fits in 255
# Windows syncs only through a handle open for writing; elsewhere reading is enough, and
# a read-only file (a hard link to a read-only content.db) can be synced too.
_SYNC_MODE = "r+b" if os.name == "nt" else "rb"


def _short(name: str) -> str:
    return name.encode()[:_NAME_MAX].decode(errors="ignore")


def new_temp(path: StrPath) -> Path:
    """Create an empty temp file beside ``path``; the caller fills it, then ``replace``s."""
    target = Path(path)
    folder = target.parent
    for _ in range(_TRIES):
        temp = folder / f".{_short(target.name)}.{os.urandom(4).hex()}.tmp"
        try:
            os.close(os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666))
            return temp
        except FileExistsError:
            continue
        except OSError as exc:
            raise OSError(exc.errno, exc.strerror, str(folder)) from exc
    raise FileExistsError(f"no free temp file name in {folder}")


def fsync_dir(folder: StrPath) -> None:
    """Put a rename in ``folder`` on disk; a no-op where folders cannot be synced (Windows)."""
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def replace(temp: StrPath, path: StrPath) -> None:
    """Give the finished file ``temp`` the name ``path`` durably: data, rename, folder entry.

    For callers that fill a temp file their own way (a database, a staged restore).
    """
    _sync(temp)
    _rename(temp, path)


def _sync(temp: StrPath) -> None:
    with open(temp, _SYNC_MODE) as handle:
        os.fsync(handle.fileno())


def _rename(temp: StrPath, path: StrPath) -> None:
    os.replace(temp, path)
    fsync_dir(Path(path).parent)


def _keep_mode(temp: Path, target: Path, mode: int | None) -> None:
    if mode is None:
        try:
            mode = target.stat().st_mode & 0o777
        except OSError:
            return  # a new file: os.open already gave it the umask's mode
    os.chmod(temp, mode)


def _discard(temp: Path) -> None:
    with contextlib.suppress(OSError):
        temp.unlink()


@contextlib.contextmanager
def staged(path: StrPath, *, mode: int | None = None) -> Iterator[Path]:
    """An empty temp file beside ``path`` for a writer that wants a name (sqlite).

    When the block ends without an error the temp file becomes ``path`` (synced
    first); otherwise it is removed and ``path`` is as it was. ``mode`` sets the
    permission bits instead of the usual ones (the umask's, or the old file's).
    """
    target = Path(path)
    temp = new_temp(target)
    try:
        yield temp
        _sync(temp)
        _keep_mode(temp, target, mode)  # after the sync: the mode may forbid writing
        _rename(temp, target)
    except BaseException:
        _discard(temp)
        raise


@contextlib.contextmanager
def writing(path: StrPath, *, mode: int | None = None) -> Iterator[BinaryIO]:
    """A binary stream whose content becomes ``path`` when the block ends without an error.

    For writers that want a file object (reportlab, zipfile); otherwise as ``staged``.
    """
    with staged(path, mode=mode) as temp, open(temp, "wb") as stream:
        yield stream


def write_bytes(path: StrPath, data: bytes, *, mode: int | None = None) -> Path:
    """Make ``data`` the content of ``path``, all or nothing; returns the path."""
    with writing(path, mode=mode) as stream:
        stream.write(data)
    return Path(path)


def write_text(
    path: StrPath, text: str, encoding: str = "utf-8", *, mode: int | None = None
) -> Path:
    """``write_bytes`` for text; line ends are written as given (``\\n`` on every platform)."""
    return write_bytes(path, text.encode(encoding), mode=mode)
