"""Search as you type: throttle keystrokes, search off the GUI thread, drop stale answers."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QThreadPool, QTimer, Signal

from briefing.ui.library_access import LibraryAccess
from briefing.ui.tasks import LatestOnly

if TYPE_CHECKING:  # models load with the library, after the window shows
    from briefing.core.models import ItemSummary, SearchHit

MAX_QUERY = 5000  # a longer paste is cut here rather than sent whole to the index


@dataclass(frozen=True)
class Query:
    """What the person asked for: text (empty = browse), a kind filter, languages."""

    text: str
    kind: str | None
    langs: tuple[str, ...]
    limit: int = 50


def run_query(library: LibraryAccess, query: Query) -> list[SearchHit] | list[ItemSummary]:
    """Runs on a pool thread with that thread's own store."""
    store = library.store()
    text = query.text.strip()[:MAX_QUERY]
    if text:
        return store.search(text, kind=query.kind, lang=None, limit=query.limit)
    # One row per item and text (ours, imported), in the first language of the person's
    # order that it exists in: search lists both texts of an act, so browsing does too.
    best: dict[tuple[str, bool], ItemSummary] = {}
    for lang in query.langs:
        for row in store.browse(kind=query.kind, lang=lang):
            best.setdefault((row.id, row.official), row)
    return sorted(best.values(), key=_browse_order)


def _browse_order(row: ItemSummary) -> tuple[int, int, str, bool]:
    """As the library lists them: by kind, newest first, by title, our summary first."""
    from briefing.core.models import KINDS

    day = row.published.toordinal() if row.published else 0
    kind = KINDS.index(row.kind) if row.kind in KINDS else 99
    return (kind, -day, row.title.casefold(), row.official)


class SearchRunner(QObject):
    """Owns the throttle timer; emits only the newest answer (``LatestOnly``)."""

    resultsReady = Signal(object, object)  # Query, list of hits or summaries
    searchFailed = Signal(object, str)  # Query, message from the library (may be empty)

    def __init__(
        self,
        library: LibraryAccess,
        pool: QThreadPool,
        delay_ms: int = 150,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._library = library
        self._latest = LatestOnly(pool, self)
        self._pending: Query | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(delay_ms)
        self._timer.timeout.connect(self._on_timer_timeout)
        self._latest.succeeded.connect(self.resultsReady)
        self._latest.failed.connect(self.searchFailed)

    def wait(self) -> None:
        """Stop the throttle and wait for a search already running (at shut-down)."""
        self._timer.stop()
        self._latest.wait()

    def request(self, query: Query, *, now: bool = False) -> None:
        """Ask for ``query``; typing restarts the timer so only the pause searches."""
        self._pending = query
        if now:
            self._timer.stop()
            self._on_timer_timeout()
        else:
            self._timer.start()

    def _on_timer_timeout(self) -> None:
        query = self._pending
        if query is None:
            return
        self._pending = None
        library = self._library
        self._latest.start(query, lambda: run_query(library, query))
