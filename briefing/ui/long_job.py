"""Long work with a progress bar and a cancel button: a job on its own pool thread.

The job gets ``progress(done, total, label)`` and ``cancel()`` like the library's and
export's functions; its progress and outcome come back by queued signals.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from briefing.core.errors import BriefingError, Cancelled

log = logging.getLogger(__name__)

PROGRESS_EVERY = 0.1  # seconds; a progress bar needs no more
Work = Callable[[Callable[[int, int, str], None], Callable[[], bool]], Any]


class LongJob(QObject):
    """``start(work)``; then ``progressed``, and ``finished`` / ``failed`` / ``cancelled``."""

    progressed = Signal(int, int, str)
    finished = Signal(object)
    failed = Signal(object)  # the BriefingError, or a bug's one-line description
    cancelled = Signal()
    # The worker's only signal; the public ones above are emitted on the GUI thread.
    _reported = Signal(str, object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._stop = threading.Event()
        self.running = False  # changed on the GUI thread only, so a view never sees it flicker
        self._reported.connect(self._on_self_reported)

    def _on_self_reported(self, kind: str, payload: object) -> None:
        if kind == "progressed":
            self.progressed.emit(*payload)  # type: ignore[misc]
            return
        self.running = False
        if kind == "finished":
            self.finished.emit(payload)
        elif kind == "failed":
            self.failed.emit(payload)
        else:
            self.cancelled.emit()

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


class _Throttle:
    """Progress posted at most every ``PROGRESS_EVERY`` seconds (and the last step).

    Each signal a worker posts makes the GUI thread take the GIL back from the busy
    worker, a few milliseconds each: a hundred posts in a row held the window still
    for half a second (tests/bench/bench_export_stall.py).
    """

    def __init__(self, report: Callable[[str, object], None]) -> None:
        self._report = report
        self._last = 0.0

    def __call__(self, done: int, total: int, label: str) -> None:
        now = time.monotonic()
        if now - self._last >= PROGRESS_EVERY or (total and done >= total):
            self._last = now
            self._report("progressed", (done, total, label))


class _Runnable(QRunnable):
    def __init__(self, owner: LongJob, work: Work) -> None:
        super().__init__()
        self._owner = owner
        self._work = work

    def run(self) -> None:
        owner = self._owner
        report = owner._reported.emit
        try:
            result = self._work(_Throttle(report), owner.is_cancelled)
        except Cancelled:
            report("cancelled", None)
        except BriefingError as exc:
            report("failed", exc)
        except Exception as exc:  # a bug: one line for the person, the trace in the log
            log.exception("background job failed")
            report("failed", f"{type(exc).__name__}: {exc}")
        else:
            # The work decides: it raises Cancelled when it stopped. A cancel that came
            # after its last check (an import committed, a file written) changed nothing,
            # and saying "cancelled" then would hide what was done.
            report("finished", result)
