"""Reopening the library while a search runs on a worker thread must not pull it away."""

from __future__ import annotations

import threading
from pathlib import Path

from briefing.ui.library_access import LibraryAccess


def test_reopening_while_a_worker_reads_keeps_its_answers_coming(content_db: Path) -> None:
    # The window reopens the library when official texts come in; a search may be
    # reading at that very moment on a pool thread (closing under it crashed sqlite).
    access = LibraryAccess(content_db)
    answers: list[int] = []
    failures: list[BaseException] = []
    stop = threading.Event()

    def search_as_you_type() -> None:
        try:
            while not stop.is_set():
                answers.append(len(access.store().browse()))
        except BaseException as exc:  # reported below, not lost in the thread
            failures.append(exc)

    worker = threading.Thread(target=search_as_you_type)
    worker.start()
    try:
        for _ in range(200):
            access.reopen()
            assert access.store().browse()  # the GUI thread still reads too
    finally:
        stop.set()
        worker.join()
    access.close()
    assert not failures
    assert answers and min(answers) == max(answers) > 0
