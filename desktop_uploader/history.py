"""The run history: every upload recorded in a local SQLite database, never a password.

Both faces attach a :class:`HistoryRecorder` around their event sink, so the engine
stays free of storage. A run is written once, when its last event (RunFinished or
RunFailed) arrives, with each file's size, SHA-256, remote path and outcome.

The schema version lives in SQLite's ``user_version`` pragma; each entry of
``_MIGRATIONS`` takes the database one version further, so an older file is upgraded
in place when it is first opened.
"""

from __future__ import annotations

import csv
import getpass
import logging
import sqlite3
from collections.abc import Callable, Iterable
from contextlib import closing
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path

from desktop_uploader import paths
from desktop_uploader.engine import events as ev
from desktop_uploader.engine.settings import ServerSettings
from desktop_uploader.engine.texts import QT_TRANSLATE_NOOP

log = logging.getLogger(__name__)

DATABASE_NAME = "history.sqlite3"
DEFAULT_LIMIT = 50
# Outcome kinds besides the engine's error kinds (auth_failed, network, cancelled...).
OUTCOME_OK = "ok"
OUTCOME_SOME_FAILED = "some_failed"

# Each entry takes the schema one version further; entries are never edited once
# released, only appended, because users' databases were created by the older ones.
_MIGRATIONS: tuple[tuple[str, ...], ...] = (
    # Version 1: one row per run of one business unit, one row per file of that run.
    (
        """CREATE TABLE runs (
            id INTEGER PRIMARY KEY,
            started_at TEXT NOT NULL,
            finished_at TEXT NOT NULL,
            os_user TEXT NOT NULL,
            sftp_user TEXT NOT NULL,
            server TEXT NOT NULL,
            bu TEXT NOT NULL,
            remote_dir TEXT NOT NULL,
            outcome TEXT NOT NULL,
            message TEXT NOT NULL,
            face TEXT NOT NULL
        )""",
        "CREATE INDEX runs_by_bu_and_time ON runs (bu, started_at)",
        "CREATE INDEX runs_by_time ON runs (started_at)",
        """CREATE TABLE files (
            id INTEGER PRIMARY KEY,
            run_id INTEGER NOT NULL REFERENCES runs (id) ON DELETE CASCADE,
            folder TEXT NOT NULL,
            name TEXT NOT NULL,
            size INTEGER NOT NULL,
            sha256 TEXT NOT NULL,
            remote_path TEXT NOT NULL,
            status TEXT NOT NULL,
            detail TEXT NOT NULL
        )""",
        "CREATE INDEX files_by_run ON files (run_id)",
    ),
)
SCHEMA_VERSION = len(_MIGRATIONS)

_RUN_COLUMNS = (
    "started_at",
    "finished_at",
    "os_user",
    "sftp_user",
    "server",
    "bu",
    "remote_dir",
    "outcome",
    "message",
    "face",
)
# In the order of FileRecord's fields.
_FILE_COLUMNS = ("folder", "name", "size", "sha256", "remote_path", "status", "detail")
CSV_COLUMNS = ("run_id", *_RUN_COLUMNS, *_FILE_COLUMNS)


def _insert(table: str, columns: tuple[str, ...]) -> str:
    return f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({', '.join('?' * len(columns))})"


class HistoryError(Exception):
    """The history database cannot be used; the message names the file and the cause."""


@dataclass(frozen=True)
class FileRecord:
    folder: str
    name: str
    size: int
    sha256: str
    remote_path: str
    status: str
    detail: str = ""


def _file_values(file: FileRecord) -> tuple[object, ...]:
    # By hand, in _FILE_COLUMNS's order: dataclasses.astuple deep-copies every field,
    # which costs as much as the rest of recording a run of a thousand files.
    return (
        file.folder,
        file.name,
        file.size,
        file.sha256,
        file.remote_path,
        file.status,
        file.detail,
    )


@dataclass(frozen=True)
class RunRecord:
    """One recorded run of one business unit. Times are timezone-aware (UTC)."""

    started_at: datetime
    finished_at: datetime
    os_user: str
    sftp_user: str
    server: str  # host:port
    bu: str
    remote_dir: str
    outcome: str  # "ok", "some_failed", or an error kind such as "auth_failed"
    message: str = ""
    face: str = ""  # "gui" or "cli"
    files: tuple[FileRecord, ...] = ()
    id: int | None = None


def _stamp(moment: datetime) -> str:
    # One fixed format in UTC, so that text order is time order in SQL comparisons.
    return moment.astimezone(UTC).isoformat(timespec="seconds")


def _local_midnight(day: date) -> datetime:
    return datetime.combine(day, time.min).astimezone()


