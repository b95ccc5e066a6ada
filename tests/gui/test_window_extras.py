"""The window's menus: IT profiles (import by menu or drop, choose, lock), the History
window, the diagnostic report and the log folder."""

from __future__ import annotations

import zipfile

import pytest
from gui_helpers import PASSWORD, add_folders, fill_form, quick_upload, upload_and_wait
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication

from desktop_uploader import history, paths

PIN = "SHA256:" + "D" * 43


def _profile(tmp_path, name="Production", *, locked='["host", "port", "remote_base"]', extra=""):
    path = tmp_path / f"{name.lower()}.toml"
    path.write_text(
        f'name = "{name}"\nhost = "sftp.{name.lower()}.example.com"\nport = 2222\n'
        f'remote_base = "/srv/in"\nhost_key_fingerprint = "{PIN}"\n'
        f'skip_patterns = ["*.bak"]\nlocked = {locked}\n{extra}',
        encoding="utf-8",
    )
    return path


def _drop(window, *paths) -> None:
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    action, buttons = Qt.DropAction.CopyAction, Qt.MouseButton.LeftButton
    modifiers = Qt.KeyboardModifier.NoModifier
    enter = QDragEnterEvent(QPoint(50, 50), action, data, buttons, modifiers)
    QApplication.sendEvent(window, enter)
    assert enter.isAccepted()
    QApplication.sendEvent(window, QDropEvent(QPointF(50, 50), action, data, buttons, modifiers))


def test_an_imported_profile_fills_the_form_and_locks_its_fields(make_window, tmp_path):
    window = make_window()
    window.form.user_edit.setText("typed_user")

    window.extras.import_profiles([_profile(tmp_path)])

    form = window.form
    assert window.extras.picker.current_name() == "Production"
    assert (form.host_edit.text(), form.port_edit.text()) == ("sftp.production.example.com", "2222")
    assert form.remote_base_edit.text() == "/srv/in" and form.fingerprint_edit.text() == PIN
    assert form.user_edit.text() == "typed_user"  # the profile names no user
    assert form.host_edit.isReadOnly() and form.port_edit.isReadOnly()
    assert form.remote_base_edit.isReadOnly()
    assert not form.user_edit.isReadOnly() and not form.fingerprint_edit.isReadOnly()
    assert "Production" in form.host_edit.toolTip()
    assert "imported and chosen" in window.notice_label.text()
    assert window.controller.skip_patterns == ("*.bak",)
    assert form.server_settings().host_key_fingerprint == PIN

    window.extras.picker.select("")  # None: type the server yourself

    assert window.extras.picker.combo.currentText() == "None: type the server yourself"
    assert not any(edit.isReadOnly() for edit in form.edits())
    assert "SHA256" in form.fingerprint_edit.toolTip()  # the form's own tip is back


def test_dropping_a_profile_file_imports_it_and_folders_still_scan(
    qtbot, make_window, tmp_path, app_folder
):
    window = make_window()
    with qtbot.waitSignal(window.folders_scanned, timeout=5000):
        _drop(window, _profile(tmp_path, "Test"), app_folder)

    assert window.extras.picker.current_name() == "Test"
    assert sorted(name for name, _ in window.bu_table.entries()) == [
        "france_president",
        "italy_galbani",
    ]


def test_a_bad_profile_says_which_field_and_changes_nothing(make_window, tmp_path):
    window = make_window()
    bad = tmp_path / "bad.toml"
    bad.write_text('name = "X"\nhost = "h"\nport = "twenty-two"\n', encoding="utf-8")

    _drop(window, bad)

    assert "'port'" in window.notice_label.text()
    assert window.extras.picker.current() is None
    assert window.extras.picker.combo.count() == 1


def test_several_profiles_coexist_and_the_choice_survives_a_restart(make_window, tmp_path):
    settings = tmp_path / "settings.json"
    window = make_window(settings_path=settings)
    window.extras.import_profiles([_profile(tmp_path, "Production"), _profile(tmp_path, "Test")])
    window.extras.picker.select("Production")
    window.close()

    again = make_window(settings_path=settings)

    assert again.extras.picker.combo.count() == 3
    assert again.extras.picker.current_name() == "Production"
    assert again.form.host_edit.isReadOnly()
    assert again.form.host_edit.text() == "sftp.production.example.com"


