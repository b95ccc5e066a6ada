"""The notice at the end of a long run in the background: when it is given, and which
way (offscreen Qt has no notification area, so the window's own alert is the one seen)."""

from __future__ import annotations

import pytest
from gui_helpers import add_folders, fill_form, quick_upload, upload_and_wait
from PySide6.QtWidgets import QWidget

from desktop_uploader.gui.run_notifier import ALERT, LONG_RUN_SECONDS, TRAY, RunNotifier, notice_way


@pytest.mark.parametrize(
    ("seconds", "active", "tray", "expected"),
    [
        (LONG_RUN_SECONDS + 1, False, True, TRAY),
        (LONG_RUN_SECONDS + 1, False, False, ALERT),
        (LONG_RUN_SECONDS + 1, True, True, None),
        (LONG_RUN_SECONDS - 1, False, True, None),
        (LONG_RUN_SECONDS - 1, False, False, None),
    ],
)
def test_only_a_long_run_ending_in_the_background_gets_a_notice(seconds, active, tray, expected):
    assert notice_way(seconds, active, tray) == expected


class _Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def _notifier(qtbot):
    window = QWidget()  # never shown, so never the active window
    qtbot.addWidget(window)
    alerted, clock = [], _Clock()
    notifier = RunNotifier(
        window, lambda: "Finished", clock=clock, tray_available=lambda: False, alert=alerted.append
    )
    return notifier, window, alerted, clock


def test_a_long_run_in_the_background_alerts_the_window_without_a_tray(qtbot):
    notifier, window, alerted, clock = _notifier(qtbot)

    notifier.on_running_changed(True)
    clock.now += LONG_RUN_SECONDS + 5
    notifier.on_running_changed(False)

    assert alerted == [window] and notifier.last_way == ALERT


def test_a_short_run_says_nothing(qtbot):
    notifier, _, alerted, clock = _notifier(qtbot)

    notifier.on_running_changed(True)
    clock.now += 2
    notifier.on_running_changed(False)

    assert alerted == [] and notifier.last_way is None


def test_the_window_notifies_after_its_own_long_run(qtbot, make_window, app_folder):
    window = make_window(upload_function=quick_upload)
    clock, alerted = _Clock(), []
    window.notifier.clock = clock
    window.notifier.alert = alerted.append
    window.notifier.tray_available = lambda: False
    fill_form(window)
    add_folders(qtbot, window, app_folder)
    # The stand-in engine is quick; the clock says the run took a minute.
    window.controller.running_changed.connect(lambda running: setattr(clock, "now", clock.now + 60))
    window.isActiveWindow = lambda: False

    upload_and_wait(qtbot, window)

    assert alerted == [window]
