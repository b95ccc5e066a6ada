"""The pipelined writer against paramiko's own SFTP server over an in-memory socket pair.

This proves the writer's bookkeeping (window, statuses, cancel, stalls, streaming); the
integration tests prove it against OpenSSH.
"""

from __future__ import annotations

import errno
import io
import socket
import threading
from collections.abc import Callable

import paramiko
import pytest
from paramiko.sftp import (
    CMD_EXTENDED,
    CMD_EXTENDED_REPLY,
    SFTP_EOF,
    SFTP_FAILURE,
    SFTP_NO_SUCH_FILE,
    SFTP_OK,
    SFTP_OP_UNSUPPORTED,
    SFTP_PERMISSION_DENIED,
    int64,
)
from support.paramiko_server import AnyLogin
from support.waiting import wait_until

from desktop_uploader.engine import sftp_pipeline, ssh_packets
from desktop_uploader.engine.errors import UploadCancelled
from desktop_uploader.engine.sftp_pipeline import LocalFileShrankError, write_stream
from desktop_uploader.engine.sftp_requests import (
    close_unwaited,
    sent_together,
    setstat_unwaited,
    stat_unwaited,
)

BLOCK = 1000
# Decides the status of each write: (index of the write, offset, data) -> SFTP code.
WriteHook = Callable[[int, int, bytes], int]


class _MemoryHandle(paramiko.SFTPHandle):
    def __init__(self, store: _Store) -> None:
        super().__init__()
        self.store = store

    def write(self, offset: int, data: bytes) -> int:
        index = self.store.writes
        self.store.writes += 1
        self.store.sizes.append(len(data))
        status = self.store.hook(index, offset, data)
        if status == SFTP_OK:
            # A resumed upload starts past the end: fill the gap as a file system would.
            missing = offset - len(self.store.data)
            if missing > 0:
                self.store.data.extend(bytes(missing))
            self.store.data[offset : offset + len(data)] = data
        return status

    def close(self) -> None:
        self.store.closes += 1


class _Store:
    """What the fake server received, and how it answers each write."""

    def __init__(self, hook: WriteHook) -> None:
        self.hook = hook
        self.data = bytearray()
        self.writes = 0
        self.sizes: list[int] = []
        self.closes = 0
        # What the server answers to limits@openssh.com; None: it does not know it; a
        # status code: that status.
        self.limits: tuple[int, int, int, int] | int | None = None
        self.times: list[tuple[str, int]] = []


class _Interface(paramiko.SFTPServerInterface):
    def __init__(self, server: object, store: _Store, *args: object, **kwargs: object) -> None:
        super().__init__(server, *args, **kwargs)
        self.store = store

    def open(self, path: str, flags: int, attr: paramiko.SFTPAttributes) -> _MemoryHandle:
        return _MemoryHandle(self.store)

    def stat(self, path: str) -> paramiko.SFTPAttributes | int:
        if not path.endswith("upload.part"):
            return SFTP_NO_SUCH_FILE
        attributes = paramiko.SFTPAttributes()
        attributes.st_size = len(self.store.data)
        return attributes

    def chattr(self, path: str, attr: paramiko.SFTPAttributes) -> int:
        if path.startswith("/refused"):
            return SFTP_PERMISSION_DENIED
        self.store.times.append((path, attr.st_mtime))
        return SFTP_OK


class _LimitsServer(paramiko.SFTPServer):
    """paramiko's SFTP server, which also states limits as OpenSSH does when told to."""

    def _process(self, kind: int, number: int, msg: paramiko.Message) -> None:
        limits = self.server.store.limits
        if kind == CMD_EXTENDED and limits is not None:
            mark = msg.packet.tell()
            if msg.get_text() == "limits@openssh.com":
                if isinstance(limits, int):
                    self._send_status(number, limits)  # a status instead of limits
                else:
                    self._response(number, CMD_EXTENDED_REPLY, *map(int64, limits))
                return
            msg.packet.seek(mark)
        super()._process(kind, number, msg)


