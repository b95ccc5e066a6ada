"""Files on the server: our hidden part files, sizes, and the rename into place.

A file being uploaded lives under a hidden temporary name in its target folder,
``.{name}.{tag}.part``, where the tag identifies the local file (name, size and
modification time); the shape itself is defined in ``part_names``. Only names of
exactly that shape are ever treated as ours: the engine removes nothing else on the
server.
"""

from __future__ import annotations

import errno
import hashlib
import logging
import posixpath
import stat
import time

import paramiko

from desktop_uploader.engine.connection import Session
from desktop_uploader.engine.errors import RemoteFileError
from desktop_uploader.engine.local_reads import Snapshot
from desktop_uploader.engine.part_names import (
    ASIDE_SUFFIX,
    PART_SUFFIX,
    TAG_LENGTH,
    kept_name,
    own_leftover_name,
)
from desktop_uploader.engine.sftp_requests import AttributesReply, Reply
from desktop_uploader.engine.texts import QT_TRANSLATE_NOOP, Text

log = logging.getLogger(__name__)

# A leftover untouched for this long belongs to no live upload: longer than the end of
# a file may take (3 x 60 s) plus the longest backoff wait (60 s) with the defaults.
LEFTOVER_IDLE_SECONDS = 600.0


def part_name(name: str, snapshot: Snapshot) -> str:
    """The hidden temporary name of a file's upload.

    It records the local size and modification time, so that a later attempt (or a
    later run) resumes only the upload of the very same local file, and a consumer's
    ``*.xlsx`` pattern never matches it.
    """
    identity = f"{name}\0{snapshot.size}\0{snapshot.mtime_ns}".encode("utf-8", "surrogatepass")
    tag = hashlib.sha256(identity).hexdigest()[:TAG_LENGTH]
    return f".{kept_name(name)}.{tag}{PART_SUFFIX}"


def aside_name(part: str) -> str:
    """Where the two-step rename parks the old version of a file (same tag as the part)."""
    return part[: -len(PART_SUFFIX)] + ASIDE_SUFFIX


class FolderListing:
    """A remote folder's entries, read once per attempt and only when needed.

    Listing a folder per file would cost a round trip and the whole listing for each
    of hundreds of logs; the entries change only through this attempt's own uploads.
    """

    def __init__(self, session: Session, path: str) -> None:
        self.session = session
        self.path = path
        self._entries: list[paramiko.SFTPAttributes] | None = None
        # Built once from the listing, which never changes: every file of a folder asks.
        self._by_name: dict[str, paramiko.SFTPAttributes] | None = None
        self._leftovers: dict[str, list[paramiko.SFTPAttributes]] | None = None
        self.refused = False
        # Names this attempt has opened for writing since the folder was listed.
        self.written: set[str] = set()

    def entries(self) -> list[paramiko.SFTPAttributes]:
        """The folder's entries; empty when the server refuses to list it.

        Raises:
            OSError: the listing failed for another reason (connection lost included).
        """
        if self._entries is None and not self.refused:
            try:
                self._entries = self.session.sftp.listdir_attr(self.path)
            except PermissionError:
                self.refused = True
            except UnicodeDecodeError:
                # paramiko cannot decode a name that is not UTF-8: handled like a
                # refused listing, never as a lost connection that retrying could fix.
                log.warning("The listing of %s holds a name that is not UTF-8", self.path)
                self.refused = True
        return self._entries or []

    def by_name(self) -> dict[str, paramiko.SFTPAttributes] | None:
        """The entries by file name; None when the server refused to list the folder.

        Raises:
            OSError: the listing failed for another reason (connection lost included).
        """
        entries = self.entries()
        if self.refused:
            return None
        if self._by_name is None:
            self._by_name = {entry.filename: entry for entry in entries}
        return self._by_name

    def leftovers_of(self, name: str) -> list[paramiko.SFTPAttributes]:
        """The entries with the shape of our part or parked files of the final ``name``,
        in listing order.

        Raises:
            OSError: the listing failed for another reason (connection lost included).
        """
        if self._leftovers is None:
            leftovers: dict[str, list[paramiko.SFTPAttributes]] = {}
            for entry in self.entries():
                kept = own_leftover_name(entry.filename)
                if kept is not None:
                    leftovers.setdefault(kept, []).append(entry)
            self._leftovers = leftovers
        return self._leftovers.get(kept_name(name), [])


