"""The settings dialog: languages, organisation, logo, author; what IT fixed is shown locked."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from briefing import settings as settings_module
from briefing.core.errors import BriefingError
from briefing.settings import LANGS, Settings
from briefing.ui.item_page import LANGUAGE_NAMES
from briefing.ui.roles import USER_ROLE

LANG_ROLE = USER_ROLE + 1


class SettingsDialog(QDialog):
    """Edits the user's own settings file; ``saved`` holds the settings after OK."""

    def __init__(self, profile: Path, current: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("settingsDialog")
        self._profile = profile
        self._current = current
        self.saved: Settings | None = None
        self._build()
        self._load(current)
        self._connect_signals()
        self._retranslate()

    # --- building ---------------------------------------------------------------

    def _build(self) -> None:
        self.interface_language = QComboBox(self)
        self.interface_language.setObjectName("interfaceLanguage")
        self.interface_language.addItem("", "")  # the system's language
        for lang in LANGS:
            self.interface_language.addItem(LANGUAGE_NAMES[lang].capitalize(), lang)
        self.content_languages = QListWidget(self)
        self.content_languages.setObjectName("contentLanguages")
        self.content_languages.setMaximumHeight(90)
        self.up_button = QPushButton(self)
        self.up_button.setObjectName("moveLanguageUp")
        self.down_button = QPushButton(self)
        self.down_button.setObjectName("moveLanguageDown")
        order = QWidget(self)
        order_row = QHBoxLayout(order)
        order_row.setContentsMargins(0, 0, 0, 0)
        order_row.addWidget(self.content_languages)
        buttons = QVBoxLayout()
        buttons.addWidget(self.up_button)
        buttons.addWidget(self.down_button)
        buttons.addStretch(1)
        order_row.addLayout(buttons)
        self.organisation = QLineEdit(self)
        self.organisation.setObjectName("organisation")
        self.logo = QLineEdit(self)
        self.logo.setObjectName("logo")
        self.logo_button = QPushButton(self)
        self.logo_button.setObjectName("chooseLogo")
        logo = QWidget(self)
        logo_row = QHBoxLayout(logo)
        logo_row.setContentsMargins(0, 0, 0, 0)
        logo_row.addWidget(self.logo)
        logo_row.addWidget(self.logo_button)
        self.author = QLineEdit(self)
        self.author.setObjectName("author")
        self.export_language = QComboBox(self)
        self.export_language.setObjectName("exportLanguage")
        for lang in LANGS:
            self.export_language.addItem(LANGUAGE_NAMES[lang].capitalize(), lang)

        self.form = QFormLayout()
        self._labels: dict[str, QLabel] = {}
        self._fields: dict[str, QWidget] = {
            "interface_language": self.interface_language,
            "content_languages": order,
            "organisation": self.organisation,
            "logo": logo,
            "author": self.author,
            "export_language": self.export_language,
        }
        for key, field in self._fields.items():
            label = QLabel(self)
            label.setBuddy(self.content_languages if key == "content_languages" else field)
            if key == "logo":
                label.setBuddy(self.logo)
            self._labels[key] = label
            self.form.addRow(label, field)
        self.locked_note = QLabel(self)
        self.locked_note.setWordWrap(True)
        self.error = QLabel(self)
        self.error.setObjectName("settingsError")
        self.error.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        column = QVBoxLayout(self)
        column.addLayout(self.form)
        column.addWidget(self.locked_note)
        column.addWidget(self.error)
        column.addWidget(self.buttons)

    def _load(self, current: Settings) -> None:
        self.interface_language.setCurrentIndex(
            max(0, self.interface_language.findData(current.interface_language))
        )
        for lang in current.content_order():
            row = QListWidgetItem(LANGUAGE_NAMES[lang].capitalize())
            row.setData(LANG_ROLE, lang)
            self.content_languages.addItem(row)
        self.content_languages.setCurrentRow(0)
        self.organisation.setText(current.organisation)
        self.logo.setText(current.logo)
        self.author.setText(current.author)
        self.export_language.setCurrentIndex(
            max(0, self.export_language.findData(current.export_language))
        )
        for key in current.locked & set(self._fields):
            self._fields[key].setEnabled(False)
        if "content_languages" in current.locked:
            self.up_button.setEnabled(False)
            self.down_button.setEnabled(False)

    def _connect_signals(self) -> None:
        self.up_button.clicked.connect(self._on_upButton_clicked)
        self.down_button.clicked.connect(self._on_downButton_clicked)
        self.logo_button.clicked.connect(self._on_logoButton_clicked)
        self.buttons.accepted.connect(self._on_buttons_accepted)
        self.buttons.rejected.connect(self.reject)

    # --- slots ------------------------------------------------------------------

    def _move(self, step: int) -> None:
        row = self.content_languages.currentRow()
        target = row + step
        if row < 0 or not 0 <= target < self.content_languages.count():
            return
        item = self.content_languages.takeItem(row)
        self.content_languages.insertItem(target, item)
        self.content_languages.setCurrentRow(target)

    def _on_upButton_clicked(self) -> None:
        self._move(-1)

    def _on_downButton_clicked(self) -> None:
        self._move(1)

    def _on_logoButton_clicked(self) -> None:
        chosen, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Choose a logo"), self.logo.text(), self.tr("Images (*.png *.jpg)")
        )
        if chosen:
            self.logo.setText(chosen)

    def changes(self) -> dict[str, object]:
        """What differs from the settings in effect, leaving out what IT fixed."""
        order = tuple(
            self.content_languages.item(i).data(LANG_ROLE)
            for i in range(self.content_languages.count())
        )
        wanted: dict[str, object] = {
            "interface_language": self.interface_language.currentData(),
            "content_languages": order,
            "organisation": self.organisation.text().strip(),
            "logo": self.logo.text().strip(),
            "author": self.author.text().strip(),
            "export_language": self.export_language.currentData(),
        }
        current = self._current
        now = {key: getattr(current, key) for key in wanted}
        now["content_languages"] = current.content_order()
        return {
            key: value
            for key, value in wanted.items()
            if key not in current.locked and value != now[key]
        }

    def _on_buttons_accepted(self) -> None:
        changes = self.changes()
        try:
            self.saved = (
                settings_module.save_user_settings(self._profile, changes)
                if changes
                else self._current
            )
        except BriefingError as exc:
            self.error.setText(
                self.tr("The settings could not be saved: %1").replace("%1", str(exc))
            )
            return
        self.accept()

    # --- language ---------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        self.setWindowTitle(self.tr("Settings"))
        texts = {
            "interface_language": self.tr("&Interface language:"),
            "content_languages": self.tr("&Content languages, in order:"),
            "organisation": self.tr("&Organisation:"),
            "logo": self.tr("&Logo for exports:"),
            "author": self.tr("&Author name:"),
            "export_language": self.tr("&Export language:"),
        }
        locked_tip = self.tr("Set by your organisation")
        for key, text in texts.items():
            self._labels[key].setText(text)
            field = self._fields[key]
            field.setAccessibleName(text.replace("&", "").rstrip(":"))
            field.setToolTip(locked_tip if key in self._current.locked else "")
        self.interface_language.setItemText(0, self.tr("The system's language"))
        self.content_languages.setAccessibleName(self.tr("Content languages, in order"))
        self.logo.setAccessibleName(self.tr("Logo for exports"))
        self.up_button.setText(self.tr("Move &up"))
        self.down_button.setText(self.tr("Move &down"))
        self.logo_button.setText(self.tr("C&hoose…"))
        self.error.setAccessibleName(self.tr("Problem"))
        self.locked_note.setText(
            self.tr(
                "Settings shown greyed out are set by your organisation and cannot be changed here."
            )
            if self._current.locked
            else ""
        )
