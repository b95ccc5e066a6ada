"""One SSH connection and its SFTP session: open, check the server, log in, close."""

from __future__ import annotations

import logging
import os
import select
import socket
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

import paramiko
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ec

from desktop_uploader.engine import host_keys, ssh_packets
from desktop_uploader.engine.errors import (
    BadInputError,
    ServerIncompatibleError,
    UploadCancelled,
)
from desktop_uploader.engine.host_keys import HostKeyDecision, HostKeyStore
from desktop_uploader.engine.login_faults import during_login, server_answered_login
from desktop_uploader.engine.settings import Credentials, ServerSettings
from desktop_uploader.engine.texts import QT_TRANSLATE_NOOP
from desktop_uploader.engine.watchdog import LinkProgress, StallWatchdog

log = logging.getLogger(__name__)

# How often blocking steps look at the cancel token: well under the one second in which
# a cancel must take effect.
CANCEL_POLL_SECONDS = 0.1
# Windows sockets are handles, not file descriptors: os.write cannot take them.
_SOCKETS_ARE_FILES = os.name != "nt"
# Preferred over paramiko's default order (AES-CTR first), when paramiko offers them.
FAST_CIPHERS = ("aes128-gcm@openssh.com", "aes256-gcm@openssh.com")


@dataclass
class Session:
    transport: paramiko.Transport
    sftp: paramiko.SFTPClient
    cipher: str
    # The stall watchdog of the files sent over this session, armed for each in turn
    # (see ``transfer``); made with the first file.
    watchdog: StallWatchdog | None = field(default=None, repr=False, compare=False)
    # Shared by every lane of the connection (see ``watchdog.LinkProgress``).
    link: LinkProgress = field(default_factory=LinkProgress, repr=False, compare=False)

    def is_alive(self) -> bool:
        """Whether both the SSH transport and the SFTP channel are still open.

        An active transport alone is not enough: a server may close an idle SFTP
        channel while the connection itself stays up.
        """
        channel = self.sftp.get_channel()
        return self.transport.is_active() and channel is not None and not channel.closed


@contextmanager
def open_session(
    server: ServerSettings,
    credentials: Credentials,
    cancel: threading.Event,
    *,
    confirm_host_key: HostKeyDecision | None = None,
    pinned_fingerprint: str | None = None,
) -> Iterator[Session]:
    """Connect, verify the server's key, log in and open SFTP; close everything on exit.

    The server's key is checked before any credential is sent. Setting ``cancel`` closes
    the connection from the watcher thread, which makes any blocking step return.

    Args:
        pinned_fingerprint: overrides ``server.host_key_fingerprint`` when given.

    Raises:
        UploadCancelled: cancel was set while connecting.
        HostKeyUnknownError, HostKeyChangedError: the server's key was not accepted.
        paramiko.AuthenticationException: the server refused the login.
        ServerIncompatibleError: the server offers no algorithm we accept, or the SFTP
            session could not start on it.
        BadInputError: the key file, the passphrase or the agent cannot be used.
        OSError, EOFError, paramiko.SSHException: the network failed.
    """
    # A key file that cannot be used is bad input: found before any network traffic.
    key = load_private_key(credentials) if credentials.key_file is not None else None
    sock = connect_socket(server, cancel)
    link = LinkProgress()
    transport = ssh_packets.Transport(_NotingReceipts(sock, link))
    transport.banner_timeout = server.banner_timeout
    transport.auth_timeout = server.auth_timeout
    sftp: paramiko.SFTPClient | None = None
    stop_watching = _close_on_cancel(cancel, transport)
    try:
        pin = pinned_fingerprint or server.host_key_fingerprint
        with during_login(transport, server.banner_timeout):
            _start_ssh(transport, server, confirm_host_key, pin)
        with during_login(transport, server.auth_timeout):
            _authenticate(transport, server, credentials, key)
        transport.set_keepalive(server.keepalive_interval)
        with during_login(transport, server.stall_timeout):
            sftp = _open_sftp(transport, server)
        cipher = getattr(transport, "local_cipher", "") or ""
        yield Session(transport, sftp, cipher, link=link)
    except Exception:
        if cancel.is_set():
            raise UploadCancelled() from None
        raise
    finally:
        stop_watching()
        close_quietly(sftp, transport)


