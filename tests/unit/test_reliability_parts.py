"""The pure parts of the reliability work: leftover names, the stall watchdog with an
injected clock, the end-of-file allowance, and the console's run summary."""

from __future__ import annotations

import io
import threading
from types import SimpleNamespace

import paramiko
import pytest
from support.waiting import wait_until

from desktop_uploader.cli import build_parser, server_from_args
from desktop_uploader.cli_output import EventPrinter, print_summary
from desktop_uploader.engine import ErrorKind
from desktop_uploader.engine.events import (
    FileOutcome,
    FileProgress,
    FileRef,
    FileStarted,
    FileStatus,
    RetryScheduled,
    RunFailed,
    RunFinished,
    RunSummary,
    SessionReopened,
)
from desktop_uploader.engine.local_reads import Snapshot
from desktop_uploader.engine.part_names import is_own_leftover
from desktop_uploader.engine.remote_files import FolderListing, aside_name, part_name
from desktop_uploader.engine.transfer import TransferOptions
from desktop_uploader.engine.watchdog import LinkProgress, StallWatchdog

NAME = "Baseline_Table.xlsx"


@pytest.mark.parametrize(
    ("entry", "ours"),
    [
        (part_name(NAME, Snapshot(10, 1)), True),
        (part_name(NAME, Snapshot(11, 1)), True),  # an older version of the same file
        (aside_name(part_name(NAME, Snapshot(10, 1))), True),
        (".Baseline_Table.xlsx.0123456789ab.part", True),
        (NAME, False),
        (".Baseline_Table.xlsx.part", False),
        ("Baseline_Table.xlsx.0123456789ab.part", False),
        (".Baseline_Table.xlsx.0123456789AB.part", False),
        (".Baseline_Table.xlsx.0123456789a.part", False),
        (".Baseline_Table.xlsx.0123456789ab.part.bak", False),
        (".Summary.xlsx.0123456789ab.part", False),
        (".x.Baseline_Table.xlsx.0123456789ab.part", False),
    ],
)
def test_only_our_exact_name_shape_counts_as_a_leftover(entry, ours):
    assert is_own_leftover(entry, NAME) is ours


def test_a_long_name_is_cut_the_same_way_in_the_part_and_the_match():
    long_name = "B" * 300 + ".xlsx"
    part = part_name(long_name, Snapshot(1, 1))
    assert len(part.encode()) < 255
    assert is_own_leftover(part, long_name)


