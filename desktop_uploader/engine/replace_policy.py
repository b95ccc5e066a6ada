"""What happens to a file that is already on the server: the replace policy.

One decision serves both the upload and its preview, so a dry run shows exactly what
the upload then does. The comparison uses size and modification time: the upload sets
each file's remote modification time to the local one (where the server allows it),
so a file sent once and not touched since compares as unchanged.
"""

from __future__ import annotations

import enum
import logging
import posixpath
import stat
from dataclasses import dataclass

import paramiko

from desktop_uploader.engine.connection import Session
from desktop_uploader.engine.local_files import LocalFile
from desktop_uploader.engine.settings import ReplacePolicy
from desktop_uploader.engine.sftp_requests import Reply, setstat_unwaited
from desktop_uploader.engine.texts import QT_TRANSLATE_NOOP

log = logging.getLogger(__name__)

UNCHANGED_REASON = QT_TRANSLATE_NOOP("Messages", "unchanged on the server")
NEVER_REASON = QT_TRANSLATE_NOOP("Messages", "already on the server, policy: never replace")
SENT_AGAIN_NOTE = QT_TRANSLATE_NOOP("Messages", "sent again (policy: always replace)")
# Told once per BU when the server refuses the files' times under "when changed".
TIMES_REFUSED_WARNING = QT_TRANSLATE_NOOP(
    "Messages",
    "The server does not keep the files' modification times, so “Replace only when "
    "changed” cannot recognize unchanged files: every file will be sent again next time.",
)
# The reasons a file is left out because of the policy, not because of its name.
POLICY_REASONS = (UNCHANGED_REASON, NEVER_REASON)
NANOSECONDS = 1_000_000_000

__all__ = ["Decision", "FileAction", "ReplacePolicy", "decide", "lookup", "send_remote_mtime"]


class FileAction(enum.StrEnum):
    """What the upload does with one local file."""

    NEW = "new"  # no file of that name on the server yet: sent
    UNCHANGED = "unchanged"  # same size and time on the server, sent again anyway
    REPLACES = "replaces"  # a different file of that name is on the server: replaced
    SKIPPED = "skipped"  # not sent; the reason says why

    @property
    def sends(self) -> bool:
        return self is not FileAction.SKIPPED


@dataclass(frozen=True)
class Decision:
    """The policy's answer for one file, with what the server holds under its name."""

    action: FileAction
    remote_size: int | None = None  # set when a file of that name is on the server
    remote_mtime: int | None = None  # seconds since the epoch, as the server reports
    reason: str = ""  # why it is skipped, or a note about the remote entry


def remote_seconds(mtime_ns: int) -> int:
    """A local modification time in the whole seconds that SFTP (version 3) carries."""
    return mtime_ns // NANOSECONDS


def is_unchanged(local: LocalFile, entry: paramiko.SFTPAttributes) -> bool:
    """Whether the remote entry has the local file's size and modification second."""
    mtime = entry.st_mtime
    same_time = mtime is not None and int(mtime) == remote_seconds(local.mtime_ns)
    return entry.st_size == local.size and same_time


def decide(
    local: LocalFile, entry: paramiko.SFTPAttributes | None, policy: ReplacePolicy
) -> Decision:
    """What the upload does with ``local``, given the remote entry of the same name.

    Args:
        local: the local file, with its current size and modification time.
        entry: the server's entry under the file's name; None when there is none.
        policy: the replace policy of the run.

    Returns:
        NEW, UNCHANGED or REPLACES when the file is sent; SKIPPED with the reason when
        the policy leaves it out. The remote size and time are set whenever the
        server has an entry of that name.
    """
    if entry is None:
        return Decision(FileAction.NEW)
    size, mtime = entry.st_size, entry.st_mtime
    if policy is ReplacePolicy.NEVER:
        return Decision(FileAction.SKIPPED, size, mtime, NEVER_REASON)
    if not stat.S_ISREG(entry.st_mode or 0):
        note = QT_TRANSLATE_NOOP(
            "Messages",
            "{path} on the server is not a regular file; the upload will fail for it",
        ).format(path=posixpath.join(local.folder, local.name))
        return Decision(FileAction.REPLACES, size, mtime, note)
    if not is_unchanged(local, entry):
        return Decision(FileAction.REPLACES, size, mtime)
    if policy is ReplacePolicy.WHEN_CHANGED:
        return Decision(FileAction.SKIPPED, size, mtime, UNCHANGED_REASON)
    return Decision(FileAction.UNCHANGED, size, mtime, SENT_AGAIN_NOTE)


def lookup(
    sftp: paramiko.SFTPClient,
    folder: str,
    name: str,
    entries: dict[str, paramiko.SFTPAttributes] | None,
    policy: ReplacePolicy,
) -> paramiko.SFTPAttributes | None:
    """The server's entry for one file name, from the folder's listing when there is one.

    ``entries`` is None when the server refused to list the folder. With a policy that
    keeps files, the file is then asked for by name, so that "never replace" still holds
    on such a server; a refused ``stat`` too leaves the file looking absent.

    Raises:
        OSError: the request failed otherwise (connection lost included).
    """
    if entries is not None:
        return entries.get(name)
    if policy is ReplacePolicy.ALWAYS:
        return None
    path = posixpath.join(folder, name)
    try:
        return sftp.stat(path)
    except FileNotFoundError:
        return None
    except PermissionError:
        log.warning("The server shows neither the listing nor the size of %s", path)
        return None


def send_remote_mtime(session: Session, path: str, mtime_ns: int) -> Reply:
    """Give a remote file the local modification time, without waiting for the answer:
    :func:`settle_remote_mtime` reads it."""
    times = paramiko.SFTPAttributes()
    times.st_atime = times.st_mtime = remote_seconds(mtime_ns)
    return setstat_unwaited(session.sftp, path, times)


def settle_remote_mtime(session: Session, path: str, reply: Reply) -> bool:
    """The answer to :func:`send_remote_mtime`: a refusal is logged, not raised.

    Returns:
        True when the server accepted the time.

    Raises:
        OSError, EOFError, paramiko.SSHException: the connection failed.
    """
    try:
        reply.wait()
    except OSError as exc:
        # A refusal is the server's answer on a live session; a timeout or a dead
        # session is a lost connection, for the retry policy to handle.
        if isinstance(exc, TimeoutError) or not session.is_alive():
            raise
        log.info("The server did not accept the modification time of %s: %s", path, exc)
        return False
    return True
