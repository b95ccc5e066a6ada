"""known_hosts files as OpenSSH writes them, including lines paramiko's loader rejects,
and the trust rules built on them: pins, revoked keys, several key types per host."""

import subprocess

import paramiko
import pytest

from desktop_uploader.engine.errors import (
    TITLES,
    BadInputError,
    ErrorKind,
    HostKeyChangedError,
    HostKeyMismatchError,
)
from desktop_uploader.engine.host_keys import (
    HostKeyStore,
    fingerprint,
    normalize_fingerprint,
    verify_server_key,
)
from desktop_uploader.engine.known_hosts import host_matches, load_known_hosts

LABEL = "[127.0.0.1]:2222"


def _keygen(tmp_path, kind: str, name: str) -> paramiko.PKey:
    path = tmp_path / name
    subprocess.run(["ssh-keygen", "-q", "-t", kind, "-N", "", "-f", str(path)], check=True)
    return paramiko.PKey.from_path(path)


@pytest.fixture(scope="module")
def keys(tmp_path_factory):
    # Generated once: an RSA key takes ssh-keygen a noticeable moment.
    tmp_path = tmp_path_factory.mktemp("keys")
    return {
        "ed25519": _keygen(tmp_path, "ed25519", "ed"),
        "ecdsa": _keygen(tmp_path, "ecdsa", "ec"),
        "rsa": _keygen(tmp_path, "rsa", "rsa"),
    }


def _line(label: str, key: paramiko.PKey) -> str:
    return f"{label} {key.get_name()} {key.get_base64()}"


def test_bad_lines_and_markers_do_not_hide_the_good_ones(tmp_path, keys):
    known = tmp_path / "known_hosts"
    known.write_text(
        "# a comment\n\n"
        f"@cert-authority *.corp.example {keys['rsa'].get_name()} {keys['rsa'].get_base64()}\n"
        "[127.0.0.1]:2222 ssh-ed25519 AAAAtruncated!!\n"
        "[127.0.0.1]:2222 sk-ssh-ed25519@openssh.com AAAAC3NzaC1lZDI1NTE5AAAAI\n"
        "only-two fields\n"
        f"{LABEL}\t {keys['ed25519'].get_name()}   {keys['ed25519'].get_base64()} comment\n"
    )
    with pytest.raises(paramiko.hostkeys.InvalidHostKey):
        paramiko.HostKeys(str(known))  # what the app used to rely on
    assert load_known_hosts(known).keys_for(LABEL) == [keys["ed25519"]]


def test_several_key_types_per_host_are_all_trusted(tmp_path, keys):
    known = tmp_path / "known_hosts"
    known.write_text("".join(_line(LABEL, key) + "\n" for key in keys.values()))
    store = HostKeyStore([known], known)
    for key in keys.values():
        verify_server_key(store, "127.0.0.1", 2222, key, confirm=None)
    assert known.read_text().count("\n") == 3


@pytest.mark.parametrize(
    ("patterns", "label", "expected"),
    [
        (["[127.0.0.1]:2222"], "[127.0.0.1]:2222", True),
        (["127.0.0.1"], "[127.0.0.1]:2222", False),
        (["[127.0.0.1]:2222"], "127.0.0.1", False),
        (["*.corp.example"], "sftp.corp.example", True),
        (["*.corp.example", "!evil.corp.example"], "evil.corp.example", False),
        (["SFTP.Example.org"], "sftp.example.org", True),
        (["sftp?.example.org"], "sftp1.example.org", True),
        (["[1.2.3.4]:22"], "1", False),
    ],
)
def test_host_patterns_follow_openssh(patterns, label, expected):
    assert host_matches(patterns, label) is expected


def test_a_hashed_line_written_by_ssh_keygen_matches_only_its_host(tmp_path, keys):
    known = tmp_path / "known_hosts"
    known.write_text(_line(LABEL, keys["ed25519"]) + "\n")
    subprocess.run(["ssh-keygen", "-H", "-f", str(known)], check=True, capture_output=True)
    loaded = load_known_hosts(known)
    assert loaded.keys_for(LABEL) == [keys["ed25519"]]
    assert loaded.keys_for("[127.0.0.1]:2223") == []


