"""The transfer of one file: temporary name, resume, size check, then rename.

A file is either absent or complete under its final name: bytes go to a hidden
temporary name in the same folder, whose size is compared with the local size before
it is renamed over the final name.
"""

from __future__ import annotations

import errno
import hashlib
import logging
import os
import posixpath
import socket
import threading
from collections.abc import Callable
from dataclasses import dataclass
from typing import BinaryIO

import paramiko

from desktop_uploader.engine.connection import Session
from desktop_uploader.engine.errors import (
    ConnectionLostError,
    LocalFileError,
    RemoteFileError,
    RemotePermissionError,
    UploadCancelled,
)
from desktop_uploader.engine.local_files import LocalFile
from desktop_uploader.engine.progress import ProgressThrottle

log = logging.getLogger(__name__)

PART_SUFFIX = ".part"
# Each SFTP write must fit one SSH packet of 32 KiB with its headers; a full 32 KiB of
# data spills a few bytes into a second, tiny packet and costs a round of overhead.
WRITE_SIZE = 32 * 1024 - 512
HASH_READ_SIZE = 1024 * 1024


@dataclass(frozen=True)
class Snapshot:
    """The local file's identity when its upload began: only these bytes are sent."""

    size: int
    mtime_ns: int


@dataclass(frozen=True)
class UploadResult:
    remote_path: str
    size: int
    verified: bool
    sha256: str
    resumed_from: int


# Told (size, resume_offset) once, before any byte is sent.
StartSink = Callable[[int, int], None]


def part_name(name: str, snapshot: Snapshot) -> str:
    """The hidden temporary name of a file's upload.

    It records the local size and modification time, so that a later attempt resumes
    only the upload of the very same local file, and a consumer's ``*.xlsx`` pattern
    never matches it.
    """
    identity = f"{name}\0{snapshot.size}\0{snapshot.mtime_ns}".encode("utf-8", "surrogatepass")
    tag = hashlib.sha256(identity).hexdigest()[:12]
    return f".{name[:150]}.{tag}{PART_SUFFIX}"


def upload_file(
    session: Session,
    local: LocalFile,
    remote_dir: str,
    cancel: threading.Event,
    on_start: StartSink,
    on_progress: Callable[[int, int], None],
) -> UploadResult:
    """Send one file under a temporary name, check its size, rename it into place.

    Raises:
        LocalFileError: the local file cannot be read, or changed while it was sent.
        RemoteFileError: the server stored fewer bytes (disk full, quota) or refused.
        RemotePermissionError: the server refused to write or rename.
        ConnectionLostError: the connection died or stalled (the part file is kept).
        UploadCancelled: cancel was set.
    """
    with _open_local(local) as (handle, snapshot):
        progress = ProgressThrottle(on_progress, snapshot.size)
        final = posixpath.join(remote_dir, local.name)
        part = posixpath.join(remote_dir, part_name(local.name, snapshot))
        try:
            offset = _resume_offset(session.sftp, part, snapshot.size)
            on_start(snapshot.size, offset)
            digest = _hash_prefix(handle, offset, local)
            _send(session, handle, part, offset, snapshot.size, digest, cancel, progress)
            verified = _verify_size(session, part, snapshot.size, local.name)
            _check_unchanged(local, snapshot, digest)
            _rename_over(session, part, final)
        except Exception as exc:
            raise _translated(exc, session, local, part, progress.done, cancel) from None
    log.info(
        "Uploaded %s to %s (%d bytes, resumed from %d)", local.name, final, snapshot.size, offset
    )
    return UploadResult(final, snapshot.size, verified, digest.hexdigest(), offset)


class _open_local:
    """Open a local file for reading, turning every failure into a LocalFileError."""

    def __init__(self, local: LocalFile) -> None:
        self.local = local
        self.handle: BinaryIO | None = None

    def __enter__(self) -> tuple[BinaryIO, Snapshot]:
        try:
            self.handle = open(self.local.path, "rb")  # noqa: SIM115 - closed in __exit__
            info = os.fstat(self.handle.fileno())
        except OSError as exc:
            raise _unreadable(self.local, exc) from None
        return self.handle, Snapshot(info.st_size, info.st_mtime_ns)

    def __exit__(self, *exc_info: object) -> None:
        if self.handle is not None:
            self.handle.close()


def _unreadable(local: LocalFile, exc: OSError) -> LocalFileError:
    reason = exc.strerror or type(exc).__name__
    return LocalFileError(
        f"{local.name} cannot be read ({reason}); it may be open in another program such as Excel.",
        f"Close {local.name} in Excel or any other program, then upload again.",
    )


def _resume_offset(sftp: paramiko.SFTPClient, part: str, size: int) -> int:
    """How many bytes of an earlier attempt's part file can be kept."""
    try:
        existing = sftp.stat(part).st_size or 0
    except (FileNotFoundError, PermissionError):
        return 0
    return existing if existing <= size else 0


def _hash_prefix(handle: BinaryIO, offset: int, local: LocalFile) -> hashlib._Hash:
    """The SHA-256 of the bytes an earlier attempt already sent, read back locally."""
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
        raise _unreadable(local, exc) from None
    return digest


def _send(
    session: Session,
    handle: BinaryIO,
    part: str,
    offset: int,
    size: int,
    digest: hashlib._Hash,
    cancel: threading.Event,
    progress: ProgressThrottle,
) -> None:
    mode = "r+b" if offset else "wb"
    with session.sftp.open(part, mode) as remote:
        remote.set_pipelined(True)
        remote.seek(offset)
        position = offset
        progress.update(position)
        while position < size:
            if cancel.is_set():
                raise UploadCancelled()
            block = _read_block(handle, min(WRITE_SIZE, size - position))
            remote.write(block)
            digest.update(block)
            position += len(block)
            progress.update(position)
    progress.finish()


