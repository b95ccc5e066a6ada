"""The console command's stdout and stderr, made safe for a reader that goes away.

A pipeline may pipe the command into ``head``, or its parent may stop reading and close
the pipe. The next write then fails with a broken pipe; left alone, that error would
end the upload half done. Here the console's streams swallow the failure instead: the
run goes on to its end, the run log still records it, and the exit code is the run's.
"""

from __future__ import annotations

import contextlib
import logging
import os
import sys
from collections.abc import Iterator
from typing import TextIO

log = logging.getLogger(__name__)


class ConsoleStream:
    """A text stream that stops writing, silently, once its reader has gone away.

    Every other attribute is the wrapped stream's own.
    """

    def __init__(self, stream: TextIO, name: str) -> None:
        self.wrapped = stream
        self.name = name
        self.reader_gone = False

    def write(self, text: str) -> int:
        if not self.reader_gone:
            try:
                return self.wrapped.write(text)
            except (OSError, ValueError) as exc:
                self._on_reader_gone(exc)
        return len(text)

    def flush(self) -> None:
        if not self.reader_gone:
            try:
                self.wrapped.flush()
            except (OSError, ValueError) as exc:
                self._on_reader_gone(exc)

    def isatty(self) -> bool:
        if self.reader_gone:
            return False
        try:
            return self.wrapped.isatty()
        except (OSError, ValueError):
            return False

    def __getattr__(self, name: str) -> object:
        return getattr(self.wrapped, name)

    def _on_reader_gone(self, exc: BaseException) -> None:
        # A broken pipe (EPIPE; EINVAL on Windows), a closed or full output: whatever
        # it is, the console cannot show more, and the upload must not pay for it.
        self.reader_gone = True
        log.warning(
            "Nothing more is printed on %s (%s: %s); the run goes on, and this log "
            "keeps its record",
            self.name,
            type(exc).__name__,
            exc,
        )
        _point_at_devnull(self.wrapped)


def _point_at_devnull(stream: TextIO) -> None:
    """Send the stream's file descriptor to the null device.

    Python flushes stdout once more when it exits; into a broken pipe that flush would
    print "Exception ignored ... BrokenPipeError" and change the exit code to 120.
    """
    try:
        descriptor = stream.fileno()
        null = os.open(os.devnull, os.O_WRONLY)
    except (OSError, ValueError):
        return  # not a real file (a test's captured output): nothing flushes it later
    try:
        os.dup2(null, descriptor)
    except OSError as exc:
        log.info("Could not silence %s: %s", stream, exc)
    finally:
        os.close(null)


@contextlib.contextmanager
def tolerant_streams() -> Iterator[None]:
    """Make sys.stdout and sys.stderr survive a closed reader, then put them back.

    A console that cannot encode a character (a Windows console in cp1252 shown a Greek
    file name, a name whose bytes are not text at all) prints it as an escape instead
    of crashing.
    """
    originals = sys.stdout, sys.stderr
    for stream in originals:
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            with contextlib.suppress(OSError, ValueError):
                reconfigure(errors="backslashreplace")
    # Without a console (pythonw on Windows) the streams are None: print() skips them.
    if sys.stdout is not None:
        sys.stdout = ConsoleStream(sys.stdout, "the console output")
    if sys.stderr is not None:
        sys.stderr = ConsoleStream(sys.stderr, "the console's error output")
    try:
        yield
    finally:
        # Flushed through the wrappers, so that a reader gone by now is no error at exit.
        for stream in (sys.stdout, sys.stderr):
            if stream is not None:
                stream.flush()
        sys.stdout, sys.stderr = originals
