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

    def close(self) -> None:
        with self._lock:
            store, self._store = self._store, None
        if store is not None:
            store.close()
