"""Small files sent many at a time over one SFTP session.

A small file costs a Python client six requests (open, write, close, time, size check,
rename), each an SSH packet of its own both ways, and three waits for answers. In a
batch, the opens of all its files leave as one piece; then the writes, closes, times
and size checks of all of them; then all their renames. The server answers each piece
in a few packets, and the lane waits three times per batch instead of per file.

Each file keeps the guarantees of the one-at-a-time path (``transfer``): it is written
under its temporary name, its size checked, its time set, the local file found
unchanged, and only then renamed into place. A file the batch cannot finish cleanly
(a refusal, a size that does not match, a local file that changed) is removed from
under its temporary name and handed back: the caller sends it on its own, where each
case has its message and next step. A lost connection, a stall or a cancel ends the
batch as it ends one file.

Only files that fit a few writes, whose folder listing shows nothing in the way (no
part file to resume or clean up, nothing but a file at the final name), are batched.
"""

from __future__ import annotations

import hashlib
import io
import logging
import posixpath
import stat
import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from functools import partial

from desktop_uploader.engine.connection import Session
from desktop_uploader.engine.errors import LocalFileError, RemoteFileError, UploadCancelled
from desktop_uploader.engine.local_files import LocalFile
from desktop_uploader.engine.local_reads import Snapshot, check_unchanged, opened_local
from desktop_uploader.engine.remote_files import (
    FolderListing,
    known_absent,
    part_name,
    remove_quietly,
    verify_size,
)
from desktop_uploader.engine.replace_policy import send_remote_mtime, settle_remote_mtime
from desktop_uploader.engine.sftp_pipeline import write_stream
from desktop_uploader.engine.sftp_requests import (
    Answers,
    AttributesReply,
    HandleReply,
    Reply,
    close_unwaited,
    open_unwaited,
    opened_file,
    posix_rename_unwaited,
    sent_together,
    stat_unwaited,
)
from desktop_uploader.engine.transfer import (
    TransferOptions,
    UploadResult,
    lost_error,
    session_watchdog,
    stalled_error,
)
from desktop_uploader.engine.watchdog import StallWatchdog

log = logging.getLogger(__name__)

# Files per batch at most: enough for the answers to come back together, few enough
# that every lane gets batches when a folder holds a few dozen small files.
BATCH_FILES = 32
# Files up to this size are batched.
SMALL_FILE_MAX = 64 * 1024
# File bytes per batch at most. A batch's bytes are all unanswered at once and its
# lane waits for them; lanes share one link, so on a slow one a lane waits for every
# other lane's bytes too. Half a big file's write window keeps a batch from making a
# lane look stalled sooner than a big file would.
BATCH_BYTES = 512 * 1024


@dataclass(frozen=True)
class SmallFile:
    """A file to send and the listing of its remote folder for this attempt."""

    local: LocalFile
    listing: FolderListing


# Told (file, size) before any byte of the file is sent; told (file, result) once done.
StartSink = Callable[[SmallFile, int], None]
DoneSink = Callable[[SmallFile, UploadResult], None]


def batchable(local: LocalFile, listing: FolderListing, options: TransferOptions) -> bool:
    """Whether a file can go in a batch, judged from its folder's listing alone."""
    if not options.use_temp_names or local.size > SMALL_FILE_MAX:
        return False
    entries = listing.by_name()
    if entries is None:
        return False
    standing = entries.get(local.name)
    if standing is not None and not stat.S_ISREG(standing.st_mode or stat.S_IFREG):
        return False
    return not listing.leftovers_of(local.name)


def in_batches(files: Sequence[SmallFile], lanes: int) -> list[list[SmallFile]]:
    """Cut ``files`` into batches of at most ``BATCH_FILES`` files and ``BATCH_BYTES``
    bytes each (a file bigger than that goes alone), as many for every lane.

    Every lane gets the same number of batches of about the same size: with full
    batches and a short last round, most lanes would wait for the last few at the end.
    """
    lanes = max(1, lanes)
    rounds = max(1, _ceil_div(len(files), lanes * BATCH_FILES))
    most = max(1, _ceil_div(len(files), lanes * rounds))
    batches: list[list[SmallFile]] = []
    batch: list[SmallFile] = []
    held = 0
    for small in files:
        size = small.local.size
        if batch and (len(batch) == most or held + size > BATCH_BYTES):
            batches.append(batch)
            batch, held = [], 0
        batch.append(small)
        held += size
    if batch:
        batches.append(batch)
    return batches


