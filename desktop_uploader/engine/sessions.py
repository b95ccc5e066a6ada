"""Keeping a session usable: a new SFTP channel when the server closed the old one.

OpenSSH's ``ChannelTimeout`` (and servers such as SFTPGo) close an SFTP channel that
carried no SFTP request for a while, even though keepalives keep the SSH connection
itself up. Opening a new channel on the same connection needs no new login.
"""

from __future__ import annotations

import logging

import paramiko

from desktop_uploader.engine.connection import Session, close_quietly
from desktop_uploader.engine.watchdog import LinkProgress, StallWatchdog

log = logging.getLogger(__name__)


def reopen_sftp(session: Session, stall_timeout: float) -> None:
    """Replace the session's SFTP client with a new one on the same connection.

    Args:
        session: its transport must still be active; its ``sftp`` is replaced.
        stall_timeout: the new channel's request timeout, as for the first one.

    Raises:
        paramiko.SSHException, OSError, EOFError: the connection cannot open a channel
            any more; the retry policy then reconnects.
    """
    old = session.sftp
    session.sftp = open_sftp(session.transport, stall_timeout, session.link)
    close_quietly(old, None)
    log.info("Opened a new SFTP session on the same connection")


def open_sftp(
    transport: paramiko.Transport, stall_timeout: float, link: LinkProgress | None = None
) -> paramiko.SFTPClient:
    """A new SFTP channel on an open connection, its requests timed out after
    ``stall_timeout``.

    paramiko waits for the subsystem's start and for the SFTP version with no timeout
    at all: a connection that goes silent meanwhile is closed after ``stall_timeout``,
    as a stall during a file is, instead of hanging the run. The other lanes' traffic
    on ``link`` counts as the connection's answer: a slow link may hold the opening
    behind their bytes.

    Raises:
        paramiko.SSHException, OSError, EOFError: the server refused a channel, or the
            connection was lost or stalled.
    """
    with StallWatchdog(transport, stall_timeout, link=link):
        sftp = paramiko.SFTPClient.from_transport(transport)
    if sftp is None:
        raise paramiko.SSHException("The server did not open another SFTP session.")
    sftp.get_channel().settimeout(stall_timeout)
    return sftp
