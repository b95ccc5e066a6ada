"""Several business units in one run: one login for all of them, each with its own
result, and a lost connection opened again for the BU that lost it only."""

from __future__ import annotations

import threading

import pytest
from upload_helpers import FAST_POLICY, Recorder, make_app, random_bytes, server_settings

from desktop_uploader.engine import Credentials, ErrorKind, Secret, UploadJob, run_uploads
from desktop_uploader.engine import events as ev
from desktop_uploader.engine.preview import preview_uploads

BASE = "/data/to/startflow"


def _three_bus(tmp_path, server, *, big: int = 0):
    """italy_galbani and france_president exist on the server; spain_ebro does not."""
    server.make_remote_dir(f"{BASE}/france", owner="root")
    server.make_remote_dir(f"{BASE}/france/france_president")
    app = make_app(tmp_path, "italy_galbani", files={"Baseline_Table.xlsx": b"g" * 5000})
    make_app(tmp_path, "spain_ebro", files={"Baseline_Table.xlsx": b"e" * 100})
    second = random_bytes(big) if big else b"f" * 3000
    make_app(tmp_path, "france_president", files={"Baseline_Table.xlsx": second})
    bus = ("italy_galbani", "spain_ebro", "france_president")
    return [UploadJob.from_app_dir(app, bu) for bu in bus]


def _run(server, jobs, settings):
    recorder = Recorder()
    results = run_uploads(
        jobs,
        settings,
        Credentials(password=Secret(server.password)),
        recorder,
        threading.Event(),
        policy=FAST_POLICY,
    )
    return results, recorder


def _logins(server, since: int) -> int:
    return server.log_text(since).count("Accepted password for")


def test_several_bus_share_one_login_and_each_gets_its_own_result(
    sshd_server, fault_proxy, tmp_path
):
    jobs = _three_bus(tmp_path, sshd_server)
    proxy = fault_proxy(sshd_server.port)
    settings = server_settings(sshd_server, tmp_path, port=proxy.port)
    mark = sshd_server.log_mark()

    results, recorder = _run(sshd_server, jobs, settings)

    assert proxy.connections == 1
    assert _logins(sshd_server, mark) == 1
    assert len(recorder.of(ev.ConnectionStarted)) == 1
    assert [e.bu for e in recorder.of(ev.BUStarted)] == [job.bu for job in jobs]
    galbani, ebro, president = results
    assert isinstance(galbani, ev.RunFinished) and isinstance(president, ev.RunFinished)
    # A BU without its folder fails alone, and the connection goes on for the next one.
    assert isinstance(ebro, ev.RunFailed) and ebro.kind is ErrorKind.REMOTE_NOT_FOUND
    assert f"{BASE}/spain/spain__ebro" in ebro.message
    remote = sshd_server.remote_files()
    assert remote[f"{BASE}/france/france_president/outputs/Baseline_Table.xlsx"] == 3000
    assert remote[f"{BASE}/italy/italy_galbani/outputs/Baseline_Table.xlsx"] == 5000


def test_a_cut_during_the_second_bu_reconnects_for_it_and_the_third_goes_on(
    sshd_server, fault_proxy, tmp_path
):
    jobs = _three_bus(tmp_path, sshd_server, big=3_000_000)
    jobs = [jobs[0], jobs[2], jobs[1]]  # galbani, president (big), ebro
    proxy = fault_proxy(sshd_server.port, mode="cut", after_bytes=1_500_000)
    settings = server_settings(sshd_server, tmp_path, port=proxy.port)

    results, recorder = _run(sshd_server, jobs, settings)

    galbani, president, ebro = results
    assert (galbani.summary.attempts, president.summary.attempts) == (1, 2)
    assert isinstance(president, ev.RunFinished), president
    assert president.summary.count(ev.FileStatus.VERIFIED) == 1
    assert isinstance(ebro, ev.RunFailed) and ebro.summary.attempts == 1
    # Two connections in all: the first, cut, and the one the retry opened for the
    # second BU, which the third BU then used.
    assert proxy.connections == 2
    started = [(e.attempt, e.max_attempts) for e in recorder.of(ev.ConnectionStarted)]
    assert started == [(1, FAST_POLICY.max_attempts), (2, FAST_POLICY.max_attempts)]


EXACT, FALLING_BACK = "italy__parmalat", "italy_parmalat"
BOTH_ORDERS = pytest.mark.parametrize(
    "order", [(FALLING_BACK, EXACT), (EXACT, FALLING_BACK)], ids=["fallback-first", "exact-first"]
)


def _two_spellings_of_one_bu(tmp_path, server, order):
    """Only italy__parmalat exists, which is where italy_parmalat falls back to."""
    server.make_remote_dir(f"{BASE}/italy/italy__parmalat")
    app = make_app(tmp_path, FALLING_BACK, files={"Baseline_Table.xlsx": b"falls back"})
    make_app(tmp_path, EXACT, files={"Baseline_Table.xlsx": b"named exactly"})
    return [UploadJob.from_app_dir(app, bu) for bu in order]


@BOTH_ORDERS
def test_the_bu_named_like_the_remote_folder_keeps_it_whatever_the_order(
    sshd_server, tmp_path, order
):
    jobs = _two_spellings_of_one_bu(tmp_path, sshd_server, order)

    results, _ = _run(sshd_server, jobs, server_settings(sshd_server, tmp_path))

    by_bu = dict(zip(order, results, strict=True))
    assert isinstance(by_bu[EXACT], ev.RunFinished)
    refused = by_bu[FALLING_BACK]
    assert isinstance(refused, ev.RunFailed) and refused.kind is ErrorKind.BAD_INPUT
    assert EXACT in refused.message and FALLING_BACK in refused.message
    stored = sshd_server.read_remote(f"{BASE}/italy/{EXACT}/outputs/Baseline_Table.xlsx")
    assert stored == b"named exactly"


@BOTH_ORDERS
def test_the_preview_flags_the_bu_that_falls_back_to_another_bus_folder(
    sshd_server, tmp_path, order
):
    jobs = _two_spellings_of_one_bu(tmp_path, sshd_server, order)
    credentials = Credentials(password=Secret(sshd_server.password))
    settings = server_settings(sshd_server, tmp_path)

    preview = preview_uploads(jobs, settings, credentials, threading.Event())

    units = {unit.bu: unit for unit in preview.units}
    assert units[EXACT].problem is None
    assert units[EXACT].remote_dir == f"{BASE}/italy/{EXACT}"
    assert units[FALLING_BACK].problem is not None
    assert units[FALLING_BACK].problem.kind is ErrorKind.BAD_INPUT
