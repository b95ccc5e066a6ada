"""The console command's extras: profiles, --all, --dry-run, and the history and
diagnostics commands. ``cli.py`` hooks them in; they print plain lines."""

from __future__ import annotations

import argparse
import dataclasses
import os
import sys
from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path
from typing import TextIO

from desktop_uploader import history
from desktop_uploader.cli_output import count_words, human_size
from desktop_uploader.engine import TITLES, Credentials, ServerSettings, UploadJob
from desktop_uploader.engine import events as ev
from desktop_uploader.engine.bu import validate_bu
from desktop_uploader.engine.errors import BadInputError
from desktop_uploader.engine.host_keys import HostKeyInfo
from desktop_uploader.engine.local_files import OUTPUTS
from desktop_uploader.engine.preview import (
    BUPreview,
    FileAction,
    Preview,
    PreviewFile,
    preview_uploads,
)
from desktop_uploader.engine.settings import DEFAULT_REMOTE_BASE, ReplacePolicy
from desktop_uploader.profiles import Profile, find_profile


def add_upload_options(upload: argparse.ArgumentParser) -> None:
    """--profile, --all and --dry-run on the upload command."""
    upload.add_argument(
        "--profile",
        metavar="FILE_OR_NAME",
        help="an IT profile (.toml file, or the name of an imported one); options given "
        "explicitly win over it, and it wins over the environment",
    )
    upload.add_argument(
        "--all", action="store_true", help="every BU under the --app-dir's outputs/ folder"
    )
    upload.add_argument(
        "--dry-run",
        action="store_true",
        help="show what the upload would do, and change nothing on the server",
    )
    upload.add_argument(
        "--replace",
        type=_replace_policy,
        metavar="always|when-changed|never",
        help="a file already on the server: always replace it (default), only when its "
        "size or time differs, or never; wins over the profile's policy",
    )


def _replace_policy(text: str) -> ReplacePolicy:
    try:
        return ReplacePolicy.parse(text)
    except BadInputError as exc:
        raise argparse.ArgumentTypeError(f"{exc.message} {exc.hint}") from None


def add_parsers(commands: argparse._SubParsersAction) -> None:
    """The history and diagnostics commands."""
    shown = commands.add_parser("history", help="show recent runs with each file's SHA-256")
    shown.add_argument("--bu", help="only this business unit")
    shown.add_argument("--since", metavar="YYYY-MM-DD", help="runs on or after this day")
    shown.add_argument("--until", metavar="YYYY-MM-DD", help="runs on or before this day")
    shown.add_argument("--limit", type=int, default=history.DEFAULT_LIMIT, help="at most N runs")
    shown.add_argument("--csv", type=Path, metavar="FILE", help="also write them to a CSV file")
    shown.set_defaults(handler=run_history)
    report = commands.add_parser("diagnostics", help="save a report for IT (no password)")
    report.add_argument("--out", type=Path, metavar="FILE", help="the zip to write")
    report.set_defaults(handler=run_diagnostics)


# Upload: profile and --all


def prepare_args(args: argparse.Namespace) -> Profile | None:
    """Fill the upload's options from --profile and --all; returns the profile used.

    Raises:
        BadInputError: the profile is not valid, or --all is combined wrongly.
    """
    if args.remote_base is not None and not args.remote_base.strip():
        raise BadInputError("--remote-base was given empty.", "Give a path, or omit it.")
    profile = find_profile(args.profile) if args.profile is not None else None
    if profile is not None:
        _apply_profile(args, profile)
    if args.remote_base is None:
        args.remote_base = DEFAULT_REMOTE_BASE
    if args.all:
        args.bu = _all_bus(args)
    return profile


def _apply_profile(args: argparse.Namespace, profile: Profile) -> None:
    # An option given explicitly is None only when it was left out.
    fill = {
        "host": profile.host,
        "port": str(profile.port),
        "user": profile.username or None,
        "remote_base": profile.remote_base,
        "host_key_fingerprint": profile.host_key_fingerprint or None,
    }
    for name, value in fill.items():
        if getattr(args, name) is None:
            setattr(args, name, value)