def test_a_revoked_key_is_refused_even_when_also_trusted(tmp_path, keys):
    known = tmp_path / "known_hosts"
    known.write_text(
        _line(LABEL, keys["ed25519"]) + "\n@revoked * " + _line("", keys["ed25519"]).strip() + "\n"
    )
    store = HostKeyStore([known], known)
    with pytest.raises(HostKeyChangedError, match="revoked"):
        verify_server_key(store, "127.0.0.1", 2222, keys["ed25519"], confirm=lambda i: True)


def test_a_pin_is_checked_even_for_a_key_already_trusted(tmp_path, keys):
    known = tmp_path / "known_hosts"
    known.write_text(_line(LABEL, keys["ed25519"]) + "\n")
    store = HostKeyStore([known], known)
    with pytest.raises(HostKeyMismatchError, match="not the expected") as raised:
        verify_server_key(
            store,
            "127.0.0.1",
            2222,
            keys["ed25519"],
            confirm=lambda i: True,
            pinned_fingerprint=fingerprint(keys["rsa"]),
        )
    assert "call IT" in raised.value.hint
    assert raised.value.kind is ErrorKind.HOST_KEY_MISMATCH


def test_a_pin_mismatch_on_a_new_server_has_its_own_heading_not_changed(tmp_path, keys):
    store = HostKeyStore([tmp_path / "known_hosts"], tmp_path / "known_hosts")
    with pytest.raises(HostKeyMismatchError) as raised:
        verify_server_key(
            store, "127.0.0.1", 2222, keys["ed25519"], confirm=None,
            pinned_fingerprint=fingerprint(keys["rsa"]),
        )  # fmt: skip
    assert TITLES[raised.value.kind] == "Server key not the expected one"
    assert not (tmp_path / "known_hosts").exists()


def test_a_changed_key_names_only_the_files_that_hold_a_key_for_the_server(tmp_path, keys):
    missing = tmp_path / "missing_known_hosts"
    other_server = tmp_path / "other_known_hosts"
    other_server.write_text(_line("[10.0.0.9]:22", keys["rsa"]) + "\n")
    holder = tmp_path / "known_hosts"
    holder.write_text(_line(LABEL, keys["ed25519"]) + "\n")
    store = HostKeyStore([missing, other_server, holder], holder)

    with pytest.raises(HostKeyChangedError) as raised:
        verify_server_key(store, "127.0.0.1", 2222, keys["ecdsa"], confirm=lambda i: True)

    assert raised.value.kind is ErrorKind.HOST_KEY_CHANGED
    assert f"stored in {holder}." in raised.value.message
    assert str(missing) not in raised.value.message
    assert str(other_server) not in raised.value.message


def test_a_matching_pin_trusts_an_unknown_key_without_asking(tmp_path, keys):
    known = tmp_path / "known_hosts"
    store = HostKeyStore([known], known)
    pin = " " + fingerprint(keys["ecdsa"]) + "= "  # as pasted from an e-mail
    verify_server_key(store, "127.0.0.1", 2222, keys["ecdsa"], confirm=None, pinned_fingerprint=pin)
    assert known.read_text().startswith(f"{LABEL} ecdsa-sha2-nistp256 ")


def test_a_pin_does_not_replace_a_different_stored_key(tmp_path, keys):
    known = tmp_path / "known_hosts"
    known.write_text(_line(LABEL, keys["ed25519"]) + "\n")
    before = known.read_text()
    store = HostKeyStore([known], known)
    with pytest.raises(HostKeyChangedError, match="has changed"):
        verify_server_key(
            store,
            "127.0.0.1",
            2222,
            keys["rsa"],
            confirm=lambda i: True,
            pinned_fingerprint=fingerprint(keys["rsa"]),
        )
    assert known.read_text() == before


@pytest.mark.parametrize(
    "text",
    [
        "MD5:16:27:ac:a5:76:28:2d:36:63:1b:56:4d:eb:df:a6:48",
        "SHA256:short",
        "SHA256:" + "A" * 42 + "!",
        "",
        "SHA256:" + "A" * 44,
    ],
)
def test_a_malformed_pin_is_bad_input(text):
    with pytest.raises(BadInputError, match="not a SHA256 fingerprint"):
        normalize_fingerprint(text)


def test_a_pin_without_its_prefix_is_understood(keys):
    bare = fingerprint(keys["rsa"]).removeprefix("SHA256:")
    assert normalize_fingerprint(bare) == fingerprint(keys["rsa"])
    assert normalize_fingerprint("sha256:" + bare) == fingerprint(keys["rsa"])