@pytest.fixture
def connect():
    """Start an in-memory SFTP server whose writes are answered by ``hook``."""
    opened: list[paramiko.Transport] = []

    def make(
        hook: WriteHook = lambda *_: SFTP_OK,
        limits: tuple[int, int, int, int] | int | None = None,
    ) -> tuple[paramiko.SFTPClient, _Store]:
        store = _Store(hook)
        store.limits = limits
        ours, theirs = socket.socketpair()
        server = paramiko.Transport(theirs)
        server.add_server_key(paramiko.ECDSAKey.generate())
        server.set_subsystem_handler("sftp", _LimitsServer, _Interface, store)
        server.start_server(event=threading.Event(), server=AnyLogin())
        client = paramiko.Transport(ours)
        opened.extend((client, server))
        client.connect(username="analyst", password="x")
        sftp = paramiko.SFTPClient.from_transport(client)
        sftp.get_channel().settimeout(5)
        return sftp, store

    yield make
    for transport in opened:
        transport.close()


def _send(sftp, data: bytes, *, offset: int = 0, cancel=None, on_block=None, window=4):
    """Upload ``data`` from ``offset``; returns the positions told after each block.
    ``window=None`` leaves the writer its own window."""
    source = io.BytesIO(data)
    source.seek(offset)
    sent: list[int] = []

    def record(block: memoryview, position: int) -> None:
        sent.append(position)
        if on_block is not None:
            on_block(block, position)

    with sftp.open("upload.part", "wb") as remote:
        write_stream(
            sftp,
            remote,
            source.readinto,
            offset,
            len(data),
            cancel or threading.Event(),
            record,
            window=window,
        ).wait()
    return sent


@pytest.fixture(autouse=True)
def small_blocks(monkeypatch):
    # Small blocks make many writes out of a few kilobytes.
    monkeypatch.setattr(sftp_pipeline, "block_size", lambda sftp, handle: BLOCK)


def test_every_byte_lands_at_its_offset(connect):
    sftp, store = connect()
    data = bytes(range(256)) * 40

    positions = _send(sftp, data)

    assert bytes(store.data) == data
    assert positions == sorted(positions)
    assert positions[-1] == len(data)


def test_a_resumed_upload_sends_only_the_rest(connect):
    sftp, store = connect()
    data = bytes(range(256)) * 40

    positions = _send(sftp, data, offset=4000)

    assert store.writes == 7  # 6,240 bytes in blocks of 1,000
    assert positions[0] == 5000
    assert bytes(store.data[4000:]) == data[4000:]


def test_the_end_is_announced_after_the_last_block_and_before_its_answer(connect):
    events: list[str] = []

    def answer(index: int, offset: int, data: bytes) -> int:
        if index == 9:
            wait_until(lambda: "all sent" in events, 5, message="the end announced")
            events.append("last answered")
        return SFTP_OK

    sftp, _ = connect(answer)

    with sftp.open("upload.part", "wb") as remote:
        write_stream(
            sftp,
            remote,
            io.BytesIO(bytes(10 * BLOCK)).readinto,
            0,
            10 * BLOCK,
            threading.Event(),
            lambda block, position: events.append(f"block {position}"),
            on_sent_all=lambda: events.append("all sent"),
        ).wait()
        events.append("returned")

    assert events[-4:] == [f"block {10 * BLOCK}", "all sent", "last answered", "returned"]


def test_a_failure_on_the_last_write_is_raised(connect):
    # paramiko's own pipelining never reads the answers to the last writes.
    sftp, _ = connect(lambda index, offset, data: SFTP_FAILURE if index == 9 else SFTP_OK)

    with pytest.raises(OSError) as caught:
        _send(sftp, bytes(10 * BLOCK))

    assert caught.value.errno is None
    assert not isinstance(caught.value, PermissionError)


