"""Shared helpers for integration tests: a local pipeline folder and an engine run."""

from __future__ import annotations

import hashlib
import os
import threading
from dataclasses import dataclass, field
from pathlib import Path

from desktop_uploader.engine import (
    Credentials,
    RetryPolicy,
    Secret,
    ServerSettings,
    UploadJob,
    run_upload,
)

# Small delays keep the retry tests fast; the real 5-10-20-40-60 schedule is tested as
# a pure function in the unit tests.
FAST_POLICY = RetryPolicy(max_attempts=5, base_delay=0.05, max_delay=0.2)


def make_app(
    root: Path,
    bu: str = "italy_galbani",
    files: dict[str, bytes] | None = None,
    logs: dict[str, bytes] | None = None,
) -> Path:
    """A pipeline app/ folder with the given outputs and logs of one BU."""
    app = root / "app"
    outputs = app / "outputs" / bu
    log_dir = app / "logs" / bu
    outputs.mkdir(parents=True, exist_ok=True)
    log_dir.mkdir(parents=True, exist_ok=True)
    for name, data in (files or {"Summary.xlsx": b"summary"}).items():
        (outputs / name).write_bytes(data)
    for name, data in (logs or {}).items():
        (log_dir / name).write_bytes(data)
    return app


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def random_bytes(size: int) -> bytes:
    return os.urandom(size)


def server_settings(server, tmp_path: Path, *, port: int | None = None, **options):
    """Settings for a test server whose key is already trusted in a private file."""
    known_hosts = tmp_path / "known_hosts"
    if not known_hosts.exists():
        known_hosts.write_text("".join(f"{line}\n" for line in _lines_for(server, port)))
    return ServerSettings(
        host="127.0.0.1",
        port=port or server.port,
        username=server.username,
        known_hosts_file=known_hosts,
        **options,
    )


def _lines_for(server, port: int | None) -> list[str]:
    label = f"[127.0.0.1]:{port or server.port}"
    return [f"{label} {key.get_name()} {key.get_base64()}" for key in server.host_keys.values()]


@dataclass
class Recorder:
    """An event sink that keeps every event; ``on`` hooks run for chosen event types."""

    events: list = field(default_factory=list)
    on: dict = field(default_factory=dict)

    def __call__(self, event) -> None:
        self.events.append(event)
        hook = self.on.get(type(event))
        if hook:
            hook(event)

    def of(self, kind):
        return [e for e in self.events if isinstance(e, kind)]


def upload(
    server,
    job: UploadJob,
    settings: ServerSettings,
    *,
    password: str | None = None,
    policy: RetryPolicy = FAST_POLICY,
    recorder: Recorder | None = None,
    cancel: threading.Event | None = None,
):
    recorder = recorder or Recorder()
    result = run_upload(
        job,
        settings,
        Credentials(password=Secret(password if password is not None else server.password)),
        recorder,
        cancel or threading.Event(),
        policy=policy,
    )
    return result, recorder


def statuses(result) -> dict[str, str]:
    return {f"{o.file.folder}/{o.file.name}": o.status for o in result.summary.outcomes}
