"""Fast SFTP uploads: big writes, about 1 MiB of them in flight, every answer checked.

paramiko's own pipelined ``SFTPFile.write`` sends 32 KiB writes, which spill a few bytes
into a second SSH packet each, keeps an unbounded number of them in flight, and never
reads the answers to the last ones before the file is closed, so a late "disk full"
can pass unnoticed. Here every write's answer is read and checked.

Each write is as big as the server says it accepts (OpenSSH: 255 KiB, told by its
``limits@openssh.com`` extension), else it fits one SSH packet. Fewer, bigger writes
mean fewer requests to build and fewer answers to read, which is most of the client's
work: a Python client spends far more time per request than on the bytes. A write is
built in one buffer the local bytes are read straight into, and sent through views of
it (``ssh_packets`` cuts them into SSH packets): paramiko's own request path copies a
big request several times, and again for every SSH packet it cuts off.

Requests go out through ``sftp_requests``, which holds the paramiko internals this
relies on; here also ``SFTPClient._request`` (one request, its answer awaited) and
``Channel.out_max_packet_size``.
"""

from __future__ import annotations

import struct
import threading
import weakref
from collections.abc import Callable

import paramiko
from paramiko.sftp import CMD_EXTENDED, CMD_EXTENDED_REPLY, CMD_WRITE

from desktop_uploader.engine.errors import UploadCancelled
from desktop_uploader.engine.sftp_requests import Answers, hand_over, register

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
# A stated write size below this is taken as no statement at all.
_SMALLEST_STATED = 1024

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
    except (OSError, EOFError):
        # An error status, EOF included (paramiko raises it as EOFError): the server does
        # not know the extension. A dropped connection is an SSHException from here, and
        # a closed channel fails the first write.
        return 0
    if kind != CMD_EXTENDED_REPLY:
        return 0
    max_packet, _max_read, max_write, _max_handles = (answer.get_int64() for _ in range(4))
    if not max_packet or not max_write:
        return 0
    stated = min(max_write, max_packet - 1024, MAX_WRITE)
    # A statement leaving less than a kilobyte per write (or none: a packet limit under
    # the header's kilobyte) is no usable statement; every server takes one-packet writes.
    return stated if stated >= _SMALLEST_STATED else 0


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
) -> Answers:
    """Write the local bytes ``[offset, size)`` to the same offsets of an open remote file.

    Blocks are read one at a time (the file is never read whole), and at most about
    1 MiB of writes (or ``window`` writes) are unanswered at any moment. The answers to
    the last ones are left to the caller: it may send the file's close first, and must
    then wait for them (:meth:`Answers.wait`), which raises a refused write.

    Args:
        sftp: the session ``remote`` was opened on.
        remote: the remote file, opened for writing; it is left open.
        fill: reads the next local bytes into the view it is given, positioned at
            ``offset``, and returns how many it read.
        offset: where the first block goes.
        size: where the last block ends.
        cancel: checked before each block.
        on_block: receives each block and the position after it, once sent.
        on_sent_all: called once the last block is sent (the caller may allow a slow end
            of file from then on).
        window: the most writes in flight; by default as many as make about 1 MiB.

    Returns:
        The answers still to come.

    Raises:
        UploadCancelled: cancel was set.
        LocalFileShrankError: ``fill`` read fewer bytes than asked.
        OSError: the server refused a write; ``errno`` as paramiko maps it (ENOENT,
            EACCES), None for a generic failure such as a full disk.
        EOFError, paramiko.SSHException, socket.timeout: the connection dropped, or no
            answer came within the channel's timeout.
    """
    answers = Answers(sftp)
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
    return answers


class _WriteRequest:
    """Builds and sends SFTP write requests for one open remote file.

    The local bytes are read straight into the request's own buffer, and the channel
    is handed views of it: the only copies are the SSH packets' (see ``ssh_packets``),
    and one when the write is held to leave with other requests.
    """

    def __init__(self, sftp: paramiko.SFTPClient, answers: Answers, handle: bytes) -> None:
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
        number = register(self.sftp, self.answers)
        length = len(buffer) - 4  # the length field counts what follows it
        handle = self.handle
        self.header.pack_into(
            buffer, 0, length, CMD_WRITE, number, len(handle), handle, position, wanted
        )
        self.answers.pending.add(number)
        hand_over(self.sftp, view)
        return block
