"""The console's extras without a server: profile precedence, --all, history output."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from desktop_uploader import cli, cli_commands, history, paths
from desktop_uploader.engine import ErrorKind, ServerSettings
from desktop_uploader.engine import events as ev
from desktop_uploader.engine.preview import BUPreview, Preview, PreviewProblem
from desktop_uploader.engine.settings import DEFAULT_REMOTE_BASE

PIN = "SHA256:" + "B" * 43


def _args(*argv):
    return cli.build_parser().parse_args(["upload", *argv])


def _profile_file(tmp_path, extra: str = ""):
    path = tmp_path / "prod.toml"
    path.write_text(
        f'name = "Prod"\nhost = "sftp.example.com"\nport = 2222\nusername = "it_user"\n'
        f'remote_base = "/srv/in"\nhost_key_fingerprint = "{PIN}"\n'
        f'skip_patterns = ["*.bak"]\n{extra}',
        encoding="utf-8",
    )
    return path


def test_a_profile_fills_what_the_options_leave_out_and_beats_the_environment(
    tmp_path, monkeypatch
):
    monkeypatch.setenv("SFTP_HOST", "from-env.example.com")
    monkeypatch.setenv("SFTP_PORT", "22")
    args = _args("--profile", str(_profile_file(tmp_path)), "--user", "explicit")

    profile = cli_commands.prepare_args(args)
    server = cli.server_from_args(args)

    assert profile is not None and profile.name == "Prod"
    assert (server.host, server.port, server.username) == ("sftp.example.com", 2222, "explicit")
    assert server.remote_base == "/srv/in"
    assert args.host_key_fingerprint == PIN


def test_explicit_options_win_over_the_profile(tmp_path):
    other = "SHA256:" + "C" * 43
    args = _args(
        "--profile",
        str(_profile_file(tmp_path)),
        "--host",
        "127.0.0.1",
        "--remote-base",
        "/x",
        "--host-key-fingerprint",
        other,
    )
    cli_commands.prepare_args(args)
    assert (args.host, args.remote_base, args.host_key_fingerprint) == ("127.0.0.1", "/x", other)


def test_the_profile_skip_patterns_go_to_every_job(tmp_path):
    args = _args("--profile", str(_profile_file(tmp_path)), "--app-dir", str(tmp_path))
    args.bu = ["italy_galbani", "france_president"]
    cli_commands.prepare_args(args)
    jobs = cli_commands.with_profile(args, cli.jobs_from_args(args))
    assert [job.skip_patterns for job in jobs] == [("*.bak",), ("*.bak",)]


@pytest.mark.parametrize(
    ("profile_policy", "option", "expected"),
    [
        (None, None, "always"),
        ("when_changed", None, "when_changed"),
        ("when_changed", "never", "never"),
        (None, "when-changed", "when_changed"),
    ],
)
def test_the_replace_option_wins_over_the_profile_policy(
    tmp_path, profile_policy, option, expected
):
    argv = ["--app-dir", str(tmp_path), "--bu", "italy_galbani"]
    if profile_policy is not None:
        extra = f'replace_policy = "{profile_policy}"\n'
        argv += ["--profile", str(_profile_file(tmp_path, extra))]
    if option is not None:
        argv += ["--replace", option]
    args = _args(*argv)
    cli_commands.prepare_args(args)

    [job] = cli_commands.with_profile(args, cli.jobs_from_args(args))

    assert job.replace_policy == expected


def test_an_unknown_replace_policy_is_a_usage_error(capsys):
    with pytest.raises(SystemExit) as caught:
        _args("--replace", "sometimes")
    assert caught.value.code == 2
    assert "always, when-changed or never" in capsys.readouterr().err


def test_without_a_profile_the_remote_base_is_the_default():
    args = _args()
    assert cli_commands.prepare_args(args) is None
    assert args.remote_base == DEFAULT_REMOTE_BASE


def test_a_bad_profile_or_an_empty_remote_base_exits_2_before_any_password(tmp_path, capsys):
    bad = tmp_path / "bad.toml"
    bad.write_text('name = "X"\nhost = "h"\nport = "22"\n', encoding="utf-8")
    assert cli.main(["upload", "--profile", str(bad), "--bu", "italy_galbani"]) == 2
    assert "'port'" in capsys.readouterr().err
    assert cli.main(["upload", "--remote-base", "", "--bu", "italy_galbani"]) == 2
    assert cli.main(["upload", "--profile", "nothing-stored", "--bu", "italy_galbani"]) == 2


def test_all_takes_every_bu_folder_and_leaves_out_other_folders(tmp_path, capsys):
    outputs = tmp_path / "app" / "outputs"
    for name in ("italy_galbani", "france_president", "archive", ".cache"):
        (outputs / name).mkdir(parents=True)
    (outputs / "notes.txt").write_text("x")
    args = _args("--app-dir", str(tmp_path / "app"), "--all")

    cli_commands.prepare_args(args)

    assert args.bu == ["france_president", "italy_galbani"]
    err = capsys.readouterr().err
    assert "archive is not named like a BU" in err and ".cache" not in err


@pytest.mark.parametrize(
    "argv",
    [
        ["--all"],
        ["--all", "--app-dir", "APP", "--bu", "italy_galbani"],
        ["--all", "--app-dir", "EMPTY"],
    ],
)
def test_all_without_an_app_folder_of_bus_is_bad_input(tmp_path, argv):
    (tmp_path / "app" / "outputs" / "italy_galbani").mkdir(parents=True)
    (tmp_path / "empty").mkdir()
    paths = {"APP": str(tmp_path / "app"), "EMPTY": str(tmp_path / "empty")}
    with pytest.raises(cli_commands.BadInputError):
        cli_commands.prepare_args(_args(*[paths.get(a, a) for a in argv]))


def test_a_dry_run_exit_code_follows_the_upload_rules():
    ok = BUPreview("italy_galbani", "/r")
    missing = BUPreview(
        "spain_ebro", problem=PreviewProblem(ErrorKind.REMOTE_NOT_FOUND, "none", "check")
    )
    failure = PreviewProblem(ErrorKind.AUTH_FAILED, "refused", "check")

    def code(preview):
        return cli.combined_exit_code(cli_commands._as_results(preview))

    assert code(Preview((ok,))) == 0
    assert code(Preview((missing,))) == 4
    assert code(Preview((ok, missing))) == 8
    assert code(Preview((ok,), failure=failure)) == 3


def _store_one_run():
    outcome = ev.FileOutcome(
        ev.FileRef("italy_galbani", "outputs", "Baseline_Table.xlsx"),
        ev.FileStatus.VERIFIED,
        5000,
        remote_path="/r/outputs/Baseline_Table.xlsx",
        sha256="ef" * 32,
    )
    result = ev.RunFinished(ev.RunSummary("italy_galbani", "/r", (outcome,), 1))
    server = ServerSettings(host="sftp.example.com", username="analyst")
    clock = lambda: datetime(2024, 5, 6, 9, 30, tzinfo=UTC)  # noqa: E731
    history.HistoryRecorder(lambda event: None, server, "cli", clock=clock)(result)


def test_history_prints_runs_with_their_files_and_full_digests(capsys, tmp_path):
    _store_one_run()
    assert cli.main(["history", "--since", "2024-05-01", "--csv", str(tmp_path / "h.csv")]) == 0
    out = capsys.readouterr().out
    assert "italy_galbani  ok  analyst@sftp.example.com:22" in out
    assert "verified" in out and "ef" * 32 in out and "outputs/Baseline_Table.xlsx" in out
    assert (tmp_path / "h.csv").exists()
    assert cli.main(["history", "--since", "2024-05-07"]) == 0
    assert "No recorded run matches." in capsys.readouterr().out


def test_a_history_csv_that_cannot_be_written_is_bad_input(capsys, tmp_path):
    _store_one_run()
    for target in (tmp_path / "missing" / "h.csv", tmp_path):
        assert cli.main(["history", "--csv", str(target)]) == 2
        err = capsys.readouterr().err
        assert f"could not be written to {target}" in err and "next step" in err
        assert "Traceback" not in err


@pytest.mark.parametrize(
    "argv", [["--since", "06/05/2024"], ["--until", "2024-13-01"], ["--limit", "0"], ["--bu", ""]]
)
def test_history_options_that_make_no_sense_exit_2(argv, capsys):
    assert cli.main(["history", *argv]) == 2
    assert "next step" in capsys.readouterr().err


@pytest.mark.parametrize("argv", [["history"], ["diagnostics", "--out", "report.zip"]])
def test_commands_that_only_read_leave_the_run_logs_alone(tmp_path, monkeypatch, argv):
    monkeypatch.chdir(tmp_path)
    for number in range(1, 4):
        (paths.log_dir() / f"2024050{number}-000000-1-cli.log").write_text("an upload\n")

    assert cli.main(argv) == 0

    assert sorted(p.name for p in paths.log_dir().glob("*.log")) == [
        f"2024050{number}-000000-1-cli.log" for number in range(1, 4)
    ]
