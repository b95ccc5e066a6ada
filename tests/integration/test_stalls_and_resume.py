"""Stalls, idle SFTP sessions (C08), resume across runs and stale part files.

Stalls come from the fault proxy's stall mode or from a stopped server process, with a
stall timeout of one second, so no test waits the real 60 s.
"""

from __future__ import annotations

import contextlib
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import paramiko
import pytest
from reliability_helpers import session_processes, wait_sessions_ended
from support.waiting import wait_until
from upload_helpers import (
    Recorder,
    make_app,
    random_bytes,
    server_settings,
    sha256,
    statuses,
    upload,
)

from desktop_uploader.engine import ErrorKind, RetryPolicy, UploadJob
from desktop_uploader.engine import events as ev
from desktop_uploader.engine.local_reads import Snapshot
from desktop_uploader.engine.remote_files import PART_SUFFIX, part_name

BASE = "/data/to/startflow/italy/italy_galbani"
STALL = 1.0


def _parts(server) -> list[str]:
    return [p for p in server.remote_files() if p.endswith(PART_SUFFIX)]


def test_a_stalled_connection_is_a_transient_error_and_the_retry_completes(
    sshd_server, fault_proxy, tmp_path
):
    data = random_bytes(3_000_000)
    app = make_app(tmp_path, files={"Baseline_Table.xlsx": data})
    proxy = fault_proxy(sshd_server.port, mode="stall", after_bytes=1_000_000)
    settings = server_settings(sshd_server, tmp_path, port=proxy.port, stall_timeout=STALL)
    began = time.monotonic()
    result, recorder = upload(sshd_server, UploadJob.from_app_dir(app, "italy_galbani"), settings)

    assert isinstance(result, ev.RunFinished), result
    retry = recorder.of(ev.RetryScheduled)[0]
    assert retry.kind is ErrorKind.NETWORK and "stopped answering" in retry.cause
    assert "Baseline_Table.xlsx" in retry.cause
    assert sshd_server.remote_sha256(f"{BASE}/outputs/Baseline_Table.xlsx") == sha256(data)
    assert _parts(sshd_server) == []
    # One stall allowance and a short backoff, never a hang.
    assert time.monotonic() - began < 15


def _signal_all(pids: list[int], signum: int) -> None:
    for pid in pids:
        # A session that ended meanwhile is no longer there to stop or resume.
        with contextlib.suppress(ProcessLookupError):
            os.kill(pid, signum)


def test_the_end_of_a_file_gets_a_longer_allowance_than_data_blocks(sshd_factory, tmp_path):
    server = sshd_factory()
    wait_sessions_ended(server)  # only this test's session may be frozen
    data = random_bytes(500_000)
    app = make_app(tmp_path, files={"Baseline_Table.xlsx": data})
    stopped: list[int] = []
    times: dict[str, float] = {}

    def freeze_server_when_all_bytes_are_handed_over(event):
        if event.bytes_done == event.size and not stopped:
            times["sent"] = time.monotonic()
            stopped.extend(session_processes(server))
            _signal_all(stopped, signal.SIGSTOP)

    def thaw(_event):
        times.setdefault("retry", time.monotonic())
        _signal_all(stopped, signal.SIGCONT)

    recorder = Recorder(
        on={ev.FileProgress: freeze_server_when_all_bytes_are_handed_over, ev.RetryScheduled: thaw}
    )
    settings = server_settings(server, tmp_path, stall_timeout=STALL)
    try:
        result, _ = upload(
            server, UploadJob.from_app_dir(app, "italy_galbani"), settings, recorder=recorder
        )
    finally:
        thaw(None)

    assert stopped, "no server process found for the test user"
    assert isinstance(result, ev.RunFinished), result
    retry = recorder.of(ev.RetryScheduled)[0]
    assert "stopped answering (no progress for 3 s)" in retry.cause
    # Three stall timeouts, not one, before a hung end of file counts as lost.
    assert times["retry"] - times["sent"] >= 2.5 * STALL
    assert server.remote_sha256(f"{BASE}/outputs/Baseline_Table.xlsx") == sha256(data)


