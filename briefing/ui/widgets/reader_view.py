"""The reader: a QTextBrowser that shows one item and never loads or follows anything itself."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QTextBrowser, QWidget

if TYPE_CHECKING:  # named at import, these would build their enums before the first paint
    from PySide6.QtCore import QUrl
    from PySide6.QtGui import QTextBlock


class ReaderView(QTextBrowser):
    """Rendered item; links are reported by ``anchorClicked`` and the window decides.

    ``anchorInView`` names the section heading at the top of the view as it scrolls, so
    the outline can follow the reading.
    """

    anchorInView = Signal(str)

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
        self._anchors: list[tuple[QTextBlock, str]] = []
        self._in_view = ""
        self._wanted_anchor = ""  # the section asked for, until the person scrolls
        self.verticalScrollBar().valueChanged.connect(self._on_scrollBar_valueChanged)
        self.verticalScrollBar().rangeChanged.connect(self._on_scrollBar_rangeChanged)
        self.verticalScrollBar().sliderPressed.connect(self._forget_anchor)
        # Styled with the first page: reading the palette and the document before the
        # first paint builds their enums, and no page shows until the library is open.
        self._styled = False
        self._retranslate()

    def loadResource(self, kind: int, url: QUrl) -> Any:
        """Refuse every external resource: content is text, and offline means offline."""
        self.refused.append(url.toString())
        return None

    def show_page(self, item_id: str, lang: str, page: str, anchor: str = "") -> None:
        self.item_id = item_id
        self.lang = lang
        self._page = page
        self._in_view = ""
        if not self._styled:
            self._style()
        self.setHtml(page)
        self._anchors = self._find_anchors()
        self._wanted_anchor = anchor
        if anchor:
            self.scrollToAnchor(anchor)
        else:
            self.verticalScrollBar().setValue(0)

    def go_to(self, anchor: str) -> None:
        """Show the heading named ``anchor`` at the top, and keep it there as layout grows."""
        self._wanted_anchor = anchor
        self.scrollToAnchor(anchor)

    def _on_scrollBar_rangeChanged(self, _low: int, _high: int) -> None:
        # Qt lays a new page out in steps and the scroll range grows with each: a
        # section near the end was left short of the top (§ 1 shown for § 13).
        if self._wanted_anchor:
            self.scrollToAnchor(self._wanted_anchor)

    def _forget_anchor(self) -> None:
        """The person scrolls: a late layout step must not pull the view back."""
        self._wanted_anchor = ""

    def wheelEvent(self, event: Any) -> None:
        self._forget_anchor()
        super().wheelEvent(event)

    def keyPressEvent(self, event: Any) -> None:
        self._forget_anchor()
        super().keyPressEvent(event)

    def show_message(self, text: str) -> None:
        self._wanted_anchor = ""
        self.item_id = ""
        self.lang = ""
        self._page = ""
        self.setPlainText(text)

    def _find_anchors(self) -> list[tuple[QTextBlock, str]]:
        """The named anchors (section headings) of the page, in document order."""
        found = []
        block = self.document().begin()
        while block.isValid():
            fragments = block.begin()
            while not fragments.atEnd():
                names = fragments.fragment().charFormat().anchorNames()
                found += [(block, name) for name in names]
                fragments += 1
            block = block.next()
        return found

    @property
    def in_view(self) -> str:
        """The anchor of the section heading at the top of the view ("" before the first)."""
        return self._in_view

    def _on_scrollBar_valueChanged(self, top: int) -> None:
        layout = self.document().documentLayout()
        edge = top + 4
        bar = self.verticalScrollBar()
        if 0 < bar.maximum() <= top:
            edge = top + self.viewport().height() // 2  # at the end: the last heading read
        current = ""
        for block, name in self._anchors:
            if layout.blockBoundingRect(block).top() > edge:
                break
            current = name
        if current != self._in_view:
            self._in_view = current
            self.anchorInView.emit(current)

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
        self._styled = True
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
