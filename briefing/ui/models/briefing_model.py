"""The briefing list's model: every briefing, most recently changed first; F2 renames."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Signal,
)

from briefing.ui.roles import ACCESSIBLE_TEXT_ROLE, DISPLAY_ROLE, TOOLTIP_ROLE, USER_ROLE

if TYPE_CHECKING:
    from PySide6.QtCore import Qt

    from briefing.core.models import Briefing

BRIEFING_ID_ROLE = USER_ROLE + 1
EDIT_ROLE = 2


class BriefingModel(QAbstractListModel):
    """Rows of ``Briefing``; an edit asks for a rename through ``renameRequested``."""

    renameRequested = Signal(str, str)  # briefing id, new title

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[Briefing] = []

    def set_briefings(self, rows: list[Briefing]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def briefing_at(self, row: int) -> Briefing | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, brf_id: str) -> int:
        return next((i for i, b in enumerate(self._rows) if b.id == brf_id), -1)

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        from PySide6.QtCore import Qt  # here: the Qt namespace costs ~12 ms at start-up

        base = super().flags(index)
        return base | Qt.ItemFlag.ItemIsEditable if index.isValid() else base

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = DISPLAY_ROLE) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        brf = self._rows[index.row()]
        if role == EDIT_ROLE:
            return brf.title
        if role in (DISPLAY_ROLE, ACCESSIBLE_TEXT_ROLE, TOOLTIP_ROLE):
            count = QCoreApplication.translate("BriefingModel", "%n entries", "", len(brf.entries))
            return f"{brf.title} ({count})"
        if role == BRIEFING_ID_ROLE:
            return brf.id
        return None

    def setData(
        self, index: QModelIndex | QPersistentModelIndex, value: Any, role: int = EDIT_ROLE
    ) -> bool:
        if role != EDIT_ROLE or not index.isValid():
            return False
        title = str(value).strip()
        brf = self._rows[index.row()]
        if not title or title == brf.title:
            return False
        self.renameRequested.emit(brf.id, title)
        return True
