"""Field cases C05, C12 and C14 of the handed cases, against a real OpenSSH server."""

from __future__ import annotations

import os
import threading

import pytest
from support.sshd import SshdServer
from upload_helpers import Recorder, make_app, server_settings, statuses, upload

from desktop_uploader.engine import ErrorKind, UploadJob
from desktop_uploader.engine import events as ev

SFTP_SERVER = "/usr/lib/openssh/sftp-server"


class _ChattyLoginServer(SshdServer):
    """No chroot, and a login that prints a greeting before starting sftp-server (C05)."""

    def config_text(self) -> str:
        text = super().config_text()
        head, _, _ = text.partition(f"Match User {self.username}")
        return head + (
            f"Match User {self.username}\n"
            f"  ForceCommand echo 'Welcome to the data server'; exec {SFTP_SERVER}\n"
        )


@pytest.mark.skipif(not os.path.exists(SFTP_SERVER), reason="needs OpenSSH's sftp-server")
def test_c05_login_script_output_is_a_permanent_server_problem(sshd_user, tmp_path, fail_keyring):
    app = make_app(tmp_path)
    with _ChattyLoginServer(sshd_user) as server:
        result, recorder = upload(
            server, UploadJob.from_app_dir(app, "italy_galbani"), server_settings(server, tmp_path)
        )
    assert result.kind is ErrorKind.SERVER_INCOMPATIBLE
    assert "login script" in result.message
    assert "administrator" in result.hint
    # The field case allows a second attempt: now and then the channel closes on the
    # printed text before the garbage itself is read, which looks like a drop.
    assert len(recorder.of(ev.ConnectionStarted)) <= 2


C12_TREE = (
    ("italy", "root"),
    ("italy/italy__galbani", "user"),
    ("italy/italy__galbani/outputs", "user"),
    ("italy/italy__galbani/logs", "user"),
)


def test_c12a_the_variant_folder_is_used_without_any_mkdir(sshd_factory, tmp_path):
    server = sshd_factory(sftp_flags=("-P", "mkdir"), dirs=C12_TREE)
    app = make_app(tmp_path, logs={"a.log": b"log"})
    result, _ = upload(
        server, UploadJob.from_app_dir(app, "italy_galbani"), server_settings(server, tmp_path)
    )
    assert isinstance(result, ev.RunFinished), result
    assert server.list_remote("italy/italy__galbani/outputs") == ["Summary.xlsx"]
    assert server.list_remote("italy") == ["italy__galbani"]


def test_c12b_a_missing_country_stops_before_uploading_anywhere(sshd_server, tmp_path):
    app = make_app(tmp_path, bu="spain_madrid")
    result, recorder = upload(
        sshd_server,
        UploadJob.from_app_dir(app, "spain_madrid"),
        server_settings(sshd_server, tmp_path),
    )
    assert result.kind is ErrorKind.REMOTE_NOT_FOUND
    assert "/data/to/startflow/spain/spain_madrid/outputs" in result.message
    assert not recorder.of(ev.RetryScheduled)
    assert not any("Summary" in path for path in sshd_server.remote_files())


def test_c12c_existing_folders_answered_with_failure_are_reused(sshd_server, tmp_path):
    app = make_app(tmp_path)
    result, _ = upload(
        sshd_server,
        UploadJob.from_app_dir(app, "italy_galbani"),
        server_settings(sshd_server, tmp_path),
    )
    assert isinstance(result, ev.RunFinished)


def test_c14_a_vanished_file_fails_alone_and_the_rest_goes(sshd_server, tmp_path):
    app = make_app(tmp_path, files={"A.xlsx": b"a", "B.xlsx": b"b", "C.xlsx": b"c"})

    def remove_b(event):
        if event.file.name == "A.xlsx":
            (app / "outputs/italy_galbani/B.xlsx").unlink()

    recorder = Recorder(on={ev.FileStarted: remove_b})
    result, _ = upload(
        sshd_server,
        UploadJob.from_app_dir(app, "italy_galbani"),
        # One file at a time, so that B is still waiting when A starts.
        server_settings(sshd_server, tmp_path, parallel_files=1),
        recorder=recorder,
    )
    assert statuses(result) == {
        "outputs/A.xlsx": "verified",
        "outputs/B.xlsx": "failed",
        "outputs/C.xlsx": "verified",
    }
    failed = recorder.of(ev.FileFailed)[0]
    assert failed.kind is ErrorKind.LOCAL_FILE and "B.xlsx" in failed.message
    assert "Excel" in failed.hint


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads files whatever their mode")
def test_c14_an_unreadable_workbook_is_named_with_a_hint(sshd_server, tmp_path):
    app = make_app(tmp_path, files={"Baseline_Table.xlsx": b"b", "Promotion.xlsx": b"p"})
    (app / "outputs/italy_galbani/Baseline_Table.xlsx").chmod(0)
    result, recorder = upload(
        sshd_server,
        UploadJob.from_app_dir(app, "italy_galbani"),
        server_settings(sshd_server, tmp_path),
    )
    assert statuses(result)["outputs/Baseline_Table.xlsx"] == "failed"
    assert "Close Baseline_Table.xlsx" in recorder.of(ev.FileFailed)[0].hint


def test_c14_a_log_still_being_written_uploads_a_consistent_prefix(sshd_server, tmp_path):
    app = make_app(tmp_path, logs={"model.log": b"line 0\n" * 50_000, "run.log": b""})
    model_log = app / "logs/italy_galbani/model.log"
    started_size = model_log.stat().st_size
    stop = threading.Event()

    def keep_writing():
        with model_log.open("ab") as stream:
            while not stop.wait(0.01):
                stream.write(b"another line\n")
                stream.flush()

    writer = threading.Thread(target=keep_writing)
    writer.start()
    try:
        result, recorder = upload(
            sshd_server,
            UploadJob.from_app_dir(app, "italy_galbani"),
            server_settings(sshd_server, tmp_path),
        )
    finally:
        stop.set()
        writer.join()
    assert statuses(result)["logs/model.log"] == "verified"
    assert statuses(result)["logs/run.log"] == "verified"
    sent = sshd_server.read_remote("/data/to/startflow/italy/italy_galbani/logs/model.log")
    assert len(sent) >= started_size
    assert model_log.read_bytes().startswith(sent)
    assert all(p.bytes_done <= p.size for p in recorder.of(ev.FileProgress))
