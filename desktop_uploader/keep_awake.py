"""Keeping the computer from sleeping while files are sent, where the system allows it.

An analyst starts a long upload and walks away; a laptop that goes to sleep cuts the
connection. For the length of a run the system is asked to stay awake (the screen may
still turn off):

- Windows: ``SetThreadExecutionState`` through ctypes, for the calling thread;
- macOS: ``caffeinate -i -w <our pid>``, which also ends if this process dies;
- Linux: ``systemd-inhibit`` holding a sleep and idle lock while a child ``cat`` reads
  our pipe: if this process dies, the pipe closes, ``cat`` ends and the lock goes too;
- elsewhere, or without those programs: nothing.

Asking is a courtesy, never a condition: every failure is logged and the run goes on.
"""

from __future__ import annotations

import contextlib
import logging
import os
import shutil
import subprocess
import sys
from collections.abc import Callable, Iterator

log = logging.getLogger(__name__)

# What systemd shows for the lock.
KEEP_AWAKE_REASON = "Uploading pipeline results to the SFTP server"
WINDOWS = "windows"
CAFFEINATE = "caffeinate"
SYSTEMD_INHIBIT = "systemd-inhibit"
# SetThreadExecutionState flags (winbase.h).
ES_CONTINUOUS = 0x80000000
ES_SYSTEM_REQUIRED = 0x00000001
# How long a helper process may take to end once released.
RELEASE_TIMEOUT = 5.0

Which = Callable[[str], str | None]
Release = Callable[[], None]


def choose_method(platform: str = sys.platform, which: Which = shutil.which) -> str | None:
    """How this system can be kept awake, or None when it cannot.

    Args:
        platform: a ``sys.platform`` value.
        which: finds a program on the PATH, as ``shutil.which`` does.
    """
    if platform == "win32":
        return WINDOWS
    if platform == "darwin":
        return CAFFEINATE if which("caffeinate") else None
    if platform.startswith("linux") and which("systemd-inhibit") and which("cat"):
        return SYSTEMD_INHIBIT
    return None


@contextlib.contextmanager
def keep_awake(
    reason: str,
    *,
    method: str | None = None,
    which: Which = shutil.which,
    popen: Callable[..., subprocess.Popen] = subprocess.Popen,
    kernel32: object | None = None,
) -> Iterator[str | None]:
    """Keep the system awake inside the ``with`` block; never raises for its own sake.

    On Windows, enter and leave the block on the same thread: the request belongs to
    the thread that made it.

    Args:
        reason: why, in a few words, for the systems that show it (systemd).
        method: one of WINDOWS, CAFFEINATE, SYSTEMD_INHIBIT; chosen for this system
            when None.
        which, popen, kernel32: the system's own, replaced in tests.

    Yields:
        The method in effect, or None when the system could not be asked.
    """
    chosen = method or choose_method(which=which)
    release = _start(chosen, reason, which, popen, kernel32) if chosen else None
    try:
        yield chosen if release else None
    finally:
        if release is not None:
            try:
                release()
            except Exception:  # noqa: BLE001 - a courtesy that failed is only logged
                log.warning("Could not release the keep-awake request", exc_info=True)


def _start(method: str, reason: str, which: Which, popen, kernel32) -> Release | None:
    try:
        if method == WINDOWS:
            return _windows(kernel32)
        if method == CAFFEINATE:
            return _caffeinate(which, popen)
        if method == SYSTEMD_INHIBIT:
            return _systemd_inhibit(reason, which, popen)
    except Exception:  # noqa: BLE001 - never a reason to stop a run
        log.warning("Could not keep the computer awake (%s)", method, exc_info=True)
        return None
    log.warning("Unknown keep-awake method %r", method)
    return None


def _windows(kernel32) -> Release | None:
    if kernel32 is None:
        import ctypes

        kernel32 = ctypes.windll.kernel32  # type: ignore[attr-defined]
    if not kernel32.SetThreadExecutionState(ES_CONTINUOUS | ES_SYSTEM_REQUIRED):
        log.warning("Windows refused to keep the computer awake during the run")
        return None
    log.info("Keeping the computer awake during the run (Windows)")
    return lambda: kernel32.SetThreadExecutionState(ES_CONTINUOUS)


def _caffeinate(which: Which, popen) -> Release:
    program = which("caffeinate") or "caffeinate"
    # -i: no idle sleep; -w: end by itself when this process ends.
    child = popen(
        [program, "-i", "-w", str(os.getpid())],
        stdin=subprocess.DEVNULL,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    log.info("Keeping the computer awake during the run (caffeinate, pid %s)", child.pid)

    def release() -> None:
        child.terminate()
        _reap(child)

    return release


def _systemd_inhibit(reason: str, which: Which, popen) -> Release:
    program = which("systemd-inhibit") or "systemd-inhibit"
    command = [
        program,
        "--what=sleep:idle",
        "--who=Desktop Uploader",
        f"--why={reason}",
        "--mode=block",
        which("cat") or "cat",
    ]
    child = popen(command, stdin=subprocess.PIPE, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    log.info("Keeping the computer awake during the run (systemd-inhibit, pid %s)", child.pid)

    def release() -> None:
        child.stdin.close()  # cat reads end of file and ends; the lock goes with it
        _reap(child)
        # cat ends well at end of file; another status is systemd-inhibit's own failure.
        if child.returncode:
            detail = child.stderr.read().decode("utf-8", "replace").strip() if child.stderr else ""
            log.warning("systemd-inhibit did not keep the computer awake: %s", detail)
        if child.stderr:
            child.stderr.close()

    return release


def _reap(child: subprocess.Popen) -> None:
    try:
        child.wait(timeout=RELEASE_TIMEOUT)
    except subprocess.TimeoutExpired:
        child.kill()
        child.wait()
