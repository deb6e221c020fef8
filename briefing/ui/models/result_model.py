"""The result list's model: search hits or browsed items, one row each."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
)

from briefing.ui.roles import ACCESSIBLE_TEXT_ROLE, DISPLAY_ROLE, TOOLTIP_ROLE, USER_ROLE

if TYPE_CHECKING:  # models load with the library, after the window shows
    from datetime import date

    from PySide6.QtCore import QMimeData, Qt

    from briefing.core.models import ItemSummary, SearchHit

ID_ROLE = USER_ROLE + 1  # the id to open: item id or section id
ITEM_ID_ROLE = USER_ROLE + 2
LANG_ROLE = USER_ROLE + 3
KIND_ROLE = USER_ROLE + 4
SNIPPET_ROLE = USER_ROLE + 5
HTML_ROLE = USER_ROLE + 6  # title, where and the snippet with matched words in bold
OFFICIAL_ROLE = USER_ROLE + 7  # True: opens the official text of the act

TARGET_MIME = "application/x-briefing-target"  # what the briefing's entries accept
OFFICIAL_MIME = "application/x-briefing-official"  # beside it: the target's official text
_MARKERS = re.compile(r"[\[\]]")


@dataclass(frozen=True)
class ResultRow:
    """What one line of the list shows and what it opens."""

    id: str
    item_id: str
    kind: str
    lang: str
    title: str
    detail: str  # the snippet (plain text) or the summary
    marked: str = ""  # the snippet with the matched words between [ and ]
    published: date | None = None  # news
    official: bool = False  # a hit in the imported official text, not our summary

    @staticmethod
    def from_hit(hit: SearchHit) -> ResultRow:
        label = " ".join(part for part in (hit.act, hit.section) if part)
        title = f"{label} — {hit.title}" if label and label not in hit.title else hit.title
        snippet = _MARKERS.sub("", hit.snippet)
        return ResultRow(
            hit.id, hit.item_id, hit.kind, hit.lang, title, snippet, hit.snippet, hit.published,
            hit.official,
        )  # fmt: skip

    @staticmethod
    def from_summary(summary: ItemSummary) -> ResultRow:
        title = summary.title
        if summary.act and summary.act not in title:
            title = f"{summary.act} — {title}"
        return ResultRow(
            summary.id,
            summary.id,
            summary.kind,
            summary.lang,
            title,
            summary.summary,
            "",
            summary.published,
            summary.official,
        )


Index = QModelIndex | QPersistentModelIndex


class ResultModel(QAbstractListModel):
    """A list of ``ResultRow``; replaced whole when an answer arrives."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[ResultRow] = []

    def set_rows(self, rows: list[ResultRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row_at(self, row: int) -> ResultRow:
        return self._rows[row]

    def rows(self) -> list[ResultRow]:
        return list(self._rows)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def flags(self, index: Index) -> Qt.ItemFlag:
        from PySide6.QtCore import Qt  # here: the Qt namespace costs ~12 ms at start-up

        base = super().flags(index)
        return base | Qt.ItemFlag.ItemIsDragEnabled if index.isValid() else base

    def mimeTypes(self) -> list[str]:
        return [TARGET_MIME]

    def mimeData(self, indexes: list[QModelIndex]) -> QMimeData:
        """A row dragged to the briefing's entries carries the id it would open."""
        from PySide6.QtCore import QByteArray, QMimeData

        mime = QMimeData()
        rows = [i.row() for i in indexes if i.isValid()]
        if rows:
            mime.setData(TARGET_MIME, QByteArray(self._rows[rows[0]].id.encode()))
            if self._rows[rows[0]].official:
                mime.setData(OFFICIAL_MIME, QByteArray(b"1"))
        return mime

    def data(self, index: Index, role: int = DISPLAY_ROLE) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        if role == DISPLAY_ROLE:
            return f"{row.title}\n{_shorten(row.detail)}" if row.detail else row.title
        if role in (TOOLTIP_ROLE, SNIPPET_ROLE):
            return row.detail
        if role == ACCESSIBLE_TEXT_ROLE:
            return f"{row.title}. {row.detail}"
        if role == HTML_ROLE:
            return _row_html(row)
        return {
            ID_ROLE: row.id,
            ITEM_ID_ROLE: row.item_id,
            LANG_ROLE: row.lang,
            KIND_ROLE: row.kind,
            OFFICIAL_ROLE: row.official,
        }.get(role)


def _shorten(text: str, limit: int = 160) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def _row_html(row: ResultRow) -> str:
    """Rich text for the delegate: the title, kind and language, the snippet."""
    import html  # not before the first paint: rows come with the library

    from briefing.ui.item_page import format_date, kind_label

    day = format_date(row.published, "")  # in the interface's locale
    official = ""
    if row.official and row.kind == "legislation":
        official = QCoreApplication.translate("ResultModel", "official text")
    elif row.official:  # an imported page or news item: its own text, not legislation
        official = QCoreApplication.translate("ResultModel", "text of the source")
    where = " · ".join(p for p in (kind_label(row.kind), official, row.lang, day) if p)
    if row.marked:
        text = html.escape(_shorten(row.marked, 180))
        text = text.replace("[", "<b>").replace("]", "</b>")
    else:
        text = html.escape(_shorten(row.detail, 180))
    return (
        f"<b>{html.escape(row.title)}</b><br/>"
        f'<span style="font-size:small">{html.escape(where)}</span><br/>{text}'
    )