class HistoryStore:
    """The database file; each call opens its own connection, so any thread may call.

    Args:
        path: the database file; defaults to ``history.sqlite3`` in the data folder.
    """

    def __init__(self, path: Path | None = None) -> None:
        self.path = path or paths.data_dir() / DATABASE_NAME

    def _connect(self) -> sqlite3.Connection:
        try:
            connection = sqlite3.connect(self.path, timeout=10)
            connection.execute("PRAGMA foreign_keys = ON")
            _migrate(connection, self.path)
        except sqlite3.DatabaseError as exc:
            message = QT_TRANSLATE_NOOP(
                "Messages", "The history database {path} cannot be used: {error}"
            )
            raise HistoryError(message.format(path=self.path, error=exc)) from exc
        return connection

    def add(self, run: RunRecord) -> int:
        """Store a run with its files; returns its id.

        Raises:
            HistoryError: the database cannot be opened or written.
        """
        try:
            with closing(self._connect()) as connection, connection:
                cursor = connection.execute(_insert("runs", _RUN_COLUMNS), _run_values(run))
                run_id = int(cursor.lastrowid or 0)
                connection.executemany(
                    _insert("files", ("run_id", *_FILE_COLUMNS)),
                    [(run_id, *_file_values(file)) for file in run.files],
                )
        except sqlite3.Error as exc:
            message = QT_TRANSLATE_NOOP("Messages", "The run could not be added to {path}: {error}")
            raise HistoryError(message.format(path=self.path, error=exc)) from exc
        return run_id

    def recent_runs(
        self,
        *,
        bu: str | None = None,
        since: date | None = None,
        until: date | None = None,
        limit: int = DEFAULT_LIMIT,
    ) -> list[RunRecord]:
        """The newest runs first, with their files.

        Args:
            bu: only this business unit; None for all.
            since: only runs started on or after this local day.
            until: only runs started on or before this local day.
            limit: at most this many runs.

        Raises:
            HistoryError: the database cannot be opened or read.
        """
        clauses, values = [], []
        if bu:
            clauses.append("bu = ?")
            values.append(bu)
        if since is not None:
            clauses.append("started_at >= ?")
            values.append(_stamp(_local_midnight(since)))
        if until is not None:
            clauses.append("started_at < ?")
            values.append(_stamp(_local_midnight(until + timedelta(days=1))))
        where = f"WHERE {' AND '.join(clauses)}" if clauses else ""
        query = (
            f"SELECT id, {', '.join(_RUN_COLUMNS)} FROM runs {where} "
            "ORDER BY started_at DESC, id DESC LIMIT ?"
        )
        try:
            with closing(self._connect()) as connection:
                rows = connection.execute(query, [*values, max(0, limit)]).fetchall()
                return [_run_from_row(row, _files_of(connection, row[0])) for row in rows]
        except sqlite3.Error as exc:
            raise self._unreadable(exc) from exc

    def business_units(self) -> list[str]:
        """Every business unit that has a recorded run, sorted."""
        try:
            with closing(self._connect()) as connection:
                rows = connection.execute("SELECT DISTINCT bu FROM runs ORDER BY bu").fetchall()
        except sqlite3.Error as exc:
            raise self._unreadable(exc) from exc
        return [row[0] for row in rows]

    def _unreadable(self, exc: sqlite3.Error) -> HistoryError:
        message = QT_TRANSLATE_NOOP("Messages", "The history in {path} could not be read: {error}")
        return HistoryError(message.format(path=self.path, error=exc))


def _migrate(connection: sqlite3.Connection, path: Path) -> None:
    """Bring the schema to SCHEMA_VERSION; two processes opening a new file at once
    are serialised by the immediate (write-locking) transaction."""
    if _schema_version(connection, path) == SCHEMA_VERSION:
        return
    connection.isolation_level = None  # the transaction below is managed by hand
    connection.execute("BEGIN IMMEDIATE")
    try:
        version = _schema_version(connection, path)
        for number in range(version, SCHEMA_VERSION):
            for statement in _MIGRATIONS[number]:
                connection.execute(statement)
            connection.execute(f"PRAGMA user_version = {number + 1}")
        connection.execute("COMMIT")
    except BaseException:
        connection.execute("ROLLBACK")
        raise
    finally:
        connection.isolation_level = ""
    log.info("History database %s is at schema %d", path, SCHEMA_VERSION)


def _schema_version(connection: sqlite3.Connection, path: Path) -> int:
    version = int(connection.execute("PRAGMA user_version").fetchone()[0])
    if version > SCHEMA_VERSION:
        message = QT_TRANSLATE_NOOP(
            "Messages",
            "The history database {path} was written by a newer version of the app (schema "
            "{version}); this version reads schema {supported} at most.",
        )
        raise HistoryError(message.format(path=path, version=version, supported=SCHEMA_VERSION))
    return version


def _run_values(run: RunRecord) -> list[object]:
    times = [_stamp(run.started_at), _stamp(run.finished_at)]
    return times + [getattr(run, column) for column in _RUN_COLUMNS[2:]]


