"""Poll a condition with a deadline: tests never sleep a fixed time."""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import TypeVar

T = TypeVar("T")


def wait_until(
    condition: Callable[[], T],
    timeout: float = 10.0,
    *,
    interval: float = 0.02,
    message: str = "condition",
) -> T:
    """Return the first truthy value of ``condition()``; TimeoutError after ``timeout`` s.

    The interval is short because every caller waits on something local (a loopback
    server, a thread), which reacts in milliseconds.
    """
    deadline = time.monotonic() + timeout
    while True:
        value = condition()
        if value:
            return value
        if time.monotonic() >= deadline:
            raise TimeoutError(f"{message} not reached within {timeout:g} s")
        time.sleep(interval)
