"""Navigation by kind on the left: All, then the seven kinds of the library."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QWidget

from briefing.ui.item_page import kind_label
from briefing.ui.roles import USER_ROLE

KIND_ROLE = USER_ROLE + 1
# core.models.KINDS, in the same order (a test keeps them equal): spelled out so the
# navigation is built without loading every model class before the first paint.
KINDS = ("legislation", "priority", "news", "service", "actor", "programme", "learning")


class KindList(QListWidget):
    """Choosing a row filters the results; ``kindChanged`` carries the kind or None for all."""

    kindChanged = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("kindList")
        for kind in (None, *KINDS):
            row = QListWidgetItem()
            row.setData(KIND_ROLE, kind)
            self.addItem(row)
        self.setCurrentRow(0)
        self.currentRowChanged.connect(self._on_self_currentRowChanged)
        self._retranslate()

    def current_kind(self) -> str | None:
        row = self.currentItem()
        return row.data(KIND_ROLE) if row is not None else None

    def _on_self_currentRowChanged(self, _row: int) -> None:
        self.kindChanged.emit(self.current_kind())

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        self.setAccessibleName(self.tr("Kinds of material"))
        for i in range(self.count()):
            row = self.item(i)
            kind = row.data(KIND_ROLE)
            row.setText(kind_label(kind) if kind else self.tr("All"))
