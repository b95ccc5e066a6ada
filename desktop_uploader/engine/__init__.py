"""The upload engine: no Qt here. The window and the command line both drive it."""

import sys

# paramiko imports its dependency invoke only to run an ssh_config's "Match exec"
# lines. This app never reads an ssh_config, and loading invoke took a quarter of the
# command's start-up (about 60 ms): paramiko is told invoke is absent, which it allows.
sys.modules.setdefault("invoke", None)  # type: ignore[arg-type]

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