def _files_of(connection: sqlite3.Connection, run_id: int) -> tuple[FileRecord, ...]:
    rows = connection.execute(
        f"SELECT {', '.join(_FILE_COLUMNS)} FROM files WHERE run_id = ? ORDER BY id",
        (run_id,),
    ).fetchall()
    return tuple(FileRecord(*row) for row in rows)


def _run_from_row(row: tuple, files: tuple[FileRecord, ...]) -> RunRecord:
    run_id, started, finished, *rest = row
    return RunRecord(
        datetime.fromisoformat(started),
        datetime.fromisoformat(finished),
        *rest,
        files=files,
        id=run_id,
    )


# Recording


def os_user() -> str:
    """The logged-in user's name, or "" where the OS cannot tell (no password entry)."""
    try:
        return getpass.getuser()
    except (OSError, KeyError, ImportError):
        return ""


def outcome_of(result: ev.RunFinished | ev.RunFailed) -> str:
    """The outcome kind stored for a run's last event."""
    if isinstance(result, ev.RunFailed):
        return result.kind.value
    failed = result.summary.count(ev.FileStatus.FAILED)
    return OUTCOME_SOME_FAILED if failed else OUTCOME_OK


class HistoryRecorder:
    """An event sink that passes every event on and records the run when it ends.

    Recording never breaks an upload: a database that cannot be written is logged as a
    warning and the run goes on.

    Args:
        sink: the face's own event sink; receives every event unchanged.
        server: the server of the run (host, port, SFTP user); no password is read.
        face: "gui" or "cli".
        store: where runs go; the default database when None.
        clock: returns the current time (tests inject a fixed one).
    """

    def __init__(
        self,
        sink: ev.EventSink,
        server: ServerSettings,
        face: str,
        *,
        store: HistoryStore | None = None,
        clock: Callable[[], datetime] = lambda: datetime.now(UTC),
    ) -> None:
        self._sink = sink
        self._server = server
        self._face = face
        self._store = store or HistoryStore()
        self._clock = clock
        self._started_at = clock()
        # FileDone carries the digest even if a summary were built without it.
        self._digests: dict[str, str] = {}
        self.recorded_id: int | None = None

    def __call__(self, event: ev.Event) -> None:
        if isinstance(event, ev.BUStarted):
            # Several BUs share one recorder: each run starts when its BU's turn comes.
            self._started_at = self._clock()
            self._digests.clear()
        if isinstance(event, ev.FileDone) and event.sha256:
            self._digests[event.file.key] = event.sha256
        if isinstance(event, (ev.RunFinished, ev.RunFailed)):
            self._record(event)
        self._sink(event)

    def _record(self, result: ev.RunFinished | ev.RunFailed) -> None:
        run = self.run_record(result)
        try:
            self.recorded_id = self._store.add(run)
        except HistoryError as exc:
            log.warning("The run of %s was not added to the history: %s", run.bu, exc)

    def run_record(self, result: ev.RunFinished | ev.RunFailed) -> RunRecord:
        """The record a run's last event makes."""
        summary = result.summary
        files = tuple(
            FileRecord(
                o.file.folder,
                o.file.name,
                o.size,
                o.sha256 or self._digests.get(o.file.key, ""),
                o.remote_path,
                o.status.value,
                o.detail,
            )
            for o in summary.outcomes
        )
        return RunRecord(
            started_at=self._started_at,
            finished_at=self._clock(),
            os_user=os_user(),
            sftp_user=self._server.username,
            server=f"{self._server.host}:{self._server.port}",
            bu=summary.bu,
            remote_dir=summary.remote_dir or "",
            outcome=outcome_of(result),
            message=result.message if isinstance(result, ev.RunFailed) else "",
            face=self._face,
            files=files,
        )


# Export


def _cell(value: object) -> object:
    # Spreadsheets run a cell that starts with = + - @ as a formula; a file name is data.
    if isinstance(value, str) and value[:1] in ("=", "+", "-", "@"):
        return "'" + value
    return value


def csv_rows(runs: Iterable[RunRecord]) -> Iterable[list[object]]:
    """One row per file (a run without files gets one row with empty file columns)."""
    for run in runs:
        head = [run.id, *_run_values(run)]
        for file in run.files or (None,):
            tail = _file_values(file) if file else ("",) * len(_FILE_COLUMNS)
            yield [*head, *tail]


def export_csv(runs: Iterable[RunRecord], path: Path) -> int:
    """Write runs to a CSV file; returns the number of data rows.

    The file starts with a UTF-8 byte order mark: without it, Excel on Windows reads
    accented file names as the legacy code page.

    Raises:
        OSError: the file cannot be written.
    """
    count = 0
    with path.open("w", encoding="utf-8-sig", newline="") as stream:
        writer = csv.writer(stream)
        writer.writerow(CSV_COLUMNS)
        for row in csv_rows(runs):
            writer.writerow([_cell(value) for value in row])
            count += 1
    return count
