"""A failed run in the analyst's words: what went wrong, one sentence, the next step,
and "Copy details" for IT. It sits in the window, not in a dialog: dialogs are kept
for decisions."""

from __future__ import annotations

import html
import platform
import time

from PySide6.QtCore import Qt, Slot
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from desktop_uploader import __version__
from desktop_uploader.engine.errors import TITLES, ErrorKind
from desktop_uploader.gui.engine_texts import translated

_LOUD_KINDS = {ErrorKind.HOST_KEY_CHANGED, ErrorKind.HOST_KEY_MISMATCH}


class ErrorPanel(QFrame):
    """Hidden until something fails; ``show_failure`` fills it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("errorPanel")
        self.setAccessibleName(self.tr("Error"))
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.title_label = _wrapping_label("errorTitle")
        self.message_label = _wrapping_label("errorMessage")
        self.message_label.setTextFormat(Qt.TextFormat.PlainText)
        self.hint_label = _wrapping_label("errorHint")
        self.copy_button = QPushButton(self.tr("&Copy details"))
        self.copy_button.setObjectName("copyDetailsButton")
        self.copy_button.setAccessibleName(self.tr("Copy error details"))
        self.copy_button.setToolTip(self.tr("Copy the error for IT (never includes the password)"))
        self.copy_button.clicked.connect(self._on_copy_clicked)
        self._details = ""
        self._build_layout()
        self.hide()

    def _build_layout(self) -> None:
        text = QVBoxLayout()
        text.setSpacing(2)
        for label in (self.title_label, self.message_label, self.hint_label):
            text.addWidget(label)
        row = QHBoxLayout(self)
        row.addLayout(text, 1)
        row.addWidget(self.copy_button, 0, Qt.AlignmentFlag.AlignTop)

    def show_failure(self, kind: ErrorKind, message: str, hint: str, context: str) -> None:
        """Show one failure; ``context`` names the BU and server, never a secret."""
        loud = kind in _LOUD_KINDS
        colour = "#8c1d18" if loud else "#b3261e"
        self.setStyleSheet(
            f"#errorPanel {{ background: {'#f9dedc' if loud else '#fdf3f2'}; "
            f"border: 1px solid {colour}; border-radius: 4px; }}"
        )
        title = html.escape(translated(TITLES[kind]))
        self.title_label.setText(f"<b style='color:{colour}'>{title}</b>")
        self.message_label.setText(translated(message))
        what_to_do = html.escape(self.tr("What to do:"))
        self.hint_label.setText(f"<b>{what_to_do}</b> {html.escape(translated(hint))}")
        self.copy_button.setText(self.tr("&Copy details"))
        self._details = _details(kind, message, hint, context)
        self.show()

    def details(self) -> str:
        return self._details

    def clear(self) -> None:
        self._details = ""
        self.hide()

    @Slot()
    def _on_copy_clicked(self) -> None:
        QGuiApplication.clipboard().setText(self._details)
        self.copy_button.setText(self.tr("Copied"))


def _details(kind: ErrorKind, message: str, hint: str, context: str) -> str:
    return "\n".join(
        (
            f"Error: {TITLES[kind]} ({kind.value})",
            f"Message: {message}",
            f"Next step: {hint}",
            f"Context: {context}",
            f"When: {time.strftime('%Y-%m-%d %H:%M:%S %z')}",
            f"App: desktop-uploader {__version__} on {platform.platform()}",
        )
    )


def _wrapping_label(name: str) -> QLabel:
    label = QLabel()
    label.setObjectName(name)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label
