"""The briefing dock: the briefings and the open one's entries (wired with the notes store)."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtGui import QStandardItemModel
from PySide6.QtWidgets import QLabel, QListView, QVBoxLayout, QWidget


class BriefingPanel(QWidget):
    """Holds ``briefingList`` and ``briefingEntries``; empty until the notes store is connected."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("briefingPanel")
        self.list_label = QLabel(self)
        self.list = QListView(self)
        self.list.setObjectName("briefingList")
        self.list.setModel(QStandardItemModel(self.list))
        self.entries_label = QLabel(self)
        self.entries = QListView(self)
        self.entries.setObjectName("briefingEntries")
        self.entries.setModel(QStandardItemModel(self.entries))
        self.list_label.setBuddy(self.list)
        self.entries_label.setBuddy(self.entries)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        for widget in (self.list_label, self.list, self.entries_label, self.entries):
            layout.addWidget(widget)
        self._retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        self.list_label.setText(self.tr("&Briefings"))
        self.entries_label.setText(self.tr("&Entries of the open briefing"))
        self.list.setAccessibleName(self.tr("Briefings"))
        self.entries.setAccessibleName(self.tr("Entries of the open briefing"))
