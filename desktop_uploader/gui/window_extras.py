"""The window's menus and what they open: IT profiles (import, choose, lock), the
History window, the diagnostic report and the log folder. Kept apart from the main
window, which only creates this object and routes dropped profile files to it."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QObject, QUrl, Signal, Slot
from PySide6.QtGui import QAction, QDesktopServices, QKeySequence
from PySide6.QtWidgets import QFileDialog, QMainWindow

from desktop_uploader import diagnostics, paths
from desktop_uploader.app_settings import WindowSettings
from desktop_uploader.engine.settings import DEFAULT_SKIP_PATTERNS
from desktop_uploader.gui.folder_scan import ScanResult, scan_paths
from desktop_uploader.gui.history_view import HistoryDialog
from desktop_uploader.gui.profile_picker import ProfilePicker, apply_to_form, profile_paths

log = logging.getLogger(__name__)


class WindowExtras(QObject):
    """Builds the menu bar and the profile picker into ``window`` and serves them.

    Args:
        window: the main window; its ``form`` and ``controller`` are used.
        settings: the window's settings, where the chosen profile's name is kept.
        settings_path: the settings file, for the diagnostic report.
    """

    notice = Signal(str)  # a one-line message for the window's notice area

    def __init__(
        self, window: QMainWindow, settings: WindowSettings, settings_path: Path | None
    ) -> None:
        super().__init__(window)
        self._window = window
        self._settings = settings
        self._settings_path = settings_path
        self._dialogs: dict[str, object] = {}
        self.history_dialog: HistoryDialog | None = None
        # Replaced in tests, so that no file manager is started.
        self.open_url = QDesktopServices.openUrl
        self.picker = ProfilePicker()
        window.centralWidget().layout().insertWidget(0, self.picker)
        self._build_menus()
        self.picker.profile_chosen.connect(self._on_picker_profile_chosen)

    def _build_menus(self) -> None:
        bar = self._window.menuBar()
        file_menu = bar.addMenu("&File")
        self.import_action = _action(self, "importProfileAction", "&Import profile…")
        self.import_action.setShortcut(QKeySequence("Ctrl+I"))
        self.import_action.triggered.connect(self._on_import_triggered)
        file_menu.addAction(self.import_action)
        file_menu.addSeparator()
        self.history_action = _action(self, "historyAction", "Upload &history…")
        self.history_action.setShortcut(QKeySequence("Ctrl+H"))
        self.history_action.triggered.connect(self.show_history)
        file_menu.addAction(self.history_action)
        help_menu = bar.addMenu("&Help")
        self.log_folder_action = _action(self, "openLogFolderAction", "Open &log folder")
        self.log_folder_action.triggered.connect(self.open_log_folder)
        self.report_action = _action(self, "saveReportAction", "Save &diagnostic report…")
        self.report_action.triggered.connect(self._on_report_triggered)
        help_menu.addAction(self.log_folder_action)
        help_menu.addAction(self.report_action)

    # Profiles

    def restore_profile(self) -> None:
        """Choose the profile of the last session again, locking its fields."""
        name = self._settings.profile
        self.picker.blockSignals(True)
        found = self.picker.select(name)
        self.picker.blockSignals(False)
        if name and not found:
            self.notice.emit(f"The profile “{name}” is no longer stored; none is used.")
        self._use_profile(fill=False)
        if self.picker.problems:
            self.notice.emit(" ".join(self.picker.problems))

    @Slot(str)
    def _on_picker_profile_chosen(self, _name: str) -> None:
        self._use_profile()

    def _use_profile(self, *, fill: bool = True) -> None:
        profile = self.picker.current()
        apply_to_form(self._window.form, profile, fill=fill)
        patterns = profile.skip_patterns if profile else DEFAULT_SKIP_PATTERNS
        self._window.controller.skip_patterns = patterns
        self._settings.profile = profile.name if profile else ""

    def scan(self, folders: list[Path]) -> ScanResult:
        """Scan dropped or picked folders with the chosen profile's skip patterns."""
        return scan_paths(folders, self._window.controller.skip_patterns)

    def take_profiles(self, dropped: list[Path]) -> list[Path]:
        """Import the profile files among dropped paths; returns the other paths."""
        tomls, others = profile_paths(dropped)
        if tomls:
            self.import_profiles(tomls)
        return others

    def import_profiles(self, files: list[Path]) -> None:
        imported, problems = self.picker.import_files(files)
        names = ", ".join(f"“{profile.name}”" for profile in imported)
        done = [f"Profile {names} imported and chosen."] if imported else []
        self.notice.emit(" ".join(done + problems))

    @Slot()
    def _on_import_triggered(self) -> None:
        dialog = QFileDialog(self._window, "Import a profile from IT")
        dialog.setObjectName("importProfileDialog")
        dialog.setFileMode(QFileDialog.FileMode.ExistingFiles)
        dialog.setNameFilter("Profiles (*.toml)")
        dialog.filesSelected.connect(lambda names: self.import_profiles([Path(n) for n in names]))
        self._open(dialog)

    # History, report, log folder

    @Slot()
    def show_history(self) -> HistoryDialog:
        dialog = self.history_dialog
        if dialog is None:
            dialog = self.history_dialog = HistoryDialog(self._window)
        elif dialog.isVisible():
            # Already open behind the main window: bring it forward with fresh runs.
            dialog.refresh()
            dialog.raise_()
            return dialog
        else:
            dialog.refresh()
        dialog.show()
        return dialog

    @Slot()
    def _on_report_triggered(self) -> None:
        dialog = QFileDialog(self._window, "Save a diagnostic report for IT")
        dialog.setObjectName("saveReportDialog")
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setNameFilter("Zip files (*.zip)")
        dialog.setDefaultSuffix("zip")
        dialog.selectFile(str(Path.home() / diagnostics.default_report_name()))
        dialog.fileSelected.connect(lambda name: self.save_report(Path(name)))
        self._open(dialog)

    def save_report(self, out: Path) -> bool:
        """Write the report; the password and passphrase typed in the form are scrubbed."""
        form = self._window.form
        typed = [form.password_edit.text(), form.login.passphrase_edit.text()]
        try:
            diagnostics.save_report(out, extra_secrets=typed, settings_path=self._settings_path)
        except OSError as exc:
            self.notice.emit(f"The report could not be saved: {exc.strerror or exc}")
            return False
        self.notice.emit(f"Diagnostic report saved to {out}. It holds no password.")
        return True

    @Slot()
    def open_log_folder(self) -> None:
        folder = paths.log_dir()
        if not self.open_url(QUrl.fromLocalFile(str(folder))):
            self.notice.emit(f"The log folder is {folder}")

    def _open(self, dialog: QFileDialog) -> None:
        # Kept referenced until answered; open() keeps the window responsive meanwhile.
        self._dialogs[dialog.objectName()] = dialog
        dialog.open()


def _action(parent: QObject, name: str, text: str) -> QAction:
    action = QAction(text, parent)
    action.setObjectName(name)
    return action
