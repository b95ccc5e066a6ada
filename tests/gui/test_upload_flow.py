"""Uploads driven through the window with fake engine functions: rows, statuses, cancel,
closing, errors and the host key question."""

from __future__ import annotations

import time

from gui_helpers import (
    PASSWORD,
    BackoffUpload,
    FailingUpload,
    add_folders,
    fill_form,
    one_by_one,
    quick_upload,
    quick_upload_one,
    upload_and_wait,
)
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from desktop_uploader.engine.errors import ErrorKind
from desktop_uploader.engine.host_keys import HostKeyInfo
from desktop_uploader.gui.file_table import DONE, NOT_SENT, SKIPPED


def test_upload_marks_every_file_done_and_enables_upload_again(qtbot, make_window, app_folder):
    window = make_window(upload_function=quick_upload)
    fill_form(window)
    add_folders(qtbot, window, app_folder)

    upload_and_wait(qtbot, window)

    model = window.file_model
    assert model.count(DONE) == 4
    assert model.count(SKIPPED) == 1
    assert window.file_model.totals() == (10090, 10090)
    assert window.upload_button.isEnabled()
    assert not window.cancel_button.isEnabled()
    assert window.progress.overall_progress.value() == window.progress.overall_progress.maximum()
    assert "2 business units uploaded" in window.progress.status_label.text()
    assert window.bu_table.item(0, 5).text().startswith("Done")


def test_upload_button_is_disabled_while_a_run_goes_on(qtbot, make_window, app_folder):
    engine = BackoffUpload()
    window = make_window(upload_function=engine)
    fill_form(window)
    add_folders(qtbot, window, app_folder / "outputs" / "italy_galbani")

    window.upload_button.click()
    qtbot.waitUntil(engine.waiting.is_set)

    assert not window.upload_button.isEnabled()
    assert window.cancel_button.isEnabled()
    assert not window.form.host_edit.isEnabled()


def test_retry_countdown_shows_cause_seconds_and_attempt(qtbot, make_window, app_folder):
    engine = BackoffUpload(delay=30)
    window = make_window(upload_function=engine)
    fill_form(window)
    add_folders(qtbot, window, app_folder / "outputs" / "italy_galbani")

    window.upload_button.click()
    label = window.progress.status_label
    qtbot.waitUntil(lambda: "retrying" in label.text())

    assert label.text() in (
        "Connection lost, retrying in 30 s, attempt 2 of 5",
        "Connection lost, retrying in 29 s, attempt 2 of 5",
    )
    assert "The connection was reset." in window.log_view.toPlainText()


def test_cancel_during_backoff_ends_the_thread_within_a_second(qtbot, make_window, app_folder):
    engine = BackoffUpload(delay=60)
    window = make_window(upload_function=engine)
    fill_form(window)
    add_folders(qtbot, window, app_folder / "outputs" / "italy_galbani")
    window.upload_button.click()
    qtbot.waitUntil(engine.waiting.is_set)

    started = time.monotonic()
    with qtbot.waitSignal(window.controller.running_changed, timeout=1000):
        window.cancel_button.click()

    assert time.monotonic() - started < 1.0
    assert engine.cancel_seen.is_set()
    assert not window.controller.busy
    assert window.upload_button.isEnabled()


def test_after_a_cancel_unsent_files_say_so_without_an_error_panel(qtbot, make_window, app_folder):
    engine = BackoffUpload(delay=60)
    window = make_window(upload_function=engine)
    fill_form(window)
    add_folders(qtbot, window, app_folder / "outputs" / "italy_galbani")
    window.upload_button.click()
    qtbot.waitUntil(engine.waiting.is_set)

    with qtbot.waitSignal(window.controller.running_changed, timeout=5000):
        window.cancel_button.click()

    model = window.file_model
    assert model.count(NOT_SENT) == model.rowCount() - model.count(SKIPPED) > 0
    assert not window.error_panel.isVisible()
    assert "cancelled" in window.progress.status_label.text().lower()


def test_escape_cancels_a_running_upload(qtbot, make_window, app_folder):
    engine = BackoffUpload(delay=60)
    window = make_window(upload_function=engine)
    fill_form(window)
    add_folders(qtbot, window, app_folder / "outputs" / "italy_galbani")
    window.upload_button.click()
    qtbot.waitUntil(engine.waiting.is_set)

    with qtbot.waitSignal(window.controller.running_changed, timeout=1000):
        qtbot.keyClick(window.file_table, Qt.Key.Key_Escape)

    assert engine.cancel_seen.is_set()


def test_enter_in_a_field_starts_the_upload(qtbot, make_window, app_folder):
    window = make_window(upload_function=quick_upload)
    fill_form(window)
    add_folders(qtbot, window, app_folder)

    with qtbot.waitSignal(window.controller.running_changed):
        qtbot.keyClick(window.form.password_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not window.controller.busy)

    assert window.file_model.count(DONE) == 4


