"""The worker's own logic, called directly on the test thread (no QThread needed), and
the PySide6 canary from ENVIRONMENT.md."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QObject, Signal

from desktop_uploader.engine import Credentials, ServerSettings, UploadJob
from desktop_uploader.engine.events import FileDone, FileProgress, FileRef
from desktop_uploader.gui.worker import PROGRESS_INTERVAL, UploadWorker

REF = FileRef("italy_galbani", "outputs", "Baseline_Table.xlsx")


class Clock:
    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        return self.now


def make_worker(clock=None, upload_function=None) -> UploadWorker:
    return UploadWorker(
        [UploadJob("italy_galbani", Path("."))],
        ServerSettings("127.0.0.1", "analyst"),
        Credentials(),
        upload_function=upload_function or (lambda *a, **k: None),
        clock=clock or Clock(),
    )


def test_progress_is_let_through_at_most_once_per_interval(qtbot):
    clock = Clock()
    worker = make_worker(clock)
    seen = []
    worker.file_progress.connect(lambda file, done, size: seen.append(done))

    # 1000 engine updates over one simulated second.
    for step in range(1000):
        clock.now = step / 1000
        worker.on_engine_event(FileProgress(REF, step, 1000))

    assert len(seen) <= 1 / PROGRESS_INTERVAL + 1
    assert seen[0] == 0


def test_held_back_progress_is_dropped_when_the_file_is_done(qtbot):
    clock = Clock()
    worker = make_worker(clock)
    progress, done = [], []
    worker.file_progress.connect(lambda *args: progress.append(args))
    worker.file_done.connect(lambda *args: done.append(args))

    worker.on_engine_event(FileProgress(REF, 1, 10))
    worker.on_engine_event(FileProgress(REF, 5, 10))  # held back: same instant
    worker.on_engine_event(FileDone(REF, 10, "/r/Baseline_Table.xlsx", True))
    clock.now = 1.0
    worker.on_engine_event(FileProgress(FileRef("italy_galbani", "logs", "a.log"), 1, 2))

    assert [args[1] for args in progress] == [1, 1]
    assert done == [(REF, 10, True)]


class _Emitter(QObject):
    ticked = Signal(int, bool)


def test_signal_emit_does_not_leak_references_to_true(qtbot):
    # PySide6 6.12.0 on CPython 3.11 drops one reference to True per emit and aborts the
    # process after a few hundred; this fails first when an upgrade brings that back.
    emitter = _Emitter()
    received = []
    emitter.ticked.connect(lambda number, flag: received.append(flag))
    before = sys.getrefcount(True)

    for number in range(3000):
        emitter.ticked.emit(number, True)

    assert len(received) == 3000
    received.clear()
    assert abs(sys.getrefcount(True) - before) < 100