def with_profile(args: argparse.Namespace, jobs: list[UploadJob]) -> list[UploadJob]:
    """The jobs with the profile's skip patterns, and the replace policy: --replace when
    given, else the profile's, else always replace."""
    profile = find_profile(args.profile) if args.profile else None
    policy = args.replace or ReplacePolicy(profile.replace_policy if profile else "always")
    options: dict[str, object] = {"replace_policy": policy}
    if profile is not None:
        options["skip_patterns"] = profile.skip_patterns
    return [dataclasses.replace(job, **options) for job in jobs]


def _all_bus(args: argparse.Namespace) -> list[str]:
    if args.bu or args.outputs is not None:
        raise BadInputError(
            "--all takes every BU of --app-dir; it cannot be combined with --bu or --outputs.",
            "Use --app-dir DIR --all, or name the BUs with --bu.",
        )
    if args.app_dir is None:
        raise BadInputError("--all needs --app-dir.", "Pass --app-dir path/to/app --all.")
    outputs = args.app_dir / OUTPUTS
    folders = sorted(p for p in outputs.iterdir() if p.is_dir()) if outputs.is_dir() else []
    found = []
    for folder in folders:
        try:
            validate_bu(folder.name)
        except BadInputError:
            if not folder.name.startswith("."):
                print(f"warning: {folder} is not named like a BU; left out", file=sys.stderr)
            continue
        found.append(folder.name)
    if not found:
        raise BadInputError(
            f"No business unit folder under {outputs}.",
            "Pass the pipeline's app folder, whose outputs/ holds one folder per BU.",
        )
    return found


def recording(sink: ev.EventSink, server: ServerSettings) -> history.HistoryRecorder:
    """The console's event sink, recording each run in the history."""
    return history.HistoryRecorder(sink, server, "cli")


# Upload: --dry-run


def run_dry(
    args: argparse.Namespace,
    jobs: list[UploadJob],
    server: ServerSettings,
    secrets: Credentials,
    decide: Callable[[HostKeyInfo], bool],
) -> int:
    """Print what the upload would do; returns the exit code of the upload's rules."""
    from desktop_uploader.cli import combined_exit_code, run_in_thread

    print("Dry run: nothing is written on the server.", flush=True)
    preview = run_in_thread(
        lambda cancel: preview_uploads(
            jobs,
            server,
            secrets,
            cancel,
            confirm_host_key=decide,
            pinned_fingerprint=args.host_key_fingerprint,
        )
    )
    print_preview(sys.stdout, preview)
    return combined_exit_code(_as_results(preview))


def _as_results(preview: Preview) -> list[ev.RunFinished | ev.RunFailed]:
    """The preview in the upload's result types, so that one exit code rule serves both."""
    if preview.failure is not None:
        failure = preview.failure
        return [ev.RunFailed(failure.kind, failure.message, failure.hint, ev.RunSummary("", None))]
    results: list[ev.RunFinished | ev.RunFailed] = []
    for unit in preview.units:
        summary = ev.RunSummary(unit.bu, unit.remote_dir)
        if unit.problem is None:
            results.append(ev.RunFinished(summary))
        else:
            problem = unit.problem
            results.append(ev.RunFailed(problem.kind, problem.message, problem.hint, summary))
    return results


def print_preview(out: TextIO, preview: Preview) -> None:
    """Each BU's remote folder and what would happen to each file."""
    if preview.failure is not None:
        failure = preview.failure
        print(f"{TITLES[failure.kind]}: {failure.message}", file=out)
        print(f"  next step: {failure.hint}", file=out)
    for unit in preview.units:
        _print_unit(out, unit)
    out.flush()


def _print_unit(out: TextIO, unit: BUPreview) -> None:
    where = f"remote folder {unit.remote_dir}" if unit.remote_dir else "not looked up"
    print(f"\n{unit.bu}: {where}", file=out)
    if unit.problem is not None:
        print(f"  {TITLES[unit.problem.kind]}: {unit.problem.message}", file=out)
        print(f"  next step: {unit.problem.hint}", file=out)
    for warning in unit.warnings:
        print(f"  warning: {warning}", file=out)
    for file in unit.files:
        print(f"  {file.action:<9}  {file.folder}/{file.name}{_details(file)}", file=out)
    counts = [f"{unit.count(action)} {action}" for action in FileAction if unit.count(action)]
    if counts:
        print(f"  {', '.join(counts)}", file=out)


