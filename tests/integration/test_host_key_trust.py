"""Field case C07 and the trust rules around it, against a real OpenSSH server: unknown,
changed and pinned keys, port-qualified and hashed entries, several key types, and an
old server that only offers ssh-rsa. In both faces: the engine and the console command.

sshd logs the user name only once a login request arrived, so "the user name is not in
sshd's log" proves that no password (nor any other credential) was sent."""

from __future__ import annotations

import subprocess

from security_helpers import (
    BU,
    OUTPUTS,
    cli,
    cli_upload_args,
    login_attempted,
    run_engine,
    session_closed,
    settings_for,
)
from upload_helpers import make_app

from desktop_uploader import paths
from desktop_uploader.engine import Credentials, ErrorKind, Secret
from desktop_uploader.engine import events as ev
from desktop_uploader.engine.host_keys import fingerprint


def _password(server) -> Credentials:
    return Credentials(password=Secret(server.password))


def test_c07a_a_fresh_profile_is_asked_before_anything_is_sent(sshd_server, tmp_path):
    app = make_app(tmp_path)
    asked, log_when_asked = [], []

    def decline(info):
        asked.append(info)
        log_when_asked.append(sshd_server.log_text(since=mark))
        return False

    mark = sshd_server.log_mark()
    result, recorder = run_engine(
        app, settings_for(sshd_server), _password(sshd_server), confirm=decline
    )

    assert result.kind is ErrorKind.HOST_KEY_UNKNOWN
    assert [(i.key_type, i.fingerprint) for i in asked] == [
        ("ssh-ed25519", fingerprint(sshd_server.host_key))
    ]
    assert not login_attempted(sshd_server, log_when_asked[0])
    assert not login_attempted(sshd_server, session_closed(sshd_server, mark))
    assert len(recorder.of(ev.ConnectionStarted)) == 1
    assert not paths.app_known_hosts_file().exists()
    assert sshd_server.list_remote(OUTPUTS) == []


def test_c07a_trusting_the_key_stores_it_then_logs_in(sshd_server, tmp_path):
    app = make_app(tmp_path)
    log_when_asked = []

    def trust(info):
        log_when_asked.append(sshd_server.log_text(since=mark))
        return True

    mark = sshd_server.log_mark()
    result, _ = run_engine(app, settings_for(sshd_server), _password(sshd_server), confirm=trust)

    assert isinstance(result, ev.RunFinished), result
    assert not login_attempted(sshd_server, log_when_asked[0])
    stored = paths.app_known_hosts_file().read_text()
    assert stored == sshd_server.known_hosts_line + "\n"


def test_c07b_a_changed_key_is_refused_before_login_and_not_replaced(sshd_factory, tmp_path):
    server = sshd_factory()
    app = make_app(tmp_path)
    first, _ = run_engine(app, settings_for(server), _password(server), confirm=lambda i: True)
    assert isinstance(first, ev.RunFinished), first
    trusted = paths.app_known_hosts_file().read_text()

    server.restart(new_host_keys=True)
    asked = []
    mark = server.log_mark()
    result, recorder = run_engine(
        app, settings_for(server), _password(server), confirm=lambda i: asked.append(i) or True
    )

    assert result.kind is ErrorKind.HOST_KEY_CHANGED
    assert "has changed" in result.message and "intercepting" in result.message
    assert "call IT" in result.hint
    # Only the file that holds the old key is named: ~/.ssh/known_hosts does not exist.
    assert str(paths.app_known_hosts_file()) in result.message
    assert str(paths.user_known_hosts_file()) not in result.message
    assert asked == []  # no way to wave it through
    assert len(recorder.of(ev.ConnectionStarted)) == 1
    assert recorder.of(ev.RetryScheduled) == []
    assert paths.app_known_hosts_file().read_text() == trusted
    assert not login_attempted(server, session_closed(server, mark))


