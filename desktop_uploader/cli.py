"""The console command: the same engine as the window, headless, for the pipeline."""

from __future__ import annotations

import argparse
import gc
import logging
import signal
import sys
import threading
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from desktop_uploader import __version__, cli_commands, cli_login, console, logging_setup
from desktop_uploader.cli_login import ENV_PASSPHRASE, ENV_PASSWORD
from desktop_uploader.cli_output import EventPrinter, print_summary
from desktop_uploader.cli_settings import (
    ENV_BU,
    ENV_HOST,
    ENV_PORT,
    ENV_USER,
    jobs_from_args,
    policy_from_args,
    server_from_args,
)
from desktop_uploader.engine import (
    EXIT_CODES,
    ErrorKind,
    UploadJob,
    run_uploads,
)
from desktop_uploader.engine.errors import (
    BATCH_STOPPING_KINDS,
    EXIT_OK,
    EXIT_SOME_FAILED,
    BadInputError,
)
from desktop_uploader.engine.events import Event, FileStatus, RunFailed, RunFinished
from desktop_uploader.engine.host_keys import HostKeyInfo, host_label
from desktop_uploader.keep_awake import KEEP_AWAKE_REASON, keep_awake
from desktop_uploader.paths import AppFolderError

log = logging.getLogger(__name__)

EXIT_USAGE = EXIT_CODES[ErrorKind.BAD_INPUT]
# The commands that run an upload, each with a log file of its own. The others only
# read (history, diagnostics): a log each would push the runs' logs out of the
# folder, and out of the diagnostic report, which keeps the newest.
RUN_COMMANDS = ("upload", "demo")
T = TypeVar("T")


def main(argv: list[str] | None = None) -> int:
    """Run the console command; returns the process exit code."""
    with console.tolerant_streams():
        return _main(argv)


def console_main() -> int:
    """The ``desktop-uploader-cli`` command: :func:`main`, for a process that ends next."""
    code = main()
    # The interpreter's last garbage collection would walk every object of the run only
    # to free memory the system takes back at once: about 40 ms after 1000 files. Files,
    # logs and the history are closed or flushed by then; nothing waits on a finalizer.
    gc.freeze()
    return code


def _main(argv: list[str] | None) -> int:
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except BadInputError as exc:
        return _bad_input(exc)
    if args.command is None:
        parser.print_help()
        return EXIT_USAGE
    log_file = None
    if args.command in RUN_COMMANDS:
        try:
            log_file = logging_setup.start_run_log("cli", debug_paramiko=args.debug_paramiko)
        except AppFolderError as exc:
            return _bad_input(exc)
        log.info("desktop-uploader-cli %s, log %s", __version__, log_file)
    previous_handler = _stop_on_terminate()
    try:
        return args.handler(args)
    except (BadInputError, AppFolderError) as exc:
        return _bad_input(exc)
    except KeyboardInterrupt:
        # Ctrl-C outside an upload's own thread, at a password prompt for instance:
        # the user chose to stop, a traceback would only alarm them.
        print("\nCancelled.", file=sys.stderr)
        return EXIT_CODES[ErrorKind.CANCELLED]
    finally:
        _restore_terminate(previous_handler)
        if args.command == "upload" and log_file is not None:
            # Support asks for this file first; say where it is.
            print(f"Log of this run: {log_file}", file=sys.stderr)


def _stop_on_terminate() -> object:
    """Make SIGTERM stop the run as Ctrl-C does; returns the handler it replaced.

    Schedulers end a job that runs too long with SIGTERM. Left to its default, it would
    end the process at once, with no summary of what reached the server and the
    connection dropped mid-request. As a KeyboardInterrupt, it cancels the run cleanly.
    """
    if threading.current_thread() is not threading.main_thread():
        return None
    return signal.signal(signal.SIGTERM, _interrupt)


def _interrupt(_signum: int, _frame: object) -> None:
    raise KeyboardInterrupt


def _restore_terminate(previous: object) -> None:
    if previous is not None:
        signal.signal(signal.SIGTERM, previous)


def _bad_input(exc: BadInputError | AppFolderError) -> int:
    print(f"error: {exc.message}\n  next step: {exc.hint}", file=sys.stderr)
    return EXIT_USAGE


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="desktop-uploader-cli",
        description="Upload a business unit's pipeline outputs and logs to the SFTP server.",
    )
    parser.add_argument("--version", action="version", version=__version__)
    _add_debug_option(parser, default=False)
    commands = parser.add_subparsers(dest="command")
    _add_upload_parser(commands)
    cli_commands.add_parsers(commands)
    demo = commands.add_parser("demo", help="upload a sample BU to a local demo server")
    demo.add_argument("--workdir", type=Path, help="keep the sample and server files here")
    demo.set_defaults(handler=_run_demo)
    return parser


