"""The test server and the fault proxy do what the other integration tests rely on.

Plain paramiko only: these tests prove the fixtures, not the product.
"""

from __future__ import annotations

import hashlib
import os
import socket
import time

import paramiko
import pytest
from support.fault_proxy import FaultProxy
from support.sshd import SshdError, read_banner
from support.waiting import wait_until

OUTPUTS = "/data/to/startflow/italy/italy_galbani/outputs"


def open_sftp(port: int, server, *, timeout: float = 10.0):
    """Log in through a bare Transport, checking the server's key, as the engine does."""
    transport = paramiko.Transport(("127.0.0.1", port))
    transport.banner_timeout = timeout
    transport.connect(hostkey=server.host_key, username=server.username, password=server.password)
    return transport, paramiko.SFTPClient.from_transport(transport)


def write_random(path, size: int) -> str:
    data = os.urandom(size)
    path.write_bytes(data)
    return hashlib.sha256(data).hexdigest()


def test_password_login_puts_a_byte_identical_file(sshd_server, tmp_path):
    local = tmp_path / "Baseline_Table.xlsx"
    digest = write_random(local, 300_000)
    transport, sftp = open_sftp(sshd_server.port, sshd_server)
    try:
        sftp.put(str(local), f"{OUTPUTS}/Baseline_Table.xlsx")
    finally:
        sftp.close()
        transport.close()
    remote = "italy/italy_galbani/outputs/Baseline_Table.xlsx"
    assert sshd_server.remote_sha256(remote) == digest
    assert sshd_server.root_path(remote).stat().st_uid == sshd_server.user.uid


def test_known_hosts_line_is_accepted_by_paramiko_client(sshd_server, tmp_path):
    known_hosts = sshd_server.write_known_hosts(tmp_path / "known_hosts")
    client = paramiko.SSHClient()
    client.load_host_keys(str(known_hosts))
    client.set_missing_host_key_policy(paramiko.RejectPolicy())
    try:
        client.connect(
            "127.0.0.1",
            port=sshd_server.port,
            username=sshd_server.username,
            password=sshd_server.password,
            look_for_keys=False,
            allow_agent=False,
        )
        assert client.open_sftp().listdir(OUTPUTS) == []
    finally:
        client.close()
    assert sshd_server.known_hosts_line.startswith(f"[127.0.0.1]:{sshd_server.port} ssh-ed25519 ")


def test_client_is_jailed_with_the_standard_tree(sshd_server):
    transport, sftp = open_sftp(sshd_server.port, sshd_server)
    try:
        assert sorted(sftp.listdir("/")) == ["data", "dev", "home"]
        assert sorted(sftp.listdir("/data/to/startflow/italy")) == [
            "italy__parmalat",
            "italy_galbani",
        ]
        # The base and the country folder belong to root, as on the company server.
        with pytest.raises(PermissionError):
            sftp.mkdir("/data/to/startflow/italy/italy_newbu")
    finally:
        sftp.close()
        transport.close()


def test_sftp_operations_are_logged(sshd_server):
    transport, sftp = open_sftp(sshd_server.port, sshd_server)
    try:
        sftp.mkdir(f"{OUTPUTS}/sub")
    finally:
        sftp.close()
        transport.close()
    wanted = f'mkdir name "{OUTPUTS}/sub"'
    wait_until(
        lambda: any(line.startswith(wanted) for line in sshd_server.sftp_log_lines()),
        message="mkdir in the sftp log",
    )


def test_reset_remote_tree_removes_uploads_and_restores_folders(sshd_server):
    sshd_server.put_remote_file("italy/italy_galbani/outputs/old.xlsx", b"x")
    sshd_server.make_remote_dir("spain", owner="root")
    sshd_server.reset_remote_tree()
    assert sshd_server.list_remote("italy/italy_galbani") == ["logs", "outputs"]
    assert sshd_server.list_remote() == ["italy"]
    assert sshd_server.remote_files() == {}


def test_remote_paths_cannot_leave_the_chroot(sshd_server):
    with pytest.raises(ValueError):
        sshd_server.root_path("../../etc")


def test_proxy_passes_a_transfer_and_counts_it(sshd_server, fault_proxy, tmp_path):
    proxy = fault_proxy(sshd_server.port)
    local = tmp_path / "Summary.xlsx"
    digest = write_random(local, 200_000)
    transport, sftp = open_sftp(proxy.port, sshd_server)
    try:
        sftp.put(str(local), f"{OUTPUTS}/Summary.xlsx")
    finally:
        sftp.close()
        transport.close()
    assert sshd_server.remote_sha256("italy/italy_galbani/outputs/Summary.xlsx") == digest
    assert proxy.connections == 1
    assert proxy.bytes_up > 200_000
    assert proxy.faults == 0


