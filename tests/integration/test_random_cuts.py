"""Randomized network cuts: whatever byte the connection dies at, the run ends with
every remote file byte-identical to the local one and no part file left.

The offsets come from a seeded generator and are printed when an assertion fails;
set ``DU_FAULT_SEED`` to replay or vary a run.
"""

from __future__ import annotations

import os
import random

from upload_helpers import Recorder, make_app, server_settings, sha256, statuses, upload

from desktop_uploader.engine import UploadJob
from desktop_uploader.engine import events as ev
from desktop_uploader.engine.remote_files import ASIDE_SUFFIX, PART_SUFFIX

BASE = "/data/to/startflow/italy/italy_galbani"
SEED = int(os.environ.get("DU_FAULT_SEED", "20261203"))
WANTED_CUTS = 50
CUTS_PER_RUN = 3  # FAST_POLICY allows 5 attempts, so each run can still finish
MAX_RUNS = 40
# The client's first few kilobytes are the SSH handshake, login and SFTP start.
HANDSHAKE_BYTES = 6_000


def _clear_remote(server) -> None:
    for folder in ("outputs", "logs"):
        for entry in server.root_path(f"{BASE}/{folder}").iterdir():
            entry.unlink()


def test_random_cuts_always_end_byte_identical_with_no_part_left(
    sshd_server, fault_proxy, tmp_path
):
    rng = random.Random(SEED)
    files = {
        "Baseline_Table.xlsx": rng.randbytes(4 * 1024 * 1024 + 12_345),
        "Promotion_Level_Table.xlsx": rng.randbytes(300_000),
    }
    logs = {"pipeline_run.log": rng.randbytes(40_000)}
    app = make_app(tmp_path, files=files, logs=logs)
    expected = {f"outputs/{n}": sha256(d) for n, d in files.items()}
    expected |= {f"logs/{n}": sha256(d) for n, d in logs.items()}
    total = sum(map(len, files.values())) + sum(map(len, logs.values()))
    proxy = fault_proxy(sshd_server.port)
    settings = server_settings(sshd_server, tmp_path, port=proxy.port)
    planned: list[tuple[int, int]] = []  # (run, client byte offset)

    def offset() -> int:
        if rng.random() < 0.1:
            return rng.randrange(1, HANDSHAKE_BYTES)
        return rng.randrange(HANDSHAKE_BYTES, total + HANDSHAKE_BYTES)

    for run in range(MAX_RUNS):
        if proxy.faults >= WANTED_CUTS:
            break
        _clear_remote(sshd_server)
        left = [CUTS_PER_RUN]

        def arm(_event=None, run=run, left=left) -> None:
            if left[0] == 0:
                proxy.set_fault("pass")
                return
            left[0] -= 1
            planned.append((run, offset()))
            proxy.set_fault("cut", planned[-1][1], 1)

        arm()
        recorder = Recorder(on={ev.RetryScheduled: arm})
        result, _ = upload(
            sshd_server, UploadJob.from_app_dir(app, "italy_galbani"), settings, recorder=recorder
        )

        context = f"seed {SEED}, run {run}, cuts so far (run, offset): {planned}"
        assert isinstance(result, ev.RunFinished), f"{result} ({context})"
        assert set(statuses(result).values()) == {"verified"}, context
        for path, digest in expected.items():
            assert sshd_server.remote_sha256(f"{BASE}/{path}") == digest, f"{path} ({context})"
        leftovers = [
            p for p in sshd_server.remote_files() if p.endswith((PART_SUFFIX, ASIDE_SUFFIX))
        ]
        assert leftovers == [], context
        assert all(p.bytes_done <= p.size for p in recorder.of(ev.FileProgress)), context

    assert proxy.faults >= WANTED_CUTS, f"only {proxy.faults} cuts happened: {planned}"
