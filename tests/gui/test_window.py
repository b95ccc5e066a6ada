"""The window as tools and keyboard users see it: names, tab order, entry points, the
connection test, the crash dialog and remembered geometry."""

from __future__ import annotations

import sys

import pytest
from gui_helpers import PASSWORD, add_folders, fill_form
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QWidget

from desktop_uploader import credentials, paths
from desktop_uploader.app_settings import WindowSettings, save
from desktop_uploader.engine.errors import HINTS, ErrorKind
from desktop_uploader.engine.events import RemoteResolved, RunFailed, RunSummary
from desktop_uploader.engine.runner import ConnectionReport
from desktop_uploader.engine.settings import Secret
from desktop_uploader.gui import MainWindow, crash_dialog
from desktop_uploader.logging_setup import register_secret

NAMED = (
    "hostEdit",
    "portEdit",
    "userEdit",
    "passwordEdit",
    "remoteBaseEdit",
    "rememberPasswordCheck",
    "addFoldersButton",
    "uploadButton",
    "previewButton",
    "replacePolicyCombo",
    "cancelButton",
    "fileTable",
    "overallProgress",
    "logView",
)


def test_window_is_constructible_without_arguments(qtbot, memory_keyring):
    window = MainWindow()
    qtbot.addWidget(window)

    assert window.windowTitle().startswith("Desktop Uploader")


@pytest.mark.parametrize("name", NAMED)
def test_named_widgets_exist_and_have_accessible_names(make_window, name):
    window = make_window()

    widget = window.findChild(QWidget, name)

    assert widget is not None, name
    assert widget.accessibleName(), name


def test_tab_goes_through_the_fields_in_reading_order(qtbot, make_window, memory_keyring):
    # A stored password, so that Forget is enabled and takes its place in the order.
    credentials.store_password("analyst", "127.0.0.1", 22, Secret(PASSWORD))
    save(WindowSettings(host="127.0.0.1", username="analyst", remember_password=True))
    window = make_window()
    with qtbot.waitActive(window):
        window.activateWindow()
    window.form.host_edit.setFocus()
    order = []
    for _ in range(11):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        order.append(QApplication.focusWidget().objectName())

    # The key file's fields are hidden while the password is the login method.
    assert order == [
        "portEdit",
        "userEdit",
        "remoteBaseEdit",
        "hostKeyFingerprintEdit",
        "loginMethodCombo",
        "passwordEdit",
        "replacePolicyCombo",
        "rememberPasswordCheck",
        "forgetPasswordButton",
        "testConnectionButton",
        "addFoldersButton",
    ]


def test_window_keeps_its_size_between_sessions(qtbot, make_window):
    window = make_window()
    window.resize(800, 640)
    window.close()

    again = make_window()

    assert (again.width(), again.height()) == (800, 640)


def test_test_connection_shows_each_bu_found_or_not(qtbot, make_window, app_folder):
    def check(server, creds, bus, cancel, *, confirm_host_key=None):
        found = RemoteResolved("italy_galbani", "/data/italy/italy_galbani", "o", "l", ())
        return ConnectionReport("aes256-ctr", (found,), (("france_president", "not there"),))

    window = make_window(check_function=check)
    fill_form(window)
    add_folders(qtbot, window, app_folder)

    with qtbot.waitSignal(window.controller.running_changed):
        window.form.test_button.click()
    qtbot.waitUntil(lambda: not window.controller.busy)

    statuses = {
        name: window.bu_table.item(row, 5).text()
        for row, (name, _) in enumerate(window.bu_table.entries())
    }
    assert statuses["italy_galbani"] == "Found: /data/italy/italy_galbani"
    assert statuses["france_president"].startswith("Not found on the server")


def test_a_failed_connection_test_shows_the_hint(qtbot, make_window, app_folder):
    failure = RunFailed(
        ErrorKind.HOST_KEY_CHANGED,
        "The server presented a different key.",
        HINTS[ErrorKind.HOST_KEY_CHANGED],
        RunSummary("", None),
    )

    def check(*args, **kwargs):
        return ConnectionReport(failure=failure)

    window = make_window(check_function=check)
    fill_form(window)
    with qtbot.waitSignal(window.controller.running_changed):
        window.form.test_button.click()
    qtbot.waitUntil(lambda: not window.controller.busy)

    assert "Server key changed" in window.error_panel.title_label.text()
    assert "may be an attack" in window.error_panel.hint_label.text()


def _crash_dialogs() -> list:
    return [w for w in QApplication.topLevelWidgets() if w.objectName() == "crashDialog"]


def test_uncaught_exception_opens_the_crash_dialog_with_the_log_folder(qtbot, memory_keyring):
    register_secret(PASSWORD)
    before = set(_crash_dialogs())
    try:
        raise ValueError(f"boom {PASSWORD}")
    except ValueError:
        crash_dialog.excepthook(*sys.exc_info())

    # An earlier test's dialog may still be a top-level widget: look at the new one.
    (dialog,) = set(_crash_dialogs()) - before
    assert dialog.isVisible()
    texts = " ".join(label.text() for label in dialog.findChildren(QLabel))
    assert str(paths.log_dir()) in texts
    assert "ValueError" in dialog.details_view.toPlainText()
    assert PASSWORD not in dialog.details_view.toPlainText()
    dialog.close()
