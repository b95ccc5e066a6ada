"""paramiko's own SSH server, for unit tests that need a peer over a socket pair."""

from __future__ import annotations

import paramiko


class AnyLogin(paramiko.ServerInterface):
    """Takes any password and opens every channel asked for."""

    def check_auth_password(self, username: str, password: str) -> int:
        return paramiko.AUTH_SUCCESSFUL

    def get_allowed_auths(self, username: str) -> str:
        return "password"

    def check_channel_request(self, kind: str, chanid: int) -> int:
        return paramiko.OPEN_SUCCEEDED
