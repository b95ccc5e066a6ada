"""Events the engine reports while it works. Each is a small frozen dataclass with plain
typed fields, so the window can turn it into a typed signal and the command line can
print it. No event ever carries a secret."""

from __future__ import annotations

import enum
from collections.abc import Callable
from dataclasses import dataclass, field

from desktop_uploader.engine.errors import ErrorKind


@dataclass(frozen=True)
class FileRef:
    """Identifies one file of a run: progress is keyed by this, never by a table row."""

    bu: str
    folder: str  # "outputs" or "logs"
    name: str

    @property
    def key(self) -> str:
        return f"{self.bu}/{self.folder}/{self.name}"


@dataclass(frozen=True)
class BUStarted:
    """A business unit's turn in a run of several begins; its result comes last."""

    bu: str
    index: int  # 1-based position among the run's business units
    total: int


@dataclass(frozen=True)
class ConnectionStarted:
    attempt: int
    max_attempts: int
    host: str
    port: int


@dataclass(frozen=True)
class Connected:
    host: str
    port: int
    cipher: str


@dataclass(frozen=True)
class RemoteResolved:
    bu: str
    remote_dir: str
    outputs_dir: str
    logs_dir: str | None
    tried: tuple[str, ...]


@dataclass(frozen=True)
class FileStarted:
    file: FileRef
    size: int
    index: int  # 1-based position among the files to send
    total: int
    resume_offset: int = 0


@dataclass(frozen=True)
class FileProgress:
    file: FileRef
    bytes_done: int
    size: int


@dataclass(frozen=True)
class FileDone:
    file: FileRef
    size: int
    remote_path: str
    verified: bool  # False when the server refused the size check after writing
    sha256: str = ""  # hex digest of the bytes sent, for the run history


@dataclass(frozen=True)
class FileSkipped:
    file: FileRef
    reason: str


@dataclass(frozen=True)
class FileFailed:
    file: FileRef
    kind: ErrorKind
    message: str
    hint: str


@dataclass(frozen=True)
class RetryScheduled:
    attempt: int  # the attempt that failed
    max_attempts: int
    delay: float  # seconds before the next attempt
    kind: ErrorKind
    cause: str

    @property
    def next_attempt(self) -> int:
        return self.attempt + 1


@dataclass(frozen=True)
class RunWarning:
    message: str


@dataclass(frozen=True)
class SessionReopened:
    """The server closed an idle SFTP session; a new one was opened on the same
    connection. This is not a failed attempt and uses none of the retry budget."""

    reason: str


class FileStatus(enum.StrEnum):
    """Where a file stands at the end of a run."""

    VERIFIED = "verified"  # on the server under its final name, size checked
    UPLOADED = "uploaded"  # on the server, but the server refused the size check
    SKIPPED = "skipped"  # left out on purpose (owner file, OS litter, link...)
    FAILED = "failed"  # not on the server; the detail says why
    PENDING = "pending"  # not tried: the run ended before this file

    @property
    def reached_server(self) -> bool:
        return self in (FileStatus.VERIFIED, FileStatus.UPLOADED)


@dataclass(frozen=True)
class FileOutcome:
    """One file at the end of a run.

    ``bytes_sent`` counts the file's bytes handed to the connection over all attempts,
    so a resumed or repeated transfer shows what it cost; ``attempts`` is how many of the
    run's attempts tried this file; ``resumed_from`` is the offset the last try started
    at (0: from the beginning); ``kind`` is set for a failed file.
    """

    file: FileRef
    status: FileStatus
    size: int
    detail: str = ""
    remote_path: str = ""
    bytes_sent: int = 0
    attempts: int = 0
    resumed_from: int = 0
    kind: ErrorKind | None = None
    sha256: str = ""  # hex digest of the bytes sent; empty when nothing was sent


@dataclass(frozen=True)
class RunSummary:
    bu: str
    remote_dir: str | None
    outcomes: tuple[FileOutcome, ...] = field(default_factory=tuple)
    attempts: int = 0

    def count(self, status: FileStatus) -> int:
        return sum(1 for outcome in self.outcomes if outcome.status == status)

    @property
    def reached_server(self) -> tuple[FileOutcome, ...]:
        return tuple(o for o in self.outcomes if o.status.reached_server)

    @property
    def bytes_sent(self) -> int:
        return sum(outcome.bytes_sent for outcome in self.outcomes)

    @property
    def shared_failure(self) -> ErrorKind | None:
        """The kind with which every file the run tried failed, when all failed alike.

        Files left out on purpose do not count. As with several business units, a run
        where nothing got through for one reason (a read-only server, renames refused)
        is that reason, not "some files failed"; None when any file got through, or the
        failures differ.
        """
        tried = [o for o in self.outcomes if o.status is not FileStatus.SKIPPED]
        kinds = {o.kind for o in tried}
        if not tried or len(kinds) != 1:
            return None
        if any(o.status is not FileStatus.FAILED for o in tried):
            return None
        return kinds.pop()


@dataclass(frozen=True)
class RunFinished:
    summary: RunSummary


@dataclass(frozen=True)
class RunFailed:
    kind: ErrorKind
    message: str
    hint: str
    summary: RunSummary


Event = (
    BUStarted
    | ConnectionStarted
    | Connected
    | RemoteResolved
    | FileStarted
    | FileProgress
    | FileDone
    | FileSkipped
    | FileFailed
    | RetryScheduled
    | RunWarning
    | SessionReopened
    | RunFinished
    | RunFailed
)
EventSink = Callable[[Event], None]