def test_c07b_the_console_refuses_a_changed_key_even_with_accept_new(sshd_factory, tmp_path):
    server = sshd_factory()
    known = server.write_known_hosts(tmp_path / "known_hosts")
    before = known.read_text()
    server.restart(new_host_keys=True)
    app = make_app(tmp_path)
    mark = server.log_mark()

    done = cli(
        *cli_upload_args(server, app, "--known-hosts", str(known), "--accept-new-host-key"),
        env={"SFTP_PASSWORD": server.password},
    )

    assert done.returncode == 6, done.stdout + done.stderr
    assert "has changed" in done.stdout and "call IT" in done.stdout
    assert "Trusting" not in done.stdout
    assert done.stdout.count("Attempt 1 of 5") == 1 and "Attempt 2" not in done.stdout
    assert known.read_text() == before
    assert not login_attempted(server, session_closed(server, mark))


def test_c07c_an_entry_without_the_port_is_unknown_and_stored_with_it(sshd_server, tmp_path):
    user_file = paths.user_known_hosts_file()
    user_file.parent.mkdir(parents=True)
    key = sshd_server.host_key
    user_file.write_text(f"127.0.0.1 {key.get_name()} {key.get_base64()}\n")
    app = make_app(tmp_path)
    asked = []

    def trust(info):
        asked.append(info)
        return True

    first, _ = run_engine(app, settings_for(sshd_server), _password(sshd_server), confirm=trust)
    second, _ = run_engine(app, settings_for(sshd_server), _password(sshd_server), confirm=trust)

    assert isinstance(first, ev.RunFinished) and isinstance(second, ev.RunFinished)
    assert len(asked) == 1
    stored = paths.app_known_hosts_file().read_text()
    assert stored.startswith(f"[127.0.0.1]:{sshd_server.port} ssh-ed25519 ")
    assert user_file.read_text().startswith("127.0.0.1 ")  # the user's file is never written


def test_c07d_an_ssh_rsa_only_server_fails_once_naming_the_mismatch(sshd_factory, tmp_path):
    server = sshd_factory(global_options=("HostKeyAlgorithms ssh-rsa",))
    app = make_app(tmp_path)
    mark = server.log_mark()

    result, recorder = run_engine(
        app, settings_for(server), _password(server), confirm=lambda i: True
    )

    assert result.kind is ErrorKind.SERVER_INCOMPATIBLE
    assert "Algorithm mismatch" in result.message
    assert "server key type" in result.message and "ssh-rsa" in result.message
    assert "rsa-sha2-256" in result.hint and "administrator" in result.hint
    assert len(recorder.of(ev.ConnectionStarted)) == 1
    assert not login_attempted(server, session_closed(server, mark))

    done = cli(
        *cli_upload_args(server, app, "--accept-new-host-key"),
        env={"SFTP_PASSWORD": server.password},
    )
    assert done.returncode == 7, done.stdout + done.stderr
    assert "Algorithm mismatch" in done.stdout and "Attempt 2" not in done.stdout


def test_the_console_refuses_an_unknown_key_without_consent(sshd_server, tmp_path):
    app = make_app(tmp_path)
    mark = sshd_server.log_mark()

    done = cli(*cli_upload_args(sshd_server, app), env={"SFTP_PASSWORD": sshd_server.password})

    assert done.returncode == 6
    assert fingerprint(sshd_server.host_key) in done.stdout
    assert "--host-key-fingerprint" in done.stdout
    assert not paths.app_known_hosts_file().exists()
    assert not login_attempted(sshd_server, session_closed(sshd_server, mark))