class _NotingReceipts:
    """The connection's socket, telling ``link`` whenever bytes come from the server.

    paramiko takes any socket-like object; this is the socket itself, but for ``recv``,
    ``send`` and ``close``. The stall watchdogs of all the lanes read ``link``.
    """

    def __init__(self, sock: socket.socket, link: LinkProgress) -> None:
        self._sock = sock
        self._link = link
        # Held from reading the descriptor to writing to it, and by close: a close from
        # another thread (cancel, a stall) in between would let a file opened meanwhile
        # take the number and receive the connection's bytes.
        self._closing = threading.Lock()

    def recv(self, size: int) -> bytes:
        data = self._sock.recv(size)
        if data:
            self._link.touch()
        return data

    def send(self, data: bytes | memoryview) -> int:
        # A socket with a timeout (paramiko sets one) asks poll() before every send; a
        # plain write first saves that call for each SSH packet while the kernel has
        # room, which is nearly always. When it has none, the socket waits as before.
        if _SOCKETS_ARE_FILES:
            with self._closing:
                descriptor = self._sock.fileno()
                if descriptor >= 0:
                    try:
                        return os.write(descriptor, data)
                    except BlockingIOError:
                        pass
        return self._sock.send(data)

    def close(self) -> None:
        with self._closing:
            self._sock.close()

    def __getattr__(self, name: str) -> object:
        return getattr(self._sock, name)


def connect_socket(server: ServerSettings, cancel: threading.Event) -> socket.socket:
    """A TCP connection to the server that gives up at once when cancel is set."""
    family, kind, proto, _, address = socket.getaddrinfo(
        server.host, server.port, type=socket.SOCK_STREAM
    )[0]
    sock = socket.socket(family, kind, proto)
    try:
        sock.setblocking(False)
        _wait_connected(sock, address, server.connect_timeout, cancel)
        sock.setblocking(True)
        sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        return sock
    except BaseException:
        sock.close()
        raise


def _wait_connected(
    sock: socket.socket, address: tuple, timeout: float, cancel: threading.Event
) -> None:
    status = sock.connect_ex(address)
    waited = 0.0
    while status not in (0,):
        if cancel.is_set():
            raise UploadCancelled()
        if waited >= timeout:
            raise TimeoutError(f"No answer from {address[0]} port {address[1]}.")
        _, writable, _ = select.select([], [sock], [], CANCEL_POLL_SECONDS)
        waited += CANCEL_POLL_SECONDS
        if writable:
            status = sock.getsockopt(socket.SOL_SOCKET, socket.SO_ERROR)
            if status != 0:
                raise ConnectionRefusedError(status, f"{address[0]} port {address[1]}")


def _close_on_cancel(cancel: threading.Event, transport: paramiko.Transport):
    """Start a watcher that closes the transport when cancel is set; returns its stop."""
    finished = threading.Event()

    def watch() -> None:
        while not finished.is_set():
            if cancel.wait(CANCEL_POLL_SECONDS):
                log.info("Cancel requested: closing the connection")
                transport.close()
                return

    threading.Thread(target=watch, name="cancel-watcher", daemon=True).start()
    return finished.set


def _start_ssh(
    transport: paramiko.Transport,
    server: ServerSettings,
    confirm_host_key: HostKeyDecision | None,
    pinned_fingerprint: str | None,
) -> None:
    store = HostKeyStore.for_connection(server.known_hosts_file)
    options = transport.get_security_options()
    options.key_types = host_keys.preferred_key_types(
        store, server.host, server.port, tuple(options.key_types)
    )
    options.ciphers = preferred_ciphers(tuple(options.ciphers))
    try:
        transport.start_client(timeout=server.banner_timeout)
    except paramiko.ssh_exception.IncompatiblePeer as exc:
        raise _incompatible(exc, options) from None
    host_keys.verify_server_key(
        store,
        server.host,
        server.port,
        transport.get_remote_server_key(),
        confirm=confirm_host_key,
        pinned_fingerprint=pinned_fingerprint,
    )


def preferred_ciphers(available: tuple[str, ...]) -> tuple[str, ...]:
    """paramiko's ciphers with AES-GCM first; a server without GCM gets the usual order.

    The client is CPU-bound: AES-GCM encrypts and authenticates in one pass, where
    AES-CTR needs a separate HMAC over every packet, and uploads take about a third
    less CPU with it.
    """
    fast = tuple(cipher for cipher in FAST_CIPHERS if cipher in available)
    return fast + tuple(cipher for cipher in available if cipher not in fast)


