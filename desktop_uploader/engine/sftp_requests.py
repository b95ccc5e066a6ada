"""SFTP requests sent without waiting for their answers, and held to leave together.

A request costs a Python client far more than its bytes: every request is built,
encrypted and sent as an SSH packet of its own (``ssh_packets``), and paramiko's
transport thread decrypts and hands over every answer. Two things here cut that down:

- requests are sent without waiting; each answer is read later, in the order the
  server sends them (OpenSSH handles a session's requests in order), and checked;
- inside :func:`sent_together`, our requests are held and handed to the channel at
  once: a small file's write, close, time and size check leave in one SSH packet
  instead of four, and the server's answers tend to come back together as well.

Held requests leave before any answer of ours is read, and paramiko's own requests
are never held, so nothing ever waits on a request that was not sent.

It leans on paramiko internals, confined to this module and ``sftp_pipeline`` and tested
with paramiko 5.1 (the project pins the range):

- ``SFTPClient._lock``, ``request_number`` and ``_expecting``: a request of ours takes
  the next number under the lock and is registered as paramiko registers its own, so
  that ``SFTPClient._read_response()``, which reads one answer, hands it to
  ``receiver._async_response(kind, msg, number)``.
- ``SFTPClient._convert_status(msg)`` turns an error status into the same exceptions
  (with ``errno``) that paramiko's public methods raise.
- ``SFTPAttributes._pack(msg)`` and ``SFTPAttributes._from_msg(msg)``, paramiko's own
  encoding of file attributes; ``SFTPClient._adjust_cwd(path)`` turns a path into what
  a request carries; ``SFTPFile.handle``, and ``SFTPFile(sftp, handle, mode)``, which
  is how ``SFTPClient.open`` makes a file of the handle the server answered.
- ``BufferedFile.close(file)`` marks an ``SFTPFile`` closed without any request, so that
  paramiko never sends a second close for it.
- ``Channel.in_buffer`` and its ``_lock`` and ``_buffer``: the answers already received
  on a channel are looked at in place (see :func:`_take_ready_answers`), and only
  whole answers to our own requests are then taken, through ``Channel.recv``.
"""

from __future__ import annotations

import struct
import threading
import weakref
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Generic, Protocol, TypeVar

import paramiko
from paramiko.file import BufferedFile
from paramiko.sftp import (
    CMD_ATTRS,
    CMD_CLOSE,
    CMD_EXTENDED,
    CMD_HANDLE,
    CMD_OPEN,
    CMD_SETSTAT,
    CMD_STAT,
    CMD_STATUS,
    SFTP_FLAG_CREATE,
    SFTP_FLAG_TRUNC,
    SFTP_FLAG_WRITE,
    SFTP_OK,
    int64,
)

from desktop_uploader.engine import ssh_packets
from desktop_uploader.engine.errors import UploadCancelled

# Requests held for each session inside sent_together, in the order they were made.
_held: weakref.WeakKeyDictionary[paramiko.SFTPClient, list[bytes | memoryview]] = (
    weakref.WeakKeyDictionary()
)
_LENGTH_AND_KIND = struct.Struct(">IB")
# An answer's length, kind and request number; a status answer's code comes next.
_ANSWER_START = struct.Struct(">IBI")
_CODE = struct.Struct(">I")
_POSIX_RENAME = "posix-rename@openssh.com"
# An open that sets no attributes (the server's default mode), as paramiko sends it.
_NO_ATTRIBUTES = paramiko.SFTPAttributes()
Value = TypeVar("Value")


class Receiver(Protocol):
    """What paramiko hands an answer to (its own name for the callback)."""

    def _async_response(self, kind: int, msg: paramiko.Message, number: int) -> None: ...


def register(sftp: paramiko.SFTPClient, receiver: Receiver) -> int:
    """Take the next request number and have its answer handed to ``receiver``."""
    with sftp._lock:
        number = sftp.request_number
        sftp._expecting[number] = receiver
        sftp.request_number += 1
    return number


def hand_over(sftp: paramiko.SFTPClient, request: bytes | memoryview) -> None:
    """Send a whole request, or hold it when inside :func:`sent_together`.

    Raises:
        EOFError, paramiko.SSHException, socket.timeout: the connection failed.
    """
    held = _held.get(sftp)
    if held is not None:
        held.append(request)
    else:
        _send_all(sftp.get_channel(), memoryview(request))


@contextmanager
def sent_together(sftp: paramiko.SFTPClient) -> Iterator[None]:
    """Hold our requests on ``sftp`` and send them at once when the block ends.

    An answer read inside the block sends what is held first. When the block raises,
    what is still held is dropped: its answers are never waited for. Requests made
    after the block leave at once, also when sending the held ones failed. A block
    inside another adds to the outer one's requests, which leave when the outer ends.
    """
    if sftp in _held:
        # Starting afresh would lose the outer block's requests, and a wait for their
        # answers would last until the channel's timeout.
        yield
        return
    _held[sftp] = []
    try:
        yield
        flush(sftp)
    finally:
        _held.pop(sftp, None)