def _read_block(handle: BinaryIO, wanted: int) -> bytes:
    block = handle.read(wanted)
    if len(block) != wanted:
        # The file shrank after its upload began: what was sent is no longer the file.
        raise _LocalShrank()
    return block


class _LocalShrank(Exception):
    pass


def _verify_size(session: Session, part: str, size: int, name: str) -> bool:
    """Compare the stored size with the local one; False when the server won't tell."""
    stored = remote_size(session.sftp, part)
    if stored is None:
        log.warning("The server refuses to show the size of %s; not verified", name)
        return False
    if stored != size:
        raise RemoteFileError(
            f"The server stored {stored:,} of {size:,} bytes of {name}: it is probably "
            "out of space or over its quota.",
        )
    return True


def remote_size(sftp: paramiko.SFTPClient, path: str) -> int | None:
    """A remote file's size by stat, else from its folder's listing, else None.

    Some servers refuse stat but list folders with sizes; asking the listing avoids
    reporting a complete upload as failed on them.
    """
    try:
        return sftp.stat(path).st_size
    except PermissionError:
        pass
    folder, name = posixpath.split(path)
    try:
        for entry in sftp.listdir_attr(folder):
            if entry.filename == name:
                return entry.st_size
    except PermissionError:
        return None
    raise FileNotFoundError(errno.ENOENT, f"{path} vanished after it was written")


def _check_unchanged(local: LocalFile, snapshot: Snapshot, digest: hashlib._Hash) -> None:
    """Refuse a torn upload: the local file must still start with the bytes sent.

    A log that only grew is fine (its beginning was sent, consistently); a workbook
    saved again during the upload is not.
    """
    try:
        now = os.stat(local.path)
    except OSError as exc:
        raise _unreadable(local, exc) from None
    if (now.st_size, now.st_mtime_ns) == (snapshot.size, snapshot.mtime_ns):
        return
    if now.st_size >= snapshot.size and _prefix_digest(local, snapshot.size) == digest.digest():
        log.info(
            "%s grew during its upload; its first %d bytes were sent", local.name, snapshot.size
        )
        return
    raise _changed(local)


def _prefix_digest(local: LocalFile, size: int) -> bytes:
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


def _changed(local: LocalFile) -> LocalFileError:
    return LocalFileError(
        f"{local.name} changed while it was being sent, so it was not uploaded.",
        f"Wait until {local.name} is no longer being written, then upload again.",
    )


def _rename_over(session: Session, part: str, final: str) -> None:
    """Put the part file in place under its final name, replacing an older version.

    OpenSSH's posix-rename replaces the target atomically. Servers without it refuse a
    plain rename onto an existing file, so the old version is first moved aside and
    removed only once the new one is in place.
    """
    try:
        session.sftp.posix_rename(part, final)
        return
    except PermissionError:
        raise
    except OSError:
        if not session.is_alive():
            raise
        log.info("The server has no posix-rename; replacing %s in two steps", final)
    aside = part[: -len(PART_SUFFIX)] + ".replaced"
    had_old = _exists(session, final)
    if had_old:
        session.sftp.rename(final, aside)
    session.sftp.rename(part, final)
    if had_old:
        session.sftp.remove(aside)


def _exists(session: Session, path: str) -> bool:
    try:
        remote_size(session.sftp, path)
        return True
    except FileNotFoundError:
        return False


def _translated(
    exc: Exception,
    session: Session,
    local: LocalFile,
    part: str,
    sent: int,
    cancel: threading.Event,
) -> Exception:
    """The engine's error for a failure while sending one file, with cleanup done."""
    if cancel.is_set() or isinstance(exc, UploadCancelled):
        return UploadCancelled()
    if isinstance(exc, _LocalShrank):
        _remove_part(session, part)
        return _changed(local)
    if isinstance(exc, (LocalFileError, RemoteFileError)):
        _remove_part(session, part)
        return exc
    if isinstance(exc, PermissionError):
        _remove_part(session, part)
        return RemotePermissionError(
            f"The server refused to write {local.name} in {posixpath.dirname(part)}."
        )
    if isinstance(exc, OSError) and exc.errno is None and session.is_alive():
        _remove_part(session, part)
        return RemoteFileError(
            f"The server refused {local.name} after {sent:,} of {local.size:,} bytes "
            f"({exc}); it may be out of space or over its quota."
        )
    return _connection_lost(exc, local, sent)


def _connection_lost(exc: Exception, local: LocalFile, sent: int) -> ConnectionLostError:
    if isinstance(exc, socket.timeout):
        what = "The server stopped answering (no progress)"
    else:
        what = "The connection was lost"
    return ConnectionLostError(
        f"{what} while sending {local.name}, after about {_megabytes(sent)} of "
        f"{_megabytes(local.size)} ({type(exc).__name__}: {exc or 'no detail'})."
    )


def _megabytes(count: int) -> str:
    return f"{count / 1_000_000:.1f} MB"


def _remove_part(session: Session, part: str) -> None:
    """Remove this attempt's own temporary file; never anything else."""
    if not session.is_alive():
        return
    try:
        session.sftp.remove(part)
    except OSError as exc:
        log.info("Could not remove the temporary file %s: %s", part, exc)
