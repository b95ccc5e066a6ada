"""Time the Linux bundle from launch to its window on screen, under Xvfb.

Starts a private Xvfb, launches the bundle several times with a fresh app folder (so
each run is a first start), and polls the X server until the main window is mapped
and viewable. Prints each run and the median; can save a picture of the last run's window.

Needs Debian's xvfb, x11-utils (xwininfo) and, for --screenshot, imagemagick:

    python scripts/measure_startup.py --runs 7 --screenshot docs/bundle-linux-xvfb.png
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_BUNDLE = ROOT / "dist" / "desktop-uploader" / "desktop-uploader"
WINDOW_TITLE = "Desktop Uploader"
POLL_SECONDS = 0.01
TIMEOUT_SECONDS = 30.0


def start_xvfb() -> tuple[subprocess.Popen, str]:
    """A private X server; -displayfd makes it pick a free display number itself.

    -noreset: by default the server resets when its last client leaves, and a bundle
    started during that moment cannot connect (Qt then aborts: "could not connect to
    display"), which happened in 2 of 60 back-to-back starts.
    """
    read_end, write_end = os.pipe()
    command = ["Xvfb", "-displayfd", str(write_end), "-screen", "0", "1280x800x24"]
    server = subprocess.Popen(
        [*command, "-nolisten", "tcp", "-noreset"],
        pass_fds=(write_end,),
        stderr=subprocess.DEVNULL,
    )
    os.close(write_end)
    with os.fdopen(read_end) as pipe:
        display = ":" + pipe.readline().strip()
    return server, display


def viewable_window(display: str) -> str | None:
    """The id of our top-level window once the X server shows it, else None."""
    env = {**os.environ, "DISPLAY": display}
    tree = subprocess.run(
        ["xwininfo", "-root", "-children"], env=env, capture_output=True, text=True
    ).stdout
    for line in tree.splitlines():
        if f'"{WINDOW_TITLE}' in line:
            window = line.split()[0]
            info = subprocess.run(
                ["xwininfo", "-id", window], env=env, capture_output=True, text=True
            ).stdout
            if "IsViewable" in info:
                return window
    return None


def one_run(bundle: Path, display: str, screenshot: Path | None) -> float:
    with tempfile.TemporaryDirectory(prefix="desktop-uploader-startup-") as home:
        env = {
            **os.environ,
            "DISPLAY": display,
            "QT_QPA_PLATFORM": "xcb",
            "DESKTOP_UPLOADER_HOME": home,
        }
        errors = Path(home) / "stderr.txt"
        started = time.perf_counter()
        with errors.open("w") as stderr:
            app = subprocess.Popen([str(bundle)], env=env, stderr=stderr)
        try:
            while (window := viewable_window(display)) is None:
                if app.poll() is not None:
                    output = errors.read_text(errors="replace")[-3000:]
                    raise RuntimeError(f"the bundle exited with {app.returncode}:\n{output}")
                if time.perf_counter() - started > TIMEOUT_SECONDS:
                    raise RuntimeError("no window within the timeout")
                time.sleep(POLL_SECONDS)
            elapsed = time.perf_counter() - started
            if screenshot is not None:
                # Let the first paint and the layout settle before the picture.
                time.sleep(1.5)
                subprocess.run(
                    ["import", "-display", display, "-window", window, str(screenshot)],
                    check=True,
                )
        finally:
            app.terminate()
            app.wait(10)
    return elapsed


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--bundle", type=Path, default=DEFAULT_BUNDLE)
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--screenshot", type=Path, help="save the last run's window")
    args = parser.parse_args()
    if not args.bundle.exists():
        print(f"No bundle at {args.bundle}: build it with 'make package'", file=sys.stderr)
        return 2

    server, display = start_xvfb()
    try:
        times = []
        for run in range(1, args.runs + 1):
            last = run == args.runs
            seconds = one_run(args.bundle, display, args.screenshot if last else None)
            times.append(seconds)
            print(f"run {run}: window shown after {seconds:.2f} s")
    finally:
        server.terminate()
        server.wait(10)
    print(f"median of {len(times)}: {statistics.median(times):.2f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
