"""The transfer of one file: temporary name, resume, size check, then rename.

A file is either absent or complete under its final name: bytes go to a hidden
temporary name in the same folder (see ``remote_files``), whose size is compared with
the local size before it is renamed over the final name.
"""

from __future__ import annotations

import hashlib
import logging
import posixpath
import threading
from collections.abc import Callable
from dataclasses import dataclass
from typing import BinaryIO

from desktop_uploader.engine.background_digest import hashing_alongside
from desktop_uploader.engine.connection import Session
from desktop_uploader.engine.errors import (
    ChannelClosedError,
    ConnectionLostError,
    ConnectionStalledError,
    LocalFileError,
    RemoteFileError,
    RemotePermissionError,
    UploadCancelled,
)
from desktop_uploader.engine.local_files import LocalFile
from desktop_uploader.engine.local_reads import (
    LocalShrank,
    Snapshot,
    changed_error,
    check_unchanged,
    fill_block,
    hash_prefix,
    opened_local,
)
from desktop_uploader.engine.progress import ProgressThrottle
from desktop_uploader.engine.remote_files import (
    PART_SUFFIX,
    FolderListing,
    clean_leftovers,
    known_absent,
    out_of_space,
    part_name,
    refuse_unless_file,
    remote_entry,
    remove_quietly,
    rename_over,
    stored_size,
    verify_size,
)
from desktop_uploader.engine.replace_policy import send_remote_mtime, settle_remote_mtime
from desktop_uploader.engine.resume import resume_offset
from desktop_uploader.engine.settings import FINISH_ALLOWANCE_FACTOR
from desktop_uploader.engine.sftp_pipeline import write_stream
from desktop_uploader.engine.sftp_requests import (
    AttributesReply,
    Reply,
    close_unwaited,
    sent_together,
    stat_unwaited,
)
from desktop_uploader.engine.texts import QT_TRANSLATE_NOOP, Text
from desktop_uploader.engine.watchdog import StallWatchdog

log = logging.getLogger(__name__)

__all__ = ["PART_SUFFIX", "Snapshot", "TransferOptions", "Tally", "UploadResult", "upload_file"]


@dataclass(frozen=True)
class TransferOptions:
    """How a file is sent; taken from the server profile."""

    stall_timeout: float = 60.0
    use_temp_names: bool = True
    # Files sent at once over the connection (see ``lanes``).
    lanes: int = 1

    @property
    def finish_timeout(self) -> float:
        return self.stall_timeout * FINISH_ALLOWANCE_FACTOR

    def channel_timeout(self, allowance: float) -> float:
        """How long one lane's channel waits for an answer: behind every other lane's
        bytes on a slow link. The stall watchdog, which counts the whole connection's
        progress, tells a stall after ``allowance``; this only backs it up."""
        return allowance * max(1, self.lanes)


@dataclass
class Tally:
    """What sending one file cost; kept by the caller across attempts."""

    bytes_sent: int = 0  # the file's bytes handed to the connection, all tries together
    resumed_from: int = 0  # where the last try started


@dataclass(frozen=True)
class UploadResult:
    remote_path: str
    size: int
    verified: bool
    sha256: str
    resumed_from: int
    # False when the server refused the local modification time (see replace_policy).
    time_kept: bool = True


# Told (size, resume_offset) once, before any byte is sent.
StartSink = Callable[[int, int], None]


