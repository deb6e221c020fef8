"""The result pane: a line saying what the list holds, and the list of results or items."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QLabel, QListView, QVBoxLayout, QWidget

from briefing.ui.models.result_model import ResultModel, ResultRow

FOUND, FAILED, MISSING = "found", "failed", "missing"


class ResultPane(QWidget):
    """Holds ``resultList`` and its model; says what it shows in the current language."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("resultPane")
        self.model = ResultModel(self)
        self.list = QListView(self)
        self.list.setObjectName("resultList")
        self.list.setModel(self.model)
        self.list.setWordWrap(True)
        self.list.setUniformItemSizes(False)
        self.message = QLabel(self)
        self.message.setObjectName("resultMessage")
        self.message.setWordWrap(True)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.message)
        column.addWidget(self.list)
        self._delegate: object | None = None
        self._state: tuple[str, str, int] = ("", "", 0)  # kind, query text or detail, count
        self._retranslate()

    def show_results(self, text: str, results: object) -> None:
        """Fill the list with search hits or browsed items; ``text`` is what was searched."""
        from briefing.core.models import ItemSummary, SearchHit

        if self._delegate is None:
            # Set with the first results, not at start-up: QStyle and the rich-text
            # classes cost a few milliseconds before the first paint.
            from briefing.ui.widgets.result_delegate import ResultDelegate

            self._delegate = ResultDelegate(self.list)
            self.list.setItemDelegate(self._delegate)
            # Rows of rich text are measured a batch at a time between events, so a long
            # list (hundreds of acts) never holds the window still while it is laid out.
            self.list.setLayoutMode(QListView.LayoutMode.Batched)
            self.list.setBatchSize(25)
        rows: list[ResultRow] = []
        for found in results if isinstance(results, list) else []:
            if isinstance(found, SearchHit):
                rows.append(ResultRow.from_hit(found))
            elif isinstance(found, ItemSummary):
                rows.append(ResultRow.from_summary(found))
        self.model.set_rows(rows)
        self._set_state((FOUND, text.strip(), len(rows)))

    def show_failed(self, detail: str) -> str:
        self.model.set_rows([])
        return self._set_state((FAILED, detail, 0))

    def show_missing(self) -> str:
        """No library: empty list and the explanation, which is also returned."""
        self.model.set_rows([])
        return self._set_state((MISSING, "", 0))

    def missing(self) -> bool:
        return self._state[0] == MISSING

    def _set_state(self, state: tuple[str, str, int]) -> str:
        self._state = state
        self._retranslate()
        return self.message.text()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        self.list.setAccessibleName(self.tr("Results"))
        self.message.setAccessibleName(self.tr("Search status"))
        kind, text, count = self._state
        if kind == FOUND and text and not count:
            message = self.tr("Nothing found for “%1”.").replace("%1", _clip(text))
        elif kind == FOUND and text:
            message = self.tr("%n result(s)", "", count)
        elif kind == FOUND:
            message = self.tr("%n item(s)", "", count)
        elif kind == FAILED:
            message = self.tr("This search could not be run. Try other words.")
            message += f" ({text})" if text else ""
        elif kind == MISSING:
            message = self.tr(
                "The library could not be opened, so there is nothing to search or read yet. "
                "Ask your IT support to install the library content, or build it with "
                "“briefing content build”."
            )
        else:
            message = ""
        self.message.setText(message)


def _clip(text: str, limit: int = 60) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"
