"""The local side: which files of a business unit's folders are sent, and which are not."""

from __future__ import annotations

import fnmatch
import logging
import os
import stat
from dataclasses import dataclass
from pathlib import Path

from desktop_uploader.engine.errors import BadInputError
from desktop_uploader.engine.part_names import is_temporary_name
from desktop_uploader.engine.settings import UploadJob
from desktop_uploader.engine.texts import QT_TRANSLATE_NOOP

log = logging.getLogger(__name__)

OUTPUTS = "outputs"
LOGS = "logs"
# Files that are never sent named at most in the message of a folder holding only them.
NAMED_SKIPS = 5


@dataclass(frozen=True)
class LocalFile:
    """A regular file to send, with its size and mtime when the folder was scanned."""

    folder: str  # OUTPUTS or LOGS: the remote sub-folder it goes to
    path: Path
    size: int
    mtime_ns: int

    @property
    def name(self) -> str:
        return self.path.name


@dataclass(frozen=True)
class SkippedFile:
    folder: str
    name: str
    reason: str


@dataclass(frozen=True)
class LocalPlan:
    """What a business unit's upload will send and leave out, in upload order."""

    files: tuple[LocalFile, ...]
    skipped: tuple[SkippedFile, ...]
    warnings: tuple[str, ...]

    @property
    def total_bytes(self) -> int:
        return sum(f.size for f in self.files)


def plan_job(job: UploadJob) -> LocalPlan:
    """Scan a job's outputs folder, then its logs folder.

    Returns:
        The files to send (outputs first, each folder sorted by name), the skipped
        entries with their reasons, and warnings (a missing logs folder).

    Raises:
        BadInputError: the outputs folder is missing, is not a folder, or holds no file
            to send.
    """
    outputs_files, outputs_skipped = scan_folder(_checked_outputs(job), OUTPUTS, job)
    if not outputs_files:
        raise _nothing_to_upload(job, outputs_skipped)
    logs_files, logs_skipped, warnings = _scan_logs(job)
    return LocalPlan(
        files=tuple(outputs_files + logs_files),
        skipped=tuple(outputs_skipped + logs_skipped),
        warnings=tuple(warnings),
    )


def _nothing_to_upload(job: UploadJob, skipped: list[SkippedFile]) -> BadInputError:
    hint = QT_TRANSLATE_NOOP(
        "Messages",
        "Run the pipeline for this business unit first, or choose its outputs folder.",
    )
    if not skipped:
        message = QT_TRANSLATE_NOOP("Messages", "Nothing to upload: {folder} holds no result file.")
        return BadInputError(message.format(folder=job.outputs_dir), hint)
    # Lock files, temporary files, sub-folders: named, so that the analyst sees what
    # the folder holds and that none of it is a result.
    names = ", ".join(item.name for item in skipped[:NAMED_SKIPS])
    if len(skipped) > NAMED_SKIPS:
        names += ", …"
    message = QT_TRANSLATE_NOOP(
        "Messages", "Nothing to upload: {folder} holds only what is never sent: {names}."
    )
    return BadInputError(message.format(folder=job.outputs_dir, names=names), hint)


def _checked_outputs(job: UploadJob) -> Path:
    if not job.outputs_dir.is_dir():
        message = QT_TRANSLATE_NOOP(
            "Messages", "The outputs folder {folder} does not exist or is not a folder."
        )
        hint = QT_TRANSLATE_NOOP(
            "Messages", "Choose the folder the pipeline writes, such as app/outputs/{bu}."
        )
        raise BadInputError(message.format(folder=job.outputs_dir), hint.format(bu=job.bu))
    return job.outputs_dir


def _scan_logs(job: UploadJob) -> tuple[list[LocalFile], list[SkippedFile], list[str]]:
    if job.logs_dir is None:
        return [], [], []
    if not job.logs_dir.is_dir():
        warning = QT_TRANSLATE_NOOP(
            "Messages", "No logs folder at {folder}: only the outputs are uploaded."
        ).format(folder=job.logs_dir)
        log.warning("%s", warning)
        return [], [], [warning]
    files, skipped = scan_folder(job.logs_dir, LOGS, job)
    return files, skipped, []


def scan_folder(
    folder: Path, remote_folder: str, job: UploadJob
) -> tuple[list[LocalFile], list[SkippedFile]]:
    """The regular files directly inside a folder, and the entries left out with a reason.

    Sub-folders, links and special files are never sent: a link could point anywhere on
    the analyst's disk, and a pipe or device would block or never end.
    """
    files: list[LocalFile] = []
    skipped: list[SkippedFile] = []
    with os.scandir(folder) as entries:
        for entry in sorted(entries, key=lambda e: e.name):
            reason = skip_reason(entry, job.skip_patterns)
            if reason:
                # A skipped name is only ever shown: made printable, it cannot break a
                # log line, the console's encoding or the window's table.
                skipped.append(SkippedFile(remote_folder, visible_name(entry.name), reason))
                continue
            info = entry.stat(follow_symlinks=False)
            files.append(LocalFile(remote_folder, Path(entry.path), info.st_size, info.st_mtime_ns))
    return files, skipped


