"""How each client is started and measured: one process per upload, like a user's run.

Wall time, CPU time and peak memory are the whole client process's, taken from
``os.wait4``, which on Linux also counts the children the client waited for: ``sftp``
runs ``ssh`` as its child, and both count, as they would for a user.

Peak memory needs a small go-between. Linux keeps, as a new process's peak, the memory
of the process it was forked from: started straight from the bench (a Python process
of about 50 MiB), every client would show at least the bench's own size. GNU time
forks the client from its own small process and reports the client's true peak.
"""

from __future__ import annotations

import compileall
import dataclasses
import os
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
CIPHER_LINE = re.compile(r"kex: client->server cipher: (\S+)")
ENGINE_CIPHER_LINE = re.compile(r"^Connected \((\S*)\)", re.MULTILINE)
GNU_TIME = shutil.which("time", path="/usr/bin:/bin")


@dataclass(frozen=True)
class Login:
    """Everything a client needs to reach the bench server (or a proxy in front of it)."""

    host: str
    port: int
    user: str
    key: Path
    known_hosts: Path
    remote_dir: str
    bu: str


@dataclass(frozen=True)
class Sample:
    """One measured client run."""

    wall: float
    cpu: float
    max_rss_kib: int
    returncode: int
    output: str
    # CPU seconds of the whole machine during the run (nan where /proc/stat is absent):
    # what is not the client's is mostly the server's sshd and the kernel's work for it.
    machine_cpu: float = float("nan")

    @property
    def others_cpu(self) -> float:
        return self.machine_cpu - self.cpu

    @property
    def ok(self) -> bool:
        return self.returncode == 0


def run_measured(
    command: list[str], *, env: dict[str, str], timeout: float, cwd: Path = REPO
) -> Sample:
    """Run ``command`` to its end and measure it; killed after ``timeout`` seconds.

    ``python -m`` puts ``cwd`` first on the module path, so the engine that runs is the
    one of the checkout in ``cwd`` (a git worktree of an older commit, for a baseline).
    """
    with tempfile.NamedTemporaryFile("r", prefix="du-bench-rss-") as rss_file:
        sample = _run(_with_rss_probe(command, rss_file.name), env, timeout, cwd)
        probed = rss_file.read().strip().splitlines()
    if probed and probed[-1].isdigit():
        sample = dataclasses.replace(sample, max_rss_kib=int(probed[-1]))
    return sample


def machine_busy_seconds() -> float:
    """CPU seconds all cores have spent busy since boot, from /proc/stat (nan elsewhere)."""
    try:
        with open("/proc/stat", encoding="ascii") as stat:
            fields = [int(v) for v in stat.readline().split()[1:]]
    except (OSError, ValueError):
        return float("nan")
    idle = fields[3] + fields[4]  # idle and iowait
    return (sum(fields) - idle) / os.sysconf("SC_CLK_TCK")


def _with_rss_probe(command: list[str], rss_path: str) -> list[str]:
    """``command`` run by GNU time, which writes the peak RSS (KiB) to ``rss_path``."""
    if GNU_TIME is None:
        return command
    return [GNU_TIME, "--quiet", "-f", "%M", "-o", rss_path, *command]


def _run(command: list[str], env: dict[str, str], timeout: float, cwd: Path) -> Sample:
    busy_before = machine_busy_seconds()
    started = time.perf_counter()
    process = subprocess.Popen(
        command,
        cwd=cwd,
        env=env,
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        # Its own process group, so that a timeout kills the client behind GNU time too.
        start_new_session=True,
    )
    # Read the output in a thread: a full pipe would block the client and skew the time.
    chunks: list[bytes] = []
    reader = threading.Thread(target=lambda: chunks.append(process.stdout.read()), daemon=True)
    reader.start()
    killer = threading.Timer(timeout, lambda: os.killpg(process.pid, signal.SIGKILL))
    killer.start()
    try:
        _, status, usage = os.wait4(process.pid, 0)
    finally:
        killer.cancel()
    wall = time.perf_counter() - started
    machine_cpu = machine_busy_seconds() - busy_before
    process.returncode = os.waitstatus_to_exitcode(status)
    reader.join(timeout=5)
    process.stdout.close()
    output = b"".join(chunks).decode("utf-8", "replace")
    cpu = usage.ru_utime + usage.ru_stime
    return Sample(wall, cpu, usage.ru_maxrss, process.returncode, output, machine_cpu)


