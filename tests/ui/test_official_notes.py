"""A note made while the official text is shown is a note on the official text."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot
from ui_helpers import click_link, official_681, reader
from workflow_helpers import annotate

from briefing.library.official import import_finlex, remove
from briefing.notes.store import open_store
from briefing.ui.main_window import MainWindow

QUOTE = "ensimmäinen pykälä"


def test_a_note_on_the_official_text_is_stored_and_marked_on_that_text(
    qtbot: QtBot, window: MainWindow, profile: Path, tmp_path: Path
) -> None:
    window.workflow.library_changed(import_finlex(profile, [official_681(tmp_path)]))
    assert window.open_id("act-681-2023", "fi")
    with qtbot.waitSignal(window.pageShown):
        click_link(qtbot, window, "Show the official text")
    annotate(qtbot, window, QUOTE, "Virallisesta tekstistä")

    with open_store(profile, auto_backup=False) as store:
        (note,) = store.annotations("act-681-2023")
    assert (note.official, note.section_id) == (True, "act-681-2023/s-1")
    assert note.selector is not None and note.selector.exact == QUOTE
    annotating = window.workflow.annotating
    assert annotating.marked_passages() == {note.id: QUOTE}

    # Our summary of the act lists the note but marks nothing: the passage is not in it.
    with qtbot.waitSignal(window.pageShown):
        click_link(qtbot, window, "Show our summary")
    assert "Our summary of the act" in reader(window).toPlainText()
    assert annotating.marked_passages() == {}
    assert window.annotation_panel.model.rowCount() == 1

    # The import is removed: on the next start the note says why it moved.
    remove(profile, "681/2023")
    window.workflow.library_changed()
    from briefing.ui import operations as ops

    with qtbot.waitSignal(window.workflow.writer.changed, timeout=10000):
        window.workflow.writer.submit(ops.reanchor(window.workflow._library), ops.ANNOTATIONS)
    with open_store(profile, auto_backup=False) as store:
        after = store.annotation(note.id)
    assert after.status_reason == "official-text-removed"
    rows = [str(window.annotation_panel.model.index(0, 0).data())]
    assert "the official text it was made on has been removed" in rows[0]
    from PySide6.QtCore import QCoreApplication

    from briefing.ui.models.annotation_model import status_text
    from briefing.ui.translations import Translations

    translations = Translations(QCoreApplication.instance())  # type: ignore[arg-type]
    try:
        for lang, words in (("fi", "on poistettu"), ("sv", "har tagits bort")):
            translations.switch(lang)
            assert words in status_text(after)
    finally:
        translations.switch("en")