def upload_file(
    session: Session,
    local: LocalFile,
    remote_dir: str,
    cancel: threading.Event,
    on_start: StartSink,
    on_progress: Callable[[int, int], None],
    *,
    options: TransferOptions | None = None,
    tally: Tally | None = None,
    listing: FolderListing | None = None,
) -> UploadResult:
    """Send one file under a temporary name, check its size, give it the local
    modification time (where the server allows it), rename it into place.

    An earlier attempt's part file of the same local file is continued from its
    remote size; other runs' stale part files of this name are removed first.

    With ``options.use_temp_names`` off (servers that forbid rename), bytes go straight
    to the final name and every try starts from zero. Lost then: the final name shows
    a partial file while it is written and after a lost connection (until the next
    try rewrites it), the previous version is gone as soon as writing starts, and
    nothing is resumed. Still kept: the size check, and the removal of a partial file
    when the failure is permanent (disk full, refused write, local file changed).

    Args:
        session: the open connection.
        local: the file to send.
        remote_dir: its remote folder.
        cancel: set to stop at the next block.
        on_start: told (size, resume_offset) before any byte is sent.
        on_progress: told (bytes_done, size), throttled, and the final count.
        options: stall timeout and temporary names; the defaults when None.
        tally: receives the bytes sent and the resume offset, even when this raises.
        listing: the folder's listing for this attempt, to find stale part files.

    Returns:
        Where the file is, its size, whether the size was checked, its SHA-256 and the
        offset it was resumed from.

    Raises:
        LocalFileError: the local file cannot be read, or changed while it was sent.
        RemoteFileError: the server stored fewer bytes (disk full, quota) or refused, or
            a folder (anything but a file) stands at the final name.
        RemotePermissionError: the server refused to write or rename.
        ChannelClosedError: the server closed the SFTP channel, the connection lives.
        ConnectionLostError: the connection died or stalled (the part file is kept).
        UploadCancelled: cancel was set.
    """
    options = options or TransferOptions()
    tally = tally if tally is not None else Tally()
    with opened_local(local) as (handle, snapshot):
        final = posixpath.join(remote_dir, local.name)
        temp = part_name(local.name, snapshot) if options.use_temp_names else None
        target = posixpath.join(remote_dir, temp) if temp else final
        with session_watchdog(session).watching(options.stall_timeout) as watchdog:
            progress = _WatchedProgress(on_progress, snapshot.size, watchdog, session, options)
            progress.start_timeout()
            offset = 0
            try:
                _refuse_unless_file_at(session, listing, final)
                if temp and listing is not None:
                    clean_leftovers(session, listing, local.name, temp)
                # The listing spares a round trip per file: a part it does not show is
                # not there.
                if temp and not known_absent(listing, temp):
                    offset = resume_offset(session.sftp, target, snapshot.size, local, handle)
                if listing is not None:
                    listing.written.add(posixpath.basename(target))
                tally.resumed_from = offset
                on_start(snapshot.size, offset)
                digest = hash_prefix(handle, offset, local)
                ending = _send(session, handle, target, offset, snapshot, digest, cancel, progress)
                verified = verify_size(
                    session, target, snapshot.size, local.name, ending.closing, ending.sizing
                )
                time_kept = settle_remote_mtime(session, target, ending.timing)
                check_unchanged(local, snapshot, digest)
                if temp:
                    _rename_into_place(session, target, final, local.name)
            except Exception as exc:
                failure = _Failure(session, local, target, progress, watchdog, cancel)
                raise failure.translated(exc, owns_target=bool(temp)) from None
            finally:
                tally.bytes_sent += max(0, progress.done - offset)
                progress.restore_timeout()
    log.info(
        "Uploaded %s to %s (%d bytes, resumed from %d)", local.name, final, snapshot.size, offset
    )
    return UploadResult(final, snapshot.size, verified, digest.hexdigest(), offset, time_kept)


def session_watchdog(session: Session) -> StallWatchdog:
    """The session's watchdog, re-armed for each file: one thread serves a lane's
    files one after the other instead of one thread started and ended per file."""
    if session.watchdog is None:
        session.watchdog = StallWatchdog(session.transport, 0.0, armed=False, link=session.link)
    return session.watchdog


