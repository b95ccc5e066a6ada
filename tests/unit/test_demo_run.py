"""The console demo's --workdir: it never writes its samples over a real pipeline folder."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from desktop_uploader.demo import demo_available
from desktop_uploader.demo_run import DEMO_MARK, run_demo

pytestmark = pytest.mark.skipif(not demo_available(), reason="the demo extra is not installed")


def test_a_workdir_holding_a_real_app_folder_is_refused_untouched(tmp_path: Path) -> None:
    workbook = tmp_path / "app" / "outputs" / "italy_galbani" / "Baseline_Table.xlsx"
    workbook.parent.mkdir(parents=True)
    workbook.write_bytes(b"the analyst's real results")
    out = io.StringIO()

    code = run_demo(tmp_path, out)

    assert code == 2
    assert "empty or new folder" in out.getvalue()
    assert workbook.read_bytes() == b"the analyst's real results"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["app"]


def test_a_workdir_the_demo_filled_before_is_used_again(tmp_path: Path) -> None:
    (tmp_path / "app").mkdir()
    (tmp_path / DEMO_MARK).touch()
    out = io.StringIO()

    assert run_demo(tmp_path, out) == 0
    assert "On the demo server now:" in out.getvalue()
