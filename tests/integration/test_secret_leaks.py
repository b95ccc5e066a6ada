"""No secret ever leaves the keyring's hands: a run of every error kind with known,
distinctive secrets, then a scan of every file the app wrote and of everything it
printed or logged (paramiko's debug log included).

The engine face registers no secret with the redacting filter, so a zero count proves
that nothing wrote the secret at all, not just that the filter caught it."""

from __future__ import annotations

import contextlib
import dataclasses
import logging
import os
import secrets
import subprocess
import threading
import traceback
from pathlib import Path

import paramiko
import pytest
from security_helpers import cli, cli_upload_args, run_engine, settings_for
from upload_helpers import Recorder, make_app, random_bytes

from desktop_uploader import logging_setup, paths
from desktop_uploader.engine import Credentials, ErrorKind, RetryPolicy, Secret
from desktop_uploader.engine import ErrorKind as Kind
from desktop_uploader.engine import events as ev
from desktop_uploader.engine.connection import load_private_key, open_session

WRONG_PASSWORD = "Wr0ng-canary-" + secrets.token_hex(8)
PASSPHRASE = "canary-passphrase-" + secrets.token_hex(8)
ONE_TRY = RetryPolicy(max_attempts=2, base_delay=0.01, max_delay=0.01)


@pytest.fixture
def no_registered_secrets(monkeypatch):
    """Start with an empty redaction list, so that only the source can keep a secret out."""
    monkeypatch.setattr(logging_setup, "_secrets", set())


@pytest.fixture
def debug_logs(caplog, no_registered_secrets):
    """The app's run log with paramiko's debug log switched on, plus every record."""
    log_file = logging_setup.start_run_log("engine", debug_paramiko=True)
    caplog.set_level(logging.DEBUG)
    yield log_file
    logging.getLogger("paramiko").setLevel(logging.WARNING)


@contextlib.contextmanager
def _full_disk(server, remote: str):
    """A 64 KiB file system mounted over a remote folder (C09's quota, by real means)."""
    folder = server.root_path(remote)
    uid, gid = server.user.uid, server.user.gid
    options = f"size=64k,uid={uid},gid={gid},mode=0755"
    mounted = subprocess.run(["mount", "-t", "tmpfs", "-o", options, "tmpfs", str(folder)])
    if mounted.returncode != 0:
        pytest.skip("needs permission to mount a tmpfs")
    try:
        yield
    finally:
        subprocess.run(["umount", str(folder)], check=True)


def _stranger_key_line(server, tmp_path: Path) -> str:
    path = tmp_path / "stranger"
    subprocess.run(["ssh-keygen", "-q", "-t", "ed25519", "-N", "", "-f", str(path)], check=True)
    key = paramiko.PKey.from_path(path)
    return f"{server.known_hosts_name} {key.get_name()} {key.get_base64()}\n"


def _protected_key(tmp_path: Path) -> Path:
    path = tmp_path / "protected_key"
    command = ["ssh-keygen", "-q", "-t", "ed25519", "-N", PASSPHRASE, "-f", str(path)]
    subprocess.run(command, check=True)
    return path


def _app_files() -> list[Path]:
    """Every file the app may have written: its folders and the user's ~/.ssh."""
    roots = [Path(os.environ[paths.HOME_OVERRIDE_VARIABLE]), Path.home()]
    return [p for root in roots for p in root.rglob("*") if p.is_file()]


def _hits(secret: str, texts: list[str], files: list[Path]) -> list[str]:
    found = [f"text #{i}" for i, text in enumerate(texts) if secret in text]
    needle = secret.encode("utf-8")
    found += [str(path) for path in files if needle in path.read_bytes()]
    return found


