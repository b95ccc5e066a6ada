"""A loopback TCP proxy that breaks connections on purpose, for network fault tests.

The client connects to ``proxy.port``; each connection is forwarded to a target port
on 127.0.0.1. For the first K connections after :meth:`FaultProxy.set_fault`, once the
client has sent more than N bytes, the proxy forwards exactly N of them and then:

- ``cut``: resets both sockets (RST, like a dropped VPN or a killed NAT entry);
- ``stall``: forwards nothing more in either direction and stops reading, but keeps
  both sockets open (like a black-holed route: the client only notices by timeout).

Later connections pass through untouched, so a retry can succeed. Independently of
faults, each direction can add a fixed delay (latency) and a rate limit in bytes per
second, to emulate a slow VPN.

Every direction has a reader thread and a writer thread joined by a small bounded
queue: the delay does not slow the throughput, and the bound keeps TCP back-pressure,
so a rate-limited client really sees a slow link instead of a huge buffer.
"""

from __future__ import annotations

import contextlib
import queue
import socket
import struct
import threading
import time
from dataclasses import dataclass, field

LOOPBACK = "127.0.0.1"
MODES = ("pass", "cut", "stall")

_CHUNK = 65536
_QUEUE_ITEMS = 8  # at most about 512 KiB in flight per direction inside the proxy
_POLL = 0.1  # how often blocked threads look at the stop flag
_EOF = object()


@dataclass
class _Fault:
    mode: str = "pass"
    after_bytes: int = 0
    connections: int | None = 1  # None: every connection
    used: int = 0  # connections given this fault so far


@dataclass(eq=False)
class _Link:
    """One proxied connection: the client's socket and ours to the target."""

    index: int
    client: socket.socket
    server: socket.socket
    fault: str  # the mode for this connection: "pass", "cut" or "stall"
    after_bytes: int
    sent_up: int = 0  # client-to-server bytes read so far, forwarded or not
    closed: threading.Event = field(default_factory=threading.Event)
    stalled: threading.Event = field(default_factory=threading.Event)
    eofs: int = 0
    lock: threading.Lock = field(default_factory=threading.Lock)

    def close(self, *, reset: bool = False) -> None:
        """Close both sockets; with reset, the peers get an RST instead of a FIN."""
        self.closed.set()
        for sock in (self.client, self.server):
            with contextlib.suppress(OSError):
                if reset:
                    # Linger 0 makes close() send RST and drop unsent data.
                    sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
                else:
                    sock.shutdown(socket.SHUT_RDWR)
            with contextlib.suppress(OSError):
                sock.close()

    def half_closed(self) -> None:
        """One direction ended; the link closes when both have."""
        with self.lock:
            self.eofs += 1
            done = self.eofs >= 2
        if done:
            self.close()


