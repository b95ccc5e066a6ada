"""The console command when its reader goes away: `... | head`, or a parent that closes
the pipe. The upload must go on to the end, against the real server."""

from __future__ import annotations

import fcntl
import os
import subprocess
import sys

from upload_helpers import make_app, random_bytes, sha256

from desktop_uploader import paths

BASE = "/data/to/startflow/italy/italy_galbani"
# Long names make long lines: with a one-page pipe, the process is bound to write again
# after the reader has closed, whatever the speed of the machine.
FILE_COUNT = 24


def _files() -> dict[str, bytes]:
    return {f"{'Forecast_' * 12}{n:02d}.xlsx": random_bytes(20_000 + n) for n in range(FILE_COUNT)}


def _small_pipe() -> tuple[int, int]:
    read_end, write_end = os.pipe()
    fcntl.fcntl(read_end, fcntl.F_SETPIPE_SZ, 4096)
    return read_end, write_end


def _start(server, app, known, *, stdout, stderr):
    command = [
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
        str(server.port),
        "--user",
        server.username,
        "--known-hosts",
        str(known),
    ]
    env = dict(os.environ, SFTP_PASSWORD=server.password)
    return subprocess.Popen(
        command, env=env, stdin=subprocess.DEVNULL, stdout=stdout, stderr=stderr
    )


def _read_lines_then_close(read_end: int, count: int) -> list[bytes]:
    with os.fdopen(read_end, "rb") as reader:
        return [reader.readline() for _ in range(count)]


def _assert_every_file_arrived(server, files: dict[str, bytes]) -> None:
    assert sorted(server.list_remote(f"{BASE}/outputs")) == sorted(files)
    for name, data in files.items():
        assert server.remote_sha256(f"{BASE}/outputs/{name}") == sha256(data)


def _run_log() -> str:
    [log_file] = paths.log_dir().glob("*-cli.log")
    return log_file.read_text(encoding="utf-8")


def test_a_closed_output_pipe_lets_the_upload_end_with_its_exit_code(sshd_server, tmp_path):
    files = _files()
    app = make_app(tmp_path, files=files)
    known = sshd_server.write_known_hosts(tmp_path / "known_hosts")
    read_end, write_end = _small_pipe()

    process = _start(sshd_server, app, known, stdout=write_end, stderr=subprocess.PIPE)
    os.close(write_end)
    first = _read_lines_then_close(read_end, 3)
    errors = process.communicate(timeout=120)[1].decode()

    assert b"connecting to 127.0.0.1" in first[0]
    assert process.returncode == 0, errors
    assert "Traceback" not in errors and "Exception ignored" not in errors
    assert "Log of this run:" in errors
    _assert_every_file_arrived(sshd_server, files)
    log = _run_log()
    assert "Nothing more is printed on the console output" in log
    assert log.count("Forecast_") >= FILE_COUNT


def test_both_console_streams_closed_still_upload_every_file(sshd_server, tmp_path):
    files = _files()
    app = make_app(tmp_path, files=files)
    known = sshd_server.write_known_hosts(tmp_path / "known_hosts")
    read_end, write_end = _small_pipe()
    error_read, error_write = os.pipe()
    os.close(error_read)  # nobody ever reads the error output

    process = _start(sshd_server, app, known, stdout=write_end, stderr=error_write)
    os.close(write_end)
    os.close(error_write)
    _read_lines_then_close(read_end, 1)

    assert process.wait(timeout=120) == 0
    _assert_every_file_arrived(sshd_server, files)
    assert "Traceback" not in _run_log()


def _upload(server, app, known, *extra):
    command = [sys.executable, "-m", "desktop_uploader.cli", "upload", "--app-dir", str(app),
               "--bu", "italy_galbani", "--host", "127.0.0.1", "--port", str(server.port),
               "--user", server.username, "--known-hosts", str(known), *extra]  # fmt: skip
    env = dict(os.environ, SFTP_PASSWORD=server.password)
    return subprocess.run(
        command, env=env, capture_output=True, text=True, timeout=120, stdin=subprocess.DEVNULL
    )


def test_c04_a_busy_servers_banner_error_is_no_error_line_of_paramiko(sshd_factory, tmp_path):
    server = sshd_factory(global_options=("MaxStartups 1", "LoginGraceTime 20"))
    app = make_app(tmp_path)
    known = server.write_known_hosts(tmp_path / "known_hosts")

    with server.hold_startup_slot():
        done = _upload(server, app, known, "--max-attempts", "1")

    assert done.returncode == 5, done.stdout + done.stderr
    assert "busy" in done.stdout
    log = _run_log()
    # The engine's own verdict is an error; paramiko's traceback of it is detail.
    assert " ERROR   desktop_uploader.engine" in log
    assert " ERROR   paramiko" not in log
    assert " DEBUG   paramiko.transport: Traceback (most recent call last):" in log


def test_debug_paramiko_after_upload_writes_protocol_steps_without_secrets(sshd_server, tmp_path):
    app = make_app(tmp_path)
    known = sshd_server.write_known_hosts(tmp_path / "known_hosts")

    done = _upload(sshd_server, app, known, "--debug-paramiko")

    assert done.returncode == 0, done.stdout + done.stderr
    log = _run_log()
    assert " DEBUG   paramiko.transport: " in log
    assert "Authentication (password) successful!" in log
    assert sshd_server.password not in log
    assert "OUT: " not in log and "IN: " not in log  # no packet dump
