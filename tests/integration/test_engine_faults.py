"""Field cases where the network or the server misbehaves, injected by real means."""

from __future__ import annotations

import socket
import threading

import paramiko
import pytest
from upload_helpers import Recorder, make_app, random_bytes, server_settings, sha256, upload

from desktop_uploader.engine import ErrorKind, RetryPolicy, UploadJob
from desktop_uploader.engine import events as ev
from desktop_uploader.engine.transfer import PART_SUFFIX

BASE = "/data/to/startflow/italy/italy_galbani"


def test_c02_a_cut_mid_file_is_retried_and_ends_complete(sshd_server, fault_proxy, tmp_path):
    data = random_bytes(5_000_000)
    logs = {"a.log": random_bytes(10_000), "b.log": random_bytes(10_000)}
    app = make_app(tmp_path, files={"Baseline_Table.xlsx": data}, logs=logs)
    proxy = fault_proxy(sshd_server.port, mode="cut", after_bytes=1_500_000)
    seen_during_wait = []

    def look_at_server(_event):
        seen_during_wait.append(sshd_server.remote_files(f"{BASE}/outputs"))

    recorder = Recorder(on={ev.RetryScheduled: look_at_server})
    result, _ = upload(
        sshd_server,
        UploadJob.from_app_dir(app, "italy_galbani"),
        server_settings(sshd_server, tmp_path, port=proxy.port),
        recorder=recorder,
    )

    assert isinstance(result, ev.RunFinished), result
    assert sshd_server.remote_sha256(f"{BASE}/outputs/Baseline_Table.xlsx") == sha256(data)
    retry = recorder.of(ev.RetryScheduled)[0]
    assert (retry.attempt, retry.kind) == (1, ErrorKind.NETWORK)
    assert "Baseline_Table.xlsx" in retry.cause and "MB" in retry.cause
    # During the wait the final name is absent; only our hidden part file may exist.
    assert all(not path.endswith("/Baseline_Table.xlsx") for path in seen_during_wait[0])
    assert not [p for p in sshd_server.remote_files() if p.endswith(PART_SUFFIX)]
    progress = recorder.of(ev.FileProgress)
    assert all(p.bytes_done <= p.size for p in progress)


def test_c02_the_retry_resumes_instead_of_starting_over(sshd_server, fault_proxy, tmp_path):
    data = random_bytes(4_000_000)
    app = make_app(tmp_path, files={"Baseline_Table.xlsx": data})
    proxy = fault_proxy(sshd_server.port, mode="cut", after_bytes=2_500_000)
    result, recorder = upload(
        sshd_server,
        UploadJob.from_app_dir(app, "italy_galbani"),
        server_settings(sshd_server, tmp_path, port=proxy.port),
    )
    assert isinstance(result, ev.RunFinished)
    starts = recorder.of(ev.FileStarted)
    assert starts[0].resume_offset == 0
    # What was in flight when the cut came is lost; what the server wrote is kept.
    assert starts[-1].resume_offset > 0
    assert sshd_server.remote_sha256(f"{BASE}/outputs/Baseline_Table.xlsx") == sha256(data)


def test_c02_a_cut_during_login_is_transient(sshd_server, fault_proxy, tmp_path):
    app = make_app(tmp_path)
    proxy = fault_proxy(sshd_server.port, mode="cut", after_bytes=1_000)
    result, recorder = upload(
        sshd_server,
        UploadJob.from_app_dir(app, "italy_galbani"),
        server_settings(sshd_server, tmp_path, port=proxy.port),
    )
    assert isinstance(result, ev.RunFinished)
    assert recorder.of(ev.RetryScheduled)[0].kind is ErrorKind.NETWORK


def _login_byte_counts(server, proxy) -> tuple[int, int]:
    """Client bytes the server has received once the key exchange, then the login, are
    done, measured on a clean connection through the proxy (paramiko's sizes vary)."""
    transport = paramiko.Transport(socket.create_connection(("127.0.0.1", proxy.port)))
    try:
        transport.start_client(timeout=10)
        key_exchange = proxy.bytes_up
        transport.auth_password(server.username, server.password)
        return key_exchange, proxy.bytes_up
    finally:
        transport.close()


@pytest.mark.parametrize("mode", ["stall", "cut"])
@pytest.mark.parametrize("step", ["key exchange", "password"])
def test_a_stall_or_cut_during_login_is_told_in_our_words_and_retried(
    sshd_server, fault_proxy, tmp_path, mode, step
):
    app = make_app(tmp_path)
    proxy = fault_proxy(sshd_server.port)
    key_exchange, logged_in = _login_byte_counts(sshd_server, proxy)
    # Inside the client's last key exchange message, or inside its login request.
    at = key_exchange - 40 if step == "key exchange" else key_exchange + 10
    assert at < logged_in
    proxy.set_fault(mode, after_bytes=at)
    # A stall is found by the timeout, so it is short; a cut must be found by itself,
    # so a busy machine's slowness must not turn it into a timeout.
    timeout = 1 if mode == "stall" else 30
    settings = server_settings(
        sshd_server, tmp_path, port=proxy.port, banner_timeout=timeout, auth_timeout=timeout
    )
    result, recorder = upload(sshd_server, UploadJob.from_app_dir(app, "italy_galbani"), settings)

    assert isinstance(result, ev.RunFinished), result
    [retry] = recorder.of(ev.RetryScheduled)
    assert retry.kind is ErrorKind.NETWORK
    expected = {
        "stall": "The server stopped answering during login (nothing for 1 s).",
        "cut": "The connection was lost during login.",
    }
    assert retry.cause == expected[mode]


def test_c04_a_busy_server_is_retried_until_it_answers(sshd_factory, tmp_path):
    server = sshd_factory(global_options=("MaxStartups 1", "LoginGraceTime 20"))
    app = make_app(tmp_path, files={"A.xlsx": b"a", "B.xlsx": b"b"})
    slot = server.hold_startup_slot()
    slot.__enter__()
    released = threading.Event()

    def release_after_second_failure(event):
        if event.attempt == 2 and not released.is_set():
            slot.__exit__(None, None, None)
            released.set()

    recorder = Recorder(on={ev.RetryScheduled: release_after_second_failure})
    try:
        result, _ = upload(
            server,
            UploadJob.from_app_dir(app, "italy_galbani"),
            server_settings(server, tmp_path),
            recorder=recorder,
        )
    finally:
        if not released.is_set():
            slot.__exit__(None, None, None)

    assert isinstance(result, ev.RunFinished)
    retries = recorder.of(ev.RetryScheduled)
    assert len(retries) == 2
    assert all(r.kind is ErrorKind.NETWORK and "busy" in r.cause for r in retries)
    assert server.list_remote(f"{BASE}/outputs") == ["A.xlsx", "B.xlsx"]


def test_cancel_during_a_backoff_wait_stops_at_once(sshd_server, tmp_path):
    from desktop_uploader.engine import ServerSettings

    app = make_app(tmp_path)
    settings = ServerSettings(
        host="127.0.0.1", port=1, username="x", known_hosts_file=tmp_path / "kh"
    )
    cancel = threading.Event()
    recorder = Recorder(on={ev.RetryScheduled: lambda _e: cancel.set()})
    result, _ = upload(
        sshd_server,
        UploadJob.from_app_dir(app, "italy_galbani"),
        settings,
        policy=RetryPolicy(base_delay=3600, max_delay=3600),
        recorder=recorder,
        cancel=cancel,
    )
    assert result.kind is ErrorKind.CANCELLED
    assert len(recorder.of(ev.ConnectionStarted)) == 1
