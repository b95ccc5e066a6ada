"""What the command loads at start: paramiko's invoke stays unloaded (see engine/__init__)."""

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
