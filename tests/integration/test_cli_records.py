"""History, profiles and the diagnostic report through the console command, against the
real server: what was sent is recorded with its SHA-256, a pinned profile refuses another
server key, and a report made after a run holds no password."""

from __future__ import annotations

import base64
import os
import subprocess
import sys
import zipfile

from upload_helpers import make_app, random_bytes, sha256

from desktop_uploader.engine.host_keys import fingerprint
from desktop_uploader.history import HistoryStore

BASE = "/data/to/startflow/italy/italy_galbani"


def _cli(*arguments, password=None):
    env = dict(os.environ)
    if password is not None:
        env["SFTP_PASSWORD"] = password
    return subprocess.run(
        [sys.executable, "-m", "desktop_uploader.cli", *arguments],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        stdin=subprocess.DEVNULL,
    )


def _upload(server, app, *extra, debug=False):
    # paramiko's own debug log holds the most protocol detail a password could hide in.
    first = ["--debug-paramiko"] if debug else []
    return _cli(
        *first,
        "upload",
        "--app-dir",
        str(app),
        "--bu",
        "italy_galbani",
        *extra,
        password=server.password,
    )


def _profile(tmp_path, server, pin: str):
    path = tmp_path / "production.toml"
    path.write_text(
        f'name = "Production"\nhost = "127.0.0.1"\nport = {server.port}\n'
        f'username = "{server.username}"\nhost_key_fingerprint = "{pin}"\n'
        'skip_patterns = ["~$*", "*.bak"]\nlocked = ["host", "host_key_fingerprint"]\n',
        encoding="utf-8",
    )
    return path


def _connection(server, tmp_path):
    known = server.write_known_hosts(tmp_path / "known_hosts")
    return ["--host", "127.0.0.1", "--port", str(server.port), "--user", server.username,
            "--known-hosts", str(known)]  # fmt: skip


def test_the_history_holds_the_sha256_of_every_file_the_upload_sent(sshd_server, tmp_path):
    files = {"Baseline_Table.xlsx": random_bytes(300_000), "Promotion_Level_Table.xlsx": b"p"}
    app = make_app(tmp_path, files=files, logs={"pipeline_1.log": b"ran\n"})

    done = _upload(sshd_server, app, *_connection(sshd_server, tmp_path))
    assert done.returncode == 0, done.stdout + done.stderr

    [run] = HistoryStore().recent_runs()
    assert (run.bu, run.outcome, run.face) == ("italy_galbani", "ok", "cli")
    assert run.server == f"127.0.0.1:{sshd_server.port}"
    assert run.sftp_user == sshd_server.username and run.remote_dir == BASE
    sent = {f.remote_path: f.sha256 for f in run.files}
    assert len(sent) == 3
    for remote, digest in sent.items():
        assert digest == sshd_server.remote_sha256(remote), remote
    assert sent[f"{BASE}/outputs/Baseline_Table.xlsx"] == sha256(files["Baseline_Table.xlsx"])

    shown = _cli("history", "--bu", "italy_galbani", "--csv", str(tmp_path / "h.csv"))
    assert shown.returncode == 0, shown.stderr
    for digest in sent.values():
        assert digest in shown.stdout
    assert "Wrote 3 rows (1 run)" in shown.stdout
    assert sent[f"{BASE}/logs/pipeline_1.log"] in (tmp_path / "h.csv").read_text("utf-8-sig")
    assert "No recorded run" in _cli("history", "--bu", "france_president").stdout


def test_a_profile_with_a_pinned_fingerprint_refuses_a_server_with_another_key(
    sshd_server, tmp_path
):
    app = make_app(tmp_path)
    other_key = "SHA256:" + base64.b64encode(os.urandom(32)).decode().rstrip("=")
    profile = _profile(tmp_path, sshd_server, other_key)
    known = tmp_path / "known_hosts"

    done = _upload(sshd_server, app, "--profile", str(profile), "--known-hosts", str(known))

    assert done.returncode == 6, done.stdout + done.stderr
    assert other_key in done.stdout and fingerprint(sshd_server.host_key) in done.stdout
    assert sshd_server.remote_files() == {}
    assert not known.exists() or sshd_server.host_key.get_base64() not in known.read_text()


def test_a_profile_with_the_right_pin_trusts_the_new_server_and_uploads(sshd_server, tmp_path):
    app = make_app(tmp_path, files={"Summary.xlsx": b"s", "Summary.bak": b"old"})
    profile = _profile(tmp_path, sshd_server, fingerprint(sshd_server.host_key))
    known = tmp_path / "known_hosts"

    done = _upload(sshd_server, app, "--profile", str(profile), "--known-hosts", str(known))

    assert done.returncode == 0, done.stdout + done.stderr
    assert sshd_server.remote_files() == {f"{BASE}/outputs/Summary.xlsx": 1}
    assert "Summary.bak: temporary or system file (*.bak)" in done.stdout
    assert sshd_server.host_key.get_base64() in known.read_text()


def test_a_report_made_after_a_run_holds_the_password_zero_times(sshd_server, tmp_path):
    app = make_app(tmp_path, logs={"pipeline_1.log": b"ok\n"})
    done = _upload(sshd_server, app, *_connection(sshd_server, tmp_path), debug=True)
    assert done.returncode == 0, done.stdout + done.stderr
    report = tmp_path / "report.zip"

    # Without the password at hand, the report can only be clean if the logs are.
    saved = _cli("diagnostics", "--out", str(report))

    assert saved.returncode == 0, saved.stderr
    password = sshd_server.password.encode()
    with zipfile.ZipFile(report) as archive:
        names = archive.namelist()
        contents = {name: archive.read(name) for name in names}
    assert {"versions.json", "settings.json", "history.csv"} <= set(names)
    run_logs = [name for name in names if name.startswith("logs/")]
    assert any(b"Logged in as" in contents[name] for name in run_logs)
    assert sum(data.count(password) for data in contents.values()) == 0
    assert password not in report.read_bytes()
