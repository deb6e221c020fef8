"""QRunnable jobs: run a store call on a pool thread and post the result back.

The result travels by a queued signal to the GUI thread; the job never touches a
widget. Each job carries a generation number so the receiver can drop stale answers.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, Signal

from briefing.core.errors import BriefingError

log = logging.getLogger(__name__)


class TaskRelay(QObject):
    """Lives on the GUI thread; jobs emit through it, so slots run on the GUI thread."""

    succeeded = Signal(int, object)  # generation, result
    refused = Signal(int, object)  # generation, BriefingError: the user's input or the disk
    crashed = Signal(int, str)  # generation, a bug's one-line description


class StoreTask(QRunnable):
    """Call ``job()`` on a pool thread and report through ``relay``."""

    def __init__(self, relay: TaskRelay, generation: int, job: Callable[[], Any]) -> None:
        super().__init__()
        self._relay = relay
        self._generation = generation
        self._job = job

    def run(self) -> None:
        try:
            result = self._job()
        except BriefingError as exc:
            self._relay.refused.emit(self._generation, exc)
        except Exception as exc:  # a bug: keep the window alive and say so
            log.exception("background job failed")
            self._relay.crashed.emit(self._generation, f"{type(exc).__name__}: {exc}")
        else:
            self._relay.succeeded.emit(self._generation, result)
