"""Every folder the app writes to, from platformdirs, with one override for tests."""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

from desktop_uploader import APP_NAME

# Points every folder below one root, so tests and portable setups never touch the
# user's real settings.
HOME_OVERRIDE_VARIABLE = "DESKTOP_UPLOADER_HOME"


# What each folder holds, as the message about an unusable one names it.
_HOLDS = {"config": "settings", "data": "history", "log": "log"}


class AppFolderError(OSError):
    """A folder the app keeps its settings, history or logs in cannot be made or written.

    The home folder may be read-only (a locked-down profile), or the override variable
    may name something that is not a folder. Said as bad input: nothing was sent.
    """

    def __init__(self, folder: Path, reason: OSError) -> None:
        super().__init__(reason.errno, reason.strerror)
        kind = _HOLDS.get(folder.name, "working")
        self.message = f"The app's {kind} folder {folder} cannot be used ({_why(reason)})."
        self.hint = (
            f"Make sure that folder can be created and written, or set "
            f"{HOME_OVERRIDE_VARIABLE} to a folder you may write to."
        )

    def __str__(self) -> str:
        return self.message


def _why(reason: OSError) -> str:
    return reason.strerror or type(reason).__name__


def _folder(kind: str) -> Path:
    override = os.environ.get(HOME_OVERRIDE_VARIABLE)
    if override:
        path = Path(override) / kind
    else:
        dirs = platformdirs.PlatformDirs(APP_NAME, appauthor=False)
        path = Path(getattr(dirs, f"user_{kind}_path"))
    try:
        path.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise AppFolderError(path, exc) from None
    return path


def config_dir() -> Path:
    return _folder("config")


def data_dir() -> Path:
    return _folder("data")


def log_dir() -> Path:
    return _folder("log")


def settings_file() -> Path:
    return config_dir() / "settings.json"


def app_known_hosts_file() -> Path:
    """The app's own trust store, read and written; the user's ~/.ssh file is only read."""
    return config_dir() / "known_hosts"


def user_known_hosts_file() -> Path:
    return Path.home() / ".ssh" / "known_hosts"
