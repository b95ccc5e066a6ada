"""The demo walk-through: a sample pipeline folder uploaded to a local demo server."""

from __future__ import annotations

import tempfile
import threading
from pathlib import Path
from typing import TextIO

from desktop_uploader.cli_output import EventPrinter, print_summary
from desktop_uploader.engine import Credentials, Secret, ServerSettings, UploadJob, run_upload
from desktop_uploader.engine.errors import EXIT_CODES, ErrorKind
from desktop_uploader.engine.events import FileStatus, RunFinished

DEMO_BU = "italy_galbani"
# Left in a --workdir the demo has filled, so that running it there again is allowed.
DEMO_MARK = ".desktop-uploader-demo"


def run_demo(workdir: Path | None, out: TextIO) -> int:
    """Start the demo server, upload one sample BU to it and list what arrived.

    Returns:
        0 when every file arrived, else the engine's exit code.
    """
    from desktop_uploader.demo import INSTALL_HINT, demo_available

    if not demo_available():
        print(f"The demo needs asyncssh: {INSTALL_HINT}", file=out)
        return EXIT_CODES[ErrorKind.BAD_INPUT]
    if workdir is not None:
        if _holds_a_real_app(workdir):
            print(
                f"{workdir} already holds an app folder that the demo did not write: "
                "the sample files would replace files of the same name in it. "
                "Give --workdir an empty or new folder.",
                file=out,
            )
            return EXIT_CODES[ErrorKind.BAD_INPUT]
        workdir.mkdir(parents=True, exist_ok=True)
        (workdir / DEMO_MARK).touch()
        return _run_in(workdir, out)
    # Without a folder of the user's choice the demo leaves nothing behind.
    with tempfile.TemporaryDirectory(prefix="desktop-uploader-demo-") as scratch:
        return _run_in(Path(scratch), out)


def _holds_a_real_app(workdir: Path) -> bool:
    return (workdir / "app").exists() and not (workdir / DEMO_MARK).exists()


def _run_in(work: Path, out: TextIO) -> int:
    from desktop_uploader.demo import DemoServer, make_sample_app

    app = make_sample_app(work)
    print(f"Sample pipeline folder: {app}", file=out)
    with DemoServer(root=work / "server") as server:
        print(
            f"Demo SFTP server on {server.host}:{server.port}, key {server.host_key_fingerprint}\n",
            file=out,
        )
        result = _upload_sample(server, app, out)
        print_summary(out, result)
        _list_arrivals(server.root, out)
    all_arrived = isinstance(result, RunFinished) and not result.summary.count(FileStatus.FAILED)
    return 0 if all_arrived else 1


def _upload_sample(server, app: Path, out: TextIO):
    settings = ServerSettings(
        host=server.host,
        port=server.port,
        username=server.username,
        # A file of the demo's own, so that the demo never touches the user's trust store.
        known_hosts_file=app.parent / "demo_known_hosts",
    )
    return run_upload(
        UploadJob.from_app_dir(app, DEMO_BU),
        settings,
        Credentials(password=Secret(server.password)),
        EventPrinter(out),
        threading.Event(),
        pinned_fingerprint=server.host_key_fingerprint,
    )


def _list_arrivals(root: Path, out: TextIO) -> None:
    print("\nOn the demo server now:", file=out)
    base = root / "data" / "to" / "startflow"
    for path in sorted(base.rglob("*")):
        if path.is_file():
            print(f"  /{path.relative_to(root)}  ({path.stat().st_size:,} bytes)", file=out)