class FaultProxy:
    """Forward 127.0.0.1:``port`` to 127.0.0.1:``target_port``, breaking it as told.

    Use as a context manager, or call start() and stop(). Counters (``connections``,
    ``bytes_up``, ``bytes_down``, ``faults``) are safe to read from any thread; the
    ``fault_happened`` event is set when a cut or stall is applied.
    """

    def __init__(
        self,
        target_port: int,
        *,
        mode: str = "pass",
        after_bytes: int = 0,
        faulty_connections: int | None = 1,
        delay_up: float = 0.0,
        delay_down: float = 0.0,
        rate_up: float | None = None,
        rate_down: float | None = None,
    ) -> None:
        self.target_port = target_port
        self.host = LOOPBACK
        self.port = 0
        self.delay_up, self.delay_down = delay_up, delay_down
        self.rate_up, self.rate_down = rate_up, rate_down
        self.connections = 0
        self.bytes_up = 0  # delivered to the target
        self.bytes_down = 0  # delivered to the client
        self.faults = 0
        self.fault_happened = threading.Event()
        self._fault = _Fault()
        self._lock = threading.Lock()
        self._stop = threading.Event()
        self._links: list[_Link] = []
        self._threads: list[threading.Thread] = []
        self._listener: socket.socket | None = None
        self.set_fault(mode, after_bytes, faulty_connections)

    # ----- control -----------------------------------------------------------------------

    def set_fault(self, mode: str, after_bytes: int = 0, connections: int | None = 1) -> None:
        """Apply ``mode`` to the next ``connections`` connections (None: all of them)."""
        if mode not in MODES:
            raise ValueError(f"mode must be one of {MODES}, not {mode!r}")
        if after_bytes < 0:
            raise ValueError("after_bytes must be 0 or more")
        with self._lock:
            self._fault = _Fault(mode, after_bytes, connections)

    def cut_active(self) -> int:
        """Reset every open connection now; returns how many were cut."""
        with self._lock:
            live = [link for link in self._links if not link.closed.is_set()]
        for link in live:
            link.close(reset=True)
        return len(live)

    def stall_active(self) -> int:
        """Stall every open connection now (see ``stall``); returns how many."""
        with self._lock:
            live = [link for link in self._links if not link.closed.is_set()]
            self.faults += len(live)
        for link in live:
            link.stalled.set()
        return len(live)

    @property
    def active_connections(self) -> int:
        with self._lock:
            return sum(not link.closed.is_set() for link in self._links)

    # ----- lifecycle ---------------------------------------------------------------------

    def __enter__(self) -> FaultProxy:
        return self.start()

    def __exit__(self, *exc_info: object) -> None:
        self.stop()

    def start(self) -> FaultProxy:
        listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        listener.bind((LOOPBACK, 0))
        listener.listen(16)
        # A timeout instead of a blocking accept: closing a socket does not wake a
        # thread blocked in accept() on every platform.
        listener.settimeout(_POLL)
        self._listener = listener
        self.port = listener.getsockname()[1]
        self._spawn(self._accept_loop, "proxy-accept")
        return self

    def stop(self) -> None:
        """Close the listener and every connection, stalled ones included."""
        self._stop.set()
        with self._lock:
            links = list(self._links)
            threads = list(self._threads)
        for link in links:
            link.close()
        if self._listener is not None:
            self._listener.close()
        for thread in threads:
            if thread is not threading.current_thread():
                thread.join(timeout=2)

    def _spawn(self, target, name: str, *args: object) -> None:
        thread = threading.Thread(target=target, args=args, name=name, daemon=True)
        with self._lock:
            self._threads.append(thread)
        thread.start()

    # ----- connections -------------------------------------------------------------------

    def _accept_loop(self) -> None:
        assert self._listener is not None
        while not self._stop.is_set():
            try:
                client, _ = self._listener.accept()
            except TimeoutError:
                continue
            except OSError:
                return
            self._open_link(client)

    def _open_link(self, client: socket.socket) -> None:
        try:
            server = socket.create_connection((LOOPBACK, self.target_port), timeout=5)
        except OSError:
            # Like a refused connection at the far end: the client sees it closed.
            client.close()
            return
        # Every socket wakes up each _POLL seconds, so no thread stays blocked in recv or
        # send after its link is closed (closing an fd does not wake such a thread).
        for sock in (client, server):
            sock.settimeout(_POLL)
        link = self._register(client, server)
        self._start_direction(link, client, server, upstream=True)
        self._start_direction(link, server, client, upstream=False)

    def _register(self, client: socket.socket, server: socket.socket) -> _Link:
        with self._lock:
            self.connections += 1
            plan = self._fault
            faulty = plan.mode != "pass" and (
                plan.connections is None or plan.used < plan.connections
            )
            if faulty:
                plan.used += 1
            mode = plan.mode if faulty else "pass"
            link = _Link(self.connections, client, server, mode, plan.after_bytes)
            self._links.append(link)
        return link

    def _start_direction(
        self, link: _Link, src: socket.socket, dst: socket.socket, *, upstream: bool
    ) -> None:
        pipe: queue.Queue = queue.Queue(maxsize=_QUEUE_ITEMS)
        name = f"proxy-{link.index}-{'up' if upstream else 'down'}"
        self._spawn(self._read, f"{name}-read", link, src, pipe, upstream)
        self._spawn(self._write, f"{name}-write", link, dst, pipe, upstream)

    # ----- reading -----------------------------------------------------------------------

    def _read(self, link: _Link, src: socket.socket, pipe: queue.Queue, upstream: bool) -> None:
        delay = self.delay_up if upstream else self.delay_down
        while not link.closed.is_set():
            try:
                data = src.recv(_CHUNK)
            except TimeoutError:
                continue
            except OSError:
                link.close(reset=True)
                return
            if link.stalled.is_set():
                return  # a stalled link reads nothing more; stop() or the peer ends it
            if not data:
                self._put(link, pipe, (0.0, _EOF))
                return
            due = time.monotonic() + delay
            if upstream and link.fault != "pass":
                data, tripped = self._apply_threshold(link, data)
                if data:
                    self._put(link, pipe, (due, data))
                if tripped:
                    self._put(link, pipe, (due, link.fault))
                    return
                continue
            self._put(link, pipe, (due, data))

    @staticmethod
    def _apply_threshold(link: _Link, data: bytes) -> tuple[bytes, bool]:
        """Cut ``data`` at the fault threshold; True when the client went past it."""
        allowed = link.after_bytes - link.sent_up
        link.sent_up += len(data)
        if len(data) <= allowed:
            return data, False
        return data[: max(allowed, 0)], True

    def _put(self, link: _Link, pipe: queue.Queue, item: tuple) -> None:
        """Queue for the writer, blocking while it is full (back-pressure) until closed."""
        while not link.closed.is_set():
            try:
                pipe.put(item, timeout=_POLL)
                return
            except queue.Full:
                continue

    # ----- writing -----------------------------------------------------------------------

    def _write(self, link: _Link, dst: socket.socket, pipe: queue.Queue, upstream: bool) -> None:
        rate = self.rate_up if upstream else self.rate_down
        pacer = _Pacer(rate, link.closed)
        while not link.closed.is_set():
            try:
                due, item = pipe.get(timeout=_POLL)
            except queue.Empty:
                continue
            if link.closed.wait(max(0.0, due - time.monotonic())):
                return
            if not self._deliver(link, dst, item, upstream, pacer):
                return

    def _deliver(self, link: _Link, dst, item, upstream: bool, pacer: _Pacer) -> bool:
        """Hand one queued item to ``dst``; False when this direction is finished."""
        if item is _EOF:
            with contextlib.suppress(OSError):
                dst.shutdown(socket.SHUT_WR)
            link.half_closed()
            return False
        if isinstance(item, str):
            self._trip(link, item)
            return False
        if link.stalled.is_set():
            return False
        for piece in pacer.slices(item):
            if not _send_all(dst, piece, link.closed):
                link.close(reset=True)
                return False
            self._count(len(piece), upstream)
        return True

    def _trip(self, link: _Link, mode: str) -> None:
        # Counted first: the client may react to the reset before this thread runs on.
        with self._lock:
            self.faults += 1
        self.fault_happened.set()
        if mode == "cut":
            link.close(reset=True)
        else:
            link.stalled.set()

    def _count(self, size: int, upstream: bool) -> None:
        with self._lock:
            if upstream:
                self.bytes_up += size
            else:
                self.bytes_down += size


def _send_all(sock: socket.socket, data: bytes, closed: threading.Event) -> bool:
    """sendall() that gives up when the link closes; False if not everything went out."""
    view = memoryview(data)
    while view:
        if closed.is_set():
            return False
        try:
            sent = sock.send(view)
        except TimeoutError:
            continue
        except OSError:
            return False
        view = view[sent:]
    return True


class _Pacer:
    """Splits data into slices and spaces them to hold a rate in bytes per second."""

    def __init__(self, rate: float | None, closed: threading.Event) -> None:
        self.rate = rate
        self.closed = closed
        self.next_free = time.monotonic()
        # About 50 slices a second keeps the flow smooth without busy work.
        self.slice = max(512, int(rate / 50)) if rate else _CHUNK

    def slices(self, data: bytes):
        for start in range(0, len(data), self.slice):
            piece = data[start : start + self.slice]
            if self.rate:
                wait = self.next_free - time.monotonic()
                if wait > 0 and self.closed.wait(wait):
                    return
                self.next_free = max(self.next_free, time.monotonic()) + len(piece) / self.rate
            yield piece
