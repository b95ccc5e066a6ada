"""Integration fixtures: a real OpenSSH server and a fault proxy, both on 127.0.0.1.

Every test in this folder gets the ``sshd`` marker, so ``-m "not sshd"`` leaves them out.
They need root and Debian's openssh-server; elsewhere they are skipped with the reason,
except under CI, where a skip would hide that nothing was tested, so they fail instead.
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from pathlib import Path

import pytest
from support.fault_proxy import FaultProxy
from support.sshd import STANDARD_DIRS, SshdServer, SshUser, skip_reason

HERE = Path(__file__).resolve().parent


def pytest_collection_modifyitems(config, items):
    # This hook sees the whole session's items, so only mark the ones in this folder.
    for item in items:
        if HERE in Path(item.path).resolve().parents:
            item.add_marker(pytest.mark.sshd)


def _require_sshd() -> None:
    reason = skip_reason()
    if reason is None:
        return
    if os.environ.get("CI", "").lower() in ("1", "true", "yes"):
        pytest.fail(f"CI must run the sshd tests, but this machine can't: {reason}")
    pytest.skip(reason)


@pytest.fixture(scope="session")
def sshd_user():
    """The throwaway account (password login, chrooted, SFTP only) for this run."""
    _require_sshd()
    user = SshUser.create()
    yield user
    user.remove()


@pytest.fixture(scope="session")
def sshd_server(sshd_user):
    """The shared server with the base config; its remote tree is reset for each test.

    Don't stop it or change its host keys in a test: use ``sshd_factory`` for that.
    """
    with SshdServer(sshd_user) as server:
        yield server


@pytest.fixture(autouse=True)
def fresh_remote_tree(request):
    """Give each test that uses the shared server the standard remote tree
    (STANDARD_DIRS), whatever the previous test uploaded or created."""
    if "sshd_server" in request.fixturenames:
        request.getfixturevalue("sshd_server").reset_remote_tree()


@pytest.fixture
def sshd_factory(sshd_user):
    """Start extra servers with special configs for one test; all stop at its end.

    ``make(sftp_flags=("-P", "stat,lstat,fstat"), global_options=("MaxStartups 1",))``;
    ``authorized_keys=("ssh-ed25519 AAAA...",)`` switches key login on for those keys.
    """
    servers: list[SshdServer] = []

    def make(
        *,
        sftp_flags: Iterable[str] = (),
        global_options: Iterable[str] = (),
        dirs: Iterable[tuple[str, str]] = STANDARD_DIRS,
        authorized_keys: Iterable[str] = (),
    ) -> SshdServer:
        server = SshdServer(
            sshd_user,
            sftp_flags=sftp_flags,
            global_options=global_options,
            authorized_keys=authorized_keys,
        )
        servers.append(server)  # before start(), so a failed start is cleaned up too
        server.reset_remote_tree(dirs)
        return server.start()

    yield make
    for server in servers:
        server.close()


@pytest.fixture
def fault_proxy():
    """Start loopback fault proxies for one test; all stop at its end.

    ``make(sshd_server.port, mode="cut", after_bytes=1_500_000)``
    """
    proxies: list[FaultProxy] = []

    def make(target_port: int, **options) -> FaultProxy:
        proxy = FaultProxy(target_port, **options)
        proxies.append(proxy)
        return proxy.start()

    yield make
    for proxy in proxies:
        proxy.stop()
