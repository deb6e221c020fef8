"""Undo for the notes: each command leaves the job that reverses it; Ctrl+Z runs the newest.

The store's own trash and restore make deletions reversible; edits keep what was
there before. Undo jobs go through the same writer thread as the commands.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction, QKeySequence

from briefing.ui.notes_writer import Job, NotesWriter

_DEPTH = 100


class UndoHistory(QObject):
    """The reversing jobs, newest last; ``action`` is the Edit menu's ``undoAction``."""

    undone = Signal(str)  # what was undone, for the status bar

    def __init__(self, writer: NotesWriter, parent: QObject) -> None:
        super().__init__(parent)
        self._writer = writer
        self._steps: list[tuple[str, Job, frozenset[str], Callable[[Any], None] | None]] = []
        self.action = QAction(parent)
        self.action.setObjectName("undoAction")
        self.action.setShortcuts(QKeySequence.StandardKey.Undo)
        self.action.triggered.connect(self.undo)
        self.retranslate()

    def push(
        self,
        text: str,
        job: Job,
        changed: frozenset[str],
        then: Callable[[Any], None] | None = None,
    ) -> None:
        """Remember how to reverse a command that has just succeeded."""
        self._steps.append((text, job, changed, then))
        del self._steps[:-_DEPTH]
        self.retranslate()

    def undo(self) -> None:
        if not self._steps:
            return
        text, job, changed, then = self._steps.pop()
        self._writer.submit(job, changed, then)
        self.undone.emit(text)
        self.retranslate()

    def retranslate(self) -> None:
        self.action.setText(self.tr("&Undo"))
        last = self._steps[-1][0] if self._steps else ""
        tip = self.tr("Undo: %1").replace("%1", last) if last else self.tr("Nothing to undo")
        self.action.setToolTip(tip)
        self.action.setStatusTip(tip)
        self.action.setEnabled(bool(self._steps))
