"""Remember and restore a password through a real Secret Service (gnome-keyring under
its own D-Bus session, in a throwaway HOME). Skipped where those programs are missing."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

# Runs in the child process: the real keyring backend, the real window classes.
CHILD = textwrap.dedent(
    """
    import json, keyring
    from PySide6.QtWidgets import QApplication
    from desktop_uploader.gui import MainWindow

    app = QApplication([])
    first = MainWindow()
    first.form.host_edit.setText("127.0.0.1")
    first.form.user_edit.setText("analyst")
    first.form.password_edit.setText("pw-from-secret-service")
    first.form.remember_password_check.setChecked(True)
    first.form.remember_if_asked()
    first.close()
    second = MainWindow()
    print(json.dumps({
        "backend": type(keyring.get_keyring()).__module__,
        "restored": second.form.password_edit.text(),
        "notice": second.notice_label.text(),
    }))
    """
)


@pytest.mark.skipif(
    not (shutil.which("dbus-run-session") and shutil.which("gnome-keyring-daemon")),
    reason="needs dbus-run-session and gnome-keyring-daemon (Debian: gnome-keyring)",
)
def test_password_round_trip_through_a_real_secret_service(tmp_path):
    home = tmp_path / "home"
    home.mkdir()
    script = tmp_path / "child.py"
    script.write_text(CHILD, encoding="utf-8")
    environment = {
        **os.environ,
        "HOME": str(home),
        "DESKTOP_UPLOADER_HOME": str(tmp_path / "app"),
        "QT_QPA_PLATFORM": "offscreen",
        "PYTHONPATH": str(Path(__file__).resolve().parents[2]),
    }
    environment.pop("DBUS_SESSION_BUS_ADDRESS", None)
    # Without --unlock the first write fails with "Prompt dismissed" (ENVIRONMENT.md).
    shell = (
        "echo unlock-pw | gnome-keyring-daemon --unlock --components=secrets >/dev/null; "
        f'exec "{sys.executable}" "{script}"'
    )

    done = subprocess.run(
        ["dbus-run-session", "--", "sh", "-c", shell],
        env=environment,
        capture_output=True,
        text=True,
        timeout=60,
    )

    assert done.returncode == 0, done.stderr
    report = json.loads(done.stdout.strip().splitlines()[-1])
    assert report["backend"] == "keyring.backends.SecretService"
    assert report["restored"] == "pw-from-secret-service"
    assert report["notice"] == ""
    settings = (tmp_path / "app" / "config" / "settings.json").read_text(encoding="utf-8")
    assert "pw-from-secret-service" not in settings
