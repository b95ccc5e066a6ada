"""The asyncssh side of the demo server; only imported once asyncssh is known to be there.

Kept apart from ``server.py`` so that ``desktop_uploader.demo`` imports without the
optional asyncssh package and can say how to install it.
"""

from __future__ import annotations

import asyncio
import functools
import logging
import os
import secrets
from pathlib import Path

import asyncssh

log = logging.getLogger(__name__)

# asyncssh logs every connection and channel at INFO; the demo's own lines say enough.
logging.getLogger("asyncssh").setLevel(logging.WARNING)

# Long enough for a person to type into a prompt, short enough to free a stuck slot.
_LOGIN_TIMEOUT_S = 60
_CLOSE_TIMEOUT_S = 5


class _PasswordOnlyServer(asyncssh.SSHServer):
    """Accepts one user with one password; refuses everything but SFTP."""

    def __init__(
        self, username: str, password: str, connections: set[asyncssh.SSHServerConnection]
    ):
        self._username = username
        self._password = password
        self._connections = connections
        self._conn: asyncssh.SSHServerConnection | None = None

    def connection_made(self, conn: asyncssh.SSHServerConnection) -> None:
        self._conn = conn
        self._connections.add(conn)

    def connection_lost(self, exc: Exception | None) -> None:
        if self._conn is not None:
            self._connections.discard(self._conn)

    def begin_auth(self, username: str) -> bool:
        # True means "this user must authenticate"; False would let anyone in unchecked.
        return True

    def password_auth_supported(self) -> bool:
        return True

    def validate_password(self, username: str, password: str) -> bool:
        # Compare both in constant time so a wrong user name answers like a wrong password.
        user_ok = secrets.compare_digest(username.encode(), self._username.encode())
        password_ok = secrets.compare_digest(password.encode(), self._password.encode())
        return user_ok and password_ok


class SFTPListener:
    """A listening asyncssh SFTP server; create and close it on one event loop."""

    def __init__(self) -> None:
        self._acceptor: asyncssh.SSHAcceptor | None = None
        self._connections: set[asyncssh.SSHServerConnection] = set()

    async def listen(
        self,
        host: str,
        port: int,
        host_key: asyncssh.SSHKey,
        credentials: tuple[str, str],
        root: Path,
    ) -> int:
        """Start listening; return the bound port (useful when ``port`` is 0)."""
        username, password = credentials
        sftp_factory = functools.partial(asyncssh.SFTPServer, chroot=os.fsencode(root))

        self._acceptor = await asyncssh.listen(
            host,
            port,
            server_factory=functools.partial(
                _PasswordOnlyServer, username, password, self._connections
            ),
            server_host_keys=[host_key],
            sftp_factory=sftp_factory,
            # No shell, exec, scp, terminal, agent or X11: without a process or session
            # factory asyncssh refuses shell and exec requests, and SSHServer's defaults
            # refuse port forwarding.
            allow_scp=False,
            allow_pty=False,
            agent_forwarding=False,
            x11_forwarding=False,
            login_timeout=_LOGIN_TIMEOUT_S,
        )
        return self._acceptor.get_port()

    async def close(self) -> None:
        """Stop listening, then close the connections still open."""
        if self._acceptor is not None:
            self._acceptor.close()
            await self._acceptor.wait_closed()

        # Closing the listener leaves accepted connections running; an uploader still
        # connected would otherwise keep the loop, and so the thread, alive.
        connections = list(self._connections)
        for conn in connections:
            conn.close()
        if not connections:
            return
        waits = [conn.wait_closed() for conn in connections]
        try:
            await asyncio.wait_for(asyncio.gather(*waits), _CLOSE_TIMEOUT_S)
        except TimeoutError:
            log.warning("Demo SFTP server: %d connection(s) did not close", len(connections))


def generate_host_key() -> tuple[asyncssh.SSHKey, str, str]:
    """Return a fresh ed25519 key, its OpenSSH public line and its SHA256 fingerprint."""
    key = asyncssh.generate_private_key("ssh-ed25519")
    public_line = key.export_public_key("openssh").decode("ascii").strip()

    # The exported line ends with a comment; a known_hosts entry needs only type and blob.
    key_type, blob = public_line.split()[:2]
    return key, f"{key_type} {blob}", key.get_fingerprint("sha256")