def _close_question(window) -> QMessageBox:
    return window.findChild(QMessageBox, "closeQuestion")


def test_closing_mid_upload_asks_then_cancels_and_leaves_no_thread(qtbot, make_window, app_folder):
    engine = BackoffUpload(delay=60)
    window = make_window(upload_function=engine)
    fill_form(window)
    add_folders(qtbot, window, app_folder / "outputs" / "italy_galbani")
    window.upload_button.click()
    qtbot.waitUntil(engine.waiting.is_set)

    window.close()
    qtbot.waitUntil(lambda: _close_question(window) is not None)
    assert window.isVisible()
    question = _close_question(window)
    stop = next(b for b in question.buttons() if b.text() == "Stop and close")
    stop.click()

    qtbot.waitUntil(lambda: not window.isVisible(), timeout=2000)
    assert engine.cancel_seen.is_set()
    assert not window.controller.busy


def test_keep_uploading_leaves_the_run_going(qtbot, make_window, app_folder):
    engine = BackoffUpload(delay=60)
    window = make_window(upload_function=engine)
    fill_form(window)
    add_folders(qtbot, window, app_folder / "outputs" / "italy_galbani")
    window.upload_button.click()
    qtbot.waitUntil(engine.waiting.is_set)

    window.close()
    qtbot.waitUntil(lambda: _close_question(window) is not None)
    keep = next(b for b in _close_question(window).buttons() if b.text() == "Keep uploading")
    keep.click()

    assert window.isVisible()
    assert window.controller.busy
    assert not engine.cancel_seen.is_set()


def test_a_failed_run_shows_kind_sentence_next_step_and_copyable_details(
    qtbot, make_window, app_folder
):
    message = "The server refused the login."
    window = make_window(upload_function=FailingUpload(ErrorKind.AUTH_FAILED, message))
    fill_form(window)
    add_folders(qtbot, window, app_folder)

    upload_and_wait(qtbot, window)

    panel = window.error_panel
    assert panel.isVisible()
    assert "Authentication failed" in panel.title_label.text()
    assert panel.message_label.text() == message
    assert "IP restrictions" in panel.hint_label.text()
    panel.copy_button.click()
    copied = QApplication.clipboard().text()
    assert message in copied and "auth_failed" in copied and "127.0.0.1:22" in copied
    assert PASSWORD not in copied
    # An authentication failure would repeat for the next BU: the run stops at the first.
    assert window.bu_table.item(1, 5).text() == (
        "Not sent: the run stopped before this business unit"
    )


def test_a_bad_bu_name_is_refused_before_any_upload(qtbot, make_window, tmp_path):
    folder = tmp_path / "results"
    folder.mkdir()
    (folder / "Baseline_Table.xlsx").write_bytes(b"x")
    calls = []
    window = make_window(upload_function=lambda *a, **k: calls.append(a))
    fill_form(window)
    add_folders(qtbot, window, folder)

    window.upload_button.click()

    assert calls == []
    assert not window.controller.busy
    assert "Bad input" in window.error_panel.title_label.text()
    assert "italy_galbani" in window.error_panel.hint_label.text()


def test_unknown_host_key_is_asked_and_the_answer_reaches_the_engine(
    qtbot, make_window, app_folder
):
    answers = []
    info = HostKeyInfo(
        "127.0.0.1", 22, "ssh-ed25519", "SHA256:abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG"
    )

    def engine(job, server, credentials, events, cancel, **options):
        answers.append(options["confirm_host_key"](info))
        return quick_upload_one(job, server, credentials, events, cancel, **options)

    window = make_window(upload_function=one_by_one(engine))
    fill_form(window)
    add_folders(qtbot, window, app_folder / "outputs" / "italy_galbani")
    window.upload_button.click()

    dialog = None

    def dialog_open():
        nonlocal dialog
        dialog = window.findChild(object, "hostKeyDialog")
        return dialog is not None and dialog.isVisible()

    qtbot.waitUntil(dialog_open)
    assert info.fingerprint in dialog.findChild(object, "hostKeyText").text()
    dialog.trust_button.click()
    qtbot.waitUntil(lambda: not window.controller.busy)

    assert answers == [True]


def test_an_engine_crash_opens_the_crash_dialog(qtbot, make_window, app_folder):
    def engine(*args, **kwargs):
        raise RuntimeError(f"bug with password={PASSWORD}")

    window = make_window(upload_function=engine)
    fill_form(window)
    add_folders(qtbot, window, app_folder / "outputs" / "italy_galbani")

    upload_and_wait(qtbot, window)

    dialog = window.findChild(object, "crashDialog")
    assert dialog is not None and dialog.isVisible()
    details = dialog.details_view.toPlainText()
    assert "RuntimeError" in details
    assert PASSWORD not in details
    dialog.close()
