import argparse

import pytest

from desktop_uploader import cli
from desktop_uploader.engine import ErrorKind, RetryPolicy
from desktop_uploader.engine.events import (
    FileOutcome,
    FileRef,
    FileStatus,
    RunFailed,
    RunFinished,
    RunSummary,
)


def _args(*argv):
    return cli.build_parser().parse_args(["upload", *argv])


def test_environment_supplies_what_options_leave_out(monkeypatch):
    monkeypatch.setenv("SFTP_HOST", "127.0.0.1")
    monkeypatch.setenv("SFTP_PORT", "2222")
    monkeypatch.setenv("SFTP_USERNAME", "analyst")
    server = cli.server_from_args(_args())
    assert (server.host, server.port, server.username) == ("127.0.0.1", 2222, "analyst")


def test_an_explicit_option_wins_over_the_environment(monkeypatch):
    monkeypatch.setenv("SFTP_HOST", "from-env")
    monkeypatch.setenv("SFTP_USERNAME", "analyst")
    assert cli.server_from_args(_args("--host", "127.0.0.1")).host == "127.0.0.1"


@pytest.mark.parametrize("flag", ["--bu", "--host", "--user", "--port"])
def test_an_option_given_empty_is_bad_input_not_a_fallback(monkeypatch, tmp_path, flag):
    monkeypatch.setenv("SFTP_HOST", "127.0.0.1")
    monkeypatch.setenv("SFTP_USERNAME", "analyst")
    monkeypatch.setenv("SFTP_PORT", "22")
    monkeypatch.setenv("BUSINESS_UNIT", "italy_galbani")
    code = cli.main(["upload", "--app-dir", str(tmp_path), flag, ""])
    assert code == 2


def test_a_hostile_bu_is_refused_before_any_connection(tmp_path, capsys):
    # Port 9 on loopback has no server: reaching it would print an attempt line.
    code = cli.main(
        [
            "upload",
            "--bu",
            "../../etc_passwd",
            "--app-dir",
            str(tmp_path),
            "--host",
            "127.0.0.1",
            "--port",
            "9",
            "--user",
            "analyst",
        ]
    )
    out = capsys.readouterr()
    assert code == 2
    assert "Attempt" not in out.out
    assert "not valid" in out.out + out.err


def test_a_bu_given_twice_is_refused_before_any_connection(tmp_path, capsys):
    (tmp_path / "outputs/italy_galbani").mkdir(parents=True)
    argv = ["upload", "--bu", "italy_galbani", "--bu", "italy_galbani"]
    # Port 9 on loopback has no server: reaching it would print an attempt line.
    argv += ["--app-dir", str(tmp_path), "--host", "127.0.0.1", "--port", "9", "--user", "a"]

    code = cli.main(argv)

    out = capsys.readouterr()
    assert code == 2
    assert "Attempt" not in out.out
    assert "--bu italy_galbani is given twice" in out.err


@pytest.mark.parametrize("logs", ["missing", "Baseline_Table.xlsx"])
def test_a_logs_option_that_is_no_folder_is_refused_before_any_connection(logs, tmp_path, capsys):
    outputs = tmp_path / "outputs/italy_galbani"
    outputs.mkdir(parents=True)
    (outputs / "Baseline_Table.xlsx").write_bytes(b"x")
    argv = ["upload", "--bu", "italy_galbani", "--outputs", str(outputs)]
    argv += ["--logs", str(outputs / logs) if logs != "missing" else str(tmp_path / logs)]
    argv += ["--host", "127.0.0.1", "--port", "9", "--user", "a"]

    code = cli.main(argv)

    out = capsys.readouterr()
    assert code == 2
    assert "Attempt" not in out.out
    assert "--logs" in out.err


def test_no_password_without_a_terminal_is_bad_input(tmp_path, capsys, fail_keyring):
    (tmp_path / "outputs/italy_galbani").mkdir(parents=True)
    code = cli.main(
        [
            "upload",
            "--bu",
            "italy_galbani",
            "--app-dir",
            str(tmp_path),
            "--host",
            "127.0.0.1",
            "--port",
            "9",
            "--user",
            "analyst",
        ]
    )
    assert code == 2
    assert "SFTP_PASSWORD" in capsys.readouterr().err


def _finished(*statuses, kinds=()):
    kinds = kinds or (None,) * len(statuses)
    outcomes = tuple(
        FileOutcome(FileRef("a_b", "outputs", f"{i}"), FileStatus(s), 1, kind=kind)
        for i, (s, kind) in enumerate(zip(statuses, kinds, strict=True))
    )
    return RunFinished(RunSummary("a_b", "/x", outcomes))


