"""Server-side failures (field cases C01, C09 and refusals), each by real means:
internal-sftp flags that refuse requests, a read-only server, a full tmpfs, folder modes.

Every test checks the three promises: the right error kind, no part file left behind,
and nothing reported as uploaded that is not on the server complete.
"""

from __future__ import annotations

import contextlib
import os
import subprocess
import sys
import time

import pytest
from upload_helpers import make_app, random_bytes, server_settings, sha256, statuses, upload

from desktop_uploader.engine import ErrorKind, UploadJob
from desktop_uploader.engine import events as ev
from desktop_uploader.engine.remote_files import ASIDE_SUFFIX, PART_SUFFIX

BASE = "/data/to/startflow/italy/italy_galbani"


def _leftovers(server) -> list[str]:
    return [p for p in server.remote_files() if p.endswith((PART_SUFFIX, ASIDE_SUFFIX))]


def _sftp_ops(server, operation: str) -> list[str]:
    """internal-sftp's log lines for one operation, e.g. 'open', 'mkdir', 'rename'."""
    return [line for line in server.sftp_log_lines() if line.startswith(f"{operation} ")]


def test_c01_stat_refused_files_arrive_once_with_no_retry_and_no_mkdir(sshd_factory, tmp_path):
    server = sshd_factory(sftp_flags=("-P", "stat,lstat,fstat"))
    files = {
        "Promotion_Level_Table.xlsx": random_bytes(300_000),
        "Baseline_Table.xlsx": random_bytes(2_000_000),
        "Summary.xlsx": random_bytes(50_000),
    }
    app = make_app(tmp_path, files=files)
    began = time.monotonic()
    result, recorder = upload(
        server, UploadJob.from_app_dir(app, "italy_galbani"), server_settings(server, tmp_path)
    )
    took = time.monotonic() - began

    assert isinstance(result, ev.RunFinished), result
    # The listing still shows sizes, so each file is even verified.
    assert set(statuses(result).values()) == {"verified"}
    assert not recorder.of(ev.RetryScheduled) and not recorder.of(ev.FileFailed)
    for name, data in files.items():
        assert server.remote_sha256(f"{BASE}/outputs/{name}") == sha256(data)
    assert _leftovers(server) == []
    assert _sftp_ops(server, "mkdir") == []
    for name in files:
        opened_for_writing = [
            line for line in _sftp_ops(server, "open") if f".{name}." in line and "WRITE" in line
        ]
        assert len(opened_for_writing) == 1, server.sftp_log_lines()
    assert took < 10


@contextlib.contextmanager
def _tiny_filesystem(server, remote: str, size: str = "1m"):
    """Mount a tmpfs of ``size`` owned by the test user over a remote folder (C09)."""
    path = server.root_path(remote)
    options = f"size={size},uid={server.user.uid},gid={server.user.gid},mode=755"
    mounted = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", options, "tmpfs", str(path)],
        capture_output=True,
        text=True,
    )
    if mounted.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here: {mounted.stderr.strip()}")
    try:
        yield path
    finally:
        subprocess.run(["umount", "-l", str(path)], check=False)


@pytest.mark.parametrize("use_temp_names", [True, False], ids=["temp-names", "direct"])
def test_c09_a_full_disk_fails_that_file_alone_and_leaves_nothing_partial(
    sshd_factory, tmp_path, use_temp_names
):
    server = sshd_factory()
    summary, baseline = random_bytes(20_000), random_bytes(3_000_000)
    app = make_app(tmp_path, files={"Summary.xlsx": summary, "Baseline_Table.xlsx": baseline})
    # One file at a time, so that the small file is sent once the big one's space is freed.
    settings = server_settings(server, tmp_path, use_temp_names=use_temp_names, parallel_files=1)
    with _tiny_filesystem(server, f"{BASE}/outputs") as outputs:
        result, recorder = upload(server, UploadJob.from_app_dir(app, "italy_galbani"), settings)
        on_disk = sorted(entry.name for entry in outputs.iterdir())

    assert statuses(result) == {
        "outputs/Baseline_Table.xlsx": "failed",
        "outputs/Summary.xlsx": "verified",
    }
    failed = recorder.of(ev.FileFailed)[0]
    assert failed.kind is ErrorKind.REMOTE_FILE
    assert "Baseline_Table.xlsx" in failed.message
    assert "out of space or quota" in failed.message
    assert "of 3,000,000 bytes" in failed.message
    # Never retried: the disk does not get emptier by waiting.
    assert not recorder.of(ev.RetryScheduled)
    assert on_disk == ["Summary.xlsx"]
    assert len(result.summary.reached_server) == 1


