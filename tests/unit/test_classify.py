import errno

import paramiko
import pytest

from desktop_uploader.engine.errors import (
    ConnectionLostError,
    ErrorKind,
    HostKeyUnknownError,
    RemoteNotFoundError,
    ServerIncompatibleError,
    UploadCancelled,
    classify,
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
