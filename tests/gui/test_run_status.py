"""What the window says about a run once it is over, or while the next one starts: no
status from an earlier run passes for the current one."""

from __future__ import annotations

from gui_helpers import FailingUpload, add_folders, fill_form, quick_upload, upload_and_wait

from desktop_uploader.engine.errors import ErrorKind
from desktop_uploader.gui.bu_table import STATUS


def bu_statuses(window) -> dict[str, str]:
    table = window.bu_table
    return {name: table.item(row, STATUS).text() for row, (name, _) in enumerate(table.entries())}


class SwitchableEngine:
    """One window, several runs with different outcomes."""

    def __init__(self, run) -> None:
        self.run = run

    def __call__(self, *args, **options):
        return self.run(*args, **options)


def test_a_run_stopped_at_the_first_bu_leaves_no_stale_done_on_the_others(
    qtbot, make_window, app_folder
):
    engine = SwitchableEngine(quick_upload)
    window = make_window(upload_function=engine)
    fill_form(window)
    add_folders(qtbot, window, app_folder)
    upload_and_wait(qtbot, window)
    assert all(text.startswith("Done") for text in bu_statuses(window).values())

    engine.run = FailingUpload(ErrorKind.AUTH_FAILED, "The server refused the login.")
    with qtbot.waitSignal(window.controller.running_changed, timeout=5000):
        window.upload_button.click()
    # The run has just started: nothing of the previous one shows as this one's.
    assert set(bu_statuses(window).values()) <= {"Waiting", "Connecting…"}
    qtbot.waitUntil(lambda: not window.controller.busy, timeout=5000)

    first, second = (name for name, _ in window.bu_table.entries())
    statuses = bu_statuses(window)
    assert statuses[first].startswith("Authentication failed")
    assert statuses[second] == "Not sent: the run stopped before this business unit"
    status = window.progress.status_label.text()
    assert status.startswith("2 of 2 business units did not finish")
