"""The briefing dock: briefings, the open one's entries, an entry's memo and notes, a preview."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QModelIndex, QTimer, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGridLayout,
    QLabel,
    QListView,
    QPlainTextEdit,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from briefing.ui.models.briefing_model import BRIEFING_ID_ROLE, BriefingModel
from briefing.ui.models.entry_model import EntryModel, EntryRow
from briefing.ui.widgets.entry_view import EntryView

if TYPE_CHECKING:
    from briefing.core.models import Annotation, Briefing, Entry
    from briefing.ui.widgets.briefing_preview import BriefingPreview

NOTE_ID = 257
PREVIEW_TAB = 2


class BriefingPanel(QWidget):
    """Holds ``briefingList`` and ``briefingEntries``; every change is asked for by signal."""

    briefingChosen = Signal(str)
    newRequested = Signal()
    duplicateRequested = Signal(str)
    deleteRequested = Signal(str)
    detailsRequested = Signal(str)
    removeRequested = Signal(str)
    memoEdited = Signal(str, str)  # entry id, memo
    notesChosen = Signal(str, list)  # entry id, note ids in order

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("briefingPanel")
        self.model = BriefingModel(self)
        self.entry_model = EntryModel(self)
        self.notes_model = QStandardItemModel(self)
        self.list_label = QLabel(self)
        self.list = QListView(self)
        self.list.setObjectName("briefingList")
        self.list.setModel(self.model)
        # F2 renames in place; a double click opens the details instead.
        self.list.setEditTriggers(QAbstractItemView.EditTrigger.EditKeyPressed)
        self.new_button = self._button("newBriefingButton")
        self.duplicate_button = self._button("duplicateBriefingButton")
        self.delete_button = self._button("deleteBriefingButton")
        self.details_button = self._button("briefingDetailsButton")
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("briefingTabs")
        page = QWidget(self.tabs)
        self.entries_label = QLabel(page)
        self.entries = EntryView(page)
        self.entries.setModel(self.entry_model)
        self.remove_button = self._button("removeEntryButton", page)
        self.memo_label = QLabel(page)
        self.memo = QPlainTextEdit(page)
        self.memo.setObjectName("entryMemo")
        self.memo.setTabChangesFocus(True)
        self.notes_label = QLabel(page)
        self.notes = QListView(page)
        self.notes.setObjectName("entryNotes")
        self.notes.setModel(self.notes_model)
        # The preview tab is hidden at start: a stand-in page until ``finish_building``
        # (right after the first paint) or the first use of ``preview``. Adding a text
        # browser as a tab page costs more than the rest of the panel.
        self._preview: BriefingPreview | None = None
        self._preview_stand_in = QWidget(self.tabs)
        self._layout(page)
        self.list_label.setBuddy(self.list)
        self.entries_label.setBuddy(self.entries)
        self.memo_label.setBuddy(self.memo)
        self.notes_label.setBuddy(self.notes)
        self._memo_entry = ""
        self._memo_timer = QTimer(self)
        self._memo_timer.setSingleShot(True)
        self._memo_timer.setInterval(700)  # save when the typing pauses
        self._filling = False
        self._connect_signals()
        self._retranslate()
        self._sync()

    @property
    def preview(self) -> BriefingPreview:
        """``briefingPreview``, the third tab (built on first use)."""
        if self._preview is None:
            from briefing.ui.widgets.briefing_preview import BriefingPreview

            self._preview = BriefingPreview(self.tabs)
            current = self.tabs.currentIndex()
            self.tabs.blockSignals(True)  # the same tab stays chosen: nobody needs telling
            self.tabs.removeTab(PREVIEW_TAB)
            self.tabs.insertTab(PREVIEW_TAB, self._preview, self.tr("Preview"))
            self.tabs.setCurrentIndex(current)
            self.tabs.blockSignals(False)
            self._preview_stand_in.deleteLater()
            self._name_scroll_buttons()
        return self._preview

    def finish_building(self) -> None:
        """What the first frame does not show: the preview tab, names of Qt's tab buttons."""
        _ = self.preview

    def _on_tabs_currentChanged(self, index: int) -> None:
        if index == PREVIEW_TAB and self._preview is None:
            _ = self.preview

    def _button(self, name: str, parent: QWidget | None = None) -> QPushButton:
        button = QPushButton(parent or self)
        button.setObjectName(name)
        return button

    def _layout(self, page: QWidget) -> None:
        row = QGridLayout()  # two by two: the side column stays narrow
        row.addWidget(self.new_button, 0, 0)
        row.addWidget(self.details_button, 0, 1)
        row.addWidget(self.duplicate_button, 1, 0)
        row.addWidget(self.delete_button, 1, 1)
        column = QVBoxLayout(page)
        column.setContentsMargins(0, 0, 0, 0)
        for widget in (self.entries_label, self.entries, self.remove_button):
            column.addWidget(widget)
        # Memo and notes on a page of their own: the side column must fit a small screen.
        details = QWidget(self.tabs)
        detail_column = QVBoxLayout(details)
        detail_column.setContentsMargins(0, 0, 0, 0)
        for widget in (self.memo_label, self.memo, self.notes_label, self.notes):
            widget.setParent(details)
            detail_column.addWidget(widget)
        for view in (self.list, self.entries, self.memo, self.notes):
            view.setMinimumHeight(36)
        self.tabs.addTab(page, "")
        self.tabs.addTab(details, "")
        self.tabs.addTab(self._preview_stand_in, "")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.list_label)
        layout.addWidget(self.list, 1)
        layout.addLayout(row)
        layout.addWidget(self.tabs, 3)

    def _connect_signals(self) -> None:
        self.list.selectionModel().currentChanged.connect(self._on_list_currentChanged)
        self.entries.selectionModel().currentChanged.connect(self._on_entries_currentChanged)
        self.entries.removeRequested.connect(self.removeRequested)
        self.new_button.clicked.connect(self.newRequested)
        self.duplicate_button.clicked.connect(lambda: self._ask(self.duplicateRequested))
        self.delete_button.clicked.connect(lambda: self._ask(self.deleteRequested))
        self.details_button.clicked.connect(lambda: self._ask(self.detailsRequested))
        self.list.activated.connect(lambda _index: self._ask(self.detailsRequested))
        self.remove_button.clicked.connect(self._on_removeButton_clicked)
        self.memo.textChanged.connect(self._on_memo_textChanged)
        self._memo_timer.timeout.connect(self._on_memoTimer_timeout)
        self.notes_model.itemChanged.connect(self._on_notesModel_itemChanged)
        self.tabs.currentChanged.connect(self._on_tabs_currentChanged)

    # --- briefings ----------------------------------------------------------------

    def current_id(self) -> str:
        index = self.list.currentIndex()
        return str(index.data(BRIEFING_ID_ROLE)) if index.isValid() else ""

    def set_briefings(self, rows: list[Briefing], current: str = "") -> None:
        current = current or self.current_id()
        self.model.set_briefings(rows)
        row = self.model.row_of(current)
        if row < 0 and rows:
            row = 0
        if row >= 0:
            from PySide6.QtCore import QItemSelectionModel  # briefings come after the first paint

            self.list.selectionModel().setCurrentIndex(
                self.model.index(row, 0), QItemSelectionModel.SelectionFlag.ClearAndSelect
            )
        else:
            self.briefingChosen.emit("")
        self._sync()

    def _ask(self, signal: Signal) -> None:
        brf_id = self.current_id()
        if brf_id:
            signal.emit(brf_id)

    def _on_list_currentChanged(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self.save_memo()
        self.briefingChosen.emit(str(current.data(BRIEFING_ID_ROLE)) if current.isValid() else "")

    # --- entries ------------------------------------------------------------------

    def current_entry(self) -> Entry | None:
        return self.entry_model.entry_at(self.entries.currentIndex().row())

    def set_entries(self, rows: list[EntryRow], current: str = "") -> None:
        current = current or (self.current_entry().id if self.current_entry() else "")
        self.entry_model.set_rows(rows)
        row = self.entry_model.row_of(current)
        if row >= 0:
            self.entries.setCurrentIndex(self.entry_model.index(row, 0))
        else:
            self._show_entry(None)
        self._sync()

    def relabel(self, rows: list[EntryRow]) -> None:
        """New labels for the same entries: the selection and the memo being typed stay."""
        self.entry_model.relabel(rows)

    def _on_entries_currentChanged(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self.save_memo()
        self._show_entry(self.entry_model.entry_at(current.row()))

    def _on_removeButton_clicked(self) -> None:
        entry = self.current_entry()
        if entry is not None:
            self.removeRequested.emit(entry.id)

    def _show_entry(self, entry: Entry | None) -> None:
        same = entry is not None and entry.id == self._memo_entry
        # The store's answer to a save arrives while the person may still be typing:
        # the memo they are writing stays as it is, cursor and all.
        if not (same and self.memo.hasFocus()):
            self._filling = True
            self._memo_entry = entry.id if entry else ""
            self.memo.setPlainText(entry.memo if entry else "")
            self._filling = False
        self._sync()

    def set_entry_notes(self, entry: Entry | None, notes: list[Annotation]) -> None:
        """The notes of the entry's item or section, checked when chosen for the briefing."""
        from PySide6.QtCore import Qt  # here: the Qt namespace costs ~12 ms at start-up

        self._filling = True
        self.notes_model.clear()
        chosen = set(entry.annotation_ids) if entry else set()
        for note in notes:
            item = QStandardItem(" ".join(note.note.split())[:80])
            item.setCheckable(True)
            item.setEditable(False)
            item.setCheckState(
                Qt.CheckState.Checked if note.id in chosen else Qt.CheckState.Unchecked
            )
            item.setData(note.id, NOTE_ID)
            self.notes_model.appendRow(item)
        self._filling = False

    def _on_notesModel_itemChanged(self, _item: QStandardItem) -> None:
        from PySide6.QtCore import Qt  # here: the Qt namespace costs ~12 ms at start-up

        entry = self.current_entry()
        if self._filling or entry is None:
            return
        chosen = []
        for row in range(self.notes_model.rowCount()):
            item = self.notes_model.item(row)
            if item.checkState() == Qt.CheckState.Checked:
                chosen.append(str(item.data(NOTE_ID)))
        self.notesChosen.emit(entry.id, chosen)

    def _on_memo_textChanged(self) -> None:
        if not self._filling and self._memo_entry:
            self._memo_timer.start()

    def save_memo(self) -> None:
        """Ask for the memo typed so far to be stored now, if it has not been yet."""
        if self._memo_timer.isActive():
            self._memo_timer.stop()
            self._on_memoTimer_timeout()

    def _on_memoTimer_timeout(self) -> None:
        if self._memo_entry:
            self.memoEdited.emit(self._memo_entry, self.memo.toPlainText())

    def _sync(self) -> None:
        has_briefing = bool(self.current_id())
        self.duplicate_button.setEnabled(has_briefing)
        self.delete_button.setEnabled(has_briefing)
        self.details_button.setEnabled(has_briefing)
        has_entry = self.current_entry() is not None
        self.remove_button.setEnabled(has_entry)
        self.memo.setEnabled(has_entry)
        self.notes.setEnabled(has_entry)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
            self.entry_model.retranslate()  # "official text" on the rows
        super().changeEvent(event)

    def _retranslate(self) -> None:
        self.list_label.setText(self.tr("&Briefings"))
        self.entries_label.setText(self.tr("&Entries of the open briefing"))
        self.list.setAccessibleName(self.tr("Briefings"))
        self.entries.setAccessibleName(self.tr("Entries of the open briefing"))
        self.entries.setAccessibleDescription(
            self.tr(
                "Ctrl+Up and Ctrl+Down move an entry; Delete takes it out; Ctrl+Shift+T "
                "prints its other text (official text or our summary) where there is one"
            )
        )
        self.new_button.setText(self.tr("&New"))
        self.new_button.setAccessibleName(self.tr("New briefing"))
        self.duplicate_button.setText(self.tr("D&uplicate"))
        self.duplicate_button.setAccessibleName(self.tr("Duplicate the chosen briefing"))
        self.details_button.setText(self.tr("De&tails…"))
        self.details_button.setAccessibleName(self.tr("Title, meeting, language and status"))
        self.delete_button.setText(self.tr("Delete"))
        self.delete_button.setAccessibleName(self.tr("Delete the chosen briefing"))
        self.remove_button.setText(self.tr("&Remove entry"))
        self.remove_button.setAccessibleName(self.tr("Remove the chosen entry"))
        self.memo_label.setText(self.tr("&Memo for this entry"))
        self.memo.setAccessibleName(self.tr("Memo for this entry"))
        self.notes_label.setText(self.tr("N&otes to include"))
        self.notes.setAccessibleName(self.tr("Notes to include"))
        self.tabs.setTabText(0, self.tr("Entries"))
        self.tabs.setTabText(1, self.tr("Memo and notes"))
        self.tabs.setTabText(2, self.tr("Preview"))
        self.tabs.setAccessibleName(self.tr("Open briefing"))
        if self._preview is not None:  # else named when built, after the first paint
            self._name_scroll_buttons()

    def _name_scroll_buttons(self) -> None:
        # Qt names its tab-bar scroll buttons in English only; name them ourselves.
        for name, text in (
            ("ScrollLeftButton", self.tr("Earlier tabs")),
            ("ScrollRightButton", self.tr("Later tabs")),
        ):
            button = self.tabs.tabBar().findChild(QWidget, name)
            if button is not None:
                button.setAccessibleName(text)
