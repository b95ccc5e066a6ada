"""The digest of sent blocks is the same whether hashed in line or on its own thread."""

from __future__ import annotations

import hashlib
import threading

import pytest

from desktop_uploader.engine.background_digest import THREAD_FROM, hashing_alongside

BLOCKS = [bytes([index]) * 300_000 for index in range(20)]


def _hash_names() -> set[str]:
    return {thread.name for thread in threading.enumerate() if thread.name == "sha256"}


@pytest.mark.parametrize("size", [1000, THREAD_FROM], ids=["in line", "on a thread"])
def test_every_block_is_in_the_digest_in_order(size):
    digest = hashlib.sha256(b"sent before the resume")

    with hashing_alongside(digest, size) as hash_block:
        for block in BLOCKS:
            hash_block(memoryview(block))

    expected = hashlib.sha256(b"sent before the resume" + b"".join(BLOCKS))
    assert digest.hexdigest() == expected.hexdigest()
    assert not _hash_names()


def test_a_failure_ends_the_thread_with_the_blocks_handed_over():
    digest = hashlib.sha256()

    with pytest.raises(ConnectionError), hashing_alongside(digest, THREAD_FROM) as hash_block:
        for block in BLOCKS[:3]:
            hash_block(memoryview(block))
        raise ConnectionError("the connection dropped")

    assert digest.hexdigest() == hashlib.sha256(b"".join(BLOCKS[:3])).hexdigest()
    assert not _hash_names()