def known_absent(listing: FolderListing | None, name: str) -> bool:
    """Whether ``name`` is surely not in the folder: absent from this attempt's listing
    and not written since. A refused or missing listing knows nothing."""
    if listing is None:
        return False
    entries = listing.by_name()
    return entries is not None and name not in entries and name not in listing.written


def clean_leftovers(
    session: Session,
    listing: FolderListing,
    name: str,
    own_part: str,
    idle_after: float = LEFTOVER_IDLE_SECONDS,
) -> None:
    """Remove earlier runs' part files of ``name`` that no upload can resume any more.

    A part with another tag was written from an older version of the local file, so it
    can never be resumed. Only our own name shape is touched, and only when the part
    has not changed for ``idle_after`` seconds: a part still growing belongs to an
    upload running elsewhere right now. A parked old version (``.replaced``) left by an
    interrupted two-step rename is put back when the final name is missing, else removed.
    """
    final = posixpath.join(listing.path, name)
    present = listing.by_name() or {}
    restored = False
    for entry in listing.leftovers_of(name):
        if entry.filename == own_part:
            continue
        if not stat.S_ISREG(entry.st_mode or 0) or _recently_changed(entry, idle_after):
            continue
        path = posixpath.join(listing.path, entry.filename)
        if entry.filename.endswith(ASIDE_SUFFIX) and not restored and name not in present:
            _restore_aside(session, path, final)
            restored = True
            continue
        log.info("Removing the stale temporary file %s of an older upload", path)
        remove_quietly(session, path)


def _recently_changed(entry: paramiko.SFTPAttributes, idle_after: float) -> bool:
    # Both clocks are compared, so a skewed server clock errs on the side of keeping.
    return entry.st_mtime is None or time.time() - entry.st_mtime < idle_after


def _restore_aside(session: Session, aside: str, final: str) -> None:
    log.warning("Restoring %s from %s, left by an interrupted replacement", final, aside)
    try:
        session.sftp.rename(aside, final)
    except OSError as exc:
        log.warning("Could not restore %s: %s", final, exc)


def remote_size(sftp: paramiko.SFTPClient, path: str) -> int | None:
    """A remote file's size by stat, else from its folder's listing, else None.

    Some servers refuse stat but list folders with sizes; asking the listing avoids
    reporting a complete upload as failed on them.

    Raises:
        FileNotFoundError: the file does not exist.
        OSError: any other failure of the request (connection lost included).
    """
    attributes = _attributes(sftp, path, follow_links=True)
    return None if attributes is None else attributes.st_size


def remote_entry(sftp: paramiko.SFTPClient, path: str) -> paramiko.SFTPAttributes | None:
    """What stands at a remote path itself (a link is seen as a link, not followed),
    by lstat, else from its folder's listing; None when the server shows neither.

    Raises:
        FileNotFoundError: nothing stands there.
        OSError: any other failure of the request (connection lost included).
    """
    return _attributes(sftp, path, follow_links=False)


def _attributes(
    sftp: paramiko.SFTPClient, path: str, *, follow_links: bool
) -> paramiko.SFTPAttributes | None:
    try:
        return sftp.stat(path) if follow_links else sftp.lstat(path)
    except PermissionError:
        pass
    folder, name = posixpath.split(path)
    try:
        for entry in sftp.listdir_attr(folder):
            if entry.filename == name:
                return entry
    except PermissionError:
        return None
    except UnicodeDecodeError:
        # Another file's name is not UTF-8, and paramiko cannot decode the listing:
        # the entry is then unknown (a size unknown is reported as not verified).
        log.warning("The listing of %s holds a name that is not UTF-8", folder)
        return None
    raise FileNotFoundError(errno.ENOENT, f"{path} does not exist")


