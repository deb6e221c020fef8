"""The export dialog: choose how, export in a worker with progress and cancel, then open it.

The pack is resolved and rendered on a pool thread that opens its own notes store;
the dialog only shows progress. Opening the file or its folder goes through an
injectable ``open_url`` (``QDesktopServices.openUrl`` by default).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QWidget,
)

from briefing.core.errors import BriefingError
from briefing.ui.item_page import LANGUAGE_NAMES
from briefing.ui.library_access import LibraryAccess
from briefing.ui.long_job import LongJob


class ExportDialog(QDialog):
    """``exportDialog``; ``export()`` starts, ``exported`` / ``exportFailed`` tell the end."""

    exported = Signal(str)  # the file written
    exportFailed = Signal(str)  # one line for the person

    def __init__(
        self,
        *,
        profile: Path,
        library: LibraryAccess,
        briefing_id: str,
        title: str,
        lang: str,
        settings: Any,
        parent: QWidget | None = None,
        open_url: Callable[[QUrl], bool] | None = None,
        choose_path: Callable[[str], str] | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("exportDialog")
        self._profile = profile
        self._library = library
        self._briefing_id = briefing_id
        self._settings = settings
        self._open_url = open_url or QDesktopServices.openUrl
        self._choose_path = choose_path
        self.path: Path | None = None
        self.job = LongJob(self)
        self._build(title, lang)
        self._connect_signals()
        self._retranslate()
        self._sync(running=False)

    def _build(self, title: str, lang: str) -> None:
        self.language = QComboBox(self)
        self.language.setObjectName("exportLanguage")
        for code in ("fi", "sv", "en"):
            self.language.addItem(LANGUAGE_NAMES[code].capitalize(), code)
        self.language.setCurrentIndex(max(0, self.language.findData(lang)))
        self.private = QCheckBox(self)
        self.private.setObjectName("exportPrivate")
        self.text = QComboBox(self)
        self.text.setObjectName("exportText")
        self.marking = QComboBox(self)
        self.marking.setObjectName("exportMarking")
        self.format = QComboBox(self)
        self.format.setObjectName("exportFormat")
        self.file = QLineEdit(self)
        self.file.setObjectName("exportFile")
        folder = Path.home() / "Documents"
        safe = "".join(c if c.isalnum() or c in " -_" else "_" for c in title).strip() or "briefing"
        self.file.setText(str((folder if folder.is_dir() else Path.home()) / f"{safe}.pdf"))
        self.browse = QPushButton(self)
        self.progress = QProgressBar(self)
        self.progress.setObjectName("exportProgress")
        self.status = QLabel(self)
        self.status.setObjectName("exportStatus")
        self.status.setWordWrap(True)
        self.export_button = QPushButton(self)
        self.export_button.setObjectName("exportButton")
        self.export_button.setDefault(True)
        self.cancel_button = QPushButton(self)
        self.cancel_button.setObjectName("exportCancelButton")
        self.open_file_button = QPushButton(self)
        self.open_file_button.setObjectName("openFileButton")
        self.open_folder_button = QPushButton(self)
        self.open_folder_button.setObjectName("openFolderButton")
        file_row = QHBoxLayout()
        file_row.addWidget(self.file, 1)
        file_row.addWidget(self.browse)
        buttons = QHBoxLayout()
        for button in (self.open_file_button, self.open_folder_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.export_button)
        buttons.addWidget(self.cancel_button)
        form = QFormLayout(self)
        self._labels = [QLabel(self) for _ in range(6)]
        fields = (self.language, self.text, self.marking, self.format, self.file)
        for label, field in zip(self._labels, fields, strict=False):
            label.setBuddy(field)
        for label, field in zip(self._labels, (*fields[:4], file_row), strict=False):
            form.addRow(label, field)
        form.addRow(self.private)
        form.addRow(self.progress)
        form.addRow(self.status)
        form.addRow(buttons)

    def _connect_signals(self) -> None:
        self.export_button.clicked.connect(self.export)
        self.cancel_button.clicked.connect(self._on_cancelButton_clicked)
        self.browse.clicked.connect(self._on_browse_clicked)
        self.format.currentIndexChanged.connect(self._on_format_currentIndexChanged)
        self.open_file_button.clicked.connect(self._on_openFileButton_clicked)
        self.open_folder_button.clicked.connect(self._on_openFolderButton_clicked)
        self.job.progressed.connect(self._on_job_progressed)
        self.job.finished.connect(self._on_job_finished)
        self.job.failed.connect(self._on_job_failed)
        self.job.cancelled.connect(self._on_job_cancelled)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _fill(self, box: QComboBox, choices: list[tuple[str, str]]) -> None:
        current = box.currentIndex()
        box.clear()
        for text, data in choices:
            box.addItem(text, data)
        box.setCurrentIndex(max(0, current))

    def _retranslate(self) -> None:
        self.setWindowTitle(self.tr("Export briefing"))
        texts = (self.tr("&Language"), self.tr("&Text"), self.tr("&Marking"))
        texts += (self.tr("&Format"), self.tr("File &name"))
        for label, text in zip(self._labels, texts, strict=False):
            label.setText(text)
        self._fill(self.text, [(self.tr("Excerpts"), "excerpts"), (self.tr("Full text"), "full")])
        self._fill(
            self.marking,
            [
                (self.tr("No marking"), ""),
                (self.tr("Draft"), "draft"),
                (self.tr("Not a public document"), "not-public"),
            ],
        )
        self._fill(self.format, [(self.tr("PDF"), "pdf"), (self.tr("Accessible HTML"), "html")])
        self.private.setText(self.tr("Include &private notes"))
        for widget, name in (
            (self.language, self.tr("Language of the document")),
            (self.text, self.tr("Full text or excerpts")),
            (self.marking, self.tr("Marking on the cover")),
            (self.format, self.tr("File format")),
            (self.file, self.tr("File name")),
            (self.progress, self.tr("Export progress")),
        ):
            widget.setAccessibleName(name)
        self.browse.setText(self.tr("&Choose…"))
        self.export_button.setText(self.tr("&Export"))
        self.open_file_button.setText(self.tr("&Open file"))
        self.open_folder_button.setText(self.tr("Open &folder"))
        self._sync(self.job.running)

    def _sync(self, running: bool) -> None:
        for widget in (self.language, self.private, self.text, self.marking, self.format):
            widget.setEnabled(not running)
        self.file.setEnabled(not running)
        self.export_button.setEnabled(not running)
        done = self.path is not None and not running
        self.open_file_button.setVisible(done)
        self.open_folder_button.setVisible(done)
        self.cancel_button.setText(self.tr("Cancel") if running else self.tr("Close"))

    def _on_browse_clicked(self) -> None:
        chosen = (
            self._choose_path(self.file.text())
            if self._choose_path
            else QFileDialog.getSaveFileName(self, self.tr("Export briefing"), self.file.text())[0]
        )
        if chosen:
            self.file.setText(chosen)

    def _on_format_currentIndexChanged(self, _index: int) -> None:
        suffix = ".html" if self.format.currentData() == "html" else ".pdf"
        current = Path(self.file.text())
        if current.suffix.lower() in (".pdf", ".html", ".htm"):
            self.file.setText(str(current.with_suffix(suffix)))

    def export(self) -> None:
        """Resolve the briefing and write the file on a pool thread."""
        target = Path(self.file.text().strip()).expanduser()
        if not self.file.text().strip():
            self._fail(self.tr("Give the file a name."))
            return
        self.path = None
        self.progress.setRange(0, 0)
        self.status.setText(self.tr("Exporting…"))
        self._sync(running=True)
        self.job.start(self._work(target))

    def _work(self, target: Path) -> Callable[..., Any]:
        profile, library, brf_id = self._profile, self._library, self._briefing_id
        lang = str(self.language.currentData())
        private = self.private.isChecked()
        full = self.text.currentData() == "full"
        marking = str(self.marking.currentData() or "")
        html = self.format.currentData() == "html"
        organisation = str(getattr(self._settings, "organisation", "") or "")
        logo = str(getattr(self._settings, "logo", "") or "")

        def work(progress: Callable[[int, int, str], None], cancel: Callable[[], bool]) -> str:
            from briefing.export.html import render_html
            from briefing.export.options import ExportOptions
            from briefing.export.pdf import render_briefing
            from briefing.notes.packing import resolve_pack
            from briefing.notes.store import open_store

            with open_store(profile, auto_backup=False) as notes:
                pack = resolve_pack(
                    notes, library.store(), brf_id, lang, include_private=private,
                    full_text=full, organisation=organisation, logo_path=logo, marking=marking,
                )  # fmt: skip
            options = ExportOptions(include_private=private)
            render = render_html if html else render_briefing
            render(pack, target, options, progress, cancel)
            return str(target)

        return work

    def _on_job_progressed(self, done: int, total: int, label: str) -> None:
        if total > 0:
            self.progress.setRange(0, total)
            self.progress.setValue(done)
        self.status.setText(self.tr("Exporting: %1").replace("%1", label) if label else "")

    def _on_job_finished(self, path: object) -> None:
        self.path = Path(str(path))
        self.progress.setRange(0, 1)
        self.progress.setValue(1)
        self.status.setText(self.tr("Saved as %1").replace("%1", str(self.path)))
        self._sync(running=False)
        self.exported.emit(str(self.path))

    def _on_job_failed(self, error: object) -> None:
        self._fail(self.describe(error))

    def describe(self, error: object) -> str:
        """The failure in one line of the interface language."""
        detail = str(error).splitlines()[0] if str(error) else ""
        if isinstance(error, BriefingError):
            written = re.match(r"cannot write (?:in )?(.+): ([^:]+)$", detail)
            reason = self._reasons().get(written.group(2)) if written else None
            if written and reason:
                return (
                    self.tr("The file could not be written to %1: %2.")
                    .replace("%1", written.group(1))
                    .replace("%2", reason)
                )
            return self.tr("The briefing could not be exported: %1").replace("%1", detail)
        return self.tr("The export failed because of a fault in Briefing: %1").replace("%1", detail)

    def _reasons(self) -> dict[str, str]:
        """The export's reasons for refusing a file, as people of this language say them."""
        return {
            "the disk is full": self.tr("the disk is full"),
            "the disk quota is used up": self.tr("the disk quota is used up"),
            "permission denied": self.tr("you may not write there"),
            "the disk is read-only": self.tr("the disk is read-only"),
            "the folder does not exist": self.tr("the folder does not exist"),
            "it is a folder": self.tr("that name is a folder"),
        }

    def _fail(self, message: str) -> None:
        self.progress.setRange(0, 1)
        self.progress.setValue(0)
        self.status.setText(message)
        self._sync(running=False)
        self.exportFailed.emit(message)

    def _on_job_cancelled(self) -> None:
        self._fail(self.tr("Export cancelled; no file was written."))

    def _on_cancelButton_clicked(self) -> None:
        if self.job.running:
            self.job.cancel()
        else:
            self.reject()

    def _on_openFileButton_clicked(self) -> None:
        if self.path is not None:
            self._open_url(QUrl.fromLocalFile(str(self.path)))

    def _on_openFolderButton_clicked(self) -> None:
        if self.path is not None:
            self._open_url(QUrl.fromLocalFile(str(self.path.parent)))

    def done(self, result: int) -> None:
        if self.job.running:
            self.job.cancel()
            self.job.wait()
        super().done(result)
