"""Fixtures for every suite: no display, no real home folder, no real keyring."""

from __future__ import annotations

import os

# Before anything imports Qt: without a display Qt would otherwise abort the whole run
# (exit 134, with a misleading message about libxcb-cursor0). A developer may still
# export another platform, e.g. QT_QPA_PLATFORM=xcb, to watch a GUI test.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import keyring  # noqa: E402
import keyring.backends.fail  # noqa: E402
import pytest  # noqa: E402
from support.keyrings import MemoryKeyring  # noqa: E402

from desktop_uploader.paths import HOME_OVERRIDE_VARIABLE  # noqa: E402

# The seed's variables: a developer's shell may export them, and the command line
# reads them as defaults, so they would leak into tests.
SEED_VARIABLES = ("SFTP_HOST", "SFTP_PORT", "SFTP_USERNAME", "SFTP_PASSWORD", "BUSINESS_UNIT")


@pytest.fixture(autouse=True)
def isolated_home(tmp_path_factory, monkeypatch):
    """Point the app's folders and HOME at fresh temp folders for each test, so the
    real settings, logs and ~/.ssh/known_hosts are never read or written."""
    root = tmp_path_factory.mktemp("home")
    app_home = root / "app"
    user_home = root / "user"
    app_home.mkdir()
    user_home.mkdir()
    monkeypatch.setenv(HOME_OVERRIDE_VARIABLE, str(app_home))
    monkeypatch.setenv("HOME", str(user_home))
    monkeypatch.setenv("USERPROFILE", str(user_home))  # what Path.home() reads on Windows
    for name in SEED_VARIABLES:
        monkeypatch.delenv(name, raising=False)
    return user_home


def _swap_keyring(backend):
    previous = keyring.get_keyring()
    keyring.set_keyring(backend)
    return previous


@pytest.fixture
def memory_keyring():
    """An in-memory keyring for one test; the previous backend comes back afterwards."""
    backend = MemoryKeyring()
    previous = _swap_keyring(backend)
    yield backend
    keyring.set_keyring(previous)


@pytest.fixture
def fail_keyring():
    """keyring's 'fail' backend: every call raises, as on a Linux box without a store."""
    backend = keyring.backends.fail.Keyring()
    previous = _swap_keyring(backend)
    yield backend
    keyring.set_keyring(previous)
