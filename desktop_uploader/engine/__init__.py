"""The upload engine: no Qt here. The window and the command line both drive it."""

from desktop_uploader.engine.errors import EXIT_CODES, HINTS, TITLES, ErrorKind, UploadError
from desktop_uploader.engine.host_keys import HostKeyDecision, HostKeyInfo
from desktop_uploader.engine.runner import (
    ConnectionReport,
    check_connection,
    run_upload,
    run_uploads,
)
from desktop_uploader.engine.settings import (
    Credentials,
    RetryPolicy,
    Secret,
    ServerSettings,
    UploadJob,
)

__all__ = [
    "EXIT_CODES",
    "HINTS",
    "TITLES",
    "ConnectionReport",
    "Credentials",
    "ErrorKind",
    "HostKeyDecision",
    "HostKeyInfo",
    "RetryPolicy",
    "Secret",
    "ServerSettings",
    "UploadError",
    "UploadJob",
    "check_connection",
    "run_upload",
    "run_uploads",
]
