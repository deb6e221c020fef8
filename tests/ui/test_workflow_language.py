"""The workflow's dialogs and panels speak Finnish and Swedish when the interface does."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QDialog,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTabWidget,
    QWidget,
)
from pytestqt.qtbot import QtBot
from workflow_helpers import open_act, select_in_reader

from briefing.ui.main_window import MainWindow

# The same in every language: names of languages in themselves, formats, the product.
SAME = {"Briefing", "Suomi", "Svenska", "English", "PDF", "ELI: %1", "OK"}
SAME_IN = {
    "fi": set(),
    "sv": {"&Format", "&Text", "&Status", "Status"},
}  # Swedish words spelt as in English


def texts(widget: QWidget) -> set[str]:
    """What a person sees or hears from the widget and everything in it."""
    found = {widget.windowTitle()}
    for child in [widget, *widget.findChildren(QWidget)]:
        if child.objectName().startswith("qt_"):
            continue
        found |= {child.accessibleName(), child.accessibleDescription(), child.toolTip()}
        if isinstance(child, QLabel | QAbstractButton):
            found.add(child.text())
        if isinstance(child, QLineEdit | QPlainTextEdit):
            found.add(child.placeholderText())
        if isinstance(child, QComboBox):
            found |= {child.itemText(i) for i in range(child.count())}
        if isinstance(child, QTabWidget):
            found |= {child.tabText(i) for i in range(child.count())}
    for action in widget.findChildren(QAction):
        found |= {action.text(), action.toolTip()}
    return {t for t in found if t.strip() and not t.startswith(("/", "“"))}


def _dialogs(qtbot: QtBot, window: MainWindow) -> set[str]:
    flow = window.workflow
    seen: set[str] = set()
    select_in_reader(qtbot, window, "set of early-stage services")
    for open_it in (
        window.actions.annotate.trigger,
        window.actions.export_pdf.trigger,
        flow.import_action.trigger,
        window.briefing_panel.details_button.click,
    ):
        with qtbot.waitSignal(flow.dialogOpened) as opened:
            open_it()
        dialog: QDialog = opened.args[0]
        qtbot.waitUntil(dialog.isVisible)
        seen |= texts(dialog)
        dialog.reject()
    return seen


@pytest.mark.parametrize("lang", ["fi", "sv"])
def test_workflow_dialogs_and_panels_are_translated(
    qtbot: QtBot, window: MainWindow, lang: str
) -> None:
    open_act(qtbot, window, "integration programme", "681/2023")
    window.workflow.compiling.new_briefing()
    qtbot.waitUntil(lambda: window.briefing_panel.model.rowCount() == 1)
    english = (
        _dialogs(qtbot, window) | texts(window.briefing_panel) | texts(window.annotation_panel)
    )
    assert "Export briefing" in english and "Import texts" in english
    assert "Briefing details" in english
    window.actions.languages[lang].trigger()
    qtbot.waitUntil(lambda: window.menu_bar.file_menu.title() != "&File")
    qtbot.wait(50)
    translated = (
        _dialogs(qtbot, window) | texts(window.briefing_panel) | texts(window.annotation_panel)
    )
    left = (english & translated) - SAME - SAME_IN[lang]
    assert not left, f"still in English in {lang}: {sorted(left)}"
