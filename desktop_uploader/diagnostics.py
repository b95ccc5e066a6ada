"""The diagnostic report for IT: a zip of the newest run logs, versions and settings.

Nothing secret goes in. Settings hold no password by design; on top of that every text
put in the zip is scrubbed of the secrets this process knows (the ones registered with
the log filter, the ones the caller passes, such as the window's password field, and
the password the keyring holds for the configured server) and of anything written
like ``password=...``.
"""

from __future__ import annotations

import csv
import dataclasses
import io
import json
import logging
import os
import platform
import sys
import tempfile
import time
import zipfile
from collections.abc import Iterable
from importlib import metadata
from pathlib import Path

from desktop_uploader import APP_NAME, __version__, app_settings, credentials, history, paths
from desktop_uploader.logging_setup import scrub
from desktop_uploader.profiles import PROFILE_SUFFIX, profiles_dir

log = logging.getLogger(__name__)

NEWEST_LOGS = 5
HISTORY_RUNS = 20
# Settings whose name says they may hold a secret are left out whatever their value.
_SECRET_WORDS = ("password", "passphrase", "secret", "token")
_README = """Diagnostic report of {app} {version}, made {when}.

versions.json  the app, Python, Qt, paramiko, the keyring backend and the OS
settings.json  the window's settings and the app's folders (no password is ever stored)
profiles/      the connection profiles imported from IT
history.csv    the newest recorded runs, with each file's SHA-256
logs/          the newest run logs

Known secrets were replaced by *** in every file.
"""


def default_report_name() -> str:
    return f"{APP_NAME}-diagnostics-{time.strftime('%Y%m%d-%H%M%S')}.zip"


def save_report(
    out: Path,
    *,
    extra_secrets: Iterable[str] = (),
    settings_path: Path | None = None,
    newest_logs: int = NEWEST_LOGS,
) -> Path:
    """Write the report zip, atomically (a temporary file in the same folder, then a rename).

    Args:
        out: the zip to write; an existing file is replaced.
        extra_secrets: more values to scrub, such as the password typed in the window.
        settings_path: the window's settings file; the default one when None.
        newest_logs: how many run logs to include, newest first.

    Returns:
        The path written.

    Raises:
        OSError: the zip cannot be written.
    """
    settings = app_settings.load(settings_path).settings
    secrets = [*extra_secrets, *_stored_password(settings)]
    members = {
        "README.txt": _README.format(app=APP_NAME, version=__version__, when=time.ctime()),
        "versions.json": _json(versions()),
        "settings.json": _json(_settings_summary(settings)),
        **_profile_members(),
        "history.csv": _history_csv(),
        **_log_members(newest_logs),
    }
    out.parent.mkdir(parents=True, exist_ok=True)
    handle, temp_name = tempfile.mkstemp(prefix=".report-", suffix=".zip", dir=out.parent)
    try:
        with (
            os.fdopen(handle, "wb") as stream,
            zipfile.ZipFile(stream, "w", zipfile.ZIP_DEFLATED) as archive,
        ):
            for name, text in members.items():
                archive.writestr(name, scrub(text, secrets))
        os.replace(temp_name, out)
    except BaseException:
        Path(temp_name).unlink(missing_ok=True)
        raise
    log.info("Diagnostic report saved to %s", out)
    return out


def _stored_password(settings: app_settings.WindowSettings) -> list[str]:
    """The keyring's password for the configured server, so that it is scrubbed too."""
    if not (settings.remember_password and settings.username and settings.host):
        return []
    stored = credentials.get_password(settings.username, settings.host, settings.port)
    return [stored.reveal()] if stored else []


def _json(value: object) -> str:
    return json.dumps(value, indent=2, ensure_ascii=False, default=str)


def versions() -> dict[str, str]:
    """What IT needs to reproduce a problem; a part that cannot be asked says why."""
    return {
        "app": __version__,
        "python": sys.version.replace("\n", " "),
        "executable": sys.executable,
        "frozen": str(bool(getattr(sys, "frozen", False))),
        "os": platform.platform(),
        "machine": platform.machine(),
        "pyside6": _distribution_version("PySide6-Essentials", "PySide6"),
        "qt": _qt_version(),
        "paramiko": _distribution_version("paramiko"),
        "cryptography": _distribution_version("cryptography"),
        "keyring": _distribution_version("keyring"),
        "keyring_backend": _keyring_backend(),
        "platformdirs": _distribution_version("platformdirs"),
    }


def _distribution_version(*names: str) -> str:
    for name in names:
        try:
            return metadata.version(name)
        except metadata.PackageNotFoundError:
            continue
    return "not installed"


def _qt_version() -> str:
    try:
        from PySide6.QtCore import qVersion
    except ImportError as exc:  # the console command can run where Qt cannot load
        return f"not available ({exc})"
    return qVersion()


def _keyring_backend() -> str:
    try:
        return credentials.backend_name()
    except Exception as exc:  # noqa: BLE001 - a broken keyring is itself a finding
        return f"unavailable ({type(exc).__name__})"


def _settings_summary(settings: app_settings.WindowSettings) -> dict[str, object]:
    values = {
        name: value
        for name, value in dataclasses.asdict(settings).items()
        if isinstance(value, bool) or not any(word in name for word in _SECRET_WORDS)
    }
    values.pop("geometry", None)  # opaque window bytes, of no use to IT
    folders = {"config": paths.config_dir(), "data": paths.data_dir(), "log": paths.log_dir()}
    return {"settings": values, "folders": {k: str(v) for k, v in folders.items()}}


def _profile_members() -> dict[str, str]:
    members = {}
    for path in sorted(profiles_dir().glob(f"*{PROFILE_SUFFIX}")):
        members[f"profiles/{path.name}"] = _read_text(path)
    return members


def _history_csv() -> str:
    try:
        runs = history.HistoryStore().recent_runs(limit=HISTORY_RUNS)
    except history.HistoryError as exc:
        return f"The history could not be read: {exc}\n"
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(history.CSV_COLUMNS)
    writer.writerows(history.csv_rows(runs))
    return buffer.getvalue()


def _log_members(count: int) -> dict[str, str]:
    logs = sorted(paths.log_dir().glob("*.log"), key=_modified, reverse=True)[:count]
    return {f"logs/{path.name}": _read_text(path) for path in logs}


def _modified(path: Path) -> float:
    try:
        return path.stat().st_mtime
    except OSError:
        return 0.0


def _read_text(path: Path) -> str:
    try:
        return path.read_bytes().decode("utf-8", "replace")
    except OSError as exc:
        return f"({path.name} could not be read: {exc.strerror or exc})\n"