def test_a_refused_write_raises_permission_error_with_its_errno(connect):
    sftp, _ = connect(lambda index, *_: SFTP_PERMISSION_DENIED if index == 2 else SFTP_OK)

    with pytest.raises(PermissionError) as caught:
        _send(sftp, bytes(10 * BLOCK))

    assert caught.value.errno == errno.EACCES


def test_no_more_than_the_window_is_unanswered(connect):
    window = 4
    sent = []
    seen_when_answering: list[int] = []

    def hold_until_window_is_full(index: int, offset: int, data: bytes) -> int:
        # Each answer waits until the client has sent all it may without this answer,
        # so the test sees the window filled and never exceeded.
        wait_until(lambda: len(sent) >= min(index + window, 12), 5, message="a full window")
        seen_when_answering.append(len(sent) - index)
        return SFTP_OK

    sftp, _ = connect(hold_until_window_is_full)

    _send(sftp, bytes(12 * BLOCK), on_block=lambda block, position: sent.append(position))

    assert max(seen_when_answering) == window
    assert seen_when_answering[0] == window


def test_cancel_stops_before_the_next_block(connect):
    sftp, _ = connect()
    cancel = threading.Event()
    sent = []

    def cancel_after_three(block: bytes, position: int) -> None:
        sent.append(position)
        if len(sent) == 3:
            cancel.set()

    with pytest.raises(UploadCancelled):
        _send(sftp, bytes(10 * BLOCK), cancel=cancel, on_block=cancel_after_three)

    assert len(sent) == 3


def test_a_local_file_that_shrank_is_refused(connect):
    sftp, _ = connect()

    with sftp.open("upload.part", "wb") as remote, pytest.raises(LocalFileShrankError):
        write_stream(
            sftp,
            remote,
            io.BytesIO(bytes(2500)).readinto,
            0,
            5000,
            threading.Event(),
            lambda block, position: None,
        ).wait()


def test_a_server_that_stops_answering_times_out(connect):
    release = threading.Event()
    sftp, _ = connect(lambda index, *_: SFTP_OK if index < 2 or release.wait(10) else SFTP_OK)
    sftp.get_channel().settimeout(0.3)
    try:
        with sftp.open("upload.part", "wb") as remote, pytest.raises(socket.timeout):
            write_stream(
                sftp,
                remote,
                io.BytesIO(bytes(10 * BLOCK)).readinto,
                0,
                10 * BLOCK,
                threading.Event(),
                lambda block, position: None,
                window=4,
            ).wait()
    finally:
        release.set()


def test_the_local_file_is_read_one_block_at_a_time(connect):
    sftp, _ = connect()
    source = io.BytesIO(bytes(50 * BLOCK))
    asked: list[int] = []

    def read(block: memoryview) -> int:
        asked.append(len(block))
        return source.readinto(block)

    with sftp.open("upload.part", "wb") as remote:
        write_stream(
            sftp, remote, read, 0, 50 * BLOCK, threading.Event(), lambda block, position: None
        ).wait()

    assert max(asked) == BLOCK
    assert sum(asked) == 50 * BLOCK


def test_a_write_request_fits_one_ssh_packet(connect, monkeypatch):
    monkeypatch.undo()  # the real block size
    sftp, _ = connect()
    with sftp.open("upload.part", "wb") as remote:
        handle = remote.handle
    size = sftp_pipeline.block_size(sftp, handle)
    # length, type, id, handle string, offset and data length around the data
    request = 4 + 1 + 4 + 4 + len(handle) + 8 + 4 + size

    assert request <= sftp.get_channel().out_max_packet_size - 64
    assert size > 32 * 1024 - 512


# OpenSSH 9's answer: packets of 256 KiB, reads and writes of 255 KiB, open handles.
OPENSSH_LIMITS = (256 * 1024, 255 * 1024, 255 * 1024, 64)


