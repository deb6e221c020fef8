"""Errors reach the person as a message in their language, and a crash log in the profile.

Installed as ``sys.excepthook`` by ``app.run``: PySide hands exceptions raised in slots
to it. A ``BriefingError`` (the disk, a refused file) is said as it is; anything else is
a bug: the traceback goes to ``crash.log`` and the message says where it is.
"""

from __future__ import annotations

import sys
import traceback
from datetime import UTC, datetime
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QMessageBox, QWidget

from briefing import __version__
from briefing.core.errors import BriefingError

LOG_NAME = "crash.log"
MAX_LOG_BYTES = 1_000_000  # then the old log becomes crash.log.1


class CrashHandler(QObject):
    """Writes the log and shows one message box per error, never blocking the loop."""

    def __init__(self, profile: Path, window: QWidget) -> None:
        super().__init__(window)
        self.log_path = profile / LOG_NAME
        self._window = window
        self._previous = sys.excepthook
        self.last_box: QMessageBox | None = None

    def install(self) -> None:
        sys.excepthook = self.handle

    def uninstall(self) -> None:
        sys.excepthook = self._previous

    def handle(
        self,
        kind: type[BaseException],
        error: BaseException,
        trace: TracebackType | None,
    ) -> None:
        if isinstance(error, BriefingError):
            self._show(QMessageBox.Icon.Warning, self.tr("Briefing"), str(error))
            return
        written = self._write_log(kind, error, trace)
        where = str(self.log_path) if written else self.tr("(the log could not be written)")
        self._show(
            QMessageBox.Icon.Critical,
            self.tr("Something went wrong"),
            self.tr(
                "Briefing met an error it did not expect. What you have written is saved. "
                "The details are in %1; please send that file to your IT support."
            ).replace("%1", where),
        )

    def _write_log(
        self, kind: type[BaseException], error: BaseException, trace: TracebackType | None
    ) -> bool:
        stamp = datetime.now(UTC).isoformat(timespec="seconds")
        text = "".join(traceback.format_exception(kind, error, trace))
        entry = f"--- {stamp} briefing {__version__} python {sys.version.split()[0]}\n{text}\n"
        try:
            self.log_path.parent.mkdir(parents=True, exist_ok=True)
            if self.log_path.exists() and self.log_path.stat().st_size > MAX_LOG_BYTES:
                self.log_path.replace(self.log_path.with_name(LOG_NAME + ".1"))
            with self.log_path.open("a", encoding="utf-8") as handle:
                handle.write(entry)
        except OSError:
            sys.stderr.write(entry)
            return False
        return True

    def _show(self, icon: QMessageBox.Icon, title: str, text: str) -> None:
        box = QMessageBox(icon, title, text, QMessageBox.StandardButton.Ok, self._window)
        box.setObjectName("errorMessage")
        box.open()  # not exec(): an error must not start a nested event loop
        self.last_box = box
