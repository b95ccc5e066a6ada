"""Render the real window to PNG in three states, offscreen, into docs/.

    python scripts/screenshots.py [OUTPUT_FOLDER]

1. window-ready.png: two business units added, nothing sent yet.
2. window-retrying.png: an upload waiting out a retry, with its live countdown. The
   engine here is scripted (a cut connection cannot be timed for a picture); its events
   go through the real worker, thread and window.
3. window-preview.png: the Preview of a second upload to the demo SFTP server on
   127.0.0.1 with "replace only when changed": one file changed since, the rest not.
4. window-failed.png: a real upload to the demo SFTP server on 127.0.0.1, where one
   business unit has no folder on the server.
5. window-ready-fr.png and window-failed-fr.png: the first and last again, in French.

Everything is written under a temporary folder (settings, logs, sample files); the
user's own settings and keyring are never touched.
"""

from __future__ import annotations

import os
import shutil
import sys
import tempfile
import threading
import time
from pathlib import Path

WORK = Path(tempfile.mkdtemp(prefix="du-screens-"))
os.environ["DESKTOP_UPLOADER_HOME"] = str(WORK / "home")
# The sample folders live in a pretend home, so the table shows them as an analyst's
# would see them (~/Documents/...), not under a temporary folder.
os.environ["HOME"] = str(WORK)
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import keyring  # noqa: E402
import keyring.backend  # noqa: E402
from PySide6.QtWidgets import QApplication, QDialog  # noqa: E402

from desktop_uploader import paths  # noqa: E402
from desktop_uploader.demo import DemoServer, make_sample_app  # noqa: E402
from desktop_uploader.engine.errors import ErrorKind  # noqa: E402
from desktop_uploader.engine.events import (  # noqa: E402
    BUStarted,
    Connected,
    ConnectionStarted,
    FileDone,
    FileProgress,
    FileRef,
    FileStarted,
    RemoteResolved,
    RetryScheduled,
    RunFinished,
    RunSummary,
)
from desktop_uploader.engine.local_files import plan_job  # noqa: E402
from desktop_uploader.engine.texts import QT_TRANSLATE_NOOP  # noqa: E402
from desktop_uploader.gui import MainWindow, translations  # noqa: E402

SIZE = (1040, 720)
COMPANY_HOST = "sftp.company.example"


class _PictureKeyring(keyring.backend.KeyringBackend):
    """Stands in for the OS keyring so the pictures show an ordinary machine."""

    priority = 1

    def get_password(self, service, username):
        return None

    def set_password(self, service, username, password):
        return None

    def delete_password(self, service, username):
        return None


def wait_for(condition, timeout: float = 30.0) -> None:
    """Let Qt run until the condition holds (a script, not a test: polling is fine)."""
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise TimeoutError("the window did not reach the expected state")
        QApplication.processEvents()
        time.sleep(0.01)


def new_window(**options) -> MainWindow:
    window = MainWindow(**options)
    window.resize(*SIZE)
    window.show()
    return window


def add_bus(window: MainWindow, *folders: Path) -> None:
    scanned = []
    window.folders_scanned.connect(lambda: scanned.append(True))
    window.add_folders(list(folders))
    wait_for(lambda: scanned)


def fill(window: MainWindow, host: str, port: int, user: str, password: str) -> None:
    form = window.form
    form.host_edit.setText(host)
    form.port_edit.setText(str(port))
    form.user_edit.setText(user)
    form.password_edit.setText(password)


def save(window: MainWindow, path: Path) -> None:
    QApplication.processEvents()
    window.grab().save(str(path))
    print(f"wrote {path}")


# ----- 1. ready ------------------------------------------------------------------------


def ready(app: Path, out: Path, name: str = "window-ready.png") -> None:
    window = new_window()
    fill(window, COMPANY_HOST, 22, "m.rossi", "********")
    add_bus(window, app / "outputs" / "italy_galbani", app / "outputs" / "france_president")
    save(window, out / name)
    window.close()


# ----- 2. retrying -----------------------------------------------------------------------


