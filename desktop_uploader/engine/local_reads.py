"""Reading the local file of an upload: its identity, its bytes, and whether it moved.

Only the bytes present when the upload began are sent. A file that shrinks or is
rewritten meanwhile is refused instead of arriving torn; a log that only grew keeps a
consistent prefix.
"""

from __future__ import annotations

import hashlib
import logging
import os
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import BinaryIO

from desktop_uploader.engine.errors import LocalFileError
from desktop_uploader.engine.local_files import LocalFile
from desktop_uploader.engine.texts import QT_TRANSLATE_NOOP

log = logging.getLogger(__name__)

HASH_READ_SIZE = 1024 * 1024


@dataclass(frozen=True)
class Snapshot:
    """The local file's identity when its upload began: only these bytes are sent."""

    size: int
    mtime_ns: int


@contextmanager
def opened_local(local: LocalFile) -> Iterator[tuple[BinaryIO, Snapshot]]:
    """Open a local file for reading and take its identity from the open handle.

    Yields:
        The handle and the file's size and modification time at opening.

    Raises:
        LocalFileError: the file cannot be opened or read (locked by Excel, no access).
    """
    try:
        handle = open(local.path, "rb")  # noqa: SIM115 - closed by the with below
    except OSError as exc:
        raise unreadable(local, exc) from None
    with handle:
        try:
            info = os.fstat(handle.fileno())
        except OSError as exc:
            raise unreadable(local, exc) from None
        yield handle, Snapshot(info.st_size, info.st_mtime_ns)


def unreadable(local: LocalFile, exc: OSError) -> LocalFileError:
    """The error for a file that cannot be read, naming it with the next step."""
    reason = exc.strerror or type(exc).__name__
    message = QT_TRANSLATE_NOOP(
        "Messages",
        "{name} cannot be read ({reason}); it may be open in another program such as Excel.",
    )
    hint = QT_TRANSLATE_NOOP(
        "Messages", "Close {name} in Excel or any other program, then upload again."
    )
    return LocalFileError(
        message.format(name=local.name, reason=reason), hint.format(name=local.name)
    )


def hash_prefix(handle: BinaryIO, offset: int, local: LocalFile) -> hashlib._Hash:
    """The SHA-256 of the bytes an earlier attempt already sent, read back locally.

    Raises:
        LocalFileError: the file cannot be read.
    """
    digest = hashlib.sha256()
    remaining = offset
    try:
        while remaining:
            block = handle.read(min(HASH_READ_SIZE, remaining))
            if not block:
                break
            digest.update(block)
            remaining -= len(block)
    except OSError as exc:
        raise unreadable(local, exc) from None
    return digest


def fill_block(handle: BinaryIO, block: memoryview) -> int:
    """Fill ``block`` from the handle's position; returns its length.

    Raises:
        LocalShrank: the file ended early, so it shrank after its upload began.
        OSError: the read failed.
    """
    filled = 0
    while filled < len(block):
        count = handle.readinto(block[filled:])
        if not count:
            # The file shrank after its upload began: what was sent is no longer the file.
            raise LocalShrank()
        filled += count
    return filled


class LocalShrank(Exception):
    """The local file became shorter than when its upload began."""


def check_unchanged(local: LocalFile, snapshot: Snapshot, digest: hashlib._Hash) -> None:
    """Refuse a torn upload: the local file must still start with the bytes sent.

    A log that only grew is fine (its beginning was sent, consistently); a workbook
    saved again during the upload is not.

    Raises:
        LocalFileError: the file changed other than by growing, or cannot be read.
    """
    try:
        now = os.stat(local.path)
    except OSError as exc:
        raise unreadable(local, exc) from None
    if (now.st_size, now.st_mtime_ns) == (snapshot.size, snapshot.mtime_ns):
        return
    try:
        same_prefix = now.st_size >= snapshot.size and (
            prefix_digest(local, snapshot.size) == digest.digest()
        )
    except OSError as exc:
        raise unreadable(local, exc) from None
    if same_prefix:
        log.info(
            "%s grew during its upload; its first %d bytes were sent", local.name, snapshot.size
        )
        return
    raise changed_error(local)


def prefix_digest(local: LocalFile, size: int) -> bytes:
    """The SHA-256 of the first ``size`` bytes of the file as it is now."""
    digest = hashlib.sha256()
    with open(local.path, "rb") as handle:
        remaining = size
        while remaining:
            block = handle.read(min(HASH_READ_SIZE, remaining))
            if not block:
                break
            digest.update(block)
            remaining -= len(block)
    return digest.digest()


def changed_error(local: LocalFile) -> LocalFileError:
    """The error for a file that changed while it was sent."""
    message = QT_TRANSLATE_NOOP(
        "Messages", "{name} changed while it was being sent, so it was not uploaded."
    )
    hint = QT_TRANSLATE_NOOP(
        "Messages", "Wait until {name} is no longer being written, then upload again."
    )
    return LocalFileError(message.format(name=local.name), hint.format(name=local.name))
