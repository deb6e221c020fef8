"""The menu bar: File, Edit, View, Language (``languageMenu``) and Help, from the actions."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QMenu, QMenuBar, QWidget

from briefing.ui.actions import Actions


class MenuBar(QMenuBar):
    """Menus hold the window's actions; the titles follow the interface language."""

    def __init__(self, actions: Actions, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("menuBar")
        a = actions
        self.file_menu = self._menu("fileMenu", a.export_pdf, None, a.quit)
        self.edit_menu = self._menu(
            "editMenu", a.find, a.annotate, a.add_to_briefing, None, a.settings
        )
        self.view_menu = self._menu(
            "viewMenu", a.zoom_in, a.zoom_out, None, a.show_annotations, a.show_briefings
        )
        self.language_menu = self._menu("languageMenu", *a.languages.values())
        self.help_menu = self._menu("helpMenu", a.shortcuts)
        self._retranslate()

    def _menu(self, name: str, *entries: object) -> QMenu:
        menu = QMenu(self)
        menu.setObjectName(name)
        for entry in entries:
            if entry is None:
                menu.addSeparator()
            else:
                menu.addAction(entry)  # type: ignore[call-overload]
        self.addMenu(menu)
        return menu

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        self.file_menu.setTitle(self.tr("&File"))
        self.edit_menu.setTitle(self.tr("&Edit"))
        self.view_menu.setTitle(self.tr("&View"))
        self.language_menu.setTitle(self.tr("&Language"))
        self.help_menu.setTitle(self.tr("&Help"))
