"""The History window: recorded runs filtered by business unit and date, the files of
the chosen run with their SHA-256, and Export CSV. "What did I send last week?" """

from __future__ import annotations

import logging
from datetime import date, timedelta
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDate, QLocale, Qt, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop_uploader import history
from desktop_uploader.engine.errors import TITLES, ErrorKind
from desktop_uploader.gui.engine_texts import error_text, translated
from desktop_uploader.gui.formatting import human_size

log = logging.getLogger(__name__)

DEFAULT_DAYS = 30
MAX_RUNS = 500


def run_columns() -> tuple[str, ...]:
    return (
        QCoreApplication.translate("HistoryDialog", "When"),
        QCoreApplication.translate("HistoryDialog", "Business unit"),
        QCoreApplication.translate("HistoryDialog", "Outcome"),
        QCoreApplication.translate("HistoryDialog", "Server"),
        QCoreApplication.translate("HistoryDialog", "SFTP user"),
        QCoreApplication.translate("HistoryDialog", "By"),
        QCoreApplication.translate("HistoryDialog", "Files"),
    )


def file_columns() -> tuple[str, ...]:
    return (
        QCoreApplication.translate("HistoryDialog", "Status"),
        QCoreApplication.translate("HistoryDialog", "Folder"),
        QCoreApplication.translate("HistoryDialog", "Name"),
        QCoreApplication.translate("HistoryDialog", "Size"),
        "SHA-256",
        QCoreApplication.translate("HistoryDialog", "Remote path"),
    )


def file_status_words(status: str) -> str:
    """A file status as the history stores it (a FileStatus value) in the window's language."""
    words = {
        "verified": QCoreApplication.translate("HistoryDialog", "verified"),
        "uploaded": QCoreApplication.translate("HistoryDialog", "uploaded"),
        "skipped": QCoreApplication.translate("HistoryDialog", "skipped"),
        "failed": QCoreApplication.translate("HistoryDialog", "failed"),
        "pending": QCoreApplication.translate("HistoryDialog", "pending"),
    }
    return words.get(status, status)


class HistoryDialog(QDialog):
    """Non-modal: the analyst can keep it open beside the main window."""

    def __init__(self, parent: QWidget | None = None, store=None) -> None:
        super().__init__(parent)
        self.setObjectName("historyDialog")
        self.setWindowTitle(self.tr("Upload history"))
        self.resize(1000, 600)
        self._store = store or history.HistoryStore()
        self._runs: list[history.RunRecord] = []
        self._export_dialog: QFileDialog | None = None
        self._build()
        self.refresh()

    def _build(self) -> None:
        self.bu_combo = QComboBox()
        self.bu_combo.setObjectName("historyBuCombo")
        self.bu_combo.setAccessibleName(self.tr("Business unit filter"))
        self.since_edit = _date_edit(
            "historySinceEdit", self.tr("From"), date.today() - timedelta(DEFAULT_DAYS)
        )
        self.until_edit = _date_edit("historyUntilEdit", self.tr("To"), date.today())
        self.export_button = QPushButton(self.tr("&Export CSV…"))
        self.export_button.setObjectName("historyExportButton")
        self.status_label = QLabel()
        self.status_label.setObjectName("historyStatus")
        self.status_label.setWordWrap(True)
        self.runs_table = _table("historyRunsTable", self.tr("Recorded runs"), run_columns())
        self.files_table = _table(
            "historyFilesTable", self.tr("Files of the chosen run"), file_columns()
        )
        self.files_table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)

        filters = QHBoxLayout()
        for text, widget in (
            (self.tr("&Business unit"), self.bu_combo),
            (self.tr("&From"), self.since_edit),
            (self.tr("&To"), self.until_edit),
        ):
            label = QLabel(text)
            label.setBuddy(widget)
            filters.addWidget(label)
            filters.addWidget(widget)
        filters.addStretch(1)
        filters.addWidget(self.export_button)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.runs_table)
        split.addWidget(self.files_table)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(split, 1)
        layout.addWidget(self.status_label)

        self.bu_combo.currentIndexChanged.connect(self.refresh)
        self.since_edit.dateChanged.connect(self.refresh)
        self.until_edit.dateChanged.connect(self.refresh)
        self.runs_table.itemSelectionChanged.connect(self._on_runs_table_selection_changed)
        self.export_button.clicked.connect(self._on_export_clicked)

    # Filters and tables

    def filters(self) -> dict:
        bu = self.bu_combo.currentData() or None
        since = self.since_edit.date().toPython()
        until = self.until_edit.date().toPython()
        return {"bu": bu, "since": since, "until": until}

    @Slot()
    def refresh(self) -> None:
        """Read the runs that match the filters again, newest first."""
        try:
            self._fill_bu_choices()
            self._runs = self._store.recent_runs(**self.filters(), limit=MAX_RUNS)
        except history.HistoryError as exc:
            self._runs = []
            self.status_label.setText(error_text(exc))
        else:
            count = len(self._runs)
            if count == MAX_RUNS:
                text = self.tr("%n recorded run(s) match (the newest {max} are shown).", "", count)
                self.status_label.setText(text.format(max=MAX_RUNS))
            else:
                self.status_label.setText(self.tr("%n recorded run(s) match.", "", count))
        self._fill_runs()

    def _fill_bu_choices(self) -> None:
        chosen = self.bu_combo.currentData()
        self.bu_combo.blockSignals(True)
        self.bu_combo.clear()
        self.bu_combo.addItem(self.tr("All business units"), "")
        for bu in self._store.business_units():
            self.bu_combo.addItem(bu, bu)
        index = self.bu_combo.findData(chosen) if chosen else 0
        self.bu_combo.setCurrentIndex(max(index, 0))
        self.bu_combo.blockSignals(False)

    def _fill_runs(self) -> None:
        table = self.runs_table
        table.setRowCount(len(self._runs))
        for row, run in enumerate(self._runs):
            when = _when_text(run)
            values = (when, run.bu, _outcome_text(run), run.server, run.sftp_user, run.os_user)
            for column, value in enumerate((*values, str(len(run.files)))):
                table.setItem(row, column, _item(value))
        if self._runs:
            table.selectRow(0)
        else:
            self.files_table.setRowCount(0)

    @Slot()
    def _on_runs_table_selection_changed(self) -> None:
        rows = self.runs_table.selectionModel().selectedRows()
        run = self._runs[rows[0].row()] if rows else None
        files = run.files if run else ()
        self.files_table.setRowCount(len(files))
        for row, file in enumerate(files):
            size = human_size(file.size) if file.status != "skipped" else ""
            status = file_status_words(file.status)
            values = (status, file.folder, file.name, size, file.sha256, file.remote_path)
            for column, value in enumerate(values):
                item = _item(value)
                if column == 2 and file.detail:
                    item.setToolTip(translated(file.detail))
                self.files_table.setItem(row, column, item)

    # Export

    @Slot()
    def _on_export_clicked(self) -> None:
        dialog = QFileDialog(self, self.tr("Export the shown runs as CSV"))
        dialog.setObjectName("historyExportDialog")
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setNameFilter(self.tr("CSV files (*.csv)"))
        dialog.setDefaultSuffix("csv")
        dialog.selectFile(f"upload-history-{date.today().isoformat()}.csv")
        dialog.fileSelected.connect(lambda name: self.export_to(Path(name)))
        self._export_dialog = dialog
        dialog.open()

    def export_to(self, path: Path) -> bool:
        """Write the runs shown to a CSV file; the status line says how it went."""
        try:
            rows = history.export_csv(self._runs, path)
        except OSError as exc:
            text = self.tr("The CSV file could not be written: {reason}")
            self.status_label.setText(text.format(reason=exc.strerror or exc))
            return False
        text = self.tr("Exported {rows} rows ({runs} runs) to {path}.")
        self.status_label.setText(text.format(rows=rows, runs=len(self._runs), path=path))
        return True


