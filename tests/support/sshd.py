"""A private OpenSSH sshd on 127.0.0.1, because the company server runs OpenSSH.

Each :class:`SshdServer` runs Debian's ``/usr/sbin/sshd`` as root in the foreground
with its own config, host keys and free port. A throwaway local user (see
:class:`SshUser`) logs in by password and is locked into a chroot with
``ForceCommand internal-sftp``, like an SFTP-only account on the real server.

Layout of one instance, under a root-owned folder (default ``/srv/desktop-uploader-tests``,
override with ``DU_TEST_SSHD_ROOT``; ``/tmp`` cannot hold a chroot because sshd refuses a
chroot with a world-writable component)::

    sshd-XXXX/etc/      sshd_config, host keys, sshd.log, sftp.log, owner.pid
    sshd-XXXX/chroot/   what the client sees as "/": data/to/startflow, home/<user>, dev/log

``dev/log`` is a datagram socket this module listens on: internal-sftp logs each
operation (open, mkdir, rename...) through syslog from inside the chroot, and tests read
those lines to prove what the client did (field cases C01, C12).
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import pwd
import re
import secrets
import shutil
import signal
import socket
import subprocess
import tempfile
import threading
import time
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

import paramiko

from support.waiting import wait_until

SSHD_BINARY = "/usr/sbin/sshd"
ROOT_VARIABLE = "DU_TEST_SSHD_ROOT"
DEFAULT_ROOT = "/srv/desktop-uploader-tests"
REMOTE_BASE = "/data/to/startflow"
USER_PREFIX = "du-analyst"
LOOPBACK = "127.0.0.1"

# The remote tree every integration test starts from: (path under the base, owner).
# `italy` is root-owned like on the company server, so only the BU folders are writable.
STANDARD_DIRS: tuple[tuple[str, str], ...] = (
    ("italy", "root"),
    ("italy/italy_galbani", "user"),
    ("italy/italy_galbani/outputs", "user"),
    ("italy/italy_galbani/logs", "user"),
    ("italy/italy__parmalat", "user"),
)

_START_TIMEOUT = 15.0
_STOP_TIMEOUT = 5.0
_SYSLOG_PREFIX = re.compile(r"^<\d+>.*?\[\d+\]: ")


class SshdError(RuntimeError):
    """sshd refused its config or did not come up; the message carries its own words."""


def skip_reason() -> str | None:
    """Why a private sshd cannot run here, or None when it can."""
    if not hasattr(os, "geteuid") or os.geteuid() != 0:
        return "needs root: sshd must run as root to chroot and switch to the test user"
    if not os.access(SSHD_BINARY, os.X_OK):
        return f"needs {SSHD_BINARY}: apt-get install openssh-server"
    for tool in ("ssh-keygen", "useradd", "userdel", "chpasswd"):
        if shutil.which(tool) is None:
            return f"needs {tool} on PATH (packages openssh-client and passwd)"
    return None


def _pid_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def _run(command: list[str], *, stdin: str | None = None) -> subprocess.CompletedProcess:
    """Run an admin command; retried briefly because useradd fails while another run
    holds the /etc/passwd lock."""
    for attempt in range(5):
        result = subprocess.run(
            command,
            input=stdin,
            stdin=None if stdin is not None else subprocess.DEVNULL,
            capture_output=True,
            text=True,
        )
        if result.returncode == 0 or "lock" not in result.stderr.lower():
            break
        time.sleep(0.2 * (attempt + 1))
    return result


def _check(result: subprocess.CompletedProcess) -> None:
    if result.returncode != 0:
        raise SshdError(f"{' '.join(result.args)} failed: {result.stderr.strip()}")


@dataclass
class SshUser:
    """A local account that may only log in to our sshd instances.

    One per test process (the name carries the pid), because several people run the
    suite at once on one machine: a shared account would have its password changed
    under a running session.
    """

    name: str
    password: str
    uid: int
    gid: int
    home: str

    @classmethod
    def create(cls, name: str | None = None) -> SshUser:
        """Create the account when missing, then give it a fresh random password."""
        reap_stale_users()
        name = name or f"{USER_PREFIX}-{os.getpid()}"
        if not _user_exists(name):
            comment = "desktop_uploader integration tests"
            # No shell: even a system-wide sshd would give this account nothing to run.
            shell = ["-s", "/usr/sbin/nologin"] if os.path.exists("/usr/sbin/nologin") else []
            command = ["useradd", "-M", "-d", f"/home/{name}", "-c", comment, *shell, name]
            _check(_run(command))
        password = secrets.token_urlsafe(24)
        _check(_run(["chpasswd"], stdin=f"{name}:{password}\n"))
        entry = pwd.getpwnam(name)
        return cls(name, password, entry.pw_uid, entry.pw_gid, entry.pw_dir)

    def remove(self) -> None:
        """Delete the account; an error is ignored because the next run reaps it."""
        _run(["userdel", self.name])


def _user_exists(name: str) -> bool:
    try:
        pwd.getpwnam(name)
    except KeyError:
        return False
    return True


def reap_stale_users() -> None:
    """Delete test accounts left behind by runs that were killed."""
    pattern = re.compile(rf"^{re.escape(USER_PREFIX)}-(\d+)$")
    for entry in pwd.getpwall():
        match = pattern.match(entry.pw_name)
        if match and not _pid_alive(int(match.group(1))):
            _run(["userdel", entry.pw_name])


def reap_stale_instances(root: Path) -> None:
    """Stop sshds and remove folders left by killed runs (their owner pid is gone)."""
    for instance in root.glob("sshd-*"):
        owner = instance / "etc" / "owner.pid"
        try:
            owner_pid = int(owner.read_text())
        except (OSError, ValueError):
            continue
        if _pid_alive(owner_pid):
            continue
        _kill_recorded_sshd(instance)
        shutil.rmtree(instance, ignore_errors=True)


def _kill_recorded_sshd(instance: Path) -> None:
    try:
        pid = int((instance / "etc" / "sshd.pid").read_text())
        cmdline = Path(f"/proc/{pid}/cmdline").read_bytes()
    except (OSError, ValueError):
        return
    # Only kill the pid if it is still that sshd, not a reused pid.
    if str(instance).encode() in cmdline:
        os.kill(pid, signal.SIGTERM)


def free_port() -> int:
    """A port that was free a moment ago; start() retries if someone takes it first."""
    with socket.socket() as probe:
        probe.bind((LOOPBACK, 0))
        return probe.getsockname()[1]


def read_banner(port: int, timeout: float = 5.0) -> tuple[bytes, socket.socket]:
    """Connect and read the server's identification line; returns (line, open socket)."""
    sock = socket.create_connection((LOOPBACK, port), timeout=timeout)
    try:
        line = b""
        while not line.endswith(b"\n") and len(line) < 256:
            chunk = sock.recv(256 - len(line))
            if not chunk:
                break
            line += chunk
    except OSError:
        sock.close()
        raise
    return line, sock


