"""The console streams and the worker thread of the console command."""

from __future__ import annotations

import io
import sys

import pytest

from desktop_uploader import cli, console


class _ClosedPipe(io.StringIO):
    """A stream whose reader has gone: every write and flush fails, as a pipe does."""

    def write(self, text: str) -> int:
        raise BrokenPipeError(32, "Broken pipe")

    def flush(self) -> None:
        raise BrokenPipeError(32, "Broken pipe")


def test_a_stream_whose_reader_went_away_swallows_every_later_write():
    stream = console.ConsoleStream(_ClosedPipe(), "the console output")

    assert stream.write("one line\n") == len("one line\n")
    stream.flush()
    print("another line", file=stream, flush=True)

    assert stream.reader_gone
    assert not stream.isatty()


def test_a_working_stream_passes_text_and_attributes_through():
    target = io.StringIO()
    stream = console.ConsoleStream(target, "the console output")

    print("hello", file=stream, flush=True)

    assert target.getvalue() == "hello\n"
    assert stream.getvalue() == "hello\n"  # any other attribute is the stream's own
    assert not stream.reader_gone


def test_tolerant_streams_put_the_original_streams_back():
    before = sys.stdout, sys.stderr
    with console.tolerant_streams():
        assert isinstance(sys.stdout, console.ConsoleStream)
        assert isinstance(sys.stderr, console.ConsoleStream)
    assert (sys.stdout, sys.stderr) == before


def test_run_in_thread_returns_what_the_work_returned():
    assert cli.run_in_thread(lambda cancel: ("done", cancel.is_set())) == ("done", False)


def test_run_in_thread_raises_the_work_s_own_error_in_the_caller():
    def broken(cancel):
        raise LookupError("the engine's own error")

    with pytest.raises(LookupError, match="the engine's own error"):
        cli.run_in_thread(broken)
