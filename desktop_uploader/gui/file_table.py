"""The per-file table: one row per file of every business unit, each with its own
progress bar. Rows are found by the engine's file key, never by position, because the
engine reports files in its own order."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QDateTime,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import (
    QApplication,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionProgressBar,
    QStyleOptionViewItem,
)

from desktop_uploader.engine.events import FileRef
from desktop_uploader.engine.local_files import LocalPlan
from desktop_uploader.engine.preview import BUPreview, FileAction, PreviewFile
from desktop_uploader.gui.engine_texts import translated
from desktop_uploader.gui.formatting import human_size

WAITING, SENDING, DONE, SKIPPED, FAILED = "Waiting", "Sending", "Done", "Skipped", "Failed"
NOT_SENT = "Not sent"
_STATUS_COLOURS = {DONE: QColor("#1b7a2f"), FAILED: QColor("#b3261e"), SKIPPED: QColor("#6b6b6b")}

COLUMNS = ("Business unit", "Folder", "File", "Size", "Progress", "Status")
PROGRESS_COLUMN = COLUMNS.index("Progress")
PERCENT_ROLE = Qt.ItemDataRole.UserRole + 1


def column_titles() -> tuple[str, ...]:
    """COLUMNS in the window's language."""
    return (
        QCoreApplication.translate("FileTableModel", "Business unit"),
        QCoreApplication.translate("FileTableModel", "Folder"),
        QCoreApplication.translate("FileTableModel", "File"),
        QCoreApplication.translate("FileTableModel", "Size"),
        QCoreApplication.translate("FileTableModel", "Progress"),
        QCoreApplication.translate("FileTableModel", "Status"),
    )


def status_words(status: str) -> str:
    """A file's status (one of the English constants above) in the window's language."""
    words = {
        WAITING: QCoreApplication.translate("FileTableModel", "Waiting"),
        SENDING: QCoreApplication.translate("FileTableModel", "Sending"),
        DONE: QCoreApplication.translate("FileTableModel", "Done"),
        SKIPPED: QCoreApplication.translate("FileTableModel", "Skipped"),
        FAILED: QCoreApplication.translate("FileTableModel", "Failed"),
        NOT_SENT: QCoreApplication.translate("FileTableModel", "Not sent"),
    }
    return words.get(status, status)