# Excel's owner files ("~$Book.xlsx") name who has a workbook open; never results.
EXCEL_OWNER_PREFIX = "~$"
EXCEL_OWNER_PATTERN = "~$*"


def skip_reason(entry: os.DirEntry[str], patterns: tuple[str, ...]) -> str | None:
    """Why an entry is not uploaded, or None when it is."""
    if entry.is_symlink():
        return QT_TRANSLATE_NOOP("Messages", "link (not followed)")
    if entry.is_dir(follow_symlinks=False):
        return QT_TRANSLATE_NOOP("Messages", "sub-folder (not uploaded)")
    if not stat.S_ISREG(entry.stat(follow_symlinks=False).st_mode):
        return QT_TRANSLATE_NOOP("Messages", "not a regular file")
    if not _name_is_printable(entry.name):
        return QT_TRANSLATE_NOOP(
            "Messages", "name with control characters or bytes that are not valid text"
        )
    problem = remote_name_problem(entry.name)
    if problem:
        return problem
    if is_temporary_name(entry.name):
        # Whatever the profile's patterns: on the server, a later run would take this
        # file for one of its own unfinished uploads and remove it.
        return QT_TRANSLATE_NOOP(
            "Messages", "named like this app's temporary upload files, not uploaded"
        )
    if entry.name.startswith(EXCEL_OWNER_PREFIX):
        # Whatever the profile's patterns: a profile that lists its own patterns
        # replaces the defaults, and an owner file matches a consumer's *.xlsx.
        return describe_pattern(EXCEL_OWNER_PATTERN)
    pattern = matching_pattern(entry.name, patterns)
    if pattern:
        return describe_pattern(pattern)
    return None


# Plain words for the default patterns; a pattern of a profile's own is shown as it is.
_PATTERN_WORDS = {
    "~$*": QT_TRANSLATE_NOOP("Messages", "Excel lock file (open or left by Excel)"),
    "~*.tmp": QT_TRANSLATE_NOOP("Messages", "Office temporary file"),
    "[0-9a-f]" * 8: QT_TRANSLATE_NOOP("Messages", "Excel temporary save file"),
    "*.tmp": QT_TRANSLATE_NOOP("Messages", "temporary file"),
    ".~lock.*#": QT_TRANSLATE_NOOP("Messages", "LibreOffice lock file"),
    "*.swp": QT_TRANSLATE_NOOP("Messages", "editor temporary file"),
    "*~": QT_TRANSLATE_NOOP("Messages", "editor backup file"),
    ".DS_Store": QT_TRANSLATE_NOOP("Messages", "macOS folder settings file"),
    "Thumbs.db": QT_TRANSLATE_NOOP("Messages", "Windows thumbnail cache"),
    "desktop.ini": QT_TRANSLATE_NOOP("Messages", "Windows folder settings file"),
}


def describe_pattern(pattern: str) -> str:
    """Why a file matching a skip pattern is left out, in an analyst's words."""
    words = _PATTERN_WORDS.get(pattern)
    if words:
        return QT_TRANSLATE_NOOP("Messages", "{what}, not uploaded").format(what=words)
    return QT_TRANSLATE_NOOP("Messages", "temporary or system file ({pattern})").format(
        pattern=pattern
    )


def matching_pattern(name: str, patterns: tuple[str, ...]) -> str | None:
    """The first skip pattern that matches a file name, compared case-insensitively."""
    lowered = name.lower()
    for pattern in patterns:
        if fnmatch.fnmatchcase(lowered, pattern.lower()):
            return pattern
    return None


def _name_is_printable(name: str) -> bool:
    # A newline or escape in a name would let a file masquerade as another in logs
    # and listings; such files are left for the analyst to rename. Bytes that are not
    # valid in the file system's encoding arrive as lone surrogates, which are not
    # printable either.
    return name.isprintable()


def remote_name_problem(name: str) -> str | None:
    """Why a file name cannot be used as a name inside the remote folder, or None.

    The remote path of a file is its folder joined with this name, so a name must be
    one plain path component: never empty, "." or "..", and without "/" or "\\" (some
    SFTP servers on Windows read a backslash as a folder separator).
    """
    if name in ("", ".", ".."):
        return QT_TRANSLATE_NOOP("Messages", "not a file name")
    if "/" in name or "\\" in name or "\0" in name:
        return QT_TRANSLATE_NOOP(
            "Messages", "name with a slash or backslash (could leave the remote folder)"
        )
    return None


def visible_name(name: str) -> str:
    """A name safe to print: unprintable characters and undecodable bytes as escapes."""
    return "".join(ch if ch.isprintable() else _escaped(ch) for ch in name)


def _escaped(ch: str) -> str:
    code = ord(ch)
    if 0xDC80 <= code <= 0xDCFF:
        # os.fsdecode turns each undecodable byte into one of these surrogates.
        return f"\\x{code - 0xDC00:02x}"
    return ascii(ch)[1:-1]
