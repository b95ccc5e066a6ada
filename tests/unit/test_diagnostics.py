"""The diagnostic report: what is in it, and that no known secret is."""

from __future__ import annotations

import json
import zipfile

import pytest

from desktop_uploader import app_settings, diagnostics, logging_setup, paths
from desktop_uploader.engine.settings import Secret

PASSWORD = "Tr0ub4dor&3-report"


def _read(report):
    with zipfile.ZipFile(report) as archive:
        return {name: archive.read(name).decode("utf-8") for name in archive.namelist()}


def _planted_log(text: str, name: str = "20240506-093000-gui.log"):
    path = paths.log_dir() / name
    path.write_text(text, encoding="utf-8")
    return path


def test_the_report_holds_versions_settings_and_the_newest_logs(tmp_path):
    settings = app_settings.WindowSettings(host="sftp.example.com", username="analyst")
    app_settings.save(settings)
    for number in range(7):
        _planted_log(f"run {number}\n", f"2024050{number}-000000-cli.log")

    members = _read(diagnostics.save_report(tmp_path / "r.zip", newest_logs=3))

    versions = json.loads(members["versions.json"])
    assert {"app", "python", "os", "qt", "pyside6", "paramiko", "keyring_backend"} <= set(versions)
    summary = json.loads(members["settings.json"])
    assert summary["settings"]["host"] == "sftp.example.com"
    assert "geometry" not in summary["settings"]
    assert summary["folders"]["log"] == str(paths.log_dir())
    assert len([n for n in members if n.startswith("logs/")]) == 3
    assert "history.csv" in members and "README.txt" in members


def test_a_password_that_leaked_into_a_log_is_scrubbed_from_the_report(tmp_path):
    _planted_log(f"connect with {PASSWORD}\nparams password={PASSWORD}x\n")

    members = _read(diagnostics.save_report(tmp_path / "r.zip", extra_secrets=[PASSWORD]))

    assert all(PASSWORD not in text for text in members.values())
    assert "connect with ***" in "".join(members.values())


def test_registered_and_keyring_secrets_are_scrubbed_without_being_passed(tmp_path, memory_keyring):
    from desktop_uploader import credentials

    logging_setup.register_secret("registered-" + PASSWORD)
    app_settings.save(
        app_settings.WindowSettings(
            host="sftp.example.com", username="analyst", remember_password=True
        )
    )
    credentials.store_password("analyst", "sftp.example.com", 22, Secret("kr-" + PASSWORD))
    _planted_log(f"a registered-{PASSWORD} b kr-{PASSWORD} c\n")

    members = _read(diagnostics.save_report(tmp_path / "r.zip"))

    assert all(PASSWORD not in text for text in members.values())
    assert json.loads(members["settings.json"])["settings"]["remember_password"] is True


def test_a_failed_write_leaves_no_partial_report(tmp_path, monkeypatch):
    def broken(*args, **kwargs):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(diagnostics.zipfile.ZipFile, "writestr", broken)
    with pytest.raises(OSError):
        diagnostics.save_report(tmp_path / "r.zip")
    assert list(tmp_path.iterdir()) == []
