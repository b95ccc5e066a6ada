"""The connection's socket as paramiko sees it: receipts noted, sends as a socket's."""

from __future__ import annotations

import os
import socket
import sys
import threading

import pytest

from desktop_uploader.engine import connection
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


def test_a_close_racing_a_send_never_hands_the_bytes_to_a_file_opened_after(tmp_path):
    # A lane sends while the cancel watcher closes the connection; a file opened right
    # after the close may take the socket's old number. Threads switch as often as
    # possible, so a gap between reading the number and writing to it would show.
    previous = sys.getswitchinterval()
    sys.setswitchinterval(1e-5)
    try:
        for trial in range(300):
            _close_while_sending(tmp_path / f"history-{trial}.db")
    finally:
        sys.setswitchinterval(previous)


def _close_while_sending(path) -> None:
    ours, theirs = socket.socketpair()
    ours.settimeout(0.05)
    theirs.settimeout(0.01)
    wrapped = _NotingReceipts(ours, LinkProgress())
    sending, opened, sent_after_open, stop = (threading.Event() for _ in range(4))

    def send_until_stopped() -> None:
        while not stop.is_set():
            file_was_open = opened.is_set()
            try:
                wrapped.send(b"ciphertext" * 100)
                sending.set()
            except OSError:
                pass
            if file_was_open:
                sent_after_open.set()

    def read_until_stopped() -> None:
        while not stop.is_set():
            try:
                theirs.recv(1 << 20)
            except OSError:
                pass

    threads = [
        threading.Thread(target=send_until_stopped),
        threading.Thread(target=read_until_stopped),
    ]
    for thread in threads:
        thread.start()
    assert sending.wait(10)
    wrapped.close()
    descriptor = os.open(path, os.O_WRONLY | os.O_CREAT, 0o600)
    opened.set()
    # The sender tried at least once with the file open under the socket's old number.
    assert sent_after_open.wait(10)
    stop.set()
    for thread in threads:
        thread.join()
    os.close(descriptor)
    theirs.close()
    assert path.stat().st_size == 0


def test_where_sockets_are_no_files_the_socket_sends_itself(pair, monkeypatch):
    # On Windows a socket's number is a handle, which os.write cannot take.
    monkeypatch.setattr(connection, "_SOCKETS_ARE_FILES", False)
    monkeypatch.setattr(os, "write", _never)
    ours, theirs = pair
    wrapped = _NotingReceipts(ours, LinkProgress())

    assert wrapped.send(b"request") == 7
    assert theirs.recv(100) == b"request"


def _never(*args: object) -> int:
    raise AssertionError("os.write called")
