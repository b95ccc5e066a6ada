"""The redacting filter blanks registered secrets in messages and in tracebacks."""

import logging

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
