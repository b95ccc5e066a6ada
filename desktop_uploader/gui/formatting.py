"""Numbers in the words an analyst reads: sizes, speeds and durations."""

from __future__ import annotations

_UNITS = ("bytes", "KB", "MB", "GB", "TB")


def human_size(size: int) -> str:
    """1536 -> '1.5 KB'. Decimal units, as file managers on Windows and macOS show."""
    value = float(size)
    for unit in _UNITS:
        if value < 1000 or unit == _UNITS[-1]:
            break
        value /= 1000
    if unit == "bytes":
        return "1 byte" if size == 1 else f"{size} bytes"
    return f"{value:.1f} {unit}"


def human_speed(bytes_per_second: float) -> str:
    return f"{human_size(int(bytes_per_second))}/s"


def human_duration(seconds: float) -> str:
    """75 -> '1 min 15 s'; always whole seconds, rounded up so a countdown never shows 0."""
    whole = max(0, int(-(-seconds // 1)))
    if whole < 60:
        return f"{whole} s"
    minutes, secs = divmod(whole, 60)
    if minutes < 60:
        return f"{minutes} min {secs} s" if secs else f"{minutes} min"
    hours, minutes = divmod(minutes, 60)
    return f"{hours} h {minutes} min"


def plural(count: int, word: str) -> str:
    return f"{count} {word}" if count == 1 else f"{count} {word}s"