def test_a_server_stating_its_limits_gets_writes_of_its_size(connect, monkeypatch):
    monkeypatch.undo()  # the real block size
    sftp, store = connect(limits=OPENSSH_LIMITS)
    data = bytes(range(256)) * 4096 + b"tail"  # 1 MiB and 4 bytes

    _send(sftp, data, window=None)

    assert bytes(store.data) == data
    assert store.sizes == [255 * 1024] * 4 + [len(data) - 4 * 255 * 1024]


def test_a_write_leaves_room_for_its_header_under_the_packet_limit(connect, monkeypatch):
    monkeypatch.undo()
    sftp, _ = connect(limits=(64 * 1024, 0, 1024 * 1024, 0))
    with sftp.open("upload.part", "wb") as remote:
        handle = remote.handle

    assert sftp_pipeline.block_size(sftp, handle) == 63 * 1024


def test_a_server_stating_no_write_limit_gets_one_packet_writes(connect, monkeypatch):
    monkeypatch.undo()
    sftp, _ = connect(limits=(0, 0, 0, 0))
    with sftp.open("upload.part", "wb") as remote:
        handle = remote.handle

    assert sftp_pipeline.block_size(sftp, handle) < 32 * 1024


def test_a_close_sent_without_waiting_closes_once_and_its_answer_comes_later(connect):
    sftp, store = connect()
    remote = sftp.open("upload.part", "wb")
    remote.write(b"data")

    reply = close_unwaited(remote)
    reply.wait()
    remote.close()  # paramiko knows it closed: nothing more is sent

    assert reply.arrived
    assert store.closes == 1
    assert bytes(store.data) == b"data"


def test_a_time_sent_without_waiting_arrives_and_a_refusal_is_raised_on_wait(connect):
    sftp, store = connect()
    times = paramiko.SFTPAttributes()
    times.st_atime = times.st_mtime = 1_700_000_000

    accepted = setstat_unwaited(sftp, "/upload.part", times)
    refused = setstat_unwaited(sftp, "/refused.part", times)
    accepted.wait()

    assert store.times == [("/upload.part", 1_700_000_000)]
    with pytest.raises(PermissionError):
        refused.wait()


def _count_sends(sftp: paramiko.SFTPClient, monkeypatch) -> list[int]:
    """The size of each piece handed to the session's channel from now on."""
    channel = sftp.get_channel()
    pieces: list[int] = []
    send = ssh_packets.send

    def counted(to, data) -> int:
        if to is channel:
            pieces.append(len(data))
        return send(to, data)

    monkeypatch.setattr(ssh_packets, "send", counted)
    return pieces


def test_a_small_files_write_and_end_leave_as_one_piece(connect, monkeypatch):
    sftp, store = connect()
    times = paramiko.SFTPAttributes()
    times.st_atime = times.st_mtime = 1_700_000_000
    remote = sftp.open("upload.part", "wb")
    pieces = _count_sends(sftp, monkeypatch)

    with sent_together(sftp):
        writes = write_stream(
            sftp,
            remote,
            io.BytesIO(b"a small workbook").readinto,
            0,
            16,
            threading.Event(),
            lambda block, position: None,
        )
        closing = close_unwaited(remote)
        timing = setstat_unwaited(sftp, "/upload.part", times)
        sizing = stat_unwaited(sftp, "/upload.part")
        assert pieces == []  # held until the block ends
    writes.wait()

    assert len(pieces) == 1
    assert sizing.result().st_size == 16
    assert closing.arrived and timing.arrived
    assert bytes(store.data) == b"a small workbook"
    assert store.closes == 1
    assert store.times == [("/upload.part", 1_700_000_000)]


def test_waiting_inside_the_block_sends_what_is_held_first(connect):
    sftp, store = connect()
    times = paramiko.SFTPAttributes()
    times.st_atime = times.st_mtime = 1_700_000_000

    with sent_together(sftp):
        setstat_unwaited(sftp, "/upload.part", times).wait()
        assert store.times == [("/upload.part", 1_700_000_000)]


