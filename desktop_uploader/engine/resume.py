"""Whether an earlier attempt's part file can be continued, and from where.

A part file's name records the local file's size and modification time, so only the
upload of the very same local file finds it. Its end is still read back before it is
trusted: see :func:`part_end_matches`.
"""

from __future__ import annotations

import logging
from typing import BinaryIO

import paramiko

from desktop_uploader.engine.local_files import LocalFile
from desktop_uploader.engine.local_reads import unreadable
from desktop_uploader.engine.remote_files import remote_size

log = logging.getLogger(__name__)

# How much of an earlier attempt's part file is read back before it is continued.
RESUME_CHECK_BYTES = 64 * 1024


def resume_offset(
    sftp: paramiko.SFTPClient, part: str, size: int, local: LocalFile, handle: BinaryIO
) -> int:
    """How many bytes of an earlier attempt's part file can be kept: all of them when
    its end holds the local file's bytes, none otherwise.

    Leaves ``handle`` at the start of the file.
    """
    try:
        existing = remote_size(sftp, part) or 0
    except FileNotFoundError:
        return 0
    if not 0 < existing <= size:
        return 0
    return existing if part_end_matches(sftp, part, existing, local, handle) else 0


def part_end_matches(
    sftp: paramiko.SFTPClient, part: str, existing: int, local: LocalFile, handle: BinaryIO
) -> bool:
    """Whether the last bytes of the part file are the local file's at the same place.

    A server that crashed can keep a part file whose end was never written (zeros, or
    an older version's bytes); resumed after, it would give a wrong file that passes the
    size check. Reading back its end catches that for the price of one small download.
    """
    start = max(0, existing - RESUME_CHECK_BYTES)
    try:
        with sftp.open(part, "rb") as remote:
            remote.seek(start)
            stored = remote.read(existing - start)
    except (PermissionError, FileNotFoundError) as exc:
        log.info("%s cannot be read back (%s): starting %s over", part, exc, local.name)
        return False
    try:
        handle.seek(start)
        expected = handle.read(existing - start)
        handle.seek(0)
    except OSError as exc:
        raise unreadable(local, exc) from None
    if stored != expected:
        log.warning("The end of %s differs from %s: starting it over", part, local.name)
        return False
    return True
