"""A stall detector: no progress for too long closes the connection.

Channel timeouts alone cannot catch every hang. paramiko retries a full socket buffer
forever while it writes a packet, so a server (or a route) that stops reading leaves
the writer blocked with no timeout. Closing the transport from another thread is the
one thing that always makes the blocked call return.

One watchdog serves a whole lane of files: it is armed for each file and disarmed
between files, so that a small file costs no thread start and stop of its own. While
disarmed it never fires; its thread ends by itself once it has been idle for a moment,
and the next arming starts a new one.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Protocol

log = logging.getLogger(__name__)

# How long a disarmed watchdog keeps its thread for the next file before ending it.
IDLE_SECONDS = 2.0


class Closable(Protocol):
    """Anything with ``close()``, such as a paramiko Transport."""

    def close(self) -> None: ...


class LinkProgress:
    """When bytes last came from the server over one connection, on any channel.

    Lanes share one link: on a slow one, a lane waits for the other lanes' bytes before
    its own answers come, and may wait to send while the link drains. It has not
    stalled while the server keeps answering; the connection has when nothing comes.
    """

    def __init__(self, clock: Callable[[], float] = time.monotonic) -> None:
        self.clock = clock
        self.last = clock()

    def touch(self) -> None:
        self.last = self.clock()


class StallWatchdog:
    """Closes ``connection`` when ``touch()`` is not called for ``allowance`` seconds
    while it is armed.

    As a context manager it is armed from entry to exit. A lane's watchdog is made
    with ``armed=False`` instead and armed around each file with :meth:`watching`.
    ``stalled`` tells afterwards whether it fired, so that the resulting error can be
    worded as a stall; once fired it stays so (the connection is closed).

    Args:
        connection: what to close on a stall (the SSH transport).
        allowance: seconds without progress before the connection is closed.
        clock: seconds, monotonic; injectable for tests.
        armed: whether it watches from the start (with the context manager).
        idle_seconds: how long its thread waits for the next arming before ending.
        link: when the server last sent anything on the connection: that counts as
            progress too, so that a lane waiting behind the others is not stalled.
    """

    def __init__(
        self,
        connection: Closable,
        allowance: float,
        *,
        clock: Callable[[], float] = time.monotonic,
        armed: bool = True,
        idle_seconds: float = IDLE_SECONDS,
        link: LinkProgress | None = None,
    ) -> None:
        self._connection = connection
        self._link = link
        self._clock = clock
        self._lock = threading.Lock()
        self._wake = threading.Condition(self._lock)
        self._allowance = allowance
        self._last = clock()
        self._armed = armed
        self._idle_seconds = idle_seconds
        self._idle_since = clock()
        self._done = False
        self._sleep = 0.0  # the wait its thread is in, to wake it only when too long
        self._thread: threading.Thread | None = None
        self.stalled = False

    def __enter__(self) -> StallWatchdog:
        with self._lock:
            self._ensure_thread()
        return self

    def __exit__(self, *exc_info: object) -> None:
        with self._lock:
            self._done = True
            self._armed = False
            thread = self._thread
            self._wake.notify_all()
        if thread is not None and thread is not threading.current_thread():
            # The notice wakes the thread at once; once it has ended it can close nothing.
            thread.join(timeout=2)

    @contextmanager
    def watching(self, allowance: float) -> Iterator[StallWatchdog]:
        """Armed with ``allowance`` (counted from now) for the body, disarmed after."""
        self.arm(allowance)
        try:
            yield self
        finally:
            self.disarm()

    def arm(self, allowance: float) -> None:
        """Start watching: progress is due within ``allowance`` seconds from now."""
        with self._lock:
            self._armed = True
            self._done = False
            self._allowance = allowance
            self._last = self._clock()
            self._ensure_thread()
            if self._sleep > self._poll_interval():
                self._wake.notify_all()

    def disarm(self) -> None:
        """Stop watching until the next :meth:`arm`; it never fires in between."""
        with self._lock:
            self._armed = False
            self._idle_since = self._clock()

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
    def running(self) -> bool:
        """Whether its thread is there (it ends on a stall, an exit, or when idle)."""
        with self._lock:
            return self._thread is not None

    @property
    def allowance(self) -> float:
        with self._lock:
            return self._allowance

    def expired(self) -> bool:
        """Whether the time since the last progress exceeds the allowance."""
        with self._lock:
            return self._expired()

    def _expired(self) -> bool:
        last = self._last if self._link is None else max(self._last, self._link.last)
        return self._clock() - last > self._allowance

    def _ensure_thread(self) -> None:
        # Under the lock. A thread that ends clears ``_thread`` under the lock too, so
        # one is running exactly when it is set. A fired watchdog starts nothing more:
        # its connection is closed.
        if self.stalled or self._thread is not None:
            return
        self._thread = threading.Thread(target=self._watch, name="stall-watchdog", daemon=True)
        self._thread.start()

    def _poll_interval(self) -> float:
        # Under the lock. Fine enough to fire within a few percent of the allowance,
        # coarse enough to cost nothing during a long transfer.
        return min(max(self._allowance / 20, 0.05), 1.0)

    def _watch(self) -> None:
        with self._lock:
            while not self._done:
                self._sleep = self._poll_interval()
                self._wake.wait(self._sleep)
                self._sleep = 0.0
                if self._done:
                    break
                if self._armed and self._expired():
                    self.stalled = True
                    allowance = self._allowance
                    break
                if not self._armed and self._clock() - self._idle_since > self._idle_seconds:
                    break
            self._thread = None
            if not self.stalled:
                return
        log.warning("No progress for %g s: closing the connection", allowance)
        try:
            self._connection.close()
        except Exception as exc:  # noqa: BLE001 - the stall is the error that counts
            log.info("Error while closing a stalled connection: %s", exc)
