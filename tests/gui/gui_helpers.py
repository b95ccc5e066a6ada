"""Helpers for the window's tests: sample pipeline folders, form filling, waiting for a
run, and fake engine functions that report what the real engine reports."""

from __future__ import annotations

import threading
from pathlib import Path

from desktop_uploader.engine.bu import country_of
from desktop_uploader.engine.errors import BATCH_STOPPING_KINDS, HINTS, ErrorKind
from desktop_uploader.engine.events import (
    BUStarted,
    Connected,
    ConnectionStarted,
    FileDone,
    FileOutcome,
    FileProgress,
    FileRef,
    FileSkipped,
    FileStarted,
    FileStatus,
    RemoteResolved,
    RetryScheduled,
    RunFailed,
    RunFinished,
    RunSummary,
)
from desktop_uploader.engine.local_files import plan_job
from desktop_uploader.gui import MainWindow

PASSWORD = "s3cret-Pa55word"


def make_bu(app: Path, bu: str, outputs: dict[str, bytes], logs: dict[str, bytes]) -> Path:
    """Write app/outputs/{bu} and app/logs/{bu} as the pipeline does."""
    for folder, files in (("outputs", outputs), ("logs", logs)):
        target = app / folder / bu
        target.mkdir(parents=True, exist_ok=True)
        for name, data in files.items():
            (target / name).write_bytes(data)
    return app / "outputs" / bu


def fill_form(window: MainWindow, *, host="127.0.0.1", port=22, user="analyst", password=PASSWORD):
    window.form.host_edit.setText(host)
    window.form.port_edit.setText(str(port))
    window.form.user_edit.setText(user)
    window.form.password_edit.setText(password)


def add_folders(qtbot, window: MainWindow, *folders: Path) -> None:
    with qtbot.waitSignal(window.folders_scanned, timeout=5000):
        window.add_folders(list(folders))


def upload_and_wait(qtbot, window: MainWindow, timeout: int = 10_000) -> None:
    with qtbot.waitSignal(window.controller.running_changed, timeout=timeout) as started:
        window.upload_button.click()
    assert started.args == [True]
    qtbot.waitUntil(lambda: not window.controller.busy, timeout=timeout)


# ----- fake engine functions -------------------------------------------------------------


def remote_dir(server, bu: str) -> str:
    return f"{server.remote_base}/{country_of(bu)}/{bu}"


def one_by_one(upload_one):
    """A stand-in for ``run_uploads`` made of a fake that uploads one BU: each BU is
    announced and handed to it in turn, and the run stops where the engine stops."""

    def run(jobs, server, credentials, events, cancel, *, policy, confirm_host_key):
        results = []
        for index, job in enumerate(jobs, 1):
            events(BUStarted(job.bu, index, len(jobs)))
            result = upload_one(
                job,
                server,
                credentials,
                events,
                cancel,
                policy=policy,
                confirm_host_key=confirm_host_key,
            )
            results.append(result)
            if isinstance(result, RunFailed) and result.kind in BATCH_STOPPING_KINDS:
                break
        return results

    return run


def quick_upload_one(job, server, credentials, events, cancel, *, policy, confirm_host_key):
    """Reports what the real engine reports for a clean run, without a network."""
    plan = plan_job(job)
    events(ConnectionStarted(1, policy.max_attempts, server.host, server.port))
    events(Connected(server.host, server.port, "aes256-ctr"))
    remote = remote_dir(server, job.bu)
    events(RemoteResolved(job.bu, remote, f"{remote}/outputs", f"{remote}/logs", (remote,)))
    outcomes = []
    for index, local in enumerate(plan.files, 1):
        ref = FileRef(job.bu, local.folder, local.name)
        events(FileStarted(ref, local.size, index, len(plan.files)))
        events(FileProgress(ref, local.size // 2, local.size))
        events(FileProgress(ref, local.size, local.size))
        events(FileDone(ref, local.size, f"{remote}/{local.folder}/{local.name}", True))
        outcomes.append(FileOutcome(ref, FileStatus.VERIFIED, local.size))
    for skipped in plan.skipped:
        ref = FileRef(job.bu, skipped.folder, skipped.name)
        events(FileSkipped(ref, skipped.reason))
        outcomes.append(FileOutcome(ref, FileStatus.SKIPPED, 0, skipped.reason))
    result = RunFinished(RunSummary(job.bu, remote, tuple(outcomes), 1))
    events(result)
    return result


quick_upload = one_by_one(quick_upload_one)


def cancelled(job) -> RunFailed:
    return RunFailed(
        ErrorKind.CANCELLED,
        "The upload was cancelled.",
        HINTS[ErrorKind.CANCELLED],
        RunSummary(job.bu, None),
    )


class BackoffUpload:
    """Fails its first attempt and then waits out a long backoff, as the engine does,
    on the cancel event; records how it ended."""

    def __init__(self, delay: float = 30.0) -> None:
        self.delay = delay
        self.waiting = threading.Event()
        self.cancel_seen = threading.Event()

    def __call__(self, jobs, *args, **options):
        return one_by_one(self.upload_one)(jobs, *args, **options)

    def upload_one(self, job, server, credentials, events, cancel, *, policy, confirm_host_key):
        events(ConnectionStarted(1, policy.max_attempts, server.host, server.port))
        events(
            RetryScheduled(
                1, policy.max_attempts, self.delay, ErrorKind.NETWORK, "The connection was reset."
            )
        )
        self.waiting.set()
        if cancel.wait(self.delay):
            self.cancel_seen.set()
            result = cancelled(job)
        else:
            result = RunFinished(RunSummary(job.bu, None))
        events(result)
        return result


class FailingUpload:
    def __init__(self, kind: ErrorKind, message: str) -> None:
        self.kind, self.message = kind, message

    def __call__(self, jobs, *args, **options):
        return one_by_one(self.upload_one)(jobs, *args, **options)

    def upload_one(self, job, server, credentials, events, cancel, *, policy, confirm_host_key):
        events(ConnectionStarted(1, policy.max_attempts, server.host, server.port))
        result = RunFailed(self.kind, self.message, HINTS[self.kind], RunSummary(job.bu, None))
        events(result)
        return result
