"""Server identity checks against OpenSSH known_hosts files."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass


@dataclass(frozen=True)
class HostKeyInfo:
    """What the user needs to decide whether to trust a server seen for the first time."""

    host: str
    port: int
    key_type: str  # e.g. "ssh-ed25519"
    fingerprint: str  # "SHA256:..." exactly as OpenSSH prints it


# Asked when the server's key is unknown; True trusts and stores the key. Called from the
# engine's thread: a window must marshal the question to its own thread and wait.
HostKeyDecision = Callable[[HostKeyInfo], bool]
