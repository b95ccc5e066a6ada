import errno
import socket

import paramiko
import pytest

from desktop_uploader.engine.errors import (
    HINTS,
    ConnectionLostError,
    ErrorKind,
    HostKeyUnknownError,
    RemoteNotFoundError,
    ServerIncompatibleError,
    UploadCancelled,
    classify,
    hint_for,
)

K = ErrorKind

TABLE = [
    # transient: the retry policy applies
    (EOFError(), K.NETWORK, True),
    (OSError("Socket is closed"), K.NETWORK, True),
    (ConnectionResetError(errno.ECONNRESET, "reset"), K.NETWORK, True),
    (ConnectionRefusedError(errno.ECONNREFUSED, "refused"), K.NETWORK, True),
    (TimeoutError("timed out"), K.NETWORK, True),
    (TimeoutError(), K.NETWORK, True),
    (paramiko.SSHException("Error reading SSH protocol banner"), K.NETWORK, True),
    (paramiko.SSHException("Server connection dropped: "), K.NETWORK, True),
    (ConnectionLostError("lost"), K.NETWORK, True),
    # permanent: one attempt
    (paramiko.AuthenticationException("Authentication failed."), K.AUTH_FAILED, False),
    (paramiko.BadAuthenticationType("no", ["publickey"]), K.AUTH_FAILED, False),
    (paramiko.ssh_exception.IncompatiblePeer("no host key"), K.SERVER_INCOMPATIBLE, False),
    (PermissionError(errno.EACCES, "Permission denied"), K.PERMISSION_DENIED, False),
    (OSError(errno.EACCES, "Permission denied"), K.PERMISSION_DENIED, False),
    (FileNotFoundError(errno.ENOENT, "No such file"), K.REMOTE_NOT_FOUND, False),
    (RemoteNotFoundError("none"), K.REMOTE_NOT_FOUND, False),
    (HostKeyUnknownError("new"), K.HOST_KEY_UNKNOWN, False),
    (ServerIncompatibleError("garbage"), K.SERVER_INCOMPATIBLE, False),
    (UploadCancelled(), K.CANCELLED, False),
    (ValueError("a bug"), K.NETWORK, False),
]


@pytest.mark.parametrize(("exc", "kind", "retryable"), TABLE)
def test_classification_table(exc, kind, retryable):
    verdict = classify(exc)
    assert verdict.kind is kind
    assert verdict.retryable is retryable
    assert verdict.message


def test_bad_host_key_is_a_changed_key_and_never_retried():
    key = paramiko.RSAKey.generate(1024)
    other = paramiko.RSAKey.generate(1024)
    verdict = classify(paramiko.BadHostKeyException("127.0.0.1", key, other))
    assert verdict.kind is K.HOST_KEY_CHANGED
    assert not verdict.retryable


def test_a_busy_server_is_described_in_plain_words():
    verdict = classify(paramiko.SSHException("Error reading SSH protocol banner"))
    assert "busy" in verdict.message


@pytest.mark.parametrize(
    ("exc", "words"),
    [
        (ConnectionRefusedError(111, "refused"), "port"),
        (socket.gaierror(-2, "Name or service not known"), "spelling of the server name"),
        (RemoteNotFoundError("gone", "check the BU"), "check the BU"),
    ],
)
def test_the_hint_fits_the_error_not_only_its_kind(exc, words):
    assert words in hint_for(exc, classify(exc).kind)


def test_other_network_errors_get_the_network_hint():
    assert hint_for(EOFError(), ErrorKind.NETWORK) == HINTS[ErrorKind.NETWORK]
