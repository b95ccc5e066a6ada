"""Hostile input against the real server: BU names refused before any connection, a
local folder full of traps (links, special files, unprintable and undecodable names),
and odd names the server itself lists. Nothing may land outside the target folder,
and nothing may crash, in the engine or the console command."""

from __future__ import annotations

import os
import socket
import threading

import pytest
from security_helpers import BU, OUTPUTS, cli, cli_upload_args, run_engine, settings_for
from upload_helpers import make_app

from desktop_uploader.engine import Credentials, ErrorKind, Secret, UploadJob, run_upload
from desktop_uploader.engine import events as ev

HOSTILE_BUS = [
    "../etc_passwd",
    "italy/../../etc_x",
    "italy_galbani/../../x",
    "italy_gal\nbani",
    "italy_\x1b[31mred",
    "italy_" + "x" * 200,
    "_galbani",
    "italy_",
    "italy__",
    "..",
    "italy_..",
    "italy_gal\\bani",
    "itàly_galbani",
]
LONG_NAME = "L" * 200 + ".xlsx"


def _trap_folder(app, outside):
    """The BU's outputs folder with every kind of entry that must not be sent as is."""
    outputs = app / "outputs" / BU
    (outside / "secret.txt").write_bytes(b"outside the BU folder")
    (outputs / "link_to_file.xlsx").symlink_to(outside / "secret.txt")
    (outputs / "link_to_dir").symlink_to(outside)
    (outputs / "dangling.xlsx").symlink_to(outside / "missing")
    os.mkfifo(outputs / "pipe.xlsx")
    listener = socket.socket(socket.AF_UNIX)
    listener.bind(str(outputs / "socket.xlsx"))
    (outputs / "new\nline.xlsx").write_bytes(b"n")
    (outputs / "tab\there.xlsx").write_bytes(b"t")
    (outputs / "\u202eslx.exe").write_bytes(b"r")  # right-to-left override
    (outputs / "..\\evil.xlsx").write_bytes(b"e")
    (outputs / "sub").mkdir()
    (outputs / "sub" / "deep.xlsx").write_bytes(b"d")
    os.close(os.open(os.fsencode(outputs) + b"/bad\xff\xfe.xlsx", os.O_CREAT | os.O_WRONLY))
    (outputs / LONG_NAME).write_bytes(b"long")
    (outputs / "-rf.xlsx").write_bytes(b"dash")
    (outputs / "Résumé été.xlsx").write_bytes(b"unicode")
    return listener


EXPECTED_REMOTE = {
    f"{OUTPUTS}/Summary.xlsx",
    f"{OUTPUTS}/{LONG_NAME}",
    f"{OUTPUTS}/-rf.xlsx",
    f"{OUTPUTS}/Résumé été.xlsx",
}


@pytest.mark.parametrize("bu", HOSTILE_BUS)
def test_a_hostile_bu_name_is_refused_before_any_connection(sshd_server, tmp_path, bu):
    outputs = tmp_path / "outputs"
    outputs.mkdir()
    (outputs / "Summary.xlsx").write_bytes(b"s")
    job = UploadJob(bu, outputs, None)
    recorder_events = []
    mark = sshd_server.log_mark()

    result = run_upload(
        job,
        settings_for(sshd_server, known_hosts_file=tmp_path / "kh"),
        Credentials(password=Secret(sshd_server.password)),
        recorder_events.append,
        threading.Event(),
    )

    assert result.kind is ErrorKind.BAD_INPUT
    assert "Example of a valid name" in result.hint
    assert not any(isinstance(e, ev.ConnectionStarted) for e in recorder_events)
    assert "Connection from" not in sshd_server.log_text(since=mark)


