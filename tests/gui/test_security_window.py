"""The window's security behaviour: the unknown-key question, a changed key refused
without any override, the pinned fingerprint, the login method selector, a folder of
hostile names, and no secret in anything the window shows or writes."""

from __future__ import annotations

import secrets
import sys
from pathlib import Path

import pytest
from gui_helpers import (
    add_folders,
    fill_form,
    make_bu,
    one_by_one,
    quick_upload,
    quick_upload_one,
    upload_and_wait,
)
from PySide6.QtWidgets import QApplication, QDialog, QPushButton

from desktop_uploader import app_settings, credentials, logging_setup, paths
from desktop_uploader.engine.host_keys import fingerprint
from desktop_uploader.gui import crash_dialog
from desktop_uploader.gui.file_table import DONE, SKIPPED

BU = "italy_galbani"


def _sample(tmp_path: Path) -> Path:
    return make_bu(tmp_path / "app", BU, {"Summary.xlsx": b"summary"}, {})


def _stranger_line(server, tmp_path: Path) -> str:
    import subprocess

    import paramiko

    path = tmp_path / "stranger"
    subprocess.run(["ssh-keygen", "-q", "-t", "ed25519", "-N", "", "-f", str(path)], check=True)
    key = paramiko.PKey.from_path(path)
    return f"{server.known_hosts_name} {key.get_name()} {key.get_base64()}\n"


def _host_key_dialog(window):
    dialog = window.findChild(QDialog, "hostKeyDialog")
    return dialog if dialog is not None and dialog.isVisible() else None


def _start_real_upload(qtbot, window, server, tmp_path, password=None):
    server.reset_remote_tree()
    fill_form(window, port=server.port, user=server.username, password=password or server.password)
    add_folders(qtbot, window, _sample(tmp_path))
    with qtbot.waitSignal(window.controller.running_changed, timeout=5000):
        window.upload_button.click()


# ----- host keys, against the real sshd --------------------------------------------------


@pytest.mark.sshd
def test_the_unknown_key_dialog_shows_type_and_fingerprint_and_refusing_sends_nothing(
    qtbot, make_window, gui_sshd, tmp_path
):
    window = make_window()
    mark = gui_sshd.log_mark()
    _start_real_upload(qtbot, window, gui_sshd, tmp_path)
    qtbot.waitUntil(lambda: _host_key_dialog(window) is not None, timeout=15_000)
    dialog = _host_key_dialog(window)
    text = dialog.findChild(object, "hostKeyText").text()

    assert "ssh-ed25519" in text and fingerprint(gui_sshd.host_key) in text
    assert dialog.cancel_button.isDefault()  # Enter refuses
    assert gui_sshd.username not in gui_sshd.log_text(since=mark)
    dialog.cancel_button.click()
    qtbot.waitUntil(lambda: not window.controller.busy, timeout=15_000)

    assert window.error_panel.title_label.text().endswith("Unknown server key</b>")
    assert not paths.app_known_hosts_file().exists()
    assert gui_sshd.username not in gui_sshd.log_text(since=mark)


@pytest.mark.sshd
def test_a_changed_key_is_refused_loudly_with_no_way_to_accept_it(
    qtbot, make_window, gui_sshd, tmp_path
):
    known = paths.app_known_hosts_file()
    known.write_text(_stranger_line(gui_sshd, tmp_path))
    before = known.read_text()
    window = make_window()
    mark = gui_sshd.log_mark()

    _start_real_upload(qtbot, window, gui_sshd, tmp_path)
    qtbot.waitUntil(lambda: not window.controller.busy, timeout=15_000)

    panel = window.error_panel
    assert panel.isVisible() and "Server key changed" in panel.title_label.text()
    assert "intercepting" in panel.message_label.text()
    assert "call IT" in panel.hint_label.text()
    buttons = [b.objectName() for b in panel.findChildren(QPushButton)]
    assert buttons == ["copyDetailsButton"]  # no override, no "trust anyway"
    assert "asking" not in window.log_view.toPlainText()  # the question never came up
    assert known.read_text() == before
    assert gui_sshd.username not in gui_sshd.log_text(since=mark)


