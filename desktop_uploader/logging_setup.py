"""Log files: one per run under the platformdirs log folder, secrets scrubbed."""

from __future__ import annotations

import logging
import os
import re
import time
from collections.abc import Iterable
from pathlib import Path

from desktop_uploader import paths

log = logging.getLogger(__name__)

RUN_LOGS_KEPT = 50
_FORMAT = "%(asctime)s %(levelname)-7s %(name)s: %(message)s"
_secrets: set[str] = set()
_FORMATTER = logging.Formatter()
_run_handler: logging.Handler | None = None


def register_secret(value: str) -> None:
    """Make the redacting filter blank this value wherever it would appear in a log."""
    if value:
        _secrets.add(value)


_ASSIGNMENT = re.compile(r"(?i)(password|passphrase|secret)(\s*[=:]\s*)\S+")


def scrub(text: str, extra_secrets: Iterable[str] = ()) -> str:
    """Blank the registered secrets, ``extra_secrets`` and password-looking assignments.

    The longest secret goes first, so one that contains another is blanked whole.
    """
    for secret in sorted({*_secrets, *extra_secrets} - {""}, key=len, reverse=True):
        text = text.replace(secret, "***")
    return _ASSIGNMENT.sub(r"\1\2***", text)


class RedactingFilter(logging.Filter):
    """Replaces known secrets and password-looking assignments in every record."""

    def filter(self, record: logging.LogRecord) -> bool:
        record.msg, record.args = scrub(record.getMessage()), None
        # A traceback repeats the exception's message, which may quote a secret: it is
        # formatted here, scrubbed, and kept as exc_text, which formatters print as is.
        if record.exc_info and not record.exc_text:
            record.exc_text = _FORMATTER.formatException(record.exc_info)
        if record.exc_text:
            record.exc_text = scrub(record.exc_text)
        if record.stack_info:
            record.stack_info = scrub(record.stack_info)
        return True


# A line of paramiko's packet dump ("hexdump"): packets before encryption, so the
# password in clear. The app never switches the dump on; a line of it is never written.
_PACKET_DUMP = re.compile(r"(IN|OUT): [0-9A-F]{2}( |$)")


class ParamikoFilter(logging.Filter):
    """paramiko's records as the run log wants them.

    paramiko's transport thread logs each failure it sees at ERROR, with its full
    traceback: a busy server's banner error, which the engine retries and reports in
    its own words, would fill the log with alarming ERROR lines. They are kept for
    support, lowered to DEBUG. Packet dumps are dropped, whatever turned them on.
    """

    def filter(self, record: logging.LogRecord) -> bool:
        if not record.name.startswith("paramiko"):
            return True
        if _PACKET_DUMP.match(record.getMessage()):
            return False
        if record.levelno >= logging.ERROR:
            record.levelno, record.levelname = logging.DEBUG, logging.getLevelName(logging.DEBUG)
        return True


def start_run_log(face: str, *, debug_paramiko: bool = False) -> Path:
    """Send the app's log records to a new file for this run and return its path.

    Args:
        face: "gui" or "cli", part of the file name.
        debug_paramiko: also record paramiko's own debug log (secrets still scrubbed,
            packet dumps never written).
    """
    global _run_handler
    folder = paths.log_dir()
    _restrict_to_owner(folder)
    # The process id keeps two runs started in the same second apart.
    log_file = folder / f"{time.strftime('%Y%m%d-%H%M%S')}-{os.getpid()}-{face}.log"
    try:
        _create_private(log_file)
        handler = logging.FileHandler(log_file, encoding="utf-8")
    except OSError as exc:
        # A folder that exists but cannot be written: a read-only home, for instance.
        raise paths.AppFolderError(folder, exc) from None
    handler.setFormatter(logging.Formatter(_FORMAT))
    # In this order: the paramiko filter reads the message before it is redacted.
    handler.addFilter(ParamikoFilter())
    handler.addFilter(RedactingFilter())

    root = logging.getLogger()
    root.setLevel(logging.INFO)
    logging.getLogger("desktop_uploader").setLevel(logging.DEBUG)
    if _run_handler is not None:
        # A process that runs twice (tests, a second upload) keeps one file per run.
        root.removeHandler(_run_handler)
        _run_handler.close()
    root.addHandler(handler)
    _run_handler = handler
    paramiko_level = logging.DEBUG if debug_paramiko else logging.WARNING
    logging.getLogger("paramiko").setLevel(paramiko_level)
    logging.getLogger("asyncssh").setLevel(logging.WARNING)
    _prune_old_logs(folder)
    return log_file


def _restrict_to_owner(folder: Path) -> None:
    # The file names alone tell when the app ran; the folder is the owner's business.
    try:
        folder.chmod(0o700)
    except OSError as exc:
        log.info("Log folder %s keeps its mode: %s", folder, exc)


def _create_private(log_file: Path) -> None:
    """Create the log file readable by its owner alone.

    A run log holds no secret, but it names the server, the login and the local
    folders: other accounts of a shared computer have no business reading it.
    """
    descriptor = os.open(log_file, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
    os.close(descriptor)


def _prune_old_logs(folder: Path) -> None:
    logs = sorted(folder.glob("*.log"))
    for old in logs[:-RUN_LOGS_KEPT]:
        old.unlink(missing_ok=True)
