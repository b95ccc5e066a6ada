"""What the command loads at start: neither paramiko's invoke (see engine/__init__) nor the
keyring, which only a secret missing from the environment needs (see cli_login); and how
it ends."""

from __future__ import annotations

import subprocess
import sys
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_the_engine_loads_paramiko_without_invoke():
    probe = (
        "import sys, desktop_uploader.cli, paramiko.config; "
        "print(sys.modules.get('invoke'), paramiko.config.invoke)"
    )
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True)

    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == ["None", "None"]


def test_the_command_loads_the_keyring_only_when_it_needs_it():
    probe = "import sys, desktop_uploader.cli; print('keyring' in sys.modules)"
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True)

    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "False"


def test_the_installed_command_ends_through_console_main():
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))

    command = project["project"]["scripts"]["desktop-uploader-cli"]

    assert command == "desktop_uploader.cli:console_main"


def test_the_command_exits_with_its_code_after_an_upload(tmp_path):
    # Through ``python -m``, as the bench runs it: console_main's quick end keeps the
    # exit code and what was printed.
    env = {"DESKTOP_UPLOADER_HOME": str(tmp_path), "PATH": "/usr/bin:/bin"}
    command = [sys.executable, "-m", "desktop_uploader.cli", "upload", "--bu", "bad name!"]
    done = subprocess.run(command, capture_output=True, text=True, env=env, cwd=ROOT)

    assert done.returncode == 2, done.stderr
    assert "bad name!" in done.stderr
