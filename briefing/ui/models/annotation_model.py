"""The annotation list's model: the notes on the item shown, with their status in words."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QAbstractListModel, QCoreApplication, QModelIndex, QPersistentModelIndex

from briefing.ui.roles import ACCESSIBLE_TEXT_ROLE, DISPLAY_ROLE, TOOLTIP_ROLE, USER_ROLE

if TYPE_CHECKING:
    from briefing.core.models import Annotation

NOTE_ID_ROLE = USER_ROLE + 1
STATUS_ROLE = USER_ROLE + 2
ANNOTATION_ROLE = USER_ROLE + 3
_QUOTE_LENGTH = 60


def status_text(note: Annotation) -> str:
    """Why a note is not simply ``ok``, for people (the store keeps reason codes)."""
    from briefing.core.models import is_act_id  # not before the first paint

    reason = note.status_reason
    if reason == "official-text-removed" and not is_act_id(note.item_id):
        # A page's or news item's imported text: its source's, not an official text.
        reason = "source-text-removed"
    if reason.startswith("quote-fuzzy"):
        percent = reason.partition(":")[2] or "?"
        why = QCoreApplication.translate(
            "AnnotationModel", "only a passage %1 % like the quote was found"
        ).replace("%1", percent)
    else:
        why = {
            "text-changed": QCoreApplication.translate(
                "AnnotationModel", "the text has changed since the note was made"
            ),
            "quote-moved": QCoreApplication.translate(
                "AnnotationModel", "the quoted passage has moved"
            ),
            "quote-missing": QCoreApplication.translate(
                "AnnotationModel", "the quoted passage is no longer in the text"
            ),
            "section-missing": QCoreApplication.translate(
                "AnnotationModel", "the section is no longer in the library"
            ),
            "item-missing": QCoreApplication.translate(
                "AnnotationModel", "the item is no longer in the library"
            ),
            "official-text-removed": QCoreApplication.translate(
                "AnnotationModel", "the official text it was made on has been removed"
            ),
            "source-text-removed": QCoreApplication.translate(
                "AnnotationModel", "the text of the source it was made on has been removed"
            ),
            "summary-removed": QCoreApplication.translate(
                "AnnotationModel", "our summary it was made on is no longer in the library"
            ),
        }.get(reason, reason)
    if note.status == "changed":
        return QCoreApplication.translate("AnnotationModel", "Changed: %1").replace("%1", why)
    if note.status == "orphaned":
        return QCoreApplication.translate("AnnotationModel", "Orphaned: %1").replace("%1", why)
    return ""


def _short(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= _QUOTE_LENGTH else text[: _QUOTE_LENGTH - 1] + "…"


class AnnotationModel(QAbstractListModel):
    """One row per note: the quote, the note, a private mark and any status."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._notes: list[Annotation] = []

    def set_notes(self, notes: list[Annotation]) -> None:
        self.beginResetModel()
        self._notes = list(notes)
        self.endResetModel()

    def retranslate(self) -> None:
        """Status words follow the interface language."""
        if self._notes:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._notes) - 1, 0))

    def notes(self) -> list[Annotation]:
        return list(self._notes)

    def row_of(self, note_id: str) -> int:
        return next((i for i, n in enumerate(self._notes) if n.id == note_id), -1)

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._notes)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = DISPLAY_ROLE) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._notes):
            return None
        note = self._notes[index.row()]
        if role in (DISPLAY_ROLE, ACCESSIBLE_TEXT_ROLE):
            return self._line(note)
        if role == TOOLTIP_ROLE:
            return "\n\n".join(t for t in (note.note, status_text(note), note.author) if t)
        if role == NOTE_ID_ROLE:
            return note.id
        if role == STATUS_ROLE:
            return note.status
        if role == ANNOTATION_ROLE:
            return note
        return None

    def _line(self, note: Annotation) -> str:
        # The list shows the note as words, not its Markdown marks (the tooltip keeps them).
        from briefing.core.markdown import to_plain  # not before the first paint

        parts = []
        if note.selector is not None:
            parts.append(f"“{_short(note.selector.exact)}”")
        parts.append(_short(to_plain(note.note)))
        if note.private:
            parts.append(QCoreApplication.translate("AnnotationModel", "(private)"))
        status = status_text(note)
        if status:
            parts.append("⚠ " + status)
        return "\n".join(parts)