def test_c08_an_sftp_session_closed_while_idle_is_reopened_without_an_attempt(
    sshd_factory, tmp_path
):
    server = sshd_factory(global_options=("ChannelTimeout session:*=8s",))
    app = make_app(tmp_path, files={"A.xlsx": b"a", "B.xlsx": b"b", "C.xlsx": b"c"})
    log_start = server.log_mark()

    def remove_b(event):
        if event.file.name == "A.xlsx":
            (app / "outputs/italy_galbani/B.xlsx").unlink()

    def stay_idle_until_the_server_closes_the_channel(_event):
        # The engine thread waits here, holding its session idle, as in a long pause.
        wait_until(
            lambda: "seconds of inactivity" in server.log_text(since=log_start),
            30,
            interval=0.1,
            message="sshd closing the idle channel",
        )

    recorder = Recorder(
        on={ev.FileStarted: remove_b, ev.FileFailed: stay_idle_until_the_server_closes_the_channel}
    )
    # One file at a time: the pause in an event then holds the engine's only session idle.
    result, _ = upload(
        server,
        UploadJob.from_app_dir(app, "italy_galbani"),
        server_settings(server, tmp_path, parallel_files=1),
        recorder=recorder,
    )

    assert statuses(result) == {
        "outputs/A.xlsx": "verified",
        "outputs/B.xlsx": "failed",
        "outputs/C.xlsx": "verified",
    }
    assert len(recorder.of(ev.SessionReopened)) == 1
    assert len(recorder.of(ev.ConnectionStarted)) == 1
    assert not recorder.of(ev.RetryScheduled)
    assert all("Socket is closed" not in str(e) for e in recorder.events)
    assert result.summary.attempts == 1


def test_stale_part_files_of_an_older_version_are_removed_and_nothing_else(sshd_server, tmp_path):
    app = make_app(tmp_path, files={"Baseline_Table.xlsx": b"new", "Other.xlsx": b"o"})
    outputs = f"{BASE}/outputs"
    stale = f"{outputs}/.Baseline_Table.xlsx.0123456789ab.part"
    live = f"{outputs}/.Baseline_Table.xlsx.ba9876543210.part"
    keep = [
        f"{outputs}/.Baseline_Table.xlsx.part",  # no tag: not our shape
        f"{outputs}/Baseline_Table.xlsx.0123456789ab.part",  # not hidden
        f"{outputs}/.Baseline_Table.xlsx.0123456789AB.part",  # not our tag alphabet
        f"{outputs}/.Unrelated.xlsx.0123456789ab.part",  # another file's part
        f"{outputs}/notes.txt",
    ]
    for path in [stale, live, *keep]:
        sshd_server.put_remote_file(path, b"old bytes")
    hour_ago = time.time() - 3600
    os.utime(sshd_server.root_path(stale), (hour_ago, hour_ago))
    for path in keep:
        os.utime(sshd_server.root_path(path), (hour_ago, hour_ago))

    result, _ = upload(
        sshd_server,
        UploadJob.from_app_dir(app, "italy_galbani"),
        server_settings(sshd_server, tmp_path),
    )

    assert isinstance(result, ev.RunFinished), result
    remaining = set(sshd_server.remote_files(outputs))
    assert stale not in remaining
    # A part written a moment ago may belong to an upload running elsewhere right now.
    assert live in remaining
    assert set(keep) <= remaining


def _cli(server, app: Path, port: int, known_hosts: Path) -> list[str]:
    return [
        sys.executable,
        "-m",
        "desktop_uploader.cli",
        "upload",
        "--app-dir",
        str(app),
        "--bu",
        "italy_galbani",
        "--host",
        "127.0.0.1",
        "--port",
        str(port),
        "--user",
        server.username,
        "--known-hosts",
        str(known_hosts),
        "--base-delay",
        "0.05",
    ]


def _trust(server, known_hosts: Path, *ports: int) -> Path:
    lines = [
        f"[127.0.0.1]:{port} {key.get_name()} {key.get_base64()}\n"
        for port in ports
        for key in server.host_keys.values()
    ]
    known_hosts.write_text("".join(lines))
    return known_hosts


