"""Business unit names: validation, country, and the remote folders they may live in."""

from __future__ import annotations

import posixpath
import re
import unicodedata

from desktop_uploader.engine.errors import BadInputError
from desktop_uploader.engine.settings import check_remote_base
from desktop_uploader.engine.texts import QT_TRANSLATE_NOOP, Text

MAX_BU_LENGTH = 64
_EXAMPLE = QT_TRANSLATE_NOOP("Messages", "Example of a valid name: italy_galbani.")


def validate_bu(name: str) -> str:
    """Check a business unit name before any network traffic.

    A valid name is ASCII letters, digits, ``_`` and ``-``; the part before the first
    underscore (the country) and the part after it are both non-empty.

    Args:
        name: the name as typed, taken from a folder or from the environment.

    Returns:
        The name, unchanged.

    Raises:
        BadInputError: naming what is wrong, with an example of a valid name.
    """
    problem = _bu_problem(name)
    if problem:
        message = QT_TRANSLATE_NOOP("Messages", "Business unit {name} is not valid: {problem}.")
        raise BadInputError(message.format(name=_shown(name), problem=problem), _EXAMPLE)
    return name


def _bu_problem(name: str) -> Text | None:
    if not name:
        return QT_TRANSLATE_NOOP("Messages", "the name is empty")
    if len(name) > MAX_BU_LENGTH:
        problem = QT_TRANSLATE_NOOP("Messages", "it is longer than {count} characters")
        return problem.format(count=MAX_BU_LENGTH)
    if any(ch.isspace() or unicodedata.category(ch).startswith("C") for ch in name):
        return QT_TRANSLATE_NOOP("Messages", "it contains spaces or control characters")
    if "/" in name or "\\" in name or ".." in name:
        return QT_TRANSLATE_NOOP("Messages", "it contains a path separator or '..'")
    if "_" not in name:
        return QT_TRANSLATE_NOOP(
            "Messages", "it has no '_' between the country and the unit (country_unit)"
        )
    country, _, rest = name.partition("_")
    if not country:
        return QT_TRANSLATE_NOOP("Messages", "the country before the first '_' is empty")
    if not rest.strip("_"):
        return QT_TRANSLATE_NOOP("Messages", "the part after the country is empty")
    if not re.fullmatch(r"[A-Za-z0-9_-]+", name):
        return QT_TRANSLATE_NOOP(
            "Messages", "only letters without accents (a to z), digits, '_' and '-' are allowed"
        )
    return None


def _shown(name: str) -> str:
    """The name quoted for a message, with control characters made visible."""
    visible = name if len(name) <= 80 else name[:77] + "..."
    return repr(visible)


def country_of(bu: str) -> str:
    """The country part of a valid business unit name (before the first underscore)."""
    return bu.partition("_")[0]


def remote_candidates(remote_base: str, bu: str) -> tuple[str, ...]:
    """The remote folders a business unit may live in, in the order they are tried.

    The pipeline's servers spell some units with a doubled separator
    (``italy__galbani``); the single-underscore spelling is preferred when both exist.
    """
    validate_bu(bu)
    country, _, rest = bu.partition("_")
    country_dir = posixpath.join(normalize_base(remote_base), country)
    candidates = [posixpath.join(country_dir, bu)]
    doubled = posixpath.join(country_dir, f"{country}__{rest}")
    if doubled not in candidates:
        candidates.append(doubled)
    return tuple(candidates)


def normalize_base(remote_base: str) -> str:
    """An absolute, normalized remote base.

    Raises:
        BadInputError: the base is relative or holds a control character.
    """
    return posixpath.normpath(check_remote_base(remote_base))
