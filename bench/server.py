"""The benchmark's server: the test suite's private sshd, with key logins for OpenSSH.

OpenSSH's ``sftp -b`` cannot type a password, so it logs in with a throwaway ed25519
key (our command logs in by password; either login takes milliseconds).
internal-sftp logs only errors here: the suite's per-operation log goes through a
Python thread in this process and would steal CPU from the clients on a small machine.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

TESTS = Path(__file__).resolve().parents[1] / "tests"
if str(TESTS) not in sys.path:
    sys.path.insert(0, str(TESTS))

from support.fault_proxy import FaultProxy  # noqa: E402
from support.sshd import SshdServer, SshUser, skip_reason  # noqa: E402

__all__ = ["FaultProxy", "KeyLoginServer", "SshUser", "make_client_key", "skip_reason"]


def make_client_key(folder: Path) -> tuple[Path, str]:
    """Generate an ed25519 key pair in ``folder``; returns (private key path, public line)."""
    folder.mkdir(parents=True, exist_ok=True)
    key = folder / "id_ed25519"
    for stale in (key, key.with_suffix(".pub")):
        stale.unlink(missing_ok=True)
    command = ["ssh-keygen", "-q", "-t", "ed25519", "-N", "", "-C", "bench", "-f", str(key)]
    subprocess.run(command, check=True, stdin=subprocess.DEVNULL)
    key.chmod(0o600)
    return key, key.with_suffix(".pub").read_text().strip()


class KeyLoginServer(SshdServer):
    """A :class:`SshdServer` that accepts one public key for its user, and logs less."""

    def __init__(self, user: SshUser, public_key: str) -> None:
        super().__init__(user, authorized_keys=[public_key])

    def config_text(self) -> str:
        return super().config_text().replace("internal-sftp -l INFO", "internal-sftp -l ERROR")
