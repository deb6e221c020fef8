"""The work done in the window: annotate, compile, export, import — wired onto MainWindow.

Built by ``app.make_window`` beside the window. It owns the notes writer (the one
thread that writes user.db), the undo history and the three parts of the work, and
connects them to the window's actions, panels and menus in ``_connect_signals``.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QToolBar

from briefing import paths
from briefing.ui.library_access import LibraryAccess
from briefing.ui.notes_writer import NotesWriter
from briefing.ui.undo import UndoHistory

if TYPE_CHECKING:
    from PySide6.QtCore import QUrl

    from briefing.ui.annotating import Annotating
    from briefing.ui.compiling import Compiling
    from briefing.ui.main_window import MainWindow


class Workflow(QObject):
    """Annotating, compiling, exporting and importing in ``window``."""

    dialogOpened = Signal(object)  # every dialog this opens, for tests and tools

    def __init__(
        self,
        window: MainWindow,
        profile: Path,
        library: LibraryAccess,
        *,
        open_url: Callable[[QUrl], bool] | None = None,
        choose_files: Callable[[], list[str]] | None = None,
        choose_folder: Callable[[], str] | None = None,
    ) -> None:
        super().__init__(window)
        self.window = window
        self._profile = profile
        self._library = library
        self._open_url = open_url
        self.choose_files = choose_files
        self.choose_folder = choose_folder
        self.writer = NotesWriter(profile, window.settings().author, self)
        self.undo = UndoHistory(self.writer, window)
        # Built after the first paint (``_parts``): their modules cost ~12 ms to import.
        self.annotating: Annotating = None  # type: ignore[assignment]
        self.compiling: Compiling = None  # type: ignore[assignment]
        self.import_action = QAction(window)
        self.import_action.setObjectName("importOfficialAction")
        self.import_action.setShortcuts([QKeySequence("Ctrl+Shift+I")])
        self.dialog: Any = None
        self._build()
        self._connect_signals()
        self._retranslate()
        self._started = False
        window.installEventFilter(self)

    def _build(self) -> None:
        w, a = self.window, self.window.actions
        for action in (a.annotate, a.add_to_briefing, a.export_pdf):
            action.setEnabled(True)
        # Beside the search field: one toolbar row, and one less widget to lay out at start.
        self.toolbar: QToolBar = w.search_bar
        self.toolbar.addSeparator()
        for action in (a.annotate, a.add_to_briefing, a.export_pdf):
            self.toolbar.addAction(action)
        w.menu_bar.file_menu.insertAction(a.export_pdf, self.import_action)
        first = w.menu_bar.edit_menu.actions()[0]
        w.menu_bar.edit_menu.insertAction(first, self.undo.action)
        w.menu_bar.edit_menu.insertSeparator(first)
        for action in (a.annotate, a.add_to_briefing, a.export_pdf, self.import_action):
            w.addAction(action)
        w.addAction(self.undo.action)
        w.result_list.setDragEnabled(True)
        w.briefing_panel.entries.target_for_source = self._drag_target
        w.briefing_panel.entries.official_for_source = self._drag_official

    def _connect_signals(self) -> None:
        w, a = self.window, self.window.actions
        w.pageShown.connect(self._on_window_pageShown)
        w.reader.customContextMenuRequested.connect(self._on_reader_customContextMenuRequested)
        a.annotate.triggered.connect(self._on_annotateAction_triggered)
        a.add_to_briefing.triggered.connect(self._on_addToBriefingAction_triggered)
        a.export_pdf.triggered.connect(self._on_exportPdfAction_triggered)
        self.import_action.triggered.connect(self._on_importAction_triggered)
        self.writer.failed.connect(self._on_writer_failed)
        self.undo.undone.connect(self._on_undo_undone)

    def _parts(self) -> None:
        """Annotating and compiling, built on first need (normally right after the first paint)."""
        if self.annotating is not None:
            return
        from briefing.ui.annotating import Annotating
        from briefing.ui.compiling import Compiling

        w = self.window
        self.annotating = Annotating(w.reader, w.annotation_panel, self.writer, self.undo, self)
        self.compiling = Compiling(
            w.briefing_panel, self.writer, self.undo, self._library, w.settings, self
        )
        self.annotating.message.connect(self._say)
        self.annotating.dialogOpened.connect(self.dialogOpened)
        self.compiling.message.connect(self._say)
        self.compiling.dialogOpened.connect(self.dialogOpened)

    def _start(self) -> None:
        """After the window shows: the briefings, and notes re-anchored to this library."""
        from PySide6.QtCore import Qt  # here: the Qt namespace costs ~12 ms at start-up

        self._parts()
        self.window.briefing_panel.finish_building()
        self.window.reader.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.window.briefing_panel.entries.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.compiling.refresh()
        if self._library.available():
            from briefing.ui import operations as ops

            self.writer.submit(ops.reanchor(self._library), ops.ANNOTATIONS)

    def _say(self, text: str) -> None:
        self.window.statusBar().showMessage(text, 8000)

    def _on_writer_failed(self, _ticket: int, message: str) -> None:
        self._say(self.tr("Could not save: %1").replace("%1", message))

    def _on_undo_undone(self, what: str) -> None:
        self._say(self.tr("Undone: %1").replace("%1", what))

    def _on_annotateAction_triggered(self) -> None:
        self._parts()
        self.annotating.annotate()

    def _on_window_pageShown(self, page: object) -> None:
        self._parts()
        self.annotating.page_shown(page.item)  # type: ignore[attr-defined]

    def _on_reader_customContextMenuRequested(self, point: object) -> None:
        a = self.window.actions
        self._parts()
        self.annotating.context_menu(point, [a.annotate, a.add_to_briefing])  # type: ignore[arg-type]

    def _drag_target(self, source: object) -> str:
        """What a drag of text from the reader adds to the briefing: its section or item.

        (A result row carries its id in the drag itself.)
        """
        w = self.window
        if source is w.reader or source is w.reader.viewport():
            self._parts()
            return self.annotating.target_at_cursor()
        return ""

    def _drag_official(self, source: object) -> bool:
        """Whether a drag from the reader carries the imported official text shown."""
        w = self.window
        return (source is w.reader or source is w.reader.viewport()) and self._shows_official()

    def _shows_official(self) -> bool:
        item = self.annotating.item() if self.annotating is not None else None
        return item is not None and item.official

    def _on_addToBriefingAction_triggered(self) -> None:
        self._parts()
        # The text the person reads is the one the pack prints: summary or official.
        self.compiling.add_target(
            self.annotating.target_at_cursor(), official=self._shows_official()
        )

    # --- dialogs --------------------------------------------------------------------

    def _show(self, dialog: Any) -> None:
        self.dialog = dialog
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        self.dialogOpened.emit(dialog)

    def _on_exportPdfAction_triggered(self) -> None:
        from briefing.ui.dialogs.export_dialog import ExportDialog

        self._parts()
        brf_id = self.compiling.open_id()
        if not brf_id:
            self._say(self.tr("Open or make a briefing first, then export it."))
            return
        self.window.briefing_panel.save_memo()
        brf = self.writer.reader().briefing(brf_id)
        settings = self.window.settings()
        dialog = ExportDialog(
            profile=self._profile,
            library=self._library,
            briefing_id=brf_id,
            title=brf.title,
            lang=brf.lang or settings.export_language,
            settings=settings,
            parent=self.window,
            open_url=self._open_url,
        )
        self._show(dialog)

    def _on_importAction_triggered(self) -> None:
        from briefing.ui.dialogs.import_dialog import ImportDialog

        dialog = ImportDialog(
            self._profile,
            self.window,
            choose_files=self.choose_files,
            choose_folder=self.choose_folder,
        )
        dialog.imported.connect(self.library_changed)
        self._show(dialog)

    def library_changed(self, summary: object = None) -> None:
        """Texts came in (acts, pages, news): reopen the library with them (a first import
        creates official.db), search again and show the page afresh."""
        self._library.official = paths.official_db(self._profile)
        self._library.reopen()
        self.window.refresh_library()
        if self.compiling is not None:
            self.compiling.library_changed()  # entries may now have both texts
        imported = {act.id for act in getattr(summary, "imported", ())}
        if imported:  # a text imported again may have changed under its notes
            from briefing.ui import operations as ops

            self.writer.submit(ops.reanchor_items(self._library, imported), ops.ANNOTATIONS)

    # --- language and closing ---------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.window:
            if not self._started and event.type() == QEvent.Type.Paint:
                # The notes store (and sqlite_utils) load once the window is on screen.
                self._started = True
                QTimer.singleShot(0, self._start)
            elif event.type() == QEvent.Type.LanguageChange:
                self._retranslate()
            elif event.type() == QEvent.Type.Close:
                self.shut_down()
        return False

    def _retranslate(self) -> None:
        self.import_action.setText(self.tr("&Import texts…"))
        tip = self.tr("Import Finlex open data, web pages saved from a browser or news feeds")
        self.import_action.setToolTip(tip)
        self.import_action.setStatusTip(tip)
        self.undo.retranslate()

    def shut_down(self) -> None:
        """Save a memo being typed, finish queued writes, close the notes stores."""
        self.window.briefing_panel.save_memo()
        self.writer.finish()