def test_a_failure_inside_the_block_drops_what_is_held(connect, monkeypatch):
    sftp, store = connect()
    times = paramiko.SFTPAttributes()
    times.st_atime = times.st_mtime = 1_700_000_000
    pieces = _count_sends(sftp, monkeypatch)

    with pytest.raises(UploadCancelled), sent_together(sftp):
        setstat_unwaited(sftp, "/upload.part", times)
        raise UploadCancelled()

    assert pieces == []
    sftp.stat("/upload.part")  # the session still answers
    assert store.times == []


def test_a_stat_sent_without_waiting_tells_a_missing_file(connect):
    sftp, _ = connect()

    with pytest.raises(FileNotFoundError):
        stat_unwaited(sftp, "/missing.part").result()


@pytest.mark.parametrize(
    "limits",
    [(512, 0, 255 * 1024, 0), (1024, 0, 255 * 1024, 0), (256 * 1024, 0, 100, 0)],
    ids=["packet under a kilobyte", "packet of a kilobyte", "writes of 100 bytes"],
)
def test_a_server_stating_absurd_limits_gets_one_packet_writes(connect, monkeypatch, limits):
    # Every SFTP server takes 32 KiB writes; a statement leaving no room for a write of
    # a kilobyte is no usable statement, and must never make a size of zero or less.
    monkeypatch.undo()
    sftp, store = connect(limits=limits)
    with sftp.open("upload.part", "wb") as remote:
        handle = remote.handle
    size = sftp_pipeline.block_size(sftp, handle)

    assert 1024 <= size < 32 * 1024
    data = bytes(range(256)) * 400
    _send(sftp, data, window=None)
    assert bytes(store.data) == data


def test_a_failed_send_at_the_end_of_the_block_holds_nothing_afterwards(connect, monkeypatch):
    sftp, store = connect()
    times = paramiko.SFTPAttributes()
    times.st_atime = times.st_mtime = 1_700_000_000
    send = ssh_packets.send

    def refuse_once(channel, data) -> int:
        monkeypatch.setattr(ssh_packets, "send", send)
        raise OSError("the channel refused the bytes")

    monkeypatch.setattr(ssh_packets, "send", refuse_once)
    with pytest.raises(OSError), sent_together(sftp):
        setstat_unwaited(sftp, "/upload.part", times)
    pieces = _count_sends(sftp, monkeypatch)

    # Outside the block a request leaves at once, not when someone waits for it.
    setstat_unwaited(sftp, "/upload.part", times)

    assert len(pieces) == 1


@pytest.mark.parametrize(
    "status",
    [SFTP_OP_UNSUPPORTED, SFTP_FAILURE, SFTP_PERMISSION_DENIED, SFTP_EOF, SFTP_OK],
    ids=["unsupported", "failure", "denied", "eof", "ok"],
)
def test_a_server_answering_limits_with_a_status_gets_one_packet_writes(
    connect, monkeypatch, status
):
    # Whatever status a server answers instead of its limits, it states none: the upload
    # goes on in one-packet writes instead of failing as a lost connection.
    monkeypatch.undo()
    sftp, store = connect(limits=status)
    data = bytes(range(256)) * 400

    _send(sftp, data, window=None)

    assert bytes(store.data) == data
    assert max(store.sizes) < 32 * 1024


def test_a_block_inside_another_keeps_what_the_outer_one_holds(connect):
    # A request held by the outer block must still leave: a wait for its answer would
    # otherwise last until the channel's timeout.
    sftp, store = connect()
    sftp.get_channel().settimeout(1)
    times = paramiko.SFTPAttributes()
    times.st_atime = times.st_mtime = 1_700_000_000

    with sent_together(sftp):
        outer = setstat_unwaited(sftp, "/upload.part", times)
        with sent_together(sftp):
            inner = setstat_unwaited(sftp, "/inner.part", times)
        inner.wait()
        outer.wait()

    assert sorted(store.times) == [("/inner.part", 1_700_000_000), ("/upload.part", 1_700_000_000)]