def flush(sftp: paramiko.SFTPClient) -> None:
    """Send what is held for ``sftp``, in one piece when there are several.

    Raises:
        EOFError, paramiko.SSHException, socket.timeout: the connection failed.
    """
    held = _held.get(sftp)
    if not held:
        return
    requests = held[0] if len(held) == 1 else b"".join(held)
    held.clear()
    _send_all(sftp.get_channel(), memoryview(requests))


def _send_all(channel: paramiko.Channel, view: memoryview) -> None:
    """Hand every byte of ``view`` to the channel, which cuts it into SSH packets.

    Like paramiko's own request writer, a channel that takes nothing (it was closed
    while we wrote) ends the session with EOFError.
    """
    while view:
        sent = ssh_packets.send(channel, view)
        if sent <= 0:
            raise EOFError()
        view = view[sent:]


def encode(kind: int, number: int, *args: object) -> bytes:
    """A whole request, its arguments encoded as paramiko encodes its own."""
    msg = paramiko.Message()
    msg.add_int(number)
    for item in args:
        if isinstance(item, int64):
            msg.add_int64(item)
        elif isinstance(item, int):
            msg.add_int(item)
        elif isinstance(item, paramiko.SFTPAttributes):
            item._pack(msg)
        else:
            msg.add_string(item)
    body = msg.asbytes()
    return _LENGTH_AND_KIND.pack(len(body) + 1, kind) + body


class Answers:
    """Collects the status answers to a set of our requests, as paramiko hands them
    over; the first refusal is kept to be raised."""

    def __init__(self, sftp: paramiko.SFTPClient) -> None:
        self.sftp = sftp
        self.pending: set[int] = set()
        self.failure: BaseException | None = None

    def send(self, kind: int, *args: object) -> None:
        """Send (or hold) one request whose answer is a status."""
        number = register(self.sftp, self)
        self.pending.add(number)
        hand_over(self.sftp, encode(kind, number, *args))

    def _async_response(self, kind: int, msg: paramiko.Message, number: int) -> None:
        self.pending.discard(number)
        if self.failure is not None:
            return
        if kind != CMD_STATUS:
            self.failure = paramiko.SFTPError(f"Expected a status, got message {kind}")
            return
        try:
            self.sftp._convert_status(msg)
        except (OSError, EOFError) as exc:
            self.failure = exc

    def read_one(self) -> None:
        """Read the next answer on the session (ours or not), sending held ones first;
        with it, any answers to our requests that have already arrived."""
        flush(self.sftp)
        if not _take_ready_answers(self.sftp):
            self.sftp._read_response()

    def raise_failure(self) -> None:
        if self.failure is not None:
            raise self.failure

    def wait(self, cancel: threading.Event | None = None) -> None:
        """Read answers until none of ours is pending; the first refusal is raised.

        Raises:
            UploadCancelled: cancel was set.
            OSError: the server refused a request, as paramiko's public methods raise.
            EOFError, paramiko.SSHException, socket.timeout: the connection failed.
        """
        while self.pending:
            if cancel is not None and cancel.is_set():
                raise UploadCancelled()
            self.read_one()
            self.raise_failure()
        self.raise_failure()


def _take_ready_answers(sftp: paramiko.SFTPClient) -> bool:
    """Hand over the answers to our requests that have already arrived whole; returns
    whether there was any. Never waits.

    paramiko reads an answer with two channel reads, a window check and a parsed message;
    a small file has six answers, which arrive together. Here the channel's buffer is
    looked at in place, the whole answers at its start are handed over as paramiko
    would hand them, and exactly their bytes are then taken from the channel. Reading
    stops at an answer that is not whole yet or that paramiko's own requests wait for,
    so paramiko's reader always finds an answer's start.
    """
    channel = sftp.get_channel()
    pipe = channel.in_buffer
    with pipe._lock:
        arrived = pipe._buffer.tobytes()
    taken = 0
    # Each whole answer: who awaits it, its kind and number, where its body lies.
    ready: list[tuple[Answers | None, int, int, int, int]] = []
    with sftp._lock:
        while len(arrived) - taken >= _ANSWER_START.size:
            length, kind, number = _ANSWER_START.unpack_from(arrived, taken)
            end = taken + 4 + length
            if length < _ANSWER_START.size - 4 or end > len(arrived):
                break
            receiver = sftp._expecting.get(number)
            if receiver is not None and not isinstance(receiver, Answers):
                break
            if receiver is not None:
                del sftp._expecting[number]
            ready.append((receiver, kind, number, taken + _ANSWER_START.size, end))
            taken = end
    if not taken:
        return False
    channel.recv(taken)
    # Every answer taken is handed over, even when an earlier one cannot be read (a
    # refusal whose text is not UTF-8): the first such error is raised at the end.
    unreadable: Exception | None = None
    for receiver, kind, number, start, end in ready:
        if receiver is None:
            continue  # no longer awaited: paramiko drops such answers too
        if (
            kind == CMD_STATUS
            and end - start >= _CODE.size
            and _CODE.unpack_from(arrived, start)[0] == SFTP_OK
        ):
            receiver.pending.discard(number)  # all that Answers does with a success
            continue
        try:
            receiver._async_response(kind, paramiko.Message(arrived[start:end]), number)
        except Exception as exc:  # noqa: BLE001 - raised below, once all are handed over
            unreadable = unreadable or exc
    if unreadable is not None:
        raise unreadable
    return True


