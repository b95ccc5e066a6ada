"""The window by keyboard alone: every Alt shortcut is unique where it is visible, and
Enter means Upload whichever button was used last."""

from __future__ import annotations

import re
from collections import Counter

import pytest
from gui_helpers import add_folders, fill_form, quick_upload
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QDialog,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QWidget,
)

from desktop_uploader.app_settings import LOGIN_METHODS
from desktop_uploader.engine.errors import ErrorKind
from desktop_uploader.engine.host_keys import HostKeyInfo
from desktop_uploader.gui.host_key_dialog import HostKeyDialog

_MNEMONIC = re.compile(r"&([^&])")


def mnemonic(text: str) -> str | None:
    found = _MNEMONIC.search(text.replace("&&", ""))
    return found.group(1).lower() if found else None


def visible_mnemonics(top: QWidget) -> list[tuple[str, str]]:
    """(letter, text) of every visible button and buddy label in ``top``."""
    found = []
    for button in top.findChildren(QAbstractButton):
        if button.isVisibleTo(top) and mnemonic(button.text()):
            found.append((mnemonic(button.text()), button.text()))
    for label in top.findChildren(QLabel):
        if label.buddy() is not None and label.isVisibleTo(top) and mnemonic(label.text()):
            found.append((mnemonic(label.text()), label.text()))
    return found


def clashes(found: list[tuple[str, str]]) -> dict[str, list[str]]:
    counts = Counter(letter for letter, _ in found)
    return {
        letter: [text for other, text in found if other == letter]
        for letter, count in counts.items()
        if count > 1
    }


@pytest.mark.parametrize("method", LOGIN_METHODS)
def test_alt_shortcuts_of_the_window_and_its_menu_bar_are_unique(make_window, method):
    window = make_window()
    window.form.login.set_method(method)
    # The profile row (shown once IT's first profile is imported) and the error panel's
    # Copy button are on screen together with everything else.
    window.extras.picker.show()
    window.error_panel.show_failure(ErrorKind.NETWORK, "Lost.", "Try again.", "test")
    menu_titles = [action.text() for action in window.menuBar().actions()]

    found = visible_mnemonics(window) + [(mnemonic(text), text) for text in menu_titles]

    assert all(mnemonic(text) for text in menu_titles)
    assert clashes(found) == {}


def test_alt_shortcuts_inside_each_menu_are_unique(make_window):
    window = make_window()

    for menu in window.menuBar().findChildren(QMenu):
        texts = [action.text() for action in menu.actions() if not action.isSeparator()]
        found = [(mnemonic(text), text) for text in texts]

        assert all(letter for letter, _ in found), texts
        assert clashes(found) == {}, menu.title()


def test_alt_shortcuts_of_the_history_window_are_unique(make_window):
    window = make_window()

    dialog = window.extras.show_history()

    assert clashes(visible_mnemonics(dialog)) == {}


class CountingEngine:
    def __init__(self) -> None:
        self.runs = 0

    def __call__(self, *args, **options):
        self.runs += 1
        return quick_upload(*args, **options)


def test_no_button_of_the_window_is_auto_default(make_window):
    window = make_window()

    auto = [b.objectName() for b in window.findChildren(QPushButton) if b.autoDefault()]

    assert auto == []


@pytest.mark.parametrize(
    "focus",
    ["demo_button", "remove_button", "add_folders_button", "bu_table", "file_table", "log_view"],
)
def test_enter_uploads_whichever_control_has_the_focus(qtbot, make_window, app_folder, focus):
    engine = CountingEngine()
    window = make_window(upload_function=engine)
    fill_form(window)
    add_folders(qtbot, window, app_folder)
    widget = getattr(window, focus)
    widget.setFocus()

    with qtbot.waitSignal(window.controller.running_changed, timeout=5000) as started:
        qtbot.keyClick(widget, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not window.controller.busy, timeout=5000)

    assert started.args == [True]
    assert engine.runs == 1
    assert window.bu_table.rowCount() == 2  # Remove did not act on the Enter


@pytest.mark.parametrize("field", ["host_edit", "port_edit", "user_edit", "password_edit"])
def test_enter_in_a_field_starts_one_upload(qtbot, make_window, app_folder, field):
    engine = CountingEngine()
    window = make_window(upload_function=engine)
    fill_form(window)
    add_folders(qtbot, window, app_folder)

    with qtbot.waitSignal(window.controller.running_changed, timeout=5000):
        qtbot.keyClick(
            getattr(window.form, field), Qt.Key.Key_Enter, Qt.KeyboardModifier.KeypadModifier
        )
    qtbot.waitUntil(lambda: not window.controller.busy, timeout=5000)

    assert engine.runs == 1


def test_enter_while_renaming_a_bu_ends_the_renaming_and_uploads_nothing(
    qtbot, make_window, tmp_path
):
    engine = CountingEngine()
    window = make_window(upload_function=engine)
    folder = tmp_path / "results"
    folder.mkdir()
    (folder / "Baseline_Table.xlsx").write_bytes(b"x")
    add_folders(qtbot, window, folder)
    table = window.bu_table
    table.setCurrentCell(0, 0)
    table.editItem(table.item(0, 0))
    editor = table.findChild(QLineEdit)
    qtbot.waitUntil(lambda: editor is not None and editor.isVisible())
    editor.setText("italy_galbani")

    qtbot.keyClick(editor, Qt.Key.Key_Return)

    qtbot.waitUntil(lambda: table.item(0, 0).text() == "italy_galbani")
    # Had the window taken this Enter, the old name would have been refused as bad input.
    assert not window.error_panel.isVisible()
    assert not window.controller.busy
    assert engine.runs == 0


def test_the_host_key_dialog_opens_with_the_focus_on_cancel(qtbot, make_window):
    window = make_window()
    info = HostKeyInfo("127.0.0.1", 2222, "ssh-ed25519", "SHA256:" + "A" * 43)
    dialog = HostKeyDialog(info, window)
    with qtbot.waitExposed(dialog):
        dialog.open()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.cancel_button)

    # Space presses the focused button: it must refuse, never trust.
    with qtbot.waitSignal(dialog.finished) as finished:
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Space)

    assert finished.args == [QDialog.DialogCode.Rejected.value]
