"""Composition root of the window: settings, translators, the library, worker pools, MainWindow.

Everything is built here once and passed down by constructor; widgets reach no globals.
Heavy modules load only when the window is asked for, so the CLI never pays for Qt.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from PySide6.QtCore import QThreadPool
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from briefing import paths
from briefing.settings import content_location, load_settings
from briefing.ui.library_access import LibraryAccess
from briefing.ui.main_window import MainWindow
from briefing.ui.page_loader import PageLoader
from briefing.ui.search_runner import SearchRunner
from briefing.ui.translations import Translations


def make_window(
    profile_dir: str | os.PathLike[str], content: str | os.PathLike[str] | None = None
) -> MainWindow:
    """The main window, built but not shown, on the QApplication the caller created."""
    app = QApplication.instance()
    if app is None:
        raise RuntimeError("make_window needs a QApplication: create one first")
    profile = Path(profile_dir)
    app.setWindowIcon(QIcon(str(paths.resource("icons", "briefing.svg"))))
    settings = load_settings(profile)
    translations = Translations(app)
    translations.switch(settings.ui_language())
    library = LibraryAccess(
        content_location(profile, settings, content), paths.official_db(profile), profile
    )
    # One search thread: a newer query replaces a queued older one, never runs beside it.
    search_pool = _single_thread_pool()
    searcher = SearchRunner(library, search_pool)
    # Another single thread for opening items, so a slow search never delays the reader.
    page_pool = _single_thread_pool()
    pages = PageLoader(library, page_pool)
    window = MainWindow(
        profile=profile,
        settings=settings,
        library=library,
        searcher=searcher,
        pages=pages,
        translations=translations,
    )
    for owned in (search_pool, searcher, page_pool, pages):
        owned.setParent(window)
    from briefing.ui.workflow import Workflow

    window.workflow = Workflow(window, profile, library)  # parented to the window
    return window


def _single_thread_pool() -> QThreadPool:
    pool = QThreadPool()
    pool.setMaxThreadCount(1)
    # Threads live as long as the window: the store keeps a connection per thread, and a
    # pool thread retired after 30 s idle would leave its connection open until exit.
    pool.setExpiryTimeout(-1)
    return pool


def run(profile: str | None, content: str | None) -> int:
    """Start the desktop app; returns the exit status of the event loop.

    A second start on the same profile brings the running window forward and exits.
    """
    from briefing.ui.crash_handler import CrashHandler
    from briefing.ui.single_instance import SingleInstance

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("Briefing")
    app.setOrganizationName("Briefing")
    # Lets the desktop match the window to the installed launcher (and its icon).
    app.setDesktopFileName(paths.DESKTOP_ID)
    profile_path = paths.profile_dir(profile)
    instance = SingleInstance(profile_path)
    if instance.forward():
        return 0
    window = make_window(profile_path, content)
    instance.listen()
    instance.activated.connect(window.bring_forward)
    crashes = CrashHandler(profile_path, window)
    crashes.install()
    window.show()
    try:
        return int(app.exec())
    finally:
        crashes.uninstall()
        instance.close()
        window.shut_down()