class Reply:
    """The status answer to one request sent without waiting for it.

    Answers to later requests (a ``stat`` sent after it) bring this one along;
    :meth:`wait` reads on until it has come.
    """

    def __init__(
        self, sftp: paramiko.SFTPClient, kind: int, *args: object, answers: Answers | None = None
    ) -> None:
        self._answers = answers or Answers(sftp)
        self._answers.send(kind, *args)

    @property
    def arrived(self) -> bool:
        return not self._answers.pending

    def wait(self) -> None:
        """Read answers until this one has come.

        Raises:
            OSError: the server refused the request, as paramiko's public methods raise.
            EOFError, paramiko.SSHException, socket.timeout: the connection failed.
        """
        self._answers.wait()


class _ValueAnswers(Answers, Generic[Value]):
    """Answers that carry a value of one kind (a handle, attributes) or a status."""

    def __init__(
        self, sftp: paramiko.SFTPClient, kind: int, parse: Callable[[paramiko.Message], Value]
    ) -> None:
        super().__init__(sftp)
        self.kind = kind
        self.parse = parse
        self.value: Value | None = None

    def _async_response(self, kind: int, msg: paramiko.Message, number: int) -> None:
        if kind != self.kind:
            super()._async_response(kind, msg, number)
            return
        self.pending.discard(number)
        self.value = self.parse(msg)


class ValueReply(Reply, Generic[Value]):
    """The answer to a request sent without waiting that carries a value, or a refusal."""

    def __init__(
        self,
        sftp: paramiko.SFTPClient,
        answer: tuple[int, Callable[[paramiko.Message], Value]],
        kind: int,
        *args: object,
    ) -> None:
        self._values: _ValueAnswers[Value] = _ValueAnswers(sftp, *answer)
        super().__init__(sftp, kind, *args, answers=self._values)

    def result(self) -> Value:
        """Wait for the value.

        Raises:
            FileNotFoundError, PermissionError, OSError: the server refused the request.
            EOFError, paramiko.SSHException, socket.timeout: the connection failed.
        """
        self.wait()
        if self._values.value is None:
            raise paramiko.SFTPError("The server answered without the value asked for")
        return self._values.value


AttributesReply = ValueReply[paramiko.SFTPAttributes]
HandleReply = ValueReply[bytes]
_ATTRIBUTES = (CMD_ATTRS, paramiko.SFTPAttributes._from_msg)
_HANDLE = (CMD_HANDLE, paramiko.Message.get_binary)
_NEW_FILE = SFTP_FLAG_WRITE | SFTP_FLAG_CREATE | SFTP_FLAG_TRUNC


def open_unwaited(sftp: paramiko.SFTPClient, path: str) -> HandleReply:
    """Send ``SFTPClient.open(path, "wb")``'s request without waiting; the answer is the
    handle (see :func:`opened_file`)."""
    return ValueReply(sftp, _HANDLE, CMD_OPEN, sftp._adjust_cwd(path), _NEW_FILE, _NO_ATTRIBUTES)


def opened_file(sftp: paramiko.SFTPClient, handle: bytes) -> paramiko.SFTPFile:
    """The file of a handle :func:`open_unwaited` answered, as ``open`` would return it."""
    return paramiko.SFTPFile(sftp, handle, "wb")


def posix_rename_unwaited(sftp: paramiko.SFTPClient, old: str, new: str) -> Reply:
    """Send ``SFTPClient.posix_rename``'s request without waiting."""
    return Reply(sftp, CMD_EXTENDED, _POSIX_RENAME, sftp._adjust_cwd(old), sftp._adjust_cwd(new))


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


def stat_unwaited(sftp: paramiko.SFTPClient, path: str) -> AttributesReply:
    """Send ``SFTPClient.stat``'s request without waiting."""
    return ValueReply(sftp, _ATTRIBUTES, CMD_STAT, sftp._adjust_cwd(path))