@pytest.mark.parametrize("letter", ["é", "日", "😀"])
def test_a_long_name_in_any_script_gives_a_part_name_the_server_takes(letter):
    # Up to 255 bytes is a legal file name; its part name must be one too.
    long_name = letter * ((250 - len(".xlsx")) // len(letter.encode())) + ".xlsx"
    part = part_name(long_name, Snapshot(1, 1))
    assert len(part.encode()) <= 255
    assert len(aside_name(part).encode()) <= 255
    assert is_own_leftover(part, long_name)
    assert is_own_leftover(aside_name(part), long_name)


def test_the_part_name_changes_with_the_local_size_or_time():
    names = {part_name(NAME, Snapshot(s, t)) for s, t in ((1, 1), (2, 1), (1, 2))}
    assert len(names) == 3
    assert part_name(NAME, Snapshot(1, 1)) == part_name(NAME, Snapshot(1, 1))


def test_the_end_of_a_file_gets_three_stall_timeouts():
    assert TransferOptions().finish_timeout == 180.0
    assert TransferOptions(stall_timeout=2).finish_timeout == 6.0


class _FakeClock:
    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        return self.now


class _Connection:
    def __init__(self) -> None:
        self.closed = threading.Event()

    def close(self) -> None:
        self.closed.set()


def test_the_watchdog_closes_the_connection_only_after_the_allowance():
    clock, connection = _FakeClock(), _Connection()
    with StallWatchdog(connection, 10, clock=clock) as watchdog:
        clock.now = 9.0
        watchdog.touch()
        clock.now = 18.0  # 9 s since the last progress: still within the allowance
        assert not watchdog.expired()
        clock.now = 19.5
        wait_until(connection.closed.is_set, 5, message="the watchdog closing")
    assert watchdog.stalled


def test_bytes_from_the_server_on_the_link_count_as_a_lane_s_progress():
    clock, connection = _FakeClock(), _Connection()
    link = LinkProgress(clock)
    with StallWatchdog(connection, 10, clock=clock, link=link) as watchdog:
        clock.now = 8.0
        link.touch()  # another lane's answer: the link moves
        clock.now = 17.0
        assert not watchdog.expired()
        clock.now = 18.5  # nothing from the server for 10.5 s, on any lane
        wait_until(connection.closed.is_set, 5, message="the watchdog closing")
    assert watchdog.stalled


def test_a_longer_allowance_counts_from_when_it_is_granted():
    clock, connection = _FakeClock(), _Connection()
    with StallWatchdog(connection, 1, clock=clock) as watchdog:
        clock.now = 0.5
        watchdog.allow(3)
        clock.now = 3.0
        assert not watchdog.expired()
        clock.now = 3.6
        assert watchdog.expired()
    assert watchdog.allowance == 3


def test_a_finished_watchdog_never_closes_anything():
    clock, connection = _FakeClock(), _Connection()
    with StallWatchdog(connection, 1, clock=clock) as watchdog:
        pass
    clock.now = 100.0
    assert watchdog.expired()  # it would fire now, but its thread has ended
    assert not connection.closed.is_set()
    assert not watchdog.stalled


def _outcome(name: str, status: FileStatus, **fields) -> FileOutcome:
    return FileOutcome(FileRef("italy_galbani", "outputs", name), status, 3_000_000, **fields)


def test_the_summary_says_per_file_what_it_cost_and_why_it_failed():
    summary = RunSummary(
        "italy_galbani",
        "/data/italy/italy_galbani",
        (
            _outcome(
                "Baseline_Table.xlsx",
                FileStatus.VERIFIED,
                bytes_sent=3_700_000,
                attempts=2,
                resumed_from=2_300_000,
            ),
            _outcome(
                "Big.xlsx",
                FileStatus.FAILED,
                detail="The server stored only 1,040,384 of 3,000,000 bytes of Big.xlsx",
                bytes_sent=3_000_000,
                attempts=1,
                kind=ErrorKind.REMOTE_FILE,
            ),
            _outcome("Odd.xlsx", FileStatus.UPLOADED, bytes_sent=3_000_000, attempts=1),
            FileOutcome(
                FileRef("italy_galbani", "outputs", "~$Big.xlsx"),
                FileStatus.SKIPPED,
                0,
                "temporary or system file (~$*)",
            ),
        ),
        attempts=2,
    )
    out = io.StringIO()
    print_summary(out, RunFinished(summary))
    text = out.getvalue()
    assert "2 of 3 files reached /data/italy/italy_galbani" in text
    assert "3.7 MB sent; 2 attempts; resumed at byte 2,300,000" in text
    assert "3.0 MB sent; 1 attempt; The server stored only 1,040,384" in text
    assert "size not checkable on this server" in text
    assert "temporary or system file (~$*)" in text
    assert "9.7 MB sent in 2 attempts" in text


def _stopped_before_sending(*outcomes: FileOutcome) -> str:
    summary = RunSummary("italy_galbani", "", outcomes, attempts=1)
    failed = RunFailed(ErrorKind.AUTH_FAILED, "Login refused.", "Check the password.", summary)
    out = io.StringIO()
    print_summary(out, failed)
    return out.getvalue()


def test_a_run_stopped_before_any_file_was_sent_says_so_in_one_line():
    names = [f"table_{index:03d}.xlsx" for index in range(300)]
    skipped = FileOutcome(FileRef("italy_galbani", "outputs", "~$x.xlsx"), FileStatus.SKIPPED, 0)

    text = _stopped_before_sending(*(_outcome(name, FileStatus.PENDING) for name in names), skipped)

    assert "0 of 300 files reached the server" in text
    assert "  pending   all 300 files: none was sent" in text
    assert "table_000.xlsx" not in text
    assert "  skipped   outputs/~$x.xlsx" in text


def test_files_left_pending_after_others_were_sent_are_each_named():
    text = _stopped_before_sending(
        _outcome("Sent.xlsx", FileStatus.VERIFIED, bytes_sent=3_000_000, attempts=1),
        _outcome("Left.xlsx", FileStatus.PENDING),
    )

    assert "none was sent" not in text
    assert "  pending   outputs/Left.xlsx" in text


def test_the_console_says_where_a_resumed_file_starts_and_when_a_session_is_reopened():
    out = io.StringIO()
    printer = EventPrinter(out)
    ref = FileRef("italy_galbani", "outputs", "Baseline_Table.xlsx")
    printer(FileStarted(ref, 5_000_000, 1, 3, 1_234_567))
    printer(SessionReopened("The server closed the idle SFTP session."))
    text = out.getvalue()
    assert "resuming at byte 1,234,567 (1.2 MB)" in text
    assert "Reopened it on the same connection (no attempt used)" in text


@pytest.mark.parametrize(("delay", "shown"), [(5.0, "5 s"), (0.5, "0.5 s"), (12.5, "12.5 s")])
def test_the_console_shows_a_retry_delay_as_given(delay, shown):
    out = io.StringIO()
    EventPrinter(out)(RetryScheduled(1, 5, delay, ErrorKind.NETWORK, "The connection was reset."))
    assert f"retrying in {shown} (attempt 2 of 5)" in out.getvalue()


def test_the_console_turns_temp_names_off_and_sets_the_stall_timeout():
    common = ["upload", "--host", "sftp.example.com", "--user", "analyst"]
    default = server_from_args(build_parser().parse_args(common))
    assert (default.use_temp_names, default.stall_timeout) == (True, 60.0)
    changed = server_from_args(
        build_parser().parse_args([*common, "--no-temp-names", "--stall-timeout", "5"])
    )
    assert (changed.use_temp_names, changed.stall_timeout) == (False, 5.0)


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_the_live_progress_line_names_its_file_and_wipes_a_longer_one():
    out = _Terminal()
    printer = EventPrinter(out)
    long_name = FileRef("italy_galbani", "outputs", "Promotion_Level_Table.xlsx")
    short_name = FileRef("italy_galbani", "logs", "a.log")
    printer(FileProgress(long_name, 500, 1000))
    printer(FileProgress(short_name, 10, 40))

    first, second = out.getvalue().split("\r")[1:]
    assert "outputs/Promotion_Level_Table.xlsx:  50%" in first
    assert second.startswith("        logs/a.log:  25% of 40 B ")
    assert len(second) == len(first)


class _CountingClock(_FakeClock):
    """Also counts its readings, to know that the watchdog's thread has looked again."""

    def __init__(self) -> None:
        super().__init__()
        self.readings = 0

    def __call__(self) -> float:
        self.readings += 1
        return self.now


def _looked_again(clock: _CountingClock, times: int = 3) -> None:
    seen = clock.readings
    wait_until(lambda: clock.readings >= seen + times, 5, message="the watchdog looking")


def test_a_lane_watchdog_rearmed_per_file_still_reports_a_stall():
    clock, connection = _CountingClock(), _Connection()
    watchdog = StallWatchdog(connection, 0, clock=clock, armed=False, idle_seconds=1000)
    for _ in range(3):
        with watchdog.watching(10):
            clock.now += 9.0
            watchdog.touch()
            clock.now += 9.0
    assert watchdog.running  # one thread served the three files
    with watchdog.watching(10):
        clock.now += 10.5
        wait_until(connection.closed.is_set, 5, message="the watchdog closing")
    assert watchdog.stalled


def test_a_disarmed_lane_watchdog_never_fires_between_files():
    clock, connection = _CountingClock(), _Connection()
    watchdog = StallWatchdog(connection, 0, clock=clock, armed=False, idle_seconds=1000)
    with watchdog.watching(1):
        watchdog.touch()
    clock.now = 50.0  # long past the allowance, but between files
    _looked_again(clock)
    assert watchdog.running
    assert not connection.closed.is_set()
    assert not watchdog.stalled
    with watchdog.watching(1):  # the next file counts from its own start
        assert not watchdog.expired()
    assert not connection.closed.is_set()


def test_an_idle_lane_watchdog_ends_its_thread_and_the_next_file_starts_one():
    clock, connection = _CountingClock(), _Connection()
    watchdog = StallWatchdog(connection, 0, clock=clock, armed=False, idle_seconds=2)
    with watchdog.watching(1):
        pass
    clock.now = 100.0
    wait_until(lambda: not watchdog.running, 5, message="the idle thread ending")
    assert not connection.closed.is_set()
    with watchdog.watching(1):
        assert watchdog.running
        clock.now = 102.0
        wait_until(connection.closed.is_set, 5, message="the watchdog closing")
    assert watchdog.stalled


class _ListingSftp:
    def __init__(self, names: list[str]) -> None:
        self.names = names
        self.listed = 0

    def listdir_attr(self, _path: str) -> list[paramiko.SFTPAttributes]:
        self.listed += 1
        entries = []
        for name in self.names:
            entry = paramiko.SFTPAttributes()
            entry.filename = name
            entries.append(entry)
        return entries


def test_a_folder_listing_finds_each_files_leftovers_from_one_listing():
    part_a = part_name("a.csv", Snapshot(1, 1))
    old_part_a = part_name("a.csv", Snapshot(2, 1))
    long_name = "x" * 200 + ".csv"
    names = [part_a, "a.csv", aside_name(old_part_a), part_name("b.csv", Snapshot(1, 1))]
    names += [".a.csv.part", part_name(long_name, Snapshot(1, 1))]
    sftp = _ListingSftp(names)
    listing = FolderListing(SimpleNamespace(sftp=sftp), "/remote")

    assert [e.filename for e in listing.leftovers_of("a.csv")] == [part_a, aside_name(old_part_a)]
    assert [e.filename for e in listing.leftovers_of(long_name)] == [names[-1]]
    assert listing.leftovers_of("c.csv") == []
    assert listing.by_name() is listing.by_name()
    assert set(listing.by_name()) == set(names)
    assert sftp.listed == 1
    for name in names:
        for final in ("a.csv", "b.csv", long_name, "c.csv"):
            found = name in {e.filename for e in listing.leftovers_of(final)}
            assert found is is_own_leftover(name, final)