# paramiko names the step that found no common algorithm only in its message; these are
# its words for each step, mapped to ours.
_MISMATCH_STEPS = (
    ("host key", QT_TRANSLATE_NOOP("Messages", "server key type"), "key_types"),
    ("kex", QT_TRANSLATE_NOOP("Messages", "key exchange method"), "kex"),
    ("cipher", QT_TRANSLATE_NOOP("Messages", "encryption cipher"), "ciphers"),
    ("mac", QT_TRANSLATE_NOOP("Messages", "integrity check (MAC)"), "digests"),
    ("compression", QT_TRANSLATE_NOOP("Messages", "compression"), "compression"),
)


def _incompatible(
    exc: paramiko.ssh_exception.IncompatiblePeer, options: paramiko.SecurityOptions
) -> ServerIncompatibleError:
    """Say in words which algorithm the server and this app could not agree on."""
    detail = str(exc).lower()
    what, accepted = QT_TRANSLATE_NOOP("Messages", "algorithm"), ()
    for phrase, words, option in _MISMATCH_STEPS:
        if phrase in detail:
            what, accepted = words, tuple(getattr(options, option))
            break
    message = QT_TRANSLATE_NOOP(
        "Messages",
        "Algorithm mismatch: the server offers no {what} this app accepts. This app "
        "accepts {accepted}; old servers that offer only ssh-rsa (SHA-1) host keys or "
        "SHA-1 key exchange are refused because those can be forged. Nothing was sent.",
    )
    modern = QT_TRANSLATE_NOOP("Messages", "only modern algorithms")
    return ServerIncompatibleError(
        message.format(what=what, accepted=", ".join(accepted) or modern),
        QT_TRANSLATE_NOOP(
            "Messages",
            "Send this message to the server's administrator: the server needs an ed25519, "
            "ECDSA or RSA key with SHA-2 signatures (rsa-sha2-256 or rsa-sha2-512).",
        ),
    )


def _authenticate(
    transport: paramiko.Transport,
    server: ServerSettings,
    credentials: Credentials,
    key: paramiko.PKey | None,
) -> None:
    """Log in with the one method the user chose; no other method is ever tried."""
    if key is not None:
        transport.auth_publickey(server.username, key)
    elif credentials.use_agent:
        _authenticate_with_agent(transport, server.username)
    elif credentials.password:
        transport.auth_password(server.username, credentials.password.reveal())
    else:
        raise BadInputError(
            QT_TRANSLATE_NOOP(
                "Messages", "No password, key file or agent was given for the login."
            ),
            QT_TRANSLATE_NOOP("Messages", "Type the password, or choose a key file."),
        )
    log.info("Logged in as %s", server.username)


def load_private_key(credentials: Credentials) -> paramiko.PKey:
    """Read an OpenSSH or PEM private key (ed25519, ECDSA or RSA).

    A passphrase given for a key that has none is ignored. The error messages name the
    file and never the passphrase.

    Raises:
        BadInputError: the file is missing or unreadable, is not a private key, needs a
            passphrase that was not given, or the passphrase is wrong.
    """
    path = credentials.key_file
    assert path is not None
    if path.exists() and not path.is_file():
        # A folder, a pipe or a device: reading a pipe would block the upload forever.
        raise _key_error(path, QT_TRANSLATE_NOOP("Messages", "is not a regular file"))
    try:
        # Loading without a passphrase tells an unprotected key (it loads) from a
        # protected one (cryptography raises TypeError) from something that is not a
        # key at all (ValueError).
        return _read_key(path, None)
    except TypeError:
        pass
    except OSError as exc:
        problem = QT_TRANSLATE_NOOP("Messages", "could not be opened ({reason})")
        reason = exc.strerror or QT_TRANSLATE_NOOP("Messages", "unreadable")
        raise _key_error(path, problem.format(reason=reason)) from None
    except (ValueError, paramiko.SSHException):
        problem = QT_TRANSLATE_NOOP("Messages", "is not a private key in a format this app reads")
        raise _key_error(path, problem) from None
    if not credentials.passphrase:
        message = QT_TRANSLATE_NOOP("Messages", "The key file {path} is protected by a passphrase.")
        raise PassphraseRequiredError(
            message.format(path=path), QT_TRANSLATE_NOOP("Messages", "Type the key's passphrase.")
        )
    try:
        return _read_key(path, credentials.passphrase.reveal().encode("utf-8"))
    except (TypeError, ValueError, paramiko.SSHException):
        message = QT_TRANSLATE_NOOP("Messages", "The passphrase of the key file {path} is wrong.")
        hint = QT_TRANSLATE_NOOP(
            "Messages",
            "Type the key's passphrase again; if it was remembered, forget it and retype it.",
        )
        raise BadInputError(message.format(path=path), hint) from None


