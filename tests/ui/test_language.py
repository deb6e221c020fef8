"""Interface language: switched live from languageMenu, remembered, locked by IT, complete."""

from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QLabel, QLineEdit, QListWidget, QMenu, QWidget
from pytestqt.qtbot import QtBot
from ui_helpers import reader

from briefing import paths, settings
from briefing.app import make_window
from briefing.ui.main_window import MainWindow

QT_OWN = ("qt_", "ScrollLeftButton", "ScrollRightButton")
# Same in every language: the program's name and each language named in itself.
SAME_EVERYWHERE = {"Briefing", "Suomi", "Svenska", "English", "suomi", "svenska", "OK"}
# Words that Swedish (or Finnish) happens to spell as English does.
SAME_IN = {"fi": set(), "sv": {"Organisation", "&Organisation:", "Problem"}}


def _menu(win: QWidget) -> QMenu:
    menu = win.findChild(QMenu, "languageMenu")
    assert menu is not None
    return menu


def _choose(win: QWidget, lang: str) -> None:
    action = next(a for a in _menu(win).actions() if a.data() == lang)
    action.trigger()


def visible_texts(win: QWidget) -> set[str]:
    """Every string the window shows or announces: menus, actions, labels, names, tips."""
    texts: set[str] = set()
    for menu in win.findChildren(QMenu):
        texts.add(menu.title())
    for action in win.findChildren(QAction):
        texts.update((action.text(), action.toolTip()))
    for widget in win.findChildren(QWidget):
        if widget.objectName().startswith(QT_OWN):
            continue  # Qt's own parts (dock and tab-bar buttons): named once by Qt
        texts.update((widget.accessibleName(), widget.accessibleDescription()))
        if isinstance(widget, QLabel):
            texts.add(widget.text())
        if isinstance(widget, QLineEdit):
            texts.add(widget.placeholderText())
        if isinstance(widget, QListWidget) and widget.objectName() == "kindList":
            texts.update(widget.item(i).text() for i in range(widget.count()))
    return {t for t in texts if t.strip()}


def test_switching_language_changes_menus_live_and_is_remembered(
    qtbot: QtBot, window: MainWindow, profile: Path, content_db: Path
) -> None:
    assert window.open_id("act-1386-2010")
    assert _menu(window).title() == "&Language"
    _choose(window, "fi")
    qtbot.waitUntil(lambda: _menu(window).title() == "&Kieli")
    assert window.file_menu.title() == "&Tiedosto"
    assert window.findChild(QLineEdit, "searchField").placeholderText().startswith("Hae")
    # the page shown is re-rendered: its labels follow the interface
    qtbot.waitUntil(lambda: "Laki on kumottu" in reader(window).toPlainText())
    assert settings.load_settings(profile).interface_language == "fi"

    again = make_window(profile, content=content_db)
    qtbot.addWidget(again)
    assert _menu(again).title() == "&Kieli"
    _choose(again, "sv")
    qtbot.waitUntil(lambda: _menu(again).title() == "&Språk")
    _choose(again, "en")
    qtbot.waitUntil(lambda: _menu(again).title() == "&Language")


