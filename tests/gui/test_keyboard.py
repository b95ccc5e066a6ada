"""The window by keyboard alone: every Alt shortcut is unique where it is visible, and
Enter means Upload whichever button was used last."""

from __future__ import annotations

import re
from collections import Counter

import pytest
from PySide6.QtWidgets import QAbstractButton, QLabel, QMenu, QWidget

from desktop_uploader.app_settings import LOGIN_METHODS
from desktop_uploader.engine.errors import ErrorKind

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
    # The error panel's Copy button is on screen together with everything else.
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
