"""The upload of one business unit, wrapped in the retry policy.

Three pieces stay apart: ``errors.classify`` decides whether an error is worth another
attempt, ``retry.delay_after`` says how long to wait, and the loop here announces,
logs and waits.
"""

from __future__ import annotations

import dataclasses
import logging
import threading
from dataclasses import dataclass

from desktop_uploader.engine import events as ev
from desktop_uploader.engine.bu import remote_candidates
from desktop_uploader.engine.connection import Session, open_session
from desktop_uploader.engine.errors import (
    HINTS,
    ChannelClosedError,
    Classification,
    ErrorKind,
    UploadCancelled,
    UploadError,
    classify,
)
from desktop_uploader.engine.host_keys import HostKeyDecision
from desktop_uploader.engine.local_files import LocalFile, LocalPlan, plan_job
from desktop_uploader.engine.remote_files import FolderListing
from desktop_uploader.engine.remote_paths import RemoteTarget, resolve_target
from desktop_uploader.engine.replace_policy import ReplacePolicy, decide, lookup
from desktop_uploader.engine.retry import delay_after, has_attempts_left
from desktop_uploader.engine.run_state import RunState
from desktop_uploader.engine.sessions import reopen_sftp
from desktop_uploader.engine.settings import Credentials, RetryPolicy, ServerSettings, UploadJob
from desktop_uploader.engine.transfer import TransferOptions, upload_file

log = logging.getLogger(__name__)

DEFAULT_POLICY = RetryPolicy()
# Per-file failures that concern that file alone: the other files still go.
FILE_LEVEL_KINDS = (ErrorKind.LOCAL_FILE, ErrorKind.REMOTE_FILE, ErrorKind.PERMISSION_DENIED)
# How often one file may find its SFTP session closed by the server within one attempt
# before that counts as a lost connection: a server closing it each time is broken.
MAX_REOPENS_PER_FILE = 2


@dataclass(frozen=True)
class ConnectionReport:
    """The result of a connection check: what was found, or why it failed."""

    cipher: str = ""
    resolved: tuple[ev.RemoteResolved, ...] = ()
    # Per BU that could not be resolved: (bu, message).
    unresolved: tuple[tuple[str, str], ...] = ()
    failure: ev.RunFailed | None = None

    @property
    def ok(self) -> bool:
        return self.failure is None and not self.unresolved


@dataclass(frozen=True)
class _Connector:
    """Everything needed to open a session, so that each attempt opens it the same way."""

    server: ServerSettings
    credentials: Credentials
    confirm_host_key: HostKeyDecision | None
    pinned_fingerprint: str | None

    def open(self, cancel: threading.Event):
        return open_session(
            self.server,
            self.credentials,
            cancel,
            confirm_host_key=self.confirm_host_key,
            pinned_fingerprint=self.pinned_fingerprint,
        )


def run_upload(
    job: UploadJob,
    server: ServerSettings,
    credentials: Credentials,
    events: ev.EventSink,
    cancel: threading.Event,
    *,
    policy: RetryPolicy = DEFAULT_POLICY,
    confirm_host_key: HostKeyDecision | None = None,
    pinned_fingerprint: str | None = None,
) -> ev.RunFinished | ev.RunFailed:
    """Upload a business unit's outputs and logs; blocks until done, failed or cancelled.

    Args:
        job: the business unit and its local folders.
        server: where to connect.
        credentials: how to log in.
        events: receives every engine event, on the calling thread.
        cancel: set it from any thread to stop at the next block, or at once in a wait.
        policy: attempts and backoff delays.
        confirm_host_key: asked about an unknown server key; None refuses unknown keys.
        pinned_fingerprint: the expected "SHA256:..." key of an unknown server.

    Returns:
        The last event, which is always emitted to ``events`` too: RunFinished (whose
        summary may list failed files) or RunFailed (kind, message, hint, and what
        reached the server before the failure).
    """
    try:
        # The BU name and remote base build remote paths: a bad one is refused before
        # any connection, so no password is ever sent for a run that cannot work.
        remote_candidates(server.remote_base, job.bu)
        plan = plan_job(job)
    except UploadError as exc:
        state = RunState(job, LocalPlan((), (), ()))
        return _fail(events, state, classify(exc), exc.hint)
    state = RunState(job, plan)
    _announce_plan(events, state)
    connector = _Connector(server, credentials, confirm_host_key, pinned_fingerprint)
    upload = _Upload(state, server, events, cancel)
    return _with_retries(connector, upload, policy)