def test_proxy_cut_breaks_the_first_transfer_only(sshd_server, fault_proxy, tmp_path):
    proxy = fault_proxy(sshd_server.port, mode="cut", after_bytes=500_000)
    local = tmp_path / "Baseline_Table.xlsx"
    digest = write_random(local, 2_000_000)
    remote = f"{OUTPUTS}/Baseline_Table.xlsx"
    transport, sftp = open_sftp(proxy.port, sshd_server)
    try:
        with pytest.raises((OSError, EOFError, paramiko.SSHException)):
            sftp.put(str(local), remote)
    finally:
        transport.close()
    assert proxy.faults == 1
    assert proxy.bytes_up == 500_000  # exactly the threshold reached the server
    # A reset makes sshd drop what it had not read yet, so the size is only "short".
    assert sshd_server.root_path(remote).stat().st_size < 2_000_000

    transport, sftp = open_sftp(proxy.port, sshd_server)  # the second connection passes
    try:
        sftp.put(str(local), remote)
    finally:
        transport.close()
    assert sshd_server.remote_sha256(remote) == digest


def test_proxy_stall_freezes_the_link_until_stopped(sshd_server, tmp_path):
    proxy = FaultProxy(sshd_server.port, mode="stall", after_bytes=300_000).start()
    local = tmp_path / "Baseline_Table.xlsx"
    write_random(local, 2_000_000)
    try:
        transport, sftp = open_sftp(proxy.port, sshd_server)
        # The client only learns of a stall by a timeout: give it a short one.
        sftp.get_channel().settimeout(1.0)
        with pytest.raises((TimeoutError, socket.timeout, OSError)):
            sftp.put(str(local), f"{OUTPUTS}/Baseline_Table.xlsx")
        assert proxy.fault_happened.is_set()
        assert proxy.bytes_up == 300_000
        assert proxy.active_connections == 1  # still open, just silent
    finally:
        started = time.monotonic()
        proxy.stop()
        stop_seconds = time.monotonic() - started
    assert stop_seconds < 2.0
    assert proxy.active_connections == 0
    wait_until(lambda: not transport.is_active(), 5.0, message="client noticing the close")


def test_proxy_adds_delay_and_limits_rate(sshd_server, fault_proxy):
    proxy = fault_proxy(sshd_server.port, delay_down=0.3)
    started = time.monotonic()
    banner, sock = read_banner(proxy.port)
    sock.close()
    assert banner.startswith(b"SSH-2.0-")
    assert time.monotonic() - started >= 0.3


def test_proxy_limits_the_upload_rate(sshd_server, fault_proxy, tmp_path):
    proxy = fault_proxy(sshd_server.port, rate_up=500_000)
    local = tmp_path / "Summary.xlsx"
    write_random(local, 300_000)
    transport, sftp = open_sftp(proxy.port, sshd_server)
    try:
        started = time.monotonic()
        sftp.put(str(local), f"{OUTPUTS}/Summary.xlsx")
        elapsed = time.monotonic() - started
    finally:
        transport.close()
    # 300 kB at 500 kB/s: at least 0.6 s less the first slice; no upper bound, CI is slow.
    assert elapsed >= 0.5


def test_restart_with_new_host_keys_is_seen_as_a_changed_key(sshd_factory, tmp_path):
    server = sshd_factory()
    known_hosts = server.write_known_hosts(tmp_path / "known_hosts")
    old_port, old_key = server.port, server.host_key
    server.restart(new_host_keys=True)
    assert server.port == old_port
    assert server.host_key.asbytes() != old_key.asbytes()
    client = paramiko.SSHClient()
    client.load_host_keys(str(known_hosts))
    try:
        with pytest.raises(paramiko.BadHostKeyException):
            client.connect(
                "127.0.0.1",
                port=server.port,
                username=server.username,
                password=server.password,
                look_for_keys=False,
                allow_agent=False,
            )
    finally:
        client.close()


def test_extra_server_applies_sftp_flags(sshd_factory, tmp_path):
    server = sshd_factory(sftp_flags=("-P", "stat,lstat,fstat"))
    local = tmp_path / "Summary.xlsx"
    digest = write_random(local, 10_000)
    transport, sftp = open_sftp(server.port, server)
    try:
        with pytest.raises(PermissionError):
            sftp.stat(OUTPUTS)
        sftp.put(str(local), f"{OUTPUTS}/Summary.xlsx", confirm=False)
    finally:
        transport.close()
    assert server.remote_sha256("italy/italy_galbani/outputs/Summary.xlsx") == digest


def test_extra_server_applies_global_options(sshd_factory):
    server = sshd_factory(global_options=("MaxStartups 1",))
    with server.hold_startup_slot():
        transport = paramiko.Transport(("127.0.0.1", server.port))
        try:
            with pytest.raises(paramiko.SSHException, match="banner"):
                transport.start_client(timeout=10)
        finally:
            transport.close()


def test_invalid_config_is_reported_with_sshd_words(sshd_factory):
    with pytest.raises(SshdError, match="NoSuchOption"):
        sshd_factory(global_options=("NoSuchOption yes",))
