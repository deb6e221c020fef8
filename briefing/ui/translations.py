"""Interface language: our .qm files and Qt's own, swapped live on the application."""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from briefing import paths

log = logging.getLogger(__name__)
TRANSLATOR_NAME = "briefingTranslator"
LOCALES = {"fi": "fi_FI", "sv": "sv_FI", "en": "en_GB"}


class Translations:
    """Owns the installed translators; ``switch`` makes Qt send LanguageChange to every widget."""

    def __init__(self, app: QCoreApplication) -> None:
        self._app = app
        self.language = "en"

    def switch(self, lang: str) -> bool:
        """Install ``lang`` (fi, sv, en); False when our translation file is missing."""
        # Found by name rather than kept in a list, so a second window built on the
        # same application (tests, tools) replaces the first one's translators.
        for translator in self._app.findChildren(QTranslator):
            if translator.objectName() == TRANSLATOR_NAME:
                self._app.removeTranslator(translator)
                translator.setParent(None)
        self.language = lang if lang in LOCALES else "en"
        QLocale.setDefault(QLocale(LOCALES[self.language]))
        if self.language == "en":
            # English is the source language: removing the translators (which makes Qt
            # send LanguageChange) is all it takes.
            return True
        ours = QTranslator(self._app)
        ours.setObjectName(TRANSLATOR_NAME)
        found = ours.load(f"briefing_{self.language}", str(paths.resource("i18n")))
        if found:
            self._app.installTranslator(ours)
        else:
            log.warning("no translation file for %s in %s", lang, paths.resource("i18n"))
        qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        qt_own = QTranslator(self._app)
        qt_own.setObjectName(TRANSLATOR_NAME)
        # Qt's own dialogs (file chooser, message box buttons) in the same language.
        if qt_own.load(f"qtbase_{self.language}", qt_dir):
            self._app.installTranslator(qt_own)
        return found