class _WatchedProgress(ProgressThrottle):
    """Progress that also feeds the stall watchdog, and switches to the longer
    allowance once every byte is handed over and only the file's end remains."""

    def __init__(
        self,
        report: Callable[[int, int], None],
        size: int,
        watchdog: StallWatchdog,
        session: Session,
        options: TransferOptions,
    ) -> None:
        super().__init__(report, size)
        self.watchdog = watchdog
        self.session = session
        self.options = options
        self.opened = False  # the remote file was opened for writing

    def update(self, bytes_done: int) -> None:
        self.opened = True
        self.watchdog.touch()
        super().update(bytes_done)

    def finish(self) -> None:
        super().finish()
        self.watchdog.allow(self.options.finish_timeout)
        self._set_channel_timeout(self.options.channel_timeout(self.options.finish_timeout))

    def start_timeout(self) -> None:
        """While the file is watched, its channel waits as long as the other lanes may
        hold the link."""
        self._set_channel_timeout(self.options.channel_timeout(self.options.stall_timeout))

    def restore_timeout(self) -> None:
        """Between files, unwatched requests keep the plain allowance."""
        self._set_channel_timeout(self.options.stall_timeout)

    def _set_channel_timeout(self, seconds: float) -> None:
        channel = self.session.sftp.get_channel()
        if channel is not None:
            channel.settimeout(seconds)


def _rename_into_place(session: Session, part: str, final: str, name: str) -> None:
    """Rename the verified part over the final name; a refusal says it was the rename.

    The bytes arrived (the server let them be written), so "refused to write" would
    send the user after the wrong cause. A server may forbid renames altogether, which
    the profile's switch for temporary names is there for; it may also refuse to
    replace a file of another owner: the hint covers both.
    """
    try:
        rename_over(session, part, final)
    except PermissionError:
        folder = posixpath.dirname(final)
        message = QT_TRANSLATE_NOOP(
            "Messages",
            "The server refused to rename {name} into place in {folder}: it arrived under a "
            "temporary name, which is removed.",
        )
        hint = QT_TRANSLATE_NOOP(
            "Messages",
            "If this server forbids renaming files, turn temporary names off (--no-temp-names "
            "on the command line, or use_temp_names = false in the profile) and upload "
            "again; otherwise ask IT for the right to rename and replace files in {folder}.",
        )
        raise RemotePermissionError(
            message.format(name=name, folder=folder), hint.format(folder=folder)
        ) from None


def _refuse_unless_file_at(session: Session, listing: FolderListing | None, final: str) -> None:
    """Fail before any byte is sent when a folder stands at the final name."""
    entries = listing.by_name() if listing is not None else None
    if entries is not None:
        entry = entries.get(posixpath.basename(final))
    else:
        try:
            entry = remote_entry(session.sftp, final)
        except FileNotFoundError:
            entry = None
    refuse_unless_file(entry, final)


@dataclass(frozen=True)
class _Ending:
    """The answers still to come for a file's end: its close, its time, its size."""

    closing: Reply
    timing: Reply
    sizing: AttributesReply


def _send(
    session: Session,
    handle: BinaryIO,
    part: str,
    offset: int,
    snapshot: Snapshot,
    digest: hashlib._Hash,
    cancel: threading.Event,
    progress: ProgressThrottle,
) -> _Ending:
    """Write bytes ``offset`` to ``snapshot.size`` of the local file into ``part``,
    then send its close, its time and a stat for its size, without waiting for these.

    The last writes and the three requests of the end leave together: a small file's
    write and end go as one SSH packet.

    Contract for any replacement of this loop: ``progress.update`` after each block
    (it feeds the stall watchdog), ``progress.finish`` once every byte is handed over
    and before the file is closed (it grants the longer end-of-file allowance), and
    every write's status checked before returning (a refused write must raise).
    """
    mode = "r+b" if offset else "wb"
    sftp = session.sftp
    with (
        sftp.open(part, mode) as remote,
        hashing_alongside(digest, snapshot.size - offset) as hash_block,
    ):
        progress.update(offset)

        def sent(block: memoryview, position: int) -> None:
            hash_block(block)
            progress.update(position)

        with sent_together(sftp):
            # A window of big writes, each status checked below (see sftp_pipeline).
            writes = write_stream(
                sftp,
                remote,
                lambda block: fill_block(handle, block),
                offset,
                snapshot.size,
                cancel,
                sent,
                on_sent_all=progress.finish,
            )
            closing = close_unwaited(remote)
            # Before the rename, so the final name never shows the upload's own time:
            # "replace when changed" compares this time with the local one.
            timing = send_remote_mtime(session, part, snapshot.mtime_ns)
            sizing = stat_unwaited(sftp, part)
        writes.wait(cancel)
        return _Ending(closing, timing, sizing)