def refuse_unless_file(entry: paramiko.SFTPAttributes | None, path: str) -> None:
    """Refuse to put a file in place of a folder (or a link, or a special file).

    Replacing it would mean moving it aside where nobody looks for it, and it is not
    ours to move: only the user or IT can decide what becomes of it. An entry whose
    type the server does not tell is taken for a file.

    Raises:
        RemoteFileError: ``entry`` is known and is not a regular file.
    """
    if entry is None or entry.st_mode is None or stat.S_ISREG(entry.st_mode):
        return
    name = posixpath.basename(path)
    if stat.S_ISDIR(entry.st_mode):
        message = QT_TRANSLATE_NOOP(
            "Messages", "On the server, {path} is a folder, so the file {name} cannot go there."
        )
    else:
        message = QT_TRANSLATE_NOOP(
            "Messages",
            "On the server, {path} is not a regular file (a link or a special file), so the "
            "file {name} cannot go there.",
        )
    hint = QT_TRANSLATE_NOOP(
        "Messages",
        "Ask IT to move {path} out of the way, or rename the local file; the upload never "
        "moves or removes it.",
    )
    raise RemoteFileError(message.format(path=path, name=name), hint.format(path=path))


def stored_size(session: Session, path: str) -> int | None:
    """The size of a remote file if it can be learnt right now; never raises."""
    if not session.is_alive():
        return None
    try:
        return remote_size(session.sftp, path)
    except OSError:
        return None


def rename_over(session: Session, part: str, final: str) -> None:
    """Put the part file in place under its final name, replacing an older version.

    OpenSSH's ``posix-rename@openssh.com`` replaces the target atomically. A server
    without it (or one that refuses it) gets a plain rename when the final name is
    free. Plain SFTP rename refuses an existing target, so an older version is first
    moved aside under our hidden name, the new one renamed in, and the old one removed:
    between those two renames, about one round trip, the final name is absent, never
    partial. If the second rename fails, the old version is put back.

    Raises:
        RemoteFileError: a folder or anything but a file stands at the final name.
        PermissionError: the server refuses to rename in this folder.
        OSError: the rename failed otherwise, or the connection was lost.
    """
    try:
        session.sftp.posix_rename(part, final)
        return
    except OSError as exc:
        # A refused extension answers "permission denied" too; only the plain rename
        # below can tell whether renaming is forbidden here at all.
        if not session.is_alive():
            raise
        log.info("posix-rename was not accepted for %s (%s); renaming in steps", final, exc)
    try:
        standing = remote_entry(session.sftp, final)
    except FileNotFoundError:
        session.sftp.rename(part, final)
        return
    # When the server shows neither lstat nor the listing, the final name is assumed
    # taken: the cautious answer before a rename that could otherwise fail half-way.
    refuse_unless_file(standing, final)
    aside = aside_name(part)
    session.sftp.rename(final, aside)
    try:
        session.sftp.rename(part, final)
    except OSError:
        if session.is_alive():
            session.sftp.rename(aside, final)
        raise
    remove_quietly(session, aside)


def remove_quietly(session: Session, path: str) -> bool:
    """Remove one remote file of ours; a failure is logged, never raised.

    Returns:
        True when the file is gone (removed now or already absent).
    """
    if not session.is_alive():
        return False
    try:
        session.sftp.remove(path)
    except FileNotFoundError:
        return True
    except OSError as exc:
        log.info("Could not remove the temporary file %s: %s", path, exc)
        return False
    return True


def verify_size(
    session: Session, part: str, size: int, name: str, closing: Reply, sizing: AttributesReply
) -> bool:
    """Compare the stored size with the local one; False when the server won't tell.

    ``sizing`` is the stat sent after the close. A server may answer the size before
    the close sent ahead of it, and store the last bytes only at the close: a short
    size is asked again once the close has answered.
    """
    stored = _answered_size(session, part, sizing)
    if stored is not None and stored != size and not closing.arrived:
        try:
            closing.wait()
        except OSError as exc:
            # paramiko's own close ignores a refusal too; a timeout is a stall.
            if isinstance(exc, TimeoutError):
                raise
        stored = remote_size(session.sftp, part)
    if stored is None:
        log.warning("The server refuses to show the size of %s; not verified", name)
        return False
    if stored != size:
        raise RemoteFileError(out_of_space(name, stored, size))
    return True


def _answered_size(session: Session, part: str, sizing: AttributesReply) -> int | None:
    """The size the stat answered; a refused stat is asked of the folder's listing, as
    :func:`remote_size` does."""
    try:
        return sizing.result().st_size
    except PermissionError:
        return remote_size(session.sftp, part)


def out_of_space(name: str, written: int, size: int) -> Text:
    message = QT_TRANSLATE_NOOP(
        "Messages",
        "The server stored only {written:,} of {size:,} bytes of {name}: it is probably out "
        "of space or quota.",
    )
    return message.format(written=written, size=size, name=name)
