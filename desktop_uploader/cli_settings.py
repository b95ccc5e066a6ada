"""The console command's options turned into the engine's settings: each option wins
over its environment variable, and a bad value is bad input naming where it came from."""

from __future__ import annotations

import argparse
import os
from pathlib import Path

from desktop_uploader.engine import RetryPolicy, ServerSettings, UploadJob
from desktop_uploader.engine.bu import validate_bu
from desktop_uploader.engine.errors import BadInputError
from desktop_uploader.engine.host_keys import normalize_fingerprint
from desktop_uploader.engine.settings import (
    ATTEMPTS_RANGE,
    DEFAULT_PORT,
    DEFAULT_REMOTE_BASE,
    DELAY_RANGE,
    PARALLEL_FILES_RANGE,
    STALL_TIMEOUT_RANGE,
    NumberRange,
    check_remote_base,
)

ENV_HOST = "SFTP_HOST"
ENV_PORT = "SFTP_PORT"
ENV_USER = "SFTP_USERNAME"
ENV_BU = "BUSINESS_UNIT"


def _number(text: str | None, flag: str, bounds: NumberRange) -> float | None:
    """A numeric option checked against the engine's bounds; None when left out."""
    if text is None:
        return None
    return bounds.parse(text, flag, example=f"{flag} {bounds.usual:g}")


def _given(**options: object) -> dict[str, object]:
    """The options given; the others keep the engine's defaults."""
    return {name: value for name, value in options.items() if value is not None}


def _option(value: str | None, variable: str, flag: str) -> str | None:
    """An explicit option wins over the environment; an explicit empty one is an error."""
    if value is not None:
        if not value.strip():
            raise BadInputError(f"{flag} was given empty.", f"Give a value to {flag}, or omit it.")
        return value
    return os.environ.get(variable) or None


def _required(value: str | None, variable: str, flag: str, example: str) -> str:
    found = _option(value, variable, flag)
    if found is None:
        raise BadInputError(f"No {flag[2:]} given.", f"Pass {flag} {example} or set {variable}.")
    return found


def server_from_args(args: argparse.Namespace) -> ServerSettings:
    host = _required(args.host, ENV_HOST, "--host", "sftp.example.com")
    user = _required(args.user, ENV_USER, "--user", "analyst")
    pin = args.host_key_fingerprint
    return ServerSettings(
        host=host,
        username=user,
        port=_port(args.port),
        remote_base=check_remote_base(args.remote_base or DEFAULT_REMOTE_BASE, "--remote-base"),
        known_hosts_file=args.known_hosts,
        use_temp_names=not args.no_temp_names,
        host_key_fingerprint=normalize_fingerprint(pin) if pin is not None else None,
        **_given(
            stall_timeout=_number(args.stall_timeout, "--stall-timeout", STALL_TIMEOUT_RANGE),
            parallel_files=_number(args.parallel_files, "--parallel-files", PARALLEL_FILES_RANGE),
        ),
    )


def _port(option: str | None) -> int:
    """The port of --port (or the profile's), else SFTP_PORT, else 22; the error names
    where a bad one came from."""
    text = _option(option, ENV_PORT, "--port")
    if text is None:
        return DEFAULT_PORT
    if text.isascii() and text.isdigit() and 0 < int(text) < 65536:
        return int(text)
    if option is not None:
        shown, hint = f"--port {text!r}", "Give a number such as --port 22."
    else:
        shown = f"{ENV_PORT}={text!r}"
        hint = f"Set {ENV_PORT} to a number such as 22, or pass --port 22."
    raise BadInputError(f"{shown} is not a port number (1 to 65535).", hint)


def policy_from_args(args: argparse.Namespace) -> RetryPolicy:
    """The retry policy of --max-attempts, --base-delay and --max-delay."""
    given = _given(
        max_attempts=_number(args.max_attempts, "--max-attempts", ATTEMPTS_RANGE),
        base_delay=_number(args.base_delay, "--base-delay", DELAY_RANGE),
        max_delay=_number(args.max_delay, "--max-delay", DELAY_RANGE),
    )
    return RetryPolicy(**given)


def jobs_from_args(args: argparse.Namespace) -> list[UploadJob]:
    """The BUs to upload, validated before anything else (password included) is asked."""
    if args.bu:
        bus = [_option(bu, ENV_BU, "--bu") for bu in args.bu]
        for bu in bus:
            validate_bu(bu)
        _refuse_repeated(bus)
    else:
        bus = [_bu_from_environment()]
    if args.outputs is not None:
        if args.app_dir is not None or len(bus) > 1:
            raise BadInputError(
                "--outputs names one BU's folder; it cannot be combined with --app-dir or "
                "several --bu.",
                "Use --app-dir DIR with several --bu.",
            )
        _refuse_missing_logs(args.logs)
        return [UploadJob(bus[0], args.outputs, args.logs)]
    if args.app_dir is None:
        raise BadInputError("No local folder given.", "Pass --app-dir DIR or --outputs DIR.")
    _refuse_app_dir_without_outputs(args.app_dir)
    return [UploadJob.from_app_dir(args.app_dir, bu) for bu in bus]


def _refuse_app_dir_without_outputs(app_dir: Path) -> None:
    # The outputs folder or a BU's own folder given as --app-dir would otherwise be told
    # as a missing app_dir/outputs/<bu>, with a hint naming the very folder given.
    inside_outputs = "outputs" in (app_dir.name, app_dir.parent.name)
    if inside_outputs and not (app_dir / "outputs").is_dir():
        raise BadInputError(
            f"--app-dir {app_dir} points into an outputs folder; it should be the "
            "pipeline's app/ folder, the one holding outputs/ and logs/.",
            "Pass the app/ folder with --app-dir, or one BU's outputs folder with --outputs.",
        )


def _refuse_missing_logs(logs: Path | None) -> None:
    # Found through --app-dir, a missing logs folder is only a warning; named on purpose,
    # a wrong path is a mistake that would otherwise leave the logs unsent unnoticed.
    if logs is not None and not logs.is_dir():
        what = "is not a folder" if logs.exists() else "does not exist"
        raise BadInputError(
            f"--logs {logs} {what}.",
            "Give the BU's logs folder, such as app/logs/italy_galbani, or leave --logs out.",
        )


def _refuse_repeated(bus: list[str]) -> None:
    # Sent twice, a BU would cost a second transfer and a second history entry.
    for bu in bus:
        if bus.count(bu) > 1:
            raise BadInputError(f"--bu {bu} is given twice.", "Give each business unit once.")


def _bu_from_environment() -> str:
    bu = _required(None, ENV_BU, "--bu", "italy_galbani")
    try:
        return validate_bu(bu)
    except BadInputError as exc:
        message = f"{exc.message} It comes from the environment variable {ENV_BU}."
        raise BadInputError(message, f"{exc.hint} Correct {ENV_BU}, or pass --bu.") from None
