"""The export dialog: PDF or accessible HTML in a worker, cancel, errors in one line, open."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QUrl
from pytestqt.qtbot import QtBot

from briefing.notes.store import open_store
from briefing.settings import Settings
from briefing.ui.dialogs.export_dialog import ExportDialog
from briefing.ui.library_access import LibraryAccess


@pytest.fixture
def dialog(qtbot: QtBot, profile: Path, content_db: Path) -> ExportDialog:
    with open_store(profile, auto_backup=False) as store:
        brf = store.new_briefing("City board", lang="en")
        entry = store.add_entry(brf.id, "act-681-2023", section_id="act-681-2023/s-13")
        note = store.add_annotation("act-681-2023", "A private worry", private=True)
        store.update_entry(entry.id, annotation_ids=[note.id])
    opened: list[QUrl] = []
    made = ExportDialog(
        profile=profile,
        library=LibraryAccess(content_db),
        briefing_id=brf.id,
        title=brf.title,
        lang="en",
        settings=Settings(organisation="Testby"),
        open_url=lambda url: opened.append(url) or True,
    )
    made.opened = opened  # type: ignore[attr-defined]
    qtbot.addWidget(made)
    made.show()
    return made


def _export(qtbot: QtBot, dialog: ExportDialog, out: Path) -> None:
    dialog.file.clear()
    qtbot.keyClicks(dialog.file, str(out))
    with qtbot.waitSignal(dialog.exported, timeout=20000):
        qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)


def test_accessible_html_with_private_notes_then_open_folder(
    qtbot: QtBot, dialog: ExportDialog, tmp_path: Path
) -> None:
    dialog.format.setCurrentIndex(dialog.format.findData("html"))
    assert dialog.file.text().endswith(".html")
    dialog.private.setChecked(True)
    out = tmp_path / "board.html"
    _export(qtbot, dialog, out)
    page = out.read_text(encoding="utf-8")
    assert '<html lang="en">' in page
    assert "A private worry" in page
    assert "Testby" in page
    qtbot.mouseClick(dialog.open_folder_button, Qt.MouseButton.LeftButton)
    assert dialog.opened == [QUrl.fromLocalFile(str(tmp_path))]  # type: ignore[attr-defined]


def test_pdf_leaves_private_notes_out_unless_asked(
    qtbot: QtBot, dialog: ExportDialog, tmp_path: Path
) -> None:
    from pypdf import PdfReader

    out = tmp_path / "board.pdf"
    _export(qtbot, dialog, out)
    text = " ".join(p.extract_text() for p in PdfReader(out).pages)
    assert "City board" in text
    assert "private worry" not in text
    qtbot.mouseClick(dialog.open_file_button, Qt.MouseButton.LeftButton)
    assert dialog.opened == [QUrl.fromLocalFile(str(out))]  # type: ignore[attr-defined]


def test_a_folder_that_is_not_there_is_one_line_in_the_dialog(
    qtbot: QtBot, dialog: ExportDialog, tmp_path: Path
) -> None:
    dialog.file.setText(str(tmp_path / "missing" / "board.pdf"))
    with qtbot.waitSignal(dialog.exportFailed, timeout=20000) as failed:
        qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    message = failed.args[0]
    # In the interface's language (whichever an earlier test left installed).
    expected = dialog.tr("The file could not be written to %1: %2.")
    expected = expected.replace("%1", str(tmp_path / "missing")).replace(
        "%2", dialog.tr("the folder does not exist")
    )
    assert message == expected
    assert "\n" not in message and "Traceback" not in message
    assert dialog.status.text() == message
    assert not dialog.open_file_button.isVisible()


def test_the_reason_is_in_the_interface_language(
    qtbot: QtBot, dialog: ExportDialog, tmp_path: Path
) -> None:
    from briefing.core.errors import StoreError

    error = StoreError(f"cannot write {tmp_path}/board.pdf: the disk is full")
    written = dialog.tr("The file could not be written to %1: %2.")
    full = dialog.tr("the disk is full")
    assert written != "" and full != ""
    assert dialog.describe(error) == written.replace("%1", f"{tmp_path}/board.pdf").replace(
        "%2", full
    )
    bug = dialog.describe(RuntimeError("boom\nTraceback (most recent call last)"))
    assert "boom" in bug and "Traceback" not in bug and "\n" not in bug


def test_cancel_writes_nothing(qtbot: QtBot, dialog: ExportDialog, tmp_path: Path) -> None:
    out = tmp_path / "board.pdf"
    dialog.file.setText(str(out))
    with qtbot.waitSignal(dialog.exportFailed, timeout=20000) as stopped:
        qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
        assert dialog.cancel_button.text() == dialog.tr("Cancel")  # not "Close" while it runs
        qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
    assert stopped.args[0] == dialog.tr("Export cancelled; no file was written.")
    assert not out.exists()
    assert dialog.export_button.isEnabled()
