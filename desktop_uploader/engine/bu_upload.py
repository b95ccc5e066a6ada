"""Sending one business unit's files within one attempt: resolve its remote folder,
then send each pending file, or skip it as the replace policy says."""

from __future__ import annotations

import dataclasses
import logging
import threading

from desktop_uploader.engine import events as ev
from desktop_uploader.engine.connection import Session
from desktop_uploader.engine.errors import (
    ChannelClosedError,
    ConnectionStalledError,
    ErrorKind,
    UploadError,
)
from desktop_uploader.engine.lanes import run_in_lanes
from desktop_uploader.engine.local_files import LocalFile
from desktop_uploader.engine.remote_files import FolderListing
from desktop_uploader.engine.remote_paths import FolderClaims, RemoteTarget, resolve_target
from desktop_uploader.engine.replace_policy import (
    TIMES_REFUSED_WARNING,
    ReplacePolicy,
    decide,
    lookup,
)
from desktop_uploader.engine.run_state import RunState
from desktop_uploader.engine.sessions import reopen_sftp
from desktop_uploader.engine.settings import ServerSettings
from desktop_uploader.engine.small_batches import (
    SmallFile,
    batchable,
    in_batches,
    send_batch,
)
from desktop_uploader.engine.transfer import TransferOptions, UploadResult, upload_file

log = logging.getLogger(__name__)

# Per-file failures that concern that file alone: the other files still go.
FILE_LEVEL_KINDS = (ErrorKind.LOCAL_FILE, ErrorKind.REMOTE_FILE, ErrorKind.PERMISSION_DENIED)
# What a lane takes: one file with its folder's listing, or a batch of small files.
LaneItem = tuple[LocalFile, FolderListing] | list[SmallFile]
# How often one file may find its SFTP session closed by the server within one attempt
# before that counts as a lost connection: a server closing it each time is broken.
MAX_REOPENS_PER_FILE = 2


