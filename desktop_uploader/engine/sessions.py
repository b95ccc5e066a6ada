"""Keeping a session usable: a new SFTP channel when the server closed the old one.

OpenSSH's ``ChannelTimeout`` (and servers such as SFTPGo) close an SFTP channel that
carried no SFTP request for a while, even though keepalives keep the SSH connection
itself up. Opening a new channel on the same connection needs no new login.
"""

from __future__ import annotations

import logging

from desktop_uploader.engine.connection import Session, close_quietly, open_sftp

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
