"""The search box: a line edit that hands the keyboard on to the results with the Down key."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLineEdit, QWidget

if TYPE_CHECKING:  # named at import, the event class would build its enums before the first paint
    from PySide6.QtGui import QKeyEvent


class SearchField(QLineEdit):
    """``leaveDown`` asks the window to move the focus to the result list; Esc clears."""

    leaveDown = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("searchField")
        self.setClearButtonEnabled(True)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        from PySide6.QtCore import Qt  # not at import time: see roles.py

        if event.key() == Qt.Key.Key_Down:
            self.leaveDown.emit()
            return
        if event.key() == Qt.Key.Key_Escape and self.text():
            self.clear()  # back to browsing everything
            return
        super().keyPressEvent(event)
