"""Server identity checks against OpenSSH known_hosts files.

An unknown key is shown to the user (or matched against a pinned fingerprint) before
any secret is sent; a key that differs from the stored one is always refused.
"""

from __future__ import annotations

import base64
import hashlib
import logging
import os
import re
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import paramiko

from desktop_uploader import paths
from desktop_uploader.engine.errors import (
    BadInputError,
    HostKeyChangedError,
    HostKeyMismatchError,
    HostKeyUnknownError,
)
from desktop_uploader.engine.known_hosts import load_known_hosts
from desktop_uploader.engine.texts import QT_TRANSLATE_NOOP

log = logging.getLogger(__name__)


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


def fingerprint(key: paramiko.PKey) -> str:
    """The key's SHA256 fingerprint in OpenSSH's spelling (base64 without padding)."""
    digest = hashlib.sha256(key.asbytes()).digest()
    return "SHA256:" + base64.b64encode(digest).decode("ascii").rstrip("=")


def host_label(host: str, port: int) -> str:
    """How OpenSSH names a server in known_hosts: bare on port 22, else ``[host]:port``."""
    return host if port == 22 else f"[{host}]:{port}"


class HostKeyStore:
    """The known_hosts files read for a connection, and the one file written to."""

    def __init__(self, read_files: list[Path], write_file: Path) -> None:
        self.read_files = read_files
        self.write_file = write_file

    @classmethod
    def for_connection(cls, known_hosts_file: Path | None) -> HostKeyStore:
        """OpenSSH's UserKnownHostsFile rule: an explicit file replaces the defaults.

        Without one, the user's ``~/.ssh/known_hosts`` is read but never written, and
        the app's own file is read and written.
        """
        if known_hosts_file is not None:
            return cls([known_hosts_file], known_hosts_file)
        app_file = paths.app_known_hosts_file()
        return cls([paths.user_known_hosts_file(), app_file], app_file)

    def known_keys(self, host: str, port: int) -> list[paramiko.PKey]:
        """Every trusted key stored for this server, hashed and wildcard entries included."""
        label = host_label(host, port)
        found: list[paramiko.PKey] = []
        for path in self.read_files:
            found.extend(load_known_hosts(path).keys_for(label))
        return found

    def revoked_keys(self) -> list[paramiko.PKey]:
        """Keys a read file marks ``@revoked``: never trusted, for any server."""
        return [key for path in self.read_files for key in load_known_hosts(path).revoked_keys()]

    def add(self, host: str, port: int, key: paramiko.PKey) -> None:
        """Append a trusted key to the written file, atomically (temp file, then rename).

        The file's other lines are kept byte for byte, whatever their encoding.

        Raises:
            BadInputError: the file cannot be read or written; it names the file.
        """
        line = f"{host_label(host, port)} {key.get_name()} {key.get_base64()}\n"
        try:
            existing = self.write_file.read_bytes() if self.write_file.exists() else b""
            if existing and not existing.endswith(b"\n"):
                existing += b"\n"
            _write_atomically(self.write_file, existing + line.encode("ascii"))
        except OSError as exc:
            # A local file problem: no other attempt or server could fix it.
            message = QT_TRANSLATE_NOOP(
                "Messages", "The known hosts file {path} cannot be written ({reason})."
            )
            reason = exc.strerror or type(exc).__name__
            hint = QT_TRANSLATE_NOOP(
                "Messages", "Choose a known hosts file you can write to, or check its folder."
            )
            raise BadInputError(message.format(path=self.write_file, reason=reason), hint) from None
        log.info("Trusted %s key %s for %s", key.get_name(), fingerprint(key), line.split()[0])


