"""What the command loads at start: neither paramiko's invoke (see engine/__init__) nor the
keyring, which only a secret missing from the environment needs (see cli_login)."""

from __future__ import annotations

import subprocess
import sys


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
