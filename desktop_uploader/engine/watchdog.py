"""A stall detector: no progress for too long closes the connection.

Channel timeouts alone cannot catch every hang. paramiko retries a full socket buffer
forever while it writes a packet, so a server (or a route) that stops reading leaves
the writer blocked with no timeout. Closing the transport from another thread is the
one thing that always makes the blocked call return.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from typing import Protocol

log = logging.getLogger(__name__)


class Closable(Protocol):
    """Anything with ``close()``, such as a paramiko Transport."""

    def close(self) -> None: ...


class StallWatchdog:
    """Closes ``connection`` when ``touch()`` is not called for ``allowance`` seconds.

    Use it as a context manager around the work it guards; ``stalled`` tells afterwards
    whether it fired, so that the resulting error can be worded as a stall.

    Args:
        connection: what to close on a stall (the SSH transport).
        allowance: seconds without progress before the connection is closed.
        clock: seconds, monotonic; injectable for tests.
    """

    def __init__(
        self,
        connection: Closable,
        allowance: float,
        *,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self._connection = connection
        self._clock = clock
        self._lock = threading.Lock()
        self._allowance = allowance
        self._last = clock()
        self._done = threading.Event()
        self._thread: threading.Thread | None = None
        self.stalled = False

    def __enter__(self) -> StallWatchdog:
        self._thread = threading.Thread(target=self._watch, name="stall-watchdog", daemon=True)
        self._thread.start()
        return self

    def __exit__(self, *exc_info: object) -> None:
        self._done.set()
        if self._thread is not None:
            # The event wakes the thread at once; once it has ended it can close nothing.
            self._thread.join(timeout=2)

    def touch(self) -> None:
        """Record progress now."""
        with self._lock:
            self._last = self._clock()

    def allow(self, allowance: float) -> None:
        """Change the allowance from now on (the end of a file gets a longer one)."""
        with self._lock:
            self._allowance = allowance
            self._last = self._clock()

    @property
    def allowance(self) -> float:
        with self._lock:
            return self._allowance

    def expired(self) -> bool:
        """Whether the time since the last progress exceeds the allowance."""
        with self._lock:
            return self._clock() - self._last > self._allowance

    def _poll_interval(self) -> float:
        # Fine enough to fire within a few percent of the allowance, coarse enough to
        # cost nothing during a long transfer.
        with self._lock:
            return min(max(self._allowance / 20, 0.05), 1.0)

    def _watch(self) -> None:
        while not self._done.wait(self._poll_interval()):
            if self.expired():
                self.stalled = True
                log.warning("No progress for %g s: closing the connection", self.allowance)
                try:
                    self._connection.close()
                except Exception as exc:  # noqa: BLE001 - the stall is the error that counts
                    log.info("Error while closing a stalled connection: %s", exc)
                return