def test_a_full_disk_with_files_in_flight_leaves_each_whole_or_absent(sshd_factory, tmp_path):
    server = sshd_factory()
    files = {f"Table_{index}.xlsx": random_bytes(400_000) for index in range(4)}
    app = make_app(tmp_path, files=files)
    settings = server_settings(server, tmp_path, parallel_files=4)
    with _tiny_filesystem(server, f"{BASE}/outputs") as outputs:
        result, recorder = upload(server, UploadJob.from_app_dir(app, "italy_galbani"), settings)
        on_disk = {entry.name: entry.read_bytes() for entry in outputs.iterdir()}

    outcomes = statuses(result)
    failed = [name for name, status in outcomes.items() if status == "failed"]
    assert failed, outcomes
    # Files in flight together may all meet the full disk; none is left partial.
    assert all(e.kind is ErrorKind.REMOTE_FILE for e in recorder.of(ev.FileFailed))
    assert not recorder.of(ev.RetryScheduled)
    assert all(files[name] == data for name, data in on_disk.items())
    verified = {name.removeprefix("outputs/") for name, s in outcomes.items() if s == "verified"}
    assert set(on_disk) == verified


def test_a_folder_without_write_access_fails_its_files_alone(sshd_server, tmp_path):
    sshd_server.make_remote_dir(f"{BASE}/outputs", owner="root", mode=0o755)
    app = make_app(tmp_path, logs={"run.log": b"log"})
    result, recorder = upload(
        sshd_server,
        UploadJob.from_app_dir(app, "italy_galbani"),
        server_settings(sshd_server, tmp_path),
    )
    assert statuses(result) == {"outputs/Summary.xlsx": "failed", "logs/run.log": "verified"}
    failed = recorder.of(ev.FileFailed)[0]
    assert failed.kind is ErrorKind.PERMISSION_DENIED
    assert f"{BASE}/outputs" in failed.message and "Summary.xlsx" in failed.message
    assert not recorder.of(ev.RetryScheduled)
    assert _leftovers(sshd_server) == []


def test_a_protected_file_is_not_replaced_and_keeps_its_old_version(sshd_server, tmp_path):
    # A sticky folder lets the user create files but not replace another owner's file.
    sshd_server.make_remote_dir(f"{BASE}/outputs", owner="root", mode=0o1777)
    sshd_server.put_remote_file(f"{BASE}/outputs/Summary.xlsx", b"old version", owner="root")
    app = make_app(tmp_path, files={"Summary.xlsx": b"new version"})
    result, recorder = upload(
        sshd_server,
        UploadJob.from_app_dir(app, "italy_galbani"),
        server_settings(sshd_server, tmp_path),
    )
    assert statuses(result) == {"outputs/Summary.xlsx": "failed"}
    assert recorder.of(ev.FileFailed)[0].kind is ErrorKind.PERMISSION_DENIED
    assert sshd_server.read_remote(f"{BASE}/outputs/Summary.xlsx") == b"old version"
    assert _leftovers(sshd_server) == []