def ssh_options(login: Login) -> list[str]:
    """Options that make OpenSSH use only the bench's key and known_hosts, never ask."""
    options = {
        "BatchMode": "yes",
        "StrictHostKeyChecking": "yes",
        "UserKnownHostsFile": str(login.known_hosts),
        "GlobalKnownHostsFile": "/dev/null",
        "IdentitiesOnly": "yes",
        "IdentityFile": str(login.key),
        "IdentityAgent": "none",
        "PasswordAuthentication": "no",
    }
    return ["-F", "/dev/null", *(arg for k, v in options.items() for arg in ("-o", f"{k}={v}"))]


def sftp_command(login: Login, folder: Path, workdir: Path) -> list[str]:
    """``sftp -b`` putting every file of ``folder``; -v only to log the cipher.

    One glob, not one ``put`` per file: sftp stats a target folder once per command, and
    a line per file would make it pay that round trip for every file.
    """
    batch = workdir / "sftp.batch"
    # Unquoted: sftp does not expand a glob inside quotes (the bench paths have no spaces).
    batch.write_text(f"put {folder}/* {login.remote_dir}/\n", encoding="utf-8")
    target = f"{login.user}@{login.host}"
    return ["sftp", "-v", "-b", str(batch), "-P", str(login.port), *ssh_options(login), target]


def scp_command(login: Login, files: list[Path]) -> list[str]:
    target = f"{login.user}@{login.host}:{login.remote_dir}/"
    return ["scp", "-q", "-P", str(login.port), *ssh_options(login), *map(str, files), target]


def engine_command(login: Login, outputs: Path, extra: tuple[str, ...] = ()) -> list[str]:
    """Our console command, the engine's full path: resolve, temp name, verify, rename.

    It logs in with the password from ``SFTP_PASSWORD`` in its environment (see
    :func:`engine_env`); a password login costs a few milliseconds, like a key login.
    """
    return [
        sys.executable,
        "-m",
        "desktop_uploader.cli",
        "upload",
        "--bu",
        login.bu,
        "--outputs",
        str(outputs),
        "--host",
        login.host,
        "--port",
        str(login.port),
        "--user",
        login.user,
        "--known-hosts",
        str(login.known_hosts),
        *extra,
    ]


def engine_env(base: dict[str, str], app_home: Path, password: str) -> dict[str, str]:
    """The console command's environment: its own app folder, the bench user's password."""
    env = {k: v for k, v in base.items() if not k.startswith(("SFTP_", "BUSINESS_UNIT"))}
    env["DESKTOP_UPLOADER_HOME"] = str(app_home)
    env["SFTP_PASSWORD"] = password
    return env


def compile_bytecode(checkout: Path) -> None:
    """Compile the package of ``checkout`` once, as an installed copy carries it.

    pip compiles a package as it installs it and the bundle ships compiled modules, so
    an analyst's command never compiles at start-up. From a checkout, with
    ``PYTHONDONTWRITEBYTECODE`` set (as on some build machines), every run would
    compile each of its modules again: about 60 ms a run, counted against the engine.
    """
    package = checkout / "desktop_uploader"
    compileall.compile_dir(package, quiet=1, workers=0)


def describe_checkout(repo: Path) -> str:
    """The commit a checkout is at, marked when it has uncommitted changes."""

    def git(*args: str) -> str:
        done = subprocess.run(["git", "-C", str(repo), *args], capture_output=True, text=True)
        return done.stdout.strip()

    dirty = " + uncommitted changes" if git("status", "--porcelain", "desktop_uploader") else ""
    return f"{git('rev-parse', '--short', 'HEAD')}{dirty}"


def cipher_of(is_engine: bool, output: str) -> str:
    """The client-to-server cipher a run negotiated, from its own output."""
    pattern = ENGINE_CIPHER_LINE if is_engine else CIPHER_LINE
    match = pattern.search(output)
    return match.group(1) if match else "?"
