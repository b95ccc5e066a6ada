"""Lanes: events on the calling thread, one failure raised once, refused channels."""

from __future__ import annotations

import threading

import pytest

from desktop_uploader.engine import lanes
from desktop_uploader.engine.connection import Session


class _FakeSftp:
    def __init__(self) -> None:
        self.closed = False

    def close(self) -> None:
        self.closed = True


def _main() -> Session:
    return Session(transport=object(), sftp=_FakeSftp(), cipher="test")


@pytest.fixture
def opened(monkeypatch):
    """The lanes' own sessions, opened without a server."""
    sessions: list[Session] = []

    def open_lane(main: Session, _timeout: float) -> Session:
        session = Session(main.transport, _FakeSftp(), main.cipher)
        sessions.append(session)
        return session

    monkeypatch.setattr(lanes, "_open_lane", open_lane)
    return sessions


def test_every_item_is_sent_once_and_events_reach_the_calling_thread(opened):
    caller = threading.current_thread()
    seen_on: set[threading.Thread] = set()
    told: list[int] = []

    def events(event: int) -> None:
        seen_on.add(threading.current_thread())
        told.append(event)

    def send_one(_lane: Session, item: int, emit) -> None:
        emit(item)

    lanes.run_in_lanes(_main(), list(range(40)), 4, send_one, events, 5.0)

    assert sorted(told) == list(range(40))
    assert seen_on == {caller}
    assert len(opened) == 3 and all(s.sftp.closed for s in opened)


def test_the_first_failure_is_raised_once_and_stops_taking_items(opened, monkeypatch):
    failed = threading.Event()
    record_failure = lanes._Work.fail

    def fail(work, item: int, exc: BaseException) -> None:
        record_failure(work, item, exc)
        failed.set()

    monkeypatch.setattr(lanes._Work, "fail", fail)
    taken: list[int] = []
    lock = threading.Lock()

    def send_one(_lane: Session, item: int, _emit) -> None:
        with lock:
            taken.append(item)
        if item == 0:
            raise ConnectionError("lost")
        # The other lanes hold their file until the failure is known.
        failed.wait()

    with pytest.raises(ConnectionError, match="lost"):
        lanes.run_in_lanes(_main(), list(range(1000)), 3, send_one, lambda _e: None, 5.0)
    # Each lane finished the file it held, then took no more.
    assert len(taken) <= 3


def test_a_refused_channel_leaves_its_share_to_the_other_lanes(monkeypatch):
    def refuse(_main: Session, _timeout: float) -> Session:
        raise OSError("administratively prohibited")

    monkeypatch.setattr(lanes, "_open_lane", refuse)
    main = _main()
    used: set[int] = set()

    def send_one(lane: Session, item: int, _emit) -> None:
        used.add(id(lane))

    lanes.run_in_lanes(main, list(range(10)), 4, send_one, lambda _e: None, 5.0)
    assert used == {id(main)}
    assert not main.sftp.closed


def test_one_item_needs_no_second_channel(opened):
    lanes.run_in_lanes(_main(), [1], 4, lambda _l, _i, _e: None, lambda _e: None, 5.0)
    assert opened == []


def test_the_ranking_picks_which_of_several_failures_is_raised(opened):
    both_failing = threading.Barrier(2)

    def send_one(_lane: Session, item: int, _emit) -> None:
        both_failing.wait()
        raise ConnectionError(f"lost in {item}")

    with pytest.raises(ConnectionError, match="lost in 1"):
        lanes.run_in_lanes(
            _main(),
            [0, 1],
            2,
            send_one,
            lambda _e: None,
            5.0,
            rank=lambda item, _exc: (item,),
        )


def test_events_handed_on_in_batches_keep_each_lanes_order_and_none_is_lost(opened):
    told: list[tuple[int, int]] = []

    def send_one(_lane: Session, item: int, emit) -> None:
        for step in range(50):
            emit((item, step))

    lanes.run_in_lanes(_main(), list(range(6)), 3, send_one, told.append, 5.0)

    assert len(told) == 6 * 50
    for item in range(6):
        assert [step for i, step in told if i == item] == list(range(50))
