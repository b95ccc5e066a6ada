"""Keyring backends for tests: nothing ever reaches the developer's real credential store."""

from __future__ import annotations

import keyring.backend
import keyring.errors


class MemoryKeyring(keyring.backend.KeyringBackend):
    """Keeps passwords in a dict for the life of one test."""

    # Any positive value: set_keyring() uses this instance directly, the number only
    # matters to keyring's own backend discovery, which never sees this class.
    priority = 1

    def __init__(self) -> None:
        super().__init__()
        self.passwords: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.passwords.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.passwords[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        try:
            del self.passwords[(service, username)]
        except KeyError:
            # The real backends raise this too, and the app must cope with it.
            raise keyring.errors.PasswordDeleteError("no such password") from None
