"""Throttled progress: every byte is counted, but reports go out a few times a second."""

from __future__ import annotations

import time
from collections.abc import Callable

# Ten reports a second keep a progress bar smooth without flooding a window's queue.
DEFAULT_INTERVAL = 0.1


class ProgressThrottle:
    """Forwards (bytes_done, size) at most once per interval, and always the final count.

    Args:
        report: receives (bytes_done, size).
        size: the total; reports never exceed it.
        clock: seconds, monotonic; injectable for tests.
    """

    def __init__(
        self,
        report: Callable[[int, int], None],
        size: int,
        *,
        interval: float = DEFAULT_INTERVAL,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self._report = report
        self.size = size
        self._interval = interval
        self._clock = clock
        self._last_time: float | None = None
        self.done = 0

    def update(self, bytes_done: int) -> None:
        self.done = min(bytes_done, self.size)
        now = self._clock()
        if self._last_time is None or now - self._last_time >= self._interval:
            self._last_time = now
            self._report(self.done, self.size)

    def finish(self) -> None:
        """Report the final count, whatever the time since the last report."""
        self._last_time = self._clock()
        self._report(self.done, self.size)
