"""Several files in flight at once, each over its own SFTP channel of one connection."""

from __future__ import annotations

import threading

import paramiko
from upload_helpers import (
    Recorder,
    make_app,
    random_bytes,
    server_settings,
    sha256,
    statuses,
    upload,
)

from desktop_uploader.engine import ErrorKind, UploadJob
from desktop_uploader.engine import events as ev
from desktop_uploader.engine.transfer import PART_SUFFIX

BASE = "/data/to/startflow/italy/italy_galbani"


def _files(count: int, size: int) -> dict[str, bytes]:
    return {f"Table_{index:02d}.xlsx": random_bytes(size) for index in range(count)}


def _assert_all_arrived(server, files: dict[str, bytes]) -> None:
    for name, data in files.items():
        assert server.remote_sha256(f"{BASE}/outputs/{name}") == sha256(data), name
    assert not [p for p in server.remote_files() if p.endswith(PART_SUFFIX)]


def test_files_in_flight_at_once_arrive_whole_with_their_own_progress(sshd_server, tmp_path):
    files = _files(12, 300_000)
    app = make_app(tmp_path, files=files)
    caller = threading.current_thread()
    threads: set[threading.Thread] = set()
    recorder = Recorder(on={ev.FileProgress: lambda _e: threads.add(threading.current_thread())})

    result, _ = upload(
        sshd_server,
        UploadJob.from_app_dir(app, "italy_galbani"),
        server_settings(sshd_server, tmp_path, parallel_files=4),
        recorder=recorder,
    )

    assert isinstance(result, ev.RunFinished), result
    assert {o.status for o in result.summary.outcomes} == {ev.FileStatus.VERIFIED}
    _assert_all_arrived(sshd_server, files)
    assert threads == {caller}
    for name in files:
        events = [e for e in recorder.events if getattr(e, "file", None) and e.file.name == name]
        kinds = [type(e) for e in events]
        assert kinds[0] is ev.FileStarted and kinds[-1] is ev.FileDone, name
        done = [e.bytes_done for e in events if isinstance(e, ev.FileProgress)]
        assert done == sorted(done) and done[-1] == 300_000, name
    indexes = sorted(e.index for e in recorder.of(ev.FileStarted))
    assert indexes == list(range(1, 13))


def test_a_cut_with_files_in_flight_is_one_failed_attempt_and_ends_complete(
    sshd_server, fault_proxy, tmp_path
):
    # Files of several writes each (OpenSSH takes 255 KiB writes): at the cut, each
    # file in flight has had whole writes stored, which the next attempt keeps.
    files = _files(8, 2_000_000)
    app = make_app(tmp_path, files=files)
    proxy = fault_proxy(sshd_server.port, mode="cut", after_bytes=2_500_000)

    result, recorder = upload(
        sshd_server,
        UploadJob.from_app_dir(app, "italy_galbani"),
        server_settings(sshd_server, tmp_path, port=proxy.port, parallel_files=4),
    )

    assert isinstance(result, ev.RunFinished), result
    [retry] = recorder.of(ev.RetryScheduled)
    assert retry.kind is ErrorKind.NETWORK
    assert len(recorder.of(ev.ConnectionStarted)) == 2
    assert result.summary.attempts == 2
    _assert_all_arrived(sshd_server, files)
    # The files cut in flight resumed from what the server had kept.
    assert any(e.resume_offset > 0 for e in recorder.of(ev.FileStarted))


def test_cancel_with_files_in_flight_stops_every_lane(sshd_server, tmp_path):
    files = _files(12, 2_000_000)
    app = make_app(tmp_path, files=files)
    cancel = threading.Event()
    recorder = Recorder(on={ev.FileProgress: lambda e: e.bytes_done > 500_000 and cancel.set()})

    result, _ = upload(
        sshd_server,
        UploadJob.from_app_dir(app, "italy_galbani"),
        server_settings(sshd_server, tmp_path, parallel_files=4),
        recorder=recorder,
        cancel=cancel,
    )

    assert isinstance(result, ev.RunFailed) and result.kind is ErrorKind.CANCELLED
    assert not recorder.of(ev.RetryScheduled)
    pending = [o for o in result.summary.outcomes if o.status is ev.FileStatus.PENDING]
    assert pending
    # Whatever stands under a final name is complete; the rest is absent.
    for name, data in files.items():
        path = sshd_server.root_path(f"{BASE}/outputs/{name}")
        if path.exists():
            assert sshd_server.remote_sha256(f"{BASE}/outputs/{name}") == sha256(data)


def test_one_file_at_a_time_when_asked(sshd_server, tmp_path):
    files = _files(5, 50_000)
    app = make_app(tmp_path, files=files)

    result, recorder = upload(
        sshd_server,
        UploadJob.from_app_dir(app, "italy_galbani"),
        server_settings(sshd_server, tmp_path, parallel_files=1),
    )

    assert isinstance(result, ev.RunFinished), result
    _assert_all_arrived(sshd_server, files)
    order = [type(e) for e in recorder.events if isinstance(e, (ev.FileStarted, ev.FileDone))]
    assert order == [ev.FileStarted, ev.FileDone] * 5


def test_a_stall_while_a_lane_opens_its_channel_ends_instead_of_hanging(
    sshd_server, fault_proxy, tmp_path, monkeypatch
):
    # Lane 0 sends both files while the other lane is still opening its channel; the
    # link then goes silent. paramiko waits for the new channel's SFTP version without
    # any timeout, so only a watchdog ends that wait.
    files = _files(2, 3_000)
    app = make_app(tmp_path, files=files)
    proxy = fault_proxy(sshd_server.port)
    both_done = threading.Event()
    recorder = Recorder(
        on={ev.FileDone: lambda _e: len(recorder.of(ev.FileDone)) == 2 and both_done.set()}
    )
    opening = paramiko.SFTPClient.from_transport

    def from_transport(transport, *args, **kwargs):
        if threading.current_thread().name == "upload-lane-1":
            both_done.wait()
            proxy.stall_active()
        return opening(transport, *args, **kwargs)

    monkeypatch.setattr(paramiko.SFTPClient, "from_transport", staticmethod(from_transport))
    settings = server_settings(
        sshd_server, tmp_path, port=proxy.port, parallel_files=2, stall_timeout=1.0
    )

    result, _ = upload(
        sshd_server, UploadJob.from_app_dir(app, "italy_galbani"), settings, recorder=recorder
    )

    assert isinstance(result, ev.RunFinished), result
    assert set(statuses(result).values()) == {"verified"}
    _assert_all_arrived(sshd_server, files)


def test_a_slow_link_shared_by_several_files_is_no_stall(sshd_server, fault_proxy, tmp_path):
    # Three files of 1 MiB at once through 600 KB/s: a file's answers wait behind the
    # other files' bytes for about 5 s, longer than the stall allowance, while the link
    # never stops moving.
    files = _files(3, 1024 * 1024)
    proxy = fault_proxy(sshd_server.port, rate_up=600_000, faulty_connections=None)
    settings = server_settings(
        sshd_server, tmp_path, port=proxy.port, parallel_files=3, stall_timeout=2.0
    )
    app = make_app(tmp_path, files=files)

    result, recorder = upload(sshd_server, UploadJob.from_app_dir(app, "italy_galbani"), settings)

    assert isinstance(result, ev.RunFinished), result
    assert recorder.of(ev.RetryScheduled) == []
    assert set(statuses(result).values()) == {"verified"}
    _assert_all_arrived(sshd_server, files)
