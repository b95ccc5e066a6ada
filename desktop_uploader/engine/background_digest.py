"""The SHA-256 of a big file's sent blocks, computed beside the sending.

Hashing costs about half a CPU second per GB, as much as a third of what sending
costs the client. ``hashlib`` lets other threads run while it hashes a block, so on
its own thread the hashing overlaps the sending on a second core instead of adding
to it. Small files are hashed in line: a thread would cost more than it saves.
"""

from __future__ import annotations

import hashlib
import queue
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager

# Below this many bytes to send, a file is hashed on the sending thread.
THREAD_FROM = 4 * 1024 * 1024
# Blocks waiting to be hashed; the sender waits when the hasher falls this far behind,
# so at most this many blocks stay in memory.
_BACKLOG = 8

# Receives each block sent, in order.
BlockHasher = Callable[[memoryview], None]


@contextmanager
def hashing_alongside(digest: hashlib._Hash, size: int) -> Iterator[BlockHasher]:
    """Yield what takes each sent block into ``digest``.

    When the block ends, ``digest`` holds every block handed over, in order (also when
    the block raised, for the blocks handed over until then).

    Args:
        digest: the running digest, already holding any bytes sent before.
        size: how many bytes will be handed over; decides whether a thread pays.
    """
    if size < THREAD_FROM:
        yield digest.update
        return
    hasher = _DigestThread(digest)
    try:
        yield hasher.update
    finally:
        hasher.finish()


class _DigestThread:
    """Feeds blocks to a digest on its own thread, in the order they came."""

    def __init__(self, digest: hashlib._Hash) -> None:
        self._digest = digest
        self._blocks: queue.Queue[memoryview | None] = queue.Queue(maxsize=_BACKLOG)
        self._thread = threading.Thread(target=self._run, name="sha256", daemon=True)
        self._thread.start()

    def update(self, block: memoryview) -> None:
        self._blocks.put(block)

    def finish(self) -> None:
        """Wait until every block handed over is in the digest."""
        self._blocks.put(None)
        self._thread.join()

    def _run(self) -> None:
        while (block := self._blocks.get()) is not None:
            self._digest.update(block)
