"""The settings dialog, used like a person would; IT's fixed settings are locked in it."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QMenu,
    QPushButton,
)
from pytestqt.qtbot import QtBot
from ui_helpers import result_texts, type_text

from briefing import paths, settings
from briefing.app import make_window
from briefing.ui.main_window import MainWindow


def _open_dialog(qtbot: QtBot, win: MainWindow) -> QDialog:
    win.actions.settings.trigger()
    dialog = win.findChild(QDialog, "settingsDialog")
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible)
    return dialog


def _ok(qtbot: QtBot, dialog: QDialog) -> None:
    box = dialog.findChild(QDialogButtonBox)
    ok = box.button(QDialogButtonBox.StandardButton.Ok)
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)


def test_saving_author_organisation_and_language_applies_them(
    qtbot: QtBot, window: MainWindow, profile: Path
) -> None:
    dialog = _open_dialog(qtbot, window)
    author = dialog.findChild(QLineEdit, "author")
    author.clear()
    type_text(qtbot, author, "Aino Mäkelä")
    org = dialog.findChild(QLineEdit, "organisation")
    type_text(qtbot, org, "Tampereen kaupunki")
    ui = dialog.findChild(QComboBox, "interfaceLanguage")
    ui.setCurrentIndex(ui.findData("sv"))
    _ok(qtbot, dialog)
    qtbot.waitUntil(lambda: not dialog.isVisible())

    saved = settings.load_settings(profile)
    assert (saved.author, saved.organisation, saved.interface_language) == (
        "Aino Mäkelä",
        "Tampereen kaupunki",
        "sv",
    )
    menu = window.findChild(QMenu, "languageMenu")
    qtbot.waitUntil(lambda: menu.title() == "&Språk")
    window.actions.languages["en"].trigger()
    qtbot.waitUntil(lambda: menu.title() == "&Language")


def test_content_language_order_changes_what_the_list_shows(
    qtbot: QtBot, window: MainWindow, profile: Path
) -> None:
    assert any(t.startswith("Act on the Promotion") for t in result_texts(window))
    dialog = _open_dialog(qtbot, window)
    order = dialog.findChild(QListWidget, "contentLanguages")
    assert [order.item(i).text() for i in range(order.count())] == ["English", "Suomi", "Svenska"]
    order.setCurrentRow(1)  # Suomi
    qtbot.mouseClick(dialog.findChild(QPushButton, "moveLanguageUp"), Qt.MouseButton.LeftButton)
    assert order.item(0).text() == "Suomi"
    _ok(qtbot, dialog)
    assert settings.load_settings(profile).content_languages == ("fi", "en", "sv")
    qtbot.waitUntil(lambda: any(t.startswith("Laki kotoutumisen") for t in result_texts(window)))


def test_settings_fixed_by_it_are_locked_in_the_dialog(
    qtbot: QtBot, profile: Path, content_db: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    policy = tmp_path / "policy.ini"
    policy.write_text("[briefing]\norganisation = Vaasan kaupunki\n", encoding="utf-8")
    monkeypatch.setenv(paths.POLICY_ENV, str(policy))
    win = make_window(profile, content=content_db)
    qtbot.addWidget(win)
    win.show()
    dialog = _open_dialog(qtbot, win)
    org = dialog.findChild(QLineEdit, "organisation")
    assert org.text() == "Vaasan kaupunki"
    assert not org.isEnabled()
    assert org.toolTip() == "Set by your organisation"
    notes = [label.text() for label in dialog.findChildren(QLabel)]
    assert any("set by your organisation" in text for text in notes)
    author = dialog.findChild(QLineEdit, "author")
    type_text(qtbot, author, "Eero")
    _ok(qtbot, dialog)
    saved = settings.load_settings(profile)
    assert saved.author == "Eero"
    assert saved.organisation == "Vaasan kaupunki"


def test_cancel_changes_nothing(qtbot: QtBot, window: MainWindow, profile: Path) -> None:
    dialog = _open_dialog(qtbot, window)
    type_text(qtbot, dialog.findChild(QLineEdit, "author"), "Nobody")
    dialog.findChild(QDialogButtonBox).rejected.emit()
    assert settings.load_settings(profile).author == ""
