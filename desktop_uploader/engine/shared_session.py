"""One connection kept open across the business units of a run.

A run of several BUs logs in once: the next BU goes on over the same connection while
it lives. An attempt that failed on the network closes it, and the next attempt (of
the same BU, or of the next one) opens a new one, announced as a connection attempt.
"""

from __future__ import annotations

import contextlib
import logging
import threading
from dataclasses import dataclass

from desktop_uploader.engine import events as ev
from desktop_uploader.engine.connection import Session, open_session
from desktop_uploader.engine.errors import Classification, ErrorKind
from desktop_uploader.engine.host_keys import HostKeyDecision
from desktop_uploader.engine.sessions import reopen_sftp
from desktop_uploader.engine.settings import Credentials, ServerSettings

log = logging.getLogger(__name__)

# Failures that concern one BU, not the connection: the next BU may use it still.
BU_LEVEL_KINDS = frozenset(
    {
        ErrorKind.BAD_INPUT,
        ErrorKind.REMOTE_NOT_FOUND,
        ErrorKind.PERMISSION_DENIED,
        ErrorKind.LOCAL_FILE,
        ErrorKind.REMOTE_FILE,
    }
)


@dataclass(frozen=True)
class Connector:
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


class SharedSession:
    """The run's connection: opened when first needed, reused while it lives.

    Use it as a context manager; leaving it closes the connection.
    """

    def __init__(self, connector: Connector, events: ev.EventSink, cancel: threading.Event):
        self.connector = connector
        self.events = events
        self.cancel = cancel
        self._stack: contextlib.ExitStack | None = None
        self._session: Session | None = None

    def __enter__(self) -> SharedSession:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def get(self, attempt: int, max_attempts: int) -> Session:
        """The open session, or a new one announced as connection attempt ``attempt``.

        Raises:
            Whatever ``open_session`` raises; nothing is kept open then.
        """
        session = self._session
        if session is not None and session.is_alive():
            return session
        if session is not None and session.transport.is_active():
            # The server closed the idle SFTP channel between two BUs: a new channel on
            # the same connection needs no new login and costs no attempt.
            reason = "The server closed the idle SFTP session."
            log.warning("%s Reopening the SFTP session (a reconnect, not an attempt)", reason)
            reopen_sftp(session, self.connector.server.stall_timeout)
            self.events(ev.SessionReopened(reason))
            return session
        self.close()
        return self._open(attempt, max_attempts)

    def _open(self, attempt: int, max_attempts: int) -> Session:
        server = self.connector.server
        self.events(ev.ConnectionStarted(attempt, max_attempts, server.host, server.port))
        log.info(
            "Attempt %d/%d: connecting to %s:%d", attempt, max_attempts, server.host, server.port
        )
        stack = contextlib.ExitStack()
        session = stack.enter_context(self.connector.open(self.cancel))
        self._stack, self._session = stack, session
        self.events(ev.Connected(server.host, server.port, session.cipher))
        return session

    def after_failure(self, verdict: Classification) -> None:
        """Close the connection unless the failure concerned one BU and it still lives."""
        session = self._session
        if session is not None and verdict.kind in BU_LEVEL_KINDS and session.is_alive():
            return
        self.close()

    def close(self) -> None:
        """Close the connection, if open; a close error is logged by the connection."""
        stack, self._stack, self._session = self._stack, None, None
        if stack is not None:
            stack.close()
