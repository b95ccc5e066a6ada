"""The window's demo: a local SFTP server and a sample pipeline folder to try the app on.

Nothing of the demo reaches the user's settings or trust store: the server's key is
trusted through a known_hosts file of the demo's own, and its password is never
remembered.
"""

from __future__ import annotations

import logging
import shutil
import tempfile
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from desktop_uploader.demo import (
    INSTALL_HINT,
    SAMPLE_BUS,
    DemoServer,
    demo_available,
    make_sample_app,
)

log = logging.getLogger(__name__)


class DemoUnavailable(Exception):
    """The demo cannot start here; the message says why and what to install."""


@dataclass(frozen=True)
class DemoDetails:
    """What the window fills in to use the running demo server."""

    host: str
    port: int
    username: str
    password: str
    known_hosts_file: Path
    fingerprint: str
    bu_folders: tuple[Path, ...]


class DemoSession:
    """Owns the demo server and its temporary folder, from start() to stop()."""

    def __init__(self) -> None:
        self._server: DemoServer | None = None
        self._folder: Path | None = None

    @property
    def running(self) -> bool:
        return self._server is not None and self._server.running

    def start(self) -> DemoDetails:
        """Start the server on 127.0.0.1 and write the sample pipeline folder.

        Raises:
            DemoUnavailable: asyncssh is missing or the server could not start.
        """
        if not demo_available():
            text = QCoreApplication.translate(
                "DemoSession", "The demo server needs asyncssh: {hint}"
            )
            raise DemoUnavailable(text.format(hint=INSTALL_HINT))
        self.stop()
        self._folder = Path(tempfile.mkdtemp(prefix="desktop-uploader-demo-"))
        app = make_sample_app(self._folder)
        server = DemoServer(root=self._folder / "server")
        try:
            server.start()
        except OSError as exc:
            text = QCoreApplication.translate(
                "DemoSession", "The demo server could not start ({reason})."
            )
            raise DemoUnavailable(text.format(reason=exc)) from None
        self._server = server
        known_hosts = self._folder / "demo_known_hosts"
        known_hosts.write_text(server.known_hosts_line() + "\n", encoding="utf-8")
        log.info("Demo server on %s:%d with sample folder %s", server.host, server.port, app)
        return DemoDetails(
            host=server.host,
            port=server.port,
            username=server.username,
            password=server.password,
            known_hosts_file=known_hosts,
            fingerprint=server.host_key_fingerprint,
            bu_folders=tuple(app / "outputs" / bu for bu in SAMPLE_BUS),
        )

    def stop(self) -> None:
        """Stop the server and remove the demo's temporary folder."""
        if self._server is not None:
            self._server.stop()
            self._server = None
        if self._folder is not None:
            shutil.rmtree(self._folder, ignore_errors=True)
            self._folder = None
