"""The replace policy against the real server: remote times follow the local ones, an
unchanged file is not sent again, "never" keeps what is there, and the preview says
beforehand exactly what the upload then does."""

from __future__ import annotations

import logging
import os
import threading

import pytest
from test_dry_run import _cli
from upload_helpers import Recorder, make_app, server_settings, upload

from desktop_uploader.engine import Credentials, Secret, UploadJob
from desktop_uploader.engine.events import FileSkipped, FileStarted, FileStatus, RunWarning
from desktop_uploader.engine.preview import FileAction, preview_uploads
from desktop_uploader.engine.replace_policy import (
    NEVER_REASON,
    TIMES_REFUSED_WARNING,
    UNCHANGED_REASON,
)
from desktop_uploader.engine.settings import ReplacePolicy

BASE = "/data/to/startflow/italy/italy_galbani"
FILES = {"Baseline_Table.xlsx": b"b" * 4000, "Promotion_Level_Table.xlsx": b"p" * 2000}
LOGS = {"pipeline_1.log": b"ok\n" * 100}
# A local time with a fraction of a second, which SFTP cannot carry.
LOCAL_MTIME_NS = 1_700_000_000 * 10**9 + 250_000_000


def _pipeline(tmp_path):
    app = make_app(tmp_path, files=FILES, logs=LOGS)
    for folder in ("outputs", "logs"):
        for path in (app / folder / "italy_galbani").iterdir():
            os.utime(path, ns=(LOCAL_MTIME_NS, LOCAL_MTIME_NS))
    return app


def _job(app, policy):
    return UploadJob.from_app_dir(app, "italy_galbani", replace_policy=ReplacePolicy(policy))


def _outcomes(result):
    return {f"{o.file.folder}/{o.file.name}": o for o in result.summary.outcomes}


def test_the_upload_gives_each_remote_file_the_local_modification_time(sshd_server, tmp_path):
    app = _pipeline(tmp_path)
    settings = server_settings(sshd_server, tmp_path)

    result, _ = upload(sshd_server, _job(app, "always"), settings)

    assert result.summary.count(FileStatus.VERIFIED) == 3
    for remote in (f"{BASE}/outputs/Baseline_Table.xlsx", f"{BASE}/logs/pipeline_1.log"):
        assert sshd_server.root_path(remote).stat().st_mtime == LOCAL_MTIME_NS // 10**9


def test_a_second_run_when_changed_sends_nothing_and_says_why(sshd_server, tmp_path):
    app = _pipeline(tmp_path)
    settings = server_settings(sshd_server, tmp_path)
    upload(sshd_server, _job(app, "when_changed"), settings)

    result, recorder = upload(sshd_server, _job(app, "when_changed"), settings)

    assert recorder.of(FileStarted) == []
    assert result.summary.bytes_sent == 0
    skipped = {e.file.name: e.reason for e in recorder.of(FileSkipped)}
    assert skipped == {name: UNCHANGED_REASON for name in (*FILES, *LOGS)}
    assert {o.status for o in result.summary.outcomes} == {FileStatus.SKIPPED}


def test_a_touched_local_file_is_sent_again_when_changed(sshd_server, tmp_path):
    app = _pipeline(tmp_path)
    settings = server_settings(sshd_server, tmp_path)
    upload(sshd_server, _job(app, "when_changed"), settings)
    touched = app / "outputs" / "italy_galbani" / "Baseline_Table.xlsx"
    later = LOCAL_MTIME_NS + 60 * 10**9
    os.utime(touched, ns=(later, later))

    result, recorder = upload(sshd_server, _job(app, "when_changed"), settings)

    assert [e.file.name for e in recorder.of(FileStarted)] == ["Baseline_Table.xlsx"]
    outcomes = _outcomes(result)
    assert outcomes["outputs/Baseline_Table.xlsx"].status is FileStatus.VERIFIED
    assert outcomes["outputs/Promotion_Level_Table.xlsx"].detail == UNCHANGED_REASON
    remote = sshd_server.root_path(f"{BASE}/outputs/Baseline_Table.xlsx")
    assert remote.stat().st_mtime == later // 10**9


def test_never_replace_leaves_a_differing_remote_file_untouched(sshd_server, tmp_path):
    app = _pipeline(tmp_path)
    settings = server_settings(sshd_server, tmp_path)
    kept = sshd_server.put_remote_file(f"{BASE}/outputs/Baseline_Table.xlsx", b"older version")
    before = kept.stat()

    result, _ = upload(sshd_server, _job(app, "never"), settings)

    outcomes = _outcomes(result)
    assert outcomes["outputs/Baseline_Table.xlsx"].status is FileStatus.SKIPPED
    assert outcomes["outputs/Baseline_Table.xlsx"].detail == NEVER_REASON
    assert sshd_server.read_remote(f"{BASE}/outputs/Baseline_Table.xlsx") == b"older version"
    assert kept.stat().st_mtime_ns == before.st_mtime_ns
    assert outcomes["outputs/Promotion_Level_Table.xlsx"].status is FileStatus.VERIFIED


