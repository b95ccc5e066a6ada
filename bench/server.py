"""The benchmark's server: the test suite's private sshd, with key logins for OpenSSH.

OpenSSH's ``sftp -b`` cannot type a password, so both tools log in with one throwaway
ed25519 key; a key login costs the same for both. internal-sftp logs only errors here:
the suite's per-operation log goes through a Python thread in this process and would
steal CPU from the clients on a small machine.
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
    """A :class:`SshdServer` that also accepts one public key for its user."""

    def __init__(self, user: SshUser, public_key: str) -> None:
        super().__init__(user)
        # sshd reads the file as the user, and checks that no folder above it is
        # writable by others: root-owned, 755 and 644 pass both checks.
        keys = self.base_dir / "keys"
        keys.mkdir(mode=0o755)
        self.authorized_keys = keys / "authorized_keys"
        self.authorized_keys.write_text(public_key + "\n", encoding="ascii")
        self.authorized_keys.chmod(0o644)

    def config_text(self) -> str:
        text = super().config_text()
        key_lines = f"PubkeyAuthentication yes\nAuthorizedKeysFile {self.authorized_keys}\n"
        text = text.replace("PubkeyAuthentication no\n", key_lines)
        return text.replace("internal-sftp -l INFO", "internal-sftp -l ERROR")
