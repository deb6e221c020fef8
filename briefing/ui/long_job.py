"""Long work with a progress bar and a cancel button: a job on its own pool thread.

The job gets ``progress(done, total, label)`` and ``cancel()`` like the library's and
export's functions; its progress and outcome come back by queued signals.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from briefing.core.errors import BriefingError, Cancelled

log = logging.getLogger(__name__)

Work = Callable[[Callable[[int, int, str], None], Callable[[], bool]], Any]


class LongJob(QObject):
    """``start(work)``; then ``progressed``, and ``finished`` / ``failed`` / ``cancelled``."""

    progressed = Signal(int, int, str)
    finished = Signal(object)
    failed = Signal(object)  # the BriefingError, or a bug's one-line description
    cancelled = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._stop = threading.Event()
        self.running = False  # changed on the GUI thread only, so a view never sees it flicker
        for ended in (self.finished, self.failed, self.cancelled):
            ended.connect(self._on_self_ended)

    def _on_self_ended(self, *_args: object) -> None:
        self.running = False

    def start(self, work: Work) -> None:
        self._stop.clear()
        self.running = True
        self._pool.start(_Runnable(self, work))

    def cancel(self) -> None:
        self._stop.set()

    def is_cancelled(self) -> bool:
        return self._stop.is_set()

    def wait(self) -> None:
        self._pool.waitForDone()


class _Runnable(QRunnable):
    def __init__(self, owner: LongJob, work: Work) -> None:
        super().__init__()
        self._owner = owner
        self._work = work

    def run(self) -> None:
        owner = self._owner
        try:
            result = self._work(owner.progressed.emit, owner.is_cancelled)
        except Cancelled:
            owner.cancelled.emit()
        except BriefingError as exc:
            owner.failed.emit(exc)
        except Exception as exc:  # a bug: one line for the person, the trace in the log
            log.exception("background job failed")
            owner.failed.emit(f"{type(exc).__name__}: {exc}")
        else:
            if owner.is_cancelled():
                owner.cancelled.emit()
            else:
                owner.finished.emit(result)
