"""The demo SFTP server, driven by plain paramiko exactly as the uploader talks to it."""

from __future__ import annotations

import base64
import hashlib
import socket
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import paramiko
import pytest

from desktop_uploader.demo import DemoServer, DemoUnavailableError, demo_available

pytest.importorskip("asyncssh", reason="the demo extra (asyncssh) is not installed")

BASE = "/data/to/startflow"


@pytest.fixture
def server(tmp_path: Path) -> Iterator[DemoServer]:
    with DemoServer(tmp_path / "remote") as running:
        yield running


@pytest.fixture
def transport(server: DemoServer) -> Iterator[paramiko.Transport]:
    sock = socket.create_connection((server.host, server.port), timeout=10)
    client = paramiko.Transport(sock)
    try:
        client.connect(username=server.username, password=server.password)
        yield client
    finally:
        client.close()


@pytest.fixture
def sftp(transport: paramiko.Transport) -> Iterator[paramiko.SFTPClient]:
    client = paramiko.SFTPClient.from_transport(transport)
    assert client is not None
    with client:
        yield client


def _openssh_fingerprint(key: paramiko.PKey) -> str:
    digest = hashlib.sha256(key.asbytes()).digest()
    return "SHA256:" + base64.b64encode(digest).decode().rstrip("=")


def test_lists_the_sample_tree(sftp: paramiko.SFTPClient) -> None:
    assert sorted(sftp.listdir(BASE)) == ["france", "italy"]
    assert sorted(sftp.listdir(f"{BASE}/italy")) == ["italy__parmalat", "italy_galbani"]
    assert sftp.listdir(f"{BASE}/france/france_president") == []


def test_put_file_arrives_under_root_on_disk(
    server: DemoServer, sftp: paramiko.SFTPClient, tmp_path: Path
) -> None:
    local = tmp_path / "Summary.xlsx"
    local.write_bytes(b"PK\x03\x04 demo bytes " * 1000)
    outputs = f"{BASE}/italy/italy_galbani/outputs"

    sftp.mkdir(outputs)
    sftp.put(str(local), f"{outputs}/Summary.xlsx", confirm=True)

    on_disk = server.root / outputs.lstrip("/") / "Summary.xlsx"
    assert on_disk.read_bytes() == local.read_bytes()


def test_temp_name_then_posix_rename_works(server: DemoServer, sftp: paramiko.SFTPClient) -> None:
    # The uploader writes to a temporary name and renames over the final one.
    folder = f"{BASE}/france/france_president"
    with sftp.open(f"{folder}/.Baseline.xlsx.part", "wb") as remote:
        remote.write(b"new")
    (server.root / folder.lstrip("/") / "Baseline.xlsx").write_bytes(b"old")

    sftp.posix_rename(f"{folder}/.Baseline.xlsx.part", f"{folder}/Baseline.xlsx")

    assert sftp.listdir(folder) == ["Baseline.xlsx"]
    assert (server.root / folder.lstrip("/") / "Baseline.xlsx").read_bytes() == b"new"


def test_sftp_is_confined_to_root(server: DemoServer, sftp: paramiko.SFTPClient) -> None:
    assert sftp.normalize("/..") == "/"
    assert sftp.listdir("/../..") == ["data"]
    with pytest.raises(OSError):
        sftp.stat(str(server.root.parent))


def test_known_hosts_line_verifies_the_key_paramiko_sees(
    server: DemoServer, transport: paramiko.Transport, tmp_path: Path
) -> None:
    known_hosts = tmp_path / "known_hosts"
    known_hosts.write_text(server.known_hosts_line() + "\n", encoding="ascii")
    seen = transport.get_remote_server_key()

    assert server.known_hosts_line().startswith(f"[127.0.0.1]:{server.port} ssh-ed25519 ")
    assert paramiko.HostKeys(str(known_hosts)).check(f"[127.0.0.1]:{server.port}", seen)
    assert server.host_key_fingerprint == _openssh_fingerprint(seen)


def test_each_start_has_a_new_host_key_and_password(tmp_path: Path) -> None:
    with DemoServer(tmp_path) as first:
        key, password = first.host_key_fingerprint, first.password
    with DemoServer(tmp_path) as second:
        assert second.host_key_fingerprint != key
        assert second.password != password


def test_wrong_password_is_refused(server: DemoServer) -> None:
    sock = socket.create_connection((server.host, server.port), timeout=10)
    client = paramiko.Transport(sock)
    try:
        with pytest.raises(paramiko.AuthenticationException):
            client.connect(username=server.username, password=server.password + "x")
    finally:
        client.close()


def test_shell_and_exec_are_refused(transport: paramiko.Transport) -> None:
    channel = transport.open_session(timeout=10)
    with pytest.raises(paramiko.SSHException):
        channel.exec_command("id")


def test_password_stays_out_of_repr(server: DemoServer) -> None:
    assert server.password
    assert server.password not in repr(server)
    assert str(server.port) in repr(server)


def test_stop_frees_the_port_even_with_a_client_connected(tmp_path: Path) -> None:
    server = DemoServer(tmp_path)
    server.start()
    port = server.port
    sock = socket.create_connection((server.host, port), timeout=10)
    client = paramiko.Transport(sock)
    client.connect(username=server.username, password=server.password)

    started = time.monotonic()
    server.stop()

    assert time.monotonic() - started < 5
    assert not server.running
    with pytest.raises(ConnectionRefusedError):
        socket.create_connection(("127.0.0.1", port), timeout=5).close()
    # Binding a listener again proves no socket still listens on that port.
    with socket.socket() as probe:
        probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        probe.bind(("127.0.0.1", port))
        probe.listen()
    client.close()


def test_stop_is_safe_to_repeat_and_before_start(tmp_path: Path) -> None:
    server = DemoServer(tmp_path)
    server.stop()
    server.start()
    server.stop()
    server.stop()
    assert not server.running


def test_temporary_root_is_removed_on_stop() -> None:
    with DemoServer() as server:
        root = server.root
        assert (root / BASE.lstrip("/") / "italy" / "italy_galbani").is_dir()
    assert not root.exists()


def test_busy_port_raises_and_leaves_no_thread(tmp_path: Path) -> None:
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        server = DemoServer(tmp_path, port=taken.getsockname()[1])

        with pytest.raises(OSError):
            server.start()
    assert not server.running


def test_missing_asyncssh_says_how_to_install(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    # A None entry in sys.modules makes the import fail as if the package were absent.
    monkeypatch.setitem(sys.modules, "asyncssh", None)
    monkeypatch.delitem(sys.modules, "desktop_uploader.demo._sftp", raising=False)

    assert not demo_available()
    with pytest.raises(DemoUnavailableError, match=r"pip install desktop-uploader\[demo\]"):
        DemoServer(tmp_path).start()
