"""The window's settings file: defaults, round trip, atomic writes, broken files kept."""

from __future__ import annotations

import dataclasses
import json

import pytest

from desktop_uploader import app_settings, paths
from desktop_uploader.app_settings import MAX_RECENT_FOLDERS, WindowSettings


def test_missing_file_gives_the_defaults_without_a_warning():
    result = app_settings.load()

    assert result.settings == WindowSettings()
    assert result.warning is None


def test_saved_settings_come_back_unchanged():
    settings = WindowSettings(
        host="sftp.example.com",
        port=2222,
        username="ana",
        remote_base="/srv/in",
        remember_password=True,
        recent_folders=["/data/app/outputs/italy_galbani"],
        geometry="AdnQywADAAA=",
    )

    app_settings.save(settings)

    assert app_settings.load().settings == settings
    assert paths.settings_file().exists()


def test_save_leaves_no_temporary_file_behind():
    app_settings.save(WindowSettings(host="h"))

    assert [p.name for p in paths.config_dir().iterdir()] == ["settings.json"]


@pytest.mark.parametrize(
    "content", ["{not json", "[1, 2]", "\udcff".encode("utf-8", "surrogatepass")]
)
def test_unreadable_file_is_kept_aside_and_the_defaults_used(content):
    target = paths.settings_file()
    if isinstance(content, bytes):
        target.write_bytes(content)
    else:
        target.write_text(content, encoding="utf-8")

    result = app_settings.load()

    assert result.settings == WindowSettings()
    assert "could not be read" in result.warning
    kept = [p for p in paths.config_dir().iterdir() if ".corrupt-" in p.name]
    assert len(kept) == 1
    assert not target.exists()


def test_a_field_with_the_wrong_type_falls_back_to_its_default_alone():
    raw = {"host": "sftp.example.com", "port": True, "recent_folders": ["/a", 3], "extra": 1}
    paths.settings_file().write_text(json.dumps(raw), encoding="utf-8")

    settings = app_settings.load().settings

    assert settings.host == "sftp.example.com"
    assert settings.port == 22
    assert settings.recent_folders == ["/a"]


def test_recent_folders_are_newest_first_without_duplicates_and_bounded():
    settings = WindowSettings()
    for number in range(MAX_RECENT_FOLDERS + 3):
        settings.add_recent_folder(f"/f{number}")
    settings.add_recent_folder("/f5")

    assert settings.recent_folders[0] == "/f5"
    assert len(settings.recent_folders) == MAX_RECENT_FOLDERS
    assert settings.recent_folders.count("/f5") == 1


def test_settings_have_no_field_that_could_hold_a_password():
    names = {field.name for field in dataclasses.fields(WindowSettings)}

    secret_words = ("password", "passphrase", "secret")
    worrying = {name for name in names if any(word in name for word in secret_words)}
    # Only the yes/no choices to use the keyring may mention a secret.
    assert worrying == {"remember_password", "remember_passphrase"}
    assert all(isinstance(getattr(WindowSettings(), name), bool) for name in worrying)