class BUUpload:
    """The sending part of one attempt: resolve the remote folder, send pending files."""

    def __init__(
        self,
        state: RunState,
        server: ServerSettings,
        events: ev.EventSink,
        cancel: threading.Event,
        claims: FolderClaims,
    ) -> None:
        self.state = state
        self.server = server
        self.events = events
        self.cancel = cancel
        self.claims = claims
        self._batches_refused = False
        self._times_refused_told = False
        self._told_lock = threading.Lock()

    def send_pending(self, session: Session) -> None:
        target = resolve_target(session.sftp, self.server.remote_base, self.state.job.bu)
        self.claims.claim(self.state.job.bu, target.bu_dir)
        self.state.remote_dir = target.bu_dir
        self.events(resolved_event(self.state.job.bu, target))
        # Listed once per attempt, only to find stale part files of earlier runs.
        listings: dict[str, FolderListing] = {}
        work: list[tuple[LocalFile, FolderListing]] = []
        for local in self.state.pending():
            remote_dir = target.folder(local.folder)
            listing = listings.setdefault(remote_dir, FolderListing(session, remote_dir))
            work.append((local, listing))
        if self.server.parallel_files <= 1 or len(work) <= 1:
            for local, listing in work:
                self._send_reopening(session, local, listing, self.events)
            return
        # Read before the lanes share them, so that no two lanes list the same folder.
        for listing in listings.values():
            listing.entries()
        run_in_lanes(
            session,
            self._lane_items(work),
            self.server.parallel_files,
            self._send_item,
            self.events,
            self.server.stall_timeout,
            rank=self._failure_rank,
        )

    def _lane_items(self, work: list[tuple[LocalFile, FolderListing]]) -> list[LaneItem]:
        """The biggest files first, one per item: the small files then share the lanes
        left beside it, instead of the biggest one ending the run alone. The small files
        last, in batches (see small_batches)."""
        options = self._options()
        work = sorted(work, key=lambda item: item[0].size, reverse=True)
        single = [item for item in work if not batchable(*item, options)]
        small = [SmallFile(*item) for item in work if batchable(*item, options)]
        return [*single, *in_batches(small, self.server.parallel_files)]

    def _send_item(self, session: Session, item: LaneItem, emit: ev.EventSink) -> None:
        if isinstance(item, list):
            self._send_batch(session, item, emit)
        else:
            self._send_reopening(session, *item, emit)

    def _failure_rank(self, item: LaneItem, exc: BaseException) -> tuple:
        """Which lane's error tells the user most: a stall (the others only saw its
        consequence), then the file that had sent the most."""
        locals_ = [small.local for small in item] if isinstance(item, list) else [item[0]]
        tallies = [self.state.tallies.get(local) for local in locals_]
        sent = max((tally.bytes_sent for tally in tallies if tally), default=0)
        return (isinstance(exc, ConnectionStalledError), sent)

    def _options(self) -> TransferOptions:
        server = self.server
        return TransferOptions(server.stall_timeout, server.use_temp_names, server.parallel_files)

    def _send_batch(self, session: Session, batch: list[SmallFile], emit: ev.EventSink) -> None:
        """Send small files together; those the batch hands back go one at a time."""
        sending = [small for small in batch if not self._skipped(session, *_pair(small), emit)]
        if sending and session.is_alive() and not self._batches_refused:
            handed_back = send_batch(
                session,
                sending,
                self.cancel,
                self._options(),
                lambda small, size: self._started(small.local, size, 0, emit),
                lambda small, result: self._done(small.local, result, emit),
            )
            # A server that refused a whole batch (no posix-rename, say) would refuse
            # the next ones too: the files of this attempt then go one at a time.
            if len(handed_back) == len(sending) > 1:
                self._batches_refused = True
            sending = handed_back
        for small in sending:
            self._send_reopening(session, *_pair(small), emit, policy_checked=True)

    def _send_reopening(
        self,
        session: Session,
        local: LocalFile,
        listing: FolderListing,
        emit: ev.EventSink,
        *,
        policy_checked: bool = False,
    ) -> None:
        """Send one file; when the server has closed the idle SFTP session, open a new
        one on the same connection, which costs no attempt (field case C08)."""
        for reopened in range(MAX_REOPENS_PER_FILE + 1):
            try:
                if not session.is_alive() and session.transport.is_active():
                    self._reopen(session, "The server closed the idle SFTP session.", emit)
                self._send_one(session, local, listing, emit, policy_checked=policy_checked)
                return
            except ChannelClosedError as exc:
                if reopened == MAX_REOPENS_PER_FILE:
                    raise
                self._reopen(session, exc.message, emit)

    def _reopen(self, session: Session, reason: str, emit: ev.EventSink) -> None:
        log.warning("%s Reopening the SFTP session (a reconnect, not an attempt)", reason)
        reopen_sftp(session, self.server.stall_timeout)
        emit(ev.SessionReopened(reason))

    def _send_one(
        self,
        session: Session,
        local: LocalFile,
        listing: FolderListing,
        emit: ev.EventSink,
        *,
        policy_checked: bool = False,
    ) -> None:
        if not policy_checked and self._skipped(session, local, listing, emit):
            return
        ref = self.state.ref(local)
        try:
            result = upload_file(
                session,
                local,
                listing.path,
                self.cancel,
                lambda size, offset: self._started(local, size, offset, emit),
                lambda done, size: emit(ev.FileProgress(ref, done, size)),
                options=self._options(),
                tally=self.state.tally(local),
                listing=listing,
            )
        except UploadError as exc:
            if exc.kind not in FILE_LEVEL_KINDS:
                raise
            log.error("%s: %s", ref.key, exc.message)
            self.state.record(local, ev.FileStatus.FAILED, exc.message, kind=exc.kind)
            emit(ev.FileFailed(ref, exc.kind, exc.message, exc.hint))
            return
        self._done(local, result, emit, told_progress=True)

    def _skipped(
        self, session: Session, local: LocalFile, listing: FolderListing, emit: ev.EventSink
    ) -> bool:
        """Whether the replace policy leaves this file out; told when it does."""
        skip = _policy_skip(session, local, listing, self.state.job.replace_policy)
        if skip is None:
            return False
        ref = self.state.ref(local)
        log.info("%s: skipped, %s", ref.key, skip)
        self.state.record(local, ev.FileStatus.SKIPPED, skip)
        emit(ev.FileSkipped(ref, skip))
        return True

    def _started(self, local: LocalFile, size: int, offset: int, emit: ev.EventSink) -> None:
        index = self.state.position(local)
        total = len(self.state.plan.files)
        emit(ev.FileStarted(self.state.ref(local), size, index, total, offset))

    def _done(
        self,
        local: LocalFile,
        result: UploadResult,
        emit: ev.EventSink,
        *,
        told_progress: bool = False,
    ) -> None:
        """Record a file sent and tell it; a batch's file is told its bytes first."""
        ref = self.state.ref(local)
        if not told_progress:
            tally = self.state.tally(local)
            tally.bytes_sent += result.size
            tally.resumed_from = 0
            emit(ev.FileProgress(ref, result.size, result.size))
        status = ev.FileStatus.VERIFIED if result.verified else ev.FileStatus.UPLOADED
        self.state.record(local, status, remote=result.remote_path, sha256=result.sha256)
        emit(ev.FileDone(ref, result.size, result.remote_path, result.verified, result.sha256))
        if not result.time_kept:
            self._warn_times_refused(emit)

    def _warn_times_refused(self, emit: ev.EventSink) -> None:
        """Once per BU: "when changed" compares times, and this server keeps none."""
        if self.state.job.replace_policy is not ReplacePolicy.WHEN_CHANGED:
            return
        with self._told_lock:
            if self._times_refused_told:
                return
            self._times_refused_told = True
        emit(ev.RunWarning(TIMES_REFUSED_WARNING))


def _pair(small: SmallFile) -> tuple[LocalFile, FolderListing]:
    return small.local, small.listing


def _policy_skip(
    session: Session, local: LocalFile, listing: FolderListing, policy: ReplacePolicy
) -> str | None:
    """Why the replace policy leaves this file out, or None when it is sent.

    The same decision as the preview's, taken on the local file as it is now: a file
    saved again since the folder was scanned compares by its new time.
    """
    if policy is ReplacePolicy.ALWAYS:
        return None
    entry = lookup(session.sftp, listing.path, local.name, listing.by_name(), policy)
    decision = decide(_as_now(local), entry, policy)
    return None if decision.action.sends else decision.reason


def _as_now(local: LocalFile) -> LocalFile:
    try:
        info = local.path.stat()
    except OSError:
        # Unreadable now: the upload itself reports it with the next step.
        return local
    return dataclasses.replace(local, size=info.st_size, mtime_ns=info.st_mtime_ns)


def resolved_event(bu: str, target: RemoteTarget) -> ev.RemoteResolved:
    return ev.RemoteResolved(bu, target.bu_dir, target.outputs_dir, target.logs_dir, target.tried)