def test_a_killed_command_is_resumed_by_the_next_run(sshd_server, fault_proxy, tmp_path):
    size = 6_000_000
    data = random_bytes(size)
    app = make_app(tmp_path, files={"Baseline_Table.xlsx": data})
    local = app / "outputs/italy_galbani/Baseline_Table.xlsx"
    info = local.stat()
    part = f"{BASE}/outputs/{part_name(local.name, Snapshot(info.st_size, info.st_mtime_ns))}"
    # A slow link, so that the kill lands in the middle of the file.
    proxy = fault_proxy(sshd_server.port, rate_up=4_000_000)
    known_hosts = _trust(sshd_server, tmp_path / "known_hosts", proxy.port, sshd_server.port)
    env = dict(os.environ, SFTP_PASSWORD=sshd_server.password)

    def part_size() -> int:
        return sshd_server.remote_files(f"{BASE}/outputs").get(part, 0)

    first = subprocess.Popen(
        _cli(sshd_server, app, proxy.port, known_hosts),
        env=env,
        stdin=subprocess.DEVNULL,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        wait_until(lambda: part_size() > size * 0.4, 30, message="40% on the server")
    finally:
        first.send_signal(signal.SIGKILL)
        first.wait()
    wait_sessions_ended(sshd_server)
    stored = part_size()
    assert stored < size

    second = subprocess.run(
        _cli(sshd_server, app, sshd_server.port, known_hosts),
        env=env,
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        timeout=120,
    )

    assert second.returncode == 0, second.stdout + second.stderr
    assert sshd_server.remote_sha256(f"{BASE}/outputs/Baseline_Table.xlsx") == sha256(data)
    assert _parts(sshd_server) == []
    resumed_at = int(second.stdout.split("resuming at byte ")[1].split(" ")[0].replace(",", ""))
    # Everything the server kept is kept: less than 5% of the file is sent again.
    assert 0 <= stored - resumed_at < 0.05 * size, (stored, resumed_at)
    assert f"resumed at byte {resumed_at:,}" in second.stdout


@pytest.mark.parametrize(
    "cut_at", [3_000_000, 11_000_000, 20_900_000], ids=["early", "midway", "last window"]
)
def test_a_big_file_cut_is_resumed_by_the_next_run_with_the_files_digest(
    sshd_server, fault_proxy, tmp_path, cut_at
):
    # 20 MiB in 255 KiB writes, hashed on its own thread from the resume offset on: the
    # history's digest must be the whole file's, not the resumed part's. The last cut
    # falls among the last writes, which leave together with the file's end.
    data = random_bytes(20 * 1024 * 1024 + 4321)
    app = make_app(tmp_path, files={"Baseline_Table.xlsx": data})
    proxy = fault_proxy(sshd_server.port, mode="cut", after_bytes=cut_at)
    job = UploadJob.from_app_dir(app, "italy_galbani")
    first, _ = upload(
        sshd_server,
        job,
        server_settings(sshd_server, tmp_path, port=proxy.port),
        policy=RetryPolicy(max_attempts=1),
    )
    assert isinstance(first, ev.RunFailed), first
    wait_sessions_ended(sshd_server)  # the server may still store writes that arrived
    [part] = _parts(sshd_server)
    kept = sshd_server.remote_files()[part]
    assert 0 < kept < len(data)

    # The cut took the first connection only; the next run passes.
    settings = server_settings(sshd_server, tmp_path, port=proxy.port)
    second, recorder = upload(sshd_server, job, settings)

    assert isinstance(second, ev.RunFinished), second
    [started] = recorder.of(ev.FileStarted)
    assert started.resume_offset == kept
    assert sshd_server.remote_sha256(f"{BASE}/outputs/Baseline_Table.xlsx") == sha256(data)
    assert [done.sha256 for done in recorder.of(ev.FileDone)] == [sha256(data)]
    assert _parts(sshd_server) == []


def test_a_stall_while_sftp_starts_is_a_transient_error_not_a_hang(
    sshd_server, fault_proxy, tmp_path, monkeypatch
):
    # paramiko waits for the SFTP subsystem and its version without any timeout.
    files = {"Summary.xlsx": random_bytes(3_000)}
    app = make_app(tmp_path, files=files)
    proxy = fault_proxy(sshd_server.port)
    opening = paramiko.SFTPClient.from_transport
    stalled: list[int] = []

    def from_transport(transport, *args, **kwargs):
        if not stalled:
            stalled.append(proxy.stall_active())
        return opening(transport, *args, **kwargs)

    monkeypatch.setattr(paramiko.SFTPClient, "from_transport", staticmethod(from_transport))
    settings = server_settings(sshd_server, tmp_path, port=proxy.port, stall_timeout=STALL)

    result, recorder = upload(sshd_server, UploadJob.from_app_dir(app, "italy_galbani"), settings)

    assert stalled == [1]
    assert isinstance(result, ev.RunFinished), result
    [retry] = recorder.of(ev.RetryScheduled)
    assert retry.kind is ErrorKind.NETWORK
    assert statuses(result) == {"outputs/Summary.xlsx": "verified"}
    remote = sshd_server.remote_sha256(f"{BASE}/outputs/Summary.xlsx")
    assert remote == sha256(files["Summary.xlsx"])
