"""Numbers in the words an analyst reads: sizes, speeds and durations, written the way
the window's locale writes them (``QLocale.setDefault`` is set by gui/translations.py)."""

from __future__ import annotations

import functools
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, QObject


class Counts(QObject):
    """Counted words for code outside a widget: lupdate finds plural forms in tr() only."""

    def bytes(self, count: int) -> str:
        return self.tr("%n byte(s)", "", count)

    def files(self, count: int) -> str:
        return self.tr("%n file(s)", "", count)

    def business_units(self, count: int) -> str:
        return self.tr("%n business unit(s)", "", count)


@functools.cache
def counts() -> Counts:
    """The one Counts object, made once Qt runs."""
    return Counts()


def _units() -> tuple[str, ...]:
    # Each unit is a literal inside translate(), so that lupdate finds it.
    return (
        "",
        QCoreApplication.translate("Formatting", "KB"),
        QCoreApplication.translate("Formatting", "MB"),
        QCoreApplication.translate("Formatting", "GB"),
        QCoreApplication.translate("Formatting", "TB"),
    )


def human_size(size: int) -> str:
    """1536 -> '1.5 KB'. Decimal units, as file managers on Windows and macOS show."""
    units = _units()
    value = float(size)
    for unit in units:
        if value < 1000 or unit == units[-1]:
            break
        value /= 1000
    if not unit:
        return counts().bytes(size)
    return f"{QLocale().toString(value, 'f', 1)} {unit}"


def human_speed(bytes_per_second: float) -> str:
    return QCoreApplication.translate("Formatting", "{size}/s").format(
        size=human_size(int(bytes_per_second))
    )


def human_duration(seconds: float) -> str:
    """75 -> '1 min 15 s'; always whole seconds, rounded up so a countdown never shows 0."""
    whole = max(0, int(-(-seconds // 1)))
    if whole < 60:
        return QCoreApplication.translate("Formatting", "{s} s").format(s=whole)
    minutes, secs = divmod(whole, 60)
    if minutes < 60:
        if secs:
            text = QCoreApplication.translate("Formatting", "{min} min {s} s")
            return text.format(min=minutes, s=secs)
        return QCoreApplication.translate("Formatting", "{min} min").format(min=minutes)
    hours, minutes = divmod(minutes, 60)
    return QCoreApplication.translate("Formatting", "{h} h {min} min").format(h=hours, min=minutes)


def shown_folder(folder: Path) -> str:
    """A local folder as the table shows it: under the home folder, from ``~``.

    The home part is the same for every row and only pushes the part that tells the
    business units apart out of sight. Windows users do not write ``~``, so there the
    path stays whole; the tooltip always has the full path.
    """
    if sys.platform == "win32":
        return str(folder)
    try:
        return str(Path("~") / folder.relative_to(Path.home()))
    except (ValueError, RuntimeError):  # outside the home folder, or no home folder
        return str(folder)
