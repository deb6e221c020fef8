"""The note dialog: the passage quoted, the note (Markdown), colour, tag and privacy."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

COLOUR_KEYS = ("yellow", "green", "blue", "red")


class AnnotationDialog(QDialog):
    """Opened with ``open()``; read ``note()``, ``colour()``, ``tag()``, ``private()`` on accept."""

    def __init__(
        self,
        quote: str,
        parent: QWidget | None = None,
        *,
        note: str = "",
        colour: str = "",
        tag: str = "",
        private: bool = False,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("annotationDialog")
        self.quote_label = QLabel(self)
        self.quote_label.setObjectName("annotationQuote")
        self.quote_label.setWordWrap(True)
        self.quote_label.setText(f"“{quote}”" if quote else "")
        self.note_edit = QPlainTextEdit(note, self)
        self.note_edit.setObjectName("annotationNote")
        self.note_edit.setTabChangesFocus(True)
        self.colour_box = QComboBox(self)
        self.colour_box.setObjectName("annotationColour")
        self.tag_edit = QLineEdit(tag, self)
        self.tag_edit.setObjectName("annotationTag")
        self.private_box = QCheckBox(self)
        self.private_box.setObjectName("annotationPrivate")
        self.private_box.setChecked(private)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.note_edit.textChanged.connect(self._on_noteEdit_textChanged)
        self.form = QFormLayout(self)
        self.form.addRow(self.quote_label)
        self._labels = [QLabel(self) for _ in range(3)]
        for label, field in zip(
            self._labels, (self.note_edit, self.colour_box, self.tag_edit), strict=True
        ):
            label.setBuddy(field)
            self.form.addRow(label, field)
        self.form.addRow(self.private_box)
        self.form.addRow(self.buttons)
        self._retranslate()
        self.colour_box.setCurrentIndex(max(0, COLOUR_KEYS.index(colour) if colour else 0))
        self._on_noteEdit_textChanged()

    def _retranslate(self) -> None:
        self.setWindowTitle(self.tr("Note"))
        names = (self.tr("Yellow"), self.tr("Green"), self.tr("Blue"), self.tr("Red"))
        current = self.colour_box.currentIndex()
        self.colour_box.clear()
        for key, name in zip(COLOUR_KEYS, names, strict=True):
            self.colour_box.addItem(name, key)
        self.colour_box.setCurrentIndex(max(0, current))
        for label, text in zip(
            self._labels, (self.tr("&Note"), self.tr("&Colour"), self.tr("&Tag")), strict=True
        ):
            label.setText(text)
        self.note_edit.setAccessibleName(self.tr("Note"))
        self.note_edit.setPlaceholderText(self.tr("What should the reader know? (Markdown)"))
        self.colour_box.setAccessibleName(self.tr("Colour"))
        self.tag_edit.setAccessibleName(self.tr("Tag"))
        self.private_box.setText(self.tr("&Private: left out of exports unless asked for"))
        self.quote_label.setAccessibleName(self.tr("Quoted passage"))

    def _on_noteEdit_textChanged(self) -> None:
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(bool(self.note().strip()))

    def note(self) -> str:
        return self.note_edit.toPlainText()

    def colour(self) -> str:
        return str(self.colour_box.currentData() or "")

    def tag(self) -> str:
        return self.tag_edit.text().strip()

    def private(self) -> bool:
        return self.private_box.isChecked()
