"""Opening an item off the GUI thread: read it, render its page, post the page back.

The store read and the Markdown rendering run on a pool thread; the window only sets
the finished HTML. A newer request makes an older answer stale, and it is dropped.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QThreadPool, Signal

from briefing.core.errors import BriefingError
from briefing.ui.item_page import item_html
from briefing.ui.library_access import LibraryAccess
from briefing.ui.tasks import LatestOnly

if TYPE_CHECKING:
    from briefing.core.models import Item
    from briefing.library.store import LibraryStore


@dataclass(frozen=True)
class Page:
    """An item ready for the reader: where to scroll, and the language asked for."""

    item: Item
    wanted: str
    anchor: str
    html: str


def _title_of(store: LibraryStore, item_id: str, order: tuple[str, ...]) -> str:
    try:
        return store.get(item_id, lang=order[0], fallback=order).title
    except BriefingError:
        return item_id


def _has_other_text(store: LibraryStore, item: Item) -> bool:
    """Whether the item is also there as the other kind of text: an act as our summary and
    its official text, a page or news item as our summary and the source's own text."""
    try:
        store.get(item.id, lang=item.lang, fallback=(item.lang,), official=not item.official)
    except BriefingError:
        return False
    return True


def render(library: LibraryAccess, item: Item, wanted: str, order: tuple[str, ...], ui: str) -> str:
    store = library.store()
    other = _has_other_text(store, item)
    return item_html(item, wanted, ui, lambda o: _title_of(store, o, order), other_text=other)


def load_page(
    library: LibraryAccess,
    target: str,
    wanted: str,
    order: tuple[str, ...],
    ui: str,
    text: str = "",
) -> Page:
    """An item, or the act holding a section (shown at that section); raises NotFound.

    ``text`` "official" or "summary" picks that text of an act that has both.
    """
    store = library.store()
    anchor = ""
    official = {"official": True, "summary": False}.get(text)
    if "/s-" in target:
        section = store.get_section(target, lang=wanted, fallback=order)
        item = store.get(section.item_id, lang=section.lang, fallback=order, official=official)
        anchor = section.anchor or section.id
    else:
        item = store.get(target, lang=wanted, fallback=order, official=official)
    return Page(item, wanted, anchor, render(library, item, wanted, order, ui))


class PageLoader(QObject):
    """``load`` on a pool thread; ``pageReady`` / ``pageFailed`` for the newest request only."""

    pageReady = Signal(object)  # Page
    pageFailed = Signal(str, str)  # target, message from the library

    def __init__(self, library: LibraryAccess, pool: QThreadPool, parent: QObject | None = None):
        super().__init__(parent)
        self._library = library
        self._latest = LatestOnly(pool, self)
        self._latest.succeeded.connect(self._on_latest_succeeded)
        self._latest.failed.connect(self._on_latest_failed)

    def load(
        self, target: str, wanted: str, order: tuple[str, ...], ui: str, text: str = ""
    ) -> None:
        library = self._library
        self._latest.start(target, lambda: load_page(library, target, wanted, order, ui, text))

    def wait(self) -> None:
        self._latest.wait()

    def _on_latest_succeeded(self, _target: object, page: object) -> None:
        self.pageReady.emit(page)

    def _on_latest_failed(self, target: object, message: str) -> None:
        self.pageFailed.emit(str(target), message)
