"""Drives one upload or connection test: starts the worker on its thread and turns each
of its signals into what the window shows. Only this object talks to engine workers."""

from __future__ import annotations

import logging
import time
from dataclasses import dataclass

from PySide6.QtCore import QObject, QTimer, Signal, Slot
from PySide6.QtWidgets import QDialog, QPlainTextEdit, QWidget

from desktop_uploader.engine import TITLES, ErrorKind, HostKeyInfo, RetryPolicy, UploadJob
from desktop_uploader.engine.bu import validate_bu
from desktop_uploader.engine.errors import BadInputError
from desktop_uploader.engine.events import (
    FileFailed,
    FileRef,
    FileStatus,
    RemoteResolved,
    RetryScheduled,
    RunFailed,
    RunSummary,
)
from desktop_uploader.engine.preview import Preview, preview_uploads
from desktop_uploader.engine.replace_policy import POLICY_REASONS
from desktop_uploader.engine.runner import ConnectionReport
from desktop_uploader.engine.settings import DEFAULT_SKIP_PATTERNS
from desktop_uploader.gui import crash_dialog
from desktop_uploader.gui.bu_table import BUTable
from desktop_uploader.gui.connection_form import ConnectionForm
from desktop_uploader.gui.engine_texts import translated
from desktop_uploader.gui.error_panel import ErrorPanel
from desktop_uploader.gui.file_table import FileTableModel
from desktop_uploader.gui.formatting import human_duration, human_size
from desktop_uploader.gui.host_key_dialog import HostKeyDialog
from desktop_uploader.gui.preview_view import PreviewView
from desktop_uploader.gui.progress_panel import ProgressPanel
from desktop_uploader.gui.thread_owner import ThreadOwner
from desktop_uploader.gui.worker import CheckWorker, PreviewWorker, UploadWorker
from desktop_uploader.logging_setup import register_secret

log = logging.getLogger(__name__)

# The overall bar and speed are redrawn on this beat rather than per signal.
REFRESH_MS = 200
# What the controller is running.
UPLOAD, CHECK, PREVIEW = "upload", "check", "preview"


@dataclass(frozen=True)
class RunViews:
    """The widgets a run writes to; the controller never builds widgets itself."""

    window: QWidget
    form: ConnectionForm
    bu_table: BUTable
    files: FileTableModel
    progress: ProgressPanel
    errors: ErrorPanel
    log_view: QPlainTextEdit


