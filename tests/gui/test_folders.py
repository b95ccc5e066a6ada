"""Adding business units: drag-and-drop of folders (QMimeData with file URLs), the
shapes of folder the pipeline writes, refusals with a message, removal."""

from __future__ import annotations

from pathlib import Path

from gui_helpers import add_folders, make_bu
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QFileDialog,
    QListView,
    QTreeView,
)

from desktop_uploader.gui.bu_table import FOLDER, NAME, STATUS
from desktop_uploader.gui.file_table import SKIPPED


def _mime(*paths) -> QMimeData:
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    return data


def drop(qtbot, window, *paths, mime=None) -> None:
    """Send enter and drop events the way a file manager does, and wait for the scan."""
    data = mime or _mime(*paths)
    action, buttons = Qt.DropAction.CopyAction, Qt.MouseButton.LeftButton
    modifiers = Qt.KeyboardModifier.NoModifier
    enter = QDragEnterEvent(QPoint(50, 50), action, data, buttons, modifiers)
    QApplication.sendEvent(window, enter)
    assert enter.isAccepted()
    dropped = QDropEvent(QPointF(50, 50), action, data, buttons, modifiers)
    with qtbot.waitSignal(window.folders_scanned, timeout=5000):
        QApplication.sendEvent(window, dropped)


def names(window) -> list[str]:
    return [name for name, _ in window.bu_table.entries()]


def test_dropping_a_bu_outputs_folder_adds_it_with_its_sibling_logs(qtbot, make_window, app_folder):
    window = make_window()

    drop(qtbot, window, app_folder / "outputs" / "italy_galbani")

    assert names(window) == ["italy_galbani"]
    _, found = window.bu_table.entries()[0]
    assert found.logs_dir == app_folder / "logs" / "italy_galbani"
    assert window.bu_table.item(0, 1).text() == "3 files"
    assert window.bu_table.item(0, STATUS).text() == "Ready"
    assert window.file_model.rowCount() == 4
    assert window.file_model.count(SKIPPED) == 1


def test_dropping_the_app_folder_adds_every_bu(qtbot, make_window, app_folder):
    window = make_window()

    drop(qtbot, window, app_folder)

    assert sorted(names(window)) == ["france_president", "italy_galbani"]
    assert not window.drop_message.isVisible()
    status = window.progress.status_label.text()
    assert status == "Ready: 2 business units, 4 files (10.1 KB). Press Upload to send them."


def test_dropping_the_same_bu_twice_lists_it_once(qtbot, make_window, app_folder):
    window = make_window()
    drop(qtbot, window, app_folder)

    drop(qtbot, window, app_folder / "outputs" / "italy_galbani")

    assert len(names(window)) == 2
    assert "already in the list" in window.drop_message.text()


def test_dropping_a_file_adds_nothing_and_says_why(qtbot, make_window, app_folder):
    window = make_window()
    file = app_folder / "outputs" / "italy_galbani" / "Baseline_Table.xlsx"

    drop(qtbot, window, file)

    assert names(window) == []
    assert window.drop_message.isVisible()
    assert "is a file, not a folder" in window.drop_message.text()


def test_dropping_an_empty_folder_adds_nothing_and_says_why(qtbot, make_window, tmp_path):
    window = make_window()
    empty = tmp_path / "empty"
    empty.mkdir()

    drop(qtbot, window, empty)

    assert names(window) == []
    assert "holds no business unit" in window.drop_message.text()


def test_dropping_a_web_link_says_only_local_folders(qtbot, make_window):
    window = make_window()
    data = QMimeData()
    data.setUrls([QUrl("https://example.com/app")])
    action, buttons = Qt.DropAction.CopyAction, Qt.MouseButton.LeftButton
    modifiers = Qt.KeyboardModifier.NoModifier
    QApplication.sendEvent(window, QDragEnterEvent(QPoint(5, 5), action, data, buttons, modifiers))
    QApplication.sendEvent(window, QDropEvent(QPointF(5, 5), action, data, buttons, modifiers))

    assert names(window) == []
    assert "Only folders on this computer" in window.drop_message.text()


