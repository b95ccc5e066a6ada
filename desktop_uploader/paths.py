"""Every folder the app writes to, from platformdirs, with one override for tests."""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

from desktop_uploader import APP_NAME

# Points every folder below one root, so tests and portable setups never touch the
# user's real settings.
HOME_OVERRIDE_VARIABLE = "DESKTOP_UPLOADER_HOME"


def _folder(kind: str) -> Path:
    override = os.environ.get(HOME_OVERRIDE_VARIABLE)
    if override:
        path = Path(override) / kind
    else:
        dirs = platformdirs.PlatformDirs(APP_NAME, appauthor=False)
        path = Path(getattr(dirs, f"user_{kind}_path"))
    path.mkdir(parents=True, exist_ok=True)
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
