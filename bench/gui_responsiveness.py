"""The window's responsiveness: time to the first window, and event-loop gaps in a big upload.

Run from the repository root, as root (the upload part needs the private sshd)::

    python bench/gui_responsiveness.py --quick     # a 128 MiB upload
    python bench/gui_responsiveness.py --full      # the 1 GiB file of the performance issue

1. **Time to window.** The real entry point (``desktop_uploader.gui.app.main``) starts in
   a fresh process, offscreen, with a fresh app folder; the time runs from just before
   the process is started to the main window's first show event (and its first paint).
2. **Event-loop gaps.** The real window uploads one big file to the loopback sshd
   through the real engine on its worker thread, while a 10 ms ``QTimer`` records the
   gap between its ticks. A gap longer than 10 ms is time the window could not react.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
# Run as a script: the repository (for bench) and tests/ (for support) on the path.
for folder in (REPO, REPO / "tests"):
    if str(folder) not in sys.path:
        sys.path.insert(0, str(folder))

from bench.scenarios import GIB, MIB, Scenario, ensure_data  # noqa: E402
from bench.tools import compile_bytecode  # noqa: E402

BU = "italy_galbani"
TICK_MS = 10
UPLOAD_TIMEOUT = 600.0
CHILD_FLAG = "--child-startup"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python bench/gui_responsiveness.py")
    size = parser.add_mutually_exclusive_group()
    size.add_argument("--quick", action="store_true", help="a 128 MiB upload (default)")
    size.add_argument("--full", action="store_true", help="a 1 GiB upload")
    parser.add_argument("--startup-runs", type=int, default=5)
    parser.add_argument("--skip-upload", action="store_true", help="only time the start")
    args = parser.parse_args(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    compile_bytecode(REPO)  # the window starts as installed: see bench/tools.py

    shown, painted, cpu = _time_to_window(args.startup_runs)
    print(
        f"time to window: median {statistics.median(shown) * 1000:.0f} ms to the show event, "
        f"{statistics.median(painted) * 1000:.0f} ms to the first paint, "
        f"{statistics.median(cpu) * 1000:.0f} ms of CPU "
        f"({len(shown)} runs: {', '.join(f'{s * 1000:.0f}' for s in shown)} ms; "
        f"load average {os.getloadavg()[0]:.1f})"
    )
    if args.skip_upload:
        return 0
    size_bytes = GIB if args.full else 128 * MIB
    gaps, seconds = _gaps_during_upload(size_bytes)
    gaps.sort()
    p99 = gaps[min(len(gaps) - 1, int(0.99 * len(gaps)))]
    print(
        f"event loop during a {size_bytes // MIB} MiB upload ({seconds:.1f} s): "
        f"{len(gaps)} ticks of {TICK_MS} ms, median gap {statistics.median(gaps):.1f} ms, "
        f"99th percentile {p99:.1f} ms, longest {gaps[-1]:.1f} ms "
        f"(load average {os.getloadavg()[0]:.1f})"
    )
    return 0


# ----- time to window -------------------------------------------------------------------


def _time_to_window(runs: int) -> tuple[list[float], list[float], list[float]]:
    """Per run: seconds to the show event, to the first paint, and the child's CPU time."""
    shown: list[float] = []
    painted: list[float] = []
    cpu: list[float] = []
    for _ in range(runs):
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        with tempfile.TemporaryDirectory(prefix="du-gui-start-") as home:
            env = {**os.environ, "DESKTOP_UPLOADER_HOME": home, "HOME": home}
            started = time.monotonic()
            result = subprocess.run(
                [sys.executable, __file__, CHILD_FLAG],
                env=env,
                capture_output=True,
                text=True,
                timeout=60,
                cwd=REPO,
            )
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpu.append(after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime)
        marks = json.loads(result.stdout.strip().splitlines()[-1])
        # time.monotonic() is the system-wide monotonic clock on Linux, shared by both.
        shown.append(marks["shown"] - started)
        painted.append(marks.get("painted", marks["shown"]) - started)
    return shown, painted, cpu


