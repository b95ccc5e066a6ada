"""The window's remembered settings: connection profile, recent folders, geometry.

Saved as JSON through a temporary file and ``os.replace``, so a crash mid-write never
leaves half a file. A file that cannot be read is kept aside (``settings.json.corrupt``)
with a warning, and the defaults are used. There is deliberately no password field:
passwords live in the OS keyring only (see ``credentials.py``).
"""

from __future__ import annotations

import dataclasses
import json
import logging
import os
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

from desktop_uploader import paths
from desktop_uploader.engine.settings import DEFAULT_PORT, DEFAULT_REMOTE_BASE, ReplacePolicy
from desktop_uploader.engine.texts import QT_TRANSLATE_NOOP

log = logging.getLogger(__name__)

MAX_RECENT_FOLDERS = 10
LOGIN_METHODS = ("password", "key_file", "agent")


@dataclass
class WindowSettings:
    """Every remembered value with its default; nothing secret."""

    host: str = ""
    port: int = DEFAULT_PORT
    username: str = ""
    remote_base: str = DEFAULT_REMOTE_BASE
    remember_password: bool = False
    login_method: str = "password"  # one of LOGIN_METHODS
    key_file: str = ""  # the private key's path; its passphrase lives in the keyring
    remember_passphrase: bool = False
    # The server key's "SHA256:..." fingerprint as IT gave it: a pin, not a secret.
    host_key_fingerprint: str = ""
    profile: str = ""  # the name of the chosen IT profile; empty for none
    # What happens to files already on the server: a ReplacePolicy value.
    replace_policy: str = ReplacePolicy.ALWAYS.value
    recent_folders: list[str] = field(default_factory=list)
    geometry: str = ""  # base64 of QWidget.saveGeometry(), opaque here
    # The window's language: "en", "fr", "it" or "es"; empty for the system's.
    language: str = ""

    def add_recent_folder(self, folder: str) -> None:
        """Put a folder first in the recent list, without duplicates, keeping the newest."""
        kept = [f for f in self.recent_folders if f != folder]
        self.recent_folders = [folder, *kept][:MAX_RECENT_FOLDERS]


@dataclass(frozen=True)
class LoadResult:
    settings: WindowSettings
    warning: str | None = None  # shown to the user when the file had to be set aside


def load(path: Path | None = None) -> LoadResult:
    """Read the settings file; a missing file gives the defaults, a broken one is set aside."""
    path = path or paths.settings_file()
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
        if not isinstance(raw, dict):
            raise ValueError("the file does not hold a JSON object")
    except FileNotFoundError:
        return LoadResult(WindowSettings())
    except (OSError, ValueError) as exc:
        return LoadResult(WindowSettings(), _set_aside(path, exc))
    return LoadResult(_from_dict(raw))


def save(settings: WindowSettings, path: Path | None = None) -> None:
    """Write the settings atomically: a temporary file in the same folder, then a rename."""
    path = path or paths.settings_file()
    text = json.dumps(dataclasses.asdict(settings), indent=2, ensure_ascii=False)
    handle, temp_name = tempfile.mkstemp(prefix=".settings-", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(handle, "w", encoding="utf-8") as temp_file:
            temp_file.write(text)
            temp_file.flush()
            os.fsync(temp_file.fileno())
        os.replace(temp_name, path)
    except BaseException:
        Path(temp_name).unlink(missing_ok=True)
        raise


def _from_dict(raw: dict) -> WindowSettings:
    """Take each known field whose type is right; a wrong one keeps its default."""
    defaults = WindowSettings()
    values = {}
    for spec in dataclasses.fields(WindowSettings):
        value = raw.get(spec.name, getattr(defaults, spec.name))
        if not _type_fits(value, getattr(defaults, spec.name)):
            log.warning("Setting %r has an unexpected value; using the default", spec.name)
            value = getattr(defaults, spec.name)
        values[spec.name] = value
    values["recent_folders"] = [f for f in values["recent_folders"] if isinstance(f, str)]
    if values["login_method"] not in LOGIN_METHODS:
        log.warning("Unknown login method %r; using the password", values["login_method"])
        values["login_method"] = defaults.login_method
    if values["replace_policy"] not in {policy.value for policy in ReplacePolicy}:
        log.warning("Unknown replace policy %r; replacing always", values["replace_policy"])
        values["replace_policy"] = defaults.replace_policy
    return WindowSettings(**values)


def _type_fits(value: object, default: object) -> bool:
    # bool is a subclass of int: a port of `true` must not pass as a number.
    if isinstance(default, int) and not isinstance(default, bool):
        return isinstance(value, int) and not isinstance(value, bool)
    return isinstance(value, type(default))


def _set_aside(path: Path, exc: Exception) -> str:
    aside = path.with_name(f"{path.name}.corrupt-{time.strftime('%Y%m%d-%H%M%S')}")
    try:
        os.replace(path, aside)
    except OSError:
        log.exception("Could not set aside the unreadable settings file %s", path)
        message = QT_TRANSLATE_NOOP(
            "Messages", "The settings file {path} could not be read; the defaults are used."
        )
        return message.format(path=path)
    log.warning("Settings file %s could not be read (%s); kept as %s", path, exc, aside)
    message = QT_TRANSLATE_NOOP(
        "Messages",
        "The settings file could not be read and was kept as {name}; defaults are used.",
    )
    return message.format(name=aside.name)
