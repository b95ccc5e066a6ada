"""Fast SFTP uploads: a sliding window of write requests, every answer checked, and
requests sent without waiting for the answer before them (the end of each file).

paramiko's own pipelined ``SFTPFile.write`` sends 32 KiB writes, which spill a few bytes
into a second SSH packet each, keeps an unbounded number of them in flight, and never
reads the answers to the last ones before the file is closed, so a late "disk full"
can pass unnoticed. This module keeps at most ``window`` writes in flight, each sized
to fit one SSH packet, and reads and checks the status of every one of them.

The end of a file (close, set its time, check its size) would cost three round trips
one after the other; :class:`Reply` sends the first two without waiting, so the size
check's answer brings theirs along. A server answers requests in order, and OpenSSH
also handles them in order; a server that answers a stat before the close before it
is handled by :func:`close_unwaited`'s caller (see ``remote_files.verify_size``).

It leans on paramiko internals, confined to this module and tested with paramiko 5.1
(the project pins the range):

- ``SFTPClient._async_request(fileobj, CMD_WRITE, handle, int64(offset), data)`` sends a
  request without waiting and returns its number; paramiko later hands the answer to
  ``fileobj._async_response(t, msg, num)``.
- ``SFTPClient._read_response()`` reads one answer and dispatches it that way.
- ``SFTPClient._convert_status(msg)`` turns an error status into the same exceptions
  (with ``errno``) that paramiko's public methods raise.
- ``SFTPFile.handle`` and ``Channel.out_max_packet_size``.
- ``BufferedFile.close(file)`` marks an ``SFTPFile`` closed without any request, so that
  paramiko never sends a second close for it; ``SFTPClient._adjust_cwd(path)`` turns a
  path into what a request carries.
"""

from __future__ import annotations

import threading
from collections.abc import Callable

import paramiko
from paramiko.file import BufferedFile
from paramiko.sftp import CMD_CLOSE, CMD_SETSTAT, CMD_STATUS, CMD_WRITE, SFTPError, int64

from desktop_uploader.engine.errors import UploadCancelled

# About 1 MiB in flight, half of OpenSSH's channel window for a session, so the SSH
# window never throttles it and an answer is always on its way. What is in flight when
# a connection is cut is lost and sent again after the resume: 2 MiB was 6% of a 20 MiB
# file. 1 MiB still carries 26 MB/s per lane at 40 ms of round trip, four times a
# 50 Mbit/s VPN.
DEFAULT_WINDOW = 32
# paramiko sends at most the peer's maximum packet size minus 64 bytes of data per SSH
# packet; the SFTP write request adds its length, type, id, handle, offset and data
# length (25 bytes plus the handle).
_CHANNEL_MARGIN = 64
_WRITE_HEADER = 25
# OpenSSH offers 32 KiB packets; a server offering bigger ones still gets 32 KiB writes,
# because paramiko copies the unsent rest of a big request at each packet it cuts off.
MAX_BLOCK = 32 * 1024

# Receives (block, position after it) once a block has been sent, in file order.
BlockSink = Callable[[bytes, int], None]
# Reads up to n bytes of the local file at the current position.
Reader = Callable[[int], bytes]


class LocalFileShrankError(Exception):
    """The local file ended before ``size``: what was sent is no longer the file."""


def block_size(sftp: paramiko.SFTPClient, handle: bytes) -> int:
    """The largest write whose request fits one SSH packet on this channel."""
    channel = sftp.get_channel()
    packet = getattr(channel, "out_max_packet_size", 0) or MAX_BLOCK
    return max(1024, min(MAX_BLOCK, packet) - _CHANNEL_MARGIN - _WRITE_HEADER - len(handle))