def _child_startup() -> int:
    """In the child: start the real window, note its first show and paint, then quit."""
    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtWidgets import QApplication, QMainWindow

    app = QApplication(sys.argv[:1])
    marks: dict[str, float] = {}

    class Watcher(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt
            if isinstance(watched, QMainWindow):
                kind = event.type()
                if kind == QEvent.Type.Show and "shown" not in marks:
                    marks["shown"] = time.monotonic()
                elif kind == QEvent.Type.Paint and "painted" not in marks:
                    marks["painted"] = time.monotonic()
                    QTimer.singleShot(0, app.quit)
            return False

    watcher = Watcher()
    app.installEventFilter(watcher)
    # Without a paint (some platforms never expose an offscreen window) stop anyway.
    QTimer.singleShot(5000, app.quit)
    from desktop_uploader.gui import app as gui_app

    gui_app.main(sys.argv[:1])
    print(json.dumps(marks))
    return 0


# ----- event-loop gaps during an upload -----------------------------------------------------


def _gaps_during_upload(size: int) -> tuple[list[float], float]:
    from support.keyrings import MemoryKeyring
    from support.sshd import SshdServer

    from bench.server import SshUser, skip_reason

    reason = skip_reason()
    if reason:
        raise SystemExit(f"cannot run the upload part here: {reason}")
    import keyring

    keyring.set_keyring(MemoryKeyring())
    outputs = _sample_bu(size)
    user = SshUser.create()
    try:
        with (
            SshdServer(user) as server,
            tempfile.TemporaryDirectory(ignore_cleanup_errors=True) as home,
        ):
            # A fresh app folder and home: no saved profile, no known_hosts of the user.
            os.environ["DESKTOP_UPLOADER_HOME"] = home
            os.environ["HOME"] = home
            return _measure_window(server, outputs)
    finally:
        user.remove()


def _sample_bu(size: int) -> Path:
    """app/outputs/<bu>/ holding one big file: a hard link to the upload benchmark's."""
    scenario = Scenario("gui", "gui", ((1, size),))
    source = ensure_data(scenario) / "g0_00000.bin"
    outputs = scenario.folder.parent / "app" / "outputs" / BU
    outputs.mkdir(parents=True, exist_ok=True)
    target = outputs / "Baseline_Table.bin"
    if not target.exists():
        os.link(source, target)
    return outputs


def _measure_window(server, outputs: Path) -> tuple[list[float], float]:
    from PySide6.QtCore import QElapsedTimer, QTimer
    from PySide6.QtWidgets import QApplication, QDialog

    from desktop_uploader.gui import MainWindow

    app = QApplication.instance() or QApplication(sys.argv[:1])
    window = MainWindow()
    window.show()
    window.form.host_edit.setText(server.host)
    window.form.port_edit.setText(str(server.port))
    window.form.user_edit.setText(server.username)
    window.form.password_edit.setText(server.password)
    scanned: list[bool] = []
    window.folders_scanned.connect(lambda: scanned.append(True))
    window.add_folders([outputs])
    _wait(app, lambda: scanned, 10, "the folder scan")

    gaps: list[float] = []
    clock = QElapsedTimer()
    timer = QTimer()
    timer.setInterval(TICK_MS)
    timer.timeout.connect(lambda: gaps.append(clock.restart()) if window.controller.busy else None)

    trusted: list[bool] = []

    def trust_host_key() -> bool:
        dialog = window.findChild(QDialog, "hostKeyDialog")
        if not trusted and dialog is not None and dialog.isVisible():
            dialog.trust_button.click()
            trusted.append(True)
        return bool(trusted)

    window.upload_button.click()
    _wait(app, trust_host_key, 15, "the host key question")
    started = time.monotonic()
    clock.start()
    timer.start()
    _wait(app, lambda: not window.controller.busy, UPLOAD_TIMEOUT, "the end of the upload")
    seconds = time.monotonic() - started
    timer.stop()
    window.close()
    # The first tick measures from the start, not from a previous tick.
    return [float(gap) for gap in gaps[1:]], seconds


def _wait(app, condition, timeout: float, what: str) -> None:
    """Run a real event loop until ``condition()`` is true; give up after ``timeout`` s.

    A nested ``QEventLoop``, not processEvents() and a sleep: the timer being measured
    must see the same event loop as the user's window would.
    """
    from PySide6.QtCore import QEventLoop, QTimer

    deadline = time.monotonic() + timeout
    loop = QEventLoop()
    poll = QTimer()
    poll.setInterval(20)
    poll.timeout.connect(
        lambda: loop.quit() if condition() or time.monotonic() > deadline else None
    )
    poll.start()
    if not condition():
        loop.exec()
    poll.stop()
    if not condition():
        raise SystemExit(f"gave up waiting for {what} after {timeout:g} s")


if __name__ == "__main__":
    if CHILD_FLAG in sys.argv:
        sys.exit(_child_startup())
    sys.exit(main())