def _add_debug_option(parser: argparse.ArgumentParser, *, default: object) -> None:
    parser.add_argument(
        "--debug-paramiko",
        action="store_true",
        default=default,
        help="also write paramiko's own debug log (SSH protocol steps) to the run log; "
        "passwords are still blanked and packet contents never written",
    )


def _add_upload_parser(commands: argparse._SubParsersAction) -> None:
    upload = commands.add_parser(
        "upload",
        help="upload one or more business units",
        description=f"Options default to the environment variables {ENV_HOST}, {ENV_PORT}, "
        f"{ENV_USER}, {ENV_BU}; the password comes from {ENV_PASSWORD}, else the OS "
        "keyring, else a hidden prompt. A key's passphrase comes from "
        f"{ENV_PASSPHRASE}, else the keyring, else a hidden prompt.",
    )
    upload.add_argument("--bu", action="append", help="business unit, e.g. italy_galbani")
    upload.add_argument("--outputs", type=_path_option("--outputs"), help="the BU's outputs folder")
    upload.add_argument(
        "--logs", type=_path_option("--logs"), help="the BU's logs folder (optional)"
    )
    upload.add_argument(
        "--app-dir", type=_path_option("--app-dir"), help="the pipeline's app/ folder"
    )
    upload.add_argument("--host", help="SFTP server name or address")
    upload.add_argument("--port", help="SFTP port (default 22)")
    upload.add_argument("--user", help="login name")
    upload.add_argument("--remote-base", help="where the country folders are")
    login = upload.add_mutually_exclusive_group()
    login.add_argument(
        "--key-file", type=_path_option("--key-file"), help="log in with this private key only"
    )
    login.add_argument("--agent", action="store_true", help="log in with the SSH agent only")
    upload.add_argument(
        "--remember-passphrase",
        action="store_true",
        help="store the key's passphrase in the OS keyring once it has opened the key",
    )
    upload.add_argument(
        "--known-hosts", type=_path_option("--known-hosts"), help="the only known_hosts file used"
    )
    upload.add_argument(
        "--accept-new-host-key",
        action="store_true",
        help="trust an unknown server key (never a changed one)",
    )
    upload.add_argument(
        "--host-key-fingerprint",
        help="the server key must have this SHA256:... fingerprint (trusted when new)",
    )
    upload.add_argument(
        "--max-attempts",
        metavar="N",
        help="connection attempts before a network failure is final (default 5, at most 100)",
    )
    upload.add_argument(
        "--base-delay",
        metavar="SECONDS",
        help="wait after the first failed attempt; each next wait doubles (default 5)",
    )
    upload.add_argument(
        "--max-delay",
        metavar="SECONDS",
        help="the longest wait between two attempts (default 60)",
    )
    upload.add_argument(
        "--stall-timeout",
        metavar="SECONDS",
        help="seconds without progress before the connection counts as lost (default 60, "
        "1 to 3600)",
    )
    upload.add_argument(
        "--parallel-files",
        metavar="N",
        help="files sent at once, each over its own SFTP channel of the one connection "
        "(default 6, 1 to 8; 1 sends them one after the other)",
    )
    upload.add_argument(
        "--no-temp-names",
        action="store_true",
        help="write straight to the final names, for servers that forbid rename "
        "(a failed upload can leave a partial file there)",
    )
    upload.add_argument("--quiet", action="store_true", help="print only the summary")
    # Also after "upload", where it is looked for; SUPPRESS keeps the one given before it.
    _add_debug_option(upload, default=argparse.SUPPRESS)
    cli_commands.add_upload_options(upload)
    upload.set_defaults(handler=_run_upload)


def _path_option(flag: str) -> Callable[[str], Path]:
    """The type of a path option: given empty it is bad input, never the current folder.

    The error is raised straight out of the parser, so that it reads like every other
    bad input, not like a usage error.
    """

    def given_path(text: str) -> Path:
        if not text.strip():
            raise BadInputError(f"{flag} was given empty.", f"Give a path to {flag}, or omit it.")
        return Path(text)

    return given_path


