"""An app folder that cannot be made or written is bad input with a clear message in
both faces, never a traceback: a locked-down home, or an override naming a file."""

from __future__ import annotations

import pytest

from desktop_uploader import cli, logging_setup, paths
from desktop_uploader.paths import HOME_OVERRIDE_VARIABLE, AppFolderError


@pytest.fixture
def home_under_a_file(tmp_path, monkeypatch):
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the app's folders would go\n")
    monkeypatch.setenv(HOME_OVERRIDE_VARIABLE, str(blocker / "home"))
    return blocker / "home"


def test_a_folder_that_cannot_be_made_names_itself_and_the_way_out(home_under_a_file):
    with pytest.raises(AppFolderError) as caught:
        paths.data_dir()

    error = caught.value
    assert str(home_under_a_file / "data") in error.message
    assert "history folder" in error.message
    assert HOME_OVERRIDE_VARIABLE in error.hint
    assert isinstance(error, OSError)


def test_a_log_file_that_cannot_be_written_is_told_as_its_folder(tmp_path, monkeypatch):
    monkeypatch.setenv(HOME_OVERRIDE_VARIABLE, str(tmp_path))

    def refuse(log_file):
        raise PermissionError(13, "Permission denied", str(log_file))

    # Root writes anywhere, so the refusal a read-only home gives is played here.
    monkeypatch.setattr(logging_setup, "_create_private", refuse)

    with pytest.raises(AppFolderError) as caught:
        logging_setup.start_run_log("cli")

    assert f"log folder {tmp_path / 'log'} cannot be used (Permission denied)" in str(caught.value)


@pytest.mark.parametrize(("command", "folder"), [("demo", "log"), ("history", "history")])
def test_the_console_says_bad_input_not_a_traceback(home_under_a_file, capsys, command, folder):
    code = cli.main([command])

    err = capsys.readouterr().err
    assert code == 2
    assert f"error: The app's {folder} folder {home_under_a_file}" in err
    assert "next step: Make sure that folder can be created and written, or set " in err
    assert "Traceback" not in err
