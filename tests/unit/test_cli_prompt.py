"""The console's hidden password prompt, typed at on a real pseudo-terminal.

getpass reads the controlling terminal (/dev/tty), not stdin, so the command runs in a
child process whose controlling terminal is a pty this test types into.
"""

from __future__ import annotations

import os
import pty
import select
import sys

import pytest

from desktop_uploader import cli_login
from desktop_uploader.engine.errors import BadInputError

PROMPT = b"Password for analyst@127.0.0.1: "
# The longest this test waits for the child to say something; it never waits that long
# on a working command, and it fails with what was printed instead of hanging.
PATIENCE_S = 120


def _upload_command(app) -> list[str]:
    # Port 9 on loopback has no server: the prompt comes before any connection.
    options = ["--bu", "italy_galbani", "--app-dir", str(app), "--host", "127.0.0.1",
               "--port", "9", "--user", "analyst"]  # fmt: skip
    return [sys.executable, "-m", "desktop_uploader.cli", "upload", *options]


def _spawn_on_a_terminal(command: list[str]) -> tuple[int, int]:
    env = dict(os.environ, PYTHON_KEYRING_BACKEND="keyring.backends.fail.Keyring")
    pid, terminal = pty.fork()
    if pid == 0:  # the child: its controlling terminal is the pty
        try:
            os.execvpe(command[0], command, env)
        finally:
            os._exit(127)
    return pid, terminal


def _read_until(terminal: int, wanted: bytes | None) -> bytes:
    """What the child printed, up to ``wanted`` or, with None, up to its end."""
    seen = b""
    while wanted is None or wanted not in seen:
        ready, _, _ = select.select([terminal], [], [], PATIENCE_S)
        assert ready, f"the command printed nothing more after {seen!r}"
        try:
            chunk = os.read(terminal, 4096)
        except OSError:  # EIO: the child closed its side of the terminal
            chunk = b""
        if not chunk:
            assert wanted is None, f"the command ended before {wanted!r}: {seen!r}"
            return seen
        seen += chunk
    return seen


@pytest.mark.parametrize(
    ("typed", "code", "said"),
    [
        (b"\x03", 130, b"Cancelled."),  # Ctrl-C
        (b"\x04", 2, b"error: No password was typed."),  # Ctrl-D: the input ended
        (b"\r", 2, b"error: No password was typed."),  # Enter alone
    ],
    ids=["ctrl-c", "ctrl-d", "enter-alone"],
)
def test_the_password_prompt_ends_calmly_on_ctrl_c_ctrl_d_and_an_empty_line(
    tmp_path, typed, code, said
):
    (tmp_path / "app" / "outputs" / "italy_galbani").mkdir(parents=True)
    pid, terminal = _spawn_on_a_terminal(_upload_command(tmp_path / "app"))
    try:
        _read_until(terminal, PROMPT)
        os.write(terminal, typed)
        rest = _read_until(terminal, None)
    finally:
        _, status = os.waitpid(pid, 0)
        os.close(terminal)

    assert os.waitstatus_to_exitcode(status) == code, rest
    assert said in rest
    assert b"Traceback" not in rest
    if code == 2:
        assert b"next step: Run the command again and type the password" in rest


def test_a_passphrase_prompt_ended_by_ctrl_d_names_the_passphrase_variable(monkeypatch):
    def input_ended(prompt):
        raise EOFError

    monkeypatch.setattr(cli_login.getpass, "getpass", input_ended)
    with pytest.raises(BadInputError) as raised:
        cli_login._ask_hidden("Passphrase for id_ed25519: ", "passphrase", "SFTP_KEY_PASSPHRASE")

    assert raised.value.message == "No passphrase was typed."
    assert "SFTP_KEY_PASSPHRASE" in raised.value.hint
