"""An entry's printed text switched after adding it (summary <-> imported), and browsing
lists imported texts marked as search hits are."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QContextMenuEvent
from PySide6.QtWidgets import QApplication, QMenu
from pytestqt.qtbot import QtBot
from ui_helpers import official_681, reader, result_texts, search_field
from web_samples import save_page
from workflow_helpers import CTRL, click_index, entry_labels, open_act, press, select_in_reader

from briefing import paths
from briefing.core.models import Entry
from briefing.library import saved_texts
from briefing.library.importers.page import PageOptions, read_pages
from briefing.library.official import import_finlex
from briefing.notes.store import open_store
from briefing.ui.main_window import MainWindow
from briefing.ui.models.result_model import HTML_ROLE, ID_ROLE
from briefing.ui.models.result_model import OFFICIAL_ROLE as IMPORTED

SHIFT = Qt.KeyboardModifier.ShiftModifier
OFFICIAL_WORDS = "Pysyvä ensimmäinen pykälä."  # 1 § of the imported act only
SUMMARY_WORDS = "Laki edistää maahanmuuttajan kotoutumista"  # 1 § of our summary, in fi


def _entry(profile: Path) -> Entry:
    with open_store(profile, auto_backup=False) as store:
        (brf,) = store.briefings()
    (entry,) = brf.entries
    return entry


def _shown(window: MainWindow) -> str:
    """The entry row as the list shows it, mark included."""
    return str(window.briefing_panel.entry_model.index(0, 0).data())


def _add_summary_section(qtbot: QtBot, window: MainWindow) -> None:
    open_act(qtbot, window, "integration programme", "681/2023")
    select_in_reader(qtbot, window, "The act promotes the integration")  # 1 §, read in en
    press(qtbot, reader(window), Qt.Key.Key_B, CTRL)
    qtbot.waitUntil(lambda: len(entry_labels(window)) == 1)
    qtbot.waitUntil(lambda: "681/2023" in entry_labels(window)[0])  # named, texts known
    click_index(qtbot, window.briefing_panel.entries, 0)


def _preview(qtbot: QtBot, window: MainWindow) -> str:
    panel = window.briefing_panel
    with qtbot.waitSignal(window.workflow.compiling.previewReady):
        if panel.tabs.currentWidget() is panel.preview:
            window.workflow.compiling._request_preview()  # already shown: render again
        else:
            panel.tabs.setCurrentWidget(panel.preview)
    text = panel.preview.toPlainText()
    panel.tabs.setCurrentIndex(0)
    return text


def _pdf_text(qtbot: QtBot, window: MainWindow, profile: Path, content: Path, out: Path) -> str:
    from pypdf import PdfReader

    from briefing.settings import Settings
    from briefing.ui.dialogs.export_dialog import ExportDialog
    from briefing.ui.library_access import LibraryAccess

    with open_store(profile, auto_backup=False) as store:
        (brf,) = store.briefings()
    dialog = ExportDialog(
        profile=profile,
        library=LibraryAccess(content, paths.official_db(profile)),
        briefing_id=brf.id,
        title=brf.title,
        lang="fi",
        settings=Settings(organisation="Testby"),
        open_url=lambda _url: True,
    )
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.file.clear()
    qtbot.keyClicks(dialog.file, str(out))
    with qtbot.waitSignal(dialog.exported, timeout=20000):
        qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    dialog.close()
    return " ".join(" ".join(p.extract_text().split()) for p in PdfReader(out).pages)


def _context_menu(qtbot: QtBot, window: MainWindow) -> QMenu | None:
    view = window.briefing_panel.entries
    point = view.visualRect(view.model().index(0, 0)).center()
    event = QContextMenuEvent(
        QContextMenuEvent.Reason.Mouse, point, view.viewport().mapToGlobal(point)
    )
    QApplication.sendEvent(view.viewport(), event)
    menus = [m for m in view.findChildren(QMenu, "entryMenu") if m.isVisible()]
    for menu in menus:
        menu.close()
    return menus[0] if menus else None


# A popup menu on the offscreen platform: it cannot raise itself or grab the keyboard.
POPUP = pytest.mark.qt_log_ignore(
    "does not support raise", "does not support grabbing", "does not support propagateSizeHints"
)


@POPUP
def test_an_entry_switched_to_the_official_text_prints_it_and_undo_switches_back(
    qtbot: QtBot, window: MainWindow, profile: Path, content_db: Path, tmp_path: Path
) -> None:
    window.workflow.library_changed(import_finlex(profile, [official_681(tmp_path)]))
    _add_summary_section(qtbot, window)
    assert _entry(profile).official is False
    action = window.briefing_panel.entries.switch_text_action
    qtbot.waitUntil(action.isVisible)
    assert action.text() == "Print the official text"
    menu = _context_menu(qtbot, window)
    assert menu is not None and action in menu.actions()
    before = _preview(qtbot, window)
    assert SUMMARY_WORDS in before and OFFICIAL_WORDS not in before

    # The keys belong to the entries list: typed while reading, they switch nothing.
    press(qtbot, reader(window), Qt.Key.Key_T, CTRL | SHIFT)
    qtbot.wait(100)
    assert not window.workflow.writer.pending() and _entry(profile).official is False

    # Ctrl+Shift+T on the entries list: the official text, in the row, preview and PDF.
    with qtbot.waitSignal(window.workflow.writer.changed):
        press(qtbot, window.briefing_panel.entries, Qt.Key.Key_T, CTRL | SHIFT)
    qtbot.waitUntil(lambda: _entry(profile).official is True)
    qtbot.waitUntil(lambda: _shown(window).endswith("· official text"))
    assert "prints the official text" in window.statusBar().currentMessage()
    qtbot.waitUntil(lambda: action.text() == "Print our summary")
    after = _preview(qtbot, window)
    assert OFFICIAL_WORDS in after and SUMMARY_WORDS not in after
    pdf = _pdf_text(qtbot, window, profile, content_db, tmp_path / "official.pdf")
    assert OFFICIAL_WORDS in pdf and SUMMARY_WORDS not in pdf

    # Ctrl+Z: our summary again, everywhere.
    with qtbot.waitSignal(window.workflow.writer.changed):
        window.workflow.undo.action.trigger()
    qtbot.waitUntil(lambda: _entry(profile).official is False)
    qtbot.waitUntil(lambda: "681/2023" in _shown(window) and "official" not in _shown(window))
    qtbot.waitUntil(lambda: action.text() == "Print the official text")
    again = _preview(qtbot, window)
    assert SUMMARY_WORDS in again and OFFICIAL_WORDS not in again
    pdf = _pdf_text(qtbot, window, profile, content_db, tmp_path / "summary.pdf")
    assert SUMMARY_WORDS in pdf and OFFICIAL_WORDS not in pdf


@POPUP
def test_no_switch_is_offered_when_the_library_has_only_our_summary(
    qtbot: QtBot, window: MainWindow, profile: Path
) -> None:
    _add_summary_section(qtbot, window)
    view = window.briefing_panel.entries
    assert not view.switch_text_action.isVisible()
    assert _context_menu(qtbot, window) is None
    press(qtbot, view, Qt.Key.Key_T, CTRL | SHIFT)
    qtbot.wait(200)
    assert not window.workflow.writer.pending() and _entry(profile).official is False


def _import_page(profile: Path, folder: Path) -> saved_texts.WebImportSummary:
    # Our library summarises priority-partnerships; this page is its source.
    options = PageOptions(kind="priority", id="priority-partnerships")  # type: ignore[arg-type]
    return saved_texts.import_items(profile, read_pages([save_page(folder)], options))


def test_a_page_entry_switches_to_the_text_of_the_source(
    qtbot: QtBot, window: MainWindow, profile: Path, tmp_path: Path
) -> None:
    window.workflow.library_changed(_import_page(profile, tmp_path / "saved"))
    assert window.open_id("priority-partnerships", "fi")
    press(qtbot, reader(window), Qt.Key.Key_B, CTRL)
    qtbot.waitUntil(lambda: len(entry_labels(window)) == 1)
    click_index(qtbot, window.briefing_panel.entries, 0)
    action = window.briefing_panel.entries.switch_text_action
    qtbot.waitUntil(action.isVisible)
    assert action.text() == "Print the text of the source"
    with qtbot.waitSignal(window.workflow.writer.changed):
        action.trigger()
    qtbot.waitUntil(lambda: _entry(profile).official is True)
    qtbot.waitUntil(lambda: _shown(window).endswith("· text of the source"))
    assert "Kunnan on laadittava kotoutumisohjelma" in _preview(qtbot, window)


def test_browsing_lists_an_imported_page_marked_beside_our_summary(
    qtbot: QtBot, window: MainWindow, profile: Path, tmp_path: Path
) -> None:
    everything = len(result_texts(window))
    window.workflow.library_changed(_import_page(profile, tmp_path / "saved"))
    assert search_field(window).text() == ""
    qtbot.waitUntil(lambda: len(result_texts(window)) == everything + 1)
    model = window.result_model
    rows = [model.index(r, 0) for r in range(model.rowCount())]
    both = sorted(
        (i for i in rows if i.data(ID_ROLE) == "priority-partnerships"),
        key=lambda i: bool(i.data(IMPORTED)),
    )
    # As search lists it: our summary, and the source's text marked as such.
    assert [bool(i.data(IMPORTED)) for i in both] == [False, True]
    assert "text of the source" in both[1].data(HTML_ROLE)
    assert "text of the source" not in both[0].data(HTML_ROLE)
    assert "official text" not in both[1].data(HTML_ROLE)
    with qtbot.waitSignal(window.pageShown):
        window.result_list.setCurrentIndex(both[1])
    assert "Text of the source, imported on" in reader(window).toPlainText()


def test_browsing_marks_an_imported_act_as_the_official_text_in_finnish(
    qtbot: QtBot, window: MainWindow, profile: Path, tmp_path: Path
) -> None:
    window.workflow.library_changed(import_finlex(profile, [official_681(tmp_path)]))
    model = window.result_model

    def acts() -> list[str]:
        rows = [model.index(r, 0) for r in range(model.rowCount())]
        return [i.data(HTML_ROLE) for i in rows if i.data(ID_ROLE) == "act-681-2023"]

    qtbot.waitUntil(lambda: len(acts()) == 2)
    assert sorted("official text" in html for html in acts()) == [False, True]
    menu = window.findChild(QMenu, "languageMenu")
    next(a for a in menu.actions() if a.data() == "fi").trigger()
    qtbot.waitUntil(lambda: len(acts()) == 2 and any("virallinen teksti" in h for h in acts()))


def test_our_summary_asked_for_an_entry_whose_notes_are_on_the_official_text_says_why_not(
    qtbot: QtBot, window: MainWindow, profile: Path, tmp_path: Path
) -> None:
    window.workflow.library_changed(import_finlex(profile, [official_681(tmp_path)]))
    section = "act-681-2023/s-1"
    with open_store(profile, auto_backup=False) as store:
        brf = store.new_briefing("Board")
        entry = store.add_entry(brf.id, "act-681-2023", section_id=section, official=True)
        note = store.add_annotation("act-681-2023", "On 1 §", section_id=section, official=True)
        store.update_entry(entry.id, annotation_ids=[note.id])
    window.workflow.compiling.refresh(brf.id)
    qtbot.waitUntil(lambda: "681/2023" in _shown(window))
    click_index(qtbot, window.briefing_panel.entries, 0)
    action = window.briefing_panel.entries.switch_text_action
    qtbot.waitUntil(action.isVisible)
    assert action.text() == "Print our summary"
    with qtbot.waitSignal(window.workflow.writer.changed):
        action.trigger()
    qtbot.waitUntil(lambda: _entry(profile).official is False)
    assert "made on the official text" in window.statusBar().currentMessage()
    assert OFFICIAL_WORDS in _preview(qtbot, window)  # the pack's rule, said not hidden


def test_a_note_in_the_trash_does_not_keep_the_entry_on_the_official_text(
    qtbot: QtBot, window: MainWindow, profile: Path, tmp_path: Path
) -> None:
    window.workflow.library_changed(import_finlex(profile, [official_681(tmp_path)]))
    section = "act-681-2023/s-1"
    with open_store(profile, auto_backup=False) as store:
        brf = store.new_briefing("Board")
        entry = store.add_entry(brf.id, "act-681-2023", section_id=section, official=True)
        note = store.add_annotation("act-681-2023", "On 1 §", section_id=section, official=True)
        store.update_entry(entry.id, annotation_ids=[note.id])
        store.delete_annotation(note.id)  # the pack leaves a note in the trash out
    window.workflow.compiling.refresh(brf.id)
    qtbot.waitUntil(lambda: "681/2023" in _shown(window))
    click_index(qtbot, window.briefing_panel.entries, 0)
    action = window.briefing_panel.entries.switch_text_action
    qtbot.waitUntil(action.isVisible)
    with qtbot.waitSignal(window.workflow.writer.changed):
        action.trigger()
    qtbot.waitUntil(lambda: _entry(profile).official is False)
    assert window.statusBar().currentMessage() == "The entry prints our summary."
    shown = _preview(qtbot, window)
    assert SUMMARY_WORDS in shown and OFFICIAL_WORDS not in shown


def test_an_open_briefing_without_a_library_lists_its_entries_without_a_save_error(
    qtbot: QtBot, profile: Path, tmp_path: Path
) -> None:
    from briefing.app import make_window

    with open_store(profile, auto_backup=False) as store:
        brf = store.new_briefing("Board")
        store.add_entry(brf.id, "act-681-2023", section_id="act-681-2023/s-1")
    win = make_window(profile, content=tmp_path / "no-content.db")  # removed or not yet there
    qtbot.addWidget(win)
    win.show()
    messages: list[str] = []
    win.statusBar().messageChanged.connect(messages.append)
    qtbot.waitUntil(lambda: win.workflow.compiling is not None)
    win.workflow.compiling.refresh(brf.id)
    qtbot.waitUntil(lambda: "act-681-2023/s-1" in _shown(win))
    qtbot.waitUntil(lambda: not win.workflow.writer.pending())
    QApplication.processEvents()
    assert not [m for m in messages if m.startswith("Could not save")]
    win.close()


@POPUP
def test_an_entry_whose_official_text_was_removed_can_go_back_to_our_summary(
    qtbot: QtBot, window: MainWindow, profile: Path, tmp_path: Path
) -> None:
    from briefing.library import official

    window.workflow.library_changed(import_finlex(profile, [official_681(tmp_path)]))
    _add_summary_section(qtbot, window)
    action = window.briefing_panel.entries.switch_text_action
    qtbot.waitUntil(action.isVisible)
    with qtbot.waitSignal(window.workflow.writer.changed):
        press(qtbot, window.briefing_panel.entries, Qt.Key.Key_T, CTRL | SHIFT)
    qtbot.waitUntil(lambda: _entry(profile).official is True)

    # The official text is removed from the library: the entry still asks for it, so
    # the person must be able to set it back to our summary (the only text left).
    official.remove(profile, "act-681-2023")
    window.workflow.library_changed()
    qtbot.waitUntil(lambda: action.isVisible() and action.text() == "Print our summary")
    with qtbot.waitSignal(window.workflow.writer.changed):
        press(qtbot, window.briefing_panel.entries, Qt.Key.Key_T, CTRL | SHIFT)
    qtbot.waitUntil(lambda: _entry(profile).official is False)
    # Nothing to switch to any more: the action goes.
    qtbot.waitUntil(lambda: not action.isVisible())
