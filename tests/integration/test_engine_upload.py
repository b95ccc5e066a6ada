"""The engine against a real OpenSSH server: what arrives, where, and how errors end."""

from __future__ import annotations

import paramiko
from upload_helpers import (
    make_app,
    random_bytes,
    server_settings,
    sha256,
    statuses,
    upload,
)

from desktop_uploader.engine import ErrorKind, RetryPolicy, UploadJob
from desktop_uploader.engine import events as ev

BASE = "/data/to/startflow/italy/italy_galbani"


def test_outputs_and_logs_arrive_byte_identical(sshd_server, tmp_path):
    files = {
        "Baseline_Table.xlsx": random_bytes(2_000_000),
        "Promotion_Level_Table.xlsx": random_bytes(300_000),
        "Résumé année ü.xlsx": b"unicode name",
        "Empty.xlsx": b"",
    }
    logs = {"pipeline_1.log": b"step 1\n", "run.log": b""}
    app = make_app(tmp_path, files=files, logs=logs)
    result, _ = upload(
        sshd_server,
        UploadJob.from_app_dir(app, "italy_galbani"),
        server_settings(sshd_server, tmp_path),
    )

    assert isinstance(result, ev.RunFinished)
    for name, data in files.items():
        assert sshd_server.remote_sha256(f"{BASE}/outputs/{name}") == sha256(data)
    for name, data in logs.items():
        assert sshd_server.remote_sha256(f"{BASE}/logs/{name}") == sha256(data)
    assert set(statuses(result).values()) == {"verified"}


def test_nothing_but_the_final_files_is_left_on_the_server(sshd_server, tmp_path):
    app = make_app(tmp_path, files={"Summary.xlsx": b"x" * 1000}, logs={"a.log": b"log"})
    upload(
        sshd_server,
        UploadJob.from_app_dir(app, "italy_galbani"),
        server_settings(sshd_server, tmp_path),
    )
    assert sshd_server.remote_files() == {
        f"{BASE}/outputs/Summary.xlsx": 1000,
        f"{BASE}/logs/a.log": 3,
    }


def test_owner_files_are_skipped_and_reported(sshd_server, tmp_path):
    app = make_app(tmp_path, files={"Summary.xlsx": b"x", "~$Summary.xlsx": b"owner"})
    result, recorder = upload(
        sshd_server,
        UploadJob.from_app_dir(app, "italy_galbani"),
        server_settings(sshd_server, tmp_path),
    )
    assert [s.file.name for s in recorder.of(ev.FileSkipped)] == ["~$Summary.xlsx"]
    assert sshd_server.list_remote(f"{BASE}/outputs") == ["Summary.xlsx"]
    assert statuses(result)["outputs/~$Summary.xlsx"] == "skipped"


def test_the_double_underscore_variant_is_used_when_the_name_is_absent(sshd_server, tmp_path):
    app = make_app(tmp_path, bu="italy_parmalat")
    result, recorder = upload(
        sshd_server,
        UploadJob.from_app_dir(app, "italy_parmalat"),
        server_settings(sshd_server, tmp_path),
    )
    variant = "/data/to/startflow/italy/italy__parmalat"
    assert recorder.of(ev.RemoteResolved)[0].remote_dir == variant
    assert sshd_server.list_remote(f"{variant}/outputs") == ["Summary.xlsx"]
    assert isinstance(result, ev.RunFinished)


def test_the_single_underscore_folder_wins_when_both_exist(sshd_server, tmp_path):
    sshd_server.make_remote_dir("italy/italy__galbani")
    app = make_app(tmp_path)
    _, recorder = upload(
        sshd_server,
        UploadJob.from_app_dir(app, "italy_galbani"),
        server_settings(sshd_server, tmp_path),
    )
    assert recorder.of(ev.RemoteResolved)[0].remote_dir == BASE
    assert sshd_server.list_remote("italy/italy__galbani") == []