class RunController(QObject):
    running_changed = Signal(bool)

    def __init__(
        self,
        views: RunViews,
        *,
        upload_function,
        check_function,
        preview_function=preview_uploads,
        policy=None,
    ):
        super().__init__(views.window)
        self._views = views
        self._upload_function = upload_function
        self._check_function = check_function
        self._preview_function = preview_function
        self._preview_view = PreviewView(views.bu_table, views.files, views.errors, self)
        self._preview_text = ""
        self._policy = policy or RetryPolicy()
        # The chosen profile's patterns; the window sets them when the profile changes.
        self.skip_patterns: tuple[str, ...] = DEFAULT_SKIP_PATTERNS
        self._owner = ThreadOwner(self)
        self._owner.idle.connect(self._on_owner_idle)
        self._refresh = QTimer(self)
        self._refresh.setInterval(REFRESH_MS)
        self._refresh.timeout.connect(self._on_refresh_timeout)
        self._host_key_dialog: HostKeyDialog | None = None
        self._outcomes: dict[str, bool] = {}
        # The BUs this upload was asked to send: a BU the run never reached has no outcome.
        self._run_bus: list[str] = []
        self._context = ""
        self._mode = UPLOAD
        self._cancelled = False
        # Lines and the "Sending ..." status wait for the next refresh beat: hundreds of
        # small files would otherwise re-lay out the log and the window per file.
        self._pending_lines: list[str] = []
        self._sending_text = ""

    @property
    def busy(self) -> bool:
        return self._owner.busy

    def wait(self, milliseconds: int) -> bool:
        return self._owner.wait(milliseconds)

    # Starting and stopping

    def start_upload(self) -> None:
        if self.busy:
            return
        try:
            server, credentials = self._connection()
            jobs = self._jobs()
        except BadInputError as exc:
            self._show_bad_input(exc)
            return
        worker = UploadWorker(
            jobs,
            server,
            credentials,
            policy=self._policy,
            upload_function=self._upload_function,
        )
        self._views.files.set_plans([(job.bu, found.plan) for job, found in jobs.items()])
        self._connect_upload(worker)
        self._begin(self.tr("Uploading %n business unit(s)…", "", len(jobs)), mode=UPLOAD)
        self._run_bus = [job.bu for job in jobs]
        # A status from the previous run must not pass for this run's.
        for bu in self._run_bus:
            self._views.bu_table.set_status(bu, self.tr("Waiting"))
        self._owner.start(worker)

    def start_preview(self) -> None:
        """Show in the tables what an upload of the ticked BUs would do; send nothing."""
        if self.busy:
            return
        try:
            server, credentials = self._connection()
            jobs = self._jobs()
        except BadInputError as exc:
            self._show_bad_input(exc)
            return
        worker = PreviewWorker(
            list(jobs), server, credentials, preview_function=self._preview_function
        )
        self._views.files.set_plans([(job.bu, found.plan) for job, found in jobs.items()])
        worker.previewed.connect(self._on_worker_previewed)
        self._connect_common(worker)
        self._begin(self.tr("Looking at the server: nothing will be sent…"), mode=PREVIEW)
        self._owner.start(worker)

    def start_check(self) -> None:
        if self.busy:
            return
        try:
            server, credentials = self._connection()
        except BadInputError as exc:
            self._show_bad_input(exc)
            return
        names = [name for name, _ in self._views.bu_table.chosen_entries()]
        worker = CheckWorker(server, credentials, names, check_function=self._check_function)
        worker.checked.connect(self._on_worker_checked)
        self._connect_common(worker)
        self._begin(self.tr("Testing the connection…"), mode=CHECK)
        self._owner.start(worker)

    def cancel(self) -> None:
        if not self.busy:
            return
        self._cancelled = True
        self._owner.cancel()
        self._views.progress.set_status(self.tr("Cancelling…"))
        self._log(self.tr("Cancel requested."))

    def _connection(self):
        form = self._views.form
        server, credentials = form.server_settings(), form.credentials()
        # Whichever secret the chosen login method carries is blanked in every log line.
        for secret in (credentials.password, credentials.passphrase):
            if secret:
                register_secret(secret.reveal())
        # Copied for IT, so it stays in English whatever the window's language.
        self._context = f"server {server.host}:{server.port}, user {server.username}"
        return server, credentials

    def _jobs(self) -> dict[UploadJob, object]:
        entries = self._views.bu_table.chosen_entries()
        if not entries and self._views.bu_table.entries():
            raise BadInputError(
                self.tr("No business unit is ticked."),
                self.tr("Tick the business units to send in the list."),
            )
        if not entries:
            raise BadInputError(
                self.tr("No business unit folder has been added yet."),
                self.tr("Press Add folders, or drop the folder app/outputs/<business unit> here."),
            )
        jobs = {}
        names = [name for name, _ in entries]
        for name, found in entries:
            validate_bu(name)
            if names.count(name) > 1:
                raise BadInputError(
                    self.tr("Business unit {name} is listed twice.").format(name=name),
                    self.tr("Remove one of its rows."),
                )
            job = UploadJob(
                name,
                found.outputs_dir,
                found.logs_dir,
                self.skip_patterns,
                replace_policy=self._views.form.replace_policy(),
            )
            jobs[job] = found
        return jobs

    def _connect_upload(self, worker: UploadWorker) -> None:
        self._connect_common(worker)
        worker.bu_started.connect(self._on_worker_bu_started)
        worker.connection_started.connect(self._on_worker_connection_started)
        worker.connected.connect(self._on_worker_connected)
        worker.remote_resolved.connect(self._on_worker_remote_resolved)
        worker.file_started.connect(self._on_worker_file_started)
        worker.file_progress.connect(self._on_worker_file_progress)
        worker.file_done.connect(self._on_worker_file_done)
        worker.file_skipped.connect(self._on_worker_file_skipped)
        worker.file_failed.connect(self._on_worker_file_failed)
        worker.retry_scheduled.connect(self._on_worker_retry_scheduled)
        worker.run_warning.connect(self._on_worker_run_warning)
        worker.run_finished.connect(self._on_worker_run_finished)
        worker.run_failed.connect(self._on_worker_run_failed)

    def _connect_common(self, worker) -> None:
        worker.host_key_unknown.connect(self._on_worker_host_key_unknown)
        worker.crashed.connect(self._on_worker_crashed)

    def _begin(self, status: str, *, mode: str) -> None:
        self._mode = mode
        self._preview_text = ""
        self._cancelled = False
        self._outcomes = {}
        self._views.errors.clear()
        self._views.progress.reset()
        self._views.progress.set_status(status)
        self._log(status)
        if mode == UPLOAD:
            self._refresh.start()
        self.running_changed.emit(True)

    def _show_bad_input(self, exc: BadInputError) -> None:
        self._views.errors.show_failure(ErrorKind.BAD_INPUT, exc.message, exc.hint, "input")
        self._views.progress.set_status(self.tr("Nothing was sent: correct the input below."))

    # Worker signals

    @Slot(str)
    def _on_worker_bu_started(self, bu: str) -> None:
        self._views.bu_table.set_status(bu, self.tr("Connecting…"))
        self._log(self.tr("Business unit {bu}").format(bu=bu))

    @Slot(int, int)
    def _on_worker_connection_started(self, attempt: int, maximum: int) -> None:
        text = self.tr("Connecting to the server (attempt {attempt} of {maximum})…").format(
            attempt=attempt, maximum=maximum
        )
        self._views.progress.set_status(text)
        self._log(text)

    @Slot(str)
    def _on_worker_connected(self, cipher: str) -> None:
        # The login worked, so this is the password worth remembering.
        self._views.form.remember_if_asked()
        self._views.progress.set_status(self.tr("Connected."))
        self._log(self.tr("Connected and logged in (encryption {cipher}).").format(cipher=cipher))

    @Slot(RemoteResolved)
    def _on_worker_remote_resolved(self, event: RemoteResolved) -> None:
        sending = self.tr("Sending to {folder}").format(folder=event.remote_dir)
        self._views.bu_table.set_status(event.bu, sending)
        self._log(
            self.tr("{bu}: remote folder {folder}").format(bu=event.bu, folder=event.remote_dir)
        )

    @Slot(FileRef, int, int, int, int)
    def _on_worker_file_started(self, file, size, index, total, resume_offset) -> None:
        self._views.files.mark_started(file, size, resume_offset)
        self._sending_text = self.tr("Sending {name} ({index} of {total})").format(
            name=file.name, index=index, total=total
        )
        path = f"{file.folder}/{file.name}"
        if resume_offset:
            line = self.tr("Sending {path} ({size}, resuming at {offset})").format(
                path=path, size=human_size(size), offset=human_size(resume_offset)
            )
        else:
            line = self.tr("Sending {path} ({size})").format(path=path, size=human_size(size))
        self._log(line, batched=True)

    @Slot(FileRef, int, int)
    def _on_worker_file_progress(self, file: FileRef, done: int, size: int) -> None:
        self._views.files.mark_progress(file, done, size)

    @Slot(FileRef, int, bool)
    def _on_worker_file_done(self, file: FileRef, size: int, verified: bool) -> None:
        self._views.files.mark_done(file, size, verified)
        if verified:
            line = self.tr("Done: {path} (size checked)")
        else:
            line = self.tr("Done: {path} (size could not be checked)")
        self._log(line.format(path=f"{file.folder}/{file.name}"), batched=True)

    @Slot(FileRef, object)
    def _on_worker_file_skipped(self, file: FileRef, reason: str) -> None:
        self._views.files.mark_skipped(file, reason)
        line = self.tr("Skipped: {path} ({reason})").format(
            path=f"{file.folder}/{file.name}", reason=translated(reason)
        )
        self._log(line, batched=True)

    @Slot(FileFailed)
    def _on_worker_file_failed(self, event: FileFailed) -> None:
        self._views.files.mark_failed(event.file, event.message)
        line = self.tr("Failed: {path}: {message}").format(
            path=f"{event.file.folder}/{event.file.name}", message=translated(event.message)
        )
        self._log(line)

    @Slot(RetryScheduled)
    def _on_worker_retry_scheduled(self, event: RetryScheduled) -> None:
        self._views.files.reset_unfinished()
        self._views.progress.start_countdown(
            event.kind, event.delay, event.next_attempt, event.max_attempts
        )
        text = self.tr("Attempt {attempt} of {maximum} failed: {cause} Next attempt in {delay}.")
        self._log(
            text.format(
                attempt=event.attempt,
                maximum=event.max_attempts,
                cause=translated(event.cause),
                delay=human_duration(event.delay),
            )
        )

    @Slot(object)
    def _on_worker_run_warning(self, message: str) -> None:
        self._log(self.tr("Warning: {message}").format(message=translated(message)))

    @Slot(RunSummary)
    def _on_worker_run_finished(self, summary: RunSummary) -> None:
        sent = len(summary.reached_server)
        failed = summary.count(FileStatus.FAILED)
        skipped = summary.count(FileStatus.SKIPPED)
        if summary.remote_dir:
            text = self.tr("Done: %n file(s) uploaded to {folder}", "", sent)
            text = text.format(folder=summary.remote_dir)
        else:
            text = self.tr("Done: %n file(s) uploaded", "", sent)
        for reason in POLICY_REASONS:
            # Files the replace policy kept out are counted with their reason.
            kept = sum(1 for outcome in summary.outcomes if outcome.detail == reason)
            skipped -= kept
            if kept:
                text += self.tr(", {count} not sent: {reason}").format(
                    count=kept, reason=translated(reason)
                )
        text += self.tr(", {count} skipped").format(count=skipped) if skipped else ""
        text += self.tr(", {count} failed").format(count=failed) if failed else ""
        self._views.bu_table.set_status(summary.bu, text, "failed" if failed else "ok")
        self._outcomes[summary.bu] = not failed
        self._log(self.tr("{bu}: {status}").format(bu=summary.bu, status=text))

    @Slot(RunFailed)
    def _on_worker_run_failed(self, event: RunFailed) -> None:
        bu = event.summary.bu
        self._outcomes[bu] = False
        reached = len(event.summary.reached_server)
        title = translated(TITLES[event.kind])
        # Zero has words of its own: French and Italian would say "0 file est arrivé".
        if reached:
            status = self.tr("{title}; %n file(s) reached the server", "", reached)
        else:
            status = self.tr("{title}; no file reached the server")
        status = status.format(title=title)
        if event.kind is ErrorKind.CANCELLED:
            # The analyst asked for it: the status line says so, calmly, without a red panel.
            self._views.bu_table.set_status(bu, status)
            if reached:
                line = self.tr("{bu}: cancelled; %n file(s) reached the server.", "", reached)
            else:
                line = self.tr("{bu}: cancelled; no file reached the server.")
            self._log(line.format(bu=bu))
            return
        self._views.bu_table.set_status(bu, status, "failed")
        context = f"{self._context}, business unit {bu}"
        self._views.errors.show_failure(event.kind, event.message, event.hint, context)
        line = self.tr("{bu}: {title}: {message}")
        self._log(line.format(bu=bu, title=title, message=translated(event.message)))

    @Slot(HostKeyInfo)
    def _on_worker_host_key_unknown(self, info: HostKeyInfo) -> None:
        line = self.tr("Unknown server key {type} {fingerprint}: asking.")
        self._log(line.format(type=info.key_type, fingerprint=info.fingerprint))
        dialog = HostKeyDialog(info, self._views.window)
        dialog.finished.connect(self._on_host_key_dialog_finished)
        self._host_key_dialog = dialog
        dialog.open()

    @Slot(int)
    def _on_host_key_dialog_finished(self, result: int) -> None:
        trusted = result == QDialog.DialogCode.Accepted
        if trusted:
            self._log(self.tr("Server key trusted and remembered."))
        else:
            self._log(self.tr("Server key refused."))
        if self._owner.worker is not None:
            self._owner.worker.answer_host_key(trusted)
        self._drop_host_key_dialog()

    @Slot(str)
    def _on_worker_crashed(self, details: str) -> None:
        crash_dialog.show_crash(details, self._views.window)

    @Slot(ConnectionReport)
    def _on_worker_checked(self, report: ConnectionReport) -> None:
        if report.failure is not None:
            failure = report.failure
            self._views.errors.show_failure(
                failure.kind, failure.message, failure.hint, self._context
            )
            self._outcomes["connection"] = False
            return
        for resolved in report.resolved:
            found = self.tr("Found: {folder}").format(folder=resolved.remote_dir)
            self._views.bu_table.set_status(resolved.bu, found, "ok")
        for bu, message in report.unresolved:
            missing = self.tr("Not found on the server: {message}")
            self._views.bu_table.set_status(
                bu, missing.format(message=translated(message)), "failed"
            )
        self._outcomes["connection"] = report.ok
        self._log(self.tr("Connection works (encryption {cipher}).").format(cipher=report.cipher))

    @Slot(Preview)
    def _on_worker_previewed(self, preview: Preview) -> None:
        if preview.failure is None:
            # The login worked, so this is the password worth remembering.
            self._views.form.remember_if_asked()
        for line in self._preview_view.show(preview, self._context):
            self._log(line)
        self._preview_text = self._preview_view.final_status(preview)

    # End of a run

    @Slot()
    def _on_refresh_timeout(self) -> None:
        self._views.progress.show_totals(*self._views.files.totals())
        if self._sending_text and not self._views.progress.counting_down:
            self._views.progress.set_status(self._sending_text)
        self._sending_text = ""
        self._flush_log()

    @Slot()
    def _on_owner_idle(self) -> None:
        self._refresh.stop()
        self._sending_text = ""
        self._drop_host_key_dialog()
        if self._mode == UPLOAD:
            self._views.files.mark_unsent()
            self._mark_unreached_bus()
            self._views.progress.show_final_totals(*self._views.files.totals())
        self._views.progress.set_status(self._final_status())
        self._log(self._final_status())
        self.running_changed.emit(False)

    def _mark_unreached_bus(self) -> None:
        for bu in self._run_bus:
            if bu not in self._outcomes:
                self._views.bu_table.set_status(
                    bu, self.tr("Not sent: the run stopped before this business unit")
                )

    def _drop_host_key_dialog(self) -> None:
        dialog, self._host_key_dialog = self._host_key_dialog, None
        if dialog is not None:
            dialog.finished.disconnect(self._on_host_key_dialog_finished)
            dialog.close()
            dialog.deleteLater()

    def _final_status(self) -> str:
        outcomes = self._outcomes
        if self._mode == PREVIEW:
            return self._preview_text or self.tr("The preview was cancelled. Nothing was sent.")
        if self._mode == CHECK:
            if outcomes.get("connection"):
                return self.tr("Connection works: login, server key and folders are fine.")
            return self.tr("The connection test failed: see the message above.")
        # Counted over the BUs asked for: one the run never reached did not finish either.
        failed = sum(1 for bu in self._run_bus if not outcomes.get(bu, False))
        if not outcomes:
            return self.tr("Upload cancelled before anything was sent.")
        if self._cancelled:
            return self.tr(
                "Upload cancelled. Files marked Done are on the server; nothing else is."
            )
        if failed:
            text = self.tr(
                "{failed} of %n business unit(s) did not finish: see the message above. "
                "Files marked Done are on the server.",
                "",
                len(self._run_bus),
            )
            return text.format(failed=failed)
        return self.tr("Finished: %n business unit(s) uploaded.", "", len(outcomes))

    def _log(self, text: str, *, batched: bool = False) -> None:
        """Add a line to the activity log; per-file lines wait for the refresh beat."""
        log.info("%s", text)
        self._pending_lines.append(f"{time.strftime('%H:%M:%S')}  {text}")
        if not (batched and self._refresh.isActive()):
            self._flush_log()

    def _flush_log(self) -> None:
        if not self._pending_lines:
            return
        view = self._views.log_view
        view.appendPlainText("\n".join(self._pending_lines))
        self._pending_lines.clear()
        # Follow the newest line even after the panel was resized by the error panel.
        view.verticalScrollBar().setValue(view.verticalScrollBar().maximum())
