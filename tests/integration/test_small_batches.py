"""Small files sent in batches: many at a time over each SFTP channel, each file still
written under its temporary name, checked, then renamed (see engine/small_batches)."""

from __future__ import annotations

from test_server_failures import _tiny_filesystem
from upload_helpers import make_app, random_bytes, server_settings, sha256, statuses, upload

from desktop_uploader.engine import ErrorKind, UploadJob
from desktop_uploader.engine import events as ev
from desktop_uploader.engine.small_batches import BATCH_FILES
from desktop_uploader.engine.transfer import PART_SUFFIX

BASE = "/data/to/startflow/italy/italy_galbani"


def _files(count: int, size: int) -> dict[str, bytes]:
    return {f"Log_{index:03d}.log": random_bytes(size) for index in range(count)}


def _parts(server) -> list[str]:
    return [path for path in server.remote_files() if path.endswith(PART_SUFFIX)]


def _send(server, tmp_path, files: dict[str, bytes], **settings):
    """Upload ``files`` as one BU's outputs; returns (result, recorder)."""
    app = make_app(tmp_path, files=files)
    job = UploadJob.from_app_dir(app, "italy_galbani")
    return upload(server, job, server_settings(server, tmp_path, **settings))


def _assert_every_file_whole(server, result, files: dict[str, bytes]) -> None:
    """Every file verified, on the server byte for byte, no part file left."""
    assert isinstance(result, ev.RunFinished), result
    assert set(statuses(result).values()) == {"verified"}
    for name, data in files.items():
        assert server.remote_sha256(f"{BASE}/outputs/{name}") == sha256(data), name
    assert _parts(server) == []


def test_small_files_in_batches_arrive_whole_each_with_its_own_events(sshd_server, tmp_path):
    files = _files(90, 7_000)
    files["Empty.log"] = b""

    result, recorder = _send(sshd_server, tmp_path, files, parallel_files=3)

    _assert_every_file_whole(sshd_server, result, files)
    done = {e.file.name: e for e in recorder.of(ev.FileDone)}
    assert {name: e.sha256 for name, e in done.items()} == {
        name: sha256(data) for name, data in files.items()
    }
    for name, data in files.items():
        events = [e for e in recorder.events if getattr(e, "file", None) and e.file.name == name]
        kinds = [type(e) for e in events]
        assert kinds == [ev.FileStarted, ev.FileProgress, ev.FileDone], name
        assert events[1].bytes_done == len(data)
    # Each file was opened for writing once, under its temporary name, and renamed once
    # (the server's log also holds earlier tests' lines).
    ours = [
        line for line in sshd_server.sftp_log_lines() if "/.Log_" in line or "/.Empty.log." in line
    ]
    opened = [line for line in ours if line.startswith("open ")]
    assert len(opened) == len(files)
    assert all(PART_SUFFIX in line for line in opened)
    assert len([line for line in ours if "rename" in line]) == len(files)


def test_a_full_disk_fails_batched_files_alone_and_leaves_each_whole_or_absent(
    sshd_factory, tmp_path
):
    server = sshd_factory()
    files = _files(60, 40_000)
    app = make_app(tmp_path, files=files)
    settings = server_settings(server, tmp_path, parallel_files=2)
    with _tiny_filesystem(server, f"{BASE}/outputs") as outputs:
        result, recorder = upload(server, UploadJob.from_app_dir(app, "italy_galbani"), settings)
        on_disk = {entry.name: entry.read_bytes() for entry in outputs.iterdir()}

    outcomes = statuses(result)
    failed = [name for name, status in outcomes.items() if status == "failed"]
    verified = {name.removeprefix("outputs/") for name, s in outcomes.items() if s == "verified"}
    assert failed and verified, outcomes
    assert {e.kind for e in recorder.of(ev.FileFailed)} == {ErrorKind.REMOTE_FILE}
    assert all("out of space or quota" in e.message for e in recorder.of(ev.FileFailed))
    assert not recorder.of(ev.RetryScheduled)
    # Whole or absent, and nothing left under a temporary name.
    assert set(on_disk) == verified
    assert all(files[name] == data for name, data in on_disk.items())


def test_a_cut_during_batches_is_one_failed_attempt_and_every_file_arrives(
    sshd_server, fault_proxy, tmp_path
):
    files = _files(200, 20_000)
    proxy = fault_proxy(sshd_server.port, mode="cut", after_bytes=1_500_000)

    result, recorder = _send(sshd_server, tmp_path, files, port=proxy.port, parallel_files=4)

    assert isinstance(result, ev.RunFinished), result
    [retry] = recorder.of(ev.RetryScheduled)
    assert retry.kind is ErrorKind.NETWORK
    assert set(statuses(result).values()) == {"verified"}
    for name, data in files.items():
        assert sshd_server.remote_sha256(f"{BASE}/outputs/{name}") == sha256(data), name
    assert _parts(sshd_server) == []


def test_a_stall_during_batches_is_told_as_a_stall_and_the_retry_completes(
    sshd_server, fault_proxy, tmp_path
):
    files = _files(120, 20_000)
    proxy = fault_proxy(sshd_server.port, mode="stall", after_bytes=800_000)

    result, recorder = _send(sshd_server, tmp_path, files, port=proxy.port, stall_timeout=1.0)

    assert isinstance(result, ev.RunFinished), result
    retry = recorder.of(ev.RetryScheduled)[0]
    assert retry.kind is ErrorKind.NETWORK and "stopped answering" in retry.cause
    assert any(name in retry.cause for name in files)
    assert set(statuses(result).values()) == {"verified"}
    for name, data in files.items():
        assert sshd_server.remote_sha256(f"{BASE}/outputs/{name}") == sha256(data), name
    assert _parts(sshd_server) == []


def test_a_server_refusing_a_whole_batch_gets_the_other_files_one_at_a_time(sshd_factory, tmp_path):
    # Without posix-rename every rename of a batch is refused: those files go on their
    # own (plain rename), and the files after them are not batched again.
    server = sshd_factory(sftp_flags=("-P", "posix-rename"))
    files = _files(4 * BATCH_FILES, 5_000)

    result, recorder = _send(server, tmp_path, files, parallel_files=2)

    _assert_every_file_whole(server, result, files)
    opened = [line for line in server.sftp_log_lines() if line.startswith("open ")]
    # At most the first batch of each of the two lanes was sent twice.
    assert len(opened) <= len(files) + 2 * BATCH_FILES
    assert not recorder.of(ev.RetryScheduled)


def test_long_names_in_any_script_arrive(sshd_server, tmp_path):
    # Legal names (up to 255 bytes) whose part names once went past the server's limit:
    # refused, and told as a full disk.
    files = {
        "é" * 118 + ".xlsx": random_bytes(3_000),
        "日" * 80 + ".log": random_bytes(300_000),
        "Log_1.log": random_bytes(3_000),
    }

    result, _ = _send(sshd_server, tmp_path, files, parallel_files=2)

    _assert_every_file_whole(sshd_server, result, files)
