"""The entries of the open briefing, in order; rows move by drag and drop.

The model never changes the store itself: a drop asks (``moveRequested``,
``addRequested``) and the writer thread's answer refills the model.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Signal,
)

from briefing.ui.models.result_model import OFFICIAL_MIME, TARGET_MIME
from briefing.ui.roles import ACCESSIBLE_TEXT_ROLE, DISPLAY_ROLE, TOOLTIP_ROLE, USER_ROLE

if TYPE_CHECKING:
    from PySide6.QtCore import QMimeData, Qt

    from briefing.core.models import Entry

ENTRY_ID_ROLE = USER_ROLE + 1
TARGET_ROLE = USER_ROLE + 2
OFFICIAL_ROLE = USER_ROLE + 3  # True: the entry prints the imported official text
ENTRY_MIME = "application/x-briefing-entry"


@dataclass(frozen=True)
class EntryRow:
    """An entry, the label people see for it and its item's kind ("" until known)."""

    entry: Entry
    label: str
    kind: str = ""
    both_texts: bool = False  # the library has our summary and the imported text of it

    def prints_source_text(self) -> bool:
        """The entry prints an imported page's or news item's own text, not an act's."""
        return self.entry.official and self.imported_is_source_text()

    def imported_is_source_text(self) -> bool:
        """The imported text of this entry is a page's or news item's, not an act's."""
        from briefing.core.models import is_act_id  # not before the first paint

        # Until the kind is known (named off the GUI thread): Finlex ids start "act-".
        kind = self.kind or ("legislation" if is_act_id(self.entry.item_id) else "?")
        return kind != "legislation"


class EntryModel(QAbstractListModel):
    """Rows of ``EntryRow`` in their briefing's order."""

    moveRequested = Signal(str, int)  # entry id, new position
    addRequested = Signal(str, int, bool)  # item or section id, position, official text

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[EntryRow] = []

    def set_rows(self, rows: list[EntryRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def relabel(self, rows: list[EntryRow]) -> None:
        """The same entries with new labels (names arrive after the rows)."""
        if [r.entry.id for r in rows] != [r.entry.id for r in self._rows]:
            self.set_rows(rows)
            return
        self._rows = list(rows)
        if rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(rows) - 1, 0))

    def retranslate(self) -> None:
        """Repaint the rows in the interface's new language."""
        if self._rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, 0))

    def entries(self) -> tuple[Entry, ...]:
        return tuple(r.entry for r in self._rows)

    def entry_at(self, row: int) -> Entry | None:
        return self._rows[row].entry if 0 <= row < len(self._rows) else None

    def row_at(self, row: int) -> EntryRow | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, entry_id: str) -> int:
        return next((i for i, r in enumerate(self._rows) if r.entry.id == entry_id), -1)

    def labels(self) -> list[str]:
        return [r.label for r in self._rows]

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = DISPLAY_ROLE) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        if role in (DISPLAY_ROLE, ACCESSIBLE_TEXT_ROLE):
            shown = f"{index.row() + 1}. {row.label}"
            return f"{shown} · {_official_label(row)}" if row.entry.official else shown
        if role == TOOLTIP_ROLE:
            tip = row.entry.memo or row.label
            return f"{tip}\n{_official_tip(row)}" if row.entry.official else tip
        if role == ENTRY_ID_ROLE:
            return row.entry.id
        if role == TARGET_ROLE:
            return row.entry.section_id or row.entry.item_id
        if role == OFFICIAL_ROLE:
            return row.entry.official
        return None

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        from PySide6.QtCore import Qt  # here: the Qt namespace costs ~12 ms at start-up

        base = super().flags(index)
        if index.isValid():
            return base | Qt.ItemFlag.ItemIsDragEnabled
        return base | Qt.ItemFlag.ItemIsDropEnabled

    def supportedDropActions(self) -> Qt.DropAction:
        from PySide6.QtCore import Qt  # here: the Qt namespace costs ~12 ms at start-up

        return Qt.DropAction.MoveAction | Qt.DropAction.CopyAction

    def mimeTypes(self) -> list[str]:
        return [ENTRY_MIME, TARGET_MIME]

    def mimeData(self, indexes: list[QModelIndex]) -> QMimeData:
        from PySide6.QtCore import QByteArray, QMimeData  # drags come after the first paint

        mime = QMimeData()
        valid = [i for i in indexes if i.isValid()]
        if valid:
            mime.setData(ENTRY_MIME, QByteArray(self._rows[valid[0].row()].entry.id.encode()))
        return mime

    def canDropMimeData(self, data, action, row, column, parent) -> bool:
        return data.hasFormat(ENTRY_MIME) or data.hasFormat(TARGET_MIME)

    def dropMimeData(self, data, action, row, column, parent) -> bool:
        from PySide6.QtCore import Qt  # here: the Qt namespace costs ~12 ms at start-up

        if action == Qt.DropAction.IgnoreAction:
            return True
        if row < 0:
            row = parent.row() if parent.isValid() else len(self._rows)
        if data.hasFormat(ENTRY_MIME):
            entry_id = bytes(data.data(ENTRY_MIME).data()).decode()
            old = self.row_of(entry_id)
            if old < 0:
                return False
            # Dropping below itself: the row it lands above shifts up once it leaves.
            self.moveRequested.emit(entry_id, row - 1 if row > old else row)
            return False  # the view must not delete the source row; the store refills us
        if data.hasFormat(TARGET_MIME):
            target = bytes(data.data(TARGET_MIME).data()).decode()
            self.addRequested.emit(target, row, data.hasFormat(OFFICIAL_MIME))
            return True
        return False


def _official_label(row: EntryRow) -> str:
    if row.prints_source_text():
        return QCoreApplication.translate("EntryModel", "text of the source")
    return QCoreApplication.translate("EntryModel", "official text")


def _official_tip(row: EntryRow) -> str:
    if row.prints_source_text():
        return QCoreApplication.translate(
            "EntryModel", "The pack prints the text of the source as imported, not our summary."
        )
    return QCoreApplication.translate(
        "EntryModel", "The pack prints the official text; our summary if it has been removed."
    )
