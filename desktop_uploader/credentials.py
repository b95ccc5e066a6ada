"""Passwords and passphrases in the OS keyring, and nowhere else.

There is no plain-text fallback: without a usable keyring the app asks at each run.
"""

from __future__ import annotations

import logging
from pathlib import Path

import keyring
import keyring.backends.fail
import keyring.errors

from desktop_uploader.engine.settings import Secret
from desktop_uploader.engine.texts import QT_TRANSLATE_NOOP

log = logging.getLogger(__name__)

SERVICE_NAME = "desktop-uploader"


class CredentialStoreError(Exception):
    """The keyring refused; the message is safe to show and never holds the secret."""


def entry_name(username: str, host: str, port: int) -> str:
    return f"{username}@{host}:{port}"


def passphrase_entry_name(key_file: Path) -> str:
    """A key's passphrase is stored under the key file's full path: it belongs to the
    key, whatever server the key is used for."""
    return f"passphrase:{Path(key_file).expanduser().absolute()}"


def backend_name() -> str:
    backend = keyring.get_keyring()
    return f"{type(backend).__module__}.{type(backend).__name__}"


def backend_available() -> bool:
    """True when a real credential store is configured (not keyring's 'fail' backend)."""
    try:
        backend = keyring.get_keyring()
    except keyring.errors.KeyringError:
        return False
    return not isinstance(backend, keyring.backends.fail.Keyring)


def get_password(username: str, host: str, port: int) -> Secret | None:
    """The stored password, or None when there is none or no store can be reached."""
    return _get(entry_name(username, host, port))


def store_password(username: str, host: str, port: int, password: Secret) -> None:
    """Save a password; raises CredentialStoreError with a readable reason on failure."""
    _store(entry_name(username, host, port), password, "password")


def forget_password(username: str, host: str, port: int) -> None:
    """Delete a stored password; a missing entry is not an error."""
    _forget(entry_name(username, host, port))


def get_passphrase(key_file: Path) -> Secret | None:
    """The stored passphrase of a private key file, or None."""
    return _get(passphrase_entry_name(key_file))


def store_passphrase(key_file: Path, passphrase: Secret) -> None:
    """Save a key's passphrase; raises CredentialStoreError on failure."""
    _store(passphrase_entry_name(key_file), passphrase, "passphrase")


def forget_passphrase(key_file: Path) -> None:
    """Delete a key's stored passphrase; a missing entry is not an error."""
    _forget(passphrase_entry_name(key_file))


def _get(name: str) -> Secret | None:
    try:
        value = keyring.get_password(SERVICE_NAME, name)
    except keyring.errors.KeyringError as exc:
        log.info("Nothing read from the keyring (%s)", type(exc).__name__)
        return None
    return Secret(value) if value else None


def _store(name: str, secret: Secret, what: str) -> None:
    try:
        keyring.set_password(SERVICE_NAME, name, secret.reveal())
    except keyring.errors.PasswordSetError as exc:
        # Windows Credential Manager refuses secrets of more than about 2,500 characters.
        raise CredentialStoreError(_REFUSED[what]) from exc
    except keyring.errors.KeyringError as exc:
        raise CredentialStoreError(_NO_STORE[what]) from exc


# Whole sentences per secret, rather than the secret's name put into one sentence:
# a translation may need another word order or agreement for each.
_REFUSED = {
    "password": QT_TRANSLATE_NOOP(
        "Messages",
        "The credential store refused the password (it may be too long for it). The "
        "previously stored password, if any, is kept.",
    ),
    "passphrase": QT_TRANSLATE_NOOP(
        "Messages",
        "The credential store refused the passphrase (it may be too long for it). The "
        "previously stored passphrase, if any, is kept.",
    ),
}
_NO_STORE = {
    "password": QT_TRANSLATE_NOOP(
        "Messages",
        "No secure credential store is available, so the password cannot be remembered.",
    ),
    "passphrase": QT_TRANSLATE_NOOP(
        "Messages",
        "No secure credential store is available, so the passphrase cannot be remembered.",
    ),
}


def _forget(name: str) -> None:
    try:
        keyring.delete_password(SERVICE_NAME, name)
    except keyring.errors.PasswordDeleteError:
        log.info("Nothing stored to forget for %s", name)
    except keyring.errors.KeyringError as exc:
        message = QT_TRANSLATE_NOOP("Messages", "The credential store could not be reached.")
        raise CredentialStoreError(message) from exc