def test_every_error_kind_leaves_no_secret_anywhere(
    sshd_server, sshd_factory, fault_proxy, tmp_path, debug_logs, caplog, capfd
):
    password = Secret(sshd_server.password)
    known = sshd_server.write_known_hosts(tmp_path / "known_hosts", all_keys=True)
    trusted = settings_for(sshd_server, known_hosts_file=known)
    kinds: dict[str, object] = {}
    texts: list[str] = []

    def run(name, app, settings, creds=None, hooks=None, **options):
        recorder = Recorder(on=hooks or {})
        result, _ = run_engine(
            app, settings, creds or Credentials(password=password), recorder=recorder, **options
        )
        failed = [e.kind for e in recorder.of(ev.FileFailed)]
        kinds[name] = result.kind if isinstance(result, ev.RunFailed) else next(iter(failed), None)
        texts.extend([repr(result), str(result), *(repr(e) for e in recorder.events)])

    app = make_app(tmp_path / "a", files={"Summary.xlsx": b"s", "Other.xlsx": b"o"})
    run("ok", app, trusted)
    run("empty outputs", make_app(tmp_path / "empty", files={"~$lock.xlsx": b"x"}), trusted)
    key = Credentials(key_file=_protected_key(tmp_path), passphrase=Secret(PASSPHRASE + "x"))
    run("wrong passphrase", app, trusted, key)
    run("wrong password", app, trusted, Credentials(password=Secret(WRONG_PASSWORD)))
    run("unknown key", app, settings_for(sshd_server, known_hosts_file=tmp_path / "none"))
    changed = tmp_path / "changed_known_hosts"
    changed.write_text(_stranger_key_line(sshd_server, tmp_path))
    run("changed key", app, settings_for(sshd_server, known_hosts_file=changed))
    pin = "SHA256:" + "A" * 43  # no key has this fingerprint
    pinned = settings_for(sshd_server, known_hosts_file=tmp_path / "none", host_key_fingerprint=pin)
    run("pinned key", app, pinned)
    spain = make_app(tmp_path / "s", bu="spain_madrid")
    run("no remote folder", spain, trusted, bu="spain_madrid")

    def remove_summary(event):
        if event.file.name == "Other.xlsx":
            (app / "outputs/italy_galbani/Summary.xlsx").unlink()

    # One file at a time, so that Summary.xlsx is still waiting when Other.xlsx starts.
    one_by_one = dataclasses.replace(trusted, parallel_files=1)
    run("vanished file", app, one_by_one, hooks={ev.FileStarted: remove_summary})
    cancel = threading.Event()
    run("cancelled", app, trusted, hooks={ev.Connected: lambda _e: cancel.set()}, cancel=cancel)
    big = make_app(tmp_path / "big", files={"Baseline_Table.xlsx": random_bytes(1_000_000)})
    proxy = fault_proxy(sshd_server.port, mode="cut", after_bytes=300_000, faulty_connections=None)
    proxy_known = tmp_path / "proxy_known_hosts"
    proxy_known.write_text(known.read_text().replace(f":{sshd_server.port} ", f":{proxy.port} "))
    cut = dataclasses.replace(trusted, port=proxy.port, known_hosts_file=proxy_known)
    run("connection cut", big, cut, policy=ONE_TRY)
    with _full_disk(sshd_server, "italy/italy_galbani/outputs"):
        run("disk full", big, trusted)
    sshd_server.reset_remote_tree((("italy", "root"), ("italy/italy_galbani", "root")))
    run("mkdir refused", app, trusted)
    old = sshd_factory(global_options=("HostKeyAlgorithms ssh-rsa",))
    run("ssh-rsa only", app, settings_for(old), confirm=lambda i: True)

    assert kinds == {
        "ok": None,
        "empty outputs": Kind.BAD_INPUT,
        "wrong passphrase": Kind.BAD_INPUT,
        "wrong password": Kind.AUTH_FAILED,
        "unknown key": Kind.HOST_KEY_UNKNOWN,
        "changed key": Kind.HOST_KEY_CHANGED,
        "pinned key": Kind.HOST_KEY_MISMATCH,
        "no remote folder": Kind.REMOTE_NOT_FOUND,
        "vanished file": Kind.LOCAL_FILE,
        "cancelled": Kind.CANCELLED,
        "connection cut": Kind.NETWORK,
        "disk full": Kind.REMOTE_FILE,
        "mkdir refused": Kind.PERMISSION_DENIED,
        "ssh-rsa only": Kind.SERVER_INCOMPATIBLE,
    }
    assert set(ErrorKind) <= set(kinds.values())

    captured = capfd.readouterr()
    texts += [captured.out, captured.err]
    texts += [_record_text(record) for record in caplog.records]
    assert any(r.name.startswith("paramiko") and r.levelno < logging.INFO for r in caplog.records)
    files = _app_files()
    assert debug_logs in files and "paramiko.transport" in debug_logs.read_text()
    for secret in (sshd_server.password, WRONG_PASSWORD, PASSPHRASE):
        assert _hits(secret, texts, files) == [], secret