@dataclass
class _Failure:
    """Turns a failure while sending one file into the engine's error, after cleanup."""

    session: Session
    local: LocalFile
    target: str
    progress: _WatchedProgress
    watchdog: StallWatchdog
    cancel: threading.Event
    removable: bool = False

    def translated(self, exc: Exception, *, owns_target: bool) -> Exception:
        """The error to raise. The target is removed when the failure is permanent and
        it is ours: always for a part file, and for a final name only once writing it
        began (before that it may still hold a good older version)."""
        self.removable = owns_target or self.progress.opened
        if self.cancel.is_set() or isinstance(exc, UploadCancelled):
            return UploadCancelled()
        if self.watchdog.stalled or isinstance(exc, TimeoutError):
            # TimeoutError is socket.timeout: the channel's own timeout fired first.
            return self._stalled()
        if isinstance(exc, LocalShrank):
            return self._cleaned(changed_error(self.local))
        if isinstance(exc, (LocalFileError, RemoteFileError, RemotePermissionError)):
            return self._cleaned(exc)
        if isinstance(exc, PermissionError):
            folder = posixpath.dirname(self.target)
            message = QT_TRANSLATE_NOOP(
                "Messages", "The server refused to write {name} in {folder}."
            )
            return self._cleaned(
                RemotePermissionError(message.format(name=self.local.name, folder=folder))
            )
        if self.session.transport.is_active() and not self.session.is_alive():
            message = QT_TRANSLATE_NOOP(
                "Messages", "The server closed the SFTP session while {name} was sent."
            )
            return ChannelClosedError(message.format(name=self.local.name))
        if isinstance(exc, OSError) and exc.errno is None and self.session.is_alive():
            # OpenSSH answers a full disk or quota (and other server-side write errors)
            # with the generic "Failure" status, which paramiko raises without errno.
            written = stored_size(self.session, self.target)
            written = self.progress.done if written is None else written
            size = self.progress.size
            return self._cleaned(RemoteFileError(out_of_space(self.local.name, written, size)))
        return self._lost(exc)

    def _cleaned(self, error: Exception) -> Exception:
        if self.removable:
            remove_quietly(self.session, self.target)
        return error

    def _stalled(self) -> ConnectionStalledError:
        progress = self.progress
        return stalled_error(self.watchdog.allowance, self.local.name, progress.done, progress.size)

    def _lost(self, exc: Exception) -> ConnectionLostError:
        return lost_error(exc, self.local.name, self.progress.done, self.progress.size)


def stalled_error(seconds: float, name: str, done: int, size: int) -> ConnectionStalledError:
    """The error for a server that stopped answering while ``name`` was sent."""
    message = QT_TRANSLATE_NOOP(
        "Messages",
        "The server stopped answering (no progress for {seconds:g} s) while sending "
        "{name}, after about {done} of {size}.",
    )
    return ConnectionStalledError(
        message.format(seconds=seconds, name=name, **_amounts(done, size))
    )


def lost_error(exc: BaseException, name: str, done: int, size: int) -> ConnectionLostError:
    """The error for a connection lost (``exc``) while ``name`` was sent."""
    message = QT_TRANSLATE_NOOP(
        "Messages",
        "The connection was lost while sending {name}, after about {done} of {size} "
        "({error}: {detail}).",
    )
    detail = str(exc) or QT_TRANSLATE_NOOP("Messages", "no detail")
    return ConnectionLostError(
        message.format(name=name, error=type(exc).__name__, detail=detail, **_amounts(done, size))
    )


def _amounts(done: int, size: int) -> dict[str, Text]:
    return {"done": _megabytes(done), "size": _megabytes(size)}


def _megabytes(count: int) -> Text:
    return QT_TRANSLATE_NOOP("Messages", "{megabytes:.1f} MB").format(megabytes=count / 1_000_000)
