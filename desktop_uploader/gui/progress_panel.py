"""The overall bar, the transfer line (bytes, speed, time left) and the one-line status
with its live retry countdown."""

from __future__ import annotations

import time
from collections import deque
from collections.abc import Callable

from PySide6.QtCore import QTimer, Slot
from PySide6.QtWidgets import QLabel, QProgressBar, QVBoxLayout, QWidget

from desktop_uploader.engine.errors import ErrorKind
from desktop_uploader.gui.formatting import human_duration, human_size, human_speed

# The speed is averaged over this many seconds: long enough to be steady, short enough
# to follow a change of network.
SPEED_WINDOW = 5.0
COUNTDOWN_TICK_MS = 200


class ProgressPanel(QWidget):
    """Everything the analyst reads while a run goes on."""

    def __init__(self, parent: QWidget | None = None, clock: Callable[[], float] = time.monotonic):
        super().__init__(parent)
        self._clock = clock
        self.status_label = QLabel(self.tr("Add business unit folders, then press Upload."))
        self.status_label.setObjectName("statusLabel")
        self.status_label.setAccessibleName(self.tr("Status"))
        self.status_label.setWordWrap(True)
        self.overall_progress = QProgressBar()
        self.overall_progress.setObjectName("overallProgress")
        self.overall_progress.setAccessibleName(self.tr("Overall progress"))
        self.overall_progress.setRange(0, 1000)
        self.overall_progress.setValue(0)
        self.overall_progress.setFormat("%p%")
        self.transfer_label = QLabel("")
        self.transfer_label.setObjectName("transferLabel")
        self.transfer_label.setAccessibleName(self.tr("Transfer details"))
        # The status line is not in this panel's layout: the window gives it the whole
        # width, so a long status fits on one line instead of wrapping into the bar.
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.overall_progress)
        layout.addWidget(self.transfer_label)

        self._samples: deque[tuple[float, int]] = deque()
        self._retry_deadline = 0.0
        self._retry_text = ""
        self._countdown = QTimer(self)
        self._countdown.setInterval(COUNTDOWN_TICK_MS)
        self._countdown.timeout.connect(self._on_countdown_timeout)

    def set_status(self, text: str) -> None:
        """A plain status line; it ends any retry countdown."""
        self._countdown.stop()
        self.status_label.setStyleSheet("font-weight: bold;")
        self.status_label.setText(text)

    def reset(self) -> None:
        self._samples.clear()
        self.overall_progress.setValue(0)
        self.transfer_label.setText("")

    # Retry countdown

    def start_countdown(self, kind: ErrorKind, delay: float, next_attempt: int, maximum: int):
        """Show 'Connection lost, retrying in 12 s, attempt 3 of 5', counting down."""
        if kind is ErrorKind.NETWORK:
            text = self.tr("Connection lost, retrying in {left}, attempt {next} of {maximum}")
        else:
            text = self.tr(
                "Problem on the connection, retrying in {left}, attempt {next} of {maximum}"
            )
        # {left} is filled in at each tick of the countdown.
        self._retry_text = text.replace("{next}", str(next_attempt)).replace(
            "{maximum}", str(maximum)
        )
        self._retry_deadline = self._clock() + delay
        self._samples.clear()
        # Amber while waiting: something is wrong, but the app is handling it.
        self.status_label.setStyleSheet("font-weight: bold; color: #8a5300;")
        self._show_countdown()
        self._countdown.start()

    @property
    def counting_down(self) -> bool:
        return self._countdown.isActive()

    @Slot()
    def _on_countdown_timeout(self) -> None:
        self._show_countdown()

    def _show_countdown(self) -> None:
        left = max(0.0, self._retry_deadline - self._clock())
        self.status_label.setText(self._retry_text.format(left=human_duration(left)))

    # Overall progress

    def show_totals(self, done: int, total: int) -> None:
        """Refresh the bar and the transfer line; called on a timer, not per signal."""
        now = self._clock()
        self._samples.append((now, done))
        while len(self._samples) > 2 and now - self._samples[0][0] > SPEED_WINDOW:
            self._samples.popleft()
        self.overall_progress.setValue(int(done * 1000 / total) if total else 0)
        self.transfer_label.setText(self._transfer_text(done, total))

    def show_final_totals(self, done: int, total: int) -> None:
        """The bar and bytes once the run has ended: no speed or time left, since
        nothing is moving any more (after a cancel they would read as still going)."""
        self._samples.clear()
        self.show_totals(done, total)

    def _transfer_text(self, done: int, total: int) -> str:
        text = self.tr("{done} of {total}").format(done=human_size(done), total=human_size(total))
        speed = self._speed()
        if speed > 0:
            text += f"  ·  {human_speed(speed)}"
            if total > done:
                left = human_duration((total - done) / speed)
                text += "  ·  " + self.tr("about {left} left").format(left=left)
        return text

    def _speed(self) -> float:
        if len(self._samples) < 2:
            return 0.0
        (start, first), (end, last) = self._samples[0], self._samples[-1]
        return (last - first) / (end - start) if end > start and last > first else 0.0