def test_a_matching_pin_trusts_a_new_server_in_both_faces(sshd_server, tmp_path):
    app = make_app(tmp_path)
    pin = fingerprint(sshd_server.host_key)

    result, _ = run_engine(
        app, settings_for(sshd_server, host_key_fingerprint=pin), _password(sshd_server)
    )
    assert isinstance(result, ev.RunFinished), result
    assert paths.app_known_hosts_file().read_text() == sshd_server.known_hosts_line + "\n"

    known = tmp_path / "cli_known_hosts"
    done = cli(
        *cli_upload_args(
            sshd_server, app, "--known-hosts", str(known), "--host-key-fingerprint", pin
        ),
        env={"SFTP_PASSWORD": sshd_server.password},
    )
    assert done.returncode == 0, done.stdout + done.stderr
    assert known.read_text() == sshd_server.known_hosts_line + "\n"


def test_a_wrong_pin_is_refused_before_login_in_both_faces(sshd_server, tmp_path):
    app = make_app(tmp_path)
    other = fingerprint(sshd_server.host_keys["ssh-rsa"])
    mark = sshd_server.log_mark()

    result, _ = run_engine(
        app,
        settings_for(sshd_server, host_key_fingerprint=other),
        _password(sshd_server),
        confirm=lambda i: True,
    )
    # A server seen for the first time has not changed its key: it is not the pinned one.
    assert result.kind is ErrorKind.HOST_KEY_MISMATCH
    assert "not the expected" in result.message and "call IT" in result.hint
    assert not paths.app_known_hosts_file().exists()

    done = cli(
        *cli_upload_args(sshd_server, app, "--host-key-fingerprint", other),
        env={"SFTP_PASSWORD": sshd_server.password},
    )
    assert done.returncode == 6 and "not the expected" in done.stdout
    assert "Server key not the expected one" in done.stdout
    assert "Server key changed" not in done.stdout
    assert not login_attempted(sshd_server, session_closed(sshd_server, mark))


def test_a_malformed_pin_is_bad_input_before_connecting(sshd_server, tmp_path):
    app = make_app(tmp_path)
    mark = sshd_server.log_mark()
    done = cli(
        *cli_upload_args(sshd_server, app, "--host-key-fingerprint", "MD5:aa:bb"),
        env={"SFTP_PASSWORD": sshd_server.password},
    )
    assert done.returncode == 2
    assert "not a SHA256 fingerprint" in done.stderr
    assert "Connection from" not in sshd_server.log_text(since=mark)


def test_only_the_rsa_key_known_is_enough_for_a_server_with_two_keys(sshd_server, tmp_path):
    rsa = sshd_server.host_keys["ssh-rsa"]
    known = tmp_path / "known_hosts"
    known.write_text(f"{sshd_server.known_hosts_name} ssh-rsa {rsa.get_base64()}\n")
    app = make_app(tmp_path)

    result, _ = run_engine(
        app, settings_for(sshd_server, known_hosts_file=known), _password(sshd_server)
    )

    assert isinstance(result, ev.RunFinished), result
    assert known.read_text().count("\n") == 1


def test_a_hashed_known_hosts_file_is_understood(sshd_server, tmp_path):
    known = sshd_server.write_known_hosts(tmp_path / "known_hosts", all_keys=True)
    subprocess.run(["ssh-keygen", "-H", "-f", str(known)], check=True, capture_output=True)
    assert str(sshd_server.port) not in known.read_text()
    app = make_app(tmp_path)

    result, _ = run_engine(
        app, settings_for(sshd_server, known_hosts_file=known), _password(sshd_server)
    )

    assert isinstance(result, ev.RunFinished), result
    assert BU in result.summary.remote_dir


def test_a_cert_authority_line_in_the_users_file_hides_nothing(sshd_server, tmp_path):
    user_file = paths.user_known_hosts_file()
    user_file.parent.mkdir(parents=True)
    ca = sshd_server.host_keys["ssh-rsa"]
    user_file.write_text(
        f"@cert-authority *.corp.example ssh-rsa {ca.get_base64()}\n"
        + sshd_server.known_hosts_line
        + "\n"
    )
    app = make_app(tmp_path)

    result, _ = run_engine(app, settings_for(sshd_server), _password(sshd_server))

    assert isinstance(result, ev.RunFinished), result
    assert not paths.app_known_hosts_file().exists()
