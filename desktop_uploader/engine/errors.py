"""Error kinds of the specification's table, the exceptions that carry them, and the
pure classification that decides whether an error is worth another attempt."""

from __future__ import annotations

import enum
import errno
import socket
from dataclasses import dataclass

import paramiko

from desktop_uploader.engine.texts import QT_TRANSLATE_NOOP, Text


class ErrorKind(enum.Enum):
    """What went wrong, in the user's terms. Each kind has one exit code and one hint."""

    BAD_INPUT = "bad_input"
    AUTH_FAILED = "auth_failed"
    HOST_KEY_UNKNOWN = "host_key_unknown"
    HOST_KEY_CHANGED = "host_key_changed"
    # A profile's pinned fingerprint names another key: changed or not, it is not the one.
    HOST_KEY_MISMATCH = "host_key_mismatch"
    REMOTE_NOT_FOUND = "remote_not_found"
    PERMISSION_DENIED = "permission_denied"
    SERVER_INCOMPATIBLE = "server_incompatible"
    NETWORK = "network"
    LOCAL_FILE = "local_file"
    REMOTE_FILE = "remote_file"
    CANCELLED = "cancelled"


TITLES: dict[ErrorKind, Text] = {
    ErrorKind.BAD_INPUT: QT_TRANSLATE_NOOP("Messages", "Bad input"),
    ErrorKind.AUTH_FAILED: QT_TRANSLATE_NOOP("Messages", "Authentication failed"),
    ErrorKind.HOST_KEY_UNKNOWN: QT_TRANSLATE_NOOP("Messages", "Unknown server key"),
    ErrorKind.HOST_KEY_CHANGED: QT_TRANSLATE_NOOP("Messages", "Server key changed"),
    ErrorKind.HOST_KEY_MISMATCH: QT_TRANSLATE_NOOP("Messages", "Server key not the expected one"),
    ErrorKind.REMOTE_NOT_FOUND: QT_TRANSLATE_NOOP("Messages", "Remote folder not found"),
    ErrorKind.PERMISSION_DENIED: QT_TRANSLATE_NOOP("Messages", "Permission denied"),
    ErrorKind.SERVER_INCOMPATIBLE: QT_TRANSLATE_NOOP("Messages", "Server setup problem"),
    ErrorKind.NETWORK: QT_TRANSLATE_NOOP("Messages", "Network problem"),
    ErrorKind.LOCAL_FILE: QT_TRANSLATE_NOOP("Messages", "Local file problem"),
    ErrorKind.REMOTE_FILE: QT_TRANSLATE_NOOP("Messages", "Server refused the file"),
    ErrorKind.CANCELLED: QT_TRANSLATE_NOOP("Messages", "Cancelled"),
}

HINTS: dict[ErrorKind, Text] = {
    ErrorKind.BAD_INPUT: QT_TRANSLATE_NOOP("Messages", "Correct the input and try again."),
    ErrorKind.AUTH_FAILED: QT_TRANSLATE_NOOP(
        "Messages",
        "Check the user name and password, that the account is active, and that the server "
        "accepts connections from your network (IP restrictions).",
    ),
    ErrorKind.HOST_KEY_UNKNOWN: QT_TRANSLATE_NOOP(
        "Messages", "Compare the fingerprint with the one IT gave you before trusting this server."
    ),
    ErrorKind.HOST_KEY_CHANGED: QT_TRANSLATE_NOOP(
        "Messages",
        "The server's identity changed. This may be an attack: do not connect, and call IT.",
    ),
    ErrorKind.HOST_KEY_MISMATCH: QT_TRANSLATE_NOOP(
        "Messages",
        "The server's key is not the one whose fingerprint IT gave. This may be an attack, "
        "or the fingerprint may be mistyped: do not connect, and call IT.",
    ),
    ErrorKind.REMOTE_NOT_FOUND: QT_TRANSLATE_NOOP(
        "Messages",
        "Check the spelling of the business unit and ask IT whether its folder exists on the "
        "server.",
    ),
    ErrorKind.PERMISSION_DENIED: QT_TRANSLATE_NOOP(
        "Messages", "Ask IT for write access to the remote folder named above."
    ),
    ErrorKind.SERVER_INCOMPATIBLE: QT_TRANSLATE_NOOP(
        "Messages", "Send this message to the server's administrator."
    ),
    ErrorKind.NETWORK: QT_TRANSLATE_NOOP(
        "Messages",
        "Check the network connection (VPN, Wi-Fi) and its stability; large files need a "
        "steady link and enough bandwidth.",
    ),
    ErrorKind.LOCAL_FILE: QT_TRANSLATE_NOOP(
        "Messages", "Close the file in Excel or any other program, then try again."
    ),
    ErrorKind.REMOTE_FILE: QT_TRANSLATE_NOOP(
        "Messages", "Ask IT to check the server's free space, quota and permissions."
    ),
    ErrorKind.CANCELLED: QT_TRANSLATE_NOOP(
        "Messages", "Nothing more was sent. Start the upload again when ready."
    ),
}

