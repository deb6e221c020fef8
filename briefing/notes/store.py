"""The notes store: what the user writes (annotations, briefings) in user.db.

``open_store(profile)`` is how the CLI and the window open it; one store per thread.
Every method that changes something commits before it returns, in one transaction;
every method returns ``core.models`` dataclasses, never rows.
"""

from __future__ import annotations

import getpass
from datetime import timedelta
from pathlib import Path

from briefing import paths
from briefing.notes.annotations import AnnotationsMixin, now, stamp
from briefing.notes.briefings import BriefingsMixin


def default_author() -> str:
    """The OS user name, the author of new notes until settings supply one."""
    try:
        return getpass.getuser()
    except (KeyError, OSError):  # no user name in a bare container
        return ""


class NotesStore(AnnotationsMixin, BriefingsMixin):
    """Annotations and briefings of one profile; see the mixins for the methods."""

    def empty_trash(self, older_than: timedelta = timedelta(0)) -> int:
        """Delete for good what was trashed at least ``older_than`` ago; returns how many."""
        cutoff = stamp(now() - older_than)
        with self.write():
            notes = self.query("SELECT id FROM annotations WHERE deleted <= ?", (cutoff,))
            packs = self.query("SELECT id FROM briefings WHERE deleted <= ?", (cutoff,))
            for row in notes:
                self.purge_annotation(row["id"])
            for row in packs:
                self.purge_briefing(row["id"])
        return len(notes) + len(packs)


def open_store(profile: Path, *, author: str | None = None, auto_backup: bool = True) -> NotesStore:
    """The profile's user.db, checked, migrated and backed up (at most daily)."""
    return NotesStore(
        paths.user_db(profile),
        paths.backups_dir(profile),
        author=default_author() if author is None else author,
        auto_backup=auto_backup,
    )
