"""Start-up stays lazy: building the window loads nothing that can wait for the first paint.

A cheap guard for ``tests/bench/bench_startup.py`` (budget 1.5x a bare window): each of
these modules costs from one to tens of milliseconds to import. What is deferred still
exists for a person and for tools: the contract's objects right after ``make_window``,
the rest once the window is on screen.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import QObject
from pytestqt.qtbot import QtBot

from briefing.app import make_window

HEAVY = [
    "sqlite_utils",  # the notes store
    "sqlite3",
    "briefing.library.store",  # stemmers, query parser
    "briefing.notes.store",
    "briefing.core.models",  # every dataclass
    "markdown",
    "nh3",
    "html",  # escaping rows and pages: with the first rows
    "datetime",  # dates of rows and pages: with the first rows
    "queue",  # the notes writer's: with its first job
    "briefing.ui.operations",  # the workflow's parts: right after the first paint
    "briefing.ui.annotating",
    "briefing.ui.compiling",
    "briefing.ui.widgets.briefing_preview",  # a hidden tab
]

# DESIGN.md's table: tools outside the project look these up right after make_window.
CONTRACT = [
    "searchField",
    "resultList",
    "readerView",
    "annotateAction",
    "annotationList",
    "briefingList",
    "briefingEntries",
    "addToBriefingAction",
    "exportPdfAction",
    "languageMenu",
]

_CHILD = """
import json, sys
from PySide6.QtWidgets import QApplication
app = QApplication(sys.argv[:1])
from briefing.app import make_window
window = make_window(sys.argv[1], sys.argv[2])
print(json.dumps([name for name in json.loads(sys.argv[3]) if name in sys.modules]))
"""


def test_building_the_window_loads_no_heavy_module(tmp_path: Path, content_db: Path) -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    done = subprocess.run(
        [sys.executable, "-c", _CHILD, str(tmp_path / "p"), str(content_db), json.dumps(HEAVY)],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
        check=True,
    )
    loaded = json.loads(done.stdout.strip().splitlines()[-1])
    assert loaded == [], f"loaded before the first paint: {loaded}"


def test_the_contract_objects_exist_before_the_window_shows_and_the_rest_after(
    qtbot: QtBot, tmp_path: Path, content_db: Path
) -> None:
    win = make_window(tmp_path / "p", content=content_db)
    qtbot.addWidget(win)
    missing = [name for name in CONTRACT if win.findChild(QObject, name) is None]
    assert missing == []
    tabs = win.briefing_panel.tabs
    assert tabs.count() == 3  # the preview's tab is there from the start, titled
    assert tabs.tabText(2) == "Preview"
    win.show()
    # Right after the first paint the hidden preview tab holds the preview itself.
    qtbot.waitUntil(lambda: tabs.widget(2).objectName() == "briefingPreview")
    assert tabs.tabText(2) == "Preview"
    assert tabs.currentIndex() == 0  # the person's tab did not change under them
    assert win.findChild(QObject, "briefingPreview") is win.briefing_panel.preview
    win.close()
