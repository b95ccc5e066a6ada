"""Choosing what to send: a tick box per business unit, the replace policy in the form
(and from a profile), and the Preview that fills the tables in place. The engine here
is a stand-in; tests/gui/test_window_sshd.py runs the preview against the real server."""

from __future__ import annotations

import threading

from gui_helpers import (
    BackoffUpload,
    add_folders,
    fill_form,
    one_by_one,
    quick_upload_one,
    upload_and_wait,
)
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from desktop_uploader import app_settings
from desktop_uploader.engine.errors import HINTS, ErrorKind
from desktop_uploader.engine.preview import (
    BUPreview,
    FileAction,
    Preview,
    PreviewFile,
    PreviewProblem,
)
from desktop_uploader.engine.replace_policy import UNCHANGED_REASON
from desktop_uploader.engine.settings import ReplacePolicy
from desktop_uploader.gui.bu_table import STATUS
from desktop_uploader.gui.file_table import SKIPPED

REMOTE = "/data/to/startflow/italy/italy_galbani"


class _Recording:
    """Records the jobs of each upload, then reports a clean run for each."""

    def __init__(self) -> None:
        self.jobs = []

    def __call__(self, jobs, *args, **options):
        self.jobs.append(list(jobs))
        return one_by_one(quick_upload_one)(jobs, *args, **options)


def _row(window, bu: str) -> int:
    return next(row for row, (name, _) in enumerate(window.bu_table.entries()) if name == bu)


def _untick(window, bu: str) -> None:
    window.bu_table.item(_row(window, bu), 0).setCheckState(Qt.CheckState.Unchecked)


def test_only_ticked_business_units_are_listed_and_uploaded(qtbot, make_window, app_folder):
    engine = _Recording()
    window = make_window(upload_function=engine)
    fill_form(window)
    add_folders(qtbot, window, app_folder)

    _untick(window, "france_president")

    assert {window.file_model.row(n).file.bu for n in range(window.file_model.rowCount())} == {
        "italy_galbani"
    }
    assert "1 business unit" in window.progress.status_label.text()
    upload_and_wait(qtbot, window)
    assert [[job.bu for job in jobs] for jobs in engine.jobs] == [["italy_galbani"]]
    assert window.bu_table.item(_row(window, "france_president"), STATUS).text() == "Ready"


def test_with_nothing_ticked_upload_says_what_to_do_and_sends_nothing(
    qtbot, make_window, app_folder
):
    engine = _Recording()
    window = make_window(upload_function=engine)
    fill_form(window)
    add_folders(qtbot, window, app_folder)
    for bu in ("italy_galbani", "france_president"):
        _untick(window, bu)
    assert "Tick the business units" in window.progress.status_label.text()

    window.upload_button.click()

    assert engine.jobs == [] and not window.controller.busy
    assert window.error_panel.message_label.text() == "No business unit is ticked."


def test_ticking_is_locked_while_a_run_goes_on(qtbot, make_window, app_folder):
    engine = BackoffUpload()
    window = make_window(upload_function=engine)
    fill_form(window)
    add_folders(qtbot, window, app_folder / "outputs" / "italy_galbani")
    name_item = window.bu_table.item(0, 0)

    window.upload_button.click()
    qtbot.waitUntil(engine.waiting.is_set)

    assert not name_item.flags() & Qt.ItemFlag.ItemIsUserCheckable
    with qtbot.waitSignal(window.controller.running_changed, timeout=5000):
        window.cancel_button.click()
    assert name_item.flags() & Qt.ItemFlag.ItemIsUserCheckable


def test_the_chosen_replace_policy_reaches_the_engine_and_is_remembered(
    qtbot, make_window, app_folder
):
    engine = _Recording()
    window = make_window(upload_function=engine)
    fill_form(window)
    add_folders(qtbot, window, app_folder)
    combo = window.form.replace_combo
    combo.setCurrentIndex(combo.findData("when_changed"))

    upload_and_wait(qtbot, window)

    assert {job.replace_policy for job in engine.jobs[0]} == {ReplacePolicy.WHEN_CHANGED}
    assert app_settings.load().settings.replace_policy == "when_changed"
    window.close()
    assert make_window().form.replace_policy() is ReplacePolicy.WHEN_CHANGED


def test_a_profile_sets_its_policy_and_can_lock_it_even_after_a_run(
    qtbot, make_window, app_folder, tmp_path
):
    profile = tmp_path / "prod.toml"
    profile.write_text(
        'name = "Prod"\nhost = "127.0.0.1"\nreplace_policy = "never"\n'
        'locked = ["replace_policy"]\n',
        encoding="utf-8",
    )
    window = make_window(upload_function=_Recording())
    fill_form(window)
    add_folders(qtbot, window, app_folder)

    window.extras.import_profiles([profile])

    combo = window.form.replace_combo
    assert window.form.replace_policy() is ReplacePolicy.NEVER
    assert not combo.isEnabled() and "Prod" in combo.toolTip()
    upload_and_wait(qtbot, window)
    assert not combo.isEnabled()
    window.extras.picker.select("")
    assert combo.isEnabled()


