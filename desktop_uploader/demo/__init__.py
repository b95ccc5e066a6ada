"""The demo: a sample pipeline folder and an SFTP server on 127.0.0.1 to upload it to.

Importing this package never needs asyncssh; ``demo_available()`` says whether the
server can start, and ``DemoServer.start()`` explains how to install it when not.
"""

from __future__ import annotations

import importlib

from desktop_uploader.demo.sample import SAMPLE_BUS, make_sample_app, make_sample_remote
from desktop_uploader.demo.server import INSTALL_HINT, DemoServer, DemoUnavailableError

__all__ = [
    "INSTALL_HINT",
    "SAMPLE_BUS",
    "DemoServer",
    "DemoUnavailableError",
    "demo_available",
    "make_sample_app",
    "make_sample_remote",
]


def demo_available() -> bool:
    """Return whether the demo server can run, that is whether asyncssh imports.

    Returns:
        True when asyncssh (the ``demo`` extra) is installed and importable.
    """
    try:
        importlib.import_module("asyncssh")
    except ImportError:
        return False
    return True
