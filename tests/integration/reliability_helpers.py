"""Helpers of the reliability tests: a server's session processes, seen from root."""

from __future__ import annotations

from pathlib import Path

from support.waiting import wait_until


def _status(pid: int) -> dict[str, str]:
    fields = {}
    for line in (Path("/proc") / str(pid) / "status").read_text().splitlines():
        key, _, value = line.partition(":")
        fields[key] = value.strip()
    return fields


def session_processes(server) -> list[int]:
    """The live processes of ``server``'s SFTP sessions that run as the test user.

    Only descendants of this server's own listener count: a user id can be reused by a
    later test account, and processes of other servers are none of this test's business.
    """
    listener = int((server.etc / "sshd.pid").read_text())
    parents: dict[int, int] = {}
    users: dict[int, tuple[int, str]] = {}
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            status = _status(int(entry.name))
        except (OSError, ValueError):
            continue  # the process ended while we looked
        parents[int(entry.name)] = int(status["PPid"])
        users[int(entry.name)] = (int(status["Uid"].split()[0]), status["State"][:1])
    found = []
    for pid, (uid, state) in users.items():
        if uid != server.user.uid or state == "Z":
            continue
        ancestor = parents.get(pid)
        while ancestor not in (None, 0, 1, listener):
            ancestor = parents.get(ancestor)
        if ancestor == listener:
            found.append(pid)
    return found


def wait_sessions_ended(server, timeout: float = 10) -> None:
    """Wait until no SFTP session of ``server`` runs, so its files stop changing.

    The session log line is not enough: a session ended by a reset logs nothing.
    """
    wait_until(lambda: not session_processes(server), timeout, message="sessions ending")
