"""The briefing's details: title, the meeting it is for, language, status and memo."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, QEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from briefing.ui.item_page import LANGUAGE_NAMES

if TYPE_CHECKING:
    from briefing.core.models import Briefing, Meeting


class BriefingDialog(QDialog):
    """``briefingDialog``; read ``title()``, ``meeting()``, ``lang()``, ``status()``, ``memo()``."""

    def __init__(self, briefing: Briefing, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("briefingDialog")
        meeting = briefing.meeting
        self.title_edit = QLineEdit(briefing.title, self)
        self.title_edit.setObjectName("briefingTitle")
        self.body_edit = QLineEdit(meeting.body, self)
        self.body_edit.setObjectName("meetingBody")
        self.has_date = QCheckBox(self)
        self.has_date.setObjectName("meetingHasDate")
        self.has_date.setChecked(meeting.date is not None)
        self.date_edit = QDateEdit(self)
        self.date_edit.setObjectName("meetingDate")
        self.date_edit.setCalendarPopup(True)
        day = meeting.date or date.today()
        self.date_edit.setDate(QDate(day.year, day.month, day.day))
        self.place_edit = QLineEdit(meeting.place, self)
        self.place_edit.setObjectName("meetingPlace")
        self.lang_box = QComboBox(self)
        self.lang_box.setObjectName("briefingLanguage")
        for code in ("fi", "sv", "en"):
            self.lang_box.addItem(LANGUAGE_NAMES[code].capitalize(), code)
        self.lang_box.setCurrentIndex(max(0, self.lang_box.findData(briefing.lang)))
        self.status_box = QComboBox(self)
        self.status_box.setObjectName("briefingStatus")
        self._status = briefing.status
        self.memo_edit = QPlainTextEdit(briefing.memo, self)
        self.memo_edit.setObjectName("briefingMemo")
        self.memo_edit.setTabChangesFocus(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.title_edit.textChanged.connect(self._on_titleEdit_textChanged)
        self.has_date.toggled.connect(self.date_edit.setEnabled)
        self.date_edit.setEnabled(self.has_date.isChecked())
        fields = (self.title_edit, self.body_edit, self.date_edit, self.place_edit)
        fields += (self.lang_box, self.status_box, self.memo_edit)
        self._labels = [QLabel(self) for _ in fields]
        form = QFormLayout(self)
        for label, field in zip(self._labels, fields, strict=True):
            label.setBuddy(field)
            form.addRow(label, field)
            if field is self.body_edit:
                form.addRow(self.has_date)
        form.addRow(self.buttons)
        self._retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        self.setWindowTitle(self.tr("Briefing details"))
        texts = (self.tr("&Title"), self.tr("Meeting &body"), self.tr("Meeting &date"))
        texts += (self.tr("&Place"), self.tr("&Language"), self.tr("&Status"), self.tr("&Memo"))
        for label, text in zip(self._labels, texts, strict=True):
            label.setText(text)
            label.buddy().setAccessibleName(text.replace("&", ""))
        self.has_date.setText(self.tr("The meeting has a &date"))
        self.body_edit.setPlaceholderText(self.tr("City board, council, committee…"))
        self.memo_edit.setPlaceholderText(self.tr("A note on the whole briefing (Markdown)"))
        current = self.status_box.currentData() or self._status
        self.status_box.clear()
        self.status_box.addItem(self.tr("Draft"), "draft")
        self.status_box.addItem(self.tr("Final"), "final")
        self.status_box.setCurrentIndex(max(0, self.status_box.findData(current)))
        self._on_titleEdit_textChanged()

    def _on_titleEdit_textChanged(self, *_args: object) -> None:
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(bool(self.title()))

    def title(self) -> str:
        return self.title_edit.text().strip()

    def meeting(self) -> Meeting:
        from briefing.core.models import Meeting

        day = self.date_edit.date().toPython() if self.has_date.isChecked() else None
        return Meeting(
            body=self.body_edit.text().strip(), date=day, place=self.place_edit.text().strip()
        )

    def lang(self) -> str:
        return str(self.lang_box.currentData())

    def status(self) -> str:
        return str(self.status_box.currentData())

    def memo(self) -> str:
        return self.memo_edit.toPlainText()
