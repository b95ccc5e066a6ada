"""Preview and --dry-run against the real server: they read, and never change anything."""

from __future__ import annotations

import os
import subprocess
import sys
import threading

from support.waiting import wait_until
from upload_helpers import FAST_POLICY, make_app, server_settings, upload

from desktop_uploader.engine import Credentials, Secret, UploadJob
from desktop_uploader.engine.preview import FileAction, preview_uploads

BASE = "/data/to/startflow/italy/italy_galbani"
# internal-sftp's log words for every request that changes the server.
CHANGING = ("mkdir", "rmdir", "remove", "rename", "posix-rename", "set ", "symlink", "hardlink")


def _server_state(server) -> tuple[dict[str, int], list[str]]:
    """Every file with its size, and every folder: a mkdir shows in the second."""
    root = server.root_path("/")
    folders = sorted(str(p.relative_to(root)) for p in root.rglob("*") if p.is_dir())
    return server.remote_files(), folders


def _changing_requests(server, since: int) -> list[str]:
    """The sftp log lines after ``since`` that change the server, once the session ended."""
    wait_until(
        lambda: any("session closed" in line for line in server.sftp_log_lines()[since:]),
        message="the end of the SFTP session in the sftp log",
    )
    lines = server.sftp_log_lines()[since:]
    writes = [line for line in lines if line.startswith("open ") and "WRITE" in line]
    return writes + [line for line in lines if line.startswith(CHANGING)]


def _pipeline(tmp_path, server):
    app = make_app(
        tmp_path,
        files={
            "New.xlsx": b"n" * 1000,
            "Changed.xlsx": b"c" * 2000,
            "Same.xlsx": b"s" * 3000,
            "~$New.xlsx": b"owner",
        },
        logs={"pipeline_1.log": b"log\n" * 10},
    )
    outputs = app / "outputs" / "italy_galbani"
    server.put_remote_file(f"{BASE}/outputs/Changed.xlsx", b"old" * 10)
    same = server.put_remote_file(f"{BASE}/outputs/Same.xlsx", b"s" * 3000)
    local = (outputs / "Same.xlsx").stat()
    os.utime(same, ns=(local.st_atime_ns, local.st_mtime_ns))
    return app


def _cli(server, app, *extra, known_hosts):
    command = [
        sys.executable,
        "-m",
        "desktop_uploader.cli",
        "upload",
        "--app-dir",
        str(app),
        "--host",
        "127.0.0.1",
        "--port",
        str(server.port),
        "--user",
        server.username,
        "--known-hosts",
        str(known_hosts),
        *extra,
    ]
    env = dict(os.environ, SFTP_PASSWORD=server.password)
    return subprocess.run(
        command, env=env, capture_output=True, text=True, timeout=120, stdin=subprocess.DEVNULL
    )


def test_dry_run_prints_each_file_and_leaves_the_server_untouched(sshd_server, tmp_path):
    app = _pipeline(tmp_path, sshd_server)
    # italy_parmalat lives in the doubled-separator folder, without outputs/ or logs/ yet.
    make_app(tmp_path, "italy_parmalat", files={"Baseline_Table.xlsx": b"b"})
    known = sshd_server.write_known_hosts(tmp_path / "known_hosts")
    before = _server_state(sshd_server)
    mark = len(sshd_server.sftp_log_lines())

    done = _cli(sshd_server, app, "--all", "--dry-run", known_hosts=known)

    assert done.returncode == 0, done.stdout + done.stderr
    assert _server_state(sshd_server) == before
    assert _changing_requests(sshd_server, mark) == []
    out = done.stdout
    assert "Dry run: nothing is written on the server." in out
    assert f"italy_galbani: remote folder {BASE}" in out
    assert "new        outputs/New.xlsx (1.0 KB)" in out
    assert "replaces   outputs/Changed.xlsx (2.0 KB; on the server 30 B, " in out
    assert "unchanged  outputs/Same.xlsx" in out
    assert "skipped    outputs/~$New.xlsx: Excel lock file" in out
    assert "italy_parmalat: remote folder /data/to/startflow/italy/italy__parmalat" in out
    assert "/italy__parmalat/outputs does not exist yet; the upload will create it" in out


def test_dry_run_of_a_missing_remote_folder_exits_4_and_names_the_paths(sshd_server, tmp_path):
    app = make_app(tmp_path, "spain_ebro")
    known = sshd_server.write_known_hosts(tmp_path / "known_hosts")

    done = _cli(sshd_server, app, "--bu", "spain_ebro", "--dry-run", known_hosts=known)

    assert done.returncode == 4, done.stdout + done.stderr
    assert "/data/to/startflow/spain/spain_ebro" in done.stdout
    assert "/data/to/startflow/spain/spain__ebro" in done.stdout


def test_preview_matches_what_the_following_upload_does_file_by_file(sshd_server, tmp_path):
    app = _pipeline(tmp_path, sshd_server)
    job = UploadJob.from_app_dir(app, "italy_galbani")
    settings = server_settings(sshd_server, tmp_path)
    before = sshd_server.remote_files()
    credentials = Credentials(password=Secret(sshd_server.password))

    mark = len(sshd_server.sftp_log_lines())
    preview = preview_uploads([job], settings, credentials, threading.Event())
    assert _changing_requests(sshd_server, mark) == []
    mark = len(sshd_server.sftp_log_lines())
    result, _ = upload(sshd_server, job, settings, policy=FAST_POLICY)
    # The same check sees the upload's writes: it would see a dry run's too.
    changes = _changing_requests(sshd_server, mark)
    assert any(line.startswith("open ") for line in changes)
    assert any(line.startswith("posix-rename") for line in changes)

    [unit] = preview.units
    assert preview.ok and unit.remote_dir == BASE
    outcomes = {(o.file.folder, o.file.name): o for o in result.summary.outcomes}
    assert {(f.folder, f.name) for f in unit.files} == set(outcomes)
    for file in unit.files:
        outcome = outcomes[(file.folder, file.name)]
        remote = f"{BASE}/{file.folder}/{file.name}"
        if file.action is FileAction.SKIPPED:
            assert outcome.status == "skipped" and remote not in sshd_server.remote_files()
            continue
        assert outcome.status.reached_server, file
        assert (remote in before) == (file.action is not FileAction.NEW), file
        if file.action is FileAction.REPLACES:
            assert before[remote] == file.remote_size != file.size
    assert unit.count(FileAction.NEW) == 2  # New.xlsx and the log
    assert unit.count(FileAction.UNCHANGED) == 1
