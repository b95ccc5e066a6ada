"""What an upload would do, found without changing anything on the server (a dry run).

One connection resolves each business unit's remote folder without creating it, lists
the remote ``outputs/`` and ``logs/`` folders, and compares each local file with what
is there, deciding each file as the upload would under the job's replace policy (see
``replace_policy``), and noting where an earlier, unfinished upload left off. Only
``stat`` and directory listings are sent: never an open for writing, a ``mkdir``, a
rename, a remove or a change of attributes.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Sequence
from dataclasses import dataclass

import paramiko

from desktop_uploader.engine.connection import Session, open_session
from desktop_uploader.engine.errors import (
    ErrorKind,
    UploadCancelled,
    UploadError,
    classify,
    hint_for,
)
from desktop_uploader.engine.host_keys import HostKeyDecision
from desktop_uploader.engine.local_files import LOGS, OUTPUTS, LocalFile, LocalPlan, plan_job
from desktop_uploader.engine.local_reads import Snapshot
from desktop_uploader.engine.remote_files import part_name
from desktop_uploader.engine.remote_paths import FolderClaims, resolve_target
from desktop_uploader.engine.replace_policy import FileAction, ReplacePolicy, decide, lookup
from desktop_uploader.engine.settings import Credentials, ServerSettings, UploadJob
from desktop_uploader.engine.texts import QT_TRANSLATE_NOOP

log = logging.getLogger(__name__)

__all__ = ["BUPreview", "FileAction", "Preview", "PreviewFile", "preview_uploads"]


@dataclass(frozen=True)
class PreviewFile:
    folder: str  # "outputs" or "logs"
    name: str
    size: int  # the local size; 0 for an entry left out by its name
    action: FileAction  # what the upload does: SKIPPED when it does not send the file
    remote_size: int | None = None  # set when a file of that name is on the server
    remote_mtime: int | None = None  # seconds since the epoch, as the server reports
    reason: str = ""  # why it is skipped, or a note about the remote entry

    @property
    def sends(self) -> bool:
        return self.action.sends


@dataclass(frozen=True)
class PreviewProblem:
    """Why a business unit, or the whole preview, could not be looked at."""

    kind: ErrorKind
    message: str
    hint: str


@dataclass(frozen=True)
class BUPreview:
    bu: str
    remote_dir: str | None = None  # None when no remote folder was found
    tried: tuple[str, ...] = ()
    files: tuple[PreviewFile, ...] = ()
    warnings: tuple[str, ...] = ()
    problem: PreviewProblem | None = None

    def count(self, action: FileAction) -> int:
        return sum(1 for file in self.files if file.action is action)


@dataclass(frozen=True)
class Preview:
    units: tuple[BUPreview, ...] = ()
    cipher: str = ""
    failure: PreviewProblem | None = None  # the connection itself failed

    @property
    def ok(self) -> bool:
        return self.failure is None and all(unit.problem is None for unit in self.units)


def preview_uploads(
    jobs: Sequence[UploadJob],
    server: ServerSettings,
    credentials: Credentials,
    cancel: threading.Event,
    *,
    confirm_host_key: HostKeyDecision | None = None,
    pinned_fingerprint: str | None = None,
) -> Preview:
    """Tell, per business unit and file, what an upload would do; change nothing.

    A dry run makes a single attempt: there is nothing to resume, so a network error is
    reported rather than retried.

    Args:
        jobs: the business units and their local folders.
        server: where to connect.
        credentials: how to log in.
        cancel: set it to stop; the preview then fails with the kind CANCELLED.
        confirm_host_key: asked about an unknown server key; None refuses unknown keys.
        pinned_fingerprint: the "SHA256:..." key the server must have.

    Returns:
        One BUPreview per job, in order; a BU whose local folder or remote folder is
        wrong carries a problem. ``failure`` is set when the connection failed, and then
        the units hold only what was found locally.
    """
    plans: dict[str, LocalPlan] = {}
    policies = {job.bu: job.replace_policy for job in jobs}
    local_problems: dict[str, BUPreview] = {}
    for job in jobs:
        try:
            plans[job.bu] = plan_job(job)
        except UploadError as exc:
            local_problems[job.bu] = BUPreview(job.bu, problem=_problem_of(exc, cancel))
    looked_at: dict[str, BUPreview] = {}
    failure, cipher = None, ""
    if plans:
        try:
            with open_session(
                server,
                credentials,
                cancel,
                confirm_host_key=confirm_host_key,
                pinned_fingerprint=pinned_fingerprint,
            ) as session:
                cipher = session.cipher
                claims = FolderClaims(server.remote_base, list(plans))
                for bu, plan in plans.items():
                    looked_at[bu] = _preview_bu(session, server, bu, plan, policies[bu], claims)
        except Exception as exc:  # noqa: BLE001 - reported to the user, not raised
            failure = _problem_of(exc, cancel)
    units = [
        local_problems.get(job.bu) or looked_at.get(job.bu) or _local_only(job.bu, plans[job.bu])
        for job in jobs
    ]
    return Preview(tuple(units), cipher, failure)


def _problem_of(exc: BaseException, cancel: threading.Event) -> PreviewProblem:
    verdict = classify(UploadCancelled() if cancel.is_set() else exc)
    if verdict.kind is ErrorKind.NETWORK and not verdict.retryable:
        log.error("Unexpected error during the preview", exc_info=exc)
    hint = hint_for(exc, verdict.kind)
    return PreviewProblem(verdict.kind, verdict.message, hint)


def _local_only(bu: str, plan: LocalPlan) -> BUPreview:
    """What is known of a BU from the local side alone, when the server was not asked."""
    return BUPreview(bu, files=_skipped(plan), warnings=plan.warnings)


def _preview_bu(
    session: Session,
    server: ServerSettings,
    bu: str,
    plan: LocalPlan,
    policy: ReplacePolicy,
    claims: FolderClaims,
) -> BUPreview:
    try:
        # create=False: resolve_target then only stats and lists, it never makes folders.
        target = resolve_target(session.sftp, server.remote_base, bu, create=False)
        claims.claim(bu, target.bu_dir)
    except UploadError as exc:
        problem = PreviewProblem(exc.kind, exc.message, exc.hint)
        return BUPreview(bu, files=_skipped(plan), warnings=plan.warnings, problem=problem)
    warnings = list(plan.warnings)
    listings = {
        folder: _listing(session.sftp, target.folder(folder), warnings)
        for folder in (OUTPUTS, LOGS)
        if any(local.folder == folder for local in plan.files)
    }
    files = [
        _compare(local, listings[local.folder], policy, session.sftp, target.folder(local.folder))
        for local in plan.files
    ]
    return BUPreview(
        bu,
        target.bu_dir,
        target.tried,
        tuple(files) + _skipped(plan),
        tuple(warnings),
    )


def _skipped(plan: LocalPlan) -> tuple[PreviewFile, ...]:
    return tuple(
        PreviewFile(s.folder, s.name, 0, FileAction.SKIPPED, reason=s.reason) for s in plan.skipped
    )


def _listing(
    sftp: paramiko.SFTPClient, folder: str, warnings: list[str]
) -> dict[str, paramiko.SFTPAttributes] | None:
    """A remote folder's entries by name: empty when the folder does not exist yet,
    None when the server does not let it be read (as the upload's own listing)."""
    try:
        return {entry.filename: entry for entry in sftp.listdir_attr(folder)}
    except FileNotFoundError:
        message = QT_TRANSLATE_NOOP(
            "Messages", "{folder} does not exist yet; the upload will create it."
        )
        warnings.append(message.format(folder=folder))
        return {}
    except PermissionError:
        message = QT_TRANSLATE_NOOP(
            "Messages",
            "The server refuses to list {folder}: files already there cannot be seen, so "
            "every file is shown as new unless the replace policy asks for it by name.",
        )
        warnings.append(message.format(folder=folder))
    except UnicodeDecodeError:
        # A name that is not UTF-8 makes paramiko's whole listing unreadable.
        message = QT_TRANSLATE_NOOP(
            "Messages",
            "{folder} holds a name that is not UTF-8, so its listing cannot be read: every "
            "file is shown as new unless the replace policy asks for it by name.",
        )
        warnings.append(message.format(folder=folder))
    return None


def _compare(
    local: LocalFile,
    remote: dict[str, paramiko.SFTPAttributes] | None,
    policy: ReplacePolicy = ReplacePolicy.ALWAYS,
    sftp: paramiko.SFTPClient | None = None,
    folder: str = "",
) -> PreviewFile:
    """The upload's decision for one file (``replace_policy.decide``), as a preview row."""
    entry = remote.get(local.name) if remote is not None else None
    if remote is None and sftp is not None:
        entry = lookup(sftp, folder, local.name, None, policy)
    found = decide(local, entry, policy)
    reason = found.reason
    if found.action.sends and not reason and remote:
        reason = _resume_note(local, remote) or reason
    return PreviewFile(
        local.folder,
        local.name,
        local.size,
        found.action,
        found.remote_size,
        found.remote_mtime,
        reason,
    )


def _resume_note(local: LocalFile, remote: dict[str, paramiko.SFTPAttributes]) -> str | None:
    """What an earlier, unfinished upload of this very local file left on the server.

    The upload continues from there when the part's end still matches the local file
    (see ``resume``); the preview only reads the listing, so it says "continues".
    """
    part = remote.get(part_name(local.name, Snapshot(local.size, local.mtime_ns)))
    kept = part.st_size if part is not None else None
    if not kept or kept > local.size:
        return None
    note = QT_TRANSLATE_NOOP(
        "Messages",
        "an earlier upload left {kept:,} of its {size:,} bytes on the server; "
        "the upload continues from there",
    )
    return note.format(kept=kept, size=local.size)
