"""The window's demo: one click starts a local server and lists sample BUs; Upload sends
them for real, and the demo leaves no trace in the analyst's settings or trust store."""

from __future__ import annotations

import json

from desktop_uploader import paths
from desktop_uploader.gui.file_table import DONE, SKIPPED


def test_the_demo_uploads_the_sample_bus_without_touching_settings(qtbot, make_window):
    window = make_window()
    assert "Try the demo server" in window.notice_label.text()

    with qtbot.waitSignal(window.folders_scanned, timeout=10_000):
        window.demo_button.click()
    assert window.form.host_edit.text() == "127.0.0.1"
    assert [name for name, _ in window.bu_table.entries()] == [
        "italy_galbani",
        "italy_parmalat",
        "france_president",
    ]

    with qtbot.waitSignal(window.controller.running_changed, timeout=5000):
        window.upload_button.click()
    qtbot.waitUntil(lambda: not window.controller.busy, timeout=60_000)

    model = window.file_model
    assert model.count(DONE) + model.count(SKIPPED) == model.rowCount() > model.count(SKIPPED)
    demo_root = window._demo._folder / "server" / "data/to/startflow"
    assert (demo_root / "italy/italy__parmalat/outputs/Summary.xlsx").is_file()

    window.close()
    saved = json.loads(paths.settings_file().read_text()) if paths.settings_file().exists() else {}
    assert saved.get("host", "") != "127.0.0.1"
    assert not paths.app_known_hosts_file().exists()


def test_the_no_server_notice_goes_once_a_host_is_typed(make_window):
    window = make_window()
    assert "No server is set up yet" in window.notice_label.text()

    window.form.host_edit.setText("   ")
    assert "No server is set up yet" in window.notice_label.text()

    window.form.host_edit.setText("sftp.example.com")
    assert "No server is set up yet" not in window.notice_label.text()
    assert window.notice_label.isHidden()