def _read_key(path: Path, passphrase: bytes | None) -> paramiko.PKey:
    """paramiko's key loader, with cryptography's reading of ECDSA keys as a fallback.

    paramiko 5.1 rejects about half of the ECDSA keys that ssh-keygen writes in the
    OpenSSH format ("Invalid key curve identifier"), keys that cryptography, which
    paramiko itself calls first, reads correctly.
    """
    try:
        return paramiko.PKey.from_path(path, passphrase)
    except paramiko.SSHException:
        key = _ecdsa_key(path, passphrase)
        if key is None:
            raise
        return key


def _ecdsa_key(path: Path, passphrase: bytes | None) -> paramiko.ECDSAKey | None:
    data = path.read_bytes()
    try:
        loaded = serialization.load_ssh_private_key(data, passphrase)
    except ValueError:
        return None
    if not isinstance(loaded, ec.EllipticCurvePrivateKey):
        return None
    return paramiko.ECDSAKey(vals=(loaded, loaded.public_key()))


class PassphraseRequiredError(BadInputError):
    """The key file is protected and no passphrase was given: a caller may ask for it."""


def _key_error(path: object, problem: str) -> BadInputError:
    message = QT_TRANSLATE_NOOP("Messages", "The key file {path} {problem}.")
    hint = QT_TRANSLATE_NOOP(
        "Messages",
        "Choose your private key file (the one without .pub), of type ed25519, ECDSA or RSA.",
    )
    return BadInputError(message.format(path=path, problem=problem), hint)


def _authenticate_with_agent(transport: paramiko.Transport, username: str) -> None:
    # Windows reaches Pageant or the OpenSSH agent's pipe without this variable.
    if os.name != "nt" and not os.environ.get("SSH_AUTH_SOCK"):
        raise BadInputError(
            QT_TRANSLATE_NOOP(
                "Messages", "No SSH agent is running for this session (SSH_AUTH_SOCK is not set)."
            ),
            QT_TRANSLATE_NOOP(
                "Messages",
                "Start your SSH agent (or Pageant on Windows) and add your key, or choose "
                "another login method.",
            ),
        )
    agent = paramiko.Agent()
    try:
        keys = agent.get_keys()
        if not keys:
            raise BadInputError(
                QT_TRANSLATE_NOOP("Messages", "The SSH agent holds no key."),
                QT_TRANSLATE_NOOP("Messages", "Add a key to the agent with ssh-add."),
            )
        for key in keys:
            try:
                transport.auth_publickey(username, key)
                return
            except paramiko.AuthenticationException:
                if not server_answered_login(transport):
                    raise  # no answer at all: not a refused key, see during_login
                log.info("The server refused agent key %s", key.fingerprint)
        raise paramiko.AuthenticationException("No agent key was accepted.")
    finally:
        agent.close()


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
        paramiko.SFTPError: bytes that are not SFTP came first.
        paramiko.SSHException, OSError, EOFError: the server refused a channel, or the
            connection was lost or stalled.
    """
    with StallWatchdog(transport, stall_timeout, link=link):
        sftp = paramiko.SFTPClient.from_transport(transport)
    if sftp is None:
        raise paramiko.SSHException("The server did not open an SFTP session.")
    # Any SFTP request without an answer for this long fails instead of hanging.
    sftp.get_channel().settimeout(stall_timeout)
    return sftp


def _open_sftp(transport: paramiko.Transport, server: ServerSettings) -> paramiko.SFTPClient:
    try:
        return open_sftp(transport, server.stall_timeout)
    except paramiko.SFTPError:
        # Raised when bytes that are not SFTP arrive first: a login script printed text.
        raise ServerIncompatibleError(
            QT_TRANSLATE_NOOP(
                "Messages",
                "The server printed unexpected text before SFTP started: a login script on "
                "the server is writing output.",
            ),
            QT_TRANSLATE_NOOP(
                "Messages",
                "Tell the server's administrator; the login scripts of this account must not "
                "print anything for SFTP to work.",
            ),
        ) from None


def close_quietly(sftp: paramiko.SFTPClient | None, transport: paramiko.Transport | None) -> None:
    """Close both ends; an error while closing is logged and never hides the real one."""
    for name, closable in (("SFTP session", sftp), ("connection", transport)):
        if closable is None:
            continue
        try:
            closable.close()
        except Exception as exc:  # noqa: BLE001 - a close must never raise over the cause
            log.warning("Error while closing the %s: %s", name, exc)