def _announce_plan(events: ev.EventSink, state: RunState) -> None:
    for warning in state.plan.warnings:
        events(ev.RunWarning(warning))
    for skipped in state.plan.skipped:
        ref = ev.FileRef(state.job.bu, skipped.folder, skipped.name)
        events(ev.FileSkipped(ref, skipped.reason))


def _with_retries(
    connector: _Connector, upload: _Upload, policy: RetryPolicy
) -> ev.RunFinished | ev.RunFailed:
    """Run attempts until one succeeds, an error is permanent, or attempts run out."""
    events, cancel, state, server = upload.events, upload.cancel, upload.state, connector.server
    for attempt in range(1, policy.max_attempts + 1):
        state.attempts = attempt
        events(ev.ConnectionStarted(attempt, policy.max_attempts, server.host, server.port))
        log.info(
            "Attempt %d/%d: connecting to %s:%d",
            attempt,
            policy.max_attempts,
            server.host,
            server.port,
        )
        try:
            with connector.open(cancel) as session:
                events(ev.Connected(server.host, server.port, session.cipher))
                upload.send_pending(session)
            return _finish(events, state)
        except Exception as exc:  # noqa: BLE001 - every error is classified below
            verdict = _classified(exc, cancel)
            if not verdict.retryable or not has_attempts_left(attempt, policy):
                return _fail(events, state, verdict, _hint_for(exc, verdict))
        delay = delay_after(attempt, policy)
        log.warning(
            "Attempt %d/%d failed: %s Retrying in %g s",
            attempt,
            policy.max_attempts,
            verdict.message,
            delay,
        )
        events(
            ev.RetryScheduled(attempt, policy.max_attempts, delay, verdict.kind, verdict.message)
        )
        if cancel.wait(delay):
            break
    return _fail(events, state, classify(UploadCancelled()), HINTS[ErrorKind.CANCELLED])


def _classified(exc: BaseException, cancel: threading.Event) -> Classification:
    if cancel.is_set():
        return classify(UploadCancelled())
    verdict = classify(exc)
    if verdict.kind is ErrorKind.NETWORK and not verdict.retryable:
        log.error("Unexpected error", exc_info=exc)
    else:
        log.info("Error: %s: %s", type(exc).__name__, exc)
    return verdict


def _hint_for(exc: BaseException, verdict: Classification) -> str:
    return exc.hint if isinstance(exc, UploadError) else HINTS[verdict.kind]


class _Upload:
    """The sending part of one attempt: resolve the remote folder, send pending files."""

    def __init__(
        self,
        state: RunState,
        server: ServerSettings,
        events: ev.EventSink,
        cancel: threading.Event,
    ) -> None:
        self.state = state
        self.server = server
        self.events = events
        self.cancel = cancel

    def send_pending(self, session: Session) -> None:
        target = resolve_target(session.sftp, self.server.remote_base, self.state.job.bu)
        self.state.remote_dir = target.bu_dir
        self.events(_resolved_event(self.state.job.bu, target))
        # Listed once per attempt, only to find stale part files of earlier runs.
        listings: dict[str, FolderListing] = {}
        for local in self.state.pending():
            remote_dir = target.folder(local.folder)
            listing = listings.setdefault(remote_dir, FolderListing(session, remote_dir))
            self._send_reopening(session, local, listing)

    def _send_reopening(self, session: Session, local: LocalFile, listing: FolderListing) -> None:
        """Send one file; when the server has closed the idle SFTP session, open a new
        one on the same connection, which costs no attempt (field case C08)."""
        for reopened in range(MAX_REOPENS_PER_FILE + 1):
            try:
                if not session.is_alive() and session.transport.is_active():
                    self._reopen(session, "The server closed the idle SFTP session.")
                self._send_one(session, local, listing)
                return
            except ChannelClosedError as exc:
                if reopened == MAX_REOPENS_PER_FILE:
                    raise
                self._reopen(session, exc.message)

    def _reopen(self, session: Session, reason: str) -> None:
        log.warning("%s Reopening the SFTP session (a reconnect, not an attempt)", reason)
        reopen_sftp(session, self.server.stall_timeout)
        self.events(ev.SessionReopened(reason))

    def _send_one(self, session: Session, local: LocalFile, listing: FolderListing) -> None:
        ref = self.state.ref(local)
        skip = _policy_skip(session, local, listing, self.state.job.replace_policy)
        if skip is not None:
            log.info("%s: skipped, %s", ref.key, skip)
            self.state.record(local, ev.FileStatus.SKIPPED, skip)
            self.events(ev.FileSkipped(ref, skip))
            return
        index = self.state.plan.files.index(local) + 1
        total = len(self.state.plan.files)

        def started(size: int, resume_offset: int) -> None:
            self.events(ev.FileStarted(ref, size, index, total, resume_offset))

        def progressed(done: int, size: int) -> None:
            self.events(ev.FileProgress(ref, done, size))

        options = TransferOptions(self.server.stall_timeout, self.server.use_temp_names)
        try:
            result = upload_file(
                session,
                local,
                listing.path,
                self.cancel,
                started,
                progressed,
                options=options,
                tally=self.state.tally(local),
                listing=listing,
            )
        except UploadError as exc:
            if exc.kind not in FILE_LEVEL_KINDS:
                raise
            log.error("%s: %s", ref.key, exc.message)
            self.state.record(local, ev.FileStatus.FAILED, exc.message, kind=exc.kind)
            self.events(ev.FileFailed(ref, exc.kind, exc.message, exc.hint))
            return
        status = ev.FileStatus.VERIFIED if result.verified else ev.FileStatus.UPLOADED
        self.state.record(local, status, remote=result.remote_path, sha256=result.sha256)
        self.events(
            ev.FileDone(ref, result.size, result.remote_path, result.verified, result.sha256)
        )


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


