"""Help: every keyboard shortcut of the window, read from the actions themselves."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from briefing.ui.widgets.entry_view import SWITCH_TEXT_KEYS


class ShortcutsDialog(QDialog):
    """A table of what each key does; built from the actions so it is never out of date."""

    def __init__(self, actions: list[QAction], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("shortcutsDialog")
        self._actions = actions
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.table = QTableWidget(self)
        self.table.setObjectName("shortcutTable")
        self.table.setColumnCount(2)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.buttons.rejected.connect(self.reject)
        column = QVBoxLayout(self)
        column.addWidget(self.intro)
        column.addWidget(self.table)
        column.addWidget(self.buttons)
        self.resize(560, 480)
        self._retranslate()

    def rows(self) -> list[tuple[str, str]]:
        """(what, keys) for every action with a shortcut, then the keys of the lists."""
        native = QKeySequence.SequenceFormat.NativeText
        rows = [
            (action.text().replace("&", ""), action.shortcut().toString(native))
            for action in self._actions
            if not action.shortcut().isEmpty()
        ]
        rows += [
            (self.tr("From the search field to the results"), self.tr("Down")),
            (self.tr("Open the result or section chosen"), self.tr("Enter")),
            (self.tr("Next or previous part of the window"), self.tr("Tab, Shift+Tab")),
            (self.tr("Clear the search"), self.tr("Esc")),
            (
                self.tr("Print the chosen entry's other text (official text or our summary)"),
                QKeySequence(SWITCH_TEXT_KEYS).toString(native),
            ),
        ]
        return rows

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        self.intro.setText(self.tr("Everything in Briefing can be done from the keyboard."))
        self.table.setHorizontalHeaderLabels([self.tr("Action"), self.tr("Keys")])
        self.table.setAccessibleName(self.tr("Keyboard shortcuts"))
        rows = self.rows()
        self.table.setRowCount(len(rows))
        for row, (what, keys) in enumerate(rows):
            self.table.setItem(row, 0, QTableWidgetItem(what))
            self.table.setItem(row, 1, QTableWidgetItem(keys))
        self.table.resizeColumnToContents(0)
