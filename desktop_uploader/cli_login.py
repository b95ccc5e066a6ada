"""How the console command logs in: a key file, the agent, or a password, each secret
taken from the environment, else the OS keyring, else a hidden prompt.

The keyring is loaded only when a secret is not in the environment: a pipeline that
passes its password that way never pays keyring's start-up (about 20 ms).
"""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from pathlib import Path

from desktop_uploader import logging_setup
from desktop_uploader.engine import Credentials, Secret, ServerSettings
from desktop_uploader.engine.connection import PassphraseRequiredError, load_private_key
from desktop_uploader.engine.errors import BadInputError

ENV_PASSWORD = "SFTP_PASSWORD"
ENV_PASSPHRASE = "SFTP_KEY_PASSPHRASE"


def credentials_from_args(args: argparse.Namespace, server: ServerSettings) -> Credentials:
    """The one login method chosen: a key file, the agent, or else the password."""
    if args.key_file is not None:
        return _key_credentials(args.key_file, remember=args.remember_passphrase)
    if args.agent:
        return Credentials(use_agent=True)
    return Credentials(password=_password_for(server))


def _key_credentials(key_file: Path, *, remember: bool) -> Credentials:
    """The key file with its passphrase, checked by opening the key before connecting."""
    from desktop_uploader import credentials

    passphrase = _secret_from_environment(ENV_PASSPHRASE) or credentials.get_passphrase(key_file)
    try:
        load_private_key(Credentials(key_file=key_file, passphrase=passphrase))
    except PassphraseRequiredError:
        if not _interactive():
            raise
        passphrase = _ask_hidden(f"Passphrase for {key_file}: ", "passphrase", ENV_PASSPHRASE)
        logging_setup.register_secret(passphrase.reveal())
        load_private_key(Credentials(key_file=key_file, passphrase=passphrase))
    if remember and passphrase:
        try:
            credentials.store_passphrase(key_file, passphrase)
        except credentials.CredentialStoreError as exc:
            print(f"warning: {exc}", file=sys.stderr)
    return Credentials(key_file=key_file, passphrase=passphrase)


def _secret_from_environment(variable: str) -> Secret | None:
    value = os.environ.get(variable)
    return Secret(value) if value else None


def _interactive() -> bool:
    return sys.stdin is not None and sys.stdin.isatty()


def _password_for(server: ServerSettings) -> Secret:
    from_environment = _secret_from_environment(ENV_PASSWORD)
    if from_environment:
        return from_environment
    from desktop_uploader import credentials

    stored = credentials.get_password(server.username, server.host, server.port)
    if stored:
        return stored
    if _interactive():
        prompt = f"Password for {server.username}@{server.host}: "
        return _ask_hidden(prompt, "password", ENV_PASSWORD)
    raise BadInputError(
        f"No password for {server.username}@{server.host}.",
        f"Set {ENV_PASSWORD}, store it in the keyring from the window, or run in a terminal.",
    )


def _ask_hidden(prompt: str, what: str, variable: str) -> Secret:
    """Ask for a secret on the terminal, without echo.

    Ctrl-C goes up to main() as a cancel. Ctrl-D, or Enter alone, is bad input: an
    empty password would only cost a failed login, and failed logins can lock the
    account.
    """
    try:
        typed = getpass.getpass(prompt)
    except EOFError:
        typed = ""
        print(file=sys.stderr)  # the prompt's line was left open
    if not typed:
        raise BadInputError(
            f"No {what} was typed.",
            f"Run the command again and type the {what}, or set {variable}.",
        )
    return Secret(typed)


def register_known_secrets() -> None:
    """Blank the secrets given through the environment in every log line, from the start."""
    for variable in (ENV_PASSWORD, ENV_PASSPHRASE):
        value = os.environ.get(variable)
        if value:
            logging_setup.register_secret(value)
