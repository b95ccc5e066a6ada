"""Property tests: no generated BU name, remote base or file name builds a remote path
outside {base}/{country}/, and names a server lists are compared, never followed."""

from __future__ import annotations

import os
import posixpath

from hypothesis import given
from hypothesis import strategies as st

from desktop_uploader.engine.bu import country_of, normalize_base, remote_candidates
from desktop_uploader.engine.errors import BadInputError
from desktop_uploader.engine.local_files import remote_name_problem, visible_name
from desktop_uploader.engine.remote_files import remote_size
from desktop_uploader.engine.transfer import Snapshot, part_name

# Characters that matter to paths and terminals, mixed with ordinary ones.
TRICKY = st.sampled_from(["/", "\\", ".", "..", "_", "-", "\x00", "\n", "\u202e", "\udcff", " "])
NAMES = st.lists(st.one_of(TRICKY, st.text(max_size=4)), max_size=12).map("".join)
BASES = st.lists(st.one_of(TRICKY, st.text(max_size=4)), max_size=8).map(lambda p: "/" + "".join(p))


def _inside(path: str, folder: str) -> bool:
    return posixpath.normpath(path) == path and path.startswith(folder.rstrip("/") + "/")


@given(BASES, NAMES)
def test_no_accepted_bu_escapes_its_country_folder_under_any_base(base, bu):
    try:
        candidates = remote_candidates(base, bu)
    except BadInputError:
        return
    country_dir = posixpath.join(normalize_base(base), country_of(bu))
    for candidate in candidates:
        assert _inside(candidate, country_dir)
        assert "/" not in candidate[len(country_dir) + 1 :]


@given(NAMES)
def test_no_accepted_file_name_leaves_the_remote_folder(name):
    if remote_name_problem(name) or not name.isprintable():
        return  # skipped by the folder scan, never sent
    folder = "/data/to/startflow/italy/italy_galbani/outputs"
    for remote in (
        posixpath.join(folder, name),
        posixpath.join(folder, part_name(name, Snapshot(1, 2))),
    ):
        assert posixpath.dirname(remote) == folder
        assert posixpath.basename(remote) not in ("", ".", "..")
        assert posixpath.normpath(remote) == remote


@given(st.text())
def test_a_shown_name_is_always_printable_and_encodable(name):
    shown = visible_name(name)
    assert shown.isprintable()
    shown.encode("utf-8")  # no lone surrogate left to crash a log file or a console


def test_undecodable_bytes_are_shown_as_the_bytes():
    assert visible_name(os.fsdecode(b"r\xe9sum\xe9.xlsx")) == "r\\xe9sum\\xe9.xlsx"


class _Listing:
    """An SFTP client whose stat is refused and whose listing is whatever a server says."""

    def __init__(self, names: list[str]) -> None:
        self.names = names
        self.calls: list[tuple[str, str]] = []

    def stat(self, path):
        self.calls.append(("stat", path))
        raise PermissionError(13, "stat refused")

    def listdir_attr(self, path):
        self.calls.append(("listdir_attr", path))
        entries = []
        for size, name in enumerate(self.names, 1):
            entry = type("Entry", (), {})()
            entry.filename, entry.st_size = name, size
            entries.append(entry)
        return entries


def test_names_with_slashes_or_dots_in_a_listing_are_never_followed():
    folder = "/base/italy/italy_galbani/outputs"
    hostile = ["../../../etc/passwd", "sub/Summary.xlsx", "..", ".", "Summary.xlsx/"]
    sftp = _Listing([*hostile, "Summary.xlsx"])

    size = remote_size(sftp, f"{folder}/Summary.xlsx")

    assert size == len(hostile) + 1  # only the exact name counts
    assert sftp.calls == [
        ("stat", f"{folder}/Summary.xlsx"),
        ("listdir_attr", folder),
    ]
