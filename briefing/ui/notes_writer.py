"""One thread for every write to user.db: jobs queue up, run in order, and report back.

Anki's idea: the window never writes the notes database itself. A job is a function of
the ``NotesStore``; it runs on the writer thread (which opened its own store) and its
result returns by a queued signal with the names of what changed, so open views
refresh only that. Reads for the views use a second store on the GUI thread: user.db
is small, and a read there never waits for a write.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal

from briefing.core.errors import BriefingError

if TYPE_CHECKING:  # the notes store (and sqlite_utils) load after the first paint
    import queue

    from briefing.notes.store import NotesStore

log = logging.getLogger(__name__)

Job = Callable[["NotesStore"], Any]


class NotesWriter(QObject):
    """``submit(job, changed)``; ``done`` / ``failed`` arrive on the GUI thread."""

    done = Signal(int, object, object)  # ticket, frozenset of what changed, result
    failed = Signal(int, str)  # ticket, one line for the person
    changed = Signal(object)  # frozenset: "annotations", "briefings", "entries"
    # The thread's only signal: the public ones above are emitted on the GUI thread, so
    # a listener never gets a queued call after it stopped listening.
    _answered = Signal(object)

    def __init__(self, profile: Path, author: str = "", parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._profile = profile
        self._author = author or None
        # Made with the thread, on the first job: nothing is written before the first paint.
        self._jobs: queue.Queue[tuple[int, Job, frozenset[str]] | None] | None = None
        self._ticket = 0
        self._reader: NotesStore | None = None
        self._thread: threading.Thread | None = None
        self._lock = threading.Lock()
        self._then: dict[int, Callable[[Any], None]] = {}
        self._answered.connect(self._on_self_answered)
        self.done.connect(self._on_self_done)
        self.failed.connect(self._on_self_failed)

    def _on_self_answered(self, outcome: tuple[Any, ...]) -> None:
        getattr(self, outcome[0]).emit(*outcome[1:])
        if outcome[0] == "done" and outcome[2]:
            self.changed.emit(outcome[2])

    def _on_self_done(self, ticket: int, _changed: object, result: object) -> None:
        then = self._then.pop(ticket, None)
        if then is not None:
            then(result)

    def _on_self_failed(self, ticket: int, _message: str) -> None:
        self._then.pop(ticket, None)

    def pending(self) -> bool:
        """True while a job is queued or running (tests and the closing window wait)."""
        return self._jobs is not None and self._jobs.unfinished_tasks > 0

    def reader(self) -> NotesStore:
        """The GUI thread's store, for reads only (opened, and migrated, on first use)."""
        if self._reader is None:
            from briefing.notes.store import open_store

            self._reader = open_store(self._profile, author=self._author, auto_backup=False)
        return self._reader

    def submit(
        self,
        job: Job,
        changed: set[str] | frozenset[str] = frozenset(),
        then: Callable[[Any], None] | None = None,
    ) -> int:
        """Queue ``job``; ``then(result)`` runs on the GUI thread once it succeeded."""
        with self._lock:
            if self._jobs is None:
                import queue

                self._jobs = queue.Queue()
            jobs = self._jobs
            if self._thread is None:
                self._thread = threading.Thread(
                    target=self._run, args=(jobs,), name="notes-writer", daemon=True
                )
                self._thread.start()
        self._ticket += 1
        if then is not None:
            self._then[self._ticket] = then
        jobs.put((self._ticket, job, frozenset(changed)))
        return self._ticket

    def _run(self, jobs: queue.Queue[tuple[int, Job, frozenset[str]] | None]) -> None:
        store: NotesStore | None = None
        while (task := jobs.get()) is not None:
            try:
                store, reported = self._step(store, *task)
            finally:
                jobs.task_done()
            if not reported:
                break  # the window was destroyed without closing: nobody to tell
        else:
            jobs.task_done()
        if store is not None:
            store.close()

    def _step(
        self, store: NotesStore | None, ticket: int, job: Job, changed: frozenset[str]
    ) -> tuple[NotesStore | None, bool]:
        """Run one job; False when its answer could not be delivered."""
        outcome: tuple[Any, ...]
        try:
            if store is None:
                from briefing.notes.store import open_store

                store = open_store(self._profile, author=self._author)
            outcome = ("done", ticket, changed, job(store))
        except BriefingError as exc:
            outcome = ("failed", ticket, str(exc))
        except Exception as exc:  # a bug: the window stays, the person is told
            log.exception("notes job failed")
            outcome = ("failed", ticket, f"{type(exc).__name__}: {exc}")
        try:
            self._answered.emit(outcome)
        except RuntimeError:  # "Signal source has been deleted"
            return store, False
        return store, True

    def finish(self) -> None:
        """Run what is queued, then close both stores (the window is closing)."""
        with self._lock:
            thread, self._thread = self._thread, None
        if thread is not None and self._jobs is not None:
            self._jobs.put(None)
            thread.join()
        if self._reader is not None:
            self._reader.close()
            self._reader = None
