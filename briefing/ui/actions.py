"""Every QAction of the window: objectName, text, tooltip, shortcut, in one place."""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QActionGroup, QKeySequence

from briefing.ui.item_page import LANGUAGE_NAMES


class Actions(QObject):
    """Builds the actions on ``parent`` (the window); ``retranslate`` re-labels them."""

    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self.find = self._make("findAction", QKeySequence.StandardKey.Find)
        self.annotate = self._make("annotateAction", QKeySequence("Ctrl+Shift+A"))
        self.add_to_briefing = self._make("addToBriefingAction", QKeySequence("Ctrl+B"))
        self.export_pdf = self._make("exportPdfAction", QKeySequence("Ctrl+E"))
        self.zoom_in = self._make("zoomInAction", QKeySequence.StandardKey.ZoomIn)
        self.zoom_out = self._make("zoomOutAction", QKeySequence.StandardKey.ZoomOut)
        self.quit = self._make("quitAction", QKeySequence.StandardKey.Quit)
        self.settings = self._make("settingsAction", QKeySequence("Ctrl+,"))
        self.shortcuts = self._make("shortcutsAction", QKeySequence.StandardKey.HelpContents)
        self.show_annotations = self._make("showAnnotationsAction", QKeySequence("Ctrl+Shift+N"))
        self.show_briefings = self._make("showBriefingsAction", QKeySequence("Ctrl+Shift+B"))
        for toggle in (self.show_annotations, self.show_briefings):
            toggle.setCheckable(True)
            toggle.setChecked(True)
        # Enabled by the workflow once the notes store is wired (ui/workflow.py).
        for pending in (self.annotate, self.add_to_briefing, self.export_pdf):
            pending.setEnabled(False)
        self.language_group = QActionGroup(self)
        self.language_group.setExclusive(True)
        self.languages: dict[str, QAction] = {}
        for lang in ("fi", "sv", "en"):
            # Each language is named in itself, so anyone can find their own.
            # QAction(parent) and setText: QAction(text, parent) makes PySide try the
            # (QIcon, text, parent) overload first, which builds QIcon's 150-name enum.
            action = QAction(parent)
            action.setText(LANGUAGE_NAMES[lang].capitalize())
            action.setObjectName(f"language_{lang}")
            action.setCheckable(True)
            action.setData(lang)
            self.language_group.addAction(action)
            self.languages[lang] = action
        self.retranslate()

    def _make(self, name: str, shortcut: QKeySequence | QKeySequence.StandardKey) -> QAction:
        action = QAction(self.parent())
        action.setObjectName(name)
        # setShortcuts, not setShortcut: the latter makes PySide build every enum of the
        # Qt namespace (about 20 ms of start-up) to resolve its overloads.
        if isinstance(shortcut, QKeySequence):
            action.setShortcuts([shortcut])
        else:
            action.setShortcuts(shortcut)
        return action

    def retranslate(self) -> None:
        labels = {
            self.find: (self.tr("&Find"), self.tr("Move to the search field")),
            self.annotate: (
                self.tr("&Annotate"),
                self.tr("Write a note on the selected text"),
            ),
            self.add_to_briefing: (
                self.tr("Add to &briefing"),
                self.tr("Add the item or section shown to the open briefing"),
            ),
            self.export_pdf: (
                self.tr("&Export PDF…"),
                self.tr("Export the open briefing as a PDF"),
            ),
            self.zoom_in: (self.tr("Zoom &in"), self.tr("Larger text in the reader")),
            self.zoom_out: (self.tr("Zoom &out"), self.tr("Smaller text in the reader")),
            self.quit: (self.tr("&Quit"), self.tr("Close Briefing")),
            self.settings: (
                self.tr("&Settings…"),
                self.tr("Languages, organisation, logo and author name"),
            ),
            self.shortcuts: (
                self.tr("&Keyboard shortcuts"),
                self.tr("Every key that Briefing understands"),
            ),
            self.show_annotations: (
                self.tr("&Annotations panel"),
                self.tr("Show or hide the annotations of the item shown"),
            ),
            self.show_briefings: (
                self.tr("&Briefings panel"),
                self.tr("Show or hide the briefings and their entries"),
            ),
        }
        for action, (text, tip) in labels.items():
            action.setText(text)
            action.setToolTip(tip)
            action.setStatusTip(tip)