def _host_key_decision(args: argparse.Namespace) -> Callable[[HostKeyInfo], bool]:
    def decide(info: HostKeyInfo) -> bool:
        if args.accept_new_host_key:
            where = host_label(info.host, info.port)
            print(f"Trusting new {info.key_type} key {info.fingerprint} for {where}")
            return True
        return False

    return decide


def _run_upload(args: argparse.Namespace) -> int:
    cli_commands.prepare_args(args)
    jobs = cli_commands.with_profile(args, jobs_from_args(args))
    server = server_from_args(args)
    policy = policy_from_args(args)
    cli_login.register_known_secrets()
    secrets = cli_login.credentials_from_args(args, server)
    for secret in (secrets.password, secrets.passphrase):
        if secret:
            logging_setup.register_secret(secret.reveal())
    if args.dry_run:
        return cli_commands.run_dry(args, jobs, server, secrets, _host_key_decision(args))
    printer = _SummaryPrinter(EventPrinter(sys.stdout, quiet=args.quiet))
    # One connection for every BU, each with its own result and summary; the computer
    # stays awake meanwhile (asked from this thread, which outlives the run).
    with keep_awake(KEEP_AWAKE_REASON):
        results = run_in_thread(
            lambda cancel: run_uploads(
                jobs,
                server,
                secrets,
                cli_commands.recording(printer, server),
                cancel,
                policy=policy,
                confirm_host_key=_host_key_decision(args),
            )
        )
    last = results[-1] if results else None
    if isinstance(last, RunFailed) and last.kind in BATCH_STOPPING_KINDS:
        _report_not_attempted(jobs[len(results) :])
    return combined_exit_code(results)


class _SummaryPrinter:
    """Prints each event, and each BU's summary as soon as its result arrives."""

    def __init__(self, printer: EventPrinter) -> None:
        self.printer = printer

    def __call__(self, event: Event) -> None:
        self.printer(event)
        if isinstance(event, (RunFinished, RunFailed)):
            print_summary(sys.stdout, event)


def _report_not_attempted(jobs: list[UploadJob]) -> None:
    for job in jobs:
        print(f"{job.bu}: not attempted, for the reason above", file=sys.stdout)


def run_in_thread(work: Callable[[threading.Event], T]) -> T:
    """Run the engine in a worker thread so that Ctrl-C only sets the cancel token.

    A KeyboardInterrupt raised inside paramiko could leave the connection half-closed;
    here the main thread receives it, and the engine stops at its next check.

    Returns:
        What ``work`` returned.

    Raises:
        Whatever ``work`` raised, again in the calling thread, with its traceback.
    """
    cancel = threading.Event()
    finished = threading.Event()
    outcome: list[T] = []
    failure: list[BaseException] = []

    def work_then_signal() -> None:
        try:
            outcome.append(work(cancel))
        except BaseException as exc:  # handed to the main thread, which reports it
            failure.append(exc)
        finally:
            finished.set()

    threading.Thread(target=work_then_signal, name="upload", daemon=True).start()
    # An Event, not Thread.join(): a join interrupted by Ctrl-C can report a live
    # thread as finished on CPython 3.11.
    while not finished.is_set():
        try:
            finished.wait(0.2)
        except KeyboardInterrupt:
            print("\nCancelling...", file=sys.stderr)
            cancel.set()
    if failure:
        raise failure[0]
    return outcome[0]


def exit_code_of(result: RunFinished | RunFailed) -> int:
    if isinstance(result, RunFailed):
        return EXIT_CODES[result.kind]
    if not result.summary.count(FileStatus.FAILED):
        return EXIT_OK
    # Every file failed the same way: that way's code, as for several BUs.
    shared = result.summary.shared_failure
    return EXIT_CODES[shared] if shared is not None else EXIT_SOME_FAILED


def combined_exit_code(results: list[RunFinished | RunFailed]) -> int:
    """0 when all BUs succeeded, the shared code when all failed alike, else 8.

    A cancel wins: the analyst (or the pipeline) stopped the run, whatever came before.
    """
    codes = {exit_code_of(result) for result in results}
    cancelled = EXIT_CODES[ErrorKind.CANCELLED]
    if cancelled in codes:
        return cancelled
    if codes == {EXIT_OK}:
        return EXIT_OK
    if len(codes) == 1:
        return codes.pop()
    return EXIT_SOME_FAILED


def _run_demo(args: argparse.Namespace) -> int:
    from desktop_uploader.demo_run import run_demo

    return run_demo(args.workdir, sys.stdout)


if __name__ == "__main__":
    sys.exit(console_main())
