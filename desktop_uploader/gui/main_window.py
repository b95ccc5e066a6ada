"""The main window: server, business unit folders, per-file progress and what happened."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QByteArray, Qt, Signal, Slot
from PySide6.QtGui import (
    QCloseEvent,
    QDragEnterEvent,
    QDragMoveEvent,
    QDropEvent,
    QKeyEvent,
    QKeySequence,
    QShortcut,
)
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QMessageBox,
    QPlainTextEdit,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from desktop_uploader import app_settings
from desktop_uploader.engine import check_connection, run_uploads
from desktop_uploader.engine.preview import preview_uploads
from desktop_uploader.gui import translations
from desktop_uploader.gui.bu_table import BUTable
from desktop_uploader.gui.connection_form import ConnectionForm
from desktop_uploader.gui.demo_session import DemoSession, DemoUnavailable
from desktop_uploader.gui.engine_texts import error_text, translated
from desktop_uploader.gui.error_panel import ErrorPanel
from desktop_uploader.gui.file_table import FileTableModel
from desktop_uploader.gui.folder_scan import ScanResult
from desktop_uploader.gui.progress_panel import ProgressPanel
from desktop_uploader.gui.run_controller import RunController, RunViews
from desktop_uploader.gui.run_notifier import RunNotifier
from desktop_uploader.gui.thread_owner import ThreadOwner
from desktop_uploader.gui.widgets import (
    button,
    file_table,
    folder_picker,
    label,
    ready_text,
    titled,
)
from desktop_uploader.gui.window_extras import WindowExtras
from desktop_uploader.gui.worker import ScanWorker

log = logging.getLogger(__name__)


# On shutdown a scan of a slow network share gets this long before the window closes.
SCAN_SHUTDOWN_WAIT_MS = 5000


class MainWindow(QMainWindow):
    """Constructible with no arguments; tests inject a fake engine and a settings file."""

    folders_scanned = Signal()  # a scan's result has been shown

    def __init__(
        self,
        *,
        upload_function=run_uploads,
        check_function=check_connection,
        preview_function=preview_uploads,
        policy=None,
        settings_path: Path | None = None,
    ) -> None:
        super().__init__()
        self.setObjectName("mainWindow")
        self._settings_path = settings_path
        loaded = app_settings.load(settings_path)
        self._settings = loaded.settings
        # app.main installs the language first; a window built alone (tests) gets it here.
        translations.ensure_installed(self._settings.language)
        self.setWindowTitle(self.tr("Desktop Uploader: send pipeline results to the SFTP server"))
        self.setAcceptDrops(True)
        self._close_when_idle = False
        self._demo = DemoSession()
        self._pending_scans: list[Path] = []
        self._scans = ThreadOwner(self)
        self._scans.idle.connect(self._on_scans_idle)

        self._build_widgets()
        self._build_layout()
        self.controller = RunController(
            RunViews(
                self,
                self.form,
                self.bu_table,
                self.file_model,
                self.progress,
                self.error_panel,
                self.log_view,
            ),
            upload_function=upload_function,
            check_function=check_function,
            preview_function=preview_function,
            policy=policy,
        )
        self._connect_signals()
        self.notifier = RunNotifier(self, self.progress.status_label.text)
        self.controller.running_changed.connect(self.notifier.on_running_changed)
        self._set_tab_order()
        self.form.apply_settings(self._settings)
        self.extras = WindowExtras(self, self._settings, settings_path)
        self.extras.notice.connect(self._show_notice)
        self.extras.restore_profile()
        self._restore_geometry()
        self._show_startup_notices(loaded.warning)

    # Building

    def _build_widgets(self) -> None:
        self.form = ConnectionForm()
        self.notice_label = label("noticeLabel", self.tr("Notice"))
        self.notice_label.setStyleSheet("color: #5f4b00; background: #fff8e1; padding: 4px;")
        self.notice_label.setWordWrap(True)
        self.notice_label.hide()
        self.add_folders_button = button(
            "addFoldersButton", self.tr("&Add folders…"), self.tr("Add folders")
        )
        self.add_folders_button.setToolTip(
            self.tr("Choose one or more business unit folders, or the pipeline's app folder")
        )
        self.remove_button = button(
            "removeButton", self.tr("&Remove"), self.tr("Remove selected business unit")
        )
        self.demo_button = button(
            "demoButton", self.tr("Try the &demo server"), self.tr("Try the demo server")
        )
        self.demo_button.setToolTip(
            self.tr("Start a practice SFTP server on this computer with sample pipeline folders")
        )
        self.drop_hint = QLabel(self.tr("…or drop folders anywhere on this window."))
        self.drop_hint.setStyleSheet("color: palette(mid);")
        self.drop_message = label("dropMessage", self.tr("Folder message"))
        self.drop_message.setWordWrap(True)
        self.drop_message.hide()
        self.bu_table = BUTable()
        self.file_model = FileTableModel(self)
        self.file_table = file_table(self.file_model)
        self.log_view = QPlainTextEdit()
        self.log_view.setObjectName("logView")
        self.log_view.setAccessibleName(self.tr("Activity log"))
        self.log_view.setReadOnly(True)
        self.log_view.setMaximumBlockCount(5000)
        self.error_panel = ErrorPanel()
        self.progress = ProgressPanel()
        self.preview_button = button("previewButton", self.tr("Pre&view"), self.tr("Preview"))
        self.preview_button.setToolTip(
            self.tr("Show what Upload would send, replace and skip; nothing is sent")
        )
        self.preview_button.setMinimumSize(100, 34)
        self.upload_button = button("uploadButton", self.tr("&Upload"), self.tr("Upload"))
        self.upload_button.setToolTip(self.tr("Send every listed business unit (Enter)"))
        self.upload_button.setDefault(True)
        self.upload_button.setMinimumSize(120, 34)
        self.cancel_button = button("cancelButton", self.tr("Cancel"), self.tr("Cancel upload"))
        self.cancel_button.setToolTip(
            self.tr("Stop the upload (Esc); finished files stay on the server")
        )
        self.cancel_button.setEnabled(False)
        self.cancel_button.setMinimumSize(90, 34)
        for widget in (*self.form.edits(), self.log_view):
            # Dropped folders belong to the window, not to a text field.
            widget.setAcceptDrops(False)

    def _build_layout(self) -> None:
        self.bu_buttons = QHBoxLayout()
        for widget in (self.add_folders_button, self.remove_button, self.drop_hint):
            self.bu_buttons.addWidget(widget)
        self.bu_buttons.addStretch(1)
        self.bu_buttons.addWidget(self.demo_button)
        bu_group = QGroupBox(self.tr("Business units"))
        bu_layout = QVBoxLayout(bu_group)
        bu_layout.addLayout(self.bu_buttons)
        bu_layout.addWidget(self.drop_message)
        bu_layout.addWidget(self.bu_table)

        lower = QSplitter(Qt.Orientation.Horizontal)
        lower.addWidget(titled(self.tr("Files"), self.file_table))
        lower.addWidget(titled(self.tr("Activity"), self.log_view))
        lower.setStretchFactor(0, 2)
        lower.setStretchFactor(1, 1)
        middle = QSplitter(Qt.Orientation.Vertical)
        middle.addWidget(bu_group)
        middle.addWidget(lower)
        middle.setStretchFactor(0, 1)
        middle.setStretchFactor(1, 3)

        buttons = QHBoxLayout()
        buttons.addWidget(self.progress, 1)
        buttons.addWidget(self.preview_button, 0, Qt.AlignmentFlag.AlignBottom)
        buttons.addWidget(self.upload_button, 0, Qt.AlignmentFlag.AlignBottom)
        buttons.addWidget(self.cancel_button, 0, Qt.AlignmentFlag.AlignBottom)
        central = QWidget()
        layout = QVBoxLayout(central)
        layout.addWidget(self.form)
        layout.addWidget(self.notice_label)
        layout.addWidget(middle, 1)
        layout.addWidget(self.error_panel)
        layout.addWidget(self.progress.status_label)
        layout.addLayout(buttons)
        self.setCentralWidget(central)
        self.setMinimumSize(800, 600)

    def _connect_signals(self) -> None:
        self.form.test_clicked.connect(self.controller.start_check)
        self.form.notice_changed.connect(self._show_notice)
        self.form.host_edit.textChanged.connect(self._on_host_edited)
        self.form.secrets_forgotten.connect(self._on_form_secrets_forgotten)
        self.add_folders_button.clicked.connect(self._on_add_folders_clicked)
        self.remove_button.clicked.connect(self.bu_table.remove_selected)
        self.demo_button.clicked.connect(self._on_demo_clicked)
        self.bu_table.changed.connect(self._on_bu_table_changed)
        self.upload_button.clicked.connect(self._on_upload_clicked)
        self.preview_button.clicked.connect(self._on_preview_clicked)
        self.cancel_button.clicked.connect(self.controller.cancel)
        self.controller.running_changed.connect(self._on_controller_running_changed)
        self.escape_shortcut = QShortcut(QKeySequence(Qt.Key.Key_Escape), self)
        self.escape_shortcut.activated.connect(self.controller.cancel)
        self.escape_shortcut.setEnabled(False)

    def _set_tab_order(self) -> None:
        chain = [
            *self.form.focus_chain(),
            self.add_folders_button,
            self.remove_button,
            self.demo_button,
            self.bu_table,
            self.file_table,
            self.log_view,
            self.preview_button,
            self.upload_button,
            self.cancel_button,
        ]
        for first, second in zip(chain, chain[1:], strict=False):
            QWidget.setTabOrder(first, second)

    def _show_startup_notices(self, settings_warning: str | None) -> None:
        notices = [translated(settings_warning)] if settings_warning else []
        if not self.form.keyring_available:
            notices.append(self.form.no_keyring_notice())
        if not self._settings.host:
            notices.append(self._no_server_notice())
        if notices:
            self._show_notice("  ".join(notices))

    def _no_server_notice(self) -> str:
        return self.tr(
            "No server is set up yet: fill in the one IT gave you, or press “Try the demo "
            "server” to see how an upload goes."
        )

    @Slot(str)
    def _on_host_edited(self, host: str) -> None:
        # The notice asks for a server: once one is typed in, it has said its piece.
        if host.strip():
            self._drop_no_server_notice()

    def _drop_no_server_notice(self) -> None:
        no_server = self._no_server_notice()
        if no_server in self.notice_label.text():
            self._show_notice(self.notice_label.text().replace(no_server, "").strip())

    # Folders

    def add_folders(self, folders: list[Path]) -> None:
        """Scan folders off the GUI thread and add the business units they hold."""
        self._pending_scans.extend(folders)
        if not self._scans.busy:
            self._start_scan()

    def _start_scan(self) -> None:
        folders, self._pending_scans = self._pending_scans, []
        self._show_drop_message(self.tr("Looking at the folders…"))
        worker = ScanWorker(folders, scan_function=self.extras.scan)
        worker.scanned.connect(self._on_scan_worker_scanned)
        self._scans.start(worker)

    @Slot(ScanResult)
    def _on_scan_worker_scanned(self, result: ScanResult) -> None:
        added = [found for found in result.found if self.bu_table.add(found)]
        for found in added:
            self._settings.add_recent_folder(str(found.outputs_dir))
        messages = [translated(problem) for problem in result.problems]
        if result.found and not added:
            messages.append(self.tr("These business units are already in the list."))
        self._show_drop_message(" ".join(messages))
        if added:
            self._save_settings()
        self.folders_scanned.emit()

    @Slot()
    def _on_scans_idle(self) -> None:
        if self._pending_scans:
            self._start_scan()

    def _show_drop_message(self, text: str) -> None:
        self.drop_message.setText(text)
        self.drop_message.setVisible(bool(text))

    @Slot()
    def _on_add_folders_clicked(self) -> None:
        dialog = folder_picker(self, self._settings.recent_folders)
        dialog.accepted.connect(lambda: self.add_folders([Path(p) for p in dialog.selectedFiles()]))
        dialog.open()

    @Slot()
    def _on_bu_table_changed(self) -> None:
        # Only the ticked business units are previewed and sent, so only their files show.
        entries = self.bu_table.chosen_entries()
        self.file_model.set_plans([(name, found.plan) for name, found in entries])
        for column in (0, 1, 3):  # business unit, folder, size
            self.file_table.resizeColumnToContents(column)
        if self.bu_table.entries() and not entries:
            self.progress.set_status(self.tr("Tick the business units to send."))
            return
        invalid = [name for name, _ in entries if name in self.bu_table.invalid_names()]
        self.progress.set_status(ready_text(entries, invalid))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # Enter means Upload wherever the focus is: a field, a table or a button. The
        # buttons are not auto-default, so a focused one leaves Enter to the window,
        # and a table's editor keeps the Enter that ends the editing.
        plain = event.modifiers() in (
            Qt.KeyboardModifier.NoModifier,
            Qt.KeyboardModifier.KeypadModifier,
        )
        if plain and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            if self.upload_button.isEnabled():
                self._on_upload_clicked()
            event.accept()
            return
        super().keyPressEvent(event)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        self._accept_if_folders(event)

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        self._accept_if_folders(event)

    def _accept_if_folders(self, event: QDragEnterEvent | QDragMoveEvent) -> None:
        if not self.controller.busy and event.mimeData().hasUrls():
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        urls = event.mimeData().urls() if event.mimeData().hasUrls() else []
        local = [Path(url.toLocalFile()) for url in urls if url.isLocalFile()]
        event.acceptProposedAction()
        if not local:
            self._show_drop_message(
                self.tr("Only folders on this computer or a mapped drive can be added.")
            )
            return
        # Profile files from IT are imported; folders are scanned for business units.
        folders = self.extras.take_profiles(local)
        if folders:
            self.add_folders(folders)

    # Demo

    @Slot()
    def _on_demo_clicked(self) -> None:
        try:
            demo = self._demo.start()
        except DemoUnavailable as exc:
            self._show_notice(error_text(exc))
            return
        # A profile's locked fields belong to the real server, not to the demo.
        self.extras.picker.select("")
        self.form.use_demo(
            demo.host, demo.port, demo.username, demo.password, demo.known_hosts_file
        )
        self.bu_table.clear_rows()
        self.add_folders(list(demo.bu_folders))
        self._show_notice(
            self.tr(
                "The demo server is running on this computer, with sample business units: "
                "press Upload."
            )
        )
        log.info("Demo server key %s", demo.fingerprint)

    # Running

    @Slot()
    def _on_upload_clicked(self) -> None:
        self._drop_no_server_notice()
        self._save_settings()
        self.controller.start_upload()

    @Slot()
    def _on_preview_clicked(self) -> None:
        self._save_settings()
        self.controller.start_preview()

    @Slot(bool)
    def _on_controller_running_changed(self, running: bool) -> None:
        self.form.set_running(running)
        self.bu_table.set_running(running)
        buttons = (
            self.preview_button,
            self.upload_button,
            self.add_folders_button,
            self.remove_button,
            self.demo_button,
        )
        for widget in buttons:
            widget.setEnabled(not running)
        self.cancel_button.setEnabled(running)
        self.escape_shortcut.setEnabled(running)
        self.setAcceptDrops(not running)
        if not running and self._close_when_idle:
            self.close()

    # Closing

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.controller.busy:
            # Never close under a running thread: ask, cancel, and close once it ends.
            event.ignore()
            if not self._close_when_idle:
                self._ask_close()
            return
        self._scans.cancel()
        self._scans.wait(SCAN_SHUTDOWN_WAIT_MS)
        self._save_settings()
        self._demo.stop()
        super().closeEvent(event)

    def _ask_close(self) -> None:
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Upload running"),
            self.tr("An upload is running. Stop it and close the window?"),
            parent=self,
        )
        box.setObjectName("closeQuestion")
        box.setInformativeText(self.tr("Files marked Done are already on the server."))
        stop = box.addButton(self.tr("Stop and close"), QMessageBox.ButtonRole.AcceptRole)
        keep = box.addButton(self.tr("Keep uploading"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(keep)
        box.finished.connect(
            lambda _r: self._on_close_question_answered(box.clickedButton() is stop)
        )
        box.open()

    def _on_close_question_answered(self, stop: bool) -> None:
        if stop and self.controller.busy:
            self._close_when_idle = True
            self.controller.cancel()

    # Settings

    @Slot()
    def _on_form_secrets_forgotten(self) -> None:
        # Saved at once: a Remember box still ticked in the settings file would store
        # the password again at the next start's first upload.
        self._settings.remember_password = False
        self._settings.remember_passphrase = False
        self._save_settings()

    def _save_settings(self) -> None:
        if not self._demo.running:
            # The demo's throwaway server must not replace the analyst's own.
            self.form.store_into(self._settings)
        self._settings.geometry = bytes(self.saveGeometry().toBase64().data()).decode("ascii")
        try:
            app_settings.save(self._settings, self._settings_path)
        except OSError:
            log.exception("Could not save the settings")

    def _restore_geometry(self) -> None:
        if self._settings.geometry:
            self.restoreGeometry(QByteArray.fromBase64(self._settings.geometry.encode("ascii")))
        else:
            self.resize(1040, 720)

    @Slot(str)
    def _show_notice(self, text: str) -> None:
        self.notice_label.setText(text)
        self.notice_label.setVisible(bool(text))
