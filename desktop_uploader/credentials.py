"""Passwords and passphrases in the OS keyring, and nowhere else.

There is no plain-text fallback: without a usable keyring the app asks at each run.
"""

from __future__ import annotations

import logging

import keyring
import keyring.backends.fail
import keyring.errors

from desktop_uploader.engine.settings import Secret

log = logging.getLogger(__name__)

SERVICE_NAME = "desktop-uploader"


class CredentialStoreError(Exception):
    """The keyring refused; the message is safe to show and never holds the secret."""


def entry_name(username: str, host: str, port: int) -> str:
    return f"{username}@{host}:{port}"


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
    try:
        value = keyring.get_password(SERVICE_NAME, entry_name(username, host, port))
    except keyring.errors.KeyringError as exc:
        log.info("No password read from the keyring (%s)", type(exc).__name__)
        return None
    return Secret(value) if value else None


def store_password(username: str, host: str, port: int, password: Secret) -> None:
    """Save a password; raises CredentialStoreError with a readable reason on failure."""
    try:
        keyring.set_password(SERVICE_NAME, entry_name(username, host, port), password.reveal())
    except keyring.errors.PasswordSetError as exc:
        # Windows Credential Manager refuses secrets of more than about 2,500 characters.
        raise CredentialStoreError(
            "The credential store refused the password (it may be too long for it). "
            "The previously stored password, if any, is kept."
        ) from exc
    except keyring.errors.KeyringError as exc:
        raise CredentialStoreError(
            "No secure credential store is available, so the password cannot be remembered."
        ) from exc


def forget_password(username: str, host: str, port: int) -> None:
    """Delete a stored password; a missing entry is not an error."""
    try:
        keyring.delete_password(SERVICE_NAME, entry_name(username, host, port))
    except keyring.errors.PasswordDeleteError:
        log.info("No stored password to forget for %s", entry_name(username, host, port))
    except keyring.errors.KeyringError as exc:
        raise CredentialStoreError("The credential store could not be reached.") from exc