def _resolved_event(bu: str, target: RemoteTarget) -> ev.RemoteResolved:
    return ev.RemoteResolved(bu, target.bu_dir, target.outputs_dir, target.logs_dir, target.tried)


def _finish(events: ev.EventSink, state: RunState) -> ev.RunFinished:
    summary = state.summary()
    log.info(
        "Run finished for %s: %d verified, %d uploaded, %d failed, %d skipped; %d bytes sent",
        summary.bu,
        summary.count(ev.FileStatus.VERIFIED),
        summary.count(ev.FileStatus.UPLOADED),
        summary.count(ev.FileStatus.FAILED),
        summary.count(ev.FileStatus.SKIPPED),
        summary.bytes_sent,
    )
    finished = ev.RunFinished(summary)
    events(finished)
    return finished


def _fail(
    events: ev.EventSink, state: RunState, verdict: Classification, hint: str
) -> ev.RunFailed:
    log.error("Run failed for %s (%s): %s", state.job.bu, verdict.kind.value, verdict.message)
    failed = ev.RunFailed(verdict.kind, verdict.message, hint, state.summary())
    events(failed)
    return failed


def check_connection(
    server: ServerSettings,
    credentials: Credentials,
    bus: list[str],
    cancel: threading.Event,
    *,
    confirm_host_key: HostKeyDecision | None = None,
    pinned_fingerprint: str | None = None,
) -> ConnectionReport:
    """Log in once, check the server key and resolve each BU's remote folder; write nothing.

    Returns:
        A report; on failure its ``failure`` holds the kind, message and hint.
    """
    try:
        with open_session(
            server,
            credentials,
            cancel,
            confirm_host_key=confirm_host_key,
            pinned_fingerprint=pinned_fingerprint,
        ) as session:
            return _resolve_all(session, server, bus)
    except Exception as exc:  # noqa: BLE001 - reported to the user, not raised
        verdict = _classified(exc, cancel)
        summary = ev.RunSummary("", None)
        failure = ev.RunFailed(verdict.kind, verdict.message, _hint_for(exc, verdict), summary)
        return ConnectionReport(failure=failure)


def _resolve_all(session: Session, server: ServerSettings, bus: list[str]) -> ConnectionReport:
    resolved: list[ev.RemoteResolved] = []
    unresolved: list[tuple[str, str]] = []
    for bu in bus:
        try:
            target = resolve_target(session.sftp, server.remote_base, bu, create=False)
        except UploadError as exc:
            unresolved.append((bu, exc.message))
            continue
        resolved.append(_resolved_event(bu, target))
    return ConnectionReport(session.cipher, tuple(resolved), tuple(unresolved))
