"""Private key files as ssh-keygen writes them, read by the engine's key loader."""

import subprocess

import paramiko
import pytest

from desktop_uploader.engine.connection import load_private_key
from desktop_uploader.engine.settings import Credentials, Secret


def _ecdsa_key_paramiko_rejects(tmp_path, passphrase: str):
    """ssh-keygen writes ECDSA keys until one that paramiko 5.1 alone cannot read."""
    for attempt in range(60):
        path = tmp_path / f"id_ecdsa_{attempt}"
        command = ["ssh-keygen", "-q", "-t", "ecdsa", "-N", passphrase, "-C", "", "-f", str(path)]
        subprocess.run(command, check=True)
        try:
            paramiko.PKey.from_path(path, passphrase.encode() or None)
        except paramiko.SSHException:
            return path
    pytest.skip("this paramiko reads every ECDSA key: the fallback is not needed")


def test_ecdsa_keys_paramiko_misreads_are_still_read(tmp_path):
    # Only unprotected keys are affected; a protected key goes through another parser.
    path = _ecdsa_key_paramiko_rejects(tmp_path, "")

    key = load_private_key(Credentials(key_file=path, passphrase=Secret("ignored")))

    assert key.get_base64() == path.with_suffix(".pub").read_text().split()[1]
    signature = paramiko.Message(key.sign_ssh_data(b"data", key.get_name()).asbytes())
    assert key.verify_ssh_sig(b"data", signature)