def test_drag_of_plain_text_is_not_accepted(qtbot, make_window):
    window = make_window()
    data = QMimeData()
    data.setText("italy_galbani")
    event = QDragEnterEvent(
        QPoint(5, 5),
        Qt.DropAction.CopyAction,
        data,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )

    QApplication.sendEvent(window, event)

    assert not event.isAccepted()


def test_a_folder_not_named_like_a_bu_asks_for_the_name(qtbot, make_window, tmp_path):
    folder = tmp_path / "results for Italy"
    folder.mkdir()
    (folder / "Baseline_Table.xlsx").write_bytes(b"x" * 10)
    window = make_window()
    drop(qtbot, window, folder)
    name_item = window.bu_table.item(0, NAME)
    assert name_item.flags() & Qt.ItemFlag.ItemIsEditable
    assert "Type the business unit name" in window.bu_table.item(0, STATUS).text()

    name_item.setText("italy_galbani")

    assert names(window) == ["italy_galbani"]
    assert window.bu_table.item(0, STATUS).text() == "Ready"
    assert window.file_model.row(0).file.bu == "italy_galbani"


def test_bu_folder_with_outputs_and_logs_inside_is_understood(qtbot, make_window, tmp_path):
    bu_folder = tmp_path / "italy_galbani"
    make_bu(bu_folder.parent, "x_y", {}, {})  # unrelated sibling layout must not matter
    (bu_folder / "outputs").mkdir(parents=True)
    (bu_folder / "outputs" / "Baseline_Table.xlsx").write_bytes(b"1")
    window = make_window()

    add_folders(qtbot, window, bu_folder)

    _, found = window.bu_table.entries()[0]
    assert found.outputs_dir == bu_folder / "outputs"
    assert window.bu_table.item(0, FOLDER).text() == str(bu_folder / "outputs")


def test_remove_button_and_delete_key_remove_rows(qtbot, make_window, app_folder):
    window = make_window()
    add_folders(qtbot, window, app_folder)
    window.bu_table.selectRow(0)

    window.remove_button.click()
    assert len(names(window)) == 1

    window.bu_table.selectRow(0)
    qtbot.keyClick(window.bu_table, Qt.Key.Key_Delete)
    assert names(window) == []
    assert window.file_model.rowCount() == 0


def test_added_folders_are_remembered_as_recent(qtbot, make_window, app_folder):
    window = make_window()

    add_folders(qtbot, window, app_folder / "outputs" / "italy_galbani")

    assert window._settings.recent_folders == [str(app_folder / "outputs" / "italy_galbani")]


def test_add_folders_opens_a_picker_that_takes_several_folders(qtbot, make_window, app_folder):
    window = make_window()

    window.add_folders_button.click()
    picker = window.findChild(QFileDialog, "folderPicker")
    qtbot.waitUntil(picker.isVisible)
    views = picker.findChildren(QListView) + picker.findChildren(QTreeView)
    assert picker.fileMode() == QFileDialog.FileMode.Directory
    assert views and all(
        v.selectionMode() == QAbstractItemView.SelectionMode.ExtendedSelection for v in views
    )

    picker.setDirectory(str(app_folder / "outputs"))
    picker.selectFile("italy_galbani")
    with qtbot.waitSignal(window.folders_scanned, timeout=5000):
        picker.accept()

    assert names(window) == ["italy_galbani"]


def test_the_picker_opens_in_the_newest_recent_folder_that_still_exists(
    qtbot, make_window, app_folder, tmp_path
):
    window = make_window()
    # The demo's sample folders are recent folders too, and vanish when it stops.
    gone = tmp_path / "demo-gone" / "app" / "outputs" / "italy_galbani"
    window._settings.recent_folders = [str(gone), str(app_folder / "outputs" / "italy_galbani")]

    window.add_folders_button.click()
    picker = window.findChild(QFileDialog, "folderPicker")
    qtbot.waitUntil(picker.isVisible)

    assert Path(picker.directory().absolutePath()) == app_folder / "outputs"
    picker.reject()