def test_the_console_refuses_hostile_bu_names_before_connecting(sshd_server, tmp_path):
    app = make_app(tmp_path)
    mark = sshd_server.log_mark()
    for bu in ("../etc_passwd", "italy_gal\nbani", "italy_" + "x" * 200, ""):
        arguments = cli_upload_args(sshd_server, app)
        arguments[arguments.index("--bu") + 1] = bu
        done = cli(*arguments, env={"SFTP_PASSWORD": sshd_server.password})
        assert done.returncode == 2, (bu, done.stdout, done.stderr)
        assert "Traceback" not in done.stderr
    assert "Connection from" not in sshd_server.log_text(since=mark)


def test_a_folder_full_of_traps_sends_only_its_plain_files(sshd_server, tmp_path):
    outside = tmp_path / "outside"
    outside.mkdir()
    app = make_app(tmp_path)
    listener = _trap_folder(app, outside)
    try:
        result, recorder = run_engine(
            app,
            settings_for(
                sshd_server, known_hosts_file=sshd_server.write_known_hosts(tmp_path / "kh")
            ),
            Credentials(password=Secret(sshd_server.password)),
        )
    finally:
        listener.close()

    assert isinstance(result, ev.RunFinished), result
    assert set(sshd_server.remote_files()) == EXPECTED_REMOTE
    skipped = {e.file.name: e.reason for e in recorder.of(ev.FileSkipped)}
    assert skipped["link_to_file.xlsx"] == skipped["dangling.xlsx"] == "link (not followed)"
    assert skipped["link_to_dir"] == "link (not followed)"
    assert skipped["pipe.xlsx"] == skipped["socket.xlsx"] == "not a regular file"
    assert skipped["sub"].startswith("sub-folder")
    assert "control characters" in skipped["new\\nline.xlsx"]
    assert "control characters" in skipped["bad\\xff\\xfe.xlsx"]
    assert "control characters" in skipped["\\u202eslx.exe"]
    assert "backslash" in skipped["..\\evil.xlsx"]
    assert all(name.isprintable() for name in skipped)


def test_the_console_prints_a_folder_of_traps_without_crashing(sshd_server, tmp_path):
    outside = tmp_path / "outside"
    outside.mkdir()
    app = make_app(tmp_path)
    listener = _trap_folder(app, outside)
    known = sshd_server.write_known_hosts(tmp_path / "kh")
    try:
        done = cli(
            *cli_upload_args(sshd_server, app, "--known-hosts", str(known)),
            env={"SFTP_PASSWORD": sshd_server.password, "PYTHONIOENCODING": "ascii"},
        )
    finally:
        listener.close()

    assert done.returncode == 0, done.stdout + done.stderr
    assert "bad\\xff\\xfe.xlsx" in done.stdout and "new\\nline.xlsx" in done.stdout
    assert set(sshd_server.remote_files()) == EXPECTED_REMOTE


def test_odd_names_listed_by_the_server_are_never_followed(sshd_factory, tmp_path):
    # With stat refused, sizes and folders are read from listings (remote_size and
    # remote_dir_exists), so the listing is what the server controls.
    server = sshd_factory(sftp_flags=("-P", "stat,lstat,fstat"))
    folder = server.root_path(OUTPUTS)
    (folder / "Summary.xlsx\nfake").write_bytes(b"x" * 10)
    os.close(os.open(os.fsencode(folder) + b"/srv\xff\xfe.xlsx", os.O_CREAT | os.O_WRONLY))
    server.make_remote_dir(f"{OUTPUTS}/Summary.xlsx.d")
    app = make_app(tmp_path)
    before = set(server.remote_files())

    result, _ = run_engine(
        app,
        settings_for(server, known_hosts_file=server.write_known_hosts(tmp_path / "kh")),
        Credentials(password=Secret(server.password)),
    )

    assert isinstance(result, ev.RunFinished), result
    assert set(server.remote_files()) - before == {f"{OUTPUTS}/Summary.xlsx"}
    assert server.read_remote(f"{OUTPUTS}/Summary.xlsx") == b"summary"
    assert (folder / "Summary.xlsx\nfake").read_bytes() == b"x" * 10
