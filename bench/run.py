"""Upload benchmark: our console command against OpenSSH sftp and scp, interleaved.

Run from the repository root, as root (the private sshd needs it)::

    python -m bench.run --quick          # small sizes, about 2 minutes
    python -m bench.run --full           # the sizes of the performance issue
    python -m bench.run --full --only big,small --tools engine,sftp --rounds 5

Every client is a separate process, measured whole (start-up included): wall time,
CPU time and peak RSS from ``os.wait4``. Tools take turns within each round, and the
order rotates from round to round, so a slow moment of the machine hits all of them.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import sys
import tempfile
import time
from pathlib import Path

from bench import report, scenarios, tools
from bench.scenarios import Scenario
from bench.server import FaultProxy, KeyLoginServer, SshUser, make_client_key, skip_reason

RESULTS = Path(__file__).resolve().parent / "results"
BU = "italy_galbani"
REMOTE_DIR = f"/data/to/startflow/italy/{BU}/outputs"
TOOLS = ("engine", "sftp", "scp")
RESUMED_AT = re.compile(r"resuming at byte ([\d,]+)")


def main(argv: list[str] | None = None) -> int:
    args = _parse(argv)
    reason = skip_reason()
    if reason:
        print(f"cannot run the benchmark here: {reason}", file=sys.stderr)
        return 2
    chosen = [s for s in (scenarios.QUICK if args.quick else scenarios.FULL)]
    if args.only:
        chosen = [s for s in chosen if s.name in args.only.split(",")]
    for scenario in chosen:
        scenarios.ensure_data(scenario)
    engines = {name: tools.describe_checkout(path) for name, path in args.engines.items()}
    for name, commit in engines.items():
        print(f"{name}: the engine of {args.engines[name]} at {commit}", flush=True)
        tools.compile_bytecode(args.engines[name])
    results = _run_all(chosen, args)
    text = report.table(results)
    print("\n" + text)
    _save(results, text, args, engines)
    return 0 if all(not r.failures for r in results) else 1


def _parse(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="python -m bench.run", description=__doc__)
    size = parser.add_mutually_exclusive_group()
    size.add_argument("--quick", action="store_true", help="small sizes (default)")
    size.add_argument("--full", action="store_true", help="the issue's sizes (1 GiB...)")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--only", help="comma-separated scenarios: big,medium,small,vpn,resume")
    parser.add_argument("--tools", default=",".join(TOOLS), help="engine,sftp,scp")
    parser.add_argument("--label", default="", help="a note saved with the results")
    parser.add_argument("--timeout", type=float, default=900.0, help="per client run, s")
    parser.add_argument(
        "--engine",
        action="append",
        metavar="NAME=CHECKOUT",
        help="run the engine of another checkout (a git worktree of a baseline commit) as "
        "tool NAME; repeat to compare engines in one interleaved run",
    )
    args = parser.parse_args(argv)
    args.quick = not args.full
    args.engines = _engines(args.engine)
    wanted = [t for t in args.tools.split(",") if t]
    engines = list(args.engines) if "engine" in wanted or args.engine else []
    args.tools = tuple(engines + [t for t in wanted if t != "engine"])
    return args


def _engines(options: list[str] | None) -> dict[str, Path]:
    """Tool name to checkout: by default "engine", this repository."""
    if not options:
        return {"engine": tools.REPO}
    engines = {}
    for option in options:
        name, _, path = option.partition("=")
        engines[name] = Path(path).resolve() if path else tools.REPO
    return engines


def _run_all(chosen: list[Scenario], args: argparse.Namespace) -> list[report.Result]:
    user = SshUser.create()
    work = Path(tempfile.mkdtemp(prefix="du-bench-"))
    server: KeyLoginServer | None = None
    try:
        key, public = make_client_key(work / "key")
        server = KeyLoginServer(user, public).start()
        results: list[report.Result] = []
        for scenario in chosen:
            print(f"== {scenario.title}", flush=True)
            if scenario.resume:
                for name, checkout in args.engines.items():
                    results.append(_run_resume(server, scenario, key, work, args, name, checkout))
            else:
                results.extend(_run_scenario(server, scenario, key, work, args))
        return results
    finally:
        if server is not None:
            server.close()
        user.remove()
        shutil.rmtree(work, ignore_errors=True)


def _login(server: KeyLoginServer, port: int, key: Path, work: Path) -> tools.Login:
    """A login for ``port``, which is the server's own or a proxy's in front of it."""
    known_hosts = work / f"known_hosts_{port}"
    key_line = f"{server.host_key.get_name()} {server.host_key.get_base64()}"
    known_hosts.write_text(f"[{server.host}]:{port} {key_line}\n", encoding="ascii")
    return tools.Login(server.host, port, server.username, key, known_hosts, REMOTE_DIR, BU)


def _engine_env(server: KeyLoginServer, work: Path) -> dict[str, str]:
    return tools.engine_env(dict(os.environ), work / "app-home", server.password)


def _command(
    tool: str, login: tools.Login, scenario: Scenario, work: Path, args: argparse.Namespace
) -> list[str]:
    if tool in args.engines:
        return tools.engine_command(login, scenario.folder, ("--max-attempts", "1"))
    if tool == "sftp":
        return tools.sftp_command(login, scenario.folder, work)
    return tools.scp_command(login, scenario.files_on_disk())


def _run_scenario(
    server: KeyLoginServer, scenario: Scenario, key: Path, work: Path, args: argparse.Namespace
) -> list[report.Result]:
    proxy = None
    port = server.port
    if scenario.vpn:
        proxy = FaultProxy(
            server.port,
            delay_up=scenarios.VPN_DELAY,
            delay_down=scenarios.VPN_DELAY,
            rate_up=scenarios.VPN_RATE,
            rate_down=scenarios.VPN_RATE,
        ).start()
        port = proxy.port
    login = _login(server, port, key, work)
    env = _engine_env(server, work)
    results = {
        t: report.Result(scenario.name, scenario.title, t, scenario.total_bytes) for t in args.tools
    }
    try:
        for round_index in range(args.rounds):
            shift = round_index % len(args.tools)
            for tool in args.tools[shift:] + args.tools[:shift]:
                _one_run(server, scenario, tool, login, env, work, results[tool], args)
    finally:
        if proxy is not None:
            proxy.stop()
    return list(results.values())


def _one_run(
    server: KeyLoginServer,
    scenario: Scenario,
    tool: str,
    login: tools.Login,
    env: dict[str, str],
    work: Path,
    result: report.Result,
    args: argparse.Namespace,
) -> None:
    _fresh_remote_tree(server)
    cwd = args.engines.get(tool, tools.REPO)
    command = _command(tool, login, scenario, work, args)
    sample = tools.run_measured(command, env=env, timeout=args.timeout, cwd=cwd)
    stored = server.remote_files(REMOTE_DIR)
    complete = len(stored) == scenario.file_count and sum(stored.values()) == scenario.total_bytes
    if not sample.ok or not complete:
        result.failures += 1
        print(f"   {tool}: FAILED (exit {sample.returncode})\n{sample.output[:2000]}")
        return
    result.walls.append(sample.wall)
    result.cpus.append(sample.cpu)
    result.rss_kib.append(sample.max_rss_kib)
    result.others_cpus.append(sample.others_cpu)
    result.ciphers.append(tools.cipher_of(tool in args.engines, sample.output))
    print(
        f"   {tool:6s} {sample.wall:7.2f} s  cpu {sample.cpu:6.2f} s  "
        f"others {sample.others_cpu:6.2f} s  rss {sample.max_rss_kib / 1024:5.0f} MiB",
        flush=True,
    )


def _fresh_remote_tree(server: KeyLoginServer) -> None:
    """Empty the server's tree and let the disk settle before the next client starts.

    The kernel writes a run's files to disk later, on the same two cores: without the
    sync, the next client (often another tool) would pay for the last one's writes.
    """
    server.reset_remote_tree()
    os.sync()


def _run_resume(
    server: KeyLoginServer,
    scenario: Scenario,
    key: Path,
    work: Path,
    args: argparse.Namespace,
    name: str,
    checkout: Path,
) -> report.Result:
    """Engine only: bytes sent again after a cut at 60%, against a clean run's bytes."""
    result = report.Result(scenario.name, scenario.title, name, scenario.total_bytes)
    extra = ("--max-attempts", "3", "--base-delay", "0.2")
    env = _engine_env(server, work)
    with FaultProxy(server.port) as proxy:
        login = _login(server, proxy.port, key, work)
        command = tools.engine_command(login, scenario.folder, extra)
        for _ in range(args.rounds):
            clean, _ = _upstream_bytes(server, proxy, command, env, args, checkout)
            proxy.set_fault("cut", int(scenarios.CUT_AT * scenario.total_bytes))
            started = time.perf_counter()
            cut, output = _upstream_bytes(server, proxy, command, env, args, checkout)
            result.walls.append(time.perf_counter() - started)
            if clean is None or cut is None:
                result.failures += 1
                continue
            # The extra bytes of a cut run over a clean one are what was sent twice (plus a
            # second login, a few kilobytes).
            result.resent.append(max(0, cut - clean))
            found = RESUMED_AT.search(output)
            resumed = int(found.group(1).replace(",", "")) if found else 0
            print(
                f"   {name} re-sent {(cut - clean) / 1e6:.2f} MB; cut after "
                f"{scenarios.CUT_AT * scenario.total_bytes / 1e6:.2f} MB, "
                f"resumed at {resumed / 1e6:.2f} MB",
                flush=True,
            )
    return result


