"""Workers that run the blocking engine on a QThread and re-emit its events as typed
signals. A worker never touches a widget: everything it knows leaves through a signal,
and the window's slots run on the GUI thread."""

from __future__ import annotations

import logging
import threading
import time
import traceback
from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QObject, Signal, Slot

from desktop_uploader.engine import (
    ConnectionReport,
    Credentials,
    HostKeyInfo,
    RetryPolicy,
    ServerSettings,
    UploadJob,
    check_connection,
    run_uploads,
)
from desktop_uploader.engine.events import (
    BUStarted,
    Connected,
    ConnectionStarted,
    Event,
    FileDone,
    FileFailed,
    FileProgress,
    FileRef,
    FileSkipped,
    FileStarted,
    RemoteResolved,
    RetryScheduled,
    RunFailed,
    RunFinished,
    RunSummary,
    RunWarning,
)
from desktop_uploader.engine.preview import Preview, preview_uploads
from desktop_uploader.gui.folder_scan import ScanResult, scan_paths
from desktop_uploader.history import HistoryRecorder
from desktop_uploader.keep_awake import KEEP_AWAKE_REASON, keep_awake

log = logging.getLogger(__name__)

# The engine already throttles each file to about 10 updates a second; many small files
# in a row could still add up, so the worker lets at most one batch through per interval.
PROGRESS_INTERVAL = 0.05


class EngineWorker(QObject):
    """What both workers share: cancel, the host key question, and crash reporting."""

    host_key_unknown = Signal(HostKeyInfo)
    crashed = Signal(str)  # the traceback, for the crash dialog
    work_finished = Signal()

    def __init__(self) -> None:
        super().__init__()
        self._cancel = threading.Event()
        self._host_key_answered = threading.Event()
        self._host_key_trusted = False

    def cancel(self) -> None:
        """Ask the engine to stop; safe from any thread, takes effect within a second."""
        self._cancel.set()
        self._host_key_answered.set()

    @property
    def cancel_requested(self) -> bool:
        return self._cancel.is_set()

    def answer_host_key(self, trusted: bool) -> None:
        """The analyst's decision about an unknown server key; called from the GUI thread."""
        self._host_key_trusted = trusted
        self._host_key_answered.set()

    def confirm_host_key(self, info: HostKeyInfo) -> bool:
        """The engine's HostKeyDecision: asks the window and blocks this thread meanwhile.

        Waiting on a threading.Event rather than a blocking queued connection lets Cancel
        end the wait too.
        """
        self._host_key_trusted = False
        self._host_key_answered.clear()
        self.host_key_unknown.emit(info)
        self._host_key_answered.wait()
        return self._host_key_trusted and not self._cancel.is_set()

    @Slot()
    def run(self) -> None:
        try:
            self._work()
        except Exception:
            # The engine reports every failure it understands as RunFailed; reaching this
            # is a bug, shown in the crash dialog rather than lost on a worker thread.
            log.exception("The background work failed unexpectedly")
            self.crashed.emit(traceback.format_exc())
        finally:
            self.work_finished.emit()

    def _work(self) -> None:
        raise NotImplementedError


# run_uploads, or a stand-in with its signature.
UploadFunction = Callable[..., list[RunFinished | RunFailed]]
CheckFunction = Callable[..., ConnectionReport]