def test_it_policy_fixes_the_language(
    qtbot: QtBot, profile: Path, content_db: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    policy = tmp_path / "policy.ini"
    policy.write_text("[briefing]\ninterface_language = sv\n", encoding="utf-8")
    monkeypatch.setenv(paths.POLICY_ENV, str(policy))
    win = make_window(profile, content=content_db)
    qtbot.addWidget(win)
    assert _menu(win).title() == "&Språk"
    assert all(not a.isEnabled() for a in _menu(win).actions())


@pytest.mark.parametrize("lang", ["fi", "sv"])
def test_every_visible_string_is_translated(qtbot: QtBot, window: MainWindow, lang: str) -> None:
    english = visible_texts(window)
    _choose(window, lang)
    qtbot.waitUntil(lambda: _menu(window).title() != "&Language")
    qtbot.wait(50)  # let every widget take its LanguageChange
    untranslated = (english & visible_texts(window)) - SAME_EVERYWHERE
    assert not untranslated, f"shown in English in {lang}: {sorted(untranslated)}"


def _messages(ts: Path) -> dict[str, ET.Element]:
    root = ET.parse(ts).getroot()
    return {
        f"{ctx.findtext('name')}|{msg.findtext('source')}": msg
        for ctx in root.iter("context")
        for msg in ctx.iter("message")
    }


@pytest.mark.parametrize("lang", ["fi", "sv"])
def test_ts_files_cover_every_string_in_the_code(tmp_path: Path, lang: str) -> None:
    """Fails when code gains a tr() string that the .ts file lacks or leaves unfinished."""
    root = paths.source_root()
    sources = sorted(str(p) for p in (root / "briefing" / "ui").rglob("*.py"))
    fresh = tmp_path / f"briefing_{lang}.ts"
    lupdate = Path(sys.executable).parent / "pyside6-lupdate"
    subprocess.run([str(lupdate), *sources, "-ts", str(fresh)], check=True, capture_output=True)
    committed = _messages(paths.resource("i18n", f"briefing_{lang}.ts"))
    missing = sorted(set(_messages(fresh)) - set(committed))
    assert not missing, f"not in briefing_{lang}.ts: {missing}"
    unfinished = [
        key
        for key, msg in committed.items()
        if (tr := msg.find("translation")) is None
        or tr.get("type") in ("unfinished", "vanished", "obsolete")
        or not ("".join(tr.itertext()).strip())
    ]
    assert not unfinished, f"untranslated in briefing_{lang}.ts: {unfinished}"


@pytest.mark.parametrize("lang", ["fi", "sv"])
def test_dialogs_are_translated_too(qtbot: QtBot, window: MainWindow, lang: str) -> None:
    from PySide6.QtWidgets import QDialog, QPushButton, QTableWidget

    def dialog_texts() -> set[str]:
        texts: set[str] = set()
        for action, name in (
            (window.actions.settings, "settingsDialog"),
            (window.actions.shortcuts, "shortcutsDialog"),
        ):
            action.trigger()
            dialog = window.findChild(QDialog, name)
            qtbot.waitUntil(dialog.isVisible)
            texts |= visible_texts(dialog) | {dialog.windowTitle()}
            texts |= {b.text() for b in dialog.findChildren(QPushButton)}
            for table in dialog.findChildren(QTableWidget):
                texts |= {table.item(r, 0).text() for r in range(table.rowCount())}
            dialog.close()
            qtbot.waitUntil(lambda n=name: window.findChild(QDialog, n) is None)  # deleted
        return {t for t in texts if t.strip()}

    english = dialog_texts()
    _choose(window, lang)
    qtbot.waitUntil(lambda: _menu(window).title() != "&Language")
    shared = (english & dialog_texts()) - SAME_EVERYWHERE - SAME_IN[lang]
    # Shortcut names (Ctrl+B) and key names shared by the languages are not prose.
    shared = {t for t in shared if not t.startswith(("Ctrl+", "F1", "Esc"))}
    assert not shared, f"shown in English in {lang}: {sorted(shared)}"


def test_qt_own_buttons_follow_the_language(qtbot: QtBot, window: MainWindow) -> None:
    from PySide6.QtWidgets import QDialog, QDialogButtonBox

    _choose(window, "fi")
    qtbot.waitUntil(lambda: _menu(window).title() == "&Kieli")
    window.actions.settings.trigger()
    dialog = window.findChild(QDialog, "settingsDialog")
    qtbot.waitUntil(dialog.isVisible)
    cancel = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Cancel)
    assert cancel.text().replace("&", "") not in ("Cancel", "")  # Qt's own Finnish
    dialog.close()
