"""Field case C16: a flood of engine events never freezes the window, and progress
reaches it at most about 20 times a second."""

from __future__ import annotations

import time

from gui_helpers import add_folders, fill_form, make_bu, one_by_one
from PySide6.QtCore import QElapsedTimer, QTimer

from desktop_uploader.engine.events import (
    FileDone,
    FileProgress,
    FileRef,
    FileStarted,
    RunFinished,
    RunSummary,
)
from desktop_uploader.gui.file_table import DONE

TICK_MS = 20


def flooding_upload(job, server, credentials, events, cancel, *, policy, confirm_host_key):
    """300 tiny logs and one big file, each with far more progress calls than the
    engine's own throttle would make."""
    names = [("logs", f"step_{n:03}.log", 1000) for n in range(300)]
    names.append(("outputs", "Baseline_Table.xlsx", 100_000_000))
    for index, (folder, name, size) in enumerate(names, 1):
        ref = FileRef(job.bu, folder, name)
        events(FileStarted(ref, size, index, len(names)))
        for step in range(1, 21):
            events(FileProgress(ref, size * step // 20, size))
        events(FileDone(ref, size, f"/r/{folder}/{name}", True))
    result = RunFinished(RunSummary(job.bu, "/r"))
    events(result)
    return result


def test_event_flood_keeps_the_window_responsive_and_lists_301_done(qtbot, make_window, tmp_path):
    logs = {f"step_{n:03}.log": b"x" * 1000 for n in range(300)}
    outputs_dir = make_bu(tmp_path / "app", "italy_galbani", {"Baseline_Table.xlsx": b"b"}, logs)
    window = make_window(upload_function=one_by_one(flooding_upload))
    fill_form(window)
    add_folders(qtbot, window, outputs_dir)
    progress_signals = []
    lateness = []
    clock = QElapsedTimer()
    timer = QTimer()
    timer.setInterval(TICK_MS)

    def on_tick() -> None:
        lateness.append(clock.restart() - TICK_MS)

    timer.timeout.connect(on_tick)

    def watch(running: bool) -> None:
        worker = window.controller._owner.worker
        if running and worker is not None:
            worker.file_progress.connect(lambda *args: progress_signals.append(time.monotonic()))

    window.controller.running_changed.connect(watch)
    clock.start()
    timer.start()
    started = time.monotonic()
    with qtbot.waitSignal(window.controller.running_changed):
        window.upload_button.click()
    qtbot.waitUntil(lambda: not window.controller.busy, timeout=20_000)
    elapsed = time.monotonic() - started
    timer.stop()

    assert window.file_model.count(DONE) == 301
    assert max(lateness) < 200
    assert len(progress_signals) <= 20 * elapsed + 5
