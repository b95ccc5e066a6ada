"""The file table across a retry: a resumed file keeps what the server kept."""

from __future__ import annotations

from pathlib import Path

from desktop_uploader.engine.events import FileRef
from desktop_uploader.engine.local_files import LocalFile, LocalPlan
from desktop_uploader.gui.file_table import SENDING, WAITING, FileTableModel

BU = "italy_galbani"
SIZE = 10_000_000


def _model() -> tuple[FileTableModel, FileRef]:
    local = LocalFile("outputs", Path("Baseline_Table.xlsx"), SIZE, 0)
    model = FileTableModel()
    model.set_plans([(BU, LocalPlan((local,), (), ()))])
    return model, FileRef(BU, "outputs", local.name)


def test_a_retry_keeps_a_half_sent_file_at_its_bytes_until_it_resumes(qtbot):
    model, ref = _model()
    model.mark_started(ref, SIZE, 0)
    model.mark_progress(ref, 6_000_000, SIZE)

    model.reset_unfinished()

    assert (model.row(0).status, model.row(0).done) == (WAITING, 6_000_000)
    assert model.totals() == (6_000_000, SIZE)
    # The next attempt says where it resumes: what the server kept, a little less.
    model.mark_started(ref, SIZE, 5_500_000)
    assert (model.row(0).status, model.row(0).done) == (SENDING, 5_500_000)