def _upstream_bytes(
    server: KeyLoginServer,
    proxy: FaultProxy,
    command: list[str],
    env: dict[str, str],
    args: argparse.Namespace,
    checkout: Path,
) -> tuple[int | None, str]:
    """Bytes the client sent through the proxy in one run, and the run's output."""
    _fresh_remote_tree(server)
    before = proxy.bytes_up
    sample = tools.run_measured(command, env=env, timeout=args.timeout, cwd=checkout)
    if not sample.ok:
        print(f"   engine: FAILED (exit {sample.returncode})\n{sample.output[:2000]}")
        return None, sample.output
    return proxy.bytes_up - before, sample.output


def _save(
    results: list[report.Result], text: str, args: argparse.Namespace, engines: dict[str, str]
) -> None:
    RESULTS.mkdir(exist_ok=True)
    stamp = time.strftime("%Y%m%d-%H%M%S")
    kind = "quick" if args.quick else "full"
    data = {
        "when": stamp,
        "kind": kind,
        "label": args.label,
        "engines": {name: f"{args.engines[name]} at {at}" for name, at in engines.items()},
        "rounds": args.rounds,
        "load_average_at_end": os.getloadavg(),
        "results": [r.as_dict() for r in results],
        "table": text,
    }
    path = RESULTS / f"{stamp}-{kind}.json"
    path.write_text(json.dumps(data, indent=2), encoding="utf-8")
    print(f"\nsaved {path.relative_to(Path.cwd()) if path.is_relative_to(Path.cwd()) else path}")


if __name__ == "__main__":
    sys.exit(main())
