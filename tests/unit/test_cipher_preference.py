"""AES-GCM is offered first, and every cipher paramiko offers is still offered."""

from __future__ import annotations

import paramiko

from desktop_uploader.engine.connection import FAST_CIPHERS, preferred_ciphers


def test_gcm_comes_first_and_no_cipher_is_dropped():
    available = tuple(paramiko.Transport._preferred_ciphers)

    ordered = preferred_ciphers(available)

    assert ordered[:2] == FAST_CIPHERS
    assert sorted(ordered) == sorted(available)


def test_without_gcm_the_order_is_unchanged():
    available = ("aes128-ctr", "aes256-ctr", "aes128-cbc")

    assert preferred_ciphers(available) == available