# Exit codes of the console command, one per kind; 8 means "some files failed" and
# mixed outcomes of several business units.
EXIT_CODES: dict[ErrorKind, int] = {
    ErrorKind.BAD_INPUT: 2,
    ErrorKind.AUTH_FAILED: 3,
    ErrorKind.REMOTE_NOT_FOUND: 4,
    ErrorKind.NETWORK: 5,
    ErrorKind.HOST_KEY_UNKNOWN: 6,
    ErrorKind.HOST_KEY_CHANGED: 6,
    ErrorKind.HOST_KEY_MISMATCH: 6,
    ErrorKind.PERMISSION_DENIED: 7,
    ErrorKind.SERVER_INCOMPATIBLE: 7,
    ErrorKind.REMOTE_FILE: 8,
    ErrorKind.LOCAL_FILE: 8,
    ErrorKind.CANCELLED: 130,
}
EXIT_OK = 0
EXIT_SOME_FAILED = 8

# After one of these, the next business units of the same run would fail the same way
# (and a wrong password tried again and again can lock the account): both faces stop.
BATCH_STOPPING_KINDS = frozenset(
    {
        ErrorKind.AUTH_FAILED,
        ErrorKind.HOST_KEY_UNKNOWN,
        ErrorKind.HOST_KEY_CHANGED,
        ErrorKind.HOST_KEY_MISMATCH,
        ErrorKind.SERVER_INCOMPATIBLE,
        ErrorKind.CANCELLED,
    }
)