def test_missing_bu_folder_fails_once_naming_every_path_tried(sshd_server, tmp_path):
    app = make_app(tmp_path, bu="spain_madrid")
    result, recorder = upload(
        sshd_server,
        UploadJob.from_app_dir(app, "spain_madrid"),
        server_settings(sshd_server, tmp_path),
    )
    assert isinstance(result, ev.RunFailed)
    assert result.kind is ErrorKind.REMOTE_NOT_FOUND
    assert "/data/to/startflow/spain/spain_madrid" in result.message
    assert "/data/to/startflow/spain/spain__madrid" in result.message
    assert len(recorder.of(ev.ConnectionStarted)) == 1
    assert not recorder.of(ev.RetryScheduled)
    assert not [p for p in sshd_server.remote_files() if "Summary" in p]


def test_a_wrong_password_is_tried_once(sshd_server, tmp_path):
    app = make_app(tmp_path)
    result, recorder = upload(
        sshd_server,
        UploadJob.from_app_dir(app, "italy_galbani"),
        server_settings(sshd_server, tmp_path),
        password="wrong",
    )
    assert result.kind is ErrorKind.AUTH_FAILED
    assert "credentials" in result.hint or "password" in result.hint
    assert len(recorder.of(ev.ConnectionStarted)) == 1


def test_missing_outputs_and_logs_folders_are_created(sshd_server, tmp_path):
    sshd_server.reset_remote_tree((("italy", "root"), ("italy/italy_galbani", "user")))
    app = make_app(tmp_path, logs={"a.log": b"log"})
    result, _ = upload(
        sshd_server,
        UploadJob.from_app_dir(app, "italy_galbani"),
        server_settings(sshd_server, tmp_path),
    )
    assert isinstance(result, ev.RunFinished)
    assert sshd_server.list_remote(BASE) == ["logs", "outputs"]


def test_existing_folders_and_files_are_reused_and_replaced(sshd_server, tmp_path):
    sshd_server.put_remote_file(f"{BASE}/outputs/Summary.xlsx", b"old version")
    sshd_server.put_remote_file(f"{BASE}/outputs/Other.xlsx", b"untouched")
    app = make_app(tmp_path, files={"Summary.xlsx": b"new version!"})
    upload(
        sshd_server,
        UploadJob.from_app_dir(app, "italy_galbani"),
        server_settings(sshd_server, tmp_path),
    )
    assert sshd_server.read_remote(f"{BASE}/outputs/Summary.xlsx") == b"new version!"
    assert sshd_server.read_remote(f"{BASE}/outputs/Other.xlsx") == b"untouched"


def test_a_refused_mkdir_is_a_permission_error_naming_the_folder(sshd_server, tmp_path):
    sshd_server.reset_remote_tree((("italy", "root"), ("italy/italy_galbani", "root")))
    app = make_app(tmp_path)
    result, recorder = upload(
        sshd_server,
        UploadJob.from_app_dir(app, "italy_galbani"),
        server_settings(sshd_server, tmp_path),
    )
    assert result.kind is ErrorKind.PERMISSION_DENIED
    assert f"{BASE}/outputs" in result.message
    assert len(recorder.of(ev.ConnectionStarted)) == 1


def test_connection_refused_follows_the_configured_attempts_and_delays(tmp_path, sshd_server):
    from desktop_uploader.engine import ServerSettings

    app = make_app(tmp_path)
    settings = ServerSettings(
        host="127.0.0.1", port=_closed_port(), username="analyst", known_hosts_file=tmp_path / "kh"
    )
    policy = RetryPolicy(max_attempts=4, base_delay=0.01, max_delay=0.03)
    result, recorder = upload(
        sshd_server, UploadJob.from_app_dir(app, "italy_galbani"), settings, policy=policy
    )
    assert result.kind is ErrorKind.NETWORK
    assert [e.attempt for e in recorder.of(ev.ConnectionStarted)] == [1, 2, 3, 4]
    assert [e.delay for e in recorder.of(ev.RetryScheduled)] == [0.01, 0.02, 0.03]
    assert all("refused" in e.cause for e in recorder.of(ev.RetryScheduled))
    # The address needs checking, not the bandwidth.
    assert "port" in result.hint and "bandwidth" not in result.hint


