"""How a result row looks: the title in bold, kind and language, the snippet with matches."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRectF, QSize
from PySide6.QtGui import QAbstractTextDocumentLayout, QPainter, QPalette, QTextDocument
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from briefing.ui.models.result_model import HTML_ROLE

PADDING = 4
CACHE_SIZE = 2000  # rows


class ResultDelegate(QStyledItemDelegate):
    """Paints ``HTML_ROLE`` as rich text, in the palette's colours (dark themes included)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # Laid-out documents by (text, width, font): a row is measured, then painted,
        # often several times, and building the document is most of the cost.
        self._cache: dict[tuple[str, int, str], QTextDocument] = {}

    def _document(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QTextDocument:
        html = str(index.data(HTML_ROLE) or "")
        width = max(50, option.rect.width())
        key = (html, width, option.font.toString())
        doc = self._cache.get(key)
        if doc is None:
            if len(self._cache) >= CACHE_SIZE:
                self._cache.clear()
            doc = QTextDocument()
            doc.setDefaultFont(option.font)
            doc.setDocumentMargin(PADDING)
            doc.setHtml(html)
            doc.setTextWidth(width)
            self._cache[key] = doc
        return doc

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        self.initStyleOption(option, index)
        style = option.widget.style() if option.widget is not None else None
        option_text = option.text
        option.text = ""  # the background and focus frame from the style, the text from us
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, option, painter, option.widget)
        option.text = option_text
        doc = self._document(option, index)
        context = QAbstractTextDocumentLayout.PaintContext()
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        context.palette.setColor(QPalette.ColorRole.Text, option.palette.color(role))
        painter.save()
        painter.translate(option.rect.topLeft())
        painter.setClipRect(QRectF(0, 0, option.rect.width(), option.rect.height()))
        doc.documentLayout().draw(painter, context)
        painter.restore()

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        self.initStyleOption(option, index)
        doc = self._document(option, index)
        return QSize(int(doc.idealWidth()), int(doc.size().height()) + PADDING)