class _FakePreview:
    """Answers as the engine would for the sample app folder, and records the jobs."""

    def __init__(self, *, failure: PreviewProblem | None = None) -> None:
        self.jobs = []
        self.failure = failure
        self.called = threading.Event()

    def __call__(self, jobs, server, credentials, cancel, *, confirm_host_key):
        self.jobs.append(list(jobs))
        galbani = BUPreview(
            "italy_galbani",
            REMOTE,
            (REMOTE,),
            (
                PreviewFile("outputs", "Baseline_Table.xlsx", 5000, FileAction.NEW),
                PreviewFile(
                    "outputs",
                    "Promotion_Level_Table.xlsx",
                    3000,
                    FileAction.SKIPPED,
                    3000,
                    1_700_000_000,
                    UNCHANGED_REASON,
                ),
                PreviewFile("logs", "pipeline_1.log", 90, FileAction.REPLACES, 40, 1_700_000_000),
                PreviewFile(
                    "outputs", "~$Baseline_Table.xlsx", 0, FileAction.SKIPPED, reason="Excel lock"
                ),
            ),
        )
        missing = PreviewProblem(
            ErrorKind.REMOTE_NOT_FOUND,
            "No folder for france_president: tried /data/to/startflow/france/france_president.",
            HINTS[ErrorKind.REMOTE_NOT_FOUND],
        )
        president = BUPreview("france_president", problem=missing)
        self.called.set()
        return Preview((galbani, president), "aes128-gcm@openssh.com", self.failure)


def _preview(qtbot, window) -> None:
    with qtbot.waitSignal(window.controller.running_changed, timeout=5000):
        window.preview_button.click()
    qtbot.waitUntil(lambda: not window.controller.busy, timeout=10_000)


def test_preview_fills_both_tables_in_place_and_sends_nothing(qtbot, make_window, app_folder):
    fake, engine = _FakePreview(), _Recording()
    window = make_window(preview_function=fake, upload_function=engine)
    fill_form(window)
    add_folders(qtbot, window, app_folder)
    combo = window.form.replace_combo
    combo.setCurrentIndex(combo.findData("when_changed"))

    _preview(qtbot, window)

    assert engine.jobs == []
    assert {job.replace_policy for job in fake.jobs[0]} == {ReplacePolicy.WHEN_CHANGED}
    assert not [d for d in window.findChildren(QDialog) if d.isVisible()]
    model = window.file_model
    statuses = {model.row(n).file.name: model.row(n) for n in range(model.rowCount())}
    assert statuses["Baseline_Table.xlsx"].status == "New"
    unchanged = statuses["Promotion_Level_Table.xlsx"]
    assert unchanged.status == SKIPPED and unchanged.detail.startswith(UNCHANGED_REASON)
    assert "on the server: 3.0 KB" in unchanged.detail
    assert statuses["pipeline_1.log"].status == "Replaces"
    assert "on the server: 40 bytes" in statuses["pipeline_1.log"].detail
    galbani = window.bu_table.item(_row(window, "italy_galbani"), STATUS).text()
    assert galbani == f"To {REMOTE}: 1 new, 1 to replace, 1 unchanged, not sent, 1 skipped"
    president = window.bu_table.item(_row(window, "france_president"), STATUS).text()
    assert president.startswith("Remote folder not found: No folder for france_president")
    assert "Business units with a problem: 1" in window.progress.status_label.text()
    assert window.preview_button.isEnabled() and window.upload_button.isEnabled()


def test_preview_of_the_ticked_bus_only(qtbot, make_window, app_folder):
    fake = _FakePreview()
    window = make_window(preview_function=fake)
    fill_form(window)
    add_folders(qtbot, window, app_folder)
    _untick(window, "france_president")

    _preview(qtbot, window)

    assert [job.bu for job in fake.jobs[0]] == ["italy_galbani"]


def test_a_failed_preview_shows_the_error_panel_and_keeps_the_rows(qtbot, make_window, app_folder):
    failure = PreviewProblem(
        ErrorKind.AUTH_FAILED, "The server refused the login.", HINTS[ErrorKind.AUTH_FAILED]
    )
    window = make_window(preview_function=_FakePreview(failure=failure))
    fill_form(window)
    add_folders(qtbot, window, app_folder)

    _preview(qtbot, window)

    assert window.error_panel.isVisible()
    assert "Authentication failed" in window.error_panel.title_label.text()
    assert window.progress.status_label.text() == "The preview failed: see the message above."
    assert window.file_model.rowCount() == 5