def _ceil_div(dividend: int, divisor: int) -> int:
    return -(-dividend // divisor)


def send_batch(
    session: Session,
    files: Sequence[SmallFile],
    cancel: threading.Event,
    options: TransferOptions,
    on_start: StartSink,
    on_done: DoneSink,
) -> list[SmallFile]:
    """Send ``files`` together; returns those handed back, to be sent one at a time.

    A session whose SFTP channel the server closed (the connection still up) hands
    back every file not done: the one-at-a-time path opens a new channel.

    Raises:
        UploadCancelled: cancel was set.
        ConnectionStalledError: the server stopped answering.
        ConnectionLostError: the connection was lost.
    """
    ways = [_Way(item) for item in files]
    failure: Exception | None = None
    with session_watchdog(session).watching(options.stall_timeout) as watchdog:
        # Watched, the batch's channel waits as long as the other lanes may hold the
        # link; between batches, unwatched requests keep the plain allowance.
        _set_channel_timeout(session, options.channel_timeout(options.stall_timeout))
        try:
            _Batch(session, ways, cancel, options, on_start).run(watchdog)
        except UploadCancelled as exc:
            failure = exc
        except Exception as exc:
            failure = _failure(session, ways, cancel, exc, watchdog)
        finally:
            _set_channel_timeout(session, options.stall_timeout)
    # Files renamed into place before a failure are done: told, not sent again.
    for way in ways:
        if way.result is not None:
            on_done(way.item, way.result)
    if failure is not None:
        raise failure
    return [way.item for way in ways if way.result is None]


@dataclass(eq=False)
class _Way:
    """One file's way through a batch."""

    item: SmallFile
    snapshot: Snapshot | None = None
    data: bytes = b""
    part: str = ""
    final: str = ""
    opening: HandleReply | None = None
    writes: Answers | None = None
    closing: Reply | None = None
    timing: Reply | None = None
    sizing: AttributesReply | None = None
    renaming: Reply | None = None
    verified: bool = False
    time_kept: bool = True
    trouble: str | None = None  # why it is handed back
    result: UploadResult | None = None
    opened: bool = False  # its part file may exist on the server
    digest: hashlib._Hash = field(default_factory=hashlib.sha256)

    @property
    def going(self) -> bool:
        return self.trouble is None

    def hand_back(self, reason: object) -> None:
        log.info("%s goes on its own: %s", self.item.local.name, reason)
        self.trouble = str(reason) or type(reason).__name__


class _Batch:
    """The rounds of one batch: read, open, write and check, rename."""

    def __init__(
        self,
        session: Session,
        ways: list[_Way],
        cancel: threading.Event,
        options: TransferOptions,
        on_start: StartSink,
    ) -> None:
        self.session = session
        self.sftp = session.sftp
        self.ways = ways
        self.cancel = cancel
        self.options = options
        self.on_start = on_start

    def run(self, watchdog: StallWatchdog) -> None:
        for way in self.ways:
            self._read_local(way)
        self._open()
        watchdog.touch()
        self._write()
        watchdog.touch()
        # The end of a file may take a server longer (see TransferOptions).
        watchdog.allow(self.options.finish_timeout)
        _set_channel_timeout(
            self.session, self.options.channel_timeout(self.options.finish_timeout)
        )
        self._check()
        watchdog.touch()
        self._rename()
        self._remove_handed_back()

    def _going(self) -> list[_Way]:
        if self.cancel.is_set():
            raise UploadCancelled()
        return [way for way in self.ways if way.going]

    def _read_local(self, way: _Way) -> None:
        local = way.item.local
        try:
            with opened_local(local) as (handle, snapshot):
                data = handle.read(SMALL_FILE_MAX + 1)
        except (LocalFileError, OSError) as exc:
            way.hand_back(exc)
            return
        listing = way.item.listing
        part = part_name(local.name, snapshot)
        if len(data) != snapshot.size or not known_absent(listing, part):
            way.hand_back("it changed since it was listed, or its part file is there")
            return
        way.snapshot, way.data = snapshot, data
        way.part = posixpath.join(listing.path, part)
        way.final = posixpath.join(listing.path, local.name)
        way.digest.update(data)

    def _open(self) -> None:
        with sent_together(self.sftp):
            for way in self._going():
                way.item.listing.written.add(posixpath.basename(way.part))
                self.on_start(way.item, len(way.data))
                way.opening = open_unwaited(self.sftp, way.part)
                way.opened = True

    def _write(self) -> None:
        handles = {way: _answer(way, way.opening.result) for way in self._going()}
        with sent_together(self.sftp):
            for way in self._going():
                remote = opened_file(self.sftp, handles[way])
                way.writes = write_stream(
                    self.sftp,
                    remote,
                    io.BytesIO(way.data).readinto,
                    0,
                    len(way.data),
                    self.cancel,
                    lambda block, position: None,
                )
                way.closing = close_unwaited(remote)
                way.timing = send_remote_mtime(self.session, way.part, way.snapshot.mtime_ns)
                way.sizing = stat_unwaited(self.sftp, way.part)

    def _check(self) -> None:
        for way in self._going():
            _answer(way, partial(self._check_one, way))

    def _check_one(self, way: _Way) -> None:
        """Every write accepted, the size right, the time set, the local file unchanged."""
        local = way.item.local
        way.writes.wait(self.cancel)
        way.verified = verify_size(
            self.session, way.part, len(way.data), local.name, way.closing, way.sizing
        )
        way.time_kept = settle_remote_mtime(self.session, way.part, way.timing)
        check_unchanged(local, way.snapshot, way.digest)

    def _rename(self) -> None:
        with sent_together(self.sftp):
            for way in self._going():
                way.renaming = posix_rename_unwaited(self.sftp, way.part, way.final)
        for way in self._going():
            _answer(way, way.renaming.wait)
            if way.going:
                way.opened = False
                size = len(way.data)
                digest = way.digest.hexdigest()
                way.result = UploadResult(way.final, size, way.verified, digest, 0, way.time_kept)
                log.info("Uploaded %s to %s (%d bytes, in a batch)", way.part, way.final, size)

    def _remove_handed_back(self) -> None:
        for way in self.ways:
            if not way.going and way.opened:
                remove_quietly(self.session, way.part)


def _answer(way: _Way, wait: Callable[[], object]) -> object:
    """``wait()``'s value; a refusal of this file's own hands it back instead.

    Raises:
        What is no refusal of the file's own: a timeout, a lost connection, a cancel.
    """
    try:
        return wait()
    except TimeoutError:
        raise
    except (OSError, LocalFileError, RemoteFileError) as exc:
        way.hand_back(exc)
        return None


def _failure(
    session: Session,
    ways: list[_Way],
    cancel: threading.Event,
    exc: Exception,
    watchdog: StallWatchdog,
) -> Exception | None:
    """The error a failed batch raises, as one file's would be, named by its first file
    not done; None when the files not done are to be handed back instead."""
    if cancel.is_set():
        return UploadCancelled()
    waiting = next((way for way in ways if way.result is None), ways[0])
    name = waiting.item.local.name
    size = len(waiting.data) or waiting.item.local.size
    if watchdog.stalled or isinstance(exc, TimeoutError):
        return stalled_error(watchdog.allowance, name, 0, size)
    if session.transport.is_active() and not session.is_alive():
        log.warning("The SFTP session closed during a batch; its files go one at a time")
        return None
    return lost_error(exc, name, 0, size)


def _set_channel_timeout(session: Session, seconds: float) -> None:
    channel = session.sftp.get_channel()
    if channel is not None:
        channel.settimeout(seconds)