class UploadError(Exception):
    """An error the engine understands. The message never contains a secret."""

    kind: ErrorKind = ErrorKind.NETWORK

    def __init__(self, message: str, hint: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.hint = hint if hint is not None else HINTS[self.kind]


class BadInputError(UploadError):
    kind = ErrorKind.BAD_INPUT


class RemoteNotFoundError(UploadError):
    kind = ErrorKind.REMOTE_NOT_FOUND


class RemotePermissionError(UploadError):
    kind = ErrorKind.PERMISSION_DENIED


class HostKeyUnknownError(UploadError):
    kind = ErrorKind.HOST_KEY_UNKNOWN


class HostKeyChangedError(UploadError):
    kind = ErrorKind.HOST_KEY_CHANGED


class HostKeyMismatchError(HostKeyChangedError):
    """The server's key is not the pinned one (a refusal like a changed key)."""

    kind = ErrorKind.HOST_KEY_MISMATCH


class ServerIncompatibleError(UploadError):
    kind = ErrorKind.SERVER_INCOMPATIBLE


class LocalFileError(UploadError):
    kind = ErrorKind.LOCAL_FILE


class RemoteFileError(UploadError):
    """The server refused one file (disk full, quota, size mismatch); other files may go."""

    kind = ErrorKind.REMOTE_FILE


class ConnectionLostError(UploadError):
    """The connection died or stalled; worth another attempt."""

    kind = ErrorKind.NETWORK


class ConnectionStalledError(ConnectionLostError):
    """No progress for the stall timeout: the connection was closed for it."""


class ChannelClosedError(ConnectionLostError):
    """The server closed the SFTP channel while the SSH connection stayed up.

    OpenSSH's ``ChannelTimeout`` does this to a session idle for too long; keepalives
    on the connection do not count as activity. The runner opens a new SFTP channel on
    the same connection without using up an attempt; if this escapes, it is transient.
    """


class UploadCancelled(UploadError):
    kind = ErrorKind.CANCELLED

    def __init__(self) -> None:
        super().__init__(QT_TRANSLATE_NOOP("Messages", "The upload was cancelled."))


@dataclass(frozen=True)
class Classification:
    kind: ErrorKind
    retryable: bool
    message: str  # a Text, so that the window can translate it


_DENIED = QT_TRANSLATE_NOOP("Messages", "The server denied access.")


def classify(exc: BaseException) -> Classification:
    """Decide the kind of an error and whether another attempt could fix it.

    Decisions follow exception types and errno values, never message text, because
    paramiko raises the same base class for unrelated situations.

    Args:
        exc: any exception raised while connecting, resolving folders or uploading.

    Returns:
        The kind, whether the retry policy applies, and a one-line message.
    """
    if isinstance(exc, UploadError):
        return Classification(exc.kind, exc.kind is ErrorKind.NETWORK, exc.message)
    if isinstance(exc, paramiko.AuthenticationException):
        message = QT_TRANSLATE_NOOP("Messages", "The server refused the login.")
        return Classification(ErrorKind.AUTH_FAILED, False, message)
    if isinstance(exc, paramiko.BadHostKeyException):
        message = QT_TRANSLATE_NOOP(
            "Messages", "The server presented a different key than the one stored for it."
        )
        return Classification(ErrorKind.HOST_KEY_CHANGED, False, message)
    if isinstance(exc, paramiko.ssh_exception.IncompatiblePeer):
        message = QT_TRANSLATE_NOOP(
            "Messages",
            "The server offers no algorithm this app accepts (for example only the old "
            "ssh-rsa host key or SHA-1 key exchange).",
        )
        return Classification(ErrorKind.SERVER_INCOMPATIBLE, False, message)
    if isinstance(exc, PermissionError):
        return Classification(ErrorKind.PERMISSION_DENIED, False, _DENIED)
    if isinstance(exc, FileNotFoundError):
        message = QT_TRANSLATE_NOOP("Messages", "A remote folder or file does not exist.")
        return Classification(ErrorKind.REMOTE_NOT_FOUND, False, message)
    return _classify_transient(exc)


def hint_for(exc: BaseException, kind: ErrorKind) -> str:
    """The next step for the user after ``exc``, classified as ``kind``.

    A refused connection or an unknown server name are not a matter of bandwidth, as
    the general network hint says: the address itself needs checking.
    """
    if isinstance(exc, UploadError):
        return exc.hint
    if isinstance(exc, ConnectionRefusedError):
        return QT_TRANSLATE_NOOP(
            "Messages",
            "Check the server name and port, and ask IT whether the server is running and "
            "whether this network may reach it (VPN, firewall).",
        )
    if isinstance(exc, socket.gaierror):
        return QT_TRANSLATE_NOOP(
            "Messages",
            "Check the spelling of the server name; on a company network, connect the VPN.",
        )
    return HINTS[kind]


def _classify_transient(exc: BaseException) -> Classification:
    if isinstance(exc, (socket.timeout, TimeoutError)):
        message = QT_TRANSLATE_NOOP("Messages", "The server stopped answering (timeout).")
        return Classification(ErrorKind.NETWORK, True, message)
    if isinstance(exc, ConnectionRefusedError):
        message = QT_TRANSLATE_NOOP("Messages", "The server refused the connection.")
        return Classification(ErrorKind.NETWORK, True, message)
    if isinstance(exc, socket.gaierror):
        message = QT_TRANSLATE_NOOP("Messages", "The server name could not be resolved.")
        return Classification(ErrorKind.NETWORK, True, message)
    if isinstance(exc, (EOFError, ConnectionError, paramiko.SSHException, OSError)):
        if isinstance(exc, OSError) and exc.errno in (errno.EACCES, errno.EPERM):
            return Classification(ErrorKind.PERMISSION_DENIED, False, _DENIED)
        return Classification(ErrorKind.NETWORK, True, describe_network_error(exc))
    message = QT_TRANSLATE_NOOP("Messages", "Unexpected error: {error}")
    return Classification(ErrorKind.NETWORK, False, message.format(error=type(exc).__name__))


def describe_network_error(exc: BaseException) -> str:
    """A plain sentence for a transient error, without the library's raw jargon."""
    if isinstance(exc, paramiko.SSHException) and "banner" in str(exc).lower():
        # The one place where text is read: paramiko gives this case no type of its own,
        # and the message it needs (busy server) cannot be derived otherwise.
        return QT_TRANSLATE_NOOP(
            "Messages", "The server is busy or did not answer the SSH greeting."
        )
    if isinstance(exc, EOFError):
        return QT_TRANSLATE_NOOP("Messages", "The server closed the connection.")
    if isinstance(exc, ConnectionResetError):
        return QT_TRANSLATE_NOOP("Messages", "The connection was reset.")
    detail = str(exc).strip() or type(exc).__name__
    return QT_TRANSLATE_NOOP("Messages", "The connection was lost ({detail}).").format(
        detail=detail
    )
