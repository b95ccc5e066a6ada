"""Fast SFTP uploads: a sliding window of write requests, every answer checked, and
requests sent without waiting for the answer before them (the end of each file).

paramiko's own pipelined ``SFTPFile.write`` sends 32 KiB writes, which spill a few bytes
into a second SSH packet each, keeps an unbounded number of them in flight, and never
reads the answers to the last ones before the file is closed, so a late "disk full"
can pass unnoticed. This module keeps about 1 MiB of writes in flight and reads and
checks the status of every one of them.

Each write is as big as the server says it accepts (OpenSSH: 255 KiB, told by its
``limits@openssh.com`` extension), else it fits one SSH packet. Fewer, bigger writes
mean fewer requests to build and fewer answers to read, which is most of the client's
work: a Python client spends far more time per request than on the bytes. A write is
built in one buffer the local bytes are read straight into, and sent through views of
it: paramiko's own request path copies a big request several times, and again for
every SSH packet it cuts off.

The end of a file (close, set its time, check its size) would cost three round trips
one after the other; :class:`Reply` sends the first two without waiting, so the size
check's answer brings theirs along. A server answers requests in order, and OpenSSH
also handles them in order; a server that answers a stat before the close before it
is handled by :func:`close_unwaited`'s caller (see ``remote_files.verify_size``).

It leans on paramiko internals, confined to this module and tested with paramiko 5.1
(the project pins the range):

- ``SFTPClient._lock``, ``request_number`` and ``_expecting``: a request of ours takes
  the next number under the lock and is registered as paramiko registers its own, so
  paramiko hands the answer to ``fileobj._async_response(t, msg, num)``.
- ``SFTPClient._async_request(fileobj, kind, *args)`` does the same for the small
  requests, which paramiko builds.
- ``SFTPClient._request`` sends one request and waits for its answer.
- ``SFTPClient._read_response()`` reads one answer and dispatches it that way.
- ``SFTPClient._convert_status(msg)`` turns an error status into the same exceptions
  (with ``errno``) that paramiko's public methods raise.
- ``SFTPFile.handle`` and ``Channel.out_max_packet_size``.
- ``BufferedFile.close(file)`` marks an ``SFTPFile`` closed without any request, so that
  paramiko never sends a second close for it; ``SFTPClient._adjust_cwd(path)`` turns a
  path into what a request carries.
"""

from __future__ import annotations

import struct
import threading
import weakref
from collections.abc import Callable

import paramiko
from paramiko.file import BufferedFile
from paramiko.sftp import (
    CMD_CLOSE,
    CMD_EXTENDED,
    CMD_EXTENDED_REPLY,
    CMD_SETSTAT,
    CMD_STATUS,
    CMD_WRITE,
    SFTPError,
)

from desktop_uploader.engine.errors import UploadCancelled

# About 1 MiB in flight, half of OpenSSH's channel window for a session, so the SSH
# window never throttles it and an answer is always on its way. What is in flight when
# a connection is cut is lost and sent again after the resume: 2 MiB was 6% of a 20 MiB
# file. 1 MiB still carries 26 MB/s per lane at 40 ms of round trip, four times a
# 50 Mbit/s VPN.
WINDOW_BYTES = 1024 * 1024
# paramiko sends at most the peer's maximum packet size minus 64 bytes of data per SSH
# packet; the SFTP write request adds its length, type, id, handle, offset and data
# length (25 bytes plus the handle).
_CHANNEL_MARGIN = 64
_WRITE_HEADER = 25
# One SSH packet's worth when the server states no limit: every SFTP server takes
# 32 KiB writes.
MAX_BLOCK = 32 * 1024
# The biggest write we send even to a server that takes more: OpenSSH's own limit.
# Bigger writes would save little and lose more in flight at a cut.
MAX_WRITE = 255 * 1024
_LIMITS_EXTENSION = "limits@openssh.com"

# Receives (block, position after it) once a block has been sent, in file order. The
# block is a view of a buffer that is never reused: it may be kept.
BlockSink = Callable[[memoryview, int], None]
# Reads local bytes at the current position into the view; returns how many it read.
Filler = Callable[[memoryview], int]

# The write size each SFTP session was told, asked once per session.
_write_sizes: weakref.WeakKeyDictionary[paramiko.SFTPClient, int] = weakref.WeakKeyDictionary()


class LocalFileShrankError(Exception):
    """The local file ended before ``size``: what was sent is no longer the file."""


def block_size(sftp: paramiko.SFTPClient, handle: bytes) -> int:
    """How many bytes each write request carries on this session.

    The server's stated limit, up to :data:`MAX_WRITE`; without one, the largest write
    whose request fits one SSH packet. The first call per session asks the server.
    """
    stated = _write_sizes.get(sftp)
    if stated is None:
        stated = _write_sizes[sftp] = _stated_write_size(sftp)
    if stated:
        return stated
    channel = sftp.get_channel()
    packet = getattr(channel, "out_max_packet_size", 0) or MAX_BLOCK
    return max(1024, min(MAX_BLOCK, packet) - _CHANNEL_MARGIN - _WRITE_HEADER - len(handle))


