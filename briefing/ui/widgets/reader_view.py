"""The reader: a QTextBrowser that shows one item and never loads or follows anything itself."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QUrl
from PySide6.QtWidgets import QTextBrowser, QWidget


class ReaderView(QTextBrowser):
    """Rendered item; links are reported by ``anchorClicked`` and the window decides."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("readerView")
        # A click never navigates inside the reader: the window opens item: links
        # itself and hands web links to the system browser.
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.refused: list[str] = []  # addresses the page asked for and did not get
        self.item_id = ""
        self.lang = ""
        self._page = ""
        self.zoom_steps = 0  # kept between runs with the window's layout
        self._style()
        self._retranslate()

    def loadResource(self, kind: int, url: QUrl) -> Any:
        """Refuse every external resource: content is text, and offline means offline."""
        self.refused.append(url.toString())
        return None

    def show_page(self, item_id: str, lang: str, page: str, anchor: str = "") -> None:
        self.item_id = item_id
        self.lang = lang
        self._page = page
        self.setHtml(page)
        if anchor:
            self.scrollToAnchor(anchor)
        else:
            self.verticalScrollBar().setValue(0)

    def show_message(self, text: str) -> None:
        self.item_id = ""
        self.lang = ""
        self._page = ""
        self.setPlainText(text)

    def zoom(self, steps: int) -> None:
        """Larger (positive) or smaller text, counted from the normal size."""
        steps = max(-5, min(10, steps))
        delta = steps - self.zoom_steps
        if delta > 0:
            self.zoomIn(delta)
        elif delta < 0:
            self.zoomOut(-delta)
        self.zoom_steps = steps

    def _style(self) -> None:
        """Colours from the palette, so dark and high-contrast themes stay readable."""
        dark = self.palette().base().color().lightness() < 128
        alert = "#ff8a80" if dark else "#a00000"  # both well above 4.5:1 on their base
        self.document().setDefaultStyleSheet(
            "h1 { font-size: x-large; } h2 { font-size: large; margin-top: 1em; } "
            f".repealed {{ color: {alert}; }}"
        )

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        elif event.type() == QEvent.Type.PaletteChange:
            self._style()
            if self._page:
                bar = self.verticalScrollBar().value()
                self.setHtml(self._page)
                self.verticalScrollBar().setValue(bar)
        super().changeEvent(event)

    def _retranslate(self) -> None:
        self.setAccessibleName(self.tr("Reader"))
        self.setAccessibleDescription(self.tr("The text of the item or section you opened"))
