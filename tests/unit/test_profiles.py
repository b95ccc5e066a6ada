"""Profiles: validation with messages that name the field, storage, lookup by name."""

from __future__ import annotations

import pytest

from desktop_uploader import profiles
from desktop_uploader.engine.settings import DEFAULT_REMOTE_BASE, DEFAULT_SKIP_PATTERNS
from desktop_uploader.profiles import ProfileError, parse_profile

PIN = "SHA256:" + "A" * 43
FULL = f"""
name = "Production"
host = "sftp.example.com"
port = 2222
username = "analyst"
remote_base = "/data/in/"
host_key_fingerprint = "{PIN}="
skip_patterns = ["~$*", "*.bak"]
replace_policy = "when_changed"
use_temp_names = false
locked = ["host", "port", "host_key_fingerprint"]
"""


def test_a_full_profile_is_read_with_every_field():
    profile = parse_profile(FULL)
    assert (profile.name, profile.host, profile.port, profile.username) == (
        "Production",
        "sftp.example.com",
        2222,
        "analyst",
    )
    assert profile.remote_base == "/data/in"
    assert profile.host_key_fingerprint == PIN  # base64 padding dropped, as OpenSSH prints
    assert profile.skip_patterns == ("~$*", "*.bak")
    assert (profile.replace_policy, profile.use_temp_names) == ("when_changed", False)
    assert profile.locked == {"host", "port", "host_key_fingerprint"}
    assert profile.is_locked("port") and not profile.is_locked("username")


def test_the_policy_may_be_written_as_the_console_writes_it():
    profile = parse_profile('name = "Test"\nhost = "h"\nreplace_policy = "when-changed"\n')
    assert profile.replace_policy == "when_changed"


def test_a_minimal_profile_takes_the_app_defaults():
    profile = parse_profile('name = "Test"\nhost = "127.0.0.1"\n')
    assert (profile.port, profile.remote_base, profile.username) == (22, DEFAULT_REMOTE_BASE, "")
    assert profile.skip_patterns == DEFAULT_SKIP_PATTERNS
    assert (profile.replace_policy, profile.use_temp_names, profile.locked) == (
        "always",
        True,
        frozenset(),
    )
    assert profile.host_key_fingerprint == ""


@pytest.mark.parametrize(
    ("line", "field"),
    [
        ('port = "22"', "port"),
        ("port = 70000", "port"),
        ("port = true", "port"),
        ('remote_base = "data/relative"', "remote_base"),
        ('remote_base = "/data/../etc"', "remote_base"),
        ('host_key_fingerprint = "MD5:16:27:ac"', "host_key_fingerprint"),
        ('skip_patterns = "~$*"', "skip_patterns"),
        ('skip_patterns = ["", "*.tmp"]', "skip_patterns"),
        ('replace_policy = "sometimes"', "replace_policy"),
        ('use_temp_names = "yes"', "use_temp_names"),
        ('locked = ["password"]', "locked"),
        ('username = ["a"]', "username"),
    ],
)
def test_a_wrong_value_names_its_field_and_shows_a_right_one(line, field):
    with pytest.raises(ProfileError) as caught:
        parse_profile(f'name = "P"\nhost = "h.example.com"\n{line}\n', "prod.toml")
    assert f"'{field}'" in caught.value.message and "prod.toml" in caught.value.message
    assert f"{field} =" in caught.value.hint


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ('host = "h"', "'name'"),
        ('name = "P"', "'host'"),
        ('name = "P"\nhost = "bad host"', "'host'"),
        ('name = "P"\nhost = "h"\nhostname = "h"', "unknown field 'hostname'"),
        ('name = "P"\nhost = "h"\npassword = "x"', "unknown field 'password'"),
        ('name = "P\nhost = "h"', "not a valid TOML file"),
    ],
)
def test_missing_unknown_and_broken_fields_are_clear_errors(text, words):
    with pytest.raises(ProfileError) as caught:
        parse_profile(text)
    assert words in caught.value.message
    assert caught.value.hint


def test_unreadable_large_and_binary_files_are_profile_errors(tmp_path):
    with pytest.raises(ProfileError, match="cannot be read"):
        profiles.load_profile(tmp_path / "missing.toml")
    big = tmp_path / "big.toml"
    big.write_bytes(b"#" * (profiles.MAX_PROFILE_BYTES + 1))
    with pytest.raises(ProfileError, match="too large"):
        profiles.load_profile(big)
    binary = tmp_path / "bin.toml"
    binary.write_bytes(b"\xff\xfe\x00name")
    with pytest.raises(ProfileError, match="UTF-8"):
        profiles.load_profile(binary)


def test_imported_profiles_coexist_and_are_found_by_name_or_path(tmp_path):
    prod = tmp_path / "prod.toml"
    prod.write_text(FULL, encoding="utf-8")
    test = tmp_path / "anything.toml"
    test.write_text('name = "Test server"\nhost = "127.0.0.1"\n', encoding="utf-8")

    profiles.import_profile(prod)
    imported = profiles.import_profile(test)

    assert imported.source == profiles.profiles_dir() / "test-server.toml"
    stored, problems = profiles.stored_profiles()
    assert [p.name for p in stored] == ["Production", "Test server"] and problems == []
    assert profiles.find_profile("production").host == "sftp.example.com"
    assert profiles.find_profile("test-server").host == "127.0.0.1"
    assert profiles.find_profile(str(prod)).source == prod


def test_importing_a_profile_again_replaces_it(tmp_path):
    first = tmp_path / "a.toml"
    first.write_text('name = "Prod"\nhost = "old.example.com"\n', encoding="utf-8")
    profiles.import_profile(first)
    first.write_text('name = "PROD"\nhost = "new.example.com"\n', encoding="utf-8")
    profiles.import_profile(first)

    stored, _ = profiles.stored_profiles()
    assert [(p.name, p.host) for p in stored] == [("PROD", "new.example.com")]


def test_an_invalid_profile_is_not_imported_and_a_broken_stored_one_is_reported(tmp_path):
    bad = tmp_path / "bad.toml"
    bad.write_text('name = "X"\nhost = "h"\nport = 0\n', encoding="utf-8")
    with pytest.raises(ProfileError):
        profiles.import_profile(bad)
    assert profiles.stored_profiles() == ([], [])

    (profiles.profiles_dir() / "edited.toml").write_text("name = ", encoding="utf-8")
    stored, problems = profiles.stored_profiles()
    assert stored == [] and "edited.toml" in problems[0]


def test_an_unknown_profile_name_lists_the_stored_ones(tmp_path):
    source = tmp_path / "p.toml"
    source.write_text('name = "Production"\nhost = "h"\n', encoding="utf-8")
    profiles.import_profile(source)
    with pytest.raises(ProfileError, match="'Production'"):
        profiles.find_profile("staging")