@pytest.mark.sshd
def test_a_pinned_fingerprint_trusts_without_asking_and_is_remembered(
    qtbot, make_window, gui_sshd, tmp_path
):
    window = make_window()
    window.form.fingerprint_edit.setText(fingerprint(gui_sshd.host_key))

    _start_real_upload(qtbot, window, gui_sshd, tmp_path)
    qtbot.waitUntil(lambda: not window.controller.busy, timeout=15_000)
    window.close()

    assert not window.error_panel.isVisible(), window.error_panel.details()
    assert window.file_model.count(DONE) == 1
    assert gui_sshd.known_hosts_line in paths.app_known_hosts_file().read_text()
    saved = app_settings.load().settings
    assert saved.host_key_fingerprint == fingerprint(gui_sshd.host_key)
    assert make_window().form.fingerprint_edit.text() == fingerprint(gui_sshd.host_key)


def test_a_malformed_pin_is_bad_input_before_any_work(qtbot, make_window, app_folder):
    calls = []
    window = make_window(upload_function=lambda *a, **k: calls.append(a))
    fill_form(window)
    window.form.fingerprint_edit.setText("MD5:16:27:ac")
    add_folders(qtbot, window, app_folder)

    window.upload_button.click()

    assert "not a SHA256 fingerprint" in window.error_panel.message_label.text()
    assert calls == [] and not window.controller.busy


# ----- login methods ---------------------------------------------------------------------


class _Capture:
    """A fake engine that records the credentials it was given, then uploads."""

    def __init__(self) -> None:
        self.credentials = []

    def __call__(self, jobs, *args, **options):
        return one_by_one(self.upload_one)(jobs, *args, **options)

    def upload_one(self, job, server, creds, events, cancel, **options):
        self.credentials.append(creds)
        return quick_upload_one(job, server, creds, events, cancel, **options)


def test_only_the_chosen_login_method_reaches_the_engine(
    qtbot, make_window, app_folder, memory_keyring, tmp_path
):
    engine = _Capture()
    window = make_window(upload_function=engine)
    fill_form(window)
    add_folders(qtbot, window, app_folder / "outputs" / BU)
    key = tmp_path / "id_ed25519"
    key.write_text("not read by the fake engine")

    window.form.login.set_method("key_file")
    assert window.form.login.pages.currentWidget() is window.form.login.key_page
    window.form.login.key_file_edit.setText(str(key))
    window.form.login.passphrase_edit.setText("pass phrase")
    upload_and_wait(qtbot, window)
    window.form.login.set_method("agent")
    upload_and_wait(qtbot, window)

    by_key, by_agent = engine.credentials
    assert (by_key.key_file, by_key.passphrase.reveal()) == (key, "pass phrase")
    assert by_key.password is None and not by_key.use_agent
    assert by_agent.use_agent and by_agent.password is None and by_agent.key_file is None


def test_an_empty_key_file_is_bad_input(qtbot, make_window, app_folder):
    engine = _Capture()
    window = make_window(upload_function=engine)
    fill_form(window)
    add_folders(qtbot, window, app_folder / "outputs" / BU)
    window.form.login.set_method("key_file")

    window.upload_button.click()

    assert "No private key file" in window.error_panel.message_label.text()
    assert engine.credentials == []


def test_the_passphrase_is_kept_in_the_keyring_only_when_asked(
    qtbot, make_window, app_folder, memory_keyring, tmp_path
):
    key = tmp_path / "id_ecdsa"
    key.write_text("key")
    window = make_window(upload_function=quick_upload)
    fill_form(window)
    add_folders(qtbot, window, app_folder / "outputs" / BU)
    login = window.form.login
    login.set_method("key_file")
    login.key_file_edit.setText(str(key))
    login.passphrase_edit.setText("kept secret")
    login.remember_passphrase_check.setChecked(True)

    upload_and_wait(qtbot, window)
    window.close()

    entry = (credentials.SERVICE_NAME, credentials.passphrase_entry_name(key))
    assert memory_keyring.passwords == {entry: "kept secret"}
    settings_text = paths.settings_file().read_text()
    assert "kept secret" not in settings_text and '"login_method": "key_file"' in settings_text
    again = make_window()
    assert again.form.login.method() == "key_file"
    assert again.form.login.passphrase_edit.text() == "kept secret"