@pytest.mark.parametrize("policy", ["always", "when_changed", "never"])
def test_the_preview_agrees_with_the_upload_file_by_file(sshd_server, tmp_path, policy):
    app = _pipeline(tmp_path)
    settings = server_settings(sshd_server, tmp_path)
    # One file sent before and untouched, one changed since, the others new.
    upload(sshd_server, _job(app, "always"), settings)
    sshd_server.put_remote_file(f"{BASE}/outputs/Promotion_Level_Table.xlsx", b"other")
    sshd_server.root_path(f"{BASE}/logs/pipeline_1.log").unlink()
    (app / "outputs" / "italy_galbani" / "~$Baseline_Table.xlsx").write_bytes(b"owner")
    job = _job(app, policy)
    credentials = Credentials(password=Secret(sshd_server.password))

    preview = preview_uploads([job], settings, credentials, threading.Event())
    result, _ = upload(sshd_server, job, settings)

    [unit] = preview.units
    outcomes = _outcomes(result)
    assert {f"{f.folder}/{f.name}" for f in unit.files} == set(outcomes)
    for file in unit.files:
        outcome = outcomes[f"{file.folder}/{file.name}"]
        assert outcome.status.reached_server == file.sends, (policy, file, outcome)
        if not file.sends:
            assert outcome.detail == file.reason
    actions = {f.name: f.action for f in unit.files}
    assert actions["pipeline_1.log"] is FileAction.NEW
    assert (
        actions["Baseline_Table.xlsx"]
        is {
            "always": FileAction.UNCHANGED,
            "when_changed": FileAction.SKIPPED,
            "never": FileAction.SKIPPED,
        }[policy]
    )
    assert actions["Promotion_Level_Table.xlsx"] is (
        FileAction.SKIPPED if policy == "never" else FileAction.REPLACES
    )


def test_a_dry_run_prints_the_decision_the_console_upload_then_prints(sshd_server, tmp_path):
    app = _pipeline(tmp_path)
    known = sshd_server.write_known_hosts(tmp_path / "known_hosts")
    first = _cli(sshd_server, app, "--bu", "italy_galbani", known_hosts=known)
    assert first.returncode == 0, first.stdout + first.stderr

    dry = _cli(
        sshd_server,
        app,
        "--bu",
        "italy_galbani",
        "--replace",
        "when-changed",
        "--dry-run",
        known_hosts=known,
    )
    again = _cli(
        sshd_server, app, "--bu", "italy_galbani", "--replace", "when-changed", known_hosts=known
    )

    assert dry.returncode == again.returncode == 0, dry.stdout + again.stdout + again.stderr
    assert "skipped    outputs/Baseline_Table.xlsx (4.0 KB; on the server 4.0 KB, " in dry.stdout
    assert f"): {UNCHANGED_REASON}" in dry.stdout
    assert "  skipped outputs/Baseline_Table.xlsx: unchanged on the server" in again.stdout
    assert f"italy_galbani: no file needed sending to {BASE}" in again.stdout
    assert "3 files not sent: unchanged on the server" in again.stdout


def test_a_server_refusing_to_set_times_still_gets_every_file(sshd_factory, tmp_path, caplog):
    server = sshd_factory(sftp_flags=("-P", "setstat,fsetstat"))
    app = _pipeline(tmp_path)
    settings = server_settings(server, tmp_path)
    caplog.set_level(logging.INFO, logger="desktop_uploader.engine.replace_policy")

    result, _ = upload(server, _job(app, "when_changed"), settings, recorder=Recorder())

    assert result.summary.count(FileStatus.VERIFIED) == 3
    assert "did not accept the modification time" in caplog.text
    # Without the time, the next run cannot tell the files unchanged: it sends them again.
    again, _ = upload(server, _job(app, "when_changed"), settings)
    assert again.summary.count(FileStatus.VERIFIED) == 3


@pytest.mark.parametrize("files_at_once", [1, 6], ids=["one at a time", "in batches"])
def test_a_server_refusing_times_is_told_once_when_only_changed_files_should_go(
    sshd_factory, tmp_path, files_at_once
):
    server = sshd_factory(sftp_flags=("-P", "setstat,fsetstat"))
    app = _pipeline(tmp_path)
    settings = server_settings(server, tmp_path, parallel_files=files_at_once)

    result, recorder = upload(server, _job(app, "when_changed"), settings)

    assert result.summary.count(FileStatus.VERIFIED) == 3
    assert [w.message for w in recorder.of(RunWarning)] == [TIMES_REFUSED_WARNING]


def test_a_server_refusing_times_is_not_worth_a_warning_when_every_file_goes(
    sshd_factory, tmp_path
):
    server = sshd_factory(sftp_flags=("-P", "setstat,fsetstat"))
    settings = server_settings(server, tmp_path)

    result, recorder = upload(server, _job(_pipeline(tmp_path), "always"), settings)

    assert result.summary.count(FileStatus.VERIFIED) == 3
    assert recorder.of(RunWarning) == []
