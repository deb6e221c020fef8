"""The entries list of the open briefing: reorder by drag and drop or Ctrl+Up/Down."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QAbstractItemView, QListView, QWidget

from briefing.ui.models.entry_model import ENTRY_ID_ROLE, ENTRY_MIME, TARGET_MIME

if TYPE_CHECKING:  # event classes: named at import, each builds its enums before the first paint
    from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent, QKeyEvent


class EntryView(QListView):
    """``briefingEntries``; Ctrl+Up/Down ask to move, Delete asks to remove."""

    moveRequested = Signal(str, int)  # entry id, new position
    removeRequested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("briefingEntries")
        self.setDragEnabled(True)
        self.setAcceptDrops(True)
        self.setDropIndicatorShown(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        # What a drag from another view (results, reader) adds: set by the workflow.
        self.target_for_source: Callable[[object], str] | None = None
        # ... and whether that is the imported official text (the reader showing it).
        self.official_for_source: Callable[[object], bool] | None = None

    def _outside_target(self, event: QDropEvent | QDragMoveEvent | QDragEnterEvent) -> str:
        mime = event.mimeData()
        # Entries and result rows carry their own ids; the model takes those drops.
        if mime.hasFormat(ENTRY_MIME) or mime.hasFormat(TARGET_MIME):
            return ""
        if self.target_for_source is None:
            return ""
        return self.target_for_source(event.source())

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        from PySide6.QtCore import Qt  # here: the Qt namespace costs ~12 ms at start-up

        if self._outside_target(event):
            event.setDropAction(Qt.DropAction.CopyAction)
            event.accept()
            return
        super().dragEnterEvent(event)

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        from PySide6.QtCore import Qt  # here: the Qt namespace costs ~12 ms at start-up

        if self._outside_target(event):
            event.setDropAction(Qt.DropAction.CopyAction)
            event.accept()
            return
        super().dragMoveEvent(event)

    def dropEvent(self, event: QDropEvent) -> None:
        from PySide6.QtCore import Qt  # here: the Qt namespace costs ~12 ms at start-up

        target = self._outside_target(event)
        if target:
            index = self.indexAt(event.position().toPoint())
            row = index.row() if index.isValid() else self.model().rowCount()
            source = event.source()
            official = bool(self.official_for_source and self.official_for_source(source))
            self.model().addRequested.emit(target, row, official)
            event.setDropAction(Qt.DropAction.CopyAction)
            event.accept()
            return
        super().dropEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        from PySide6.QtCore import Qt  # here: the Qt namespace costs ~12 ms at start-up

        index = self.currentIndex()
        ctrl = event.modifiers() & Qt.KeyboardModifier.ControlModifier
        if index.isValid() and ctrl and event.key() in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            step = -1 if event.key() == Qt.Key.Key_Up else 1
            target = index.row() + step
            if 0 <= target < self.model().rowCount():
                self.moveRequested.emit(str(index.data(ENTRY_ID_ROLE)), target)
            event.accept()
            return
        if index.isValid() and event.key() == Qt.Key.Key_Delete:
            self.removeRequested.emit(str(index.data(ENTRY_ID_ROLE)))
            event.accept()
            return
        super().keyPressEvent(event)
