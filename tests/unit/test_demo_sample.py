"""The demo's sample pipeline folder and server tree: real workbooks, the right layout."""

from __future__ import annotations

import importlib.util
import zipfile
from pathlib import Path
from xml.etree import ElementTree

import pytest

from desktop_uploader.demo import SAMPLE_BUS, make_sample_app, make_sample_remote
from desktop_uploader.demo.xlsx import column_letter, write_xlsx

WORKBOOKS = ("Promotion_Level_Table.xlsx", "Baseline_Table.xlsx", "Summary.xlsx")
MAIN_NS = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"


@pytest.fixture(scope="module")
def app(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return make_sample_app(tmp_path_factory.mktemp("sample"))


def _parts(path: Path) -> dict[str, ElementTree.Element]:
    with zipfile.ZipFile(path) as package:
        assert package.testzip() is None
        return {name: ElementTree.fromstring(package.read(name)) for name in package.namelist()}


def _sheet_values(sheet: ElementTree.Element) -> list[list[str]]:
    # A number sits in <v>, an inline string in <is><t>; the writer uses nothing else.
    value_tags = (f"{MAIN_NS}v", f"{MAIN_NS}t")
    return [
        [node.text or "" for node in row.iter() if node.tag in value_tags]
        for row in sheet.iter(f"{MAIN_NS}row")
    ]


def test_app_has_outputs_and_logs_for_every_sample_bu(app: Path) -> None:
    assert app.name == "app"
    for bu in SAMPLE_BUS:
        outputs = sorted(p.name for p in (app / "outputs" / bu).iterdir())
        assert outputs == sorted([*WORKBOOKS, "~$Baseline_Table.xlsx"])

        logs = [p.name for p in (app / "logs" / bu).iterdir()]
        assert any(name.startswith("pipeline_") and name.endswith(".log") for name in logs)
        assert sum(name.startswith("step_") and name.endswith(".log") for name in logs) >= 2


def test_stale_owner_file_is_165_bytes_and_not_a_zip(app: Path) -> None:
    owner = app / "outputs" / "italy_galbani" / "~$Baseline_Table.xlsx"

    assert owner.stat().st_size == 165
    assert not zipfile.is_zipfile(owner)


@pytest.mark.parametrize("bu", SAMPLE_BUS)
@pytest.mark.parametrize("name", WORKBOOKS)
def test_workbooks_are_valid_office_open_xml_packages(app: Path, bu: str, name: str) -> None:
    parts = _parts(app / "outputs" / bu / name)

    assert {"[Content_Types].xml", "_rels/.rels", "xl/workbook.xml"} <= parts.keys()
    sheet_parts = [p for p in parts if p.startswith("xl/worksheets/sheet")]
    assert sheet_parts

    # Every part the content types declare exists, and every sheet has a header + data.
    overrides = parts["[Content_Types].xml"].iter()
    declared = [o.get("PartName", "") for o in overrides if o.tag.endswith("Override")]
    assert declared and all(part.lstrip("/") in parts for part in declared)
    for sheet in sheet_parts:
        rows = _sheet_values(parts[sheet])
        assert len(rows) >= 2 and all(rows[0])


def test_promotion_table_holds_plausible_forecast_numbers(app: Path) -> None:
    parts = _parts(app / "outputs" / "france_president" / "Promotion_Level_Table.xlsx")
    rows = _sheet_values(parts["xl/worksheets/sheet1.xml"])

    header, data = rows[0], rows[1:]
    baseline = [int(row[header.index("Baseline units")]) for row in data]
    forecast = [int(row[header.index("Forecast units")]) for row in data]
    assert all(b > 0 for b in baseline)
    assert all(f >= b for f, b in zip(forecast, baseline, strict=True))


def test_sample_app_is_the_same_on_every_run(tmp_path: Path) -> None:
    first = make_sample_app(tmp_path / "one")
    second = make_sample_app(tmp_path / "two")

    for bu in SAMPLE_BUS:
        for name in WORKBOOKS:
            path = Path("outputs", bu, name)
            assert (first / path).read_bytes() == (second / path).read_bytes()


@pytest.mark.skipif(
    importlib.util.find_spec("openpyxl") is None, reason="openpyxl is not installed"
)
def test_workbooks_open_in_openpyxl(app: Path) -> None:
    import openpyxl

    book = openpyxl.load_workbook(app / "outputs" / "italy_galbani" / "Summary.xlsx")
    assert book.sheetnames == ["Summary", "Run"]
    assert book["Summary"]["A1"].value == "Product"


def test_remote_tree_has_empty_bu_folders_including_the_double_underscore_one(
    tmp_path: Path,
) -> None:
    base = make_sample_remote(tmp_path)

    assert base == tmp_path / "data" / "to" / "startflow"
    for bu_folder in ("italy/italy_galbani", "italy/italy__parmalat", "france/france_president"):
        assert (base / bu_folder).is_dir()
        assert not any((base / bu_folder).iterdir())
    assert not (base / "italy" / "italy_parmalat").exists()


def test_remote_tree_keeps_existing_content(tmp_path: Path) -> None:
    base = make_sample_remote(tmp_path)
    kept = base / "italy" / "italy_galbani" / "outputs" / "old.xlsx"
    kept.parent.mkdir()
    kept.write_bytes(b"old")

    make_sample_remote(tmp_path)

    assert kept.read_bytes() == b"old"


@pytest.mark.parametrize(
    ("index", "letters"), [(0, "A"), (25, "Z"), (26, "AA"), (51, "AZ"), (702, "AAA")]
)
def test_column_letters(index: int, letters: str) -> None:
    assert column_letter(index) == letters


def test_text_is_escaped_and_numbers_stay_numbers(tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "t.xlsx", {"A & B": [["<Name>", "Qty"], ["Brie & Co", 3.5]]})

    rows = _sheet_values(_parts(path)["xl/worksheets/sheet1.xml"])
    assert rows == [["<Name>", "Qty"], ["Brie & Co", "3.5"]]


@pytest.mark.parametrize("name", ["", "x" * 32, "a/b", "sheet[1]"])
def test_invalid_sheet_names_are_refused(tmp_path: Path, name: str) -> None:
    with pytest.raises(ValueError, match="sheet name"):
        write_xlsx(tmp_path / "t.xlsx", {name: [["a"]]})
