import subprocess

import paramiko
import pytest

from desktop_uploader.engine.errors import HostKeyChangedError, HostKeyUnknownError
from desktop_uploader.engine.host_keys import (
    HostKeyStore,
    fingerprint,
    host_label,
    preferred_key_types,
    verify_server_key,
)


@pytest.fixture
def key(tmp_path):
    return _new_key(tmp_path, "a")


def _new_key(tmp_path, name):
    path = tmp_path / f"key_{name}"
    subprocess.run(["ssh-keygen", "-q", "-t", "ed25519", "-N", "", "-f", str(path)], check=True)
    return paramiko.Ed25519Key.from_private_key_file(str(path)), path


def test_fingerprint_matches_what_openssh_prints(key):
    pkey, path = key
    printed = subprocess.run(
        ["ssh-keygen", "-l", "-E", "sha256", "-f", f"{path}.pub"],
        check=True,
        capture_output=True,
        text=True,
    ).stdout.split()[1]
    assert fingerprint(pkey) == printed


def test_labels_follow_openssh():
    assert host_label("example.org", 22) == "example.org"
    assert host_label("127.0.0.1", 2222) == "[127.0.0.1]:2222"


def test_unknown_key_without_a_decision_is_refused_and_not_stored(tmp_path, key):
    store = HostKeyStore([tmp_path / "kh"], tmp_path / "kh")
    with pytest.raises(HostKeyUnknownError, match="SHA256:"):
        verify_server_key(store, "127.0.0.1", 2222, key[0], confirm=None)
    assert not (tmp_path / "kh").exists()


def test_accepted_key_is_stored_port_qualified_and_trusted_next_time(tmp_path, key):
    store = HostKeyStore([tmp_path / "kh"], tmp_path / "kh")
    asked = []
    verify_server_key(store, "127.0.0.1", 2222, key[0], confirm=lambda i: asked.append(i) or True)
    assert (tmp_path / "kh").read_text().startswith("[127.0.0.1]:2222 ssh-ed25519 ")
    verify_server_key(store, "127.0.0.1", 2222, key[0], confirm=None)
    assert len(asked) == 1
    assert asked[0].fingerprint == fingerprint(key[0])


def test_a_changed_key_is_refused_even_when_the_user_would_accept(tmp_path, key):
    store = HostKeyStore([tmp_path / "kh"], tmp_path / "kh")
    verify_server_key(store, "127.0.0.1", 2222, key[0], confirm=lambda i: True)
    other, _ = _new_key(tmp_path, "b")
    with pytest.raises(HostKeyChangedError, match="changed"):
        verify_server_key(store, "127.0.0.1", 2222, other, confirm=lambda i: True)
    assert (tmp_path / "kh").read_text().count("\n") == 1


def test_an_entry_without_the_port_does_not_vouch_for_another_port(tmp_path, key):
    known = tmp_path / "kh"
    known.write_text(f"127.0.0.1 {key[0].get_name()} {key[0].get_base64()}\n")
    store = HostKeyStore([known], known)
    with pytest.raises(HostKeyUnknownError):
        verify_server_key(store, "127.0.0.1", 2222, key[0], confirm=None)


def test_hashed_entries_are_understood(tmp_path, key):
    known = tmp_path / "kh"
    known.write_text(f"[127.0.0.1]:2222 {key[0].get_name()} {key[0].get_base64()}\n")
    subprocess.run(["ssh-keygen", "-H", "-f", str(known)], check=True, capture_output=True)
    assert known.read_text().startswith("|1|")
    verify_server_key(HostKeyStore([known], known), "127.0.0.1", 2222, key[0], confirm=None)


def test_a_pinned_fingerprint_accepts_only_that_key(tmp_path, key):
    store = HostKeyStore([tmp_path / "kh"], tmp_path / "kh")
    other, _ = _new_key(tmp_path, "b")
    with pytest.raises(HostKeyChangedError, match="expected"):
        verify_server_key(
            store, "h", 22, other, confirm=None, pinned_fingerprint=fingerprint(key[0])
        )
    verify_server_key(store, "h", 22, key[0], confirm=None, pinned_fingerprint=fingerprint(key[0]))


def test_the_users_file_is_read_but_new_keys_go_to_the_apps_file(tmp_path, key):
    user_file, app_file = tmp_path / "user_kh", tmp_path / "app_kh"
    user_file.write_text("")
    store = HostKeyStore([user_file, app_file], app_file)
    verify_server_key(store, "127.0.0.1", 2222, key[0], confirm=lambda i: True)
    assert user_file.read_text() == ""
    assert "[127.0.0.1]:2222" in app_file.read_text()


def test_known_key_types_are_asked_for_first(tmp_path, key):
    known = tmp_path / "kh"
    rsa = paramiko.RSAKey.generate(1024)
    known.write_text(f"[h]:2 ssh-rsa {rsa.get_base64()}\n")
    offered = ("ssh-ed25519", "ecdsa-sha2-nistp256", "rsa-sha2-512", "rsa-sha2-256")
    ordered = preferred_key_types(HostKeyStore([known], known), "h", 2, offered)
    assert ordered[:2] == ("rsa-sha2-512", "rsa-sha2-256")
    assert sorted(ordered) == sorted(offered)


def test_a_known_hosts_path_that_cannot_be_written_is_bad_input(tmp_path, key):
    from desktop_uploader.engine.errors import BadInputError

    folder = tmp_path / "a_folder"
    folder.mkdir()
    store = HostKeyStore([folder], folder)
    with pytest.raises(BadInputError, match="a_folder"):
        verify_server_key(store, "127.0.0.1", 2222, key[0], confirm=lambda i: True)


def test_adding_a_key_keeps_other_lines_byte_for_byte(tmp_path, key):
    known = tmp_path / "kh"
    known.write_bytes(b"# caf\xe9 comment in cp1252\n")
    store = HostKeyStore([known], known)
    verify_server_key(store, "127.0.0.1", 2222, key[0], confirm=lambda i: True)
    assert known.read_bytes().startswith(b"# caf\xe9 comment in cp1252\n[127.0.0.1]:2222 ")
