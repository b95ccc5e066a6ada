"""What one upload needs to know: the server, how to log in, the retry policy and the
business unit's local folders. Defaults live here and nowhere else."""

from __future__ import annotations

import enum
import math
import unicodedata
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


@dataclass(frozen=True)
class NumberRange:
    """The values a numeric setting accepts, and the usual one, shown as an example."""

    low: float
    high: float
    usual: float
    whole: bool = False  # a count, not a number of seconds

    def check(self, value: float, name: str, *, example: str | None = None) -> float:
        """The value, when it is a finite number within the range.

        Args:
            value: the number to check.
            name: what the message calls the setting, e.g. "--stall-timeout".
            example: the hint's example; the usual value when None.

        Raises:
            BadInputError: naming the setting, the range and an example.
        """
        whole_ok = not self.whole or float(value).is_integer()
        if math.isfinite(value) and whole_ok and self.low <= value <= self.high:
            return value
        raise self.error(f"{value:g}", name, example)

    def parse(self, text: str, name: str, *, example: str | None = None) -> float:
        """The number written in ``text``, checked as :meth:`check` does.

        Raises:
            BadInputError: the text is not a number, or one out of the range.
        """
        try:
            value = int(text) if self.whole else float(text)
            return self.check(value, name, example=example)
        except (ValueError, BadInputError):
            raise self.error(repr(text.strip()[:40]), name, example) from None

    def error(self, shown: str, name: str, example: str | None) -> BadInputError:
        """The bad input error for a value outside the range (``shown`` as written)."""
        if self.whole:
            what = QT_TRANSLATE_NOOP("Messages", "a whole number from {low} to {high}")
        else:
            what = QT_TRANSLATE_NOOP("Messages", "a number of seconds from {low} to {high}")
        message = QT_TRANSLATE_NOOP("Messages", "{name} {value} is not valid: give {what}.")
        what = what.format(low=f"{self.low:g}", high=f"{self.high:g}")
        hint = QT_TRANSLATE_NOOP("Messages", "For example: {example}.")
        return BadInputError(
            message.format(name=name, value=shown, what=what),
            hint.format(example=example or f"{self.usual:g}"),
        )


# Sensible bounds: a stall shorter than a second is normal jitter, an hour without a
# byte is a dead link; more than 100 attempts or a day's wait would hide a failure.
STALL_TIMEOUT_RANGE = NumberRange(1, 3600, 60)
ATTEMPTS_RANGE = NumberRange(1, 100, 5, whole=True)
DELAY_RANGE = NumberRange(0, 24 * 3600, 5)
# Files in flight at once, one SFTP channel each on the one connection: a few hide the
# round trips of small files; OpenSSH allows ten channels per connection by default.
PARALLEL_FILES_RANGE = NumberRange(1, 8, 6, whole=True)


def check_remote_base(remote_base: str, name: str | None = None) -> str:
    """The remote base, when it is an absolute path without control characters.

    A line break or another control character in a path would end up in remote folder
    names and in every log line that names them.

    Args:
        remote_base: the base as given, e.g. "/data/to/startflow".
        name: what the message calls the setting; "Remote base" when None.

    Raises:
        BadInputError: naming the base as written and giving an example.
    """
    name = name or QT_TRANSLATE_NOOP("Messages", "Remote base")
    shown = repr(remote_base if len(remote_base) <= 80 else remote_base[:77] + "...")
    if any(unicodedata.category(ch) in _CONTROL_CATEGORIES for ch in remote_base):
        message = QT_TRANSLATE_NOOP(
            "Messages", "{name} {base} contains a control character (a line break, a tab...)."
        )
    elif not remote_base.startswith("/"):
        message = QT_TRANSLATE_NOOP("Messages", "{name} {base} must be an absolute path.")
    else:
        return remote_base
    example = QT_TRANSLATE_NOOP("Messages", "Example: {base}.").format(base=DEFAULT_REMOTE_BASE)
    raise BadInputError(message.format(name=name, base=shown), example)


# Control and format characters (NUL, line breaks, tabs, direction overrides) and the
# Unicode line and paragraph separators.
_CONTROL_CATEGORIES = frozenset({"Cc", "Cf", "Zl", "Zp"})


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
    # Files sent at once over as many SFTP channels of the one connection (see lanes.py);
    # 1 sends them one after the other.
    parallel_files: int = 6
    # OpenSSH's UserKnownHostsFile: when set, the only file read and written.
    known_hosts_file: Path | None = None
    # The profile's pin: the "SHA256:..." fingerprint IT gave for the server's key. When
    # set, only that key is accepted, even a key already stored must match it.
    host_key_fingerprint: str | None = None

    def __post_init__(self) -> None:
        """Refuse settings no server could work with; raises BadInputError naming them."""
        check_remote_base(self.remote_base)
        STALL_TIMEOUT_RANGE.check(
            self.stall_timeout, QT_TRANSLATE_NOOP("Messages", "Stall timeout")
        )
        PARALLEL_FILES_RANGE.check(
            self.parallel_files, QT_TRANSLATE_NOOP("Messages", "Files at once")
        )


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
    """How often to try, and how long to wait between attempts (in seconds)."""

    max_attempts: int = 5
    base_delay: float = 5.0
    max_delay: float = 60.0

    def __post_init__(self) -> None:
        """Refuse a policy out of its bounds; raises BadInputError naming the value."""
        ATTEMPTS_RANGE.check(self.max_attempts, QT_TRANSLATE_NOOP("Messages", "Attempts"))
        DELAY_RANGE.check(self.base_delay, QT_TRANSLATE_NOOP("Messages", "First retry delay"))
        DELAY_RANGE.check(self.max_delay, QT_TRANSLATE_NOOP("Messages", "Longest retry delay"))


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
