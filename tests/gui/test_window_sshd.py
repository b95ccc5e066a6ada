"""The window against the real loopback OpenSSH server: a full upload ends with
byte-identical files and every row done, a cut connection shows the countdown, and the
preview shows in place what the next upload does."""

from __future__ import annotations

import hashlib
import os

import pytest
from gui_helpers import add_folders, fill_form, make_bu
from PySide6.QtWidgets import QDialog
from support.fault_proxy import FaultProxy

from desktop_uploader.engine import RetryPolicy
from desktop_uploader.engine.replace_policy import UNCHANGED_REASON
from desktop_uploader.gui.file_table import DONE, SKIPPED

pytestmark = pytest.mark.sshd

BU = "italy_galbani"
# internal-sftp's log words for the requests that change the server.
_CHANGING = ("mkdir", "rmdir", "remove", "rename", "posix-rename", "set ", "symlink")


def _sample(tmp_path) -> tuple:
    outputs = {
        "Baseline_Table.xlsx": os.urandom(3_000_000),
        "Promotion_Level_Table.xlsx": os.urandom(200_000),
        "~$Baseline_Table.xlsx": b"owner",
    }
    logs = {"pipeline_20240101.log": b"step ok\n" * 500}
    return make_bu(tmp_path / "app", BU, outputs, logs), outputs, logs


def _trust_host_key_when_asked(qtbot, window) -> None:
    def asked() -> bool:
        dialog = window.findChild(QDialog, "hostKeyDialog")
        return dialog is not None and dialog.isVisible()

    qtbot.waitUntil(asked, timeout=15_000)
    dialog = window.findChild(QDialog, "hostKeyDialog")
    assert dialog.findChild(object, "hostKeyText").text().count("SHA256:") == 1
    dialog.trust_button.click()


def _run(qtbot, window, timeout=60_000) -> None:
    with qtbot.waitSignal(window.controller.running_changed, timeout=5000):
        window.upload_button.click()
    _trust_host_key_when_asked(qtbot, window)
    qtbot.waitUntil(lambda: not window.controller.busy, timeout=timeout)


def test_upload_through_the_window_gives_byte_identical_files(
    qtbot, make_window, gui_sshd, tmp_path
):
    gui_sshd.reset_remote_tree()
    outputs_dir, outputs, logs = _sample(tmp_path)
    window = make_window()
    fill_form(window, port=gui_sshd.port, user=gui_sshd.username, password=gui_sshd.password)
    add_folders(qtbot, window, outputs_dir)

    _run(qtbot, window)

    assert not window.error_panel.isVisible(), window.error_panel.details()
    assert window.file_model.count(DONE) == 3
    assert window.file_model.count(SKIPPED) == 1
    for folder, files in (("outputs", outputs), ("logs", logs)):
        for name, data in files.items():
            if name.startswith("~$"):
                continue
            remote = f"italy/{BU}/{folder}/{name}"
            assert gui_sshd.remote_sha256(remote) == hashlib.sha256(data).hexdigest()
    assert window.progress.overall_progress.value() == 1000
    assert window.bu_table.item(0, 5).text().startswith("Done: 3 files uploaded")


def test_a_cut_connection_shows_the_retry_countdown_then_finishes(
    qtbot, make_window, gui_sshd, tmp_path
):
    gui_sshd.reset_remote_tree()
    outputs_dir, outputs, _ = _sample(tmp_path)
    with FaultProxy(gui_sshd.port, mode="cut", after_bytes=1_000_000) as proxy:
        policy = RetryPolicy(max_attempts=3, base_delay=2.0, max_delay=2.0)
        window = make_window(policy=policy)
        fill_form(window, port=proxy.port, user=gui_sshd.username, password=gui_sshd.password)
        add_folders(qtbot, window, outputs_dir)
        label = window.progress.status_label
        seen = []

        def counting_down() -> bool:
            if "retrying in" in label.text():
                seen.append(label.text())
            return bool(seen)

        with qtbot.waitSignal(window.controller.running_changed, timeout=5000):
            window.upload_button.click()
        _trust_host_key_when_asked(qtbot, window)
        qtbot.waitUntil(counting_down, timeout=30_000)
        qtbot.waitUntil(lambda: not window.controller.busy, timeout=60_000)

    assert seen[0].startswith("Connection lost, retrying in 2 s, attempt 2 of 3")
    assert window.file_model.count(DONE) == 3
    data = outputs["Baseline_Table.xlsx"]
    remote = gui_sshd.remote_sha256(f"italy/{BU}/outputs/Baseline_Table.xlsx")
    assert remote == hashlib.sha256(data).hexdigest()


