"""An unexpected error opens a dialog that says where the log is, instead of the app
vanishing. Secrets are scrubbed from the text before it is shown or copied."""

from __future__ import annotations

import logging
import sys
import traceback
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QUrl, Slot
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from desktop_uploader import paths
from desktop_uploader.logging_setup import RedactingFilter

log = logging.getLogger(__name__)


def scrub(text: str) -> str:
    """The text with every registered secret and password-like assignment blanked."""
    record = logging.LogRecord("crash", logging.ERROR, __file__, 0, text, None, None)
    RedactingFilter().filter(record)
    return record.getMessage()


class CrashDialog(QDialog):
    def __init__(self, details: str, log_folder: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("crashDialog")
        self.setWindowTitle(self.tr("desktop-uploader: unexpected error"))
        self._log_folder = log_folder
        text = self.tr(
            "Something went wrong inside the app. Files on this computer are untouched; "
            "files already shown as done are on the server.\n\n"
            "The details are saved in the log folder:\n{folder}\n\n"
            "Please send them to IT (Copy details, or the newest file in that folder)."
        )
        intro = QLabel(text.format(folder=log_folder))
        intro.setWordWrap(True)
        self.details_view = QPlainTextEdit(scrub(details))
        self.details_view.setObjectName("crashDetails")
        self.details_view.setReadOnly(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        copy = buttons.addButton(self.tr("Copy details"), QDialogButtonBox.ButtonRole.ActionRole)
        copy.setObjectName("crashCopyButton")
        copy.clicked.connect(self._on_copy_clicked)
        folder = buttons.addButton(
            self.tr("Open log folder"), QDialogButtonBox.ButtonRole.ActionRole
        )
        folder.clicked.connect(self._on_open_folder_clicked)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.details_view)
        layout.addWidget(buttons)
        self.resize(640, 420)

    @Slot()
    def _on_copy_clicked(self) -> None:
        QGuiApplication.clipboard().setText(self.details_view.toPlainText())

    @Slot()
    def _on_open_folder_clicked(self) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(self._log_folder)))


_open_dialogs: list[CrashDialog] = []


def show_crash(details: str, parent: QWidget | None = None) -> CrashDialog | None:
    """Open the crash dialog, if a QApplication runs; returns it (tests close it)."""
    if QApplication.instance() is None:
        return None
    dialog = CrashDialog(details, paths.log_dir(), parent)
    # Kept referenced until closed: a dialog with no parent would otherwise be collected.
    _open_dialogs.append(dialog)
    dialog.finished.connect(lambda _result: _open_dialogs.remove(dialog))
    dialog.open()
    return dialog


def excepthook(kind: type[BaseException], value: BaseException, tb: TracebackType | None) -> None:
    """sys.excepthook: log the error once, then tell the analyst where the log is."""
    if issubclass(kind, KeyboardInterrupt):
        sys.__excepthook__(kind, value, tb)
        return
    log.critical("Unexpected error", exc_info=(kind, value, tb))
    show_crash("".join(traceback.format_exception(kind, value, tb)))


def install() -> None:
    sys.excepthook = excepthook
