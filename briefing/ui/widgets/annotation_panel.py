"""The annotation panel: the notes on the item shown (filled once the notes store is wired)."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtGui import QStandardItemModel
from PySide6.QtWidgets import QLabel, QListView, QVBoxLayout, QWidget


class AnnotationPanel(QWidget):
    """Holds ``annotationList``; empty until the notes store is connected."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("annotationPanel")
        self.hint = QLabel(self)
        self.hint.setWordWrap(True)
        self.list = QListView(self)
        self.list.setObjectName("annotationList")
        self.list.setModel(QStandardItemModel(self.list))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.hint)
        layout.addWidget(self.list)
        self._retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        self.hint.setText(self.tr("No annotations on this item."))
        self.list.setAccessibleName(self.tr("Annotations"))