def _write_atomically(path: Path, content: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temp_name = tempfile.mkstemp(prefix=".known_hosts.", dir=path.parent)
    try:
        with os.fdopen(handle, "wb") as temp:
            temp.write(content)
            temp.flush()
            os.fsync(temp.fileno())
        os.replace(temp_name, path)
    except BaseException:
        os.unlink(temp_name)
        raise


def preferred_key_types(
    store: HostKeyStore, host: str, port: int, offered: tuple[str, ...]
) -> tuple[str, ...]:
    """The client's host key algorithms reordered with the known key types first, so that
    a server holding several keys shows the one we can check, not one we never saw.

    Args:
        offered: the algorithms the transport would offer, in its own order.
    """
    known = [key.get_name() for key in store.known_keys(host, port)]
    first = [name for name in dict.fromkeys(_algorithms_for(known)) if name in offered]
    return tuple(first + [name for name in offered if name not in first])


def _algorithms_for(key_names: list[str]) -> list[str]:
    algorithms: list[str] = []
    for name in key_names:
        # An RSA key is checked with SHA-2 signatures; plain ssh-rsa uses SHA-1.
        algorithms += ["rsa-sha2-512", "rsa-sha2-256"] if name == "ssh-rsa" else [name]
    return algorithms


def verify_server_key(
    store: HostKeyStore,
    host: str,
    port: int,
    key: paramiko.PKey,
    *,
    confirm: HostKeyDecision | None,
    pinned_fingerprint: str | None = None,
) -> None:
    """Accept the server's key or raise, before any secret is sent.

    A pinned fingerprint is checked first and always: a pin is the profile's promise of
    which key the server holds, so even a key already trusted must match it.

    Args:
        store: the known_hosts files to read, and the one an accepted key is added to.
        host, port: the server as the user named it.
        key: the key the server proved it holds during the key exchange.
        confirm: asked (with the key type and fingerprint) when the key is unknown and
            no pin is given; None refuses unknown keys.
        pinned_fingerprint: "SHA256:..." the key must have; an unknown key that matches
            it is trusted without asking.

    Raises:
        HostKeyChangedError: a different key is stored for this server, or the key is
            revoked. The stored keys are left untouched.
        HostKeyMismatchError: the key does not match the pin (a HostKeyChangedError).
        HostKeyUnknownError: no key is stored and the user did not accept this one.
        BadInputError: the pinned fingerprint is not a SHA256 fingerprint.
    """
    info = HostKeyInfo(host, port, key.get_name(), fingerprint(key))
    if any(revoked == key for revoked in store.revoked_keys()):
        raise _revoked_error(info)
    if pinned_fingerprint:
        _check_pin(info, normalize_fingerprint(pinned_fingerprint))
    known = store.known_keys(host, port)
    if any(stored == key for stored in known):
        return
    if known:
        raise _changed_error(info, store)
    if not pinned_fingerprint and (confirm is None or not confirm(info)):
        message = QT_TRANSLATE_NOOP(
            "Messages",
            "The server {host} is not known yet; it presented a {key_type} key with "
            "fingerprint {fingerprint}. Nothing was sent.",
        )
        raise HostKeyUnknownError(
            message.format(
                host=host_label(host, port), key_type=info.key_type, fingerprint=info.fingerprint
            ),
            QT_TRANSLATE_NOOP(
                "Messages",
                "Compare this fingerprint with the one IT gave you, then trust the server "
                "when you are asked.",
            ),
        )
    store.add(host, port, key)


_FINGERPRINT = re.compile(r"SHA256:[A-Za-z0-9+/]{43}")


def normalize_fingerprint(text: str) -> str:
    """A fingerprint as OpenSSH prints it; padding and surrounding blanks are dropped.

    Raises:
        BadInputError: the text is not a SHA256 fingerprint (an old MD5 one included).
    """
    cleaned = text.strip().rstrip("=")
    if not cleaned.upper().startswith("SHA256:"):
        cleaned = "SHA256:" + cleaned
    cleaned = "SHA256:" + cleaned[len("SHA256:") :]
    if not _FINGERPRINT.fullmatch(cleaned):
        message = QT_TRANSLATE_NOOP(
            "Messages", "The server key fingerprint {text} is not a SHA256 fingerprint."
        )
        raise BadInputError(
            message.format(text=repr(text.strip()[:80])),
            QT_TRANSLATE_NOOP(
                "Messages",
                "Ask IT for the SHA256 fingerprint, written like SHA256:followed by 43 "
                "letters, digits, + or /.",
            ),
        )
    return cleaned


def _check_pin(info: HostKeyInfo, pinned: str) -> None:
    if pinned != info.fingerprint:
        message = QT_TRANSLATE_NOOP(
            "Messages",
            "WARNING: the server {host} presented the {key_type} key {fingerprint}, not the "
            "expected {pinned}. Someone may be intercepting the connection. Nothing was sent.",
        )
        raise HostKeyMismatchError(message.format(pinned=pinned, **_key_fields(info)))


def _revoked_error(info: HostKeyInfo) -> HostKeyChangedError:
    message = QT_TRANSLATE_NOOP(
        "Messages",
        "WARNING: the server {host} presented the {key_type} key {fingerprint}, which a "
        "known_hosts file marks as revoked. Nothing was sent.",
    )
    return HostKeyChangedError(message.format(**_key_fields(info)))


def _changed_error(info: HostKeyInfo, store: HostKeyStore) -> HostKeyChangedError:
    message = QT_TRANSLATE_NOOP(
        "Messages",
        "WARNING: the key of {host} has changed: it now presents {key_type} {fingerprint}, "
        "which differs from the key stored in {files}. Someone may be intercepting the "
        "connection. Nothing was sent, and the stored key was kept.",
    )
    # Only the files that hold a key for this server: the user compares or edits them.
    label = host_label(info.host, info.port)
    holders = [path for path in store.read_files if load_known_hosts(path).keys_for(label)]
    files = ", ".join(str(path) for path in holders or store.read_files)
    return HostKeyChangedError(message.format(files=files, **_key_fields(info)))


def _key_fields(info: HostKeyInfo) -> dict[str, str]:
    """The values a message about a presented key names."""
    return {
        "host": host_label(info.host, info.port),
        "key_type": info.key_type,
        "fingerprint": info.fingerprint,
    }
