"""Folder classification is pure Python: tested here without Qt."""

from __future__ import annotations

import pytest
from gui_helpers import make_bu

from desktop_uploader.gui.folder_scan import scan_paths


def test_app_folder_gives_each_bu_with_its_logs(app_folder):
    result = scan_paths([app_folder])

    assert [f.bu for f in result.found] == ["france_president", "italy_galbani"]
    italy = result.found[1]
    assert italy.logs_dir == app_folder / "logs" / "italy_galbani"
    assert [s.name for s in italy.plan.skipped] == ["~$Baseline_Table.xlsx"]
    assert result.problems == ()


def test_missing_logs_folder_is_a_warning_not_a_problem(tmp_path):
    outputs = make_bu(tmp_path / "app", "spain_pascual", {"a.xlsx": b"1"}, {})
    (tmp_path / "app" / "logs" / "spain_pascual").rmdir()

    result = scan_paths([outputs])

    assert result.found[0].plan.warnings
    assert result.problems == ()


def test_outputs_folder_without_result_files_is_a_problem(tmp_path):
    outputs = make_bu(tmp_path / "app", "spain_pascual", {"~$lock.xlsx": b"1"}, {})

    result = scan_paths([outputs])

    assert result.found == ()
    assert "Nothing to upload" in result.problems[0]


def test_missing_path_is_a_problem(tmp_path):
    result = scan_paths([tmp_path / "gone"])

    assert result.problems == (f"{tmp_path / 'gone'} does not exist.",)


def test_folder_with_files_but_no_bu_name_is_found_with_an_invalid_name(tmp_path):
    folder = tmp_path / "Results"
    folder.mkdir()
    (folder / "a.xlsx").write_bytes(b"1")

    (found,) = scan_paths([folder]).found

    assert found.bu == "Results"
    assert not found.name_is_valid
    assert found.logs_dir is None


def test_a_bu_logs_folder_stands_for_its_bu_with_the_sibling_outputs(app_folder):
    result = scan_paths([app_folder / "logs" / "italy_galbani"])

    (found,) = result.found
    assert found.bu == "italy_galbani"
    assert found.outputs_dir == app_folder / "outputs" / "italy_galbani"
    assert found.logs_dir == app_folder / "logs" / "italy_galbani"


def test_a_logs_folder_without_its_outputs_is_refused_with_the_reason(tmp_path):
    logs = tmp_path / "app" / "logs" / "italy_galbani"
    logs.mkdir(parents=True)
    (logs / "run.log").write_text("log")

    result = scan_paths([logs])

    assert not result.found
    assert "logs folder" in result.problems[0]


@pytest.mark.parametrize("inner", ["outputs", "logs"])
def test_the_app_outputs_or_logs_folder_means_the_whole_app_folder(app_folder, inner):
    result = scan_paths([app_folder / inner])

    assert sorted(found.bu for found in result.found) == ["france_president", "italy_galbani"]