def test_an_upload_from_the_window_is_recorded_and_shown_in_history(
    qtbot, make_window, app_folder, tmp_path
):
    window = make_window(upload_function=quick_upload)
    fill_form(window)
    add_folders(qtbot, window, app_folder)
    upload_and_wait(qtbot, window)

    dialog = window.extras.show_history()

    runs = history.HistoryStore().recent_runs()
    assert sorted(run.bu for run in runs) == ["france_president", "italy_galbani"]
    assert {run.face for run in runs} == {"gui"} and runs[0].sftp_user == "analyst"
    assert dialog.runs_table.rowCount() == 2
    dialog.bu_combo.setCurrentIndex(dialog.bu_combo.findData("italy_galbani"))
    assert dialog.runs_table.rowCount() == 1
    names = [dialog.files_table.item(r, 2).text() for r in range(dialog.files_table.rowCount())]
    assert "Baseline_Table.xlsx" in names and "~$Baseline_Table.xlsx" in names
    out = tmp_path / "export.csv"
    assert dialog.export_to(out)
    assert "italy_galbani" in out.read_text("utf-8-sig")
    assert "Exported" in dialog.status_label.text()


def test_history_dates_filter_out_older_runs(make_window, qtbot):
    window = make_window()
    dialog = window.extras.show_history()
    assert dialog.runs_table.rowCount() == 0 and "0 recorded runs" in dialog.status_label.text()
    dialog.since_edit.setDate(dialog.until_edit.date().addDays(1))
    assert dialog.runs_table.rowCount() == 0


def test_the_report_from_the_window_holds_no_typed_password(make_window, tmp_path):
    window = make_window()
    fill_form(window)
    (paths.log_dir() / "20240506-093000-gui.log").write_text(f"leak {PASSWORD}\n")
    out = tmp_path / "report.zip"

    assert window.extras.save_report(out)

    with zipfile.ZipFile(out) as archive:
        data = b"".join(archive.read(name) for name in archive.namelist())
    assert PASSWORD.encode() not in data and b"leak ***" in data
    assert "holds no password" in window.notice_label.text()


def test_open_log_folder_opens_the_platform_log_folder(make_window):
    window = make_window()
    opened = []
    window.extras.open_url = lambda url: opened.append(url.toLocalFile()) or True

    window.extras.log_folder_action.trigger()

    assert opened == [str(paths.log_dir())]


def test_the_menus_hold_the_profile_history_report_and_log_actions(make_window):
    window = make_window()
    texts = [a.text() for menu in window.menuBar().actions() for a in menu.menu().actions()]
    for wanted in ("&Import profile…", "Upload &history…", "Open &log folder"):
        assert wanted in texts
    assert "Save &diagnostic report…" in texts


@pytest.mark.sshd
def test_a_pinned_profile_refuses_the_real_server_with_another_key(
    qtbot, make_window, gui_sshd, tmp_path, app_folder
):
    gui_sshd.reset_remote_tree()
    profile = tmp_path / "pinned.toml"
    profile.write_text(
        f'name = "Pinned"\nhost = "127.0.0.1"\nport = {gui_sshd.port}\n'
        f'username = "{gui_sshd.username}"\nhost_key_fingerprint = "{PIN}"\n'
        'locked = ["host", "port", "host_key_fingerprint"]\n',
        encoding="utf-8",
    )
    window = make_window()
    window.extras.import_profiles([profile])
    window.form.password_edit.setText(gui_sshd.password)
    add_folders(qtbot, window, app_folder / "outputs" / "italy_galbani")

    upload_and_wait(qtbot, window, timeout=30_000)

    assert window.error_panel.isVisible()
    assert "Server key not the expected one" in window.error_panel.title_label.text()
    assert PIN in window.error_panel.message_label.text()
    assert gui_sshd.remote_files() == {}