def _stated_write_size(sftp: paramiko.SFTPClient) -> int:
    """The most bytes of data in one write that the server says it takes, up to
    :data:`MAX_WRITE`, or 0 when it states none: from the ``limits@openssh.com``
    answer, whose zeros mean "no limit told". A request bigger than the server's
    packet limit would end the session, so a kilobyte is kept for the request's header.

    Raises:
        EOFError, paramiko.SSHException, socket.timeout: the connection failed.
    """
    try:
        kind, answer = sftp._request(CMD_EXTENDED, _LIMITS_EXTENSION)
    except TimeoutError:
        raise
    except OSError:
        return 0  # an error status: the server does not know the extension
    if kind != CMD_EXTENDED_REPLY:
        return 0
    max_packet, _max_read, max_write, _max_handles = (answer.get_int64() for _ in range(4))
    if not max_packet or not max_write:
        return 0
    return min(max_write, max_packet - 1024, MAX_WRITE)


def write_stream(
    sftp: paramiko.SFTPClient,
    remote: paramiko.SFTPFile,
    fill: Filler,
    offset: int,
    size: int,
    cancel: threading.Event,
    on_block: BlockSink,
    *,
    on_sent_all: Callable[[], None] | None = None,
    window: int | None = None,
) -> None:
    """Write the local bytes ``[offset, size)`` to the same offsets of an open remote file.

    Blocks are read one at a time (the file is never read whole), and at most about
    1 MiB of writes (or ``window`` writes) are unanswered at any moment. It returns
    only once the server has confirmed every write.

    Args:
        sftp: the session ``remote`` was opened on.
        remote: the remote file, opened for writing; it is left open.
        fill: reads the next local bytes into the view it is given, positioned at
            ``offset``, and returns how many it read.
        offset: where the first block goes.
        size: where the last block ends.
        cancel: checked before each block.
        on_block: receives each block and the position after it, once sent.
        on_sent_all: called once the last block is sent, before waiting for the last
            answers (the caller may allow a slow end of file from then on).
        window: the most writes in flight; by default as many as make about 1 MiB.

    Raises:
        UploadCancelled: cancel was set.
        LocalFileShrankError: ``fill`` read fewer bytes than asked.
        OSError: the server refused a write; ``errno`` as paramiko maps it (ENOENT,
            EACCES), None for a generic failure such as a full disk.
        EOFError, paramiko.SSHException, socket.timeout: the connection dropped, or no
            answer came within the channel's timeout.
    """
    answers = _Answers(sftp)
    request = _WriteRequest(sftp, answers, remote.handle)
    chunk = block_size(sftp, remote.handle)
    window = window or max(2, WINDOW_BYTES // chunk)
    position = offset
    while position < size:
        if cancel.is_set():
            raise UploadCancelled()
        while len(answers.pending) >= window:
            answers.read_one()
        answers.raise_failure()
        block = request.send(fill, position, min(chunk, size - position))
        position += len(block)
        on_block(block, position)
    if on_sent_all is not None:
        on_sent_all()
    answers.wait_all(cancel)


class _WriteRequest:
    """Builds and sends SFTP write requests for one open remote file.

    The local bytes are read straight into the request's own buffer, and the channel
    is handed views of it: the only copies are paramiko's, one SSH packet at a time.
    """

    def __init__(self, sftp: paramiko.SFTPClient, answers: _Answers, handle: bytes) -> None:
        self.sftp = sftp
        self.answers = answers
        self.handle = handle
        self.header = struct.Struct(f">IBII{len(handle)}sQI")

    def send(self, fill: Filler, position: int, wanted: int) -> memoryview:
        """Send ``wanted`` local bytes to ``position``; returns them, once handed over.

        Raises:
            LocalFileShrankError: ``fill`` read fewer bytes than asked.
            EOFError, paramiko.SSHException, socket.timeout: the connection failed.
        """
        buffer = bytearray(self.header.size + wanted)
        view = memoryview(buffer)
        block = view[self.header.size :]
        if fill(block) != wanted:
            raise LocalFileShrankError()
        number = self._next_number()
        length = len(buffer) - 4  # the length field counts what follows it
        handle = self.handle
        self.header.pack_into(
            buffer, 0, length, CMD_WRITE, number, len(handle), handle, position, wanted
        )
        self.answers.pending.add(number)
        _send_all(self.sftp.get_channel(), view)
        return block

    def _next_number(self) -> int:
        """Take a request number and register the answer's receiver, as paramiko does."""
        sftp = self.sftp
        with sftp._lock:
            number = sftp.request_number
            sftp._expecting[number] = self.answers
            sftp.request_number += 1
        return number


def _send_all(channel: paramiko.Channel, view: memoryview) -> None:
    """Hand every byte of ``view`` to the channel, which cuts it into SSH packets.

    Like paramiko's own request writer, a channel that takes nothing (it was closed
    while we wrote) ends the session with EOFError.
    """
    while view:
        sent = channel.send(view)
        if sent <= 0:
            raise EOFError()
        view = view[sent:]


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
