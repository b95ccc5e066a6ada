"""An SFTP server on 127.0.0.1 for the demo, so a newcomer needs no company server.

``DemoServer`` runs asyncssh's SFTP server in a background thread with its own event
loop. Each start makes a new ed25519 host key and a new random password for the single
user, and serves only a folder (``root``) that holds the sample server tree. There is no
shell and no command execution. asyncssh is an optional extra; without it ``start()``
raises ``DemoUnavailableError`` saying how to install it.
"""

from __future__ import annotations

import asyncio
import concurrent.futures
import importlib
import logging
import secrets
import tempfile
import threading
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING, Any

from desktop_uploader.demo.sample import make_sample_remote

if TYPE_CHECKING:
    from desktop_uploader.demo._sftp import SFTPListener

log = logging.getLogger(__name__)

INSTALL_HINT = "pip install desktop-uploader[demo]"
_START_TIMEOUT_S = 30
_STOP_TIMEOUT_S = 10


class DemoUnavailableError(RuntimeError):
    """The optional asyncssh package, which the demo server needs, is not installed."""


class DemoServer:
    """A throwaway SFTP server on the loopback interface, run in a background thread.

    Attributes are valid after ``start()``: ``host``, ``port``, ``username``,
    ``password`` (new at each start; never logged), ``root`` (the folder served as
    ``/``), ``host_key_fingerprint`` (``"SHA256:..."`` as OpenSSH prints it).

    Example:
        with DemoServer() as server:
            upload_to(server.host, server.port, server.username, server.password)
    """

    def __init__(
        self,
        root: Path | None = None,
        *,
        host: str = "127.0.0.1",
        port: int = 0,
        username: str = "analyst",
    ) -> None:
        """Prepare a server; nothing listens until ``start()``.

        Args:
            root: Folder served as ``/``. The sample tree is added to it (existing files
                are kept). None: a temporary folder, created at start, removed at stop.
            host: Address to listen on; keep the loopback address.
            port: TCP port; 0 picks a free one at each start (``port`` then holds it).
            username: The one user allowed in.
        """
        self.host = host
        self.port = port
        self.username = username
        self.password = ""
        self.root = root if root is not None else Path()
        self.host_key_fingerprint = ""

        self._requested_root = root
        self._requested_port = port
        self._temp_dir: tempfile.TemporaryDirectory[str] | None = None
        self._public_key = ""
        self._loop: asyncio.AbstractEventLoop | None = None
        self._thread: threading.Thread | None = None
        self._listener: SFTPListener | None = None

    def __repr__(self) -> str:
        # The password stays out of reprs, which end up in logs and crash reports.
        state = "running" if self.running else "stopped"
        return f"<DemoServer {self.username}@{self.host}:{self.port} root={self.root} {state}>"

    def __enter__(self) -> DemoServer:
        self.start()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.stop()

    @property
    def running(self) -> bool:
        """Whether the server thread is alive."""
        return self._thread is not None and self._thread.is_alive()

    def start(self) -> None:
        """Create the sample tree, a host key and a password, then listen.

        Returns once the server accepts connections.

        Raises:
            DemoUnavailableError: asyncssh is not installed.
            RuntimeError: The server is already running.
            OSError: The port could not be bound.
        """
        if self._thread is not None:
            raise RuntimeError("the demo server is already running")
        sftp = _import_sftp()

        self._prepare_root()
        key, self._public_key, self.host_key_fingerprint = sftp.generate_host_key()
        self.password = secrets.token_urlsafe(18)
        self._listener = sftp.SFTPListener()

        started: concurrent.futures.Future[int] = concurrent.futures.Future()
        self._loop = asyncio.new_event_loop()
        self._thread = threading.Thread(
            target=self._serve, args=(key, started), name="demo-sftp-server", daemon=True
        )
        self._thread.start()

        try:
            self.port = started.result(timeout=_START_TIMEOUT_S)
        except BaseException:
            self.stop()
            raise
        log.info(
            "Demo SFTP server listening on %s:%d for user %s, root %s, host key %s",
            self.host, self.port, self.username, self.root, self.host_key_fingerprint,
        )  # fmt: skip

    def stop(self) -> None:
        """Close every connection, stop listening and end the thread; safe to repeat.

        A temporary root made by ``start()`` is removed.
        """
        thread, loop = self._thread, self._loop
        if thread is not None and loop is not None:
            # The thread closes the listener and connections itself once the loop stops.
            if not loop.is_closed():
                loop.call_soon_threadsafe(loop.stop)
            thread.join(_STOP_TIMEOUT_S)
            if thread.is_alive():
                log.warning("Demo SFTP server thread did not end within %d s", _STOP_TIMEOUT_S)
            else:
                log.info("Demo SFTP server on port %d stopped", self.port)

        self._thread = None
        self._loop = None
        self._listener = None
        if self._temp_dir is not None:
            self._temp_dir.cleanup()
            self._temp_dir = None

    def known_hosts_line(self) -> str:
        """Return the OpenSSH known_hosts line for this server's host key.

        Returns:
            ``"[127.0.0.1]:PORT ssh-ed25519 AAAA..."``; a server on port 22 is written
            with the bare host, as OpenSSH does.

        Raises:
            RuntimeError: The server has not been started.
        """
        if not self._public_key:
            raise RuntimeError("the demo server has no host key before start()")
        host = self.host if self.port == 22 else f"[{self.host}]:{self.port}"
        return f"{host} {self._public_key}"

    def _prepare_root(self) -> None:
        if self._requested_root is None:
            self._temp_dir = tempfile.TemporaryDirectory(prefix="desktop-uploader-demo-")
            self.root = Path(self._temp_dir.name)
        else:
            self.root = self._requested_root
        make_sample_remote(self.root)

    def _serve(self, key: Any, started: concurrent.futures.Future[int]) -> None:
        # Runs in the server thread: the loop belongs to this thread from start to close.
        loop, listener = self._loop, self._listener
        assert loop is not None and listener is not None
        asyncio.set_event_loop(loop)
        try:
            credentials = (self.username, self.password)
            listen = listener.listen(self.host, self._requested_port, key, credentials, self.root)
            started.set_result(loop.run_until_complete(listen))
        except BaseException as exc:
            # Close first: start() then finds the loop closed and has nothing to stop.
            _close_loop(loop)
            started.set_exception(exc)
            return

        try:
            loop.run_forever()
            loop.run_until_complete(listener.close())
        except Exception:
            log.exception("Demo SFTP server failed while closing")
        finally:
            _close_loop(loop)


def _import_sftp() -> Any:
    # import_module, not "from ... import _sftp": it consults sys.modules, so a test can
    # hide asyncssh after the module was first imported.
    try:
        return importlib.import_module("desktop_uploader.demo._sftp")
    except ImportError as exc:
        raise DemoUnavailableError(
            f"The demo SFTP server needs the optional asyncssh package: {INSTALL_HINT}"
        ) from exc


def _close_loop(loop: asyncio.AbstractEventLoop) -> None:
    # Cancel what the connections left running so nothing is destroyed while pending.
    pending = asyncio.all_tasks(loop)
    for task in pending:
        task.cancel()
    if pending:
        loop.run_until_complete(asyncio.gather(*pending, return_exceptions=True))
    loop.run_until_complete(loop.shutdown_asyncgens())
    loop.close()
