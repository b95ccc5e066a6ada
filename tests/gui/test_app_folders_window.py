"""The window's command with an unusable app folder: a message box naming the folder
and the way out, exit code 2, and no window."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QMessageBox

from desktop_uploader.gui import app
from desktop_uploader.paths import HOME_OVERRIDE_VARIABLE


def test_an_unusable_app_folder_is_told_in_a_box_and_no_window_opens(
    qapp, tmp_path, monkeypatch, capsys
):
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file\n")
    monkeypatch.setenv(HOME_OVERRIDE_VARIABLE, str(blocker / "home"))
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda _parent, _title, text: shown.append(text))

    code = app.main(["desktop-uploader"])

    assert code == 2
    assert len(shown) == 1
    assert f"log folder {blocker / 'home' / 'log'} cannot be used" in shown[0]
    assert HOME_OVERRIDE_VARIABLE in shown[0]
    assert "next step:" in capsys.readouterr().err
    assert not [w for w in QApplication.topLevelWidgets() if w.isVisible()]
