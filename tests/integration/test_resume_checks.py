"""A part file left by an earlier run is continued only when its end holds the local
file's bytes: a server that crashed can keep a part file whose end was never written."""

from __future__ import annotations

import threading

from upload_helpers import make_app, random_bytes, server_settings, sha256, upload

from desktop_uploader.engine import Credentials, Secret, UploadJob
from desktop_uploader.engine import events as ev
from desktop_uploader.engine.local_reads import Snapshot
from desktop_uploader.engine.preview import preview_uploads
from desktop_uploader.engine.remote_files import PART_SUFFIX, part_name

BASE = "/data/to/startflow/italy/italy_galbani"
SIZE = 1_000_000
KEPT = 600_000


def _left_part(server, app, data: bytes, stored: bytes) -> str:
    """Put ``stored`` on the server as the part file an interrupted run would have left."""
    local = app / "outputs/italy_galbani/Baseline_Table.xlsx"
    info = local.stat()
    part = part_name(local.name, Snapshot(info.st_size, info.st_mtime_ns))
    server.make_remote_dir(f"{BASE}/outputs")
    server.put_remote_file(f"{BASE}/outputs/{part}", stored)
    return part


def _run(server, tmp_path, app):
    result, recorder = upload(
        server,
        UploadJob.from_app_dir(app, "italy_galbani"),
        server_settings(server, tmp_path),
    )
    assert isinstance(result, ev.RunFinished), result
    [started] = recorder.of(ev.FileStarted)
    return started.resume_offset


def _parts(server) -> list[str]:
    return [p for p in server.remote_files(f"{BASE}/outputs") if p.endswith(PART_SUFFIX)]


def test_a_part_file_whose_end_matches_is_continued(sshd_server, tmp_path):
    data = random_bytes(SIZE)
    app = make_app(tmp_path, files={"Baseline_Table.xlsx": data})
    _left_part(sshd_server, app, data, data[:KEPT])

    assert _run(sshd_server, tmp_path, app) == KEPT

    assert sshd_server.remote_sha256(f"{BASE}/outputs/Baseline_Table.xlsx") == sha256(data)
    assert _parts(sshd_server) == []


def test_a_part_file_with_a_zeroed_end_is_started_over(sshd_server, tmp_path):
    data = random_bytes(SIZE)
    app = make_app(tmp_path, files={"Baseline_Table.xlsx": data})
    # As a crashed server can leave it: the right size, but the last blocks never written.
    _left_part(sshd_server, app, data, data[: KEPT - 20_000] + bytes(20_000))

    assert _run(sshd_server, tmp_path, app) == 0

    assert sshd_server.remote_sha256(f"{BASE}/outputs/Baseline_Table.xlsx") == sha256(data)
    assert _parts(sshd_server) == []


def test_the_preview_says_where_the_upload_then_continues(sshd_server, tmp_path):
    data = random_bytes(SIZE)
    app = make_app(tmp_path, files={"Baseline_Table.xlsx": data, "Summary.xlsx": b"new"})
    _left_part(sshd_server, app, data, data[:KEPT])
    job = UploadJob.from_app_dir(app, "italy_galbani")
    credentials = Credentials(password=Secret(sshd_server.password))
    settings = server_settings(sshd_server, tmp_path)

    preview = preview_uploads([job], settings, credentials, threading.Event())

    notes = {file.name: file.reason for file in preview.units[0].files}
    assert notes["Baseline_Table.xlsx"] == (
        f"an earlier upload left {KEPT:,} of its {SIZE:,} bytes on the server; "
        "the upload continues from there"
    )
    assert notes["Summary.xlsx"] == ""
    _, recorder = upload(sshd_server, job, settings)
    started = {event.file.name: event.resume_offset for event in recorder.of(ev.FileStarted)}
    assert started == {"Baseline_Table.xlsx": KEPT, "Summary.xlsx": 0}