class _SyslogSink:
    """Receives internal-sftp's syslog datagrams from <chroot>/dev/log."""

    def __init__(self, socket_path: Path, log_path: Path) -> None:
        self.lines: list[str] = []
        self._lock = threading.Lock()
        self._stop = threading.Event()
        self._log = log_path.open("a", encoding="utf-8")
        self._sock = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
        with contextlib.suppress(FileNotFoundError):
            socket_path.unlink()
        self._sock.bind(str(socket_path))
        # The sftp session runs as the test user and must be able to write to it.
        socket_path.chmod(0o666)
        self._sock.settimeout(0.1)
        self._thread = threading.Thread(target=self._run, name="sshd-syslog", daemon=True)
        self._thread.start()

    def _run(self) -> None:
        while not self._stop.is_set():
            try:
                datagram = self._sock.recv(65536)
            except TimeoutError:
                continue
            except OSError:
                return
            line = _SYSLOG_PREFIX.sub("", datagram.decode("utf-8", "replace")).rstrip()
            with self._lock:
                self.lines.append(line)
                self._log.write(line + "\n")
                self._log.flush()

    def snapshot(self) -> list[str]:
        with self._lock:
            return list(self.lines)

    def close(self) -> None:
        self._stop.set()
        self._thread.join(timeout=2)
        self._sock.close()
        self._log.close()


