"""The remote side: which folder a business unit lives in, and its outputs/ and logs/."""

from __future__ import annotations

import contextlib
import logging
import posixpath
import stat
from collections.abc import Iterable
from dataclasses import dataclass

import paramiko

from desktop_uploader.engine.bu import remote_candidates
from desktop_uploader.engine.errors import (
    BadInputError,
    RemoteNotFoundError,
    RemotePermissionError,
)
from desktop_uploader.engine.local_files import LOGS, OUTPUTS
from desktop_uploader.engine.texts import QT_TRANSLATE_NOOP

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class RemoteTarget:
    bu_dir: str
    outputs_dir: str
    logs_dir: str
    tried: tuple[str, ...]

    def folder(self, name: str) -> str:
        return self.outputs_dir if name == OUTPUTS else self.logs_dir


class FolderClaims:
    """Which business unit of a run each remote folder belongs to.

    Two local folders can resolve to one remote folder: ``italy_parmalat`` falls back
    to ``italy__parmalat`` when only that spelling exists on the server. Sending both
    would let one silently replace the other's files. The unit named exactly like the
    folder keeps it, whichever comes first in the run; the other is refused.
    """

    def __init__(self, remote_base: str, bus: Iterable[str]) -> None:
        self._owners: dict[str, str] = {}
        # Each unit's own folder: a unit that falls back to another spelling never
        # takes the folder of a unit of the run named exactly so.
        for bu in bus:
            with contextlib.suppress(BadInputError):  # refused on its own, later
                self._owners[remote_candidates(remote_base, bu)[0]] = bu

    def claim(self, bu: str, bu_dir: str) -> None:
        """Record that ``bu`` goes to ``bu_dir``.

        Raises:
            BadInputError: ``bu_dir`` belongs to another business unit of this run.
        """
        owner = self._owners.setdefault(bu_dir, bu)
        if owner == bu:
            return
        message = QT_TRANSLATE_NOOP(
            "Messages",
            "Business units {first} and {second} both go to {folder} on the server; "
            "{second} was not sent, so that it cannot replace the files of {first}.",
        )
        hint = QT_TRANSLATE_NOOP(
            "Messages",
            "Send one of them per run, or ask IT which of the two folders is the right one.",
        )
        raise BadInputError(message.format(first=owner, second=bu, folder=bu_dir), hint)


def resolve_target(
    sftp: paramiko.SFTPClient, remote_base: str, bu: str, *, create: bool = True
) -> RemoteTarget:
    """Find the business unit's remote folder and make sure outputs/ and logs/ exist.

    Args:
        create: create missing outputs/ and logs/ folders; False only looks (dry run).

    Raises:
        RemoteNotFoundError: no candidate folder exists; the message lists every path tried.
        RemotePermissionError: a folder cannot be read or created; the message names it.
    """
    tried = remote_candidates(remote_base, bu)
    bu_dir = _first_existing_dir(sftp, tried, bu)
    outputs_dir = posixpath.join(bu_dir, OUTPUTS)
    logs_dir = posixpath.join(bu_dir, LOGS)
    if create:
        ensure_dir(sftp, outputs_dir)
        ensure_dir(sftp, logs_dir)
    log.info("Business unit %s goes to %s", bu, bu_dir)
    return RemoteTarget(bu_dir, outputs_dir, logs_dir, tried)


def _first_existing_dir(sftp: paramiko.SFTPClient, candidates: tuple[str, ...], bu: str) -> str:
    for candidate in candidates:
        if remote_dir_exists(sftp, candidate):
            return candidate
    message = QT_TRANSLATE_NOOP(
        "Messages",
        "No remote folder for business unit {bu}: tried {tried}. Without it, {outputs} "
        "cannot be created.",
    )
    outputs = posixpath.join(candidates[0], OUTPUTS)
    raise RemoteNotFoundError(message.format(bu=bu, tried=", ".join(candidates), outputs=outputs))


def remote_dir_exists(sftp: paramiko.SFTPClient, path: str) -> bool:
    """Whether a remote folder exists, also on servers that refuse ``stat``.

    Some servers forbid stat but allow listing; a refused stat must not be read as
    "missing", or the app would try to create folders that are already there.

    Raises:
        RemotePermissionError: the server refuses both stat and listing of the path.
    """
    try:
        return stat.S_ISDIR(sftp.stat(path).st_mode or 0)
    except FileNotFoundError:
        return False
    except PermissionError:
        log.info("The server refused stat on %s; listing it instead", path)
    try:
        sftp.listdir(path)
        return True
    except UnicodeDecodeError:
        # paramiko decodes every listed name as UTF-8; a name that is not (written by
        # another system) still proves the listing was answered, so the folder exists.
        return True
    except FileNotFoundError:
        return False
    except PermissionError:
        message = QT_TRANSLATE_NOOP("Messages", "The server refuses to show the folder {path}.")
        raise RemotePermissionError(message.format(path=path)) from None
    except OSError as exc:
        if exc.errno is None:  # a plain "Failure": the path is there but not a folder
            return False
        raise


def ensure_dir(sftp: paramiko.SFTPClient, path: str) -> None:
    """Create a remote folder when it is missing; an existing folder is reused.

    OpenSSH answers mkdir on an existing folder with a bare "Failure", so a failed
    mkdir is followed by another look before it counts as an error.
    """
    if remote_dir_exists(sftp, path):
        return
    try:
        sftp.mkdir(path)
        log.info("Created remote folder %s", path)
    except OSError as exc:
        if remote_dir_exists(sftp, path):
            return
        message = QT_TRANSLATE_NOOP(
            "Messages", "The remote folder {path} is missing and could not be created ({reason})."
        )
        reason = exc.strerror or str(exc)
        raise RemotePermissionError(message.format(path=path, reason=reason)) from None
