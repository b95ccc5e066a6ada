"""How the console command words engine events: one line per file, retry and result."""

from __future__ import annotations

from typing import TextIO

from desktop_uploader.engine import TITLES, ErrorKind
from desktop_uploader.engine import events as ev
from desktop_uploader.engine.replace_policy import POLICY_REASONS


def human_size(count: int) -> str:
    size = float(count)
    for unit in ("B", "KB", "MB", "GB"):
        if size < 1000 or unit == "GB":
            return f"{size:.0f} {unit}" if unit == "B" else f"{size:.1f} {unit}"
        size /= 1000
    return f"{count} B"


class EventPrinter:
    """An engine event sink that prints plain lines; progress only on a terminal."""

    def __init__(self, out: TextIO, *, quiet: bool = False) -> None:
        self.out = out
        self.quiet = quiet
        self.live_progress = bool(getattr(out, "isatty", lambda: False)())
        self._progress_shown = False
        self._progress_width = 0

    def __call__(self, event: ev.Event) -> None:
        if self.quiet:
            return
        line = self._line(event)
        if isinstance(event, ev.FileProgress):
            self._show_progress(event)
        elif line:
            self._end_progress()
            print(line, file=self.out, flush=True)

    def _line(self, event: ev.Event) -> str | None:
        match event:
            case ev.BUStarted(bu, index, total) if total > 1:
                return f"\nBusiness unit {bu} ({index} of {total})"
            case ev.ConnectionStarted(attempt, most, host, port):
                return f"Attempt {attempt} of {most}: connecting to {host}:{port}"
            case ev.Connected(cipher=cipher):
                return f"Connected ({cipher})"
            case ev.RemoteResolved(bu=bu, remote_dir=remote_dir):
                return f"{bu}: remote folder {remote_dir}"
            case ev.FileStarted(file, size, index, total, resume_offset):
                what = _started(size, resume_offset)
                return f"  [{index}/{total}] {file.folder}/{file.name} ({what})"
            case ev.FileDone(file=file, verified=verified):
                check = "size verified" if verified else "size not checkable on this server"
                return f"        done: {file.folder}/{file.name} ({check})"
            case ev.FileSkipped(file, reason):
                return f"  skipped {file.folder}/{file.name}: {reason}"
            case ev.FileFailed(file=file, message=message, hint=hint):
                return f"  FAILED {file.folder}/{file.name}: {message}\n         {hint}"
            case ev.RetryScheduled(attempt, most, delay, _, cause):
                return (
                    f"Attempt {attempt} of {most} failed: {cause}\n"
                    f"  retrying in {delay:g} s (attempt {attempt + 1} of {most})"
                )
            case ev.RunWarning(message):
                return f"warning: {message}"
            case ev.SessionReopened(reason):
                return f"  {reason} Reopened it on the same connection (no attempt used)."
        return None

    def _show_progress(self, event: ev.FileProgress) -> None:
        if not self.live_progress or not event.size:
            return
        percent = 100 * event.bytes_done // event.size
        # Several files are sent at once, so the line names the one it speaks of; the
        # padding wipes what a longer line before it left on the screen.
        file = event.file
        line = f"        {file.folder}/{file.name}: {percent:3d}% of {human_size(event.size)}"
        self.out.write("\r" + line.ljust(self._progress_width))
        self.out.flush()
        self._progress_width = len(line)
        self._progress_shown = True

    def _end_progress(self) -> None:
        if self._progress_shown:
            self.out.write("\n")
            self._progress_shown = False
            self._progress_width = 0


def _started(size: int, resume_offset: int) -> str:
    if not resume_offset:
        return human_size(size)
    return (
        f"{human_size(size)}, resuming at byte {resume_offset:,} ({human_size(resume_offset)}) "
        "of an earlier upload"
    )


def print_summary(out: TextIO, result: ev.RunFinished | ev.RunFailed) -> None:
    """What reached the server, file by file, and what did not.

    Each file gets its status, the bytes sent for it over all attempts, the attempts
    it took, where a resumed upload started, and the reason of a failure or a skip.
    """
    summary = result.summary
    if isinstance(result, ev.RunFailed):
        print(f"\n{summary.bu or 'Upload'}: {TITLES[result.kind]}: {result.message}", file=out)
        print(f"  next step: {result.hint}", file=out)
        if result.kind is ErrorKind.HOST_KEY_UNKNOWN:
            print(
                "  here: pass --host-key-fingerprint with the fingerprint IT gave you, or "
                "--accept-new-host-key once you have compared it.",
                file=out,
            )
    reached = summary.reached_server
    sent = [o for o in summary.outcomes if o.status is not ev.FileStatus.SKIPPED]
    where = summary.remote_dir or "the server"
    if sent:
        print(f"\n{summary.bu}: {len(reached)} of {len(sent)} files reached {where}", file=out)
    else:
        # Every file was left out (unchanged, or the policy keeps what is there).
        print(f"\n{summary.bu}: no file needed sending to {where}", file=out)
    for reason in POLICY_REASONS:
        kept = sum(1 for o in summary.outcomes if o.detail == reason)
        if kept:
            print(f"  {count_words(kept, 'file')} not sent: {reason}", file=out)
    # Stopped before any file was sent (a login, a host key, the network): one line says
    # it, where a list of hundreds of names would bury the reason above.
    none_sent = len(sent) > 1 and all(_untouched(o) for o in sent)
    if none_sent:
        print(f"  pending   all {count_words(len(sent), 'file')}: none was sent", file=out)
    for outcome in summary.outcomes:
        if none_sent and outcome.status is not ev.FileStatus.SKIPPED:
            continue
        print(f"  {outcome.status:<9} {outcome.file.folder}/{outcome.file.name}", file=out)
        facts = _facts(outcome)
        if facts:
            print(f"            {facts}", file=out)
    attempts = f" in {count_words(summary.attempts, 'attempt')}" if summary.attempts else ""
    print(f"  {human_size(summary.bytes_sent)} sent{attempts}", file=out)
    out.flush()


def _untouched(outcome: ev.FileOutcome) -> bool:
    return outcome.status is ev.FileStatus.PENDING and not outcome.attempts


def _facts(outcome: ev.FileOutcome) -> str:
    """One line of what a file cost and why it ended as it did."""
    if outcome.status is ev.FileStatus.SKIPPED:
        return outcome.detail
    facts = []
    if outcome.attempts:
        facts.append(f"{human_size(outcome.bytes_sent)} sent")
        facts.append(count_words(outcome.attempts, "attempt"))
    if outcome.resumed_from:
        facts.append(f"resumed at byte {outcome.resumed_from:,}")
    if outcome.status is ev.FileStatus.UPLOADED:
        facts.append("size not checkable on this server")
    if outcome.detail:
        facts.append(outcome.detail)
    return "; ".join(facts)


def count_words(number: int, noun: str) -> str:
    """The console's English plurals: 1 file, 2 files."""
    return f"{number} {noun}" if number == 1 else f"{number} {noun}s"
