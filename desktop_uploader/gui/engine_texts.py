"""The engine's sentences in the window's language.

The engine writes English ``Text`` values that remember their template and the values
filled in (see engine/texts.py). Here the template is translated in the "Messages"
context and filled in again, with the numbers written as the window's locale writes
them; a value that is itself a Text is translated first. Anything that is not a Text
(an OS error's own words, a file name) is shown as it is.
"""

from __future__ import annotations

import logging
import string
from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale

from desktop_uploader.engine.texts import CONTEXT, Text

log = logging.getLogger(__name__)


def translated(text: object) -> str:
    """``text`` in the window's language when it is an engine Text; else ``str(text)``."""
    if not isinstance(text, Text):
        return "" if text is None else str(text)
    template = QCoreApplication.translate(CONTEXT, text.template)
    if not (text.args or text.fields):
        return template
    try:
        return _LocaleFormatter().vformat(template, text.args, text.fields)
    except (IndexError, KeyError, ValueError):
        # A translation whose fields do not match its source must never hide the message.
        log.warning("Translation of %r does not fit its values; shown in English", template)
        return str(text)


def error_text(exc: BaseException) -> str:
    """An exception's message in the window's language: its first argument when a Text."""
    first = exc.args[0] if exc.args else None
    return translated(first) if isinstance(first, Text) else str(exc)


class _LocaleFormatter(string.Formatter):
    """str.format, with nested Texts translated and numbers in the locale's writing."""

    def format_field(self, value: Any, format_spec: str) -> str:
        if isinstance(value, Text):
            return format(translated(value), format_spec)
        if isinstance(value, bool) or not isinstance(value, int | float):
            return super().format_field(value, format_spec)
        return _number(value, format_spec)


def _number(value: int | float, spec: str) -> str:
    locale = QLocale()
    if spec == ",":
        return locale.toString(int(value)) if isinstance(value, int) else locale.toString(value)
    if spec == "g":
        return locale.toString(float(value), "g", 6)
    if spec.startswith(".") and spec.endswith("f") and spec[1:-1].isdigit():
        return locale.toString(float(value), "f", int(spec[1:-1]))
    if spec == "" and isinstance(value, float):
        return locale.toString(value, "g", 12)
    # Whole numbers without a spec are ports, counts and attempt numbers: digits alone,
    # never grouped, so a port 2222 stays 2222 in every language.
    return format(value, spec)
