"""Reading and annotating: the selection becomes a note, notes are marked and listed.

Owns the annotation panel's content and the reader's highlights; every write goes
through the notes writer as an operation, and leaves its reverse on the undo history.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QPoint, Signal
from PySide6.QtGui import QTextCursor

from briefing.core.errors import BriefingError
from briefing.ui import operations as ops
from briefing.ui import reader_marks
from briefing.ui.dialogs.annotation_dialog import AnnotationDialog
from briefing.ui.notes_writer import NotesWriter
from briefing.ui.undo import UndoHistory

if TYPE_CHECKING:
    from briefing.core.models import Annotation, Item
    from briefing.ui.widgets.annotation_panel import AnnotationPanel
    from briefing.ui.widgets.reader_view import ReaderView


class Annotating(QObject):
    """Connects ``annotateAction``, the reader and ``annotationList`` to the notes store."""

    message = Signal(str)  # one line for the status bar
    dialogOpened = Signal(object)  # the AnnotationDialog, for tests and tools

    def __init__(
        self,
        reader: ReaderView,
        panel: AnnotationPanel,
        writer: NotesWriter,
        undo: UndoHistory,
        parent: QObject,
    ) -> None:
        super().__init__(parent)
        self._reader = reader
        self._panel = panel
        self._writer = writer
        self._undo = undo
        self._item: Item | None = None
        self._cursors: dict[str, QTextCursor] = {}
        self.dialog: AnnotationDialog | None = None
        self._connect_signals()

    def _connect_signals(self) -> None:
        self._panel.noteActivated.connect(self._on_panel_noteActivated)
        self._panel.editRequested.connect(self._on_panel_editRequested)
        self._panel.deleteRequested.connect(self._on_panel_deleteRequested)
        self._writer.changed.connect(self._on_writer_changed)

    # --- the page shown -------------------------------------------------------------

    def page_shown(self, item: Item) -> None:
        self._item = item
        self.refresh()

    def item(self) -> Item | None:
        return self._item

    def refresh(self) -> None:
        """The notes of the item shown, listed and marked in the text."""
        if self._item is None:
            self._panel.set_notes([])
            return
        try:
            stored = self._writer.reader().annotations(self._item.id)
        except BriefingError as exc:  # user.db damaged or locked: say so, keep reading
            self.message.emit(self.tr("Your notes cannot be read: %1").replace("%1", str(exc)))
            stored = []
        notes = [n for n in stored if not n.lang or n.lang == self._item.lang]
        self._panel.set_notes(notes)
        # Only notes anchored in the text shown (summary or official) are marked in it.
        from briefing.notes.reanchor import anchored_in_official  # the store loads after paint

        shown = [n for n in notes if anchored_in_official(n) == self._item.official]
        document = self._reader.document()
        self._cursors = reader_marks.note_cursors(document, self._item, shown)
        self._reader.setExtraSelections(reader_marks.highlights(self._cursors, shown))

    def marked_passages(self) -> dict[str, str]:
        """Note id -> the passage marked for it in the reader (what a person sees lit)."""
        return {note_id: c.selectedText() for note_id, c in self._cursors.items()}

    def _on_writer_changed(self, changed: object) -> None:
        if "annotations" in changed:  # type: ignore[operator]
            self.refresh()

    # --- making a note ----------------------------------------------------------------

    def target_at_cursor(self) -> str:
        """The section under the reader's cursor, else the item shown; "" when nothing is."""
        if self._item is None:
            return ""
        cursor = self._reader.textCursor()
        spans = reader_marks.regions(self._reader.document(), self._item)
        span = reader_marks.region_at(spans, cursor.selectionStart())
        return span.target_id if span is not None else self._item.id

    def annotate(self) -> None:
        """Open the note dialog on the reader's selection."""
        item = self._item
        if item is None:
            self.message.emit(self.tr("Open an item and select a passage to annotate."))
            return
        quote = reader_marks.map_selection(self._reader.document(), item, self._reader.textCursor())
        if quote is None:
            self.message.emit(
                self.tr("Select a passage in the text of the item or a section to annotate it.")
            )
            return
        new = ops.NewNote(
            item.id, quote.section_id, item.lang, quote.plain, quote.start, quote.end, "",
            official=item.official,
        )  # fmt: skip
        shown = quote.plain[quote.start : quote.end]
        self._open_dialog(
            AnnotationDialog(shown, self._reader.window()), lambda d: self._made(new, d)
        )

    def _open_dialog(self, dialog: AnnotationDialog, accepted: Callable[[Any], None]) -> None:
        self.dialog = dialog
        dialog.accepted.connect(lambda: accepted(dialog))
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        self.dialogOpened.emit(dialog)

    def _made(self, new: ops.NewNote, dialog: AnnotationDialog) -> None:
        from dataclasses import replace

        new = replace(
            new,
            note=dialog.note(),
            colour=dialog.colour(),
            tag=dialog.tag(),
            private=dialog.private(),
        )
        self._writer.submit(ops.annotate(new), ops.ANNOTATIONS, self._on_made)

    def _on_made(self, note: Annotation) -> None:
        self._undo.push(self.tr("new note"), ops.delete_annotation(note.id), ops.ANNOTATIONS)
        self.message.emit(self.tr("Note saved."))

    # --- the panel ------------------------------------------------------------------

    def jump_to(self, note_id: str) -> bool:
        cursor = self._cursors.get(note_id)
        if cursor is None:
            return False
        self._reader.setTextCursor(cursor)
        self._reader.ensureCursorVisible()
        return True

    def _on_panel_noteActivated(self, note_id: str) -> None:
        if not self.jump_to(note_id):
            self.message.emit(self.tr("This note's passage is not in the text shown."))

    def _note(self, note_id: str) -> Annotation | None:
        return next((n for n in self._panel.model.notes() if n.id == note_id), None)

    def _on_panel_editRequested(self, note_id: str) -> None:
        note = self._note(note_id)
        if note is None:
            return
        quote = note.selector.exact if note.selector else ""
        dialog = AnnotationDialog(
            quote,
            self._reader.window(),
            note=note.note,
            colour=note.color,
            tag=note.tag,
            private=note.private,
        )
        self._open_dialog(dialog, lambda d: self._edited(note, d))

    def _edited(self, note: Annotation, dialog: AnnotationDialog) -> None:
        job = ops.edit_annotation(
            note.id,
            note=dialog.note(),
            color=dialog.colour(),
            tag=dialog.tag(),
            private=dialog.private(),
        )
        back = ops.edit_annotation(
            note.id, note=note.note, color=note.color, tag=note.tag, private=note.private
        )
        self._writer.submit(
            job,
            ops.ANNOTATIONS,
            lambda _r: self._undo.push(self.tr("note edited"), back, ops.ANNOTATIONS),
        )

    def _on_panel_deleteRequested(self, note_id: str) -> None:
        self._writer.submit(
            ops.delete_annotation(note_id),
            ops.ANNOTATIONS,
            lambda _r: self._deleted(note_id),
        )

    def _deleted(self, note_id: str) -> None:
        self._undo.push(self.tr("note deleted"), ops.restore_annotation(note_id), ops.ANNOTATIONS)
        self.message.emit(self.tr("Note deleted. Ctrl+Z brings it back."))

    def context_menu(self, point: QPoint, actions: list) -> None:
        from PySide6.QtCore import Qt  # here: the Qt namespace costs ~12 ms at start-up

        menu = self._reader.createStandardContextMenu(point)
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)  # one menu per right click
        menu.addSeparator()
        for action in actions:
            menu.addAction(action)
        menu.popup(self._reader.viewport().mapToGlobal(point))