def write_stream(
    sftp: paramiko.SFTPClient,
    remote: paramiko.SFTPFile,
    read: Reader,
    offset: int,
    size: int,
    cancel: threading.Event,
    on_block: BlockSink,
    *,
    on_sent_all: Callable[[], None] | None = None,
    window: int = DEFAULT_WINDOW,
) -> None:
    """Write the local bytes ``[offset, size)`` to the same offsets of an open remote file.

    Blocks are read one at a time (the file is never read whole), and at most
    ``window`` writes are unanswered at any moment. It returns only once the server has
    confirmed every write.

    Args:
        sftp: the session ``remote`` was opened on.
        remote: the remote file, opened for writing; it is left open.
        read: returns the next n bytes of the local file, positioned at ``offset``.
        offset: where the first block goes.
        size: where the last block ends.
        cancel: checked before each block.
        on_block: receives each block and the position after it, once sent.
        on_sent_all: called once the last block is sent, before waiting for the last
            answers (the caller may allow a slow end of file from then on).
        window: the most writes in flight.

    Raises:
        UploadCancelled: cancel was set.
        LocalFileShrankError: ``read`` returned fewer bytes than asked.
        OSError: the server refused a write; ``errno`` as paramiko maps it (ENOENT,
            EACCES), None for a generic failure such as a full disk.
        EOFError, paramiko.SSHException, socket.timeout: the connection dropped, or no
            answer came within the channel's timeout.
    """
    answers = _Answers(sftp)
    handle = remote.handle
    chunk = block_size(sftp, handle)
    position = offset
    while position < size:
        if cancel.is_set():
            raise UploadCancelled()
        while len(answers.pending) >= window:
            answers.read_one()
        answers.raise_failure()
        wanted = min(chunk, size - position)
        block = read(wanted)
        if len(block) != wanted:
            raise LocalFileShrankError()
        number = sftp._async_request(answers, CMD_WRITE, handle, int64(position), block)
        answers.pending.add(number)
        position += wanted
        on_block(block, position)
    if on_sent_all is not None:
        on_sent_all()
    answers.wait_all(cancel)


class _Answers:
    """Collects the server's answers to our writes, as paramiko hands them over."""

    def __init__(self, sftp: paramiko.SFTPClient) -> None:
        self.sftp = sftp
        self.pending: set[int] = set()
        self.failure: BaseException | None = None

    def _async_response(self, kind: int, msg: paramiko.Message, number: int) -> None:
        # paramiko's callback name: called from _read_response for each of our requests.
        self.pending.discard(number)
        if self.failure is not None:
            return
        if kind != CMD_STATUS:
            self.failure = SFTPError(f"Expected a status for a write, got message {kind}")
            return
        try:
            self.sftp._convert_status(msg)
        except (OSError, EOFError) as exc:
            self.failure = exc

    def read_one(self) -> None:
        self.sftp._read_response()

    def raise_failure(self) -> None:
        if self.failure is not None:
            raise self.failure

    def wait_all(self, cancel: threading.Event | None = None) -> None:
        """Read answers until none is pending; the first failure is raised."""
        while self.pending:
            if cancel is not None and cancel.is_set():
                raise UploadCancelled()
            self.read_one()
            self.raise_failure()
        self.raise_failure()


class Reply:
    """The status answer to one request sent without waiting for it.

    Answers to later requests read by paramiko (a ``stat`` sent after it) bring this
    one along; :meth:`wait` reads on until it has come.
    """

    def __init__(self, sftp: paramiko.SFTPClient, kind: int, *args: object) -> None:
        self._answers = _Answers(sftp)
        self._answers.pending.add(sftp._async_request(self._answers, kind, *args))

    @property
    def arrived(self) -> bool:
        return not self._answers.pending

    def wait(self) -> None:
        """Read answers until this one has come.

        Raises:
            OSError: the server refused the request, as paramiko's public methods raise.
            EOFError, paramiko.SSHException, socket.timeout: the connection failed.
        """
        self._answers.wait_all()


def close_unwaited(remote: paramiko.SFTPFile) -> Reply:
    """Send the remote file's close without waiting for the answer.

    paramiko's own ``close`` ignores the answer's status, so only when it is read
    changes. The file counts as closed at once (paramiko will not close it again).
    """
    handle = remote.handle
    BufferedFile.close(remote)
    return Reply(remote.sftp, CMD_CLOSE, handle)


def setstat_unwaited(
    sftp: paramiko.SFTPClient, path: str, attributes: paramiko.SFTPAttributes
) -> Reply:
    """Send ``SFTPClient.utime``'s request (or any setstat) without waiting."""
    return Reply(sftp, CMD_SETSTAT, sftp._adjust_cwd(path), attributes)
