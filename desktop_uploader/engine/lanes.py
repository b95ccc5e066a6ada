"""Several files of a business unit in flight at once, one SFTP channel per lane.

Each small file costs a handful of round trips (open, write, close, size check, time,
rename) that no window of writes can hide; over a VPN those dominate. Lanes overlap
them: a few SFTP channels on the one SSH connection, each taking the next pending file.
One connection and one login stay the rule; only channels are added, which OpenSSH
allows ten of per connection by default (``MaxSessions``).

What stays as with one lane:

- every file keeps its own guarantees (temporary name, size check, rename): a lane runs
  the per-file code on its own channel, or sends a batch of small files that keeps
  them file by file (see ``small_batches``);
- events reach the caller on the calling thread, in the order each lane produced them;
- the first error that is not one file's own stops the other lanes after their current
  file, and one error is raised for all, so the retry policy counts one failed attempt,
  not one per lane; a lost connection or a cancel ends every lane's current file at
  once anyway. When several lanes failed, the caller's ranking picks the error told
  (a stall over the mere drop it caused elsewhere, the file furthest along).
"""

from __future__ import annotations

import logging
import queue
import threading
from collections.abc import Callable, Sequence
from typing import TypeVar

from desktop_uploader.engine import events as ev
from desktop_uploader.engine.connection import Session, close_quietly, open_sftp

log = logging.getLogger(__name__)

Item = TypeVar("Item")
# Sends one item over a lane's session, reporting events through the given sink.
SendOne = Callable[[Session, Item, ev.EventSink], None]
# Orders the failures of several lanes: the highest is raised.
Rank = Callable[[Item, BaseException], tuple]
# How long the calling thread lets the lanes' events gather before it hands them on:
# one wake-up per batch instead of one per event (a small file makes four), and still
# well under what a progress display or a log reader notices. A lane that ends wakes
# it at once.
_DRAIN_BATCH_SECONDS = 0.02


def run_in_lanes(
    session: Session,
    items: Sequence[Item],
    lanes: int,
    send_one: SendOne,
    events: ev.EventSink,
    stall_timeout: float,
    rank: Rank | None = None,
) -> None:
    """Send ``items`` over up to ``lanes`` SFTP channels of ``session``'s connection.

    Lane 0 uses ``session`` itself; the others open a channel of their own when they
    start and close it when they end. A lane whose channel the server refuses (a
    ``MaxSessions`` limit) just does not run: the other lanes take its share.

    Args:
        session: the attempt's open session; its SFTP client is lane 0's.
        items: what to send, in order; each is taken by exactly one lane.
        lanes: how many lanes at most (fewer when there are fewer items).
        send_one: sends one item; it raises only what should end the attempt.
        events: receives every lane's events, on the calling thread.
        stall_timeout: the request timeout of the lanes' own channels.
        rank: which of several lanes' errors to raise; the first one when None.

    Raises:
        A lane's error (see ``rank``), once every lane has ended.
    """
    work = _Work(items)
    outbox: queue.SimpleQueue[ev.Event] = queue.SimpleQueue()
    threads = [
        threading.Thread(
            target=work.run_lane,
            args=(index, session, send_one, outbox.put, stall_timeout),
            name=f"upload-lane-{index}",
            daemon=True,
        )
        for index in range(max(1, min(lanes, len(items))))
    ]
    for thread in threads:
        thread.start()
    _drain(outbox, threads, events, work.lane_ended)
    work.raise_failure(rank)


def _drain(
    outbox: queue.SimpleQueue[ev.Event],
    threads: list[threading.Thread],
    events: ev.EventSink,
    lane_ended: threading.Event,
) -> None:
    """Hand the lanes' events to ``events``, in batches, until every lane has ended and
    all is told."""
    while True:
        lane_ended.wait(_DRAIN_BATCH_SECONDS)
        lane_ended.clear()
        _hand_over(outbox, events)
        if not any(thread.is_alive() for thread in threads):
            break
    _hand_over(outbox, events)


def _hand_over(outbox: queue.SimpleQueue[ev.Event], events: ev.EventSink) -> None:
    while True:
        try:
            event = outbox.get_nowait()
        except queue.Empty:
            return
        events(event)


class _Work:
    """The items not yet taken, and the lanes' failures, each with its item."""

    def __init__(self, items: Sequence[Item]) -> None:
        self._items = iter(items)
        self._lock = threading.Lock()
        self._failures: list[tuple[Item, BaseException]] = []
        self.lane_ended = threading.Event()

    def take(self) -> tuple[bool, object]:
        with self._lock:
            if self._failures:
                return False, None
            for item in self._items:
                return True, item
            return False, None

    def fail(self, item: Item, exc: BaseException) -> None:
        with self._lock:
            self._failures.append((item, exc))

    def raise_failure(self, rank: Rank | None) -> None:
        if not self._failures:
            return
        if rank is None:
            raise self._failures[0][1]
        # max() keeps the first of equals: the earliest failure wins a tie.
        raise max(self._failures, key=lambda failure: rank(*failure))[1]

    def run_lane(
        self,
        index: int,
        main: Session,
        send_one: SendOne,
        emit: ev.EventSink,
        stall_timeout: float,
    ) -> None:
        try:
            self._run_lane(index, main, send_one, emit, stall_timeout)
        finally:
            self.lane_ended.set()

    def _run_lane(
        self,
        index: int,
        main: Session,
        send_one: SendOne,
        emit: ev.EventSink,
        stall_timeout: float,
    ) -> None:
        try:
            lane = main if index == 0 else _open_lane(main, stall_timeout)
        except Exception as exc:  # noqa: BLE001 - lane 0 goes on; a dead link fails there
            log.info("Lane %d did not open an SFTP channel (%s); fewer lanes", index, exc)
            return
        try:
            while True:
                taken, item = self.take()
                if not taken:
                    return
                try:
                    send_one(lane, item, emit)
                except BaseException as exc:  # noqa: BLE001 - raised on the calling thread
                    self.fail(item, exc)
                    return
        finally:
            if lane is not main:
                close_quietly(lane.sftp, None)


def _open_lane(main: Session, stall_timeout: float) -> Session:
    """A session on the same connection as ``main``, with an SFTP channel of its own.

    Raises:
        paramiko.SSHException, OSError, EOFError: the server refused a channel.
    """
    sftp = open_sftp(main.transport, stall_timeout, main.link)
    return Session(main.transport, sftp, main.cipher, link=main.link)
