"""The console command end to end, as the pipeline runs it: a real process, real server."""

from __future__ import annotations

import os
import signal
import subprocess
import sys

import pytest
from upload_helpers import make_app, random_bytes, sha256

BASE = "/data/to/startflow/italy/italy_galbani"


def _command(server, app, *extra, port=None):
    return [
        sys.executable,
        "-m",
        "desktop_uploader.cli",
        "upload",
        "--app-dir",
        str(app),
        "--host",
        "127.0.0.1",
        "--port",
        str(port or server.port),
        "--user",
        server.username,
        *extra,
    ]


def _run(command, password, **kwargs):
    env = dict(os.environ, SFTP_PASSWORD=password)
    return subprocess.run(
        command,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        stdin=subprocess.DEVNULL,
        **kwargs,
    )


def test_first_run_accepts_the_key_then_uploads_and_summarises(sshd_server, tmp_path):
    data = random_bytes(200_000)
    app = make_app(tmp_path, files={"Baseline_Table.xlsx": data, "~$Baseline_Table.xlsx": b"o"})
    known = tmp_path / "known_hosts"
    done = _run(
        _command(
            sshd_server,
            app,
            "--bu",
            "italy_galbani",
            "--known-hosts",
            str(known),
            "--accept-new-host-key",
        ),
        sshd_server.password,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    assert sshd_server.remote_sha256(f"{BASE}/outputs/Baseline_Table.xlsx") == sha256(data)
    assert "1 of 1 files reached" in done.stdout
    assert "skipped" in done.stdout and "~$Baseline_Table.xlsx" in done.stdout
    assert f"[127.0.0.1]:{sshd_server.port} ssh-ed25519" in known.read_text()
    assert "Trusting new ssh-ed25519 key SHA256:" in done.stdout
    assert f" for [127.0.0.1]:{sshd_server.port}\n" in done.stdout

    again = _run(
        _command(sshd_server, app, "--bu", "italy_galbani", "--known-hosts", str(known)),
        sshd_server.password,
    )
    assert again.returncode == 0, again.stdout + again.stderr


def test_an_unknown_key_without_consent_exits_6_and_sends_nothing(sshd_server, tmp_path):
    app = make_app(tmp_path)
    done = _run(
        _command(sshd_server, app, "--bu", "italy_galbani", "--known-hosts", str(tmp_path / "kh")),
        sshd_server.password,
    )
    assert done.returncode == 6
    assert "SHA256:" in done.stdout
    assert sshd_server.list_remote(f"{BASE}/outputs") == []


def test_environment_variables_of_the_seed_drive_a_run(sshd_server, tmp_path):
    app = make_app(tmp_path)
    known = tmp_path / "kh"
    known.write_text(
        f"[127.0.0.1]:{sshd_server.port} ssh-ed25519 {sshd_server.host_key.get_base64()}\n"
    )
    env = dict(
        os.environ,
        SFTP_HOST="127.0.0.1",
        SFTP_PORT=str(sshd_server.port),
        SFTP_USERNAME=sshd_server.username,
        SFTP_PASSWORD=sshd_server.password,
        BUSINESS_UNIT="italy_galbani",
    )
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "desktop_uploader.cli",
            "upload",
            "--app-dir",
            str(app),
            "--known-hosts",
            str(known),
        ],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        stdin=subprocess.DEVNULL,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    assert sshd_server.list_remote(f"{BASE}/outputs") == ["Summary.xlsx"]


def test_exit_codes_name_the_failure(sshd_server, tmp_path):
    known = tmp_path / "kh"
    known.write_text(
        f"[127.0.0.1]:{sshd_server.port} ssh-ed25519 {sshd_server.host_key.get_base64()}\n"
    )
    spain = make_app(tmp_path / "s", bu="spain_madrid")
    missing = _run(
        _command(sshd_server, spain, "--bu", "spain_madrid", "--known-hosts", str(known)),
        sshd_server.password,
    )
    assert missing.returncode == 4
    assert "/data/to/startflow/spain/spain_madrid" in missing.stdout
    assert missing.stdout.count("Attempt 1 of 5") == 1 and "Attempt 2" not in missing.stdout

    app = make_app(tmp_path / "i")
    wrong = _run(
        _command(sshd_server, app, "--bu", "italy_galbani", "--known-hosts", str(known)),
        "not-the-password",
    )
    assert wrong.returncode == 3
    assert "not-the-password" not in wrong.stdout + wrong.stderr


# A scheduler's timeout or a shutdown sends SIGTERM: it stops the run as Ctrl-C does.
@pytest.mark.parametrize("stop", [signal.SIGINT, signal.SIGTERM], ids=["ctrl-c", "sigterm"])
def test_ctrl_c_during_a_backoff_wait_exits_130_promptly(tmp_path, sshd_server, stop):
    app = make_app(tmp_path)
    command = _command(
        sshd_server,
        app,
        "--bu",
        "italy_galbani",
        "--known-hosts",
        str(tmp_path / "kh"),
        "--base-delay",
        "600",
        "--max-delay",
        "600",
        port=1,
    )
    env = dict(os.environ, SFTP_PASSWORD="x", PYTHONUNBUFFERED="1")
    process = subprocess.Popen(
        command, env=env, stdout=subprocess.PIPE, text=True, stdin=subprocess.DEVNULL
    )
    try:
        for line in process.stdout:
            if "retrying in 600 s" in line:
                break
        process.send_signal(stop)
        # The wait was 600 s: ending well within 30 s proves the cancel cut it short.
        code = process.wait(timeout=30)
        rest = process.stdout.read()
    finally:
        process.kill()
    assert code == 130
    assert "italy_galbani" in rest  # the summary still says what reached the server


def test_a_wrong_password_is_tried_once_for_several_bus(sshd_server, tmp_path):
    # Trying it again for each BU could lock the account on the company server.
    known = tmp_path / "kh"
    sshd_server.write_known_hosts(known)
    app = make_app(tmp_path, bu="italy_galbani")
    make_app(tmp_path, bu="italy_parmalat")
    mark = sshd_server.log_mark()
    done = _run(
        _command(
            sshd_server,
            app,
            "--bu",
            "italy_galbani",
            "--bu",
            "italy_parmalat",
            "--known-hosts",
            str(known),
        ),
        "not-the-password",
    )
    assert done.returncode == 3
    assert "italy_parmalat: not attempted" in done.stdout
    assert sshd_server.log_text(mark).count("Failed password") == 1