def _details(file: PreviewFile) -> str:
    if file.action is FileAction.SKIPPED and file.remote_size is None:
        return f": {file.reason}"
    text = f" ({human_size(file.size)}"
    if file.remote_size is not None:
        when = _local_time(file.remote_mtime)
        text += f"; on the server {human_size(file.remote_size)}{when}"
    text += ")"
    return f"{text}: {file.reason}" if file.reason else text


def _local_time(epoch: int | None) -> str:
    if epoch is None:
        return ""
    return datetime.fromtimestamp(epoch).strftime(", %Y-%m-%d %H:%M")


# History and diagnostics


def _day(text: str | None, flag: str) -> date | None:
    if text is None:
        return None
    try:
        return date.fromisoformat(text.strip())
    except ValueError:
        raise BadInputError(
            f"{flag} {text!r} is not a date.", f"Write it as YYYY-MM-DD, e.g. {flag} 2024-05-01."
        ) from None


def run_history(args: argparse.Namespace) -> int:
    """Print recent runs, newest first, each with its files and their SHA-256."""
    if args.limit < 1:
        raise BadInputError(f"--limit {args.limit} is too small.", "Give 1 or more.")
    if args.bu is not None and not args.bu.strip():
        raise BadInputError("--bu was given empty.", "Give a BU name, or omit --bu.")
    since, until = _day(args.since, "--since"), _day(args.until, "--until")
    try:
        runs = history.HistoryStore().recent_runs(
            bu=args.bu, since=since, until=until, limit=args.limit
        )
    except history.HistoryError as exc:
        raise BadInputError(str(exc), "Move the file aside to start a new history.") from None
    if not runs:
        print("No recorded run matches.")
    for run in runs:
        _print_run(sys.stdout, run)
    if args.csv is not None:
        rows = _export_csv(runs, args.csv)
        print(f"\nWrote {count_words(rows, 'row')} ({count_words(len(runs), 'run')}) to {args.csv}")
    return 0


def _export_csv(runs: list[history.RunRecord], out: Path) -> int:
    try:
        return history.export_csv(runs, out)
    except OSError as exc:
        raise BadInputError(
            f"The history could not be written to {out} ({exc.strerror or exc}).",
            "Choose another file with --csv, in a folder that exists.",
        ) from None


def _print_run(out: TextIO, run: history.RunRecord) -> None:
    when = run.started_at.astimezone().strftime("%Y-%m-%d %H:%M")
    who = f"{run.sftp_user}@{run.server}" + (f" (by {run.os_user})" if run.os_user else "")
    print(f"\n{when}  {run.bu}  {run.outcome}  {who}", file=out)
    if run.remote_dir:
        print(f"  remote folder {run.remote_dir}", file=out)
    if run.message:
        print(f"  {run.message}", file=out)
    for file in run.files:
        digest = file.sha256 or "-"
        size = human_size(file.size) if file.status != "skipped" else ""
        line = f"  {file.status:<9} {size:>9}  {digest:<64}  {file.folder}/{file.name}"
        print(line, file=out)


def run_diagnostics(args: argparse.Namespace) -> int:
    """Save the diagnostic report and say where it went."""
    # Loaded here: the report reads the keyring, which an upload need not load.
    from desktop_uploader import diagnostics
    from desktop_uploader.cli import ENV_PASSPHRASE, ENV_PASSWORD

    out = args.out or Path.cwd() / diagnostics.default_report_name()
    # The pipeline's environment may hold the secrets its uploads used.
    from_environment = [os.environ.get(name, "") for name in (ENV_PASSWORD, ENV_PASSPHRASE)]
    try:
        written = diagnostics.save_report(out, extra_secrets=from_environment)
    except OSError as exc:
        raise BadInputError(
            f"The report could not be written to {out} ({exc.strerror or exc}).",
            "Choose another file with --out.",
        ) from None
    print(f"Diagnostic report saved to {written} (no password is included).")
    return 0
