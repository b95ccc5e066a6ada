"""Passwords: remembered in the keyring after a login, filled in at the next start,
forgotten on request, and with no keyring backend asked for each session. Never in the
settings file."""

from __future__ import annotations

from gui_helpers import (
    PASSWORD,
    add_folders,
    fill_form,
    one_by_one,
    quick_upload,
    quick_upload_one,
    upload_and_wait,
)

from desktop_uploader import credentials, paths
from desktop_uploader.app_settings import WindowSettings, load, save
from desktop_uploader.gui.file_table import DONE


def _entry() -> tuple[str, str]:
    return (credentials.SERVICE_NAME, credentials.entry_name("analyst", "127.0.0.1", 22))


def test_remembered_password_is_stored_after_login_and_filled_in_next_time(
    qtbot, make_window, memory_keyring, app_folder
):
    window = make_window(upload_function=quick_upload)
    fill_form(window)
    window.form.remember_password_check.setChecked(True)
    add_folders(qtbot, window, app_folder)

    upload_and_wait(qtbot, window)
    window.close()

    assert memory_keyring.passwords[_entry()] == PASSWORD
    again = make_window()
    assert again.form.password_edit.text() == PASSWORD
    assert again.form.remember_password_check.isChecked()


def test_password_is_not_stored_when_remember_is_off(
    qtbot, make_window, memory_keyring, app_folder
):
    window = make_window(upload_function=quick_upload)
    fill_form(window)
    add_folders(qtbot, window, app_folder)

    upload_and_wait(qtbot, window)

    assert memory_keyring.passwords == {}


def test_forget_deletes_the_stored_password(qtbot, make_window, memory_keyring):
    memory_keyring.passwords[_entry()] = PASSWORD
    save(WindowSettings(host="127.0.0.1", username="analyst", remember_password=True))
    window = make_window()
    assert window.form.password_edit.text() == PASSWORD

    window.form.forget_password_button.click()

    assert memory_keyring.passwords == {}
    assert not window.form.remember_password_check.isChecked()
    assert "deleted" in window.notice_label.text()


def test_without_a_keyring_the_window_says_so_and_the_typed_password_works(
    qtbot, make_window, fail_keyring, app_folder
):
    received = []

    def engine(job, server, creds, *args, **kwargs):
        received.append(creds.password.reveal())
        return quick_upload_one(job, server, creds, *args, **kwargs)

    window = make_window(upload_function=one_by_one(engine))
    assert window.notice_label.isVisible()
    assert window.notice_label.text().startswith(window.form.no_keyring_notice())
    assert not window.form.remember_password_check.isEnabled()
    fill_form(window)
    add_folders(qtbot, window, app_folder / "outputs" / "italy_galbani")

    upload_and_wait(qtbot, window)

    assert received == [PASSWORD]
    assert window.file_model.count(DONE) == 3


def test_the_settings_file_never_holds_the_password(qtbot, make_window, app_folder):
    window = make_window(upload_function=quick_upload)
    fill_form(window)
    window.form.remember_password_check.setChecked(True)
    add_folders(qtbot, window, app_folder)
    upload_and_wait(qtbot, window)

    window.close()

    text = paths.settings_file().read_text(encoding="utf-8")
    assert '"host": "127.0.0.1"' in text
    assert PASSWORD not in text
    for file in paths.config_dir().parent.rglob("*"):
        if file.is_file():
            assert PASSWORD.encode() not in file.read_bytes(), file


def test_forget_unticks_remember_for_good_and_disables_itself(qtbot, make_window, memory_keyring):
    memory_keyring.passwords[_entry()] = PASSWORD
    save(WindowSettings(host="127.0.0.1", username="analyst", remember_password=True))
    window = make_window()
    assert window.form.forget_password_button.isEnabled()

    window.form.forget_password_button.click()

    assert not window.form.remember_password_check.isChecked()
    assert not window.form.forget_password_button.isEnabled()
    # Saved at once, not only when the window closes: the next start must not remember.
    assert not load().settings.remember_password
    again = make_window()
    assert not again.form.remember_password_check.isChecked()
    assert again.form.password_edit.text() == ""


def test_forget_is_offered_only_while_something_is_stored_for_the_login_shown(
    qtbot, make_window, memory_keyring, app_folder
):
    memory_keyring.passwords[_entry()] = PASSWORD
    window = make_window(upload_function=quick_upload)
    forget = window.form.forget_password_button
    assert not forget.isEnabled()

    fill_form(window, user="analyst")
    qtbot.waitUntil(forget.isEnabled)
    window.form.user_edit.setText("somebody_else")
    qtbot.waitUntil(lambda: not forget.isEnabled())

    window.form.remember_password_check.setChecked(True)
    add_folders(qtbot, window, app_folder)
    upload_and_wait(qtbot, window)
    # The login worked and the password was stored: now there is something to forget.
    assert forget.isEnabled()
