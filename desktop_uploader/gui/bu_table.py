"""The list of business units to upload: one row per BU folder found on disk."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal, Slot
from PySide6.QtGui import QColor, QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableWidget, QTableWidgetItem

from desktop_uploader.gui.engine_texts import translated
from desktop_uploader.gui.folder_scan import FoundBU, is_bu_name
from desktop_uploader.gui.formatting import counts, human_size, shown_folder

COLUMNS = ("Business unit", "To upload", "Size", "Skipped", "Local folder", "Status")
NAME, FILES, SIZE, SKIPPED, FOLDER, STATUS = range(len(COLUMNS))
_FOUND_ROLE = Qt.ItemDataRole.UserRole + 1
_CHECKABLE = Qt.ItemFlag.ItemIsUserCheckable
_BAD_NAME_COLOUR = QColor("#fde7e6")
_STATUS_COLOURS = {"ok": QColor("#1b7a2f"), "failed": QColor("#b3261e"), "busy": None}


class BUTable(QTableWidget):
    """Shows each BU's name with a tick box, what will be sent and skipped, and its status."""

    changed = Signal()  # rows added, removed, renamed, ticked or unticked

    def __init__(self, parent=None) -> None:
        super().__init__(0, len(COLUMNS), parent)
        self.setObjectName("buTable")
        self.setAccessibleName(self.tr("Business units to upload"))
        self.setHorizontalHeaderLabels(
            [
                self.tr("Business unit"),
                self.tr("To upload"),
                self.tr("Size"),
                self.tr("Skipped"),
                self.tr("Local folder"),
                self.tr("Status"),
            ]
        )
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.verticalHeader().hide()
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(FOLDER, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(STATUS, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(STATUS, 300)
        self.setMinimumHeight(110)
        self.itemChanged.connect(self._on_table_item_changed)

    # Rows

    def add(self, found: FoundBU) -> bool:
        """Add a BU unless its folder is already listed; returns whether it was added."""
        if any(entry.key == found.key for _, entry in self.entries()):
            return False
        self.blockSignals(True)
        row = self.rowCount()
        self.insertRow(row)
        for column, text in enumerate(_cells(found)):
            editable = column == NAME and not found.name_is_valid
            self.setItem(row, column, _item(text, editable=editable))
        self.item(row, NAME).setData(_FOUND_ROLE, found)
        self.item(row, NAME).setFlags(self.item(row, NAME).flags() | _CHECKABLE)
        self.item(row, NAME).setCheckState(Qt.CheckState.Checked)
        self.item(row, FOLDER).setToolTip(_folder_tooltip(found))
        self.item(row, SKIPPED).setToolTip(_skipped_tooltip(found))
        self._check_name(row)
        self.blockSignals(False)
        self.changed.emit()
        return True

    def remove_selected(self) -> None:
        rows = sorted({index.row() for index in self.selectedIndexes()}, reverse=True)
        for row in rows:
            self.removeRow(row)
        if rows:
            self.changed.emit()

    def clear_rows(self) -> None:
        if self.rowCount():
            self.setRowCount(0)
            self.changed.emit()

    def entries(self) -> list[tuple[str, FoundBU]]:
        """Each row's BU name as shown (possibly edited) and what was found on disk."""
        return [
            (self.item(row, NAME).text().strip(), self.item(row, NAME).data(_FOUND_ROLE))
            for row in range(self.rowCount())
        ]

    def chosen_entries(self) -> list[tuple[str, FoundBU]]:
        """The ticked rows' entries: only these are previewed and uploaded."""
        return [
            entry
            for row, entry in enumerate(self.entries())
            if self.item(row, NAME).checkState() == Qt.CheckState.Checked
        ]

    def set_chosen(self, bu: str, chosen: bool) -> None:
        state = Qt.CheckState.Checked if chosen else Qt.CheckState.Unchecked
        for row, (name, _) in enumerate(self.entries()):
            if name == bu:
                self.item(row, NAME).setCheckState(state)

    def invalid_names(self) -> list[str]:
        return [name for name, _ in self.entries() if not is_bu_name(name)]

    def set_status(self, bu: str, text: str, tone: str = "busy") -> None:
        for row, (name, _) in enumerate(self.entries()):
            if name == bu:
                item = self.item(row, STATUS)
                item.setText(text)
                item.setToolTip(text)
                colour = _STATUS_COLOURS.get(tone)
                item.setForeground(colour if colour else self.palette().text().color())

    def set_all_status(self, text: str) -> None:
        for name, _ in self.entries():
            if is_bu_name(name):
                self.set_status(name, text)

    def set_running(self, running: bool) -> None:
        """No renaming or removing while an upload reads these rows' folders."""
        triggers = QAbstractItemView.EditTrigger
        self.setEditTriggers(
            triggers.NoEditTriggers
            if running
            else triggers.DoubleClicked | triggers.EditKeyPressed | triggers.AnyKeyPressed
        )
        # Nor ticking: the run has taken its list of business units already.
        self.blockSignals(True)
        for row in range(self.rowCount()):
            item = self.item(row, NAME)
            flags = item.flags() & ~_CHECKABLE if running else item.flags() | _CHECKABLE
            item.setFlags(flags)
        self.blockSignals(False)

    # Events

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) and self.state() != (
            QAbstractItemView.State.EditingState
        ):
            if self.editTriggers() != QAbstractItemView.EditTrigger.NoEditTriggers:
                self.remove_selected()
                return
        super().keyPressEvent(event)

    @Slot(QTableWidgetItem)
    def _on_table_item_changed(self, item: QTableWidgetItem) -> None:
        if item.column() != NAME:
            return
        self.blockSignals(True)
        self._check_name(item.row())
        self.blockSignals(False)
        self.changed.emit()

    def _check_name(self, row: int) -> None:
        name_item = self.item(row, NAME)
        valid = is_bu_name(name_item.text().strip())
        name_item.setBackground(QColor(0, 0, 0, 0) if valid else _BAD_NAME_COLOUR)
        hint = self.tr("Type the business unit name, e.g. italy_galbani")
        name_item.setToolTip("" if valid else hint)
        status = self.item(row, STATUS)
        if not valid:
            status.setText(hint)
        elif status.text() in ("", hint):
            status.setText(self.tr("Ready"))


def _cells(found: FoundBU) -> tuple[str, ...]:
    plan = found.plan
    return (
        found.bu,
        counts().files(len(plan.files)),
        human_size(plan.total_bytes),
        counts().files(len(plan.skipped))
        if plan.skipped
        else QCoreApplication.translate("BUTable", "none"),
        shown_folder(found.outputs_dir),
        "",
    )


def _item(text: str, *, editable: bool) -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
    if editable:
        flags |= Qt.ItemFlag.ItemIsEditable
    item.setFlags(flags)
    return item


def _folder_tooltip(found: FoundBU) -> str:
    logs = str(found.logs_dir) if found.logs_dir else QCoreApplication.translate("BUTable", "none")
    lines = [
        QCoreApplication.translate("BUTable", "Outputs: {folder}").format(folder=found.outputs_dir),
        QCoreApplication.translate("BUTable", "Logs: {folder}").format(folder=logs),
        *(translated(warning) for warning in found.plan.warnings),
    ]
    return "\n".join(lines)


def _skipped_tooltip(found: FoundBU) -> str:
    line = QCoreApplication.translate("BUTable", "{path}: {reason}")
    lines = [
        line.format(path=f"{s.folder}/{s.name}", reason=translated(s.reason))
        for s in found.plan.skipped
    ]
    return "\n".join(lines) or QCoreApplication.translate("BUTable", "Nothing is skipped.")
