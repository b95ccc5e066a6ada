"""The window's menus and what they open: IT profiles (import, choose, lock), the
History window, the diagnostic report and the log folder. Kept apart from the main
window, which only creates this object and routes dropped profile files to it."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QObject, QUrl, Signal, Slot
from PySide6.QtGui import QAction, QActionGroup, QDesktopServices, QKeySequence
from PySide6.QtWidgets import QFileDialog, QMainWindow

from desktop_uploader import app_settings, diagnostics, paths
from desktop_uploader.app_settings import WindowSettings
from desktop_uploader.engine.settings import DEFAULT_SKIP_PATTERNS
from desktop_uploader.gui import translations
from desktop_uploader.gui.engine_texts import translated
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
        file_menu = bar.addMenu(self.tr("&File"))
        self.import_action = _action(self, "importProfileAction", self.tr("&Import profile…"))
        self.import_action.setShortcut(QKeySequence("Ctrl+I"))
        self.import_action.triggered.connect(self._on_import_triggered)
        file_menu.addAction(self.import_action)
        file_menu.addSeparator()
        self.history_action = _action(self, "historyAction", self.tr("Upload &history…"))
        self.history_action.setShortcut(QKeySequence("Ctrl+H"))
        self.history_action.triggered.connect(self.show_history)
        file_menu.addAction(self.history_action)
        # In the File menu: the menu bar's letters are all taken by the window's controls.
        file_menu.addSeparator()
        self._build_language_menu(file_menu.addMenu(self.tr("&Language")))
        help_menu = bar.addMenu(self.tr("&Help"))
        self.log_folder_action = _action(self, "openLogFolderAction", self.tr("Open &log folder"))
        self.log_folder_action.triggered.connect(self.open_log_folder)
        self.report_action = _action(self, "saveReportAction", self.tr("Save &diagnostic report…"))
        self.report_action.triggered.connect(self._on_report_triggered)
        help_menu.addAction(self.log_folder_action)
        help_menu.addAction(self.report_action)

    def _build_language_menu(self, menu) -> None:
        """System, then each language in its own words; the choice applies at next start."""
        menu.setObjectName("languageMenu")
        group = QActionGroup(self)
        self.language_actions: dict[str, QAction] = {}
        choices = [("", self.tr("&System language"))]
        choices += [(code, translations.MENU_NAMES[code]) for code in translations.LANGUAGES]
        for code, text in choices:
            action = _action(self, f"languageAction_{code or 'system'}", text)
            action.setCheckable(True)
            action.setChecked(code == self._settings.language)
            action.triggered.connect(lambda _checked=False, c=code: self.choose_language(c))
            group.addAction(action)
            menu.addAction(action)
            self.language_actions[code] = action

    def choose_language(self, code: str) -> None:
        """Save the language setting ("" for the system's); the window says when it applies."""
        if code == self._settings.language:
            return
        self._settings.language = code
        # Only this setting changes: the rest is saved as usual when the window closes.
        stored = app_settings.load(self._settings_path).settings
        stored.language = code
        try:
            app_settings.save(stored, self._settings_path)
        except OSError:
            log.exception("Could not save the language setting")
        name = translations.NATIVE_NAMES.get(translations.chosen_language(code))
        text = self.tr("The window will be in {language} from the next start.")
        self.notice.emit(text.format(language=name))

    # Profiles

    def restore_profile(self) -> None:
        """Choose the profile of the last session again, locking its fields."""
        name = self._settings.profile
        self.picker.blockSignals(True)
        found = self.picker.select(name)
        self.picker.blockSignals(False)
        if name and not found:
            text = self.tr("The profile “{name}” is no longer stored; none is used.")
            self.notice.emit(text.format(name=name))
        self._use_profile(fill=False)
        if self.picker.problems:
            self.notice.emit(" ".join(translated(p) for p in self.picker.problems))

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
        done = [self.tr("Profile {names} imported and chosen.").format(names=names)]
        done = done if imported else []
        self.notice.emit(" ".join(done + problems))

    @Slot()
    def _on_import_triggered(self) -> None:
        dialog = QFileDialog(self._window, self.tr("Import a profile from IT"))
        dialog.setObjectName("importProfileDialog")
        dialog.setFileMode(QFileDialog.FileMode.ExistingFiles)
        dialog.setNameFilter(self.tr("Profiles (*.toml)"))
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
        dialog = QFileDialog(self._window, self.tr("Save a diagnostic report for IT"))
        dialog.setObjectName("saveReportDialog")
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setNameFilter(self.tr("Zip files (*.zip)"))
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
            text = self.tr("The report could not be saved: {reason}")
            self.notice.emit(text.format(reason=exc.strerror or exc))
            return False
        text = self.tr("Diagnostic report saved to {path}. It holds no password.")
        self.notice.emit(text.format(path=out))
        return True

    @Slot()
    def open_log_folder(self) -> None:
        folder = paths.log_dir()
        if not self.open_url(QUrl.fromLocalFile(str(folder))):
            self.notice.emit(self.tr("The log folder is {folder}").format(folder=folder))

    def _open(self, dialog: QFileDialog) -> None:
        # Kept referenced until answered; open() keeps the window responsive meanwhile.
        self._dialogs[dialog.objectName()] = dialog
        dialog.open()


def _action(parent: QObject, name: str, text: str) -> QAction:
    action = QAction(text, parent)
    action.setObjectName(name)
    return action
