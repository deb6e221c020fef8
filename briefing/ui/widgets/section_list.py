"""The outline of an act: its sections; choosing one scrolls the reader there."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QWidget

from briefing.ui.roles import USER_ROLE

if TYPE_CHECKING:  # models load with the library, after the window shows
    from briefing.core.models import Section

ANCHOR_ROLE = USER_ROLE + 1
SECTION_ID_ROLE = USER_ROLE + 2


class SectionList(QListWidget):
    """Lists the shown act's sections; ``sectionChosen`` carries (section id, anchor)."""

    sectionChosen = Signal(str, str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sectionList")
        self.itemActivated.connect(self._on_self_itemActivated)
        self.itemClicked.connect(self._on_self_itemActivated)
        self._retranslate()

    def set_sections(self, sections: tuple[Section, ...]) -> None:
        self.clear()
        chapter = ""
        for section in sections:
            if section.chapter and section.chapter != chapter:
                chapter = section.chapter
                head = QListWidgetItem(chapter)
                from PySide6.QtCore import Qt  # not at import: see roles.py

                head.setFlags(Qt.ItemFlag.NoItemFlags)
                self.addItem(head)
            row = QListWidgetItem(f"{section.number} {section.heading}".strip())
            row.setData(ANCHOR_ROLE, section.anchor or section.id)
            row.setData(SECTION_ID_ROLE, section.id)
            row.setToolTip(row.text())
            self.addItem(row)
        self.setVisible(bool(sections))

    def follow(self, anchor: str) -> None:
        """Mark the section being read, without moving the reader (no ``sectionChosen``)."""
        for i in range(self.count()):
            if self.item(i).data(ANCHOR_ROLE) == anchor:
                self.setCurrentRow(i)
                self.scrollToItem(self.item(i))
                return
        self.clearSelection()

    def _on_self_itemActivated(self, row: QListWidgetItem) -> None:
        anchor = row.data(ANCHOR_ROLE)
        if anchor:
            self.sectionChosen.emit(row.data(SECTION_ID_ROLE), anchor)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        self.setAccessibleName(self.tr("Sections of the act"))
