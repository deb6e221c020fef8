"""The entries list of the open briefing: reorder by drag and drop or Ctrl+Up/Down.

Its context menu (and Ctrl+Shift+T) switches what an entry prints, our summary or the
imported text, when the library has both.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QModelIndex, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QAbstractItemView, QListView, QWidget

from briefing.ui.models.entry_model import ENTRY_ID_ROLE, ENTRY_MIME, TARGET_MIME, EntryRow

if TYPE_CHECKING:  # event classes: named at import, each builds its enums before the first paint
    from PySide6.QtGui import (
        QContextMenuEvent,
        QDragEnterEvent,
        QDragMoveEvent,
        QDropEvent,
        QKeyEvent,
    )

SWITCH_TEXT_KEYS = "Ctrl+Shift+T"  # T for text; free in the window's scheme


class EntryView(QListView):
    """``briefingEntries``; Ctrl+Up/Down ask to move, Delete asks to remove."""

    moveRequested = Signal(str, int)  # entry id, new position
    removeRequested = Signal(str)
    textSwitchRequested = Signal(str, bool)  # entry id, True: print the imported text

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
        self.switch_text_action = QAction(self)
        self.switch_text_action.setObjectName("switchEntryTextAction")
        self.switch_text_action.setShortcuts([QKeySequence(SWITCH_TEXT_KEYS)])
        self.switch_text_action.triggered.connect(self._on_switchTextAction_triggered)
        # Not added to the view: its keys act only while the list has focus (keyPressEvent),
        # not while the person reads; the menu shows them.
        self.update_text_switch()

    def _current_row(self) -> EntryRow | None:
        model = self.model()
        row_at = getattr(model, "row_at", None)
        return row_at(self.currentIndex().row()) if row_at is not None else None

    def update_text_switch(self) -> None:
        """Offer the other text of the chosen entry, named for what it would print."""
        row = self._current_row()
        action = self.switch_text_action
        action.setVisible(row is not None and row.both_texts)
        action.setEnabled(action.isVisible())
        if row is not None and row.entry.official:
            text = QCoreApplication.translate("EntryView", "Print our summary")
        elif row is not None and row.imported_is_source_text():
            text = QCoreApplication.translate("EntryView", "Print the text of the source")
        else:
            text = QCoreApplication.translate("EntryView", "Print the official text")
        action.setText(text)
        action.setToolTip(
            QCoreApplication.translate(
                "EntryView", "Choose which text the briefing prints for this entry"
            )
        )

    def _on_switchTextAction_triggered(self) -> None:
        row = self._current_row()
        if row is not None and row.both_texts:
            self.textSwitchRequested.emit(row.entry.id, not row.entry.official)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.update_text_switch()
        super().changeEvent(event)

    def currentChanged(self, current: QModelIndex, previous: QModelIndex) -> None:
        super().currentChanged(current, previous)
        self.update_text_switch()

    def dataChanged(self, top_left: QModelIndex, bottom_right: QModelIndex, roles=()) -> None:
        super().dataChanged(top_left, bottom_right, roles)
        self.update_text_switch()  # the entry's name (and which texts it has) arrived

    def reset(self) -> None:
        super().reset()
        self.update_text_switch()

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        from PySide6.QtWidgets import QMenu  # menus come after the first paint

        index = self.indexAt(event.pos())
        if index.isValid():
            self.setCurrentIndex(index)
        self.update_text_switch()
        if not self.switch_text_action.isVisible():
            return
        from PySide6.QtCore import Qt  # here: the Qt namespace costs ~12 ms at start-up

        menu = QMenu(self)
        menu.setObjectName("entryMenu")
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        menu.addAction(self.switch_text_action)
        menu.popup(event.globalPos())
        event.accept()

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
        if QKeySequence(event.keyCombination()) == QKeySequence(SWITCH_TEXT_KEYS):
            self.switch_text_action.trigger()  # disabled (a no-op) without a second text
            event.accept()
            return
        if index.isValid() and event.key() == Qt.Key.Key_Delete:
            self.removeRequested.emit(str(index.data(ENTRY_ID_ROLE)))
            event.accept()
            return
        super().keyPressEvent(event)
