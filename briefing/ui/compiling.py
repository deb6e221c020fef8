"""Compiling briefings: the list and its entries, each change an operation with an undo.

Reads come from the GUI thread's notes store (user.db is small); writes and the
preview's rendering run on the notes writer's thread.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal

from briefing.core.errors import BriefingError
from briefing.ui import operations as ops
from briefing.ui.library_access import LibraryAccess
from briefing.ui.models.entry_model import EntryRow
from briefing.ui.notes_writer import NotesWriter
from briefing.ui.undo import UndoHistory

if TYPE_CHECKING:
    from briefing.core.models import Briefing, Entry
    from briefing.notes.store import NotesStore
    from briefing.ui.widgets.briefing_panel import BriefingPanel


def entry_name(library: LibraryAccess, entry: Entry, order: tuple[str, ...]) -> tuple[str, str]:
    """What a person calls an entry (the act and §, or the item's title) and its item's
    kind ("" if gone): the kind tells an act's official text from a page's own text."""
    try:
        store = library.store()
        item = store.get(entry.item_id, lang=order[0], fallback=order)
    except BriefingError:
        return entry.section_id or entry.item_id, ""
    act = item.act.number if item.act else ""
    if entry.section_id:
        section = next((s for s in item.sections if s.id == entry.section_id), None)
        number = section.number if section else entry.section_id.rpartition("/s-")[2]
        heading = section.heading if section else ""
        label = " ".join(p for p in (act or item.title, number, "—", heading) if p).rstrip(" —")
        return label, item.kind
    label = f"{act} {item.title}".strip() if act and act not in item.title else item.title
    return label, item.kind


def has_both_texts(library: LibraryAccess, entry: Entry) -> bool:
    """Whether the entry's text can be switched: the library holds our summary and the
    imported text of its target, or the entry is set to an imported text that has since
    been removed while our summary is there (so the person can go back to it)."""
    found = []
    for official in (False, True):
        try:  # the store too: without a library there is one text at most, and no error
            store = library.store()
            if entry.section_id:
                store.get_section(entry.section_id, official=official)
            else:
                store.get(entry.item_id, official=official)
            found.append(True)
        except BriefingError:
            found.append(False)
    ours, imported = found
    return ours and (imported or entry.official)


class Compiling(QObject):
    """Connects ``briefingList``, ``briefingEntries`` and ``addToBriefingAction`` to the store."""

    message = Signal(str)
    previewReady = Signal(str)  # briefing id whose preview was just shown
    dialogOpened = Signal(object)

    def __init__(
        self,
        panel: BriefingPanel,
        writer: NotesWriter,
        undo: UndoHistory,
        library: LibraryAccess,
        settings: Callable[[], Any],
        parent: QObject,
    ) -> None:
        super().__init__(parent)
        self._panel = panel
        self._writer = writer
        self._undo = undo
        self._library = library
        self._settings = settings
        self._open = ""
        # (item, section, language) -> (label, kind, both texts in the library)
        self._labels: dict[tuple[str, str, str, bool], tuple[str, str, bool]] = {}
        self._connect_signals()

    def _connect_signals(self) -> None:
        p = self._panel
        p.briefingChosen.connect(self._on_panel_briefingChosen)
        p.newRequested.connect(self.new_briefing)
        p.duplicateRequested.connect(self._on_panel_duplicateRequested)
        p.deleteRequested.connect(self._on_panel_deleteRequested)
        p.detailsRequested.connect(self._on_panel_detailsRequested)
        p.removeRequested.connect(self._on_panel_removeRequested)
        p.memoEdited.connect(self._on_panel_memoEdited)
        p.notesChosen.connect(self._on_panel_notesChosen)
        p.model.renameRequested.connect(self._on_model_renameRequested)
        p.entries.moveRequested.connect(self.move_entry)
        p.entries.textSwitchRequested.connect(self._on_entries_textSwitchRequested)
        p.entry_model.moveRequested.connect(self.move_entry)
        p.entry_model.addRequested.connect(self._on_entryModel_addRequested)
        p.entries.selectionModel().currentChanged.connect(self._on_entries_currentChanged)
        p.tabs.currentChanged.connect(self._on_tabs_currentChanged)
        self._writer.changed.connect(self._on_writer_changed)

    def open_id(self) -> str:
        return self._open

    def _order(self) -> tuple[str, ...]:
        return tuple(self._settings().content_order())

    def _run(self, job: ops.Job, then: Callable[[Any], None] | None = None) -> None:
        self._writer.submit(job, ops.BRIEFINGS, then)

    # --- refreshing ---------------------------------------------------------------

    def refresh(self, current: str = "") -> None:
        try:
            rows = self._writer.reader().briefings()
        except BriefingError as exc:  # user.db damaged or locked: say so, keep reading
            self.message.emit(self.tr("Your briefings cannot be read: %1").replace("%1", str(exc)))
            return
        self._panel.set_briefings(rows, current or self._open)

    def library_changed(self) -> None:
        """Texts were imported: name the entries again and see which have both texts."""
        self._labels.clear()
        if self._open:
            self._load_entries()

    def _on_writer_changed(self, changed: object) -> None:
        if "briefings" in changed:  # type: ignore[operator]
            self.refresh()
        elif "annotations" in changed:  # type: ignore[operator]
            self._show_notes()
            self._request_preview()

    def _on_panel_briefingChosen(self, brf_id: str) -> None:
        self._open = brf_id
        self._load_entries()

    def _load_entries(self) -> None:
        if not self._open:
            self._panel.set_entries([])
            self._panel.preview.show_html("")
            return
        try:
            briefing = self._writer.reader().briefing(self._open)
        except BriefingError:
            self._open = ""
            self._panel.set_entries([])
            return
        self._panel.set_entries(self._rows(briefing.entries))
        self._label_missing(briefing)
        self._show_notes()
        self._request_preview()

    def _key(self, entry: Entry) -> tuple[str, str, str, bool]:
        # The choice is part of it: an entry set to a removed imported text may switch.
        return entry.item_id, entry.section_id, self._order()[0], entry.official

    def _rows(self, entries: tuple[Entry, ...]) -> list[EntryRow]:
        rows = []
        for e in entries:
            label, kind, both = self._labels.get(
                self._key(e), (e.section_id or e.item_id, "", False)
            )
            rows.append(EntryRow(e, label, kind, both))
        return rows

    def _label_missing(self, briefing: Briefing) -> None:
        """Name new entries on the writer's thread: an act read whole is not GUI work."""
        missing = {self._key(e): e for e in briefing.entries if self._key(e) not in self._labels}
        if not missing:
            return
        library, order, brf_id = self._library, self._order(), briefing.id

        def job(_store: NotesStore) -> dict[tuple[str, str, str, bool], tuple[str, str, bool]]:
            return {
                key: (*entry_name(library, e, order), has_both_texts(library, e))
                for key, e in missing.items()
            }

        self._writer.submit(job, then=lambda labels: self._on_labels(brf_id, labels))

    def _on_labels(
        self, brf_id: str, labels: dict[tuple[str, str, str, bool], tuple[str, str, bool]]
    ) -> None:
        self._labels.update(labels)
        if brf_id == self._open:
            self._panel.relabel(self._rows(self._panel.entry_model.entries()))

    def _on_entries_currentChanged(self, *_args: object) -> None:
        self._show_notes()

    def _show_notes(self) -> None:
        entry = self._panel.current_entry()
        notes = []
        if entry is not None:
            # A section entry offers that section's notes; an item entry all of the item's.
            section = entry.section_id or None
            try:
                notes = self._writer.reader().annotations(entry.item_id, section_id=section)
            except BriefingError:
                notes = []  # refresh() has said what is wrong
        self._panel.set_entry_notes(entry, notes)

    def _preview_shown(self) -> bool:
        return self._panel.tabs.currentWidget() is self._panel.preview

    def _on_tabs_currentChanged(self, _index: int) -> None:
        self._request_preview()

    def _request_preview(self) -> None:
        """Render the open briefing for the Preview tab, when that tab is the one shown.

        Rendering runs on the writer's thread; only the finished HTML is set here, and a
        hidden preview costs nothing while entries are edited.
        """
        if not self._open or not self._preview_shown():
            return
        library, brf_id = self._library, self._open

        def job(store: NotesStore) -> str:
            from briefing.export.html import render_html_text
            from briefing.export.options import ExportOptions
            from briefing.notes.packing import resolve_pack

            # In the briefing's own language, with the notes its author may see.
            pack = resolve_pack(store, library.store(), brf_id, include_private=True)
            return render_html_text(pack, ExportOptions(include_private=True))

        self._writer.submit(job, then=lambda html: self._on_preview(brf_id, html))

    def _on_preview(self, brf_id: str, html: str) -> None:
        if brf_id == self._open:
            self._panel.preview.show_html(html)
            self.previewReady.emit(brf_id)

    # --- commands -------------------------------------------------------------------

    def new_briefing(self, then: Callable[[Briefing], None] | None = None) -> None:
        title = self.tr("New briefing")
        lang = str(self._settings().export_language or "fi")

        def made(brf: Briefing) -> None:
            self._open = brf.id
            self.refresh(brf.id)
            self._undo.push(self.tr("new briefing"), ops.delete_briefing(brf.id), ops.BRIEFINGS)
            if then is not None:
                then(brf)

        self._run(ops.new_briefing(title, lang), made)

    def _on_model_renameRequested(self, brf_id: str, title: str) -> None:
        def renamed(result: tuple[str, Briefing]) -> None:
            back = ops.rename_briefing(brf_id, result[0])
            self._undo.push(self.tr("briefing renamed"), back, ops.BRIEFINGS)

        self._run(ops.rename_briefing(brf_id, title), renamed)

    def _on_panel_duplicateRequested(self, brf_id: str) -> None:
        brf = self._panel.model.briefing_at(self._panel.model.row_of(brf_id))
        title = self.tr("%1 (copy)").replace("%1", brf.title if brf else "")

        def made(copy: Briefing) -> None:
            self._open = copy.id
            self.refresh(copy.id)
            self._undo.push(
                self.tr("briefing duplicated"), ops.delete_briefing(copy.id), ops.BRIEFINGS
            )

        self._run(ops.duplicate_briefing(brf_id, title), made)

    def _on_panel_detailsRequested(self, brf_id: str) -> None:
        from briefing.ui.dialogs.briefing_dialog import BriefingDialog

        try:
            brf = self._writer.reader().briefing(brf_id)
        except BriefingError as exc:
            self.message.emit(str(exc))
            return
        dialog = BriefingDialog(brf, self._panel.window())
        dialog.accepted.connect(lambda: self._details_given(brf_id, dialog))
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        self.dialogOpened.emit(dialog)

    def _details_given(self, brf_id: str, dialog: Any) -> None:
        changes = {"title": dialog.title(), "meeting": dialog.meeting(), "lang": dialog.lang()}
        changes.update(status=dialog.status(), memo=dialog.memo())

        def saved(result: tuple[Briefing, Briefing]) -> None:
            back = ops.update_briefing(brf_id, **ops.details_of(result[0]))
            self._undo.push(self.tr("briefing details"), back, ops.BRIEFINGS)

        self._run(ops.update_briefing(brf_id, **changes), saved)

    def _on_panel_deleteRequested(self, brf_id: str) -> None:
        def deleted(_brf: Briefing) -> None:
            self._undo.push(
                self.tr("briefing deleted"), ops.restore_briefing(brf_id), ops.BRIEFINGS
            )
            self.message.emit(self.tr("Briefing deleted. Ctrl+Z brings it back."))

        if brf_id == self._open:
            self._open = ""
        self._run(ops.delete_briefing(brf_id), deleted)

    def add_target(
        self, target_id: str, position: int | None = None, official: bool = False
    ) -> None:
        """Add an item or section to the open briefing (a new one if none is open).

        ``official``: it was added from the imported official text, which the pack prints.
        """
        if not target_id:
            self.message.emit(self.tr("Open an item first, then add it to a briefing."))
            return
        if not self._open:
            self.new_briefing(lambda brf: self.add_target(target_id, position, official))
            return

        def added(entry: Entry) -> None:
            self._undo.push(self.tr("entry added"), ops.remove_entry(entry.id), ops.BRIEFINGS)
            if entry.official and self._is_act(entry.item_id):
                self.message.emit(self.tr("Added to the briefing as the official text."))
            elif entry.official:
                self.message.emit(self.tr("Added to the briefing as the text of the source."))
            else:
                self.message.emit(self.tr("Added to the briefing."))

        self._run(ops.add_entry(self._open, target_id, position, official), added)

    def _is_act(self, item_id: str) -> bool:
        """Whether the imported text of ``item_id`` is an act's (else a page's or news item's).

        One indexed read of the library already open for the page just shown."""
        try:
            return self._library.store().get(item_id, official=True).kind == "legislation"
        except BriefingError:
            return True  # nothing imported there: the pack falls back to our summary of an act

    def _on_entryModel_addRequested(self, target_id: str, row: int, official: bool) -> None:
        self.add_target(target_id, row, official)

    def move_entry(self, entry_id: str, position: int) -> None:
        def moved(result: tuple[int, Briefing]) -> None:
            self._undo.push(
                self.tr("entry moved"), ops.move_entry(entry_id, result[0]), ops.BRIEFINGS
            )

        self._run(ops.move_entry(entry_id, position), moved)

    def _on_panel_removeRequested(self, entry_id: str) -> None:
        def removed(entry: Entry) -> None:
            self._undo.push(self.tr("entry removed"), ops.put_back_entry(entry), ops.BRIEFINGS)

        self._run(ops.remove_entry(entry_id), removed)

    def _on_entries_textSwitchRequested(self, entry_id: str, official: bool) -> None:
        brf_id = self._open

        def switched(result: tuple[bool, Entry]) -> None:
            back = ops.set_entry_official(brf_id, entry_id, result[0])
            self._undo.push(self.tr("printed text switched"), back, ops.BRIEFINGS)
            if not official and self._notes_hold_official(result[1]):
                self.message.emit(
                    self.tr(
                        "The notes chosen for this entry were made on the official text, "
                        "so the entry prints it while they are chosen."
                    )
                )
            elif not official:
                self.message.emit(self.tr("The entry prints our summary."))
            elif self._is_act(result[1].item_id):
                self.message.emit(self.tr("The entry prints the official text."))
            else:
                self.message.emit(self.tr("The entry prints the text of the source."))

        if brf_id:
            self._run(ops.set_entry_official(brf_id, entry_id, official), switched)

    def _notes_hold_official(self, entry: Entry) -> bool:
        """Whether the entry's chosen notes keep it on the imported text (packing's rule)."""
        from briefing.notes.packing import wants_official

        try:
            notes = tuple(self._writer.reader().annotation(n) for n in entry.annotation_ids)
        except BriefingError:
            return False
        # A note in the trash is left out of the pack, so it keeps nothing on that text.
        return wants_official(entry, tuple(n for n in notes if n.deleted is None))

    def _on_panel_memoEdited(self, entry_id: str, memo: str) -> None:
        def saved(result: tuple[str, Entry]) -> None:
            self._undo.push(
                self.tr("memo edited"), ops.set_memo(entry_id, result[0]), ops.BRIEFINGS
            )

        self._run(ops.set_memo(entry_id, memo), saved)

    def _on_panel_notesChosen(self, entry_id: str, note_ids: list) -> None:
        def chosen(result: tuple[tuple[str, ...], Entry]) -> None:
            back = ops.choose_notes(entry_id, result[0])
            self._undo.push(self.tr("notes chosen"), back, ops.BRIEFINGS)

        self._run(ops.choose_notes(entry_id, [str(n) for n in note_ids]), chosen)
