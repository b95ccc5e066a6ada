"""The upload of business units over one connection, each wrapped in the retry policy.

Three pieces stay apart: ``errors.classify`` decides whether an error is worth another
attempt, ``retry.delay_after`` says how long to wait, and the loop here announces,
logs and waits.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Sequence
from dataclasses import dataclass

from desktop_uploader.engine import events as ev
from desktop_uploader.engine.bu import remote_candidates
from desktop_uploader.engine.bu_upload import BUUpload, resolved_event
from desktop_uploader.engine.connection import Session, open_session
from desktop_uploader.engine.errors import (
    BATCH_STOPPING_KINDS,
    HINTS,
    Classification,
    ErrorKind,
    UploadCancelled,
    UploadError,
    classify,
    hint_for,
)
from desktop_uploader.engine.host_keys import HostKeyDecision
from desktop_uploader.engine.local_files import LocalPlan, plan_job
from desktop_uploader.engine.remote_paths import FolderClaims, resolve_target
from desktop_uploader.engine.retry import delay_after, has_attempts_left
from desktop_uploader.engine.run_state import RunState
from desktop_uploader.engine.settings import Credentials, RetryPolicy, ServerSettings, UploadJob
from desktop_uploader.engine.shared_session import Connector, SharedSession

log = logging.getLogger(__name__)

DEFAULT_POLICY = RetryPolicy()
_CANCEL_HINT = HINTS[ErrorKind.CANCELLED]


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


def run_uploads(
    jobs: Sequence[UploadJob],
    server: ServerSettings,
    credentials: Credentials,
    events: ev.EventSink,
    cancel: threading.Event,
    *,
    policy: RetryPolicy = DEFAULT_POLICY,
    confirm_host_key: HostKeyDecision | None = None,
    pinned_fingerprint: str | None = None,
) -> list[ev.RunFinished | ev.RunFailed]:
    """Upload business units in turn over one connection; blocks until all are done.

    Each BU is announced by BUStarted and ends with its own RunFinished or RunFailed,
    and has its own retry budget: a lost connection is opened again for the BU that
    lost it, and the next BUs go on over the new one. After a failure that the next
    BUs would repeat (login refused, server key not trusted, cancel), the run stops.

    Args:
        jobs: the business units and their local folders, in upload order.
        server: where to connect.
        credentials: how to log in.
        events: receives every engine event, on the calling thread.
        cancel: set it from any thread to stop at the next block, or at once in a wait.
        policy: attempts and backoff delays, per BU.
        confirm_host_key: asked about an unknown server key; None refuses unknown keys.
        pinned_fingerprint: the expected "SHA256:..." key of an unknown server.

    Returns:
        The result of each BU that was started, in order (also emitted as its last
        event). It is shorter than ``jobs`` when the run stopped early.
    """
    connector = Connector(server, credentials, confirm_host_key, pinned_fingerprint)
    results: list[ev.RunFinished | ev.RunFailed] = []
    # Each BU's remote folder, so that two BUs of the run never share one.
    claims = FolderClaims(server.remote_base, [job.bu for job in jobs])
    with SharedSession(connector, events, cancel) as shared:
        for index, job in enumerate(jobs, 1):
            events(ev.BUStarted(job.bu, index, len(jobs)))
            if index > 1 and cancel.is_set():
                # Cancelled between two BUs: this one gets its result, the rest none.
                empty = RunState(job, LocalPlan((), (), ()))
                results.append(_fail(events, empty, classify(UploadCancelled()), _CANCEL_HINT))
                break
            result = _run_one(job, shared, claims, policy)
            results.append(result)
            if isinstance(result, ev.RunFailed) and result.kind in BATCH_STOPPING_KINDS:
                break
    return results


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
    """Upload one business unit's outputs and logs; blocks until done, failed or cancelled.

    The arguments are those of :func:`run_uploads`, for a single job.

    Returns:
        The last event, which is always emitted to ``events`` too: RunFinished (whose
        summary may list failed files) or RunFailed (kind, message, hint, and what
        reached the server before the failure).
    """
    [result] = run_uploads(
        [job],
        server,
        credentials,
        events,
        cancel,
        policy=policy,
        confirm_host_key=confirm_host_key,
        pinned_fingerprint=pinned_fingerprint,
    )
    return result


def _run_one(
    job: UploadJob, shared: SharedSession, claims: FolderClaims, policy: RetryPolicy
) -> ev.RunFinished | ev.RunFailed:
    events, server = shared.events, shared.connector.server
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
    upload = BUUpload(state, server, events, shared.cancel, claims)
    return _with_retries(shared, upload, policy)


def _announce_plan(events: ev.EventSink, state: RunState) -> None:
    for warning in state.plan.warnings:
        events(ev.RunWarning(warning))
    for skipped in state.plan.skipped:
        ref = ev.FileRef(state.job.bu, skipped.folder, skipped.name)
        events(ev.FileSkipped(ref, skipped.reason))


def _with_retries(
    shared: SharedSession, upload: BUUpload, policy: RetryPolicy
) -> ev.RunFinished | ev.RunFailed:
    """Run attempts until one succeeds, an error is permanent, or attempts run out."""
    events, cancel, state = upload.events, upload.cancel, upload.state
    for attempt in range(1, policy.max_attempts + 1):
        state.attempts = attempt
        try:
            session = shared.get(attempt, policy.max_attempts)
            log.info("%s: attempt %d/%d", state.job.bu, attempt, policy.max_attempts)
            upload.send_pending(session)
            return _finish(events, state)
        except Exception as exc:  # noqa: BLE001 - every error is classified below
            verdict = _classified(exc, cancel)
            shared.after_failure(verdict)
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
    return _fail(events, state, classify(UploadCancelled()), _CANCEL_HINT)


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
    return hint_for(exc, verdict.kind)


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
        resolved.append(resolved_event(bu, target))
    return ConnectionReport(session.cipher, tuple(resolved), tuple(unresolved))