class SshdServer:
    """One private sshd. Use as a context manager, or call start() and close().

    Remote paths given to the helpers are either absolute as the client sees them
    (``/data/to/startflow/italy``) or relative to the remote base (``italy``).
    """

    host = LOOPBACK
    remote_base = REMOTE_BASE

    def __init__(
        self,
        user: SshUser,
        *,
        sftp_flags: Iterable[str] = (),
        global_options: Iterable[str] = (),
        root: Path | None = None,
        authorized_keys: Iterable[str] = (),
    ) -> None:
        self.user = user
        self.sftp_flags = tuple(sftp_flags)
        self.global_options = tuple(global_options)
        # Public key lines ("ssh-ed25519 AAAA..."); none keeps key login switched off.
        self.authorized_keys = tuple(authorized_keys)
        self.port = 0
        self.host_keys: dict[str, paramiko.PKey] = {}
        self._root = Path(root or os.environ.get(ROOT_VARIABLE) or DEFAULT_ROOT)
        self._process: subprocess.Popen | None = None
        self._sink: _SyslogSink | None = None
        self.base_dir = self._make_instance_dir()
        self.etc = self.base_dir / "etc"
        self.chroot = self.base_dir / "chroot"
        self.config_path = self.etc / "sshd_config"
        self.log_path = self.etc / "sshd.log"
        self.sftp_log_path = self.etc / "sftp.log"
        # Outside etc/ (0700): sshd reads this file with the test user's rights.
        self.authorized_keys_path = self.base_dir / "auth" / "authorized_keys"
        self._prepare_tree()

    # ----- identity the client needs -------------------------------------------------

    @property
    def username(self) -> str:
        return self.user.name

    @property
    def password(self) -> str:
        return self.user.password

    @property
    def host_key(self) -> paramiko.PKey:
        """The ed25519 key, the one paramiko negotiates first."""
        return self.host_keys["ssh-ed25519"]

    @property
    def known_hosts_name(self) -> str:
        """The host as OpenSSH writes it for a non-default port."""
        return f"[{self.host}]:{self.port}"

    @property
    def known_hosts_line(self) -> str:
        key = self.host_key
        return f"{self.known_hosts_name} {key.get_name()} {key.get_base64()}"

    @property
    def known_hosts_lines(self) -> list[str]:
        return [
            f"{self.known_hosts_name} {key.get_name()} {key.get_base64()}"
            for key in self.host_keys.values()
        ]

    def write_known_hosts(self, path: Path, *, all_keys: bool = False) -> Path:
        """Write a known_hosts file that trusts this server (ed25519 only by default)."""
        path.parent.mkdir(parents=True, exist_ok=True)
        lines = self.known_hosts_lines if all_keys else [self.known_hosts_line]
        path.write_text("".join(line + "\n" for line in lines), encoding="ascii")
        return path

    # ----- lifecycle -------------------------------------------------------------------

    def __enter__(self) -> SshdServer:
        return self.start()

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def start(self) -> SshdServer:
        """Start on a free port, retrying if another process grabs it meanwhile."""
        if not self.host_keys:
            self._generate_host_keys()
        for _ in range(3):
            self.port = free_port()
            if self._launch():
                return self
        raise SshdError(f"sshd could not bind a free port:\n{self.log_text()}")

    def restart(self, *, new_host_keys: bool = False) -> SshdServer:
        """Stop and start again on the same port, optionally with new host keys (C07b)."""
        self.stop()
        if new_host_keys:
            self._generate_host_keys()
        if not self._launch():
            raise SshdError(f"sshd could not bind port {self.port} again:\n{self.log_text()}")
        return self

    def stop(self) -> None:
        """Stop sshd and wait for it; sessions in progress end with it."""
        process, self._process = self._process, None
        if process is None or process.poll() is not None:
            return
        process.terminate()
        try:
            process.wait(timeout=_STOP_TIMEOUT)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()

    def close(self) -> None:
        """Stop sshd and remove the instance folder."""
        self.stop()
        if self._sink is not None:
            self._sink.close()
            self._sink = None
        shutil.rmtree(self.base_dir, ignore_errors=True)

    @property
    def running(self) -> bool:
        return self._process is not None and self._process.poll() is None

    # ----- setup -----------------------------------------------------------------------

    def _make_instance_dir(self) -> Path:
        self._root.mkdir(parents=True, exist_ok=True)
        self._root.chmod(0o755)
        reap_stale_instances(self._root)
        base = Path(tempfile.mkdtemp(prefix="sshd-", dir=self._root))
        base.chmod(0o755)
        return base

    def _prepare_tree(self) -> None:
        self.etc.mkdir(mode=0o700)
        (self.etc / "owner.pid").write_text(str(os.getpid()))
        self.chroot.mkdir(mode=0o755)
        (self.chroot / "dev").mkdir(mode=0o755)
        self._sink = _SyslogSink(self.chroot / "dev" / "log", self.sftp_log_path)
        self.reset_remote_tree()

    def _generate_host_keys(self) -> None:
        loaders = {"ed25519": paramiko.Ed25519Key, "rsa": paramiko.RSAKey}
        self.host_keys = {}
        for kind, loader in loaders.items():
            path = self.etc / f"hk_{kind}"
            for stale in (path, path.with_suffix(".pub")):
                stale.unlink(missing_ok=True)
            command = ["ssh-keygen", "-q", "-t", kind, "-N", "", "-C", "", "-f", str(path)]
            if kind == "rsa":
                command[4:4] = ["-b", "3072"]
            _check(_run(command))
            key = loader.from_private_key_file(str(path))
            self.host_keys[key.get_name()] = key

    def config_text(self) -> str:
        """The sshd_config for the current port and options."""
        sftp_command = " ".join(["internal-sftp", "-l", "INFO", *self.sftp_flags])
        lines = [
            f"Port {self.port}",
            f"ListenAddress {self.host}",
            f"HostKey {self.etc / 'hk_ed25519'}",
            f"HostKey {self.etc / 'hk_rsa'}",
            "PidFile none",
            "UsePAM no",
            "PasswordAuthentication yes",
            "KbdInteractiveAuthentication no",
            *self._pubkey_options(),
            "PermitRootLogin no",
            f"AllowUsers {self.username}",
            "LogLevel VERBOSE",
            "Subsystem sftp internal-sftp",
            *self.global_options,
            # Global options end here: every line after Match belongs to the block.
            f"Match User {self.username}",
            f"  ChrootDirectory {self.chroot}",
            f"  ForceCommand {sftp_command}",
            "  AllowTcpForwarding no",
            "  X11Forwarding no",
            "  PermitTTY no",
        ]
        return "\n".join(lines) + "\n"

    def _pubkey_options(self) -> list[str]:
        if not self.authorized_keys:
            return ["PubkeyAuthentication no"]
        return ["PubkeyAuthentication yes", f"AuthorizedKeysFile {self.authorized_keys_path}"]

    def _write_authorized_keys(self) -> None:
        if not self.authorized_keys:
            return
        folder = self.authorized_keys_path.parent
        folder.mkdir(mode=0o755, exist_ok=True)
        # StrictModes: root-owned, not writable by group or others.
        text = "".join(line.strip() + "\n" for line in self.authorized_keys)
        self.authorized_keys_path.write_text(text, encoding="ascii")
        self.authorized_keys_path.chmod(0o644)

    def _write_config(self) -> None:
        self._write_authorized_keys()
        self.config_path.write_text(self.config_text(), encoding="utf-8")
        result = subprocess.run(
            [SSHD_BINARY, "-t", "-f", str(self.config_path)], capture_output=True, text=True
        )
        if result.returncode != 0:
            raise SshdError(f"sshd -t rejected the config: {result.stderr.strip()}")

    def _launch(self) -> bool:
        """Start sshd on self.port; False when the port was taken, raises otherwise."""
        # sshd's privilege-separation jail; Debian creates it only at boot.
        Path("/run/sshd").mkdir(mode=0o755, exist_ok=True)
        self._write_config()
        log_start = self._log_size()
        with self.log_path.open("ab") as log:
            self._process = subprocess.Popen(
                [SSHD_BINARY, "-D", "-e", "-f", str(self.config_path)],
                stdin=subprocess.DEVNULL,
                stdout=log,
                stderr=subprocess.STDOUT,
            )
        (self.etc / "sshd.pid").write_text(str(self._process.pid))
        if not self._wait_listening(log_start):
            return False
        self._probe_banner()
        return True

    def _wait_listening(self, log_start: int) -> bool:
        def settled() -> str | None:
            text = self.log_text(since=log_start)
            if "Server listening on" in text:
                return "up"
            if self._process is not None and self._process.poll() is not None:
                return "exited"
            return None

        try:
            state = wait_until(settled, _START_TIMEOUT, message="sshd listening")
        except TimeoutError:
            raise SshdError(f"sshd did not start:\n{self.log_text(since=log_start)}") from None
        if state == "up":
            return True
        text = self.log_text(since=log_start)
        if "Address already in use" in text:
            return False
        raise SshdError(f"sshd exited at start:\n{text}")

    def _probe_banner(self) -> None:
        """Prove the port answers SSH, then wait until sshd has let the probe go, so a
        server with ``MaxStartups 1`` has its only slot free for the test."""
        banner, sock = read_banner(self.port)
        probe_port = sock.getsockname()[1]
        sock.close()
        if not banner.startswith(b"SSH-2.0-"):
            raise SshdError(f"port {self.port} answered {banner!r}, not an SSH banner")
        closed = f"Connection closed by {self.host} port {probe_port}"
        wait_until(lambda: closed in self.log_text(), 5.0, message="sshd releasing the probe")

    # ----- the remote tree, seen from the root side ------------------------------------

    def root_path(self, remote: str | PurePosixPath = "") -> Path:
        """Where a remote path lives on this machine; refuses paths leaving the chroot."""
        remote = PurePosixPath(remote)
        if ".." in remote.parts:
            raise ValueError(f"'..' is not allowed in a remote path: {remote}")
        if not remote.is_absolute():
            remote = PurePosixPath(self.remote_base) / remote
        return self.chroot.joinpath(*remote.parts[1:])

    def _owner_ids(self, owner: str) -> tuple[int, int]:
        if owner == "user":
            return self.user.uid, self.user.gid
        if owner == "root":
            return 0, 0
        raise ValueError(f"owner must be 'user' or 'root', not {owner!r}")

    def make_remote_dir(self, remote: str, *, owner: str = "user", mode: int = 0o755) -> Path:
        """Create a folder (missing parents root-owned, 755) and give it to ``owner``."""
        path = self.root_path(remote)
        missing = [p for p in reversed(path.parents) if not p.exists()]
        for parent in missing:
            parent.mkdir(mode=0o755)
            parent.chmod(0o755)
        path.mkdir(exist_ok=True)
        os.chown(path, *self._owner_ids(owner))
        path.chmod(mode)
        return path

    def put_remote_file(self, remote: str, data: bytes = b"", *, owner: str = "user") -> Path:
        """Place a file on the server as if it were already there (parent must exist)."""
        path = self.root_path(remote)
        path.write_bytes(data)
        os.chown(path, *self._owner_ids(owner))
        return path

    def read_remote(self, remote: str) -> bytes:
        return self.root_path(remote).read_bytes()

    def remote_sha256(self, remote: str) -> str:
        digest = hashlib.sha256()
        with self.root_path(remote).open("rb") as stream:
            for block in iter(lambda: stream.read(1 << 20), b""):
                digest.update(block)
        return digest.hexdigest()

    def list_remote(self, remote: str = "") -> list[str]:
        """Sorted entry names of a remote folder."""
        return sorted(entry.name for entry in self.root_path(remote).iterdir())

    def remote_files(self, remote: str = "/") -> dict[str, int]:
        """Every regular file below ``remote`` (default: the whole chroot) with its size,
        keyed by its path as the client sees it. Proves nothing landed elsewhere."""
        top = self.root_path(remote)
        found = {}
        for path in sorted(top.rglob("*")):
            if path.is_file() and not path.is_socket():
                found["/" + path.relative_to(self.chroot).as_posix()] = path.stat().st_size
        return found

    def reset_remote_tree(self, dirs: Iterable[tuple[str, str]] = STANDARD_DIRS) -> None:
        """Empty the client-visible tree and rebuild the base, the user's login folder
        and ``dirs`` ((path under the base, "user" or "root") pairs)."""
        for entry in self.chroot.iterdir():
            if entry.name == "dev":
                continue
            if entry.is_dir() and not entry.is_symlink():
                shutil.rmtree(entry)
            else:
                entry.unlink()
        self.make_remote_dir(self.remote_base, owner="root")
        self.make_remote_dir(self.user.home, owner="user")
        for remote, owner in dirs:
            self.make_remote_dir(remote, owner=owner)

    # ----- logs --------------------------------------------------------------------------

    def _log_size(self) -> int:
        try:
            return self.log_path.stat().st_size
        except FileNotFoundError:
            return 0

    def log_text(self, since: int = 0) -> str:
        """sshd's own log (connections, authentication) from byte offset ``since``."""
        try:
            with self.log_path.open("rb") as stream:
                stream.seek(since)
                return stream.read().decode("utf-8", "replace")
        except FileNotFoundError:
            return ""

    def log_mark(self) -> int:
        """An offset for log_text(since=...), to look only at what happens next."""
        return self._log_size()

    def sftp_log_lines(self) -> list[str]:
        """internal-sftp's operation log, e.g. 'mkdir name "/data/x" mode 0777'."""
        return self._sink.snapshot() if self._sink else []

    # ----- faults --------------------------------------------------------------------------

    @contextlib.contextmanager
    def hold_startup_slot(self, timeout: float = 5.0) -> Iterator[socket.socket]:
        """Keep one unauthenticated connection open (C04 with ``MaxStartups 1``).

        Yields only once this socket got a real banner, so it really holds the slot.
        sshd frees a slot a moment after the previous connection ends, and answers
        "Exceeded MaxStartups" meanwhile: that answer is retried until ``timeout``.
        """
        sock = wait_until(self._try_take_slot, timeout, message="a free startup slot")
        try:
            yield sock
        finally:
            sock.close()

    def _try_take_slot(self) -> socket.socket | None:
        banner, sock = read_banner(self.port)
        if banner.startswith(b"SSH-2.0-"):
            return sock
        sock.close()
        return None
