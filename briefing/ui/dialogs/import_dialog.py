"""File → Import official texts: pick Finlex files or a folder, import in a worker, summarise.

The import runs on a pool thread with progress and cancel (one transaction: a cancel
leaves nothing half-imported); the summary says what came in, what was refused and
what was repaired. Choosers are injectable so tests never block on a file dialog.
"""

from __future__ import annotations

import html
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from briefing.core.errors import BriefingError
from briefing.ui.long_job import LongJob

if TYPE_CHECKING:
    from briefing.library.importers.report import ImportSummary


class ImportDialog(QDialog):
    """``importDialog``; ``imported`` carries the ``ImportSummary`` when texts came in."""

    imported = Signal(object)
    importFailed = Signal(str)

    def __init__(
        self,
        profile: Path,
        parent: QWidget | None = None,
        *,
        choose_files: Callable[[], list[str]] | None = None,
        choose_folder: Callable[[], str] | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("importDialog")
        self._profile = profile
        self._choose_files = choose_files
        self._choose_folder = choose_folder
        self.sources: list[Path] = []
        self.summary: ImportSummary | None = None
        self.job = LongJob(self)
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.chosen = QLabel(self)
        self.chosen.setObjectName("importChosen")
        self.chosen.setWordWrap(True)
        self.files_button = QPushButton(self)
        self.files_button.setObjectName("importFilesButton")
        self.folder_button = QPushButton(self)
        self.folder_button.setObjectName("importFolderButton")
        self.progress = QProgressBar(self)
        self.progress.setObjectName("importProgress")
        self.report = QTextBrowser(self)
        self.report.setObjectName("importSummary")
        self.report.setOpenLinks(False)
        self.import_button = QPushButton(self)
        self.import_button.setObjectName("importButton")
        self.cancel_button = QPushButton(self)
        self.cancel_button.setObjectName("importCancelButton")
        pick = QHBoxLayout()
        pick.addWidget(self.files_button)
        pick.addWidget(self.folder_button)
        pick.addStretch(1)
        end = QHBoxLayout()
        end.addStretch(1)
        end.addWidget(self.import_button)
        end.addWidget(self.cancel_button)
        column = QVBoxLayout(self)
        for part in (self.intro, pick, self.chosen, self.progress, self.report, end):
            if isinstance(part, QWidget):
                column.addWidget(part)
            else:
                column.addLayout(part)
        self.files_button.clicked.connect(self._on_filesButton_clicked)
        self.folder_button.clicked.connect(self._on_folderButton_clicked)
        self.import_button.clicked.connect(self.start)
        self.cancel_button.clicked.connect(self._on_cancelButton_clicked)
        self.job.progressed.connect(self._on_job_progressed)
        self.job.finished.connect(self._on_job_finished)
        self.job.failed.connect(self._on_job_failed)
        self.job.cancelled.connect(self._on_job_cancelled)
        self._retranslate()
        self._sync()
        self.resize(560, 420)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        self.setWindowTitle(self.tr("Import official texts"))
        self.intro.setText(
            self.tr(
                "Choose Finlex open-data files (Akoma Ntoso XML) or a folder of them. "
                "Imported texts are marked official and kept in your profile."
            )
        )
        self.files_button.setText(self.tr("Choose &files…"))
        self.folder_button.setText(self.tr("Choose f&older…"))
        self.import_button.setText(self.tr("&Import"))
        self.progress.setAccessibleName(self.tr("Import progress"))
        self.report.setAccessibleName(self.tr("Import summary"))
        self.chosen.setAccessibleName(self.tr("Chosen files"))
        self._sync()

    def set_sources(self, sources: list[str | Path]) -> None:
        self.sources = [Path(s) for s in sources if str(s)]
        self.chosen.setText("\n".join(str(s) for s in self.sources))
        self._sync()

    def _on_filesButton_clicked(self) -> None:
        if self._choose_files is not None:
            files = self._choose_files()
        else:
            files = QFileDialog.getOpenFileNames(
                self, self.tr("Finlex files"), "", self.tr("XML files (*.xml);;All files (*)")
            )[0]
        if files:
            self.set_sources(list(files))

    def _on_folderButton_clicked(self) -> None:
        if self._choose_folder is not None:
            folder = self._choose_folder()
        else:
            folder = QFileDialog.getExistingDirectory(self, self.tr("Folder of Finlex files"))
        if folder:
            self.set_sources([folder])

    def start(self) -> None:
        """Import the chosen files on a pool thread."""
        if not self.sources or self.job.running:
            return
        from briefing.library.official import import_finlex

        profile, sources = self._profile, list(self.sources)
        self.progress.setRange(0, 0)
        self.report.clear()
        self.job.start(
            lambda progress, cancel: import_finlex(profile, sources, None, progress, cancel)
        )
        self._sync()

    def _on_job_progressed(self, done: int, total: int, _label: str) -> None:
        if total > 0:
            self.progress.setRange(0, total)
            self.progress.setValue(min(done, total))

    def _on_job_finished(self, summary: object) -> None:
        self.summary = summary  # type: ignore[assignment]
        self.progress.setRange(0, 1)
        self.progress.setValue(1)
        self.report.setHtml(self.summary_html(summary))  # type: ignore[arg-type]
        self._sync()
        self.imported.emit(summary)

    def summary_html(self, summary: ImportSummary) -> str:
        e = html.escape
        parts = [
            "<p>"
            + self.tr("%1 texts imported from %2 files.")
            .replace("%1", str(len(summary.imported)))
            .replace("%2", str(summary.files))
            + "</p>"
        ]
        if summary.imported:
            rows = "".join(
                f"<li>{e(a.number)} {e(a.title)} ({e(a.lang)}, "
                + self.tr("%1 sections").replace("%1", str(a.sections))
                + ")</li>"
                for a in summary.imported
            )
            parts.append(f"<ul>{rows}</ul>")
        if summary.refused:
            parts.append("<p><b>" + e(self.tr("Refused:")) + "</b></p>")
            rows = "".join(
                f"<li>{e(Path(r.file).name)}: {e(r.reason)}</li>" for r in summary.refused
            )
            parts.append(f"<ul>{rows}</ul>")
        if summary.repaired:
            parts.append(
                "<p><b>" + e(self.tr("Text repaired (wrong encoding on its way):")) + "</b></p>"
            )
            rows = "".join(f"<li>{e(a.number)} {e(a.title)}</li>" for a in summary.repaired)
            parts.append(f"<ul>{rows}</ul>")
        return "\n".join(parts)

    def _on_job_failed(self, error: object) -> None:
        detail = str(error).splitlines()[0] if str(error) else ""
        if isinstance(error, BriefingError):
            message = self.tr("Nothing was imported: %1").replace("%1", detail)
        else:
            message = self.tr("The import failed because of a fault in Briefing: %1").replace(
                "%1", detail
            )
        self._stopped(message)
        self.importFailed.emit(message)

    def _on_job_cancelled(self) -> None:
        self._stopped(self.tr("Import cancelled; nothing was imported."))

    def _stopped(self, message: str) -> None:
        self.progress.setRange(0, 1)
        self.progress.setValue(0)
        self.report.setPlainText(message)
        self._sync()

    def _on_cancelButton_clicked(self) -> None:
        if self.job.running:
            self.job.cancel()
        else:
            self.reject()

    def _sync(self) -> None:
        running = self.job.running
        self.import_button.setEnabled(bool(self.sources) and not running)
        self.files_button.setEnabled(not running)
        self.folder_button.setEnabled(not running)
        self.cancel_button.setText(self.tr("Cancel") if running else self.tr("Close"))

    def done(self, result: int) -> None:
        if self.job.running:
            self.job.cancel()
            self.job.wait()
        super().done(result)