def test_without_posix_rename_an_old_version_is_replaced_in_two_steps(sshd_factory, tmp_path):
    server = sshd_factory(sftp_flags=("-P", "posix-rename"))
    server.put_remote_file(f"{BASE}/outputs/Summary.xlsx", b"old version")
    new = random_bytes(100_000)
    app = make_app(tmp_path, files={"Summary.xlsx": new, "Fresh.xlsx": b"fresh"})
    result, recorder = upload(
        server, UploadJob.from_app_dir(app, "italy_galbani"), server_settings(server, tmp_path)
    )
    assert isinstance(result, ev.RunFinished), result
    assert set(statuses(result).values()) == {"verified"}
    assert server.read_remote(f"{BASE}/outputs/Summary.xlsx") == new
    assert server.read_remote(f"{BASE}/outputs/Fresh.xlsx") == b"fresh"
    assert _leftovers(server) == []
    renames = _sftp_ops(server, "rename")
    # Fresh: one plain rename. Summary: old version aside, new one in.
    assert len(renames) == 3, renames
    assert not recorder.of(ev.RetryScheduled)


def test_a_refused_write_is_permission_denied_with_nothing_left(sshd_factory, tmp_path):
    server = sshd_factory(sftp_flags=("-P", "write"))
    app = make_app(tmp_path, files={"Summary.xlsx": random_bytes(10_000)})
    result, recorder = upload(
        server, UploadJob.from_app_dir(app, "italy_galbani"), server_settings(server, tmp_path)
    )
    assert statuses(result) == {"outputs/Summary.xlsx": "failed"}
    assert recorder.of(ev.FileFailed)[0].kind is ErrorKind.PERMISSION_DENIED
    assert not recorder.of(ev.RetryScheduled)
    assert server.remote_files(f"{BASE}/outputs") == {}


def test_a_read_only_server_is_permission_denied_for_every_file(sshd_factory, tmp_path):
    server = sshd_factory(sftp_flags=("-R",))
    app = make_app(tmp_path, files={"A.xlsx": b"a"}, logs={"run.log": b"log"})
    result, recorder = upload(
        server, UploadJob.from_app_dir(app, "italy_galbani"), server_settings(server, tmp_path)
    )
    assert set(statuses(result).values()) == {"failed"}
    assert {f.kind for f in recorder.of(ev.FileFailed)} == {ErrorKind.PERMISSION_DENIED}
    assert all("write access" in f.hint for f in recorder.of(ev.FileFailed))
    assert result.summary.shared_failure is ErrorKind.PERMISSION_DENIED
    assert not recorder.of(ev.RetryScheduled)
    assert server.remote_files() == {}


