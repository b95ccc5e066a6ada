"""The redacting filter blanks registered secrets in messages and in tracebacks."""

import logging
import stat
import sys

import pytest

from desktop_uploader import logging_setup
from desktop_uploader.logging_setup import RedactingFilter

SECRET = "redaction-canary-4711"


@pytest.fixture
def registered(monkeypatch):
    monkeypatch.setattr(logging_setup, "_secrets", set())
    logging_setup.register_secret(SECRET)


def _formatted(record: logging.LogRecord) -> str:
    RedactingFilter().filter(record)
    return logging.Formatter("%(message)s").format(record)


def test_a_secret_in_a_message_argument_is_blanked(registered):
    record = logging.LogRecord("t", logging.INFO, __file__, 1, "login with %s", (SECRET,), None)
    assert _formatted(record) == "login with ***"


def test_a_secret_quoted_by_an_exception_is_blanked_in_the_traceback(registered):
    try:
        raise RuntimeError(f"server said: bad {SECRET}")
    except RuntimeError as exc:
        record = logging.LogRecord("t", logging.ERROR, __file__, 1, "failed", None, None)
        record.exc_info = (type(exc), exc, exc.__traceback__)
    text = _formatted(record)
    assert "RuntimeError: server said: bad ***" in text and SECRET not in text


def test_a_password_assignment_is_blanked_even_when_unregistered(registered):
    record = logging.LogRecord("t", logging.INFO, __file__, 1, "password=hunter2 ok", None, None)
    assert _formatted(record) == "password=*** ok"


def _record(name: str, level: int, message: str) -> logging.LogRecord:
    return logging.LogRecord(name, level, __file__, 1, message, None, None)


def test_paramiko_errors_are_lowered_to_debug_and_ours_are_kept():
    quiet = logging_setup.ParamikoFilter()
    theirs = _record("paramiko.transport", logging.ERROR, "Traceback (most recent call last):")
    ours = _record("desktop_uploader.engine.runner", logging.ERROR, "Run failed")

    assert quiet.filter(theirs) and quiet.filter(ours)
    assert (theirs.levelno, theirs.levelname) == (logging.DEBUG, "DEBUG")
    assert (ours.levelno, ours.levelname) == (logging.ERROR, "ERROR")


def test_a_paramiko_packet_dump_line_is_never_written():
    quiet = logging_setup.ParamikoFilter()
    dump = _record("paramiko.transport", logging.DEBUG, "OUT: 00 00 00 1C 0A 05 00 00  ......")
    step = _record("paramiko.transport", logging.DEBUG, "Switch to new keys ...")
    assert not quiet.filter(dump)
    assert quiet.filter(step)


@pytest.fixture
def paramiko_debug_log():
    """A run log with paramiko's debug log on; paramiko is quiet again afterwards."""
    yield logging_setup.start_run_log("test", debug_paramiko=True)
    logging.getLogger("paramiko").setLevel(logging.WARNING)


def test_the_run_log_blanks_secrets_in_paramikos_debug_lines(registered, paramiko_debug_log):
    log_file = paramiko_debug_log
    logging.getLogger("paramiko.transport").debug("userauth with %s", SECRET)
    logging.getLogger("paramiko.transport").error("Exception (client): banner")
    logging.getLogger("paramiko.transport").debug("IN: 00 00 01 0C 0A 14 4F 42  ....")
    for handler in logging.getLogger().handlers:
        handler.flush()

    text = log_file.read_text(encoding="utf-8")
    assert "DEBUG   paramiko.transport: userauth with ***" in text
    assert "DEBUG   paramiko.transport: Exception (client): banner" in text
    assert SECRET not in text and "IN: 00" not in text and "ERROR" not in text


@pytest.mark.skipif(sys.platform == "win32", reason="Windows files have no POSIX mode")
def test_the_run_log_is_readable_by_its_owner_alone(paramiko_debug_log):
    assert stat.S_IMODE(paramiko_debug_log.stat().st_mode) == 0o600
    assert stat.S_IMODE(paramiko_debug_log.parent.stat().st_mode) == 0o700
