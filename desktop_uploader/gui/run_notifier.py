"""A notice when a long run ends while the analyst looks at another window.

Where the desktop has a notification area, a message pops up from the app's icon
there; elsewhere the window asks for attention (a flashing taskbar entry on Windows, a
bouncing Dock icon on macOS). A short run, or one watched to its end, says nothing.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Slot
from PySide6.QtWidgets import QApplication, QSystemTrayIcon, QWidget

log = logging.getLogger(__name__)

# A run shorter than this was probably watched; no notice for it.
LONG_RUN_SECONDS = 20.0
TRAY, ALERT = "tray", "alert"
MESSAGE_MS = 10_000


def notice_way(
    seconds: float,
    window_active: bool,
    tray_available: bool,
    *,
    long_run: float = LONG_RUN_SECONDS,
) -> str | None:
    """How to tell that a run ended: TRAY, ALERT, or None for no notice.

    Args:
        seconds: how long the run took.
        window_active: whether the window has the focus now.
        tray_available: whether the desktop shows notification messages from an icon.
    """
    if window_active or seconds < long_run:
        return None
    return TRAY if tray_available else ALERT


def tray_can_notify() -> bool:
    return QSystemTrayIcon.isSystemTrayAvailable() and QSystemTrayIcon.supportsMessages()


class RunNotifier(QObject):
    """Watches a window's runs and tells when a long one ends in the background.

    Args:
        window: the main window; its icon and title are the notice's.
        status_text: gives the run's final status line, shown in the notice.
        clock, tray_available, alert: the system's own, replaced in tests.
    """

    def __init__(
        self,
        window: QWidget,
        status_text: Callable[[], str],
        *,
        clock: Callable[[], float] = time.monotonic,
        tray_available: Callable[[], bool] = tray_can_notify,
        alert: Callable[[QWidget], None] = lambda widget: QApplication.alert(widget),
    ) -> None:
        super().__init__(window)
        self._window = window
        self._status_text = status_text
        self.clock = clock
        self.tray_available = tray_available
        self.alert = alert
        self._started: float | None = None
        self.tray: QSystemTrayIcon | None = None
        self.last_way: str | None = None
        window.installEventFilter(self)

    @Slot(bool)
    def on_running_changed(self, running: bool) -> None:
        if running:
            self._started = self.clock()
            return
        if self._started is None:
            return
        seconds, self._started = self.clock() - self._started, None
        active = self._window.isActiveWindow()
        self.last_way = notice_way(seconds, active, self.tray_available())
        if self.last_way == TRAY:
            self._show_tray_message(self._status_text())
        elif self.last_way == ALERT:
            self.alert(self._window)
        if self.last_way:
            log.info("Run ended in the background after %.0f s: %s notice", seconds, self.last_way)

    def _show_tray_message(self, text: str) -> None:
        if self.tray is None:
            self.tray = QSystemTrayIcon(self._window.windowIcon(), self)
            self.tray.setToolTip(self._window.windowTitle())
            self.tray.messageClicked.connect(self._on_tray_message_clicked)
        self.tray.show()
        self.tray.showMessage(
            self.tr("Desktop Uploader"), text, QSystemTrayIcon.MessageIcon.Information, MESSAGE_MS
        )

    @Slot()
    def _on_tray_message_clicked(self) -> None:
        self._window.showNormal()
        self._window.raise_()
        self._window.activateWindow()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # The icon is there for the notice only: it goes once the analyst is back.
        if event.type() == QEvent.Type.WindowActivate and self.tray is not None:
            self.tray.hide()
        return False