def _when_text(run: history.RunRecord) -> str:
    """The run's start in the locale's short date and time, e.g. 04/12/2026 09:15 in French."""
    started = run.started_at.astimezone()
    day = QLocale().toString(started.date(), short_date_format())
    return f"{day} {started.strftime('%H:%M')}"


def _outcome_text(run: history.RunRecord) -> str:
    if run.outcome == history.OUTCOME_OK:
        return QCoreApplication.translate("HistoryDialog", "Uploaded")
    if run.outcome == history.OUTCOME_SOME_FAILED:
        return QCoreApplication.translate("HistoryDialog", "Some files failed")
    kind = _kind_title(run.outcome)
    return kind or run.outcome.replace("_", " ").capitalize()


def _kind_title(outcome: str) -> str | None:
    """An outcome named after an error kind ("auth_failed") shows that kind's title."""
    try:
        return translated(TITLES[ErrorKind(outcome)])
    except ValueError:
        return None


def _date_edit(name: str, accessible: str, day: date) -> QDateEdit:
    edit = QDateEdit(QDate(day.year, day.month, day.day))
    edit.setObjectName(name)
    edit.setAccessibleName(accessible)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat(short_date_format())
    return edit


def short_date_format() -> str:
    """The locale's own short date, with the year in full: 04/12/2026 in French, where
    Italian and Spanish would otherwise write 04/12/26 and 4/12/26."""
    short = QLocale().dateFormat(QLocale.FormatType.ShortFormat)
    return short if "yyyy" in short else short.replace("yy", "yyyy")


def _table(name: str, accessible: str, columns: tuple[str, ...]) -> QTableWidget:
    table = QTableWidget(0, len(columns))
    table.setObjectName(name)
    table.setAccessibleName(accessible)
    table.setHorizontalHeaderLabels(columns)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.verticalHeader().hide()
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    table.horizontalHeader().setStretchLastSection(True)
    # A heading can be wider than the default width ("Unidad de negocio"): such a
    # column starts as wide as its heading; the others keep the default width.
    header = table.horizontalHeader()
    for column in range(len(columns)):
        table.setColumnWidth(column, max(table.columnWidth(column), header.sectionSizeHint(column)))
    return table


def _item(text: str) -> QTableWidgetItem:
    return QTableWidgetItem(text)
