"""Key file and agent logins against a real OpenSSH server that accepts only SHA-2
signatures, and proof from sshd's log that only the chosen method is ever tried."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

import pytest
from security_helpers import cli, cli_upload_args, run_engine, session_closed, settings_for
from support.sshd import SshdServer
from support.waiting import wait_until
from upload_helpers import make_app

from desktop_uploader import cli_login
from desktop_uploader import credentials as keyring_store
from desktop_uploader.engine import Credentials, ErrorKind, Secret
from desktop_uploader.engine import events as ev

PASSPHRASE = "correct horse battery staple"
# No ssh-rsa: an RSA login must be signed with rsa-sha2-256 or rsa-sha2-512.
SHA2_ONLY = "PubkeyAcceptedAlgorithms ssh-ed25519,ecdsa-sha2-nistp256,rsa-sha2-512,rsa-sha2-256"


def _keygen(folder: Path, kind: str, passphrase: str = "", name: str = "") -> Path:
    path = folder / f"id_{name or kind}"
    command = ["ssh-keygen", "-q", "-t", kind, "-N", passphrase, "-C", "", "-f", str(path)]
    subprocess.run(command, check=True)
    return path


@pytest.fixture(scope="module")
def client_keys(tmp_path_factory):
    folder = tmp_path_factory.mktemp("client_keys")
    return {
        "ed25519": _keygen(folder, "ed25519", PASSPHRASE),
        "ecdsa": _keygen(folder, "ecdsa"),
        "rsa": _keygen(folder, "rsa"),
        "stranger": _keygen(folder, "ed25519", name="stranger"),
    }


@pytest.fixture(scope="module")
def key_server(sshd_user, client_keys):
    """Accepts the ed25519, ECDSA and RSA keys, and the password too."""
    public = [Path(f"{client_keys[kind]}.pub").read_text() for kind in ("ed25519", "ecdsa", "rsa")]
    server = SshdServer(sshd_user, global_options=(SHA2_ONLY,), authorized_keys=public)
    with server.start():
        yield server


@pytest.fixture
def trusted(key_server, tmp_path):
    return settings_for(
        key_server, known_hosts_file=key_server.write_known_hosts(tmp_path / "known_hosts")
    )


@pytest.fixture
def agent(tmp_path, monkeypatch):
    """A real ssh-agent for this test, reached through SSH_AUTH_SOCK."""
    socket_path = tmp_path / "agent.sock"
    process = subprocess.Popen(
        ["ssh-agent", "-D", "-a", str(socket_path)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        wait_until(socket_path.exists, 10, message="ssh-agent listening")
        monkeypatch.setenv("SSH_AUTH_SOCK", str(socket_path))
        yield socket_path
    finally:
        process.terminate()
        process.wait(timeout=10)


def _ssh_add(key: Path, passphrase: str = "") -> None:
    # ssh-add asks for a passphrase only on a terminal; keys added here have none.
    assert not passphrase
    subprocess.run(["ssh-add", "-q", str(key)], check=True, env=dict(os.environ))


def _accepted_line(server, log: str) -> str:
    # "Accepted key ... found at" precedes it: the key matched, not yet the login.
    lines = [
        line
        for line in log.splitlines()
        if line.startswith(("Accepted publickey for", "Accepted password for"))
    ]
    assert len(lines) == 1, log
    assert server.username in lines[0]
    return lines[0]


def _no_password_tried(log: str) -> bool:
    return "password for" not in log


@pytest.mark.parametrize(
    ("kind", "logged_type", "passphrase"),
    [("ed25519", "ED25519", PASSPHRASE), ("ecdsa", "ECDSA", None), ("rsa", "RSA", None)],
)
def test_a_key_file_logs_in_with_that_key_only(
    key_server, trusted, client_keys, tmp_path, kind, logged_type, passphrase
):
    app = make_app(tmp_path)
    mark = key_server.log_mark()
    creds = Credentials(
        key_file=client_keys[kind],
        passphrase=Secret(passphrase) if passphrase else None,
        # Never used: a key login must not fall back to the password.
        password=Secret(key_server.password),
    )

    result, _ = run_engine(app, trusted, creds)

    assert isinstance(result, ev.RunFinished), result
    log = session_closed(key_server, mark)
    assert f"Accepted publickey for {key_server.username}" in _accepted_line(key_server, log)
    assert f": {logged_type} SHA256:" in log
    assert _no_password_tried(log)


def test_a_refused_key_is_tried_once_and_the_password_is_never_sent(
    key_server, trusted, client_keys, tmp_path
):
    app = make_app(tmp_path)
    mark = key_server.log_mark()
    creds = Credentials(key_file=client_keys["stranger"], password=Secret(key_server.password))

    result, recorder = run_engine(app, trusted, creds)

    assert result.kind is ErrorKind.AUTH_FAILED
    assert len(recorder.of(ev.ConnectionStarted)) == 1
    log = session_closed(key_server, mark)
    assert "Accepted" not in log
    assert _no_password_tried(log)


def test_a_wrong_passphrase_is_bad_input_found_before_connecting(
    key_server, trusted, client_keys, tmp_path
):
    app = make_app(tmp_path)
    mark = key_server.log_mark()
    creds = Credentials(key_file=client_keys["ed25519"], passphrase=Secret("not it"))

    result, _ = run_engine(app, trusted, creds)

    assert result.kind is ErrorKind.BAD_INPUT
    assert "passphrase" in result.message and "not it" not in result.message
    assert "Connection from" not in key_server.log_text(since=mark)


def test_the_agent_logs_in_with_its_key(key_server, trusted, client_keys, agent, tmp_path):
    _ssh_add(client_keys["ecdsa"])
    app = make_app(tmp_path)
    mark = key_server.log_mark()

    result, _ = run_engine(app, trusted, Credentials(use_agent=True))

    assert isinstance(result, ev.RunFinished), result
    log = session_closed(key_server, mark)
    assert ": ECDSA SHA256:" in _accepted_line(key_server, log)
    assert _no_password_tried(log)


def test_an_empty_agent_or_no_agent_is_bad_input(key_server, trusted, agent, tmp_path, monkeypatch):
    app = make_app(tmp_path)
    empty, _ = run_engine(app, trusted, Credentials(use_agent=True))
    monkeypatch.delenv("SSH_AUTH_SOCK")
    missing, _ = run_engine(app, trusted, Credentials(use_agent=True))

    assert empty.kind is ErrorKind.BAD_INPUT and "holds no key" in empty.message
    assert missing.kind is ErrorKind.BAD_INPUT and "SSH_AUTH_SOCK" in missing.message


def test_the_console_logs_in_with_a_key_file_and_its_passphrase(
    key_server, trusted, client_keys, tmp_path
):
    app = make_app(tmp_path)
    mark = key_server.log_mark()
    known = str(trusted.known_hosts_file)

    done = cli(
        *cli_upload_args(key_server, app, "--known-hosts", known, "--key-file"),
        str(client_keys["ed25519"]),
        env={"SFTP_KEY_PASSPHRASE": PASSPHRASE, "SFTP_PASSWORD": key_server.password},
    )
    missing = cli(
        *cli_upload_args(key_server, app, "--known-hosts", known, "--key-file"),
        str(client_keys["ed25519"]),
    )

    assert done.returncode == 0, done.stdout + done.stderr
    log = session_closed(key_server, mark)
    assert ": ED25519 SHA256:" in _accepted_line(key_server, log)
    assert _no_password_tried(log)
    assert missing.returncode == 2 and "protected by a passphrase" in missing.stderr


def test_the_console_logs_in_with_the_agent(key_server, trusted, client_keys, agent, tmp_path):
    _ssh_add(client_keys["rsa"])
    app = make_app(tmp_path)
    mark = key_server.log_mark()

    done = cli(
        *cli_upload_args(
            key_server, app, "--known-hosts", str(trusted.known_hosts_file), "--agent"
        ),
    )

    assert done.returncode == 0, done.stdout + done.stderr
    assert ": RSA SHA256:" in _accepted_line(key_server, session_closed(key_server, mark))


def test_the_console_refuses_both_key_file_and_agent(tmp_path):
    done = cli("upload", "--key-file", str(tmp_path / "k"), "--agent", "--bu", "italy_galbani")
    assert done.returncode == 2
    assert "not allowed with" in done.stderr


def test_a_passphrase_is_remembered_only_when_asked(client_keys, memory_keyring, monkeypatch):
    key = client_keys["ed25519"]
    monkeypatch.setenv(cli_login.ENV_PASSPHRASE, PASSPHRASE)
    cli_login._key_credentials(key, remember=False)
    assert memory_keyring.passwords == {}

    cli_login._key_credentials(key, remember=True)
    monkeypatch.delenv(cli_login.ENV_PASSPHRASE)
    again = cli_login._key_credentials(key, remember=False)

    entry = (keyring_store.SERVICE_NAME, keyring_store.passphrase_entry_name(key))
    assert memory_keyring.passwords == {entry: PASSPHRASE}
    assert again.passphrase.reveal() == PASSPHRASE