def _preview(qtbot, window) -> None:
    with qtbot.waitSignal(window.controller.running_changed, timeout=5000):
        window.preview_button.click()
    qtbot.waitUntil(lambda: not window.controller.busy, timeout=30_000)


def _file_states(window) -> dict[str, tuple[str, str]]:
    model = window.file_model
    rows = (model.row(n) for n in range(model.rowCount()))
    return {f"{row.file.folder}/{row.file.name}": (row.status, row.detail) for row in rows}


def test_preview_shows_in_place_what_the_next_upload_then_does(
    qtbot, make_window, gui_sshd, tmp_path
):
    gui_sshd.reset_remote_tree()
    outputs_dir, _, _ = _sample(tmp_path)
    window = make_window()
    fill_form(window, port=gui_sshd.port, user=gui_sshd.username, password=gui_sshd.password)
    add_folders(qtbot, window, outputs_dir)
    combo = window.form.replace_combo
    combo.setCurrentIndex(combo.findData("when_changed"))
    _run(qtbot, window)
    touched = outputs_dir / "Promotion_Level_Table.xlsx"
    later = touched.stat().st_mtime_ns + 120 * 10**9
    os.utime(touched, ns=(later, later))
    before = gui_sshd.remote_files()
    mark = len(gui_sshd.sftp_log_lines())

    _preview(qtbot, window)

    assert not window.error_panel.isVisible(), window.error_panel.details()
    previewed = _file_states(window)
    assert previewed["outputs/Promotion_Level_Table.xlsx"][0] == "Replaces"
    for unchanged in ("outputs/Baseline_Table.xlsx", "logs/pipeline_20240101.log"):
        assert previewed[unchanged] == (SKIPPED, previewed[unchanged][1])
        assert previewed[unchanged][1].startswith(UNCHANGED_REASON)
    assert previewed["outputs/~$Baseline_Table.xlsx"][0] == SKIPPED
    remote_dir = f"/data/to/startflow/italy/{BU}"
    status = window.bu_table.item(0, 5).text()
    assert status == f"To {remote_dir}: 1 to replace, 2 unchanged, not sent, 1 skipped"
    assert "Preview ready: 1 to send." in window.progress.status_label.text()
    # The preview only looked: no write, attribute change, rename or folder on the server.
    qtbot.waitUntil(lambda: "session closed" in "".join(gui_sshd.sftp_log_lines()[mark:]))
    changes = [
        line
        for line in gui_sshd.sftp_log_lines()[mark:]
        if ("WRITE" in line and line.startswith("open ")) or line.startswith(_CHANGING)
    ]
    assert changes == [] and gui_sshd.remote_files() == before

    with qtbot.waitSignal(window.controller.running_changed, timeout=5000):
        window.upload_button.click()
    qtbot.waitUntil(lambda: not window.controller.busy, timeout=60_000)

    uploaded = _file_states(window)
    for key, (state, _) in previewed.items():
        assert (uploaded[key][0] == DONE) == (state != SKIPPED), key
    assert window.bu_table.item(0, 5).text() == (
        f"Done: 1 file uploaded to {remote_dir}, 2 not sent: {UNCHANGED_REASON}, 1 skipped"
    )
