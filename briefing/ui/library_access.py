"""The library as the window reaches it: one ``LibraryStore``, opened on first use.

The store keeps a connection per thread itself, so the GUI thread and the search
worker share it. Opening is lazy so the window paints before the database opens.
"""

from __future__ import annotations

import threading
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from briefing.library.store import LibraryStore


class LibraryAccess:
    """Opens the content (and official) database once, from whichever thread asks first."""

    def __init__(
        self, content: Path, official: Path | None = None, profile: Path | None = None
    ) -> None:
        self.content = content  # a database, or a signed bundle (verified on opening)
        self.official = official if official is not None and official.exists() else None
        self._profile = profile
        self._lock = threading.Lock()
        self._store: LibraryStore | None = None
        self._retired: list[LibraryStore] = []

    def available(self) -> bool:
        return self.content.is_file()

    def store(self) -> LibraryStore:
        """The store; raises the store's own error (``StoreError``) when it cannot open."""
        # Imported here: the search stack (stemmers, query parser) is not needed to paint.
        from briefing.library.store import LibraryStore

        with self._lock:
            if self._store is None:
                self._store = LibraryStore(self._database(), self.official)
            return self._store

    def _database(self) -> Path:
        """The content itself, or for a bundle its verified copy in the profile's cache."""
        try:
            with self.content.open("rb") as handle:
                zipped = handle.read(2) == b"PK"
        except OSError:
            return self.content  # the store says what is wrong with it
        if not zipped or self._profile is None:
            return self.content
        # Only for a bundle: the signature code is not needed to open a database.
        from briefing.library.bundle import usable_content

        return usable_content(self._profile, self.content)

    def reopen(self) -> None:
        """Open the databases afresh on next use (official texts came or went).

        The old store is not closed here: a search or page job may be reading it on a
        pool thread right now, and closing a connection under it crashes sqlite. It is
        closed by ``close``, after the window has waited for its workers.
        """
        with self._lock:
            if self._store is not None:
                self._retired.append(self._store)
                self._store = None

    def close(self) -> None:
        """Close every store this opened; only once no worker can be using them."""
        with self._lock:
            stores = [*self._retired, *([self._store] if self._store else [])]
            self._store = None
            self._retired.clear()
        for store in stores:
            store.close()
