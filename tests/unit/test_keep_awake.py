"""Keeping the computer awake during a run: which way each system is asked, and that
every failure is logged and never stops the run."""

from __future__ import annotations

import logging
import os
import stat

import pytest

from desktop_uploader import keep_awake
from desktop_uploader.keep_awake import (
    CAFFEINATE,
    ES_CONTINUOUS,
    ES_SYSTEM_REQUIRED,
    SYSTEMD_INHIBIT,
    WINDOWS,
    choose_method,
)


def _which(*present):
    return lambda name: f"/usr/bin/{name}" if name in present else None


@pytest.mark.parametrize(
    ("platform", "present", "expected"),
    [
        ("win32", (), WINDOWS),
        ("darwin", ("caffeinate",), CAFFEINATE),
        ("darwin", (), None),
        ("linux", ("systemd-inhibit", "cat"), SYSTEMD_INHIBIT),
        ("linux", ("cat",), None),
        ("freebsd14", ("systemd-inhibit", "cat"), None),
    ],
)
def test_each_system_is_asked_its_own_way_or_not_at_all(platform, present, expected):
    assert choose_method(platform, _which(*present)) == expected


class _Kernel32:
    def __init__(self, answer=1):
        self.answer, self.calls = answer, []

    def SetThreadExecutionState(self, flags):  # noqa: N802 (the Windows name)
        self.calls.append(flags)
        return self.answer


def test_windows_asks_for_the_thread_and_clears_it_at_the_end():
    kernel32 = _Kernel32()

    with keep_awake.keep_awake("upload", method=WINDOWS, kernel32=kernel32) as used:
        assert used == WINDOWS
        assert kernel32.calls == [ES_CONTINUOUS | ES_SYSTEM_REQUIRED]

    assert kernel32.calls[-1] == ES_CONTINUOUS


def test_a_refusal_is_logged_and_the_block_still_runs(caplog):
    caplog.set_level(logging.INFO, logger="desktop_uploader.keep_awake")
    ran = []

    with keep_awake.keep_awake("upload", method=WINDOWS, kernel32=_Kernel32(0)) as used:
        ran.append(True)

    assert ran and used is None
    assert "refused" in caplog.text


class _Popen:
    """Records the command; behaves as a helper that runs until released."""

    def __init__(self, command, **options):
        self.command, self.options = command, options
        self.pid, self.returncode, self.terminated = 4242, None, False
        _Popen.made.append(self)

    def terminate(self):
        self.terminated = True

    def poll(self):
        return self.returncode

    def wait(self, timeout=None):
        self.returncode = 0
        return 0


def test_macos_runs_caffeinate_tied_to_this_process_and_ends_it(monkeypatch):
    _Popen.made = []

    with keep_awake.keep_awake(
        "upload", method=CAFFEINATE, which=_which("caffeinate"), popen=_Popen
    ) as used:
        [child] = _Popen.made
        assert used == CAFFEINATE
        assert child.command == ["/usr/bin/caffeinate", "-i", "-w", str(os.getpid())]

    assert child.terminated


def test_a_helper_that_cannot_start_is_logged_and_nothing_else(caplog):
    def broken(*args, **kwargs):
        raise OSError("no such program")

    with keep_awake.keep_awake("upload", method=CAFFEINATE, popen=broken) as used:
        assert used is None
    assert "Could not keep the computer awake" in caplog.text


def _fake_inhibit(tmp_path, exit_code: int = 0):
    """A stand-in for systemd-inhibit: notes its options, runs the command it was given
    (unless told to fail, as without logind), notes when that command ended."""
    marks = tmp_path / "marks"
    script = tmp_path / "systemd-inhibit"
    script.write_text(
        "#!/bin/sh\n"
        f'echo "options $1 $2 $3 $4" >> "{marks}"\n'
        f'if [ {exit_code} -ne 0 ]; then echo "Failed to inhibit: no logind" >&2; '
        f"exit {exit_code}; fi\n"
        'shift 4\n"$@"\n'
        f'echo "command ended" >> "{marks}"\n'
    )
    script.chmod(script.stat().st_mode | stat.S_IXUSR)
    which = lambda name: str(script) if name == "systemd-inhibit" else f"/bin/{name}"  # noqa: E731
    return which, marks


def test_linux_holds_a_lock_while_the_block_runs_and_lets_it_go_after(tmp_path):
    which, marks = _fake_inhibit(tmp_path)

    with keep_awake.keep_awake("Uploading to the server", method=SYSTEMD_INHIBIT, which=which):
        pass

    lines = marks.read_text().splitlines()
    assert lines[0] == (
        "options --what=sleep:idle --who=Desktop Uploader --why=Uploading to the server "
        "--mode=block"
    )
    # The held command (cat) ended once the block was left: the lock is gone.
    assert lines[-1] == "command ended"


def test_linux_without_logind_logs_what_systemd_inhibit_said(tmp_path, caplog):
    which, _ = _fake_inhibit(tmp_path, exit_code=1)
    ran = []

    with keep_awake.keep_awake("upload", method=SYSTEMD_INHIBIT, which=which):
        ran.append(True)

    assert ran
    assert "Failed to inhibit: no logind" in caplog.text
