"""The countdown and the transfer line, with an injected clock."""

from __future__ import annotations

from desktop_uploader.engine.errors import ErrorKind
from desktop_uploader.gui.progress_panel import ProgressPanel


class Clock:
    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


def test_retry_countdown_counts_down_and_stops_at_the_next_status(qtbot):
    clock = Clock()
    panel = ProgressPanel(clock=clock)
    qtbot.addWidget(panel)

    panel.start_countdown(ErrorKind.NETWORK, 20.0, 3, 5)
    assert panel.status_label.text() == "Connection lost, retrying in 20 s, attempt 3 of 5"
    clock.now += 8.2
    panel._on_countdown_timeout()
    assert panel.status_label.text() == "Connection lost, retrying in 12 s, attempt 3 of 5"

    panel.set_status("Connecting to the server (attempt 3 of 5)…")
    assert not panel.counting_down


def _panel_at_two_megabytes_a_second(qtbot) -> ProgressPanel:
    """4 MB of 10 MB sent, 2 s after the start."""
    clock = Clock()
    panel = ProgressPanel(clock=clock)
    qtbot.addWidget(panel)
    panel.show_totals(0, 10_000_000)
    clock.now += 2
    panel.show_totals(4_000_000, 10_000_000)
    return panel


def test_transfer_line_shows_bytes_speed_and_time_left(qtbot):
    panel = _panel_at_two_megabytes_a_second(qtbot)

    assert panel.overall_progress.value() == 400
    assert panel.transfer_label.text() == "4.0 MB of 10.0 MB  ·  2.0 MB/s  ·  about 3 s left"


def test_a_run_that_ended_shows_no_speed_or_time_left(qtbot):
    panel = _panel_at_two_megabytes_a_second(qtbot)

    # As after a cancel: the bytes that went stay, the speed does not.
    panel.show_final_totals(4_000_000, 10_000_000)

    assert panel.transfer_label.text() == "4.0 MB of 10.0 MB"