def _record_text(record: logging.LogRecord) -> str:
    text = record.getMessage()
    if record.exc_info:
        text += "".join(traceback.format_exception(*record.exc_info))
    return text


def _chain(exc: BaseException) -> list[BaseException]:
    """The exception and every cause and context, suppressed ones included."""
    seen: list[BaseException] = []
    while exc is not None and exc not in seen:
        seen.append(exc)
        exc = exc.__cause__ or exc.__context__
    return seen


def test_failed_logins_raise_nothing_that_holds_the_secret(sshd_server, tmp_path):
    known = sshd_server.write_known_hosts(tmp_path / "known_hosts")
    settings = settings_for(sshd_server, known_hosts_file=known)
    with pytest.raises(paramiko.AuthenticationException) as wrong_password:
        with open_session(
            settings, Credentials(password=Secret(WRONG_PASSWORD)), threading.Event()
        ):
            pass
    key = _protected_key(tmp_path)
    with pytest.raises(Exception) as wrong_passphrase:
        load_private_key(Credentials(key_file=key, passphrase=Secret(PASSPHRASE + "x")))

    for raised, secret in ((wrong_password, WRONG_PASSWORD), (wrong_passphrase, PASSPHRASE)):
        chain = _chain(raised.value)
        text = "".join(traceback.format_exception(raised.value))
        text += "".join(repr(e) + str(e) + repr(e.args) for e in chain)
        assert secret not in text


def test_credentials_and_secrets_never_show_in_repr_or_str():
    creds = Credentials(password=Secret(WRONG_PASSWORD), passphrase=Secret(PASSPHRASE))
    for text in (repr(creds), str(creds), f"{creds}", repr(creds.password), f"{creds.passphrase}"):
        assert WRONG_PASSWORD not in text and PASSPHRASE not in text


def test_the_console_leaks_no_secret_in_any_failure(sshd_server, tmp_path):
    known = sshd_server.write_known_hosts(tmp_path / "known_hosts")
    app = make_app(tmp_path)
    spain = make_app(tmp_path / "s", bu="spain_madrid")
    key = _protected_key(tmp_path)
    stranger = tmp_path / "stranger_known_hosts"
    stranger.write_text(_stranger_key_line(sshd_server, tmp_path))
    runs = {
        0: (app, ["--known-hosts", str(known)], sshd_server.password),
        3: (app, ["--known-hosts", str(known)], WRONG_PASSWORD),
        4: (spain, ["--known-hosts", str(known)], sshd_server.password),
        6: (app, ["--known-hosts", str(stranger)], sshd_server.password),
        2: (app, ["--known-hosts", str(known), "--key-file", str(key)], sshd_server.password),
    }
    outputs = []
    for code, (folder, extra, password) in runs.items():
        bu = "spain_madrid" if folder == spain else "italy_galbani"
        arguments = cli_upload_args(sshd_server, folder, *extra)
        arguments[arguments.index("--bu") + 1] = bu
        env = {"SFTP_PASSWORD": password, "SFTP_KEY_PASSPHRASE": PASSPHRASE + "x"}
        done = cli("--debug-paramiko", *arguments, env=env)
        assert done.returncode == code, done.stdout + done.stderr
        outputs += [done.stdout, done.stderr]

    files = _app_files()
    assert any(path.suffix == ".log" for path in files)
    for secret in (sshd_server.password, WRONG_PASSWORD, PASSPHRASE):
        assert _hits(secret, outputs, files) == [], secret
