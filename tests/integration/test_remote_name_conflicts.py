"""Something other than a file of ours at a final name: a folder in the way.

The upload replaces files, never folders: a folder standing where a file goes makes
that file fail with a message naming the folder, and the folder stays where it is.
"""

from __future__ import annotations

import pytest
from upload_helpers import Recorder, make_app, server_settings, statuses, upload

from desktop_uploader.engine import ErrorKind, UploadJob
from desktop_uploader.engine import events as ev
from desktop_uploader.engine.remote_files import ASIDE_SUFFIX, PART_SUFFIX

BASE = "/data/to/startflow/italy/italy_galbani"
OUTPUTS = f"{BASE}/outputs"


def _leftovers(server) -> list[str]:
    return [p for p in server.list_remote(OUTPUTS) if p.endswith((PART_SUFFIX, ASIDE_SUFFIX))]


def _folder_in_the_way(server) -> str:
    folder = f"{OUTPUTS}/Summary.xlsx"
    server.make_remote_dir(folder)
    server.put_remote_file(f"{folder}/inside.txt", b"someone's file")
    return folder


def _assert_only_summary_failed_and_the_folder_stayed(server, result, recorder, folder):
    assert statuses(result) == {"outputs/Other.xlsx": "verified", "outputs/Summary.xlsx": "failed"}
    [failed] = recorder.of(ev.FileFailed)
    assert failed.kind is ErrorKind.REMOTE_FILE
    assert f"{folder} is a folder" in failed.message
    assert folder in failed.hint
    assert server.root_path(folder).is_dir()
    assert server.read_remote(f"{folder}/inside.txt") == b"someone's file"
    assert _leftovers(server) == []
    assert not recorder.of(ev.RetryScheduled)


@pytest.mark.parametrize(
    ("sftp_flags", "temp_names"),
    [((), True), (("-P", "posix-rename"), True), ((), False)],
    ids=["posix-rename", "plain-rename", "no-temp-names"],
)
def test_a_folder_at_a_final_name_fails_that_file_and_is_never_moved(
    sshd_factory, tmp_path, sftp_flags, temp_names
):
    server = sshd_factory(sftp_flags=sftp_flags)
    folder = _folder_in_the_way(server)
    app = make_app(tmp_path, files={"Summary.xlsx": b"new", "Other.xlsx": b"other"})
    settings = server_settings(server, tmp_path, use_temp_names=temp_names)
    result, recorder = upload(server, UploadJob.from_app_dir(app, "italy_galbani"), settings)

    assert isinstance(result, ev.RunFinished), result
    _assert_only_summary_failed_and_the_folder_stayed(server, result, recorder, folder)
    # Found before a byte of that file was sent.
    assert not [e for e in recorder.of(ev.FileStarted) if e.file.name == "Summary.xlsx"]


def test_a_folder_made_at_the_final_name_during_the_upload_is_not_moved(sshd_factory, tmp_path):
    # Without posix-rename, the old version is moved aside before the new one goes in:
    # a folder that appears while the file is sent must stop that, not be moved.
    server = sshd_factory(sftp_flags=("-P", "posix-rename"))
    app = make_app(tmp_path, files={"Summary.xlsx": b"new", "Other.xlsx": b"other"})
    made: list[str] = []

    def make_the_folder(event):
        if event.file.name == "Summary.xlsx":
            made.append(_folder_in_the_way(server))

    recorder = Recorder(on={ev.FileStarted: make_the_folder})
    result, _ = upload(
        server,
        UploadJob.from_app_dir(app, "italy_galbani"),
        # One file at a time: its events then come while it is sent, not after.
        server_settings(server, tmp_path, parallel_files=1),
        recorder=recorder,
    )

    assert isinstance(result, ev.RunFinished), result
    _assert_only_summary_failed_and_the_folder_stayed(server, result, recorder, made[0])