# ----- hostile folders -------------------------------------------------------------------


def test_the_folder_scan_shows_hostile_names_escaped_and_skipped(qtbot, make_window, tmp_path):
    import os

    outputs = make_bu(tmp_path / "app", BU, {"Summary.xlsx": b"s", "new\nline.xlsx": b"n"}, {})
    (outputs / "link.xlsx").symlink_to("/etc/passwd")
    os.mkfifo(outputs / "pipe.xlsx")
    os.close(os.open(os.fsencode(outputs) + b"/bad\xff.xlsx", os.O_CREAT | os.O_WRONLY))
    window = make_window(upload_function=quick_upload)
    fill_form(window)

    add_folders(qtbot, window, outputs)
    upload_and_wait(qtbot, window)

    assert window.file_model.count(DONE) == 1
    assert window.file_model.count(SKIPPED) == 4
    shown = [
        window.file_model.index(row, column).data()
        for row in range(window.file_model.rowCount())
        for column in range(window.file_model.columnCount())
    ]
    assert "bad\\xff.xlsx" in shown and "new\\nline.xlsx" in shown


# ----- secrets in what the window shows and writes ----------------------------------------


@pytest.mark.sshd
def test_no_secret_in_anything_the_window_shows_or_writes(
    qtbot, make_window, gui_sshd, tmp_path, memory_keyring
):
    wrong = "Wr0ng-window-canary-" + secrets.token_hex(6)
    logging_setup.start_run_log("gui", debug_paramiko=True)
    gui_sshd.write_known_hosts(paths.app_known_hosts_file())
    window = make_window()
    window.form.remember_password_check.setChecked(True)

    _start_real_upload(qtbot, window, gui_sshd, tmp_path, password=wrong)
    qtbot.waitUntil(lambda: not window.controller.busy, timeout=15_000)
    failure = window.error_panel.details()
    window.form.password_edit.setText(gui_sshd.password)
    with qtbot.waitSignal(window.controller.running_changed, timeout=5000):
        window.upload_button.click()
    qtbot.waitUntil(lambda: not window.controller.busy, timeout=15_000)
    try:
        raise RuntimeError(f"boom while using password={gui_sshd.password} and {wrong}")
    except RuntimeError:
        crash_dialog.excepthook(*sys.exc_info())
    crash = crash_dialog._open_dialogs[-1]
    qtbot.addWidget(crash)  # deleted at the end: no hidden dialog left for other tests
    crash_text = crash.details_view.toPlainText()
    crash.close()
    window.close()

    assert "Authentication failed" in failure and window.file_model.count(DONE) == 1
    assert "boom while using" in crash_text
    assert memory_keyring.passwords  # the keyring is the one place a password may live
    shown = [failure, crash_text, window.log_view.toPlainText(), window.error_panel.details()]
    roots = [Path(paths.config_dir()).parent, Path.home()]
    files = [p for root in roots for p in root.rglob("*") if p.is_file()]
    assert any(p.suffix == ".log" for p in files)
    for secret in (gui_sshd.password, wrong):
        assert not [text for text in shown if secret in text]
        assert not [p for p in files if secret.encode() in p.read_bytes()]


def test_enter_in_the_host_key_dialog_refuses(qtbot):
    from PySide6.QtCore import Qt

    from desktop_uploader.engine.host_keys import HostKeyInfo
    from desktop_uploader.gui.host_key_dialog import HostKeyDialog

    dialog = HostKeyDialog(HostKeyInfo("127.0.0.1", 2222, "ssh-ed25519", "SHA256:" + "A" * 43))
    qtbot.addWidget(dialog)
    with qtbot.waitExposed(dialog):
        dialog.show()
    dialog.activateWindow()
    with qtbot.waitSignal(dialog.finished) as finished:
        qtbot.keyClick(QApplication.focusWidget() or dialog, Qt.Key.Key_Return)

    assert finished.args == [QDialog.DialogCode.Rejected.value]
