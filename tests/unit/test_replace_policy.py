"""The replace policy's decision for one file, as both the upload and the preview take it."""

from __future__ import annotations

import stat
from pathlib import Path

import paramiko
import pytest

from desktop_uploader.engine.errors import BadInputError
from desktop_uploader.engine.local_files import LocalFile
from desktop_uploader.engine.replace_policy import (
    NEVER_REASON,
    UNCHANGED_REASON,
    FileAction,
    ReplacePolicy,
    decide,
    lookup,
    remote_seconds,
)

MTIME = 1_714_982_400
LOCAL = LocalFile("outputs", Path("/app/outputs/x_y/Table.xlsx"), 100, MTIME * 10**9 + 999_999)
ALWAYS, WHEN_CHANGED, NEVER = ReplacePolicy


def _entry(size=100, mtime=MTIME, mode=stat.S_IFREG | 0o644):
    attrs = paramiko.SFTPAttributes()
    attrs.filename, attrs.st_size, attrs.st_mtime, attrs.st_mode = "Table.xlsx", size, mtime, mode
    return attrs


SAME, OTHER = _entry(), _entry(size=90)


@pytest.mark.parametrize(
    ("policy", "entry", "action", "reason"),
    [
        (ALWAYS, None, FileAction.NEW, ""),
        (WHEN_CHANGED, None, FileAction.NEW, ""),
        (NEVER, None, FileAction.NEW, ""),
        (ALWAYS, SAME, FileAction.UNCHANGED, "sent again (policy: always replace)"),
        (WHEN_CHANGED, SAME, FileAction.SKIPPED, UNCHANGED_REASON),
        (NEVER, SAME, FileAction.SKIPPED, NEVER_REASON),
        (ALWAYS, OTHER, FileAction.REPLACES, ""),
        (WHEN_CHANGED, OTHER, FileAction.REPLACES, ""),
        (NEVER, OTHER, FileAction.SKIPPED, NEVER_REASON),
        (WHEN_CHANGED, _entry(mtime=MTIME + 1), FileAction.REPLACES, ""),
        (WHEN_CHANGED, _entry(mtime=None), FileAction.REPLACES, ""),
    ],
)
def test_each_policy_decides_from_size_and_whole_second(policy, entry, action, reason):
    decision = decide(LOCAL, entry, policy)

    assert (decision.action, decision.reason) == (action, reason)
    assert decision.action.sends == (action is not FileAction.SKIPPED)
    if entry is not None:
        assert (decision.remote_size, decision.remote_mtime) == (entry.st_size, entry.st_mtime)


def test_a_remote_folder_of_the_same_name_is_replaced_with_a_warning_unless_never():
    folder = _entry(mode=stat.S_IFDIR | 0o755)

    assert "not a regular file" in decide(LOCAL, folder, WHEN_CHANGED).reason
    assert decide(LOCAL, folder, NEVER).action is FileAction.SKIPPED


def test_local_nanoseconds_become_the_remote_whole_second():
    assert remote_seconds(MTIME * 10**9 + 999_999_999) == MTIME


@pytest.mark.parametrize(
    ("text", "policy"),
    [
        ("always", ALWAYS),
        ("when-changed", WHEN_CHANGED),
        ("When_Changed", WHEN_CHANGED),
        ("never", NEVER),
    ],
)
def test_policy_names_are_read_with_dash_or_underscore(text, policy):
    assert ReplacePolicy.parse(text) is policy


def test_an_unknown_policy_name_is_bad_input_listing_the_right_ones():
    with pytest.raises(BadInputError) as caught:
        ReplacePolicy.parse("sometimes")
    assert "always, when-changed or never" in caught.value.hint


class _Server:
    """Answers stat from a dict; records what was asked."""

    def __init__(self, files, error=None):
        self.files, self.error, self.asked = files, error, []

    def stat(self, path):
        self.asked.append(path)
        if self.error is not None:
            raise self.error
        if path not in self.files:
            raise FileNotFoundError(path)
        return self.files[path]


def test_an_unreadable_listing_makes_a_keeping_policy_ask_by_name():
    server = _Server({"/r/outputs/Table.xlsx": SAME})

    assert lookup(server, "/r/outputs", "Table.xlsx", None, NEVER) is SAME
    assert lookup(server, "/r/outputs", "Other.xlsx", None, WHEN_CHANGED) is None
    assert lookup(server, "/r/outputs", "Table.xlsx", None, ALWAYS) is None
    assert lookup(server, "/r/outputs", "Table.xlsx", {}, NEVER) is None
    assert server.asked == ["/r/outputs/Table.xlsx", "/r/outputs/Other.xlsx"]


def test_a_refused_stat_too_leaves_the_file_looking_absent():
    server = _Server({}, error=PermissionError("denied"))

    assert lookup(server, "/r/outputs", "Table.xlsx", None, NEVER) is None
