"""The first window, driven like a person: search as you type, open, read, follow links."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QUrl
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QLabel, QLineEdit, QListWidget
from PySide6.QtWidgets import QTextBrowser as QTextBrowserType
from pytestqt.qtbot import QtBot
from ui_helpers import (
    click_link,
    click_row,
    reader,
    result_list,
    result_texts,
    search_field,
    type_text,
)

from briefing.app import make_window
from briefing.ui import main_window as main_window_module
from briefing.ui.main_window import MainWindow


def _type(qtbot: QtBot, win: MainWindow, text: str) -> None:
    field = search_field(win)
    field.clear()
    type_text(qtbot, field, text)


def _message(win: MainWindow) -> str:
    label = win.findChild(QLabel, "resultMessage")
    assert label is not None
    return label.text()


def test_typing_finds_the_section_and_opening_it_shows_the_act(
    qtbot: QtBot, window: MainWindow
) -> None:
    _type(qtbot, window, "kotoutumisohjelman")
    qtbot.waitUntil(lambda: any("13 §" in t for t in result_texts(window)))
    assert any("681/2023" in t for t in result_texts(window)[:3])

    click_row(qtbot, window, "13 §")
    view = reader(window)
    qtbot.waitUntil(lambda: "Kunnan on järjestettävä kotoutumisohjelma" in view.toPlainText())
    text = view.toPlainText()
    assert "Laki kotoutumisen edistämisestä (681/2023)" in text
    assert "1 § Lain tarkoitus" in text  # the whole act, shown at § 13
    assert "https://finlex.fi/fi/lainsaadanto/2023/681" in text
    sections = window.findChild(QListWidget, "sectionList")
    assert sections is not None and sections.isVisible()
    labels = [sections.item(i).text() for i in range(sections.count())]
    assert "13 § Kunnan kotoutumisohjelman sisältö" in labels
    assert "3 luku — Kotoutumista edistävät palvelut" in labels


def test_stale_answers_do_not_replace_the_newest(qtbot: QtBot, window: MainWindow) -> None:
    _type(qtbot, window, "kumppanuus")
    _type(qtbot, window, "consultation")
    qtbot.waitUntil(lambda: any("government report" in t for t in result_texts(window)))
    qtbot.wait(400)  # longer than the throttle: nothing older may arrive afterwards
    assert all("Kumppanuudet" not in t for t in result_texts(window))


def test_section_outline_moves_the_reader(qtbot: QtBot, window: MainWindow) -> None:
    window.resize(700, 300)  # small, so the reader has to scroll
    assert window.open_id("act-681-2023", "fi")
    view = reader(window)
    view.verticalScrollBar().setValue(0)
    sections = window.findChild(QListWidget, "sectionList")
    row = next(
        sections.item(i)
        for i in range(sections.count())
        if sections.item(i).text().startswith("13 §")
    )
    qtbot.mouseClick(
        sections.viewport(),
        __import__("PySide6.QtCore").QtCore.Qt.MouseButton.LeftButton,
        pos=sections.visualItemRect(row).center(),
    )
    qtbot.waitUntil(lambda: view.verticalScrollBar().value() > 0)


@pytest.mark.parametrize(
    "query",
    [
        '"',
        "(((",
        "AND OR NEAR",
        "*",
        'kotou*"(',
        "NOT",
        "^:-",
        "sää OR",
        "  ",
        "')); DROP TABLE items; --",
    ],
)
def test_hostile_queries_give_results_or_a_message(
    qtbot: QtBot, window: MainWindow, query: str
) -> None:
    _type(qtbot, window, query)
    qtbot.waitUntil(lambda: _message(window) != "" and window.result_model is not None)
    qtbot.wait(300)  # the throttled search has run; an exception would fail the test here
    assert _message(window)


def test_a_long_paste_is_handled(qtbot: QtBot, window: MainWindow) -> None:
    field = search_field(window)
    field.setText("kotoutumisohjelma " * 300)  # about 5,000 characters at once
    qtbot.waitUntil(lambda: "result" in _message(window) or "Nothing" in _message(window))


def test_item_link_opens_that_section(qtbot: QtBot, window: MainWindow) -> None:
    assert window.open_id("news-2020-09-16-integration-report")
    view = reader(window)
    assert "Researchers had an event" in view.toPlainText()
    click_link(qtbot, window, "section on the integration programme")
    qtbot.waitUntil(lambda: "integration programme: the set of early-stage" in view.toPlainText())
    assert view.toPlainText().startswith("Act on the Promotion of Integration")


def test_web_link_goes_to_the_system_browser_only_on_click(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    opened: list[str] = []

    class Browser:
        @staticmethod
        def openUrl(url: QUrl) -> bool:
            opened.append(url.toString())
            return True

    monkeypatch.setattr(main_window_module, "QDesktopServices", Browser)
    assert window.open_id("news-2020-09-16-integration-report")
    assert opened == []
    before = reader(window).toPlainText()
    click_link(qtbot, window, "the portal")
    qtbot.waitUntil(lambda: opened == ["https://kotoutuminen.fi/en/news"])
    assert reader(window).toPlainText() == before  # the reader did not navigate


def test_nothing_remote_is_loaded_and_no_script_survives(window: MainWindow) -> None:
    assert window.open_id("news-2020-09-16-integration-report")
    view = reader(window)
    page = view.toHtml()
    assert "tracker.example.com" not in page
    assert "<script" not in page and "owned" not in view.toPlainText()
    # Even if a page asked, the reader hands out nothing from the network.
    url = QUrl("http://tracker.example.com/pixel.png")
    assert view.loadResource(QTextDocument.ResourceType.ImageResource.value, url) is None
    assert "http://tracker.example.com/pixel.png" in view.refused


def test_repealed_act_is_marked_with_a_link_to_its_successor(
    qtbot: QtBot, window: MainWindow
) -> None:
    assert window.open_id("act-1386-2010")
    view = reader(window)
    text = view.toPlainText()
    assert "This act is repealed" in text
    assert "Act 1386/2010" in text
    click_link(qtbot, window, "Act on the Promotion of Integration (681/2023)")
    qtbot.waitUntil(lambda: view.toPlainText().startswith("Act on the Promotion of Integration"))


def test_missing_language_is_said_honestly(window: MainWindow) -> None:
    assert window.open_id("priority-partnerships")  # Finnish only; the tests read English
    text = reader(window).toPlainText()
    assert "Not available in English; shown in suomi." in text
    assert "Kumppanuusohjelma kokoaa toimijat yhteen." in text


def test_other_languages_are_offered(qtbot: QtBot, window: MainWindow) -> None:
    assert window.open_id("act-681-2023")
    click_link(qtbot, window, "suomi")
    qtbot.waitUntil(lambda: reader(window).toPlainText().startswith("Laki kotoutumisen"))


def test_kind_navigation_filters_the_list(qtbot: QtBot, window: MainWindow) -> None:
    kinds = window.findChild(QListWidget, "kindList")
    news_row = next(kinds.item(i) for i in range(kinds.count()) if kinds.item(i).text() == "News")
    kinds.setCurrentItem(news_row)
    qtbot.waitUntil(lambda: len(result_texts(window)) == 1)
    assert "government report" in result_texts(window)[0]


def test_missing_library_gives_a_message_not_a_crash(
    qtbot: QtBot, profile: Path, tmp_path: Path
) -> None:
    win = make_window(profile, content=tmp_path / "nowhere" / "content.db")
    qtbot.addWidget(win)
    win.show()
    qtbot.waitUntil(lambda: "could not be opened" in reader(win).toPlainText())
    assert str(tmp_path / "nowhere" / "content.db") in reader(win).toPlainText()
    qtbot.keyClicks(search_field(win), "kotoutuminen")
    qtbot.wait(300)
    assert result_list(win).model().rowCount() == 0


def test_geometry_and_splitter_are_remembered(
    qtbot: QtBot, profile: Path, content_db: Path
) -> None:
    first = make_window(profile, content=content_db)
    qtbot.addWidget(first)
    first.show()
    first.resize(700, 520)
    first.splitter.setSizes([90, 160, 300, 110])
    first.actions.show_briefings.trigger()  # hide the briefings panel
    assert not first.briefing_panel.isVisible()
    qtbot.wait(20)  # the layout settles after a panel is hidden
    sizes = first.splitter.sizes()
    first.close()

    second = make_window(profile, content=content_db)
    qtbot.addWidget(second)
    second.show()
    assert (second.width(), second.height()) == (700, 520)
    assert second.splitter.sizes() == sizes
    assert not second.briefing_panel.isVisible()
    assert second.annotation_panel.isVisible()


def test_reader_zoom_is_remembered(qtbot: QtBot, profile: Path, content_db: Path) -> None:
    first = make_window(profile, content=content_db)
    qtbot.addWidget(first)
    normal = first.reader.font().pointSizeF()
    first.actions.zoom_in.trigger()
    first.actions.zoom_in.trigger()
    larger = first.reader.font().pointSizeF()
    assert larger > normal
    first.close()
    second = make_window(profile, content=content_db)
    qtbot.addWidget(second)
    assert second.reader.font().pointSizeF() == larger


def test_navigation_lists_every_kind_of_the_library(window: MainWindow) -> None:
    from briefing.core.models import KINDS
    from briefing.ui.widgets import kind_list

    assert kind_list.KINDS == KINDS
    kinds = window.findChild(QListWidget, "kindList")
    assert [kinds.item(i).text() for i in range(kinds.count())] == [
        "All", "Legislation", "Priority areas", "News", "Services", "Actors",
        "Partnership programme", "Learning",
    ]  # fmt: skip


def test_browse_lists_each_item_once_in_the_readers_language(
    qtbot: QtBot, window: MainWindow
) -> None:
    texts = result_texts(window)
    assert len([t for t in texts if "681/2023" in t]) == 1
    assert any(t.startswith("Act on the Promotion of Integration (681/2023)") for t in texts)
    assert any("Kumppanuudet" in t for t in texts)  # Finnish only: shown in Finnish


def test_every_control_has_an_accessible_name(window: MainWindow) -> None:
    from PySide6.QtWidgets import QAbstractButton, QAbstractItemView, QWidget

    unnamed = [
        f"{type(w).__name__}#{w.objectName()}"
        for w in window.findChildren(QWidget)
        if isinstance(w, QLineEdit | QAbstractItemView | QTextBrowserType | QAbstractButton)
        and not w.objectName().startswith("qt_")
        and w.focusPolicy() != w.focusPolicy().NoFocus  # Qt's own unfocusable helpers
        and not w.accessibleName()
    ]
    assert not unnamed, unnamed
    names = {"searchField", "resultList", "readerView", "annotationList", "briefingList"}
    found = {w.objectName() for w in window.findChildren(QWidget) if w.objectName() in names}
    assert found == names


def test_pages_open_off_the_gui_thread_and_only_the_newest_is_shown(
    qtbot: QtBot, window: MainWindow
) -> None:
    view = reader(window)
    window.request_open("act-1386-2010")
    window.request_open("news-2020-09-16-integration-report")
    qtbot.waitUntil(lambda: "Researchers had an event" in view.toPlainText())
    qtbot.wait(200)
    assert "Researchers had an event" in view.toPlainText()
    window.request_open("no-such-item")
    qtbot.waitUntil(lambda: "Cannot open no-such-item" in window.statusBar().currentMessage())
    assert "Researchers had an event" in view.toPlainText()  # the page stays


def test_a_dark_palette_keeps_the_repealed_note_readable(window: MainWindow) -> None:
    from PySide6.QtGui import QColor, QPalette

    assert window.open_id("act-1386-2010")
    view = reader(window)

    def note_colour() -> QColor:
        cursor = view.document().find("This act is repealed")
        return cursor.charFormat().foreground().color()

    assert note_colour().name() == "#a00000"  # dark red on a light page
    dark = QPalette(view.palette())
    dark.setColor(QPalette.ColorRole.Base, QColor("#1e1e1e"))
    dark.setColor(QPalette.ColorRole.Text, QColor("#eeeeee"))
    view.setPalette(dark)
    assert note_colour().name() == "#ff8a80"  # light red on a dark page
    assert "This act is repealed" in view.toPlainText()


def test_the_outline_follows_the_reading(qtbot: QtBot, window: MainWindow) -> None:
    window.resize(700, 300)  # small, so the act needs scrolling
    sections = window.findChild(QListWidget, "sectionList")
    assert window.open_id("act-681-2023/s-13", "fi")
    qtbot.waitUntil(lambda: sections.currentItem() is not None)
    assert sections.currentItem().text().startswith("13 §")
    reader(window).verticalScrollBar().setValue(0)  # back to the top, above § 1
    qtbot.waitUntil(lambda: not sections.selectedItems())