class _ScriptedRetry:
    """First attempt sends one file and part of another, the next one fails to
    connect; then the engine waits out its backoff, as the real one does."""

    def __init__(self) -> None:
        self.waiting = threading.Event()

    def __call__(self, jobs, server, credentials, events, cancel, *, policy, confirm_host_key):
        job = jobs[0]
        events(BUStarted(job.bu, 1, len(jobs)))
        plan = plan_job(job)
        remote = f"{server.remote_base}/italy/{job.bu}"
        events(ConnectionStarted(1, policy.max_attempts, server.host, server.port))
        events(Connected(server.host, server.port, "aes256-gcm@openssh.com"))
        events(RemoteResolved(job.bu, remote, f"{remote}/outputs", f"{remote}/logs", (remote,)))
        first, second = plan.files[0], plan.files[1]
        refs = [FileRef(job.bu, f.folder, f.name) for f in (first, second)]
        events(FileStarted(refs[0], first.size, 1, len(plan.files)))
        events(FileDone(refs[0], first.size, f"{remote}/outputs/{first.name}", True))
        events(FileStarted(refs[1], second.size, 2, len(plan.files)))
        events(FileProgress(refs[1], second.size // 2, second.size))
        cause = QT_TRANSLATE_NOOP("Messages", "The connection was reset.")
        events(RetryScheduled(1, policy.max_attempts, 5.0, ErrorKind.NETWORK, cause))
        events(ConnectionStarted(2, policy.max_attempts, server.host, server.port))
        cause = QT_TRANSLATE_NOOP("Messages", "The server stopped answering (timeout).")
        events(RetryScheduled(2, policy.max_attempts, 12.0, ErrorKind.NETWORK, cause))
        self.waiting.set()
        cancel.wait(60)
        result = RunFinished(RunSummary(job.bu, remote))
        events(result)
        return [result]


def retrying(app: Path, out: Path) -> None:
    engine = _ScriptedRetry()
    window = new_window(upload_function=engine)
    fill(window, COMPANY_HOST, 22, "m.rossi", "********")
    add_bus(window, app / "outputs" / "italy_galbani")
    window.upload_button.click()
    wait_for(lambda: engine.waiting.is_set() and window.progress.counting_down)
    window.controller._on_refresh_timeout()
    save(window, out / "window-retrying.png")
    window.controller.cancel()
    wait_for(lambda: not window.controller.busy)
    window.close()


# ----- 3. preview ------------------------------------------------------------------------


def previewed(app: Path, out: Path) -> None:
    """A second upload, previewed: one file changed since the first one, the rest not."""
    with DemoServer() as server:
        paths.app_known_hosts_file().write_text(server.known_hosts_line() + "\n")
        window = new_window()
        fill(window, server.host, server.port, server.username, server.password)
        combo = window.form.replace_combo
        combo.setCurrentIndex(combo.findData("when_changed"))
        add_bus(window, app / "outputs" / "italy_galbani", app / "outputs" / "france_president")
        window.upload_button.click()
        wait_for(lambda: not window.controller.busy, timeout=60)
        changed = app / "outputs" / "italy_galbani" / "Promotion_Level_Table.xlsx"
        later = changed.stat().st_mtime + 3600
        os.utime(changed, (later, later))
        window.bu_table.set_chosen("france_president", False)
        window.preview_button.click()
        wait_for(lambda: not window.controller.busy, timeout=60)
        save(window, out / "window-preview.png")
        window.close()


# ----- 4. failed -------------------------------------------------------------------------


def failed(app: Path, out: Path, name: str = "window-failed.png") -> None:
    # A BU that the demo server has no folder for, next to one it has.
    spain = app / "outputs" / "spain_pascual"
    if not spain.exists():
        shutil.copytree(app / "outputs" / "france_president", spain)
    with DemoServer() as server:
        paths.app_known_hosts_file().write_text(server.known_hosts_line() + "\n")
        window = new_window()
        fill(window, server.host, server.port, server.username, server.password)
        add_bus(window, app / "outputs" / "italy_galbani", app / "outputs" / "spain_pascual")
        window.upload_button.click()
        wait_for(lambda: not window.controller.busy, timeout=60)
        for dialog in window.findChildren(QDialog):
            dialog.close()
        save(window, out / name)
        window.close()


def main() -> int:
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).parent.parent / "docs"
    out.mkdir(parents=True, exist_ok=True)
    keyring.set_keyring(_PictureKeyring())
    application = QApplication.instance() or QApplication(sys.argv)
    app = make_sample_app(WORK / "Documents" / "forecast")
    try:
        translations.install("en")
        ready(app, out)
        retrying(app, out)
        previewed(app, out)
        failed(app, out)
        translations.install("fr")
        ready(app, out, "window-ready-fr.png")
        failed(app, out, "window-failed-fr.png")
    finally:
        shutil.rmtree(WORK, ignore_errors=True)
    application.processEvents()
    return 0


if __name__ == "__main__":
    sys.exit(main())
