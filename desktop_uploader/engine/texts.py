"""Sentences for the user, written in English and kept translatable without Qt.

The console prints the engine's sentences as they are; the window shows them in the
analyst's language. The engine must not import Qt, so the translation happens in the
window, and the engine only makes that possible:

- Every sentence the user may read starts as a template marked with
  ``QT_TRANSLATE_NOOP("Messages", "...")``. Qt's ``lupdate`` reads source files as
  text, finds this marker in the engine as it does in the window's code, and puts the
  template in the window's translation files.
- At run time the marker returns a :class:`Text`: a ``str`` holding the English words
  that also remembers its template. ``Text.format`` fills in values and remembers them.
- The window (``gui/engine_texts.py``) translates the template and fills in the same
  values again, with numbers written the way the analyst's locale writes them.

Everywhere else a Text is the plain English string it is: the console, the logs,
the history database and the tests compare and print it as any ``str``. A value
that is itself a sentence (a reason inside a message) is a Text too, so that it is
translated with its sentence.
"""

from __future__ import annotations

from typing import Any

# lupdate's context for every sentence made outside the window's own classes.
CONTEXT = "Messages"


class Text(str):
    """An English sentence that remembers its template and the values filled in."""

    template: str
    args: tuple[Any, ...]
    fields: dict[str, Any]

    def __new__(cls, template: str, *args: Any, **fields: Any) -> Text:
        english = template.format(*args, **fields) if args or fields else template
        text = super().__new__(cls, english)
        text.template = template
        text.args = args
        text.fields = fields
        return text

    def format(self, *args: Any, **fields: Any) -> Text:  # type: ignore[override]
        """Fill in the template's ``{name}`` fields, as ``str.format`` does.

        Returns:
            A Text of the filled-in English sentence that keeps the template and the
            values, so the window can fill the translated template with them.
        """
        return Text(self.template, *args, **fields)


def QT_TRANSLATE_NOOP(context: str, source: str) -> Text:  # noqa: N802 (the name lupdate reads)
    """Mark ``source`` for translation in ``context`` and return it as a Text.

    Args:
        context: always ``CONTEXT`` written out: lupdate needs the literal string.
        source: the English template, a string literal (lupdate reads the source file).

    Returns:
        The template as a Text, unchanged; ``.format(...)`` fills it in.
    """
    return Text(source)
