"""The run history: recording from engine events, queries, schema versions, CSV export."""

from __future__ import annotations

import csv
import sqlite3
from datetime import UTC, date, datetime, timedelta

import pytest

from desktop_uploader import history
from desktop_uploader.engine import ErrorKind, ServerSettings
from desktop_uploader.engine import events as ev
from desktop_uploader.history import HistoryRecorder, HistoryStore, RunRecord

SERVER = ServerSettings(host="sftp.example.com", username="analyst", port=2222)
DIGEST = "ab" * 32


def _finished(bu: str = "italy_galbani", *, failed: bool = False) -> ev.RunFinished:
    done = ev.FileOutcome(
        ev.FileRef(bu, "outputs", "Baseline_Table.xlsx"),
        ev.FileStatus.VERIFIED,
        5000,
        remote_path=f"/base/italy/{bu}/outputs/Baseline_Table.xlsx",
        sha256=DIGEST,
    )
    other = ev.FileOutcome(
        ev.FileRef(bu, "logs", "pipeline_1.log"),
        ev.FileStatus.FAILED if failed else ev.FileStatus.VERIFIED,
        90,
        detail="refused" if failed else "",
    )
    skipped = ev.FileOutcome(
        ev.FileRef(bu, "outputs", "~$Baseline_Table.xlsx"), ev.FileStatus.SKIPPED, 0, "lock"
    )
    summary = ev.RunSummary(bu, f"/base/italy/{bu}", (done, other, skipped), 1)
    return ev.RunFinished(summary)


class Clock:
    def __init__(self, start: datetime) -> None:
        self.now = start

    def __call__(self) -> datetime:
        return self.now


def _record(store, result, *, at=datetime(2024, 5, 6, 9, 30, tzinfo=UTC), events=()):
    seen = []
    recorder = HistoryRecorder(seen.append, SERVER, "cli", store=store, clock=Clock(at))
    for event in (*events, result):
        recorder(event)
    return recorder, seen


def test_a_finished_run_is_recorded_with_who_where_and_each_file(tmp_path):
    store = HistoryStore(tmp_path / "h.sqlite3")
    recorder, seen = _record(store, _finished())

    assert seen == [_finished()]  # the face's own sink still gets every event
    [run] = store.recent_runs()
    assert run.id == recorder.recorded_id
    assert (run.server, run.sftp_user, run.bu, run.outcome) == (
        "sftp.example.com:2222",
        "analyst",
        "italy_galbani",
        "ok",
    )
    assert run.os_user == history.os_user()
    assert run.remote_dir == "/base/italy/italy_galbani"
    assert [(f.folder, f.name, f.status) for f in run.files] == [
        ("outputs", "Baseline_Table.xlsx", "verified"),
        ("logs", "pipeline_1.log", "verified"),
        ("outputs", "~$Baseline_Table.xlsx", "skipped"),
    ]
    assert run.files[0].sha256 == DIGEST
    assert run.files[0].remote_path.endswith("/outputs/Baseline_Table.xlsx")


def test_the_digest_of_a_file_done_event_fills_a_summary_without_one(tmp_path):
    store = HistoryStore(tmp_path / "h.sqlite3")
    ref = ev.FileRef("italy_galbani", "logs", "pipeline_1.log")
    done = ev.FileDone(ref, 90, "/base/logs/pipeline_1.log", True, "cd" * 32)
    _record(store, _finished(), events=[done])

    [run] = store.recent_runs()
    assert run.files[1].sha256 == "cd" * 32


def test_failed_runs_and_failed_files_keep_their_outcome_kind(tmp_path):
    store = HistoryStore(tmp_path / "h.sqlite3")
    _record(store, _finished(failed=True))
    failure = ev.RunFailed(
        ErrorKind.AUTH_FAILED, "Login refused.", "Check.", ev.RunSummary("france_president", None)
    )
    _record(store, failure, at=datetime(2024, 5, 6, 10, tzinfo=UTC))

    newest, oldest = store.recent_runs()
    assert (newest.bu, newest.outcome, newest.message) == (
        "france_president",
        "auth_failed",
        "Login refused.",
    )
    assert oldest.outcome == "some_failed"
    assert oldest.files[1].detail == "refused"