class UploadWorker(EngineWorker):
    """Uploads business units one after the other over one connection, each with its
    own result."""

    bu_started = Signal(str)
    connection_started = Signal(int, int)  # attempt, max attempts
    connected = Signal(str)  # cipher
    remote_resolved = Signal(RemoteResolved)
    file_started = Signal(FileRef, int, int, int, int)  # size, index, total, resume offset
    file_progress = Signal(FileRef, int, int)  # bytes done, size
    file_done = Signal(FileRef, int, bool)  # size, verified
    # object, not str: a reason or warning stays an engine Text, for the window to translate.
    file_skipped = Signal(FileRef, object)  # reason
    file_failed = Signal(FileFailed)
    retry_scheduled = Signal(RetryScheduled)
    run_warning = Signal(object)
    run_finished = Signal(RunSummary)
    run_failed = Signal(RunFailed)

    def __init__(
        self,
        jobs: Sequence[UploadJob],
        server: ServerSettings,
        credentials: Credentials,
        *,
        policy: RetryPolicy | None = None,
        upload_function: UploadFunction = run_uploads,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        super().__init__()
        self._jobs = tuple(jobs)
        self._server = server
        self._credentials = credentials
        self._policy = policy or RetryPolicy()
        self._upload = upload_function
        self._clock = clock
        self._pending_progress: dict[str, FileProgress] = {}
        self._last_progress_emit = float("-inf")

    def _work(self) -> None:
        # One connection for all the chosen BUs; the engine emits each BU's result as
        # that BU's last event, and stops after a failure the next ones would repeat.
        # The computer stays awake meanwhile, asked from this thread (Windows needs it).
        with keep_awake(KEEP_AWAKE_REASON):
            self._upload(
                self._jobs,
                self._server,
                self._credentials,
                HistoryRecorder(self.on_engine_event, self._server, "gui"),
                self._cancel,
                policy=self._policy,
                confirm_host_key=self.confirm_host_key,
            )

    def on_engine_event(self, event: Event) -> None:
        """The engine's event sink; runs on the worker thread."""
        if isinstance(event, FileProgress):
            self._on_engine_progress(event)
            return
        self._drop_pending_progress(event)
        handler = _HANDLERS.get(type(event))
        if handler is None:
            log.debug("Engine event without a signal: %r", event)
            return
        handler(self, event)

    def _on_engine_progress(self, event: FileProgress) -> None:
        self._pending_progress[event.file.key] = event
        now = self._clock()
        if now - self._last_progress_emit < PROGRESS_INTERVAL:
            return
        self._last_progress_emit = now
        pending, self._pending_progress = self._pending_progress, {}
        for progress in pending.values():
            self.file_progress.emit(progress.file, progress.bytes_done, progress.size)

    def _drop_pending_progress(self, event: Event) -> None:
        # A file's end makes its held-back progress pointless; a retry or a run's end
        # makes all of it stale.
        file = getattr(event, "file", None)
        if isinstance(event, (FileDone, FileFailed, FileSkipped)) and file is not None:
            self._pending_progress.pop(file.key, None)
        elif isinstance(event, (RetryScheduled, RunFinished, RunFailed)):
            self._pending_progress.clear()

    def _emit_file_started(self, event: FileStarted) -> None:
        self.file_started.emit(
            event.file, event.size, event.index, event.total, event.resume_offset
        )

    def _emit_run_finished(self, event: RunFinished) -> None:
        self.run_finished.emit(event.summary)

    def _emit_run_failed(self, event: RunFailed) -> None:
        self.run_failed.emit(event)


_HANDLERS: dict[type, Callable[[UploadWorker, Event], None]] = {
    BUStarted: lambda w, e: w.bu_started.emit(e.bu),
    ConnectionStarted: lambda w, e: w.connection_started.emit(e.attempt, e.max_attempts),
    Connected: lambda w, e: w.connected.emit(e.cipher),
    RemoteResolved: lambda w, e: w.remote_resolved.emit(e),
    FileStarted: lambda w, e: w.file_started.emit(
        e.file, e.size, e.index, e.total, e.resume_offset
    ),
    FileDone: lambda w, e: w.file_done.emit(e.file, e.size, e.verified),
    FileSkipped: lambda w, e: w.file_skipped.emit(e.file, e.reason),
    FileFailed: lambda w, e: w.file_failed.emit(e),
    RetryScheduled: lambda w, e: w.retry_scheduled.emit(e),
    RunWarning: lambda w, e: w.run_warning.emit(e.message),
    RunFinished: UploadWorker._emit_run_finished,
    RunFailed: UploadWorker._emit_run_failed,
}


class CheckWorker(EngineWorker):
    """Logs in once and resolves each business unit's remote folder; writes nothing."""

    checked = Signal(ConnectionReport)

    def __init__(
        self,
        server: ServerSettings,
        credentials: Credentials,
        bus: Sequence[str],
        *,
        check_function: CheckFunction = check_connection,
    ) -> None:
        super().__init__()
        self._server = server
        self._credentials = credentials
        self._bus = list(bus)
        self._check = check_function

    def _work(self) -> None:
        report = self._check(
            self._server,
            self._credentials,
            self._bus,
            self._cancel,
            confirm_host_key=self.confirm_host_key,
        )
        self.checked.emit(report)


PreviewFunction = Callable[..., Preview]


class PreviewWorker(EngineWorker):
    """Finds what an upload of the business units would do, over one connection, and
    changes nothing on the server."""

    previewed = Signal(Preview)

    def __init__(
        self,
        jobs: Sequence[UploadJob],
        server: ServerSettings,
        credentials: Credentials,
        *,
        preview_function: PreviewFunction = preview_uploads,
    ) -> None:
        super().__init__()
        self._jobs = list(jobs)
        self._server = server
        self._credentials = credentials
        self._preview = preview_function

    def _work(self) -> None:
        preview = self._preview(
            self._jobs,
            self._server,
            self._credentials,
            self._cancel,
            confirm_host_key=self.confirm_host_key,
        )
        self.previewed.emit(preview)


class ScanWorker(EngineWorker):
    """Looks at dropped or picked folders off the GUI thread: a network share can take
    seconds to list."""

    scanned = Signal(ScanResult)

    def __init__(self, paths: Sequence[Path], *, scan_function=scan_paths) -> None:
        super().__init__()
        self._paths = list(paths)
        self._scan = scan_function

    def _work(self) -> None:
        self.scanned.emit(self._scan(self._paths))