def _closed_port() -> int:
    import socket

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def test_progress_never_passes_the_file_size(sshd_server, tmp_path):
    data = random_bytes(3_000_000)
    app = make_app(tmp_path, files={"Baseline_Table.xlsx": data})
    _, recorder = upload(
        sshd_server,
        UploadJob.from_app_dir(app, "italy_galbani"),
        server_settings(sshd_server, tmp_path),
    )
    progress = recorder.of(ev.FileProgress)
    assert progress[-1].bytes_done == len(data)
    assert all(p.bytes_done <= p.size == len(data) for p in progress)
    done = [e for e in recorder.events if isinstance(e, (ev.FileProgress, ev.FileDone))]
    assert isinstance(done[-1], ev.FileDone)


def test_an_unknown_host_key_is_refused_without_a_decision(sshd_server, tmp_path):
    from desktop_uploader.engine import ServerSettings

    app = make_app(tmp_path)
    settings = ServerSettings(
        host="127.0.0.1",
        port=sshd_server.port,
        username=sshd_server.username,
        known_hosts_file=tmp_path / "empty",
    )
    result, recorder = upload(sshd_server, UploadJob.from_app_dir(app, "italy_galbani"), settings)
    assert result.kind is ErrorKind.HOST_KEY_UNKNOWN
    assert "SHA256:" in result.message
    assert len(recorder.of(ev.ConnectionStarted)) == 1
    assert "Summary.xlsx" not in str(sshd_server.remote_files())


def test_a_big_file_goes_in_openssh_sized_writes_and_arrives_whole(sshd_server, tmp_path):
    # OpenSSH states 255 KiB writes; the file ends inside a write, and is big enough to
    # be hashed on its own thread: the history's digest must still be the file's.
    import paramiko

    from desktop_uploader.engine.sftp_pipeline import MAX_WRITE, block_size

    data = random_bytes(9 * 1024 * 1024 + 12_345)
    app = make_app(tmp_path, files={"Baseline_Table.xlsx": data})
    result, recorder = upload(
        sshd_server,
        UploadJob.from_app_dir(app, "italy_galbani"),
        server_settings(sshd_server, tmp_path),
    )

    assert isinstance(result, ev.RunFinished)
    assert sshd_server.remote_sha256(f"{BASE}/outputs/Baseline_Table.xlsx") == sha256(data)
    assert [done.sha256 for done in recorder.of(ev.FileDone)] == [sha256(data)]
    with paramiko.Transport(("127.0.0.1", sshd_server.port)) as transport:
        transport.connect(username=sshd_server.username, password=sshd_server.password)
        sftp = paramiko.SFTPClient.from_transport(transport)
        assert block_size(sftp, b"1234") == MAX_WRITE


# Under AES-GCM the engine writes channel data packets itself (``ssh_packets``); a key
# renewal replaces the key and nonce it reads. OpenSSH drops the connection at the
# first packet it cannot decrypt, so byte-identical files prove every packet sound.
GCM_ONLY = "Ciphers aes128-gcm@openssh.com"
MIB = 1024 * 1024


def _upload_across_key_renewals(server, tmp_path):
    files = {"Baseline_Table.xlsx": random_bytes(6 * MIB + 7), "Small.xlsx": b"s" * 300}
    app = make_app(tmp_path, files=files, logs={"run.log": random_bytes(2 * MIB)})
    result, _ = upload(
        server, UploadJob.from_app_dir(app, "italy_galbani"), server_settings(server, tmp_path)
    )
    assert isinstance(result, ev.RunFinished)
    assert set(statuses(result).values()) == {"verified"}
    for name, data in files.items():
        assert server.remote_sha256(f"{BASE}/outputs/{name}") == sha256(data)


def test_keys_renewed_by_the_server_during_an_upload_keep_every_byte(sshd_factory, tmp_path):
    server = sshd_factory(global_options=(GCM_ONLY, "RekeyLimit 1M"))

    _upload_across_key_renewals(server, tmp_path)


def test_keys_renewed_by_the_client_during_an_upload_keep_every_byte(
    sshd_factory, tmp_path, monkeypatch
):
    monkeypatch.setattr(paramiko.Packetizer, "REKEY_BYTES", MIB)
    server = sshd_factory(global_options=(GCM_ONLY,))

    _upload_across_key_renewals(server, tmp_path)
