"""The preview's comparison of local files with a remote listing, without a server."""

from __future__ import annotations

import stat
from pathlib import Path

import paramiko

from desktop_uploader.engine import preview
from desktop_uploader.engine.local_files import LocalFile
from desktop_uploader.engine.preview import FileAction

MTIME = 1_714_982_400  # whole seconds, as SFTP version 3 carries them


def _local(size=100, mtime_ns=MTIME * 1_000_000_000 + 123_456_789):
    return LocalFile("outputs", Path("/app/outputs/x_y/Table.xlsx"), size, mtime_ns)


def _remote(size=100, mtime=MTIME, mode=stat.S_IFREG | 0o644):
    attrs = paramiko.SFTPAttributes()
    attrs.filename, attrs.st_size, attrs.st_mtime, attrs.st_mode = "Table.xlsx", size, mtime, mode
    return {"Table.xlsx": attrs}


def test_a_file_missing_on_the_server_is_new():
    assert preview._compare(_local(), {}).action is FileAction.NEW


def test_same_size_and_second_is_unchanged_despite_sub_second_digits():
    assert preview._compare(_local(), _remote()).action is FileAction.UNCHANGED


def test_another_size_or_time_replaces_and_shows_the_remote_one():
    bigger = preview._compare(_local(), _remote(size=90))
    assert (bigger.action, bigger.remote_size, bigger.remote_mtime) == (
        FileAction.REPLACES,
        90,
        MTIME,
    )
    assert preview._compare(_local(), _remote(mtime=MTIME + 1)).action is FileAction.REPLACES


def test_a_remote_folder_of_the_same_name_is_flagged():
    found = preview._compare(_local(), _remote(mode=stat.S_IFDIR | 0o755))
    assert found.action is FileAction.REPLACES and "not a regular file" in found.reason


class _Refusing:
    def __init__(self, error):
        self.error = error

    def listdir_attr(self, folder):
        raise self.error


def test_listings_that_cannot_be_read_become_warnings_never_errors():
    # A missing folder holds nothing yet; an unreadable one is unknown (None), as for
    # the upload's own listing, so that a keeping policy asks for each file by name.
    for error, words, found in (
        (FileNotFoundError(), "does not exist yet", {}),
        (PermissionError(), "refuses to list", None),
        (UnicodeDecodeError("utf-8", b"\xff", 0, 1, "bad"), "not UTF-8", None),
    ):
        warnings: list[str] = []
        assert preview._listing(_Refusing(error), "/r/outputs", warnings) == found
        assert words in warnings[0]
