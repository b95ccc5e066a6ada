"""Answers taken in bulk from a channel's buffer (``sftp_requests._take_ready_answers``).

The channel is paramiko's own, fed by hand: what matters here is which bytes are taken
and to whom each answer goes. The integration tests run the same reader against OpenSSH.
"""

from __future__ import annotations

import errno
import struct
import threading
import weakref

import paramiko
import pytest
from paramiko.sftp import CMD_HANDLE, CMD_STATUS, SFTP_NO_SUCH_FILE, SFTP_OK

from desktop_uploader.engine.sftp_requests import Answers, _take_ready_answers


class _Session:
    """What the reader uses of an SFTPClient: its lock, its awaited requests, its channel
    and paramiko's own reading of a status."""

    _convert_status = paramiko.SFTPClient._convert_status

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._expecting: weakref.WeakValueDictionary = weakref.WeakValueDictionary()
        self.channel = paramiko.Channel(7)
        self.channel.settimeout(1)

    def get_channel(self) -> paramiko.Channel:
        return self.channel

    def awaits(self, number: int, receiver: object) -> None:
        self._expecting[number] = receiver

    def arrive(self, *answers: bytes) -> None:
        self.channel.in_buffer.feed(b"".join(answers))

    def left(self) -> int:
        return len(self.channel.in_buffer)


def _status(number: int, code: int = SFTP_OK, text: str = "") -> bytes:
    words = text.encode()
    body = struct.pack(">BII", CMD_STATUS, number, code) + struct.pack(">I", len(words))
    body += words + struct.pack(">I", 0)
    return struct.pack(">I", len(body)) + body


def _handle(number: int, handle: bytes) -> bytes:
    body = struct.pack(">BII", CMD_HANDLE, number, len(handle)) + handle
    return struct.pack(">I", len(body)) + body


@pytest.fixture
def session():
    return _Session()


def _ours(session: _Session, *numbers: int) -> Answers:
    answers = Answers(session)
    for number in numbers:
        session.awaits(number, answers)
        answers.pending.add(number)
    return answers


def test_whole_answers_are_handed_over_and_a_partial_one_is_left(session):
    answers = _ours(session, 1, 2, 3)
    third = _status(3)
    session.arrive(_status(1), _status(2), third[:6])

    assert _take_ready_answers(session)

    assert answers.pending == {3}
    assert session.left() == 6
    assert set(session._expecting) == {3}


def test_an_answer_paramiko_itself_awaits_stops_the_reading(session):
    # paramiko marks its own synchronous requests with NoneType; its reader must find
    # that answer's first byte at the start of the channel.
    answers = _ours(session, 1, 3)
    session.awaits(2, type(None))
    session.arrive(_status(1), _status(2), _status(3))

    assert _take_ready_answers(session)

    assert answers.pending == {3}
    assert session.left() == len(_status(2)) + len(_status(3))
    assert 2 in session._expecting


def test_nothing_whole_takes_nothing(session):
    _ours(session, 1)
    session.arrive(_status(1)[:5])

    assert not _take_ready_answers(session)
    assert session.left() == 5


def test_an_answer_no_one_awaits_any_more_is_dropped(session):
    answers = _ours(session, 2)
    session.arrive(_status(1), _status(2))

    assert _take_ready_answers(session)

    assert answers.pending == set()
    assert session.left() == 0


def test_a_refusal_becomes_the_error_paramiko_raises(session):
    answers = _ours(session, 4)
    session.arrive(_status(4, SFTP_NO_SUCH_FILE, "no such file"))

    assert _take_ready_answers(session)

    assert isinstance(answers.failure, FileNotFoundError)
    assert answers.failure.errno == errno.ENOENT


def test_an_answer_with_a_value_reaches_its_receiver_whole(session):
    received = []

    class Receiver(Answers):
        def _async_response(self, kind, msg, number):
            received.append((kind, msg.get_binary(), number))

    receiver = Receiver(session)
    session.awaits(5, receiver)
    session.arrive(_handle(5, b"\x00handle\xff"))

    assert _take_ready_answers(session)

    assert received == [(CMD_HANDLE, b"\x00handle\xff", 5)]


def test_an_unreadable_refusal_does_not_keep_the_next_answers_from_their_receivers(session):
    # A refusal whose text is not UTF-8 cannot be read; the answers taken with it still
    # reach theirs before the error is raised.
    first = _ours(session, 1)
    second = _ours(session, 2)
    words = b"\xff\xfe"
    body = struct.pack(">BII", CMD_STATUS, 1, SFTP_NO_SUCH_FILE) + struct.pack(">I", 2)
    body += words + struct.pack(">I", 0)
    session.arrive(struct.pack(">I", len(body)) + body, _status(2))

    with pytest.raises(UnicodeDecodeError):
        _take_ready_answers(session)

    assert second.pending == set()
    assert 1 not in session._expecting
    assert first.pending == set()