DENIED = ErrorKind.PERMISSION_DENIED
FULL = ErrorKind.REMOTE_FILE


def _failed(kind):
    return RunFailed(kind, "m", "h", RunSummary("a_b", None))


@pytest.mark.parametrize(
    ("results", "code"),
    [
        ([_finished("verified", "skipped")], 0),
        ([_finished("verified", "failed")], 8),
        ([_failed(ErrorKind.AUTH_FAILED)], 3),
        ([_failed(ErrorKind.REMOTE_NOT_FOUND)], 4),
        ([_failed(ErrorKind.NETWORK)], 5),
        ([_failed(ErrorKind.HOST_KEY_CHANGED)], 6),
        ([_failed(ErrorKind.PERMISSION_DENIED)], 7),
        ([_failed(ErrorKind.CANCELLED)], 130),
        ([_failed(ErrorKind.NETWORK), _failed(ErrorKind.NETWORK)], 5),
        ([_failed(ErrorKind.NETWORK), _finished("verified")], 8),
        ([_failed(ErrorKind.NETWORK), _failed(ErrorKind.AUTH_FAILED)], 8),
        # Every file failed the same way: that way's code, whatever was skipped.
        ([_finished("failed", "failed", kinds=(DENIED, DENIED))], 7),
        ([_finished("failed", "skipped", kinds=(DENIED, None))], 7),
        ([_finished("failed", "failed", kinds=(DENIED, FULL))], 8),
        ([_finished("failed", "verified", kinds=(DENIED, None))], 8),
        ([_finished("failed", kinds=(FULL,))], 8),
        ([_finished("failed", kinds=(DENIED,)), _finished("failed", kinds=(DENIED,))], 7),
        ([_finished("failed", kinds=(DENIED,)), _finished("verified")], 8),
    ],
)
def test_exit_codes(results, code):
    assert cli.combined_exit_code(results) == code


@pytest.mark.parametrize(
    "argv",
    [
        ["--app-dir", ""],
        ["--outputs", " "],
        ["--known-hosts", ""],
        ["--key-file", ""],
    ],
)
def test_empty_paths_are_bad_input_in_the_words_of_every_other_option(argv, tmp_path, capsys):
    base = ["upload", "--bu", "italy_galbani", "--host", "127.0.0.1", "--user", "a"]
    if "--app-dir" not in argv and "--outputs" not in argv:
        base += ["--app-dir", str(tmp_path)]
    code = cli.main([*base, *argv])
    err = capsys.readouterr().err
    assert code == 2
    assert err.startswith(f"error: {argv[0]} was given empty.\n")
    assert f"  next step: Give a path to {argv[0]}, or omit it.\n" in err
    assert "usage:" not in err


@pytest.mark.parametrize(
    ("environment", "argv", "said", "next_step"),
    [
        ({"SFTP_PORT": "abc"}, [], "SFTP_PORT='abc' is not a port number (1 to 65535).",
         "Set SFTP_PORT to a number such as 22, or pass --port 22."),
        ({"SFTP_PORT": "70000"}, [], "SFTP_PORT='70000' is not a port number",
         "Set SFTP_PORT to a number such as 22"),
        ({}, ["--port", "\u00b2"], "--port '\u00b2' is not a port number (1 to 65535).",
         "Give a number such as --port 22."),
        ({"SFTP_PORT": "abc"}, ["--port", "x22"], "--port 'x22' is not a port number",
         "Give a number such as --port 22."),
        ({"BUSINESS_UNIT": "italy galbani"}, [],
         "It comes from the environment variable BUSINESS_UNIT.",
         "Correct BUSINESS_UNIT, or pass --bu."),
    ],
)  # fmt: skip
def test_a_bad_value_names_the_variable_or_option_it_came_from(
    environment, argv, said, next_step, monkeypatch, tmp_path, capsys
):
    monkeypatch.setenv("BUSINESS_UNIT", "italy_galbani")
    for name, value in environment.items():
        monkeypatch.setenv(name, value)
    code = cli.main(
        ["upload", "--app-dir", str(tmp_path), "--host", "127.0.0.1", "--user", "a", *argv]
    )
    err = capsys.readouterr().err
    assert code == 2
    assert said in err and next_step in err


def test_every_upload_option_has_a_help_text():
    parser = cli.build_parser()
    upload = next(
        action.choices["upload"]
        for action in parser._actions
        if isinstance(action, argparse._SubParsersAction)
    )
    silent = [
        action.option_strings[0]
        for action in upload._actions
        if action.option_strings and action.help in (None, "", argparse.SUPPRESS)
    ]
    assert silent == []


