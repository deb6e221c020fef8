"""All-or-nothing file writing for exports: a temporary file beside the target, then a rename.

A reader never sees half a PDF, and a failure (full disk, no permission) leaves any
earlier file at the target as it was.
"""

from __future__ import annotations

import contextlib
import errno
import os
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import BinaryIO

from briefing.core.errors import StoreError

_REASONS = {
    errno.ENOSPC: "the disk is full",
    errno.EDQUOT: "the disk quota is used up",
    errno.EACCES: "permission denied",
    errno.EPERM: "permission denied",
    errno.EROFS: "the disk is read-only",
    errno.ENOENT: "the folder does not exist",
    errno.EISDIR: "it is a folder",
}


def _reason(exc: OSError) -> str:
    return _REASONS.get(exc.errno or 0, exc.strerror or str(exc))


def write_atomic(target: str | os.PathLike[str], write: Callable[[BinaryIO], None]) -> Path:
    """Call ``write`` on a temporary file in the target's folder, then move it into place."""
    path = Path(target)
    folder = path.parent
    try:
        handle, temp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=folder)
    except OSError as exc:
        raise StoreError(f"cannot write in {folder}: {_reason(exc)}") from exc
    try:
        with os.fdopen(handle, "wb") as stream:
            write(stream)
            stream.flush()
            os.fsync(stream.fileno())
        # mkstemp makes the file private; an export is an ordinary document.
        mode = path.stat().st_mode & 0o777 if path.is_file() else 0o644
        os.chmod(temp, mode)
        os.replace(temp, path)
    except OSError as exc:
        _discard(temp)
        raise StoreError(f"cannot write {path}: {_reason(exc)}") from exc
    except BaseException:
        _discard(temp)
        raise
    return path


def write_bytes_atomic(target: str | os.PathLike[str], data: bytes) -> Path:
    """``write_atomic`` for a document already finished in memory."""
    return write_atomic(target, lambda stream: _write_all(stream, data))


def _write_all(stream: BinaryIO, data: bytes) -> None:
    stream.write(data)


def _discard(temp: str) -> None:
    with contextlib.suppress(OSError):
        os.unlink(temp)