@dataclass
class FileRow:
    file: FileRef
    size: int
    status: str = WAITING
    done: int = 0
    detail: str = ""

    @property
    def percent(self) -> int | None:
        if self.status == SKIPPED:
            return None
        if self.size <= 0:
            return 100 if self.status == DONE else 0
        return min(100, self.done * 100 // self.size)


class FileTableModel(QAbstractTableModel):
    """Holds the rows; the window's slots feed it the worker's signals."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: list[FileRow] = []
        self._by_key: dict[str, int] = {}

    # Filling

    def set_plans(self, plans: list[tuple[str, LocalPlan]]) -> None:
        """Show what each business unit will send and skip, before anything is sent."""
        self.beginResetModel()
        self._rows, self._by_key = [], {}
        for bu, plan in plans:
            for local in plan.files:
                self._append(FileRow(FileRef(bu, local.folder, local.name), local.size))
            for skipped in plan.skipped:
                ref = FileRef(bu, skipped.folder, skipped.name)
                self._append(FileRow(ref, 0, SKIPPED, detail=skipped.reason))
        self.endResetModel()

    def show_preview(self, unit: BUPreview) -> None:
        """Show what the upload would do with each file of one business unit."""
        for file in unit.files:
            ref = FileRef(unit.bu, file.folder, file.name)
            status, detail = self._preview_words(file)
            self._update(ref, file.size, status=status, done=0, detail=detail)

    def _preview_words(self, file: PreviewFile) -> tuple[str, str]:
        """The status and detail of a previewed file; a file not sent shows as Skipped."""
        notes = [translated(file.reason)] if file.reason else []
        if file.remote_size is not None:
            notes.append(self._remote_facts(file.remote_size, file.remote_mtime))
        words = {
            FileAction.NEW: self.tr("New"),
            FileAction.UNCHANGED: self.tr("Unchanged"),
            FileAction.REPLACES: self.tr("Replaces"),
            FileAction.SKIPPED: SKIPPED,
        }
        return words[file.action], "; ".join(notes)

    def _remote_facts(self, size: int, mtime: int | None) -> str:
        if mtime is None:
            return self.tr("on the server: {size}").format(size=human_size(size))
        when = QLocale().toString(
            QDateTime.fromSecsSinceEpoch(int(mtime)), QLocale.FormatType.ShortFormat
        )
        return self.tr("on the server: {size}, {date}").format(size=human_size(size), date=when)

    def _append(self, row: FileRow) -> None:
        self._by_key[row.file.key] = len(self._rows)
        self._rows.append(row)

    # Updates from the engine

    def mark_started(self, file: FileRef, size: int, resume_offset: int) -> None:
        self._update(file, size, status=SENDING, done=resume_offset, detail="")

    def mark_progress(self, file: FileRef, done: int, size: int) -> None:
        self._update(file, size, done=done)

    def mark_done(self, file: FileRef, size: int, verified: bool) -> None:
        detail = "" if verified else self.tr("size could not be checked on the server")
        self._update(file, size, status=DONE, done=size, detail=detail)

    def mark_skipped(self, file: FileRef, reason: str) -> None:
        self._update(file, 0, status=SKIPPED, done=0, detail=reason)

    def mark_failed(self, file: FileRef, message: str) -> None:
        self._update(file, None, status=FAILED, detail=message)

    def reset_unfinished(self) -> None:
        """A retry will send the unfinished files again: they wait. Their bars keep what
        was sent, since the next attempt resumes from what the server kept; its
        file_started event sets the bar to exactly that."""
        for number, row in enumerate(self._rows):
            if row.status == SENDING:
                row.status = WAITING
                self._row_changed(number)

    def mark_unsent(self) -> None:
        """At the end of a run, files still waiting or half sent are not on the server.

        A part of a half-sent file may be kept on the server, hidden, for the next run
        to resume; under its real name the file is absent.
        """
        for number, row in enumerate(self._rows):
            if row.status in (WAITING, SENDING):
                row.status, row.done = NOT_SENT, 0
                self._row_changed(number)

    def _update(self, file: FileRef, size: int | None, **changes) -> None:
        number = self._by_key.get(file.key)
        if number is None:
            # A file that appeared after the folder was scanned still gets its row.
            number = len(self._rows)
            self.beginInsertRows(QModelIndex(), number, number)
            self._append(FileRow(file, size or 0))
            self.endInsertRows()
        row = self._rows[number]
        if size is not None:
            row.size = size
        for name, value in changes.items():
            setattr(row, name, value)
        self._row_changed(number)

    def _row_changed(self, number: int) -> None:
        last = len(COLUMNS) - 1
        self.dataChanged.emit(self.index(number, 0), self.index(number, last))

    # Totals for the overall bar

    def totals(self) -> tuple[int, int]:
        """Bytes done and bytes to send, over every file that is not skipped."""
        sent = [row for row in self._rows if row.status != SKIPPED]
        return sum(row.done for row in sent), sum(row.size for row in sent)

    def count(self, status: str) -> int:
        return sum(1 for row in self._rows if row.status == status)

    def row(self, number: int) -> FileRow:
        return self._rows[number]

    def row_for(self, key: str) -> FileRow | None:
        number = self._by_key.get(key)
        return None if number is None else self._rows[number]

    # Qt model interface

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: B008 (Qt's own signature)
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return column_titles()[section]
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        if role == PERCENT_ROLE:
            return row.percent
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, index.column())
        if role == Qt.ItemDataRole.ToolTipRole:
            return translated(row.detail) or None
        if role == Qt.ItemDataRole.ForegroundRole and index.column() == len(COLUMNS) - 1:
            return _STATUS_COLOURS.get(row.status)
        return None

    @staticmethod
    def _display(row: FileRow, column: int) -> str | None:
        if column == PROGRESS_COLUMN:
            return None if row.percent is None else f"{row.percent}%"
        if column == len(COLUMNS) - 1:
            status = status_words(row.status)
            if not row.detail:
                return status
            text = QCoreApplication.translate("FileTableModel", "{status}: {detail}")
            return text.format(status=status, detail=translated(row.detail))
        if column == 3:
            # A file left out by its name has no size; one the policy keeps out has.
            return "" if row.status == SKIPPED and not row.size else human_size(row.size)
        return (row.file.bu, row.file.folder, row.file.name)[column]


class ProgressDelegate(QStyledItemDelegate):
    """Draws a file's progress as a small progress bar in its cell."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index) -> None:
        percent = index.data(PERCENT_ROLE)
        if percent is None:
            super().paint(painter, option, index)
            return
        bar = QStyleOptionProgressBar()
        bar.rect = option.rect.adjusted(2, 3, -2, -3)
        bar.minimum, bar.maximum, bar.progress = 0, 100, percent
        bar.text, bar.textVisible = f"{percent}%", True
        bar.state = option.state | QStyle.StateFlag.State_Horizontal
        style = option.widget.style() if option.widget else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ProgressBar, bar, painter, option.widget)
