"""The Qt binding keeps Python's reference counts: a long session must not abort on exit.

PySide6 6.12.0 dropped a reference to ``True`` on every signal emit and to ``None`` on
every ``QRunnable.run``; after a few thousand searches the interpreter aborted in its
garbage collector ("deallocating True or False"). pyproject.toml keeps that release out;
these tests fail if a binding with the same fault comes back.
"""

from __future__ import annotations

import gc
import sys
import threading

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

ROUNDS = 300


class _Relay(QObject):
    answered = Signal(int, object)


class _Job(QRunnable):
    def run(self) -> None:
        pass


def _counts() -> tuple[int, int, int]:
    gc.collect()
    return sys.getrefcount(True), sys.getrefcount(False), sys.getrefcount(None)


def test_emitting_a_signal_keeps_references(qapp: object) -> None:
    relay = _Relay()
    received: list[object] = []
    relay.answered.connect(lambda _n, value: received.append(value))
    before = _counts()
    for n in range(ROUNDS):
        relay.answered.emit(n, n)
    received.clear()
    after = _counts()
    assert [a - b for a, b in zip(after, before, strict=True)] == [0, 0, 0]


def test_pool_jobs_and_thread_emits_keep_references(qapp: object) -> None:
    pool = QThreadPool()
    relay = _Relay()
    before = _counts()
    for _ in range(ROUNDS):
        pool.start(_Job())
    pool.waitForDone()
    worker = threading.Thread(target=lambda: [relay.answered.emit(1, 2) for _ in range(ROUNDS)])
    worker.start()
    worker.join()
    after = _counts()
    # A queued call may still hold a handful of references; a leak is one per round.
    assert all(abs(a - b) < ROUNDS // 10 for a, b in zip(after, before, strict=True))
