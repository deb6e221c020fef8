"""The main window: kinds on the left, search on top, results, the reader, notes and briefings."""

from __future__ import annotations

import logging
from collections.abc import Callable
from itertools import pairwise
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QTimer, Signal
from PySide6.QtGui import QAction, QDesktopServices
from PySide6.QtWidgets import (
    QLabel,
    QMainWindow,
    QSplitter,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from briefing import settings as settings_module
from briefing.core.errors import BriefingError
from briefing.settings import Settings
from briefing.ui.actions import Actions
from briefing.ui.item_page import LANGUAGE_NAMES
from briefing.ui.library_access import LibraryAccess
from briefing.ui.models.result_model import ID_ROLE, LANG_ROLE, OFFICIAL_ROLE
from briefing.ui.page_loader import Page, PageLoader, load_page, render
from briefing.ui.search_runner import Query, SearchRunner
from briefing.ui.translations import Translations
from briefing.ui.widgets.annotation_panel import AnnotationPanel
from briefing.ui.widgets.briefing_panel import BriefingPanel
from briefing.ui.widgets.kind_list import KindList
from briefing.ui.widgets.menu_bar import MenuBar
from briefing.ui.widgets.reader_view import ReaderView
from briefing.ui.widgets.result_pane import ResultPane
from briefing.ui.widgets.search_field import SearchField
from briefing.ui.widgets.section_list import SectionList
from briefing.ui.window_layout import restore_layout, save_layout

if TYPE_CHECKING:  # models load with the library, after the window shows
    # Each PySide class named at import builds its enums then: these wait for their use.
    from PySide6.QtCore import QModelIndex, QUrl
    from PySide6.QtGui import QCloseEvent, QPaintEvent

    from briefing.core.models import Item

log = logging.getLogger(__name__)
WEB_SCHEMES = ("http", "https", "mailto")


class MainWindow(QMainWindow):
    """Built by ``briefing.app``; every collaborator comes in through the constructor."""

    pageShown = Signal(object)  # the Page now in the reader (notes mark it, briefings add it)

    def __init__(
        self,
        *,
        profile: Path,
        settings: Settings,
        library: LibraryAccess,
        searcher: SearchRunner,
        pages: PageLoader,
        translations: Translations | None = None,
        open_url: Callable[[QUrl], bool] | None = None,
    ) -> None:
        super().__init__()
        self.setObjectName("mainWindow")
        self._profile = profile
        self._settings = settings
        self._library = library
        self._searcher = searcher
        self._pages = pages
        self._translations = translations
        self._open_url = open_url
        self._item: Item | None = None
        self._anchor = ""
        self._wanted = ""
        self._version = ""
        self._missing_detail = ""
        self.actions = Actions(self)
        self._build()
        self._connect_signals()
        self._retranslate()
        restore_layout(self, self._profile)
        self._library_requested = False

    # --- building ---------------------------------------------------------------

    def _build(self) -> None:
        self.search_field = SearchField(self)
        self.search_bar = QToolBar(self)
        self.search_bar.setObjectName("searchBar")
        self.search_bar.setMovable(False)
        self.search_bar.addWidget(self.search_field)
        self.addToolBar(self.search_bar)

        self.kind_list = KindList(self)
        self.results = ResultPane(self)
        self.result_model = self.results.model
        self.result_list = self.results.list

        self.reader = ReaderView(self)
        self.section_list = SectionList(self)
        self.section_list.setVisible(False)
        # parent= by keyword: positionally, PySide tries the (Qt.Orientation, parent)
        # overload first, which builds every Qt enum (about 40 ms of start-up).
        self.splitter = QSplitter(parent=self)  # horizontal
        self.splitter.setObjectName("mainSplitter")
        self.annotation_panel = AnnotationPanel(self)
        self.briefing_panel = BriefingPanel(self)
        # A column rather than dock widgets: docks need the Qt namespace's enums, which
        # cost more start-up time than the whole rest of the window (see roles.py).
        side = QWidget(self)
        side.setObjectName("sidePanel")
        side_column = QVBoxLayout(side)
        side_column.setContentsMargins(0, 0, 0, 0)
        side_column.addWidget(self.annotation_panel)
        side_column.addWidget(self.briefing_panel)
        for widget, stretch in (
            (self.kind_list, 0),
            (self.results, 1),
            (self.reader, 3),
            (self.section_list, 1),
            (side, 1),
        ):
            self.splitter.addWidget(widget)
            self.splitter.setStretchFactor(self.splitter.indexOf(widget), stretch)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setSizes([165, 290, 510, 190, 290])  # until the person's own layout
        self.setCentralWidget(self.splitter)

        self.version_label = QLabel(self)
        self.statusBar().addPermanentWidget(self.version_label)
        self._build_menus()
        chain = [self.search_field, self.kind_list, self.result_list, self.reader]
        chain += [self.section_list, self.annotation_panel.list, self.briefing_panel.list]
        chain += [self.briefing_panel.entries]
        for first, second in pairwise(chain):
            QWidget.setTabOrder(first, second)  # reading order, left to right
        self.resize(1200, 800)

    def _build_menus(self) -> None:
        self.menu_bar = MenuBar(self.actions, self)
        self.setMenuBar(self.menu_bar)
        self.language_menu = self.menu_bar.language_menu
        self.file_menu = self.menu_bar.file_menu
        self._sync_language_menu()
        a = self.actions
        for action in (a.find, a.zoom_in, a.zoom_out, a.quit, a.settings, a.shortcuts):
            self.addAction(action)  # shortcuts work wherever the focus is

    def _sync_language_menu(self) -> None:
        current = self._settings.ui_language()
        locked = "interface_language" in self._settings.locked
        for lang, action in self.actions.languages.items():
            action.setChecked(lang == current)
            action.setEnabled(not locked)

    # --- wiring -----------------------------------------------------------------

    def _connect_signals(self) -> None:
        a = self.actions
        self.search_field.textChanged.connect(self._on_searchField_textChanged)
        self.search_field.returnPressed.connect(self._on_searchField_returnPressed)
        self.search_field.leaveDown.connect(self._on_searchField_leaveDown)
        self.kind_list.kindChanged.connect(self._on_kindList_kindChanged)
        self._searcher.resultsReady.connect(self._on_searcher_resultsReady)
        self._searcher.searchFailed.connect(self._on_searcher_searchFailed)
        self._pages.pageReady.connect(self._on_pages_pageReady)
        self._pages.pageFailed.connect(self._on_pages_pageFailed)
        self.result_list.activated.connect(self._on_resultList_activated)
        self.result_list.clicked.connect(self._on_resultList_activated)
        self.result_list.selectionModel().currentChanged.connect(self._on_resultList_currentChanged)
        self.reader.anchorClicked.connect(self._on_reader_anchorClicked)
        self.section_list.sectionChosen.connect(self._on_sectionList_sectionChosen)
        self.reader.anchorInView.connect(self.section_list.follow)
        a.find.triggered.connect(self._on_findAction_triggered)
        a.zoom_in.triggered.connect(self._on_zoomInAction_triggered)
        a.zoom_out.triggered.connect(self._on_zoomOutAction_triggered)
        a.quit.triggered.connect(self.close)
        a.settings.triggered.connect(self._on_settingsAction_triggered)
        a.shortcuts.triggered.connect(self._on_shortcutsAction_triggered)
        a.language_group.triggered.connect(self._on_languageGroup_triggered)
        a.show_annotations.toggled.connect(self.annotation_panel.setVisible)
        a.show_briefings.toggled.connect(self.briefing_panel.setVisible)

    def _query(self) -> Query:
        return Query(
            self.search_field.text(), self.kind_list.current_kind(), self._settings.content_order()
        )

    def _on_searchField_textChanged(self, _text: str) -> None:
        if self._library.available():
            self._searcher.request(self._query())

    def _on_searchField_returnPressed(self) -> None:
        if self._library.available():
            self._searcher.request(self._query(), now=True)
        if self.result_model.rowCount() > 0:
            self.result_list.setFocus()

    def _on_searchField_leaveDown(self) -> None:
        if self.result_model.rowCount() == 0:
            return
        self.result_list.setFocus()
        if not self.result_list.currentIndex().isValid():
            self.result_list.setCurrentIndex(self.result_model.index(0, 0))

    def _on_kindList_kindChanged(self, _kind: object) -> None:
        if self._library.available():
            self._searcher.request(self._query(), now=True)

    def _on_searcher_resultsReady(self, query: Query, results: object) -> None:
        self.results.show_results(query.text, results)

    def _on_searcher_searchFailed(self, _query: Query, detail: str) -> None:
        self.statusBar().showMessage(self.results.show_failed(detail), 8000)

    def _on_resultList_activated(self, index: QModelIndex) -> None:
        if index.isValid():
            text = "official" if index.data(OFFICIAL_ROLE) else ""
            self.request_open(index.data(ID_ROLE), index.data(LANG_ROLE), text)

    def _on_resultList_currentChanged(self, current: QModelIndex, _prev: QModelIndex) -> None:
        shown_official = self._item is not None and self._item.official
        if current.isValid() and (
            current.data(ID_ROLE) != self._shown_id()
            or bool(current.data(OFFICIAL_ROLE)) != shown_official  # the act's other text
        ):
            self._on_resultList_activated(current)

    def _on_reader_anchorClicked(self, url: QUrl) -> None:
        from PySide6.QtCore import QUrlQuery

        scheme = url.scheme().lower()
        if scheme == "item":
            query = QUrlQuery(url)
            lang = query.queryItemValue("lang") or None
            self.request_open(url.path(), lang, query.queryItemValue("text"))
        elif scheme in WEB_SCHEMES:
            # The system browser, and only because the person clicked.
            (self._open_url or QDesktopServices.openUrl)(url)
        elif not scheme and url.hasFragment():
            self.reader.go_to(url.fragment())

    def _on_sectionList_sectionChosen(self, _section_id: str, anchor: str) -> None:
        self._anchor = anchor
        self.reader.go_to(anchor)

    def _on_findAction_triggered(self) -> None:
        self.search_field.setFocus()
        self.search_field.selectAll()

    def _on_zoomInAction_triggered(self) -> None:
        self.reader.zoom(self.reader.zoom_steps + 1)

    def _on_zoomOutAction_triggered(self) -> None:
        self.reader.zoom(self.reader.zoom_steps - 1)

    def _on_languageGroup_triggered(self, action: object) -> None:
        lang = action.data()  # type: ignore[attr-defined]
        try:
            self._settings = settings_module.save_user_settings(
                self._profile, {"interface_language": lang}
            )
        except BriefingError as exc:
            self.statusBar().showMessage(str(exc), 8000)
        if self._translations is not None:
            self._translations.switch(lang)

    def _on_settingsAction_triggered(self) -> None:
        from briefing.ui.dialogs.settings_dialog import SettingsDialog

        self._settings_dialog = SettingsDialog(self._profile, self._settings, self)
        _delete_on_close(self._settings_dialog)
        self._settings_dialog.accepted.connect(self._on_settingsDialog_accepted)
        self._settings_dialog.open()

    def _on_settingsDialog_accepted(self) -> None:
        saved = self._settings_dialog.saved
        if saved is not None:
            self.apply_settings(saved)

    def _on_shortcutsAction_triggered(self) -> None:
        from briefing.ui.dialogs.shortcuts_dialog import ShortcutsDialog

        a = self.actions
        listed = [a.find, a.annotate, a.add_to_briefing, a.export_pdf, a.zoom_in, a.zoom_out]
        listed += [a.show_annotations, a.show_briefings, a.settings, a.shortcuts, a.quit]
        listed += self.findChildren(QAction, "undoAction")  # the workflow's, when wired
        listed += self.findChildren(QAction, "importOfficialAction")
        self._shortcuts_dialog = ShortcutsDialog(listed, self)
        _delete_on_close(self._shortcuts_dialog)
        self._shortcuts_dialog.open()

    def apply_settings(self, new: Settings) -> None:
        """Use settings just saved: interface language, content order, the page shown."""
        self._settings = new
        self._sync_language_menu()
        if self._translations is not None and new.ui_language() != self._translations.language:
            self._translations.switch(new.ui_language())  # LanguageChange re-renders
        else:
            self._rerender()
        if self._library.available() and self._library_requested:
            self._searcher.request(self._query(), now=True)

    # --- the library ------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if not self._library_requested:
            # The library (and the search modules) load once the window is on screen:
            # a person sees the window first, a moment before the list fills.
            self._library_requested = True
            QTimer.singleShot(0, self._load_library)

    def _load_library(self) -> None:
        if not self._library.available():
            self._show_missing(
                self.tr("The file %1 does not exist.").replace("%1", str(self._library.content))
            )
            return
        try:
            self._version = self._library.store().version().version
        except BriefingError as exc:
            self._show_missing(str(exc))
            return
        self._show_version()
        self._searcher.request(self._query(), now=True)

    def _show_missing(self, detail: str) -> None:
        self._missing_detail = detail
        self.reader.show_message(self.results.show_missing() + "\n\n" + detail)

    def _show_version(self) -> None:
        if self._version:
            self.version_label.setText(self.tr("Library %1").replace("%1", self._version[:12]))

    def _shown_id(self) -> str:
        return self._item.id if self._item is not None else ""

    def open_id(self, target: str, lang: str | None = None) -> bool:
        """Show an item, or an act at one of its sections, now; False (and a message) if absent.

        For tools and tests; the window's own clicks use ``request_open`` (off the GUI thread).
        """
        order = self._settings.content_order()
        try:
            page = load_page(self._library, target, lang or order[0], order, self._ui_language())
        except BriefingError as exc:
            self._on_pages_pageFailed(target, str(exc))
            return False
        self._show_page(page)
        return True

    def request_open(self, target: str, lang: str | None = None, text: str = "") -> None:
        """Open ``target`` in the reader once a pool thread has read and rendered it.

        ``text`` "official" or "summary" picks that text of an act that has both.
        """
        order = self._settings.content_order()
        self._pages.load(target, lang or order[0], order, self._ui_language(), text)

    def _on_pages_pageReady(self, page: Page) -> None:
        self._show_page(page)

    def _on_pages_pageFailed(self, target: str, message: str) -> None:
        self.statusBar().showMessage(
            self.tr("Cannot open %1: %2").replace("%1", target).replace("%2", message), 8000
        )

    def _show_page(self, page: Page) -> None:
        self._item, self._wanted, self._anchor = page.item, page.wanted, page.anchor
        self.reader.show_page(page.item.id, page.item.lang, page.html, page.anchor)
        self.section_list.set_sections(page.item.sections)
        self.section_list.follow(page.anchor or self.reader.in_view)
        self.setWindowTitle(f"{page.item.title} — Briefing")
        self.pageShown.emit(page)

    def _rerender(self) -> None:
        """The page shown, again in the current interface language (dates, labels)."""
        if self._item is None:
            return
        order = self._settings.content_order()
        html = render(self._library, self._item, self._wanted, order, self._ui_language())
        self._show_page(Page(self._item, self._wanted, self._anchor, html))

    def settings(self) -> Settings:
        """The settings in use now (they change when the person saves the dialog)."""
        return self._settings

    def refresh_library(self) -> None:
        """The library changed (an import): search again and show the page afresh."""
        if self._library.available() and self._library_requested:
            self._searcher.request(self._query(), now=True)
            self._rerender()

    def _ui_language(self) -> str:
        if self._translations is not None:
            return self._translations.language
        return self._settings.ui_language()

    # --- language and layout ----------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
            self._rerender()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        self.actions.retranslate()
        if self._item is None:
            self.setWindowTitle(self.tr("Briefing"))
        self.search_field.setPlaceholderText(self.tr("Search the library (Ctrl+F)"))
        self.search_field.setAccessibleName(self.tr("Search"))
        self.search_bar.setWindowTitle(self.tr("Search"))
        locked = "interface_language" in self._settings.locked
        tip = self.tr("Set by your organisation") if locked else ""
        for lang, action in self.actions.languages.items():
            action.setToolTip(tip or LANGUAGE_NAMES[lang])
        self._show_version()
        if self.results.missing():
            self._show_missing(self._missing_detail)

    def bring_forward(self) -> None:
        """Another start asked for this window: show it on top, as it was."""
        if self.isMinimized():
            self.showNormal()
        self.show()
        self.raise_()
        self.activateWindow()

    def shut_down(self) -> None:
        """After the event loop: let a running search finish, then close the library."""
        self._searcher.wait()
        self._pages.wait()
        self._library.close()

    def closeEvent(self, event: QCloseEvent) -> None:
        save_layout(self, self._profile)
        super().closeEvent(event)


def _delete_on_close(dialog: QWidget) -> None:
    """A dialog is built anew each time; the closed one goes, not kept hidden."""
    from PySide6.QtCore import Qt  # not at import time: see roles.py

    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
