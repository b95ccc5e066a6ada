"""What one upload needs to know: the server, how to log in, the retry policy and the
business unit's local folders. Defaults live here and nowhere else."""

from __future__ import annotations

import enum
from dataclasses import dataclass, field
from pathlib import Path

from desktop_uploader.engine.errors import BadInputError
from desktop_uploader.engine.texts import QT_TRANSLATE_NOOP

DEFAULT_PORT = 22
# How many stall timeouts the end of a file (last writes, close, rename) may take.
FINISH_ALLOWANCE_FACTOR = 3
DEFAULT_REMOTE_BASE = "/data/to/startflow"
DEFAULT_SKIP_PATTERNS: tuple[str, ...] = (
    "~$*",  # Excel owner and lock files
    "~*.tmp",  # Office temporary save files
    # Excel saves through an extensionless temporary file named with 8 hex digits.
    "[0-9a-f]" * 8,
    "*.tmp",
    ".~lock.*#",  # LibreOffice lock files
    "*.swp",
    "*~",
    ".DS_Store",
    "Thumbs.db",
    "desktop.ini",
)


class ReplacePolicy(enum.StrEnum):
    """What the upload does with a file of the same name on the server."""

    ALWAYS = "always"  # send every file, replacing what is there
    WHEN_CHANGED = "when_changed"  # skip a file whose remote size and time are the same
    NEVER = "never"  # skip every file that already exists on the server

    @classmethod
    def parse(cls, text: str) -> ReplacePolicy:
        """A policy from its name, written with "_" or "-" ("when-changed" too).

        Raises:
            BadInputError: the text names no policy; the message lists the right ones.
        """
        wanted = text.strip().lower().replace("-", "_")
        for policy in cls:
            if policy.value == wanted:
                return policy
        raise BadInputError(
            QT_TRANSLATE_NOOP("Messages", "{text!r} is not a replace policy.").format(text=text),
            QT_TRANSLATE_NOOP("Messages", "Use always, when-changed or never."),
        )


class Secret:
    """A password or passphrase that never shows in repr(), str() or a traceback."""

    __slots__ = ("_value",)

    def __init__(self, value: str) -> None:
        self._value = value

    def reveal(self) -> str:
        return self._value

    def __bool__(self) -> bool:
        return bool(self._value)

    def __repr__(self) -> str:
        return "Secret('***')"

    __str__ = __repr__


@dataclass(frozen=True)
class ServerSettings:
    """Where to connect and how patiently. Timeouts are in seconds."""

    host: str
    username: str
    port: int = DEFAULT_PORT
    remote_base: str = DEFAULT_REMOTE_BASE
    connect_timeout: float = 30.0
    banner_timeout: float = 120.0
    auth_timeout: float = 120.0
    keepalive_interval: int = 30
    # No progress for this long on an open connection counts as a lost connection, a
    # transient error for the retry policy. The end of each file (waiting for the last
    # writes, closing and renaming it) is allowed FINISH_ALLOWANCE_FACTOR times as long,
    # 180 s by default: the server may still be storing up to a whole SSH window of data
    # (2 MiB on OpenSSH) that a slow link delivers only then.
    stall_timeout: float = 60.0
    # Write each file under a hidden temporary name and rename it into place. Turn it
    # off only for servers that forbid rename: see transfer.upload_file for what is lost.
    use_temp_names: bool = True
    # OpenSSH's UserKnownHostsFile: when set, the only file read and written.
    known_hosts_file: Path | None = None
    # The profile's pin: the "SHA256:..." fingerprint IT gave for the server's key. When
    # set, only that key is accepted, even a key already stored must match it.
    host_key_fingerprint: str | None = None


@dataclass(frozen=True)
class Credentials:
    """How to log in. The password is fetched right before connecting and kept secret.

    Exactly one method is tried, in this order of precedence: a key file (with its
    passphrase, if the key has one), the SSH agent, the password. Nothing falls back to
    another method, so a refused key never sends the password.
    """

    password: Secret | None = None
    key_file: Path | None = None
    passphrase: Secret | None = None
    use_agent: bool = False


@dataclass(frozen=True)
class RetryPolicy:
    max_attempts: int = 5
    base_delay: float = 5.0
    max_delay: float = 60.0


@dataclass(frozen=True)
class UploadJob:
    """One business unit: its name and the local folders written by the pipeline."""

    bu: str
    outputs_dir: Path
    logs_dir: Path | None = None
    skip_patterns: tuple[str, ...] = field(default=DEFAULT_SKIP_PATTERNS)
    dry_run: bool = False
    # What happens to a file already on the server (see engine/replace_policy.py).
    replace_policy: ReplacePolicy = ReplacePolicy.ALWAYS

    @classmethod
    def from_app_dir(cls, app_dir: Path, bu: str, **options: object) -> UploadJob:
        """The pipeline's layout: app/outputs/{bu} and app/logs/{bu}."""
        return cls(bu, app_dir / "outputs" / bu, app_dir / "logs" / bu, **options)
