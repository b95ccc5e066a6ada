"""The upload of one business unit, wrapped in the retry policy."""

from __future__ import annotations

import threading

from dataclasses import dataclass

from desktop_uploader.engine.events import EventSink, RemoteResolved, RunFailed, RunFinished
from desktop_uploader.engine.host_keys import HostKeyDecision
from desktop_uploader.engine.settings import Credentials, RetryPolicy, ServerSettings, UploadJob


@dataclass(frozen=True)
class ConnectionReport:
    """The result of a connection check: what was found, or why it failed."""

    cipher: str = ""
    resolved: tuple[RemoteResolved, ...] = ()
    # Per BU that could not be resolved: (bu, message).
    unresolved: tuple[tuple[str, str], ...] = ()
    failure: RunFailed | None = None

    @property
    def ok(self) -> bool:
        return self.failure is None and not self.unresolved


def run_upload(
    job: UploadJob,
    server: ServerSettings,
    credentials: Credentials,
    events: EventSink,
    cancel: threading.Event,
    *,
    policy: RetryPolicy = RetryPolicy(),
    confirm_host_key: HostKeyDecision | None = None,
) -> RunFinished | RunFailed:
    """Upload a business unit's outputs and logs; blocks until done, failed or cancelled.

    Args:
        job: the business unit and its local folders.
        server: where to connect.
        credentials: how to log in.
        events: receives every engine event, on the calling thread.
        cancel: set it from any thread to stop at the next block or at once during a wait.
        policy: attempts and backoff delays.
        confirm_host_key: asked about an unknown server key; None refuses unknown keys.

    Returns:
        The last event emitted: RunFinished (possibly with per-file failures) or RunFailed.
    """
    raise NotImplementedError


def check_connection(
    server: ServerSettings,
    credentials: Credentials,
    bus: list[str],
    cancel: threading.Event,
    *,
    confirm_host_key: HostKeyDecision | None = None,
) -> ConnectionReport:
    """Log in once, check the server key and resolve each BU's remote folder; write nothing.

    Returns:
        A report; on failure its ``failure`` holds the kind, message and hint.
    """
    raise NotImplementedError