def test_runs_filter_by_business_unit_and_local_day(tmp_path):
    store = HistoryStore(tmp_path / "h.sqlite3")
    local = datetime(2024, 5, 6, 12, 0).astimezone()
    for days, bu in ((0, "italy_galbani"), (1, "italy_galbani"), (7, "france_president")):
        _record(store, _finished(bu), at=local - timedelta(days=days))

    assert [r.bu for r in store.recent_runs(bu="france_president")] == ["france_president"]
    assert len(store.recent_runs(since=date(2024, 5, 5))) == 2
    assert len(store.recent_runs(until=date(2024, 5, 5))) == 2
    only = store.recent_runs(since=date(2024, 5, 5), until=date(2024, 5, 5))
    assert [r.started_at.astimezone().date() for r in only] == [date(2024, 5, 5)]
    assert len(store.recent_runs(limit=1)) == 1
    assert store.business_units() == ["france_president", "italy_galbani"]


def test_a_new_database_gets_the_current_schema_version(tmp_path):
    path = tmp_path / "h.sqlite3"
    HistoryStore(path).recent_runs()
    with sqlite3.connect(path) as connection:
        assert connection.execute("PRAGMA user_version").fetchone()[0] == history.SCHEMA_VERSION


def test_a_database_from_a_newer_version_is_refused_and_the_upload_goes_on(tmp_path, caplog):
    path = tmp_path / "h.sqlite3"
    with sqlite3.connect(path) as connection:
        connection.execute(f"PRAGMA user_version = {history.SCHEMA_VERSION + 1}")
    store = HistoryStore(path)
    with pytest.raises(history.HistoryError, match="newer version"):
        store.recent_runs()

    recorder, seen = _record(store, _finished())
    assert seen == [_finished()] and recorder.recorded_id is None
    assert "not added to the history" in caplog.text


def test_a_file_that_is_not_a_database_gives_a_history_error(tmp_path):
    path = tmp_path / "h.sqlite3"
    path.write_bytes(b"this is not sqlite" * 100)
    with pytest.raises(history.HistoryError, match="cannot be used"):
        HistoryStore(path).recent_runs()


def test_the_default_database_lives_in_the_data_folder():
    from desktop_uploader import paths

    assert HistoryStore().path == paths.data_dir() / "history.sqlite3"


def test_csv_export_has_one_row_per_file_and_defuses_formulas(tmp_path):
    run = RunRecord(
        datetime(2024, 5, 6, 9, 30, tzinfo=UTC),
        datetime(2024, 5, 6, 9, 31, tzinfo=UTC),
        "bob",
        "analyst",
        "h:22",
        "italy_galbani",
        "/r",
        "ok",
        files=(
            history.FileRecord("outputs", "=cmd.xlsx", 3, DIGEST, "/r/outputs/=cmd.xlsx", "ok"),
            history.FileRecord("outputs", "Vendite_città.xlsx", 4, DIGEST, "/r/x", "ok"),
        ),
        id=7,
    )
    empty = RunRecord(run.started_at, run.finished_at, "bob", "a", "h:22", "x_y", "", "network")
    out = tmp_path / "history.csv"

    assert history.export_csv([run, empty], out) == 3
    assert out.read_bytes().startswith(b"\xef\xbb\xbf")
    with out.open(encoding="utf-8-sig", newline="") as stream:
        rows = list(csv.DictReader(stream))
    assert [row["name"] for row in rows] == ["'=cmd.xlsx", "Vendite_città.xlsx", ""]
    assert rows[0]["sha256"] == DIGEST and rows[0]["started_at"] == "2024-05-06T09:30:00+00:00"
    assert rows[2]["outcome"] == "network"


def test_a_files_values_follow_the_table_columns():
    from desktop_uploader.history import _FILE_COLUMNS, FileRecord, _file_values

    record = FileRecord("outputs", "a.xlsx", 3, "ab12", "/r/a.xlsx", "verified", "fine")

    assert _file_values(record) == tuple(getattr(record, column) for column in _FILE_COLUMNS)
