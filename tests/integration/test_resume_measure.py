"""How much a resumed upload sends again after a cut at 60% of a 20 MiB file.

Run it on its own to read the figures:

    python -m pytest -q -s -p no:cacheprovider tests/integration/test_resume_measure.py
"""

from __future__ import annotations

from reliability_helpers import wait_sessions_ended
from upload_helpers import Recorder, make_app, random_bytes, server_settings, sha256, upload

from desktop_uploader.engine import UploadJob
from desktop_uploader.engine import events as ev
from desktop_uploader.engine.remote_files import PART_SUFFIX

BASE = "/data/to/startflow/italy/italy_galbani"
SIZE = 20 * 1024 * 1024


def test_a_resumed_upload_after_a_cut_at_60_percent_sends_nothing_twice(
    sshd_server, fault_proxy, tmp_path, record_property
):
    data = random_bytes(SIZE)
    app = make_app(tmp_path, files={"Baseline_Table.xlsx": data})
    proxy = fault_proxy(sshd_server.port, mode="cut", after_bytes=int(SIZE * 0.6))
    seen: dict[str, int] = {}

    def after_the_cut(_event):
        # Wait until the server has ended the cut session, so its part file is final.
        wait_sessions_ended(sshd_server)
        parts = {
            p: s
            for p, s in sshd_server.remote_files(f"{BASE}/outputs").items()
            if p.endswith(PART_SUFFIX)
        }
        seen["stored"] = next(iter(parts.values()))
        seen["wire_before"] = proxy.bytes_up

    recorder = Recorder(on={ev.RetryScheduled: after_the_cut})
    result, _ = upload(
        sshd_server,
        UploadJob.from_app_dir(app, "italy_galbani"),
        server_settings(sshd_server, tmp_path, port=proxy.port),
        recorder=recorder,
    )

    assert isinstance(result, ev.RunFinished), result
    assert sshd_server.remote_sha256(f"{BASE}/outputs/Baseline_Table.xlsx") == sha256(data)
    resumed = recorder.of(ev.FileStarted)[-1].resume_offset
    outcome = result.summary.outcomes[0]
    first_try = outcome.bytes_sent - (SIZE - resumed)
    figures = {
        "file_bytes": SIZE,
        "stored_when_cut": seen["stored"],
        "resumed_from": resumed,
        "resent_already_stored": seen["stored"] - resumed,
        "lost_in_flight": first_try - seen["stored"],
        "sent_in_total": outcome.bytes_sent,
        "second_connection_wire_bytes": proxy.bytes_up - seen["wire_before"],
    }
    for name, value in figures.items():
        record_property(name, value)
    print(
        "\nresume after a cut at 60% of 20 MiB: "
        + ", ".join(f"{name} {value:,}" for name, value in figures.items())
    )
    # Every byte the server kept is kept: the resumed upload starts where it ended. The
    # server may still store bytes it had read after the size above was taken, so the
    # resume offset can only be at or past it.
    assert figures["resent_already_stored"] <= 0
    assert outcome.attempts == 2