def _console(server, app, tmp_path, *extra):
    known_hosts = server.write_known_hosts(tmp_path / "console_known_hosts")
    command = [sys.executable, "-m", "desktop_uploader.cli", "upload", "--bu", "italy_galbani"]
    command += ["--app-dir", str(app), "--host", "127.0.0.1", "--port", str(server.port)]
    command += ["--user", server.username, "--known-hosts", str(known_hosts), *extra]
    return subprocess.run(
        command,
        env=dict(os.environ, SFTP_PASSWORD=server.password),
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_a_read_only_server_exits_7_like_a_refused_folder(sshd_factory, tmp_path):
    server = sshd_factory(sftp_flags=("-R",))
    app = make_app(tmp_path, files={"A.xlsx": b"a", "B.xlsx": b"b"})
    done = _console(server, app, tmp_path)
    # Every file failed the same way: that way's exit code, not "some files failed".
    assert done.returncode == 7, done.stdout + done.stderr
    assert "refused to write A.xlsx" in done.stdout and "refused to write B.xlsx" in done.stdout
    assert "write access" in done.stdout


def test_refused_renames_say_so_and_name_the_temp_names_switch(sshd_factory, tmp_path):
    server = sshd_factory(sftp_flags=("-P", "posix-rename,rename"))
    server.put_remote_file(f"{BASE}/outputs/Summary.xlsx", b"old version")
    app = make_app(tmp_path, files={"Summary.xlsx": random_bytes(50_000), "New.xlsx": b"new"})
    result, recorder = upload(
        server, UploadJob.from_app_dir(app, "italy_galbani"), server_settings(server, tmp_path)
    )

    assert set(statuses(result).values()) == {"failed"}
    failures = recorder.of(ev.FileFailed)
    assert {f.kind for f in failures} == {ErrorKind.PERMISSION_DENIED}
    for failed in failures:
        assert f"refused to rename {failed.file.name} into place" in failed.message
        assert "refused to write" not in failed.message
        assert "--no-temp-names" in failed.hint and "use_temp_names" in failed.hint
    assert not recorder.of(ev.RetryScheduled)
    # The complete copies under temporary names are removed; the old version stays.
    assert _leftovers(server) == []
    assert server.read_remote(f"{BASE}/outputs/Summary.xlsx") == b"old version"
    assert not server.root_path(f"{BASE}/outputs/New.xlsx").exists()


def test_refused_renames_exit_7_and_the_switch_the_hint_names_works(sshd_factory, tmp_path):
    server = sshd_factory(sftp_flags=("-P", "posix-rename,rename"))
    app = make_app(tmp_path, files={"A.xlsx": b"a", "B.xlsx": b"b"})
    refused = _console(server, app, tmp_path)
    assert refused.returncode == 7, refused.stdout + refused.stderr
    assert "--no-temp-names" in refused.stdout

    switched = _console(server, app, tmp_path, "--no-temp-names")
    assert switched.returncode == 0, switched.stdout + switched.stderr
    assert server.read_remote(f"{BASE}/outputs/A.xlsx") == b"a"


def test_without_temp_names_files_go_straight_to_their_names_and_are_verified(
    sshd_factory, tmp_path
):
    server = sshd_factory(sftp_flags=("-P", "rename,posix-rename"))
    server.put_remote_file(f"{BASE}/outputs/Summary.xlsx", b"old version")
    data = random_bytes(200_000)
    app = make_app(tmp_path, files={"Summary.xlsx": data})
    settings = server_settings(server, tmp_path, use_temp_names=False)
    result, _ = upload(server, UploadJob.from_app_dir(app, "italy_galbani"), settings)
    assert statuses(result) == {"outputs/Summary.xlsx": "verified"}
    assert server.read_remote(f"{BASE}/outputs/Summary.xlsx") == data
    assert _sftp_ops(server, "rename") == []
    assert all(PART_SUFFIX not in line for line in _sftp_ops(server, "open"))


def test_a_full_disk_met_by_writes_that_leave_with_the_files_end_fails_that_file_alone(
    sshd_factory, tmp_path
):
    # 600 KB is three writes, all sent together with the close, the time and the stat:
    # the refused write is only read after those, and must still fail the file, leave
    # no part file, and leave the session's next file undisturbed by the late answers.
    server = sshd_factory()
    baseline, summary = random_bytes(600_000), random_bytes(20_000)
    app = make_app(tmp_path, files={"Baseline_Table.xlsx": baseline, "Summary.xlsx": summary})
    settings = server_settings(server, tmp_path, parallel_files=1)
    with _tiny_filesystem(server, f"{BASE}/outputs") as outputs:
        filler = random_bytes(700_000)
        (outputs / "filler.bin").write_bytes(filler)
        result, recorder = upload(server, UploadJob.from_app_dir(app, "italy_galbani"), settings)
        on_disk = {entry.name: entry.read_bytes() for entry in outputs.iterdir()}

    assert statuses(result) == {
        "outputs/Baseline_Table.xlsx": "failed",
        "outputs/Summary.xlsx": "verified",
    }
    [failed] = recorder.of(ev.FileFailed)
    assert failed.kind is ErrorKind.REMOTE_FILE
    assert "out of space or quota" in failed.message
    assert not recorder.of(ev.RetryScheduled)
    assert on_disk == {"filler.bin": filler, "Summary.xlsx": summary}
    assert [done.sha256 for done in recorder.of(ev.FileDone)] == [sha256(summary)]
