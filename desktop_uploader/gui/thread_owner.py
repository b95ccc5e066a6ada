"""One owner for a worker and its QThread, with a single path that deletes them.

Connecting ``thread.finished`` to ``worker.deleteLater`` while Python also holds the
worker gives two delete paths that race, and crashed about one test run in four. Here
the owner keeps both; when the thread has finished, a slot on the GUI thread waits for
it, drops the worker (Python then deletes it) and schedules the thread's deletion.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QThread, Signal, Slot

from desktop_uploader.gui.worker import EngineWorker


class ThreadOwner(QObject):
    """Runs one worker at a time on its own QThread."""

    idle = Signal()  # the thread has ended and the worker is gone

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._thread: QThread | None = None
        self.worker: EngineWorker | None = None

    @property
    def busy(self) -> bool:
        return self._thread is not None

    def start(self, worker: EngineWorker) -> None:
        """Move the worker to a new thread and start it; the caller connects its signals
        before calling this, so no early signal is missed."""
        if self.busy:
            raise RuntimeError("A background task is already running")
        thread = QThread(self)
        thread.setObjectName(f"{type(worker).__name__}Thread")
        worker.moveToThread(thread)
        thread.started.connect(worker.run)
        worker.work_finished.connect(thread.quit)
        thread.finished.connect(self._on_thread_finished)
        self._thread, self.worker = thread, worker
        thread.start()

    def cancel(self) -> None:
        if self.worker is not None:
            self.worker.cancel()

    def wait(self, milliseconds: int) -> bool:
        """Block until the thread ends, for shutdown paths that cannot return to the loop."""
        if self._thread is None:
            return True
        return self._thread.wait(milliseconds)

    @Slot()
    def _on_thread_finished(self) -> None:
        thread, self._thread = self._thread, None
        if thread is None:
            return
        thread.wait()
        self.worker = None
        thread.deleteLater()
        self.idle.emit()
