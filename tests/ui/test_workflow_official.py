"""Official text and our summary side by side: the reader says which it shows and switches."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot
from ui_helpers import FINLEX, click_link, official_681, reader

from briefing.library.official import import_finlex
from briefing.ui.main_window import MainWindow


def test_the_reader_says_which_text_and_switches_between_them(
    qtbot: QtBot, window: MainWindow, profile: Path, tmp_path: Path
) -> None:
    summary = import_finlex(profile, [official_681(tmp_path)])
    assert [a.id for a in summary.imported] == ["act-681-2023"]
    window.workflow.library_changed(summary)  # as the import dialog does

    assert window.open_id("act-681-2023", "fi")
    page = reader(window).toPlainText()
    assert "Our summary of the act, not the official text." in page
    with qtbot.waitSignal(window.pageShown):
        click_link(qtbot, window, "Show the official text")
    page = reader(window).toPlainText()
    assert "Official text imported from Finlex on" in page
    assert "ELI: http://data.finlex.fi/eli/sd/2023/681" in page
    assert "Laki koekappaleista" in page
    with qtbot.waitSignal(window.pageShown):
        click_link(qtbot, window, "Show our summary")
    assert "Our summary of the act" in reader(window).toPlainText()


def test_notes_on_a_text_imported_again_are_reanchored(
    qtbot: QtBot, window: MainWindow, profile: Path, tmp_path: Path
) -> None:
    from briefing.notes.store import open_store
    from briefing.notes.targets import annotate

    first = import_finlex(profile, [FINLEX / "consolidated.xml"])
    window.workflow.library_changed(first)
    with open_store(profile, auto_backup=False) as store:
        library = window.workflow._library.store()
        note = annotate(
            store, library, "act-77-2029/s-1", "On the first section", quote="ensimmäinen pykälä"
        )
    changed = tmp_path / "consolidated.xml"
    text = (FINLEX / "consolidated.xml").read_text(encoding="utf-8")
    changed.write_text(text.replace("Pysyvä ensimmäinen pykälä.", "Uusi teksti."), "utf-8")
    again = import_finlex(profile, [changed])
    window.workflow.library_changed(again)

    def status() -> str:
        with open_store(profile, auto_backup=False) as store:
            return store.annotation(note.id).status

    qtbot.waitUntil(lambda: status() == "orphaned", timeout=10000)
    with open_store(profile, auto_backup=False) as store:
        after = store.annotation(note.id)
    assert after.status == "orphaned"
    assert after.status_reason == "quote-missing"


def test_a_hit_in_the_official_text_opens_the_official_text(
    qtbot: QtBot, window: MainWindow, profile: Path, tmp_path: Path
) -> None:
    from ui_helpers import click_row, result_texts, search_field, type_text

    from briefing.ui.models.result_model import OFFICIAL_ROLE

    window.workflow.library_changed(import_finlex(profile, [official_681(tmp_path)]))
    field = search_field(window)
    field.clear()
    type_text(qtbot, field, "koekappaleista")
    model = window.result_model

    def official_rows() -> list[str]:
        rows = [model.index(r, 0) for r in range(model.rowCount())]
        return [str(i.data()) for i in rows if i.data(OFFICIAL_ROLE)]

    qtbot.waitUntil(lambda: any("681/2023" in t for t in official_rows()))
    assert result_texts(window)  # the list shows what was found
    official = next(t for t in official_rows() if "681/2023" in t).splitlines()[0]
    with qtbot.waitSignal(window.pageShown):
        click_row(qtbot, window, official)
    assert "Official text imported from Finlex on" in reader(window).toPlainText()
