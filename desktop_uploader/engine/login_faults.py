"""A connection that stalls or drops while logging in, told in our own words.

paramiko reports these moments in its own terms: a key exchange that timed out shows
up later as "No existing session", an authentication that got no answer as an
``AuthenticationException`` (which would read as a wrong password and never be
retried), a drop as "Server connection dropped". Each is a transient network error.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Iterator
from contextlib import contextmanager

import paramiko

from desktop_uploader.engine.errors import ConnectionLostError, UploadError
from desktop_uploader.engine.texts import QT_TRANSLATE_NOOP

log = logging.getLogger(__name__)

# How long paramiko's reading thread is given to notice a dropped connection, and how
# often it is asked; a stall has already waited its full timeout by then.
_DROP_NOTICE_SECONDS = 1.0
_DROP_NOTICE_POLL = 0.02

# Errors that carry a verdict of their own: a key not trusted, no common algorithm.
_OWN_VERDICTS = (UploadError, paramiko.BadHostKeyException, paramiko.ssh_exception.IncompatiblePeer)


@contextmanager
def during_login(transport: paramiko.Transport, timeout: float) -> Iterator[None]:
    """Turn a stall or a drop inside the block into a ConnectionLostError.

    A connection closed before the server's greeting arrived keeps its own
    classification (a busy server, a reset), and so do a refused login, an untrusted
    key and the engine's own errors.

    Args:
        transport: the connection being logged in.
        timeout: how long the step waits for the server, for the message.

    Raises:
        ConnectionLostError: the server stopped answering or the connection dropped.
    """
    try:
        yield
    except _OWN_VERDICTS:
        raise
    except paramiko.AuthenticationException as exc:
        if server_answered_login(transport):
            raise
        raise _interrupted(transport, timeout, exc) from None
    except (EOFError, OSError, paramiko.SSHException) as exc:
        if transport.remote_version:
            raise _interrupted(transport, timeout, exc) from None
        if transport.is_active():
            # start_client gives up silently after its timeout; only the next call
            # fails, with "No existing session": the greeting never came.
            raise _no_greeting(timeout, exc) from None
        raise  # closed before its greeting: a busy server, a reset; classified as such


def server_answered_login(transport: paramiko.Transport) -> bool:
    """Whether the server answered the last login request (accepted or refused it).

    paramiko raises the same exception type for a refused login and for a login that
    got no answer before ``auth_timeout``; only its handler's event tells them apart:
    it is set when the server's answer arrives.
    """
    handler = getattr(transport, "auth_handler", None)
    event = getattr(handler, "auth_event", None)
    return event is not None and event.is_set()


def _no_greeting(timeout: float, exc: BaseException) -> ConnectionLostError:
    log.info("No SSH greeting: %s: %s", type(exc).__name__, exc)
    message = QT_TRANSLATE_NOOP(
        "Messages",
        "The server did not send its SSH greeting within {seconds:g} s: it may be busy, or "
        "the connection stopped during login.",
    )
    return ConnectionLostError(message.format(seconds=timeout))


def _interrupted(
    transport: paramiko.Transport, timeout: float, exc: BaseException
) -> ConnectionLostError:
    log.info("Login interrupted: %s: %s", type(exc).__name__, exc)
    if _still_open(transport):
        message = QT_TRANSLATE_NOOP(
            "Messages", "The server stopped answering during login (nothing for {seconds:g} s)."
        )
        return ConnectionLostError(message.format(seconds=timeout))
    lost = QT_TRANSLATE_NOOP("Messages", "The connection was lost during login.")
    return ConnectionLostError(lost)


def _still_open(transport: paramiko.Transport) -> bool:
    """Whether the connection is still open once paramiko's own thread has had a moment.

    A drop can reach the login call (a failed send, the end of the stream) before
    paramiko's reading thread has seen it and marked the connection closed; asked at
    once, the connection would look open and the drop would be told as a stall.
    """
    deadline = time.monotonic() + _DROP_NOTICE_SECONDS
    while transport.is_active() and time.monotonic() < deadline:
        time.sleep(_DROP_NOTICE_POLL)
    return transport.is_active()
