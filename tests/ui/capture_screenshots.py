"""Capture the main views of the window as PNG files (for the README and docs/screenshots/).

Runs on Qt's offscreen platform (or under Xvfb), with a fresh profile and the bundled
library (``build/content.db``; built from ``data/`` into a temp folder when missing)::

    .venv/bin/python tests/ui/capture_screenshots.py docs/screenshots
"""

from __future__ import annotations

import json
import os
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from PySide6.QtCore import QCoreApplication, QEventLoop, QTimer  # noqa: E402
from PySide6.QtGui import QAction  # noqa: E402
from PySide6.QtWidgets import QAbstractItemView, QApplication, QDialog, QWidget  # noqa: E402

from briefing.app import make_window  # noqa: E402
from briefing.cli import main as cli  # noqa: E402
from briefing.library.build import build_content  # noqa: E402

SIZE = (1400, 880)


def _wait_until(condition: Callable[[], bool], timeout_s: float = 10.0) -> None:
    deadline = time.monotonic() + timeout_s
    loop = QEventLoop()
    while not condition():
        if time.monotonic() > deadline:
            raise SystemExit("the window did not get there in time")
        QTimer.singleShot(20, loop.quit)
        loop.exec()


def _settle(ms: int = 200) -> None:
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def _save(widget: QWidget, out: Path, name: str) -> None:
    _settle()
    path = out / name
    widget.grab().save(str(path))
    print(path)


def capture(out: Path, content: Path, profile: Path) -> None:
    window = make_window(profile, content)
    window.resize(*SIZE)
    window.show()
    _wait_until(lambda: window.result_model.rowCount() > 0)

    window.search_field.setText("kotoutumisohjelman")
    _wait_until(lambda: "13 §" in " ".join(r.title for r in window.result_model.rows()))
    section = next(r for r in window.result_model.rows() if "13 §" in r.title)
    window.open_id(section.id, "fi")
    _save(window, out, "search-and-read.png")

    window.open_id("act-1386-2010", "fi")
    _save(window, out, "repealed-act.png")

    window.actions.languages["fi"].trigger()
    _wait_until(lambda: window.language_menu.title() == "&Kieli")
    window.search_field.clear()
    _wait_until(lambda: "kohde" in window.results.message.text())
    _save(window, out, "finnish-interface.png")

    window.actions.settings.trigger()
    dialog = window.findChild(QDialog, "settingsDialog")
    _wait_until(lambda: dialog is not None and dialog.isVisible())
    _save(dialog, out, "settings.png")
    dialog.reject()
    window.actions.languages["en"].trigger()
    window.close()


def _seed_briefing(content: Path, profile: Path) -> None:
    """A note and a briefing made the way a script would, so the views have something to show."""
    base = ["--profile", str(profile), "--content", str(content)]
    cli([*base, "annotate", "act-681-2023/s-13", "--quote", "alkuvaiheen palvelujen kokonaisuus",
         "--note", "Ohjelma valmiiksi ennen **kevään** valtuustokäsittelyä."])  # fmt: skip
    out = Path(profile / "seed.json")
    with out.open("w", encoding="utf-8") as sink:
        saved, sys.stdout = sys.stdout, sink
        try:
            cli([*base, "briefings", "new", "Kotoutumisohjelma 2026", "--meeting",
                 "Kaupunginhallitus", "--date", "2026-12-14", "--json"])  # fmt: skip
        finally:
            sys.stdout = saved
    brf = json.loads(out.read_text(encoding="utf-8"))["id"]
    for target in (
        "act-681-2023/s-13",
        "act-681-2023/s-45",
        "priority-government-integration-programme-2024-2027",
    ):
        cli([*base, "briefings", "add", brf, target])


def capture_workflow(out: Path, content: Path, profile: Path) -> None:
    _seed_briefing(content, profile)
    window = make_window(profile, content)
    window.resize(*SIZE)
    window.show()
    _wait_until(lambda: window.result_model.rowCount() > 0)
    window.open_id("act-681-2023/s-13", "fi")
    briefings = window.findChild(QAbstractItemView, "briefingList")
    _wait_until(lambda: briefings.model().rowCount() > 0)
    briefings.setCurrentIndex(briefings.model().index(0, 0))
    entries = window.findChild(QAbstractItemView, "briefingEntries")
    _wait_until(lambda: entries.model().rowCount() == 3)
    _save(window, out, "annotate-and-compile.png")

    window.findChild(QAction, "exportPdfAction").trigger()
    dialog = window.findChild(QDialog, "exportDialog")
    _wait_until(lambda: dialog is not None and dialog.isVisible())
    _save(dialog, out, "export-dialog.png")
    dialog.reject()
    window.close()


def main() -> int:
    out = Path(sys.argv[1] if len(sys.argv) > 1 else "docs/screenshots")
    out.mkdir(parents=True, exist_ok=True)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    QCoreApplication.setApplicationName("Briefing")
    with tempfile.TemporaryDirectory() as tmp_name:
        tmp = Path(tmp_name)
        os.environ["BRIEFING_POLICY"] = str(
            tmp / "no-policy.ini"
        )  # the machine's IT policy stays out
        content = ROOT / "build" / "content.db"
        if not content.exists():
            content = tmp / "content.db"
            build_content(ROOT / "data", content)
        capture(out, content, tmp / "profile")
        capture_workflow(out, content, tmp / "workflow-profile")
    del app
    return 0


if __name__ == "__main__":
    sys.exit(main())
