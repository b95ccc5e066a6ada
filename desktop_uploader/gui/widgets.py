"""Small widget builders the main window uses, kept apart so the window reads as layout."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QGroupBox,
    QHeaderView,
    QLabel,
    QListView,
    QPushButton,
    QTableView,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from desktop_uploader.gui.file_table import PROGRESS_COLUMN, FileTableModel, ProgressDelegate
from desktop_uploader.gui.formatting import counts, human_size


def ready_text(entries: list, invalid_names: list[str]) -> str:
    if not entries:
        return QCoreApplication.translate(
            "MainWindow", "Add business unit folders, then press Upload."
        )
    if invalid_names:
        return QCoreApplication.translate(
            "MainWindow", "Type a business unit name for each highlighted row, then press Upload."
        )
    files = sum(len(found.plan.files) for _, found in entries)
    size = sum(found.plan.total_bytes for _, found in entries)
    text = QCoreApplication.translate(
        "MainWindow", "Ready: {units}, {files} ({size}). Press Upload to send them."
    )
    return text.format(
        units=counts().business_units(len(entries)),
        files=counts().files(files),
        size=human_size(size),
    )


def label(name: str, accessible: str) -> QLabel:
    label = QLabel()
    label.setObjectName(name)
    label.setAccessibleName(accessible)
    return label


def button(name: str, text: str, accessible: str) -> QPushButton:
    button = QPushButton(text)
    button.setObjectName(name)
    button.setAccessibleName(accessible)
    return button


def titled(title: str, widget: QWidget) -> QGroupBox:
    box = QGroupBox(title)
    QVBoxLayout(box).addWidget(widget)
    return box


def file_table(model: FileTableModel) -> QTableView:
    table = QTableView()
    table.setObjectName("fileTable")
    table.setAccessibleName(QCoreApplication.translate("MainWindow", "Files and their progress"))
    table.setModel(model)
    table.setItemDelegateForColumn(PROGRESS_COLUMN, ProgressDelegate(table))
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.verticalHeader().hide()
    table.verticalHeader().setDefaultSectionSize(22)
    header = table.horizontalHeader()
    header.setMinimumSectionSize(40)
    # The file name matters most, so it takes the spare width. No column sizes itself to
    # its contents: that re-measures every row on each update and froze the window for
    # most of a second with 300 small files (field case C16); the window sizes the short
    # columns once, when the list of files changes.
    for column in range(model.columnCount()):
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
    header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
    header.resizeSection(PROGRESS_COLUMN, 80)
    # Wide enough for a preview's "Replaces: on the server ..." to start readably.
    header.resizeSection(PROGRESS_COLUMN + 1, 160)
    # Each at least as wide as its heading, before any file is listed: Italian's
    # "Avanzamento" does not fit in 80, nor French "Unité commerciale" in the default.
    for column in range(model.columnCount()):
        header.resizeSection(
            column, max(header.sectionSize(column), header.sectionSizeHint(column))
        )
    return table


def _first_existing_parent(recent: list[str]) -> Path | None:
    # A recent folder can be gone: the demo's sample folders are deleted when it
    # stops, and a USB or network drive may be unplugged.
    for folder in recent:
        parent = Path(folder).parent
        if parent.is_dir():
            return parent
    return None


def folder_picker(parent: QWidget, recent: list[str]) -> QFileDialog:
    """A folder dialog that allows several folders at once (the native one allows one)."""
    title = QCoreApplication.translate(
        "MainWindow", "Choose business unit folders or the pipeline's app folder"
    )
    dialog = QFileDialog(parent, title)
    dialog.setObjectName("folderPicker")
    dialog.setFileMode(QFileDialog.FileMode.Directory)
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    dialog.setOption(QFileDialog.Option.ShowDirsOnly, True)
    start = _first_existing_parent(recent)
    if start is not None:
        dialog.setDirectory(str(start))
    for view in dialog.findChildren(QListView) + dialog.findChildren(QTreeView):
        view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
    return dialog
