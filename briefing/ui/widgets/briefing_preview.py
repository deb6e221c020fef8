"""The live preview: the open briefing as the accessible HTML export renders it."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QUrl
from PySide6.QtWidgets import QTextBrowser, QWidget


class BriefingPreview(QTextBrowser):
    """``briefingPreview``; shows HTML it is given and loads nothing from outside."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("briefingPreview")
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self._retranslate()

    def loadResource(self, kind: int, url: QUrl) -> Any:
        """Nothing external: a logo in the preview is not worth a file read on the GUI thread."""
        return None

    def show_html(self, page: str) -> None:
        bar = self.verticalScrollBar().value()
        self.setHtml(page)
        self.verticalScrollBar().setValue(bar)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        self.setAccessibleName(self.tr("Briefing preview"))
        self.setAccessibleDescription(self.tr("The open briefing as it will be exported"))
