"""Which files go in batches, and how they are cut (no server needed)."""

from __future__ import annotations

import stat
from pathlib import Path

import paramiko

from desktop_uploader.engine.local_files import LocalFile
from desktop_uploader.engine.small_batches import (
    BATCH_BYTES,
    BATCH_FILES,
    SMALL_FILE_MAX,
    SmallFile,
    batchable,
    in_batches,
)
from desktop_uploader.engine.transfer import TransferOptions


class _Listing:
    """A folder listing as the batch reads it: entries by name and own leftovers."""

    def __init__(self, entries: dict[str, int] | None, leftovers: tuple[str, ...] = ()) -> None:
        self.entries = entries
        self.leftovers = leftovers

    def by_name(self) -> dict[str, paramiko.SFTPAttributes] | None:
        if self.entries is None:
            return None
        found = {}
        for name, mode in self.entries.items():
            entry = paramiko.SFTPAttributes()
            entry.st_mode = mode
            found[name] = entry
        return found

    def leftovers_of(self, name: str) -> list[str]:
        return [left for left in self.leftovers if name in left]


def _local(name: str = "run.log", size: int = 1000) -> LocalFile:
    return LocalFile("logs", Path("app") / "logs" / name, size, 0)


def test_a_small_file_with_nothing_in_its_way_is_batched():
    listing = _Listing({"other.log": stat.S_IFREG})
    assert batchable(_local(), listing, TransferOptions())


def test_a_file_replacing_an_older_version_is_batched():
    assert batchable(_local(), _Listing({"run.log": stat.S_IFREG | 0o644}), TransferOptions())


def test_what_the_one_at_a_time_path_must_handle_is_not_batched():
    options = TransferOptions()
    assert not batchable(_local(size=SMALL_FILE_MAX + 1), _Listing({}), options)
    assert not batchable(_local(), _Listing({}), TransferOptions(use_temp_names=False))
    # A refused listing knows nothing of part files or of what stands at the name.
    assert not batchable(_local(), _Listing(None), options)
    assert not batchable(_local(), _Listing({"run.log": stat.S_IFDIR}), options)
    assert not batchable(_local(), _Listing({}, leftovers=(".run.log.0123456789ab.part",)), options)


def test_batches_are_cut_so_that_every_lane_gets_one():
    files = [SmallFile(_local(f"{index}.log"), None) for index in range(30)]

    batches = in_batches(files, lanes=6)

    assert [len(batch) for batch in batches] == [5] * 6
    assert [small for batch in batches for small in batch] == files


def test_batches_hold_at_most_the_batch_size_and_come_in_whole_rounds_of_lanes():
    files = [SmallFile(_local(f"{index}.log"), None) for index in range(1000)]

    batches = in_batches(files, lanes=6)

    # 1000 files in full batches of 32 would leave a last round of 2 batches for 6 lanes.
    assert max(len(batch) for batch in batches) <= BATCH_FILES
    assert len(batches) == 36
    assert max(len(batch) for batch in batches) - min(len(batch) for batch in batches) <= 8
    assert [small for batch in batches for small in batch] == files


def test_batches_hold_at_most_the_batch_bytes():
    size = SMALL_FILE_MAX
    files = [SmallFile(_local(f"{index}.xlsx", size), None) for index in range(100)]

    batches = in_batches(files, lanes=2)

    assert max(len(batch) for batch in batches) == BATCH_BYTES // size
    assert all(sum(s.local.size for s in batch) <= BATCH_BYTES for batch in batches)
    assert [small for batch in batches for small in batch] == files
