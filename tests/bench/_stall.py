"""Measuring event-loop stalls for the window benchmarks: a fast timer on the GUI thread.

A 5 ms QTimer ticks; a stall is the gap between two ticks beyond the interval.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QEventLoop, QTimer

TICK_MS = 5


class StallMeter:
    """Records the gaps between ticks of a fast timer on the GUI thread, beyond its interval."""

    def __init__(self) -> None:
        self.gaps: list[float] = []
        self._last = time.perf_counter()
        self._timer = QTimer()
        self._timer.setInterval(TICK_MS)
        self._timer.timeout.connect(self._tick)

    def _tick(self) -> None:
        now = time.perf_counter()
        self.gaps.append((now - self._last) * 1000 - TICK_MS)
        self._last = now

    def start(self) -> None:
        self.gaps = []
        self._last = time.perf_counter()
        self._timer.start()

    def stop(self) -> list[float]:
        self._timer.stop()
        return self.gaps

    def measure(self, until: Callable[[], bool], timeout_s: float = 300.0) -> list[float]:
        """The gaps from now until ``until()`` holds."""
        self.start()
        wait_until(until, timeout_s, "no answer in time")
        return self.stop()


def spin(ms: int) -> None:
    """Run the event loop for ``ms`` milliseconds."""
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def wait_until(
    condition: Callable[[], bool],
    timeout_s: float = 30.0,
    failure: str = "the window did not answer in time",
) -> None:
    """Run the event loop until ``condition()`` holds; exit the benchmark if it never does."""
    deadline = time.monotonic() + timeout_s
    while not condition():
        if time.monotonic() > deadline:
            raise SystemExit(failure)
        spin(10)
