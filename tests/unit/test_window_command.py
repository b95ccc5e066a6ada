"""The window's command answers --help and --version before Qt starts, so they work
where no display is, and never open a window."""

from __future__ import annotations

import subprocess
import sys

import pytest

from desktop_uploader import __version__


def _window_command(*options: str) -> subprocess.CompletedProcess:
    # Without QT_QPA_PLATFORM and a display, starting Qt would abort the process.
    code = "import sys; from desktop_uploader.gui.app import main; sys.exit(main())"
    env = {"PATH": "/usr/bin:/bin", "PYTHONPATH": ":".join(sys.path)}
    return subprocess.run(
        [sys.executable, "-c", code, *options],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )


@pytest.mark.parametrize("option", ["-h", "--help"])
def test_help_is_printed_without_starting_qt(option):
    done = _window_command(option)
    assert done.returncode == 0, done.stderr
    assert "usage: desktop-uploader" in done.stdout
    assert "desktop-uploader-cli" in done.stdout


def test_version_is_printed_without_starting_qt():
    done = _window_command("--version")
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == f"desktop-uploader {__version__}"
