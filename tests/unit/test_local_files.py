import os

import pytest

from desktop_uploader.engine.errors import BadInputError
from desktop_uploader.engine.local_files import NAMED_SKIPS, plan_job
from desktop_uploader.engine.settings import UploadJob


@pytest.fixture
def app(tmp_path):
    outputs = tmp_path / "app" / "outputs" / "italy_galbani"
    logs = tmp_path / "app" / "logs" / "italy_galbani"
    outputs.mkdir(parents=True)
    logs.mkdir(parents=True)
    return tmp_path / "app"


def _job(app):
    return UploadJob.from_app_dir(app, "italy_galbani")


def test_outputs_come_first_then_logs_each_sorted(app):
    for name in ("b.xlsx", "a.xlsx"):
        (app / "outputs/italy_galbani" / name).write_bytes(b"x")
    (app / "logs/italy_galbani/pipeline_1.log").write_text("log")
    plan = plan_job(_job(app))
    assert [(f.folder, f.name) for f in plan.files] == [
        ("outputs", "a.xlsx"),
        ("outputs", "b.xlsx"),
        ("logs", "pipeline_1.log"),
    ]


@pytest.mark.parametrize(
    "name",
    [
        "~$Baseline_Table.xlsx",
        "Thumbs.db",
        "desktop.ini",
        ".DS_Store",
        "DESKTOP.INI",
        "A1B2C3D4",
        "~WRL0001.tmp",
        "notes.txt~",
        ".~lock.Summary.xlsx#",
    ],
)
def test_office_and_os_litter_is_skipped_with_a_reason(app, name):
    (app / "outputs/italy_galbani/Summary.xlsx").write_bytes(b"x")
    (app / "outputs/italy_galbani" / name).write_bytes(b"owner")
    plan = plan_job(_job(app))
    assert [f.name for f in plan.files] == ["Summary.xlsx"]
    assert [(s.name, "not uploaded" in s.reason) for s in plan.skipped] == [(name, True)]


@pytest.mark.parametrize(
    "name",
    [".Normal.xlsx.0123456789ab.part", ".Normal.xlsx.0123456789ab.replaced"],
)
def test_a_file_named_like_our_temporary_files_is_skipped_whatever_the_patterns(app, name):
    outputs = app / "outputs/italy_galbani"
    (outputs / "Normal.xlsx").write_bytes(b"x")
    (outputs / name).write_bytes(b"looks like a leftover")
    job = UploadJob.from_app_dir(app, "italy_galbani", skip_patterns=())
    plan = plan_job(job)
    assert [f.name for f in plan.files] == ["Normal.xlsx"]
    [skipped] = plan.skipped
    assert skipped.name == name
    assert "temporary upload files" in skipped.reason


def test_an_excel_owner_file_is_skipped_whatever_the_patterns(app):
    outputs = app / "outputs/italy_galbani"
    (outputs / "Normal.xlsx").write_bytes(b"x")
    (outputs / "~$Normal.xlsx").write_bytes(b"owner")
    # A profile's own patterns replace the defaults, "~$*" included.
    job = UploadJob.from_app_dir(app, "italy_galbani", skip_patterns=("*.bak",))
    plan = plan_job(job)
    assert "~$Normal.xlsx" not in [f.name for f in plan.files]
    reasons = {s.name: s.reason for s in plan.skipped}
    assert "Excel lock file" in reasons["~$Normal.xlsx"]


def test_names_close_to_our_temporary_files_are_still_sent(app):
    outputs = app / "outputs/italy_galbani"
    names = ["Normal.xlsx.0123456789ab.part", ".Normal.xlsx.part", "report.part"]
    for name in names:
        (outputs / name).write_bytes(b"x")
    plan = plan_job(_job(app))
    assert sorted(f.name for f in plan.files) == sorted(names)


def test_zero_byte_and_unicode_files_are_sent(app):
    (app / "outputs/italy_galbani/Résumé 2024 ü.xlsx").write_bytes(b"data")
    (app / "logs/italy_galbani/run.log").write_bytes(b"")
    plan = plan_job(_job(app))
    assert {f.name: f.size for f in plan.files} == {"Résumé 2024 ü.xlsx": 4, "run.log": 0}


def test_sub_folders_links_and_pipes_are_not_sent(app, tmp_path):
    outputs = app / "outputs/italy_galbani"
    (outputs / "Summary.xlsx").write_bytes(b"x")
    (outputs / "archive").mkdir()
    secret = tmp_path / "elsewhere.txt"
    secret.write_text("not for the server")
    (outputs / "link.xlsx").symlink_to(secret)
    os.mkfifo(outputs / "pipe.xlsx")
    plan = plan_job(_job(app))
    assert [f.name for f in plan.files] == ["Summary.xlsx"]
    reasons = {s.name: s.reason for s in plan.skipped}
    assert set(reasons) == {"archive", "link.xlsx", "pipe.xlsx"}


def test_a_name_with_a_newline_is_skipped(app):
    (app / "outputs/italy_galbani/ok.xlsx").write_bytes(b"x")
    (app / "outputs/italy_galbani/bad\nname.xlsx").write_bytes(b"x")
    plan = plan_job(_job(app))
    assert [f.name for f in plan.files] == ["ok.xlsx"]


def test_a_missing_logs_folder_is_a_warning(app):
    (app / "outputs/italy_galbani/Summary.xlsx").write_bytes(b"x")
    (app / "logs/italy_galbani").rmdir()
    plan = plan_job(_job(app))
    assert len(plan.files) == 1
    assert "No logs folder" in plan.warnings[0]


def test_an_empty_outputs_folder_is_nothing_to_upload(app):
    with pytest.raises(BadInputError, match="holds no result file"):
        plan_job(_job(app))


def test_a_folder_of_lock_files_only_names_them(app):
    for name in ("~$Summary.xlsx", "Thumbs.db"):
        (app / "outputs/italy_galbani" / name).write_bytes(b"x")

    with pytest.raises(BadInputError) as caught:
        plan_job(_job(app))

    assert "holds only what is never sent: Thumbs.db, ~$Summary.xlsx." in str(caught.value)


def test_a_folder_of_many_files_never_sent_names_the_first_few(app):
    for index in range(NAMED_SKIPS + 2):
        (app / f"outputs/italy_galbani/~$Book{index}.xlsx").write_bytes(b"x")

    with pytest.raises(BadInputError) as caught:
        plan_job(_job(app))

    assert f"~$Book{NAMED_SKIPS - 1}.xlsx, …." in str(caught.value)
    assert f"~$Book{NAMED_SKIPS}.xlsx" not in str(caught.value)


def test_a_missing_outputs_folder_is_bad_input_naming_it(app):
    with pytest.raises(BadInputError, match="spain_madrid"):
        plan_job(UploadJob.from_app_dir(app, "spain_madrid"))
