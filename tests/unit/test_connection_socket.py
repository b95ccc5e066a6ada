"""The connection's socket as paramiko sees it: receipts noted, sends as a socket's."""

from __future__ import annotations

import socket

import pytest

from desktop_uploader.engine.connection import _NotingReceipts
from desktop_uploader.engine.watchdog import LinkProgress


@pytest.fixture
def pair():
    ours, theirs = socket.socketpair()
    # paramiko gives its socket a short timeout, which makes it non-blocking underneath.
    ours.settimeout(0.05)
    yield ours, theirs
    ours.close()
    theirs.close()


def test_a_receipt_is_noted_as_progress_of_the_link(pair):
    ours, theirs = pair
    link = LinkProgress(clock=iter([100.0, 105.0]).__next__)
    wrapped = _NotingReceipts(ours, link)

    theirs.sendall(b"answer")

    assert wrapped.recv(100) == b"answer"
    assert link.last == 105.0


def test_a_full_send_buffer_waits_for_the_timeout_like_the_socket(pair):
    # The first attempt writes straight to the kernel; once it has no room, the send
    # waits for room as the socket itself would, then times out: paramiko retries.
    ours, theirs = pair
    wrapped = _NotingReceipts(ours, LinkProgress())
    chunk = b"x" * 65536
    sent = 0
    with pytest.raises(TimeoutError):
        while True:
            sent += wrapped.send(chunk)
    received = 0
    theirs.setblocking(False)
    while received < sent:
        received += len(theirs.recv(1 << 20))
    assert received == sent


def test_a_closed_socket_fails_the_send_as_an_os_error(pair):
    ours, _ = pair
    wrapped = _NotingReceipts(ours, LinkProgress())
    ours.close()

    with pytest.raises(OSError):
        wrapped.send(b"late")
