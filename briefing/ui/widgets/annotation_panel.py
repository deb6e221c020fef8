"""The annotation panel: the notes on the item shown; activate one to jump to it."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QModelIndex, QObject, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QListView, QPushButton, QVBoxLayout, QWidget

from briefing.ui.models.annotation_model import NOTE_ID_ROLE, AnnotationModel

if TYPE_CHECKING:
    pass


class AnnotationPanel(QWidget):
    """Holds ``annotationList``; asks for jumps, edits and deletions by signal."""

    noteActivated = Signal(str)
    editRequested = Signal(str)
    deleteRequested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("annotationPanel")
        self.hint = QLabel(self)
        self.hint.setWordWrap(True)
        self.model = AnnotationModel(self)
        self.list = QListView(self)
        self.list.setObjectName("annotationList")
        self.list.setModel(self.model)
        self.list.setWordWrap(True)
        self.list.setAlternatingRowColors(True)
        self.edit_button = QPushButton(self)
        self.edit_button.setObjectName("editAnnotationButton")
        self.delete_button = QPushButton(self)
        self.delete_button.setObjectName("deleteAnnotationButton")
        buttons = QHBoxLayout()
        buttons.addWidget(self.edit_button)
        buttons.addWidget(self.delete_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.hint)
        layout.addWidget(self.list)
        layout.addLayout(buttons)
        self.list.activated.connect(self._on_list_activated)
        self.list.clicked.connect(self._on_list_activated)
        self.edit_button.clicked.connect(lambda: self._ask(self.editRequested))
        self.delete_button.clicked.connect(lambda: self._ask(self.deleteRequested))
        self.list.installEventFilter(self)
        self._retranslate()
        self._sync()

    def set_notes(self, notes: list) -> None:
        current = self.current_id()
        self.model.set_notes(notes)
        row = self.model.row_of(current)
        if row >= 0:
            self.list.setCurrentIndex(self.model.index(row, 0))
        self._sync()

    def current_id(self) -> str:
        index = self.list.currentIndex()
        return str(index.data(NOTE_ID_ROLE)) if index.isValid() else ""

    def _ask(self, signal: Signal) -> None:
        note_id = self.current_id()
        if note_id:
            signal.emit(note_id)

    def _on_list_activated(self, index: QModelIndex) -> None:
        if index.isValid():
            self.noteActivated.emit(str(index.data(NOTE_ID_ROLE)))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.list and event.type() == QEvent.Type.KeyPress:
            from PySide6.QtCore import Qt  # here: the Qt namespace costs ~12 ms at start-up

            key = event.key() if isinstance(event, QKeyEvent) else 0
            if key == Qt.Key.Key_Delete:
                self._ask(self.deleteRequested)
                return True
            if key == Qt.Key.Key_F2:
                self._ask(self.editRequested)
                return True
        return super().eventFilter(watched, event)

    def _sync(self) -> None:
        empty = self.model.rowCount() == 0
        self.hint.setVisible(empty)
        self.edit_button.setEnabled(not empty)
        self.delete_button.setEnabled(not empty)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        self.hint.setText(self.tr("No annotations on this item."))
        self.list.setAccessibleName(self.tr("Annotations"))
        self.edit_button.setText(self.tr("&Edit note…"))
        self.edit_button.setAccessibleName(self.tr("Edit the chosen note"))
        self.delete_button.setText(self.tr("&Delete note"))
        self.delete_button.setAccessibleName(self.tr("Delete the chosen note"))
        self.model.retranslate()
