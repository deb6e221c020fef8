"""Interface language: our .qm files and Qt's own, swapped live on the application."""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from briefing import paths

log = logging.getLogger(__name__)
TRANSLATORS_ATTR = "_briefing_translators"
LOCALES = {"fi": "fi_FI", "sv": "sv_FI", "en": "en_GB"}


class Translations:
    """Owns the installed translators; ``switch`` makes Qt send LanguageChange to every widget."""

    def __init__(self, app: QCoreApplication) -> None:
        self._app = app
        self.language = "en"

    def switch(self, lang: str) -> bool:
        """Install ``lang`` (fi, sv, en); False when our translation file is missing."""
        # Kept on the application, not on this object, so a second window built on the
        # same application (tests, tools) replaces the first one's translators.
        # (findChildren would do too, but costs 10 ms of start-up.)
        installed: list[QTranslator] = getattr(self._app, TRANSLATORS_ATTR, [])
        for translator in installed:
            self._app.removeTranslator(translator)
        installed.clear()
        setattr(self._app, TRANSLATORS_ATTR, installed)
        self.language = lang if lang in LOCALES else "en"
        QLocale.setDefault(QLocale(LOCALES[self.language]))
        if self.language == "en":
            # English is the source language: removing the translators (which makes Qt
            # send LanguageChange) is all it takes.
            return True
        ours = QTranslator(self._app)
        found = ours.load(f"briefing_{self.language}", str(paths.resource("i18n")))
        if found:
            self._app.installTranslator(ours)
            installed.append(ours)
        else:
            log.warning("no translation file for %s in %s", lang, paths.resource("i18n"))
        qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        qt_own = QTranslator(self._app)
        # Qt's own dialogs (file chooser, message box buttons) in the same language.
        if qt_own.load(f"qtbase_{self.language}", qt_dir):
            self._app.installTranslator(qt_own)
            installed.append(qt_own)
        return found
