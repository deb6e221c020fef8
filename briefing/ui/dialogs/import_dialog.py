"""File → Import texts: Finlex XML, saved web pages or news feeds, in a worker.

A person picks what to import (Finlex open data, pages saved from a browser, RSS or
Atom feeds), for pages their kind and (optionally) language and address as
``briefing import page`` takes them, then files or a folder. The import runs on a pool
thread with progress and cancel (one transaction: a cancel leaves nothing
half-imported); the summary says what came in, what was kept out and what was refused
(``import_summary``). Choosers are injectable so tests never block on a file dialog.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from briefing.core.errors import BriefingError
from briefing.ui.dialogs import import_summary
from briefing.ui.item_page import LANGUAGE_NAMES, kind_label
from briefing.ui.long_job import LongJob, Work

if TYPE_CHECKING:
    from briefing.library.importers.report import ImportSummary
    from briefing.library.importers.saved import WebImportSummary

WHAT = ("finlex", "page", "feed")
# briefing.library.importers.page.PAGE_KINDS, without importing the importer at start-up.
PAGE_KINDS = ("service", "priority", "news", "actor", "programme", "learning")


class ImportDialog(QDialog):
    """``importDialog``; ``imported`` carries the summary (``ImportSummary`` for Finlex,
    ``WebImportSummary`` for pages and feeds) when the import is done."""

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
        self.summary: ImportSummary | WebImportSummary | None = None
        self.job = LongJob(self)
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self._build_options()
        self.chosen = QLabel(self)
        # File names are shown as they are: "Sivu <i>.html" is a name, not markup.
        self.chosen.setTextFormat(Qt.TextFormat.PlainText)
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
        for part in (self.options, self.intro, pick, self.chosen, self.progress, self.report, end):
            if isinstance(part, QWidget):
                column.addWidget(part)
            else:
                column.addLayout(part)
        self.files_button.clicked.connect(self._on_filesButton_clicked)
        self.folder_button.clicked.connect(self._on_folderButton_clicked)
        self.import_button.clicked.connect(self.start)
        self.cancel_button.clicked.connect(self._on_cancelButton_clicked)
        self.what_box.currentIndexChanged.connect(self._on_whatBox_currentIndexChanged)
        self.job.progressed.connect(self._on_job_progressed)
        self.job.finished.connect(self._on_job_finished)
        self.job.failed.connect(self._on_job_failed)
        self.job.cancelled.connect(self._on_job_cancelled)
        self._retranslate()
        self._sync()
        self.resize(600, 520)

    def _build_options(self) -> None:
        """What to import, and for pages what the CLI's --kind, --lang and --source say."""
        self.what_box = QComboBox(self)
        self.what_box.setObjectName("importWhat")
        self.kind_box = QComboBox(self)
        self.kind_box.setObjectName("importKind")
        self.lang_box = QComboBox(self)
        self.lang_box.setObjectName("importLanguage")
        self.source_edit = QLineEdit(self)
        self.source_edit.setObjectName("importSource")
        for code in WHAT:
            self.what_box.addItem("", code)
        for kind in PAGE_KINDS:
            self.kind_box.addItem("", kind)
        self.lang_box.addItem("", "")
        for code in ("fi", "sv", "en"):  # each named in itself, as the other dialogs do
            self.lang_box.addItem(LANGUAGE_NAMES[code].capitalize(), code)
        self._option_labels = [QLabel(self) for _ in range(4)]
        self.options = QWidget(self)
        form = QFormLayout(self.options)
        form.setContentsMargins(0, 0, 0, 0)
        fields = (self.what_box, self.kind_box, self.lang_box, self.source_edit)
        for label, field in zip(self._option_labels, fields, strict=True):
            label.setBuddy(field)
            form.addRow(label, field)
        self._form = form

    def what(self) -> str:
        """``finlex``, ``page`` or ``feed``: what the person chose to import."""
        return str(self.what_box.currentData())

    def choose(self, what: str) -> None:
        """Pick what to import, as the first field does."""
        self.what_box.setCurrentIndex(WHAT.index(what))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        self.setWindowTitle(self.tr("Import texts"))
        for index, text in enumerate(
            (
                self.tr("Finlex open data (XML)"),
                self.tr("Web pages saved from a browser (HTML)"),
                self.tr("News feed (RSS, Atom)"),
            )
        ):
            self.what_box.setItemText(index, text)
        for index, kind in enumerate(PAGE_KINDS):
            self.kind_box.setItemText(index, kind_label(kind))
        self.lang_box.setItemText(0, self.tr("As the file states"))
        self.source_edit.setPlaceholderText(self.tr("https://… if the page names no address"))
        texts = (
            self.tr("W&hat to import:"),
            self.tr("&Kind:"),
            self.tr("&Language:"),
            self.tr("&Address:"),
        )
        for label, text in zip(self._option_labels, texts, strict=True):
            label.setText(text)
        self._show_options()
        self.files_button.setText(self.tr("Choose &files…"))
        self.folder_button.setText(self.tr("Choose f&older…"))
        self.import_button.setText(self.tr("&Import"))
        self.progress.setAccessibleName(self.tr("Import progress"))
        self.report.setAccessibleName(self.tr("Import summary"))
        self.chosen.setAccessibleName(self.tr("Chosen files"))
        self._sync()

    def _show_options(self) -> None:
        """The fields and the intro of what is chosen; the kind and address are pages' only."""
        what = self.what()
        self._form.setRowVisible(self.kind_box, what == "page")
        self._form.setRowVisible(self.source_edit, what == "page")
        self._form.setRowVisible(self.lang_box, what != "finlex")
        intro = {
            "finlex": self.tr(
                "Choose Finlex open-data files (Akoma Ntoso XML) or a folder of them. "
                "Imported texts are marked official and kept in your profile."
            ),
            "page": self.tr(
                "Choose portal pages saved from a browser (Save page as, HTML) or a folder of "
                "them. Each page is kept in your profile as the text of its source, with its "
                "address and the day of the import; it is not legislation."
            ),
            "feed": self.tr(
                "Choose news feeds (RSS 2.0 or Atom 1.0) or a folder of them. Each entry is kept "
                "in your profile as a news item: the text of its source, with its address."
            ),
        }
        self.intro.setText(intro[what])

    def _on_whatBox_currentIndexChanged(self, _index: int) -> None:
        self._show_options()
        self.report.clear()

    def set_sources(self, sources: list[str | Path]) -> None:
        self.sources = [Path(s) for s in sources if str(s)]
        self.chosen.setText("\n".join(str(s) for s in self.sources))
        self._sync()

    def _on_filesButton_clicked(self) -> None:
        if self._choose_files is not None:
            files = self._choose_files()
        else:
            filters = {
                "finlex": self.tr("XML files (*.xml);;All files (*)"),
                "page": self.tr("Web pages (*.html *.htm *.xhtml *.shtml);;All files (*)"),
                "feed": self.tr("Feeds (*.xml *.rss *.atom);;All files (*)"),
            }
            files = QFileDialog.getOpenFileNames(
                self, self.tr("Files to import"), "", filters[self.what()]
            )[0]
        if files:
            self.set_sources(list(files))

    def _on_folderButton_clicked(self) -> None:
        if self._choose_folder is not None:
            folder = self._choose_folder()
        else:
            folder = QFileDialog.getExistingDirectory(self, self.tr("Folder to import"))
        if folder:
            self.set_sources([folder])

    def start(self) -> None:
        """Import the chosen files on a pool thread."""
        if not self.sources or self.job.running:
            return
        work = self._work()
        if work is None:
            return
        self.progress.setRange(0, 0)
        self.report.clear()
        self.job.start(work)
        self._sync()

    def _work(self) -> Work | None:
        """The import asked for, as a job; None (and the reason shown) if it cannot start."""
        profile, sources, what = self._profile, list(self.sources), self.what()
        lang = str(self.lang_box.currentData()) or None
        if what == "finlex":
            from briefing.library.official import import_finlex

            return lambda progress, cancel: import_finlex(profile, sources, None, progress, cancel)
        from briefing.library import saved_texts

        if what == "feed":
            from briefing.library.importers.feed import read_feeds

            return lambda progress, cancel: saved_texts.import_items(
                profile, read_feeds(sources, lang, progress, cancel), progress, cancel
            )
        from briefing.library.importers.page import PageOptions, read_pages

        source = self.source_edit.text().strip() or None
        if source is not None and not source.startswith(("http://", "https://")):
            self.report.setPlainText(
                self.tr("The address must start with http:// or https://: %1").replace("%1", source)
            )
            return None
        options = PageOptions(kind=str(self.kind_box.currentData()), lang=lang, source=source)
        return lambda progress, cancel: saved_texts.import_items(
            profile, read_pages(sources, options, progress, cancel), progress, cancel
        )

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

    def summary_html(self, summary: ImportSummary | WebImportSummary) -> str:
        """What came in, what was kept out and what was refused, in the user's language."""
        if hasattr(summary, "kept"):  # pages and feeds
            return import_summary.web_html(summary, kind_label)  # type: ignore[arg-type]
        return import_summary.finlex_html(summary)  # type: ignore[arg-type]

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
        for widget in (self.files_button, self.folder_button, self.options):
            widget.setEnabled(not running)
        self.cancel_button.setText(self.tr("Cancel") if running else self.tr("Close"))

    def done(self, result: int) -> None:
        if self.job.running:
            self.job.cancel()
            self.job.wait()
        super().done(result)
