"""The engine's checks of the server settings reach the window: a remote base that no
server could use is refused before any connection, with the engine's message."""

from __future__ import annotations

from gui_helpers import fill_form


def test_a_remote_base_with_a_tab_is_refused_before_any_connection(make_window):
    checked = []

    def check(*args, **kwargs):
        checked.append(args)

    window = make_window(check_function=check)
    fill_form(window)
    window.form.remote_base_edit.setText("/data/to\tstartflow")

    window.form.test_button.click()

    assert not checked and not window.controller.busy
    assert "Bad input" in window.error_panel.title_label.text()
    assert "contains a control character" in window.error_panel.message_label.text()
    assert "/data/to/startflow" in window.error_panel.hint_label.text()
