"""Search as you type: throttled, off the GUI thread, and only the newest answer arrives."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QThreadPool
from pytestqt.qtbot import QtBot

from briefing.core.models import SearchHit
from briefing.ui.library_access import LibraryAccess
from briefing.ui.search_runner import Query, SearchRunner


def _runner(content_db: Path, delay_ms: int = 150) -> tuple[SearchRunner, QThreadPool]:
    pool = QThreadPool()
    pool.setMaxThreadCount(1)
    return SearchRunner(LibraryAccess(content_db), pool, delay_ms=delay_ms), pool


def test_only_the_newest_of_overlapping_searches_is_delivered(
    qtbot: QtBot, content_db: Path
) -> None:
    runner, pool = _runner(content_db)
    answers: list[tuple[str, list[SearchHit]]] = []
    runner.resultsReady.connect(lambda q, hits: answers.append((q.text, hits)))
    langs = ("en", "fi", "sv")
    with qtbot.waitSignal(runner.resultsReady, timeout=5000):
        runner.request(Query("kumppanuus", None, langs), now=True)  # starts at once
        runner.request(Query("consultation", None, langs), now=True)  # overtakes it
    pool.waitForDone()
    qtbot.wait(50)  # anything still queued for the GUI thread arrives now
    assert [text for text, _hits in answers] == ["consultation"]
    assert answers[0][1][0].item_id == "news-2020-09-16-integration-report"


def test_typing_is_throttled_to_one_search_after_the_pause(qtbot: QtBot, content_db: Path) -> None:
    runner, pool = _runner(content_db, delay_ms=80)
    asked: list[str] = []
    runner.resultsReady.connect(lambda q, _hits: asked.append(q.text))
    langs = ("en", "fi", "sv")
    with qtbot.waitSignal(runner.resultsReady, timeout=5000):
        for end in range(1, len("kotoutumisohjelma") + 1):
            runner.request(Query("kotoutumisohjelma"[:end], None, langs))
    pool.waitForDone()
    qtbot.wait(120)
    assert asked == ["kotoutumisohjelma"]


def test_a_refused_query_is_reported_not_raised(qtbot: QtBot, content_db: Path) -> None:
    runner, pool = _runner(content_db)
    with qtbot.waitSignal(runner.searchFailed, timeout=5000) as failed:
        runner.request(Query("kotoutuminen", "no-such-kind", ("fi",)), now=True)
    pool.waitForDone()
    assert "no-such-kind" in failed.args[1]
