"""QRunnable jobs: run a store call on a pool thread and post the result back.

The result travels by a queued signal to the GUI thread; the job never touches a
widget. Each job carries a generation number, so ``LatestOnly`` can drop stale answers.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

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


class LatestOnly(QObject):
    """Runs jobs on ``pool`` for a series of requests and reports the newest one's answer only.

    Each request carries a key (what was asked) that comes back with its answer; an
    answer to a request that a newer one has replaced is dropped.
    """

    succeeded = Signal(object, object)  # key, result
    failed = Signal(object, str)  # key, the library's refusal or a bug's description

    def __init__(self, pool: QThreadPool, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pool = pool
        self._relay = TaskRelay(self)
        self._generation = 0
        self._keys: dict[int, object] = {}
        self._relay.succeeded.connect(self._on_relay_succeeded)
        self._relay.refused.connect(self._on_relay_refused)
        self._relay.crashed.connect(self._on_relay_crashed)

    def start(self, key: object, job: Callable[[], Any]) -> None:
        self._generation += 1
        # Jobs not yet started are for older requests: nobody will read their answer.
        self._pool.clear()
        self._keys = {self._generation: key}
        self._pool.start(StoreTask(self._relay, self._generation, job))

    def wait(self) -> None:
        """Drop queued jobs and wait for the one running (at shut-down)."""
        self._pool.clear()
        self._pool.waitForDone()

    def _take(self, generation: int) -> object | None:
        if generation != self._generation:
            return None  # stale: a newer request has been made since
        return self._keys.pop(generation, None)

    def _on_relay_succeeded(self, generation: int, result: object) -> None:
        key = self._take(generation)
        if key is not None:
            self.succeeded.emit(key, result)

    def _on_relay_refused(self, generation: int, error: object) -> None:
        key = self._take(generation)
        if key is not None:
            self.failed.emit(key, str(error))

    def _on_relay_crashed(self, generation: int, description: str) -> None:
        key = self._take(generation)
        if key is not None:
            self.failed.emit(key, description)
