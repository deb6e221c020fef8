"""All-or-nothing file writing for exports, with the export's error messages.

A reader never sees half a PDF, and a failure (full disk, no permission) leaves any
earlier file at the target as it was; ``briefing.atomic`` does the writing.
"""

from __future__ import annotations

import errno
import os
from collections.abc import Callable
from pathlib import Path
from typing import BinaryIO

from briefing import atomic
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
    try:
        with atomic.writing(path) as stream:
            write(stream)
    except OSError as exc:
        if exc.filename == str(path.parent):  # no file could be made there at all
            raise StoreError(f"cannot write in {path.parent}: {_reason(exc)}") from exc
        raise StoreError(f"cannot write {path}: {_reason(exc)}") from exc
    return path


def write_bytes_atomic(target: str | os.PathLike[str], data: bytes) -> Path:
    """``write_atomic`` for a document already finished in memory."""
    return write_atomic(target, lambda stream: _write_all(stream, data))


def _write_all(stream: BinaryIO, data: bytes) -> None:
    stream.write(data)