@pytest.mark.parametrize(
    ("argv", "example"),
    [
        (["--max-attempts", "0"], "--max-attempts 5"),
        (["--max-attempts", "two"], "--max-attempts 5"),
        (["--max-attempts", "2.5"], "--max-attempts 5"),
        (["--max-attempts", "1000"], "--max-attempts 5"),
        (["--base-delay", "-5"], "--base-delay 5"),
        (["--base-delay", "inf"], "--base-delay 5"),
        (["--max-delay", "soon"], "--max-delay 5"),
        (["--max-delay", "nan"], "--max-delay 5"),
        (["--stall-timeout", "0"], "--stall-timeout 60"),
        (["--stall-timeout", "nan"], "--stall-timeout 60"),
        (["--stall-timeout", "-1"], "--stall-timeout 60"),
        (["--stall-timeout", "1e9"], "--stall-timeout 60"),
    ],
)
def test_impossible_numbers_are_bad_input_before_any_connection(argv, example, tmp_path, capsys):
    # Port 9 on loopback has no server: reaching it would print an attempt line. A dry
    # run would connect too (to compare files), so it must be refused as early.
    code = cli.main(
        [
            "upload",
            "--bu",
            "italy_galbani",
            "--app-dir",
            str(tmp_path),
            "--host",
            "127.0.0.1",
            "--port",
            "9",
            "--user",
            "a",
            "--dry-run",
            *argv,
        ]  # fmt: skip
    )
    out = capsys.readouterr()
    assert code == 2
    assert "Attempt" not in out.out and "Dry run" not in out.out
    assert f"error: {argv[0]} {argv[1]!r} is not valid: give " in out.err
    assert f"next step: For example: {example}." in out.err


@pytest.mark.parametrize(
    ("base", "problem"),
    [
        ("/data/to\nstartflow", "contains a control character"),
        ("/data/to/startflow\t", "contains a control character"),
        ("/data/\x00x", "contains a control character"),
        ("/data/\u202ex", "contains a control character"),  # right-to-left override
        ("data/to/startflow", "must be an absolute path"),
    ],
)
def test_a_remote_base_that_is_relative_or_holds_control_characters_is_bad_input(
    base, problem, tmp_path, capsys
):
    code = cli.main(
        [
            "upload",
            "--bu",
            "italy_galbani",
            "--app-dir",
            str(tmp_path),
            "--host",
            "127.0.0.1",
            "--port",
            "9",
            "--user",
            "a",
            "--remote-base",
            base,
        ]  # fmt: skip
    )
    out = capsys.readouterr()
    assert code == 2
    assert "Attempt" not in out.out
    assert f"error: --remote-base {base!r} {problem}" in out.err
    assert "next step: Example: /data/to/startflow." in out.err


def test_numbers_in_range_make_the_policy_and_the_stall_timeout():
    args = _args("--max-attempts", "3", "--base-delay", "0.5", "--max-delay", "2", "--host",
                 "h", "--user", "u", "--stall-timeout", "1.5")  # fmt: skip
    assert cli.policy_from_args(args) == RetryPolicy(3, 0.5, 2.0)
    assert cli.server_from_args(args).stall_timeout == 1.5
    assert cli.policy_from_args(_args()) == RetryPolicy()


def test_a_cancel_wins_the_exit_code_of_several_bus():
    results = [_finished("verified"), _failed(ErrorKind.CANCELLED)]
    assert cli.combined_exit_code(results) == 130


@pytest.mark.parametrize("given", ["outputs", "outputs/italy_galbani"])
def test_an_outputs_folder_given_as_app_dir_is_told_as_such(tmp_path, capsys, given):
    bu_folder = tmp_path / "app" / "outputs" / "italy_galbani"
    bu_folder.mkdir(parents=True)
    (bu_folder / "Summary.xlsx").write_bytes(b"results")
    app_dir = tmp_path / "app" / given

    code = cli.main(
        ["upload", "--app-dir", str(app_dir), "--bu", "italy_galbani", "--host", "127.0.0.1"]
        + ["--port", "9", "--user", "a"]
    )

    printed = capsys.readouterr()
    assert code == 2
    assert f"--app-dir {app_dir} points into an outputs folder" in printed.err
    assert "next step: Pass the app/ folder with --app-dir, or one BU's outputs" in printed.err
    assert "Attempt 1" not in printed.out
