"""The History window: recorded runs filtered by business unit and date, the files of
the chosen run with their SHA-256, and Export CSV. "What did I send last week?" """

from __future__ import annotations

import logging
from datetime import date, timedelta
from pathlib import Path

from PySide6.QtCore import QDate, Qt, Slot
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
from desktop_uploader.gui.formatting import human_size

log = logging.getLogger(__name__)

ALL_BUS_TEXT = "All business units"
DEFAULT_DAYS = 30
MAX_RUNS = 500
RUN_COLUMNS = ("When", "Business unit", "Outcome", "Server", "SFTP user", "By", "Files")
FILE_COLUMNS = ("Status", "Folder", "Name", "Size", "SHA-256", "Remote path")


class HistoryDialog(QDialog):
    """Non-modal: the analyst can keep it open beside the main window."""

    def __init__(self, parent: QWidget | None = None, store=None) -> None:
        super().__init__(parent)
        self.setObjectName("historyDialog")
        self.setWindowTitle("Upload history")
        self.resize(1000, 600)
        self._store = store or history.HistoryStore()
        self._runs: list[history.RunRecord] = []
        self._export_dialog: QFileDialog | None = None
        self._build()
        self.refresh()

    def _build(self) -> None:
        self.bu_combo = QComboBox()
        self.bu_combo.setObjectName("historyBuCombo")
        self.bu_combo.setAccessibleName("Business unit filter")
        self.since_edit = _date_edit(
            "historySinceEdit", "From", date.today() - timedelta(DEFAULT_DAYS)
        )
        self.until_edit = _date_edit("historyUntilEdit", "To", date.today())
        self.export_button = QPushButton("&Export CSV…")
        self.export_button.setObjectName("historyExportButton")
        self.status_label = QLabel()
        self.status_label.setObjectName("historyStatus")
        self.status_label.setWordWrap(True)
        self.runs_table = _table("historyRunsTable", "Recorded runs", RUN_COLUMNS)
        self.files_table = _table("historyFilesTable", "Files of the chosen run", FILE_COLUMNS)
        self.files_table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)

        filters = QHBoxLayout()
        for text, widget in (
            ("&Business unit", self.bu_combo),
            ("&From", self.since_edit),
            ("&To", self.until_edit),
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
            self.status_label.setText(str(exc))
        else:
            count = len(self._runs)
            more = f" (the newest {MAX_RUNS} are shown)" if count == MAX_RUNS else ""
            self.status_label.setText(f"{count} recorded runs match{more}.")
        self._fill_runs()

    def _fill_bu_choices(self) -> None:
        chosen = self.bu_combo.currentData()
        self.bu_combo.blockSignals(True)
        self.bu_combo.clear()
        self.bu_combo.addItem(ALL_BUS_TEXT, "")
        for bu in self._store.business_units():
            self.bu_combo.addItem(bu, bu)
        index = self.bu_combo.findData(chosen) if chosen else 0
        self.bu_combo.setCurrentIndex(max(index, 0))
        self.bu_combo.blockSignals(False)

    def _fill_runs(self) -> None:
        table = self.runs_table
        table.setRowCount(len(self._runs))
        for row, run in enumerate(self._runs):
            when = run.started_at.astimezone().strftime("%Y-%m-%d %H:%M")
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
            values = (file.status, file.folder, file.name, size, file.sha256, file.remote_path)
            for column, value in enumerate(values):
                item = _item(value)
                if column == 2 and file.detail:
                    item.setToolTip(file.detail)
                self.files_table.setItem(row, column, item)

    # Export

    @Slot()
    def _on_export_clicked(self) -> None:
        dialog = QFileDialog(self, "Export the shown runs as CSV")
        dialog.setObjectName("historyExportDialog")
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setNameFilter("CSV files (*.csv)")
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
            self.status_label.setText(f"The CSV file could not be written: {exc.strerror or exc}")
            return False
        self.status_label.setText(f"Exported {rows} rows ({len(self._runs)} runs) to {path}.")
        return True


def _outcome_text(run: history.RunRecord) -> str:
    if run.outcome == history.OUTCOME_OK:
        return "Uploaded"
    if run.outcome == history.OUTCOME_SOME_FAILED:
        return "Some files failed"
    return run.outcome.replace("_", " ").capitalize()


def _date_edit(name: str, accessible: str, day: date) -> QDateEdit:
    edit = QDateEdit(QDate(day.year, day.month, day.day))
    edit.setObjectName(name)
    edit.setAccessibleName(accessible)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("yyyy-MM-dd")
    return edit


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
    return table


def _item(text: str) -> QTableWidgetItem:
    return QTableWidgetItem(text)
