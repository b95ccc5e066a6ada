"""Helpers for the security tests: engine and console runs with a chosen login and
trust store, and proofs read from sshd's own log of what the client sent."""

from __future__ import annotations

import os
import subprocess
import sys
import threading
from pathlib import Path

from support.waiting import wait_until
from upload_helpers import FAST_POLICY, Recorder

from desktop_uploader.engine import Credentials, RetryPolicy, ServerSettings, UploadJob, run_upload

BU = "italy_galbani"
OUTPUTS = "/data/to/startflow/italy/italy_galbani/outputs"


def settings_for(server, **options) -> ServerSettings:
    """Settings that use the default trust stores unless ``known_hosts_file`` is given."""
    return ServerSettings(host="127.0.0.1", port=server.port, username=server.username, **options)


def run_engine(
    app: Path,
    settings: ServerSettings,
    credentials: Credentials,
    *,
    confirm=None,
    policy: RetryPolicy = FAST_POLICY,
    recorder: Recorder | None = None,
    bu: str = BU,
    cancel: threading.Event | None = None,
):
    recorder = recorder or Recorder()
    result = run_upload(
        UploadJob.from_app_dir(app, bu),
        settings,
        credentials,
        recorder,
        cancel or threading.Event(),
        policy=policy,
        confirm_host_key=confirm,
    )
    return result, recorder


def session_closed(server, mark: int) -> str:
    """sshd's log since ``mark``, once it has logged the end of the connection."""
    return wait_until(
        lambda: _closed_text(server.log_text(since=mark)), 10, message="sshd logging the close"
    )


def _closed_text(text: str) -> str | None:
    done = (
        "Connection closed by",
        "Disconnected from",
        "Connection reset by",
        "Unable to negotiate",
    )
    return text if any(word in text for word in done) else None


def login_attempted(server, log_text: str) -> bool:
    """Whether the client named the user, which only a login request does.

    sshd logs the user name only once a userauth request arrived ("Failed password for
    USER", "Connection closed by authenticating user USER"); a connection dropped
    before that is logged without it.
    """
    return server.username in log_text


def cli(*arguments: str, env: dict[str, str] | None = None, stdin=subprocess.DEVNULL):
    """Run the console command in a new process with this test's app folders."""
    return subprocess.run(
        [sys.executable, "-m", "desktop_uploader.cli", *arguments],
        env=dict(os.environ, **(env or {})),
        capture_output=True,
        text=True,
        timeout=120,
        stdin=stdin,
    )


def cli_upload_args(server, app: Path, *extra: str) -> list[str]:
    return [
        "upload",
        "--app-dir",
        str(app),
        "--bu",
        BU,
        "--host",
        "127.0.0.1",
        "--port",
        str(server.port),
        "--user",
        server.username,
        *extra,
    ]
