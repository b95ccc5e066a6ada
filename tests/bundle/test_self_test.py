"""--self-test run in-process, offscreen: what it reports and when it fails."""

from __future__ import annotations

import io
import sys

import pytest

from desktop_uploader import paths, self_test


def run(qapp) -> tuple[int, str]:
    out = io.StringIO()
    code = self_test.main(out)
    return code, out.getvalue()


def test_a_working_installation_passes_every_check(qapp, memory_keyring):
    code, report = run(qapp)

    assert code == 0, report
    checks = ("app", "folders", "qt", "desktop", "icon", "translations", "keyring", "ssh")
    for name in (*checks, "demo"):
        assert f"ok    {name} " in report
    assert "main window built and shown" in report
    assert "translations en, fr, it, es" in report
    assert "AES-GCM and Ed25519 work" in report
    assert report.rstrip().splitlines()[-1].startswith("self-test passed")


def test_the_report_is_also_saved_in_the_log_folder(qapp, memory_keyring):
    _, report = run(qapp)

    assert (paths.log_dir() / self_test.REPORT_NAME).read_text(encoding="utf-8") == report


def test_no_secret_is_read_or_written(qapp, memory_keyring):
    memory_keyring.passwords[("desktop-uploader", "ana@sftp.example.com:22")] = "s3cret"

    _, report = run(qapp)

    assert memory_keyring.passwords == {("desktop-uploader", "ana@sftp.example.com:22"): "s3cret"}
    assert "s3cret" not in report


def test_linux_without_a_credential_store_still_passes(qapp, fail_keyring, monkeypatch):
    # The app then asks for the password at each run (issue C15 a): not a broken build.
    monkeypatch.setattr(sys, "platform", "linux")

    check = self_test.check_keyring()

    assert check.ok
    assert "secure store available: no" in check.detail


@pytest.mark.parametrize("system", ["win32", "darwin"])
def test_windows_and_macos_without_their_store_fail(fail_keyring, monkeypatch, system):
    # Those systems always have one: missing, it means the build lost keyring's backend.
    monkeypatch.setattr(sys, "platform", system)

    check = self_test.check_keyring()

    assert not check.ok
    assert "the system's credential store was not found" in check.detail


def test_a_broken_part_fails_with_its_reason_and_the_rest_still_run(
    qapp, memory_keyring, monkeypatch
):
    def check_icon():  # named like the check it replaces: the report uses the name
        raise FileNotFoundError("icons/app-16.png")

    checks = tuple(check_icon if c is self_test.check_icon else c for c in self_test.CHECKS)
    monkeypatch.setattr(self_test, "CHECKS", checks)

    code, report = run(qapp)

    assert code == 1
    assert "FAIL  icon         FileNotFoundError: icons/app-16.png" in report
    assert "ok    ssh " in report
    assert report.rstrip().splitlines()[-1].startswith("self-test failed: icon")


def test_missing_required_cipher_fails_the_ssh_check(monkeypatch):
    monkeypatch.setattr(self_test, "REQUIRED_CIPHERS", ("chacha-from-the-future",))

    check = self_test.check_ssh()

    assert not check.ok
    assert "not offered: chacha-from-the-future" in check.detail


def test_the_demo_server_is_checked_and_found():
    check = self_test.check_demo()

    assert check.ok
    assert check.detail.startswith("demo server can start (asyncssh ")


def test_a_bundle_without_the_demo_server_fails(monkeypatch):
    # What a bundle built without the demo extra would show: the analyst could not fix it.
    monkeypatch.setitem(sys.modules, "desktop_uploader.demo._sftp", None)
    monkeypatch.setattr(sys, "frozen", True, raising=False)

    check = self_test.check_demo()

    assert not check.ok
    assert "the demo server cannot be imported" in check.detail


def test_a_source_install_without_the_demo_extra_passes(monkeypatch):
    monkeypatch.setitem(sys.modules, "desktop_uploader.demo._sftp", None)

    check = self_test.check_demo()

    assert check.ok
    assert "not installed (the demo extra)" in check.detail


def _missing_library(path: str) -> None:
    # What the system loader says when a plugin needs a library this system lacks.
    if path.endswith("libqxcb.so"):
        raise OSError("libxcb-icccm.so.4: cannot open shared object file: No such file")


@pytest.fixture
def linux(monkeypatch):
    monkeypatch.setattr(sys, "platform", "linux")


def test_an_x11_session_whose_plugin_cannot_load_fails_and_names_what_to_install(linux):
    check = self_test.check_desktop(session="x11", load=_missing_library)

    assert not check.ok
    assert "x11: cannot load (libxcb-icccm.so.4: cannot open shared object file" in check.detail
    assert "wayland: loads" in check.detail
    assert "the window cannot open here: install libxcb-cursor0 libxcb-icccm4" in check.detail


def test_in_a_bundle_the_loader_s_own_words_are_told(linux):
    def bundled_loader(path: str) -> None:
        # How PyInstaller's ctypes wraps the loader's error in a bundle.
        try:
            _missing_library(path)
        except OSError as exc:
            raise OSError(f"Failed to load dynlib/dll {path!r}.") from exc

    check = self_test.check_desktop(session="x11", load=bundled_loader)

    assert "x11: cannot load (libxcb-icccm.so.4: cannot open shared object file" in check.detail
    assert "Failed to load dynlib" not in check.detail


def test_a_wayland_session_passes_when_only_the_x11_plugin_cannot_load(linux):
    check = self_test.check_desktop(session="wayland", load=_missing_library)

    assert check.ok
    assert "x11: cannot load" in check.detail
    assert "(this wayland session)" in check.detail


def test_a_wayland_session_fails_only_when_x11_cannot_stand_in_either(linux):
    def nothing_loads(path: str) -> None:
        raise OSError("libwayland-client.so.0: cannot open shared object file")

    check = self_test.check_desktop(session="wayland", load=nothing_loads)

    assert not check.ok
    assert "the window cannot open here: install libwayland-client0" in check.detail


def test_a_wayland_session_passes_on_x11_when_its_own_plugin_cannot_load(linux):
    def no_wayland(path: str) -> None:
        if path.endswith("libqwayland.so"):
            raise OSError("libwayland-client.so.0: cannot open shared object file")

    check = self_test.check_desktop(session="wayland", load=no_wayland)

    assert check.ok
    assert "wayland: cannot load (libwayland-client.so.0" in check.detail


def test_without_a_desktop_session_a_plugin_that_cannot_load_is_only_reported(linux):
    check = self_test.check_desktop(session="", load=_missing_library)

    assert check.ok
    assert "x11: cannot load" in check.detail
    assert "(no desktop session here)" in check.detail


def test_a_build_without_a_desktop_plugin_says_so(linux, tmp_path):
    check = self_test.check_desktop(plugins=tmp_path, session="x11", load=lambda _path: None)

    assert not check.ok
    assert "x11: libqxcb.so is not in this build" in check.detail


def test_the_session_is_read_from_the_environment(linux, monkeypatch):
    monkeypatch.delenv("WAYLAND_DISPLAY", raising=False)
    monkeypatch.setenv("DISPLAY", ":0")

    check = self_test.check_desktop(load=lambda _path: None)

    assert check.ok
    assert check.detail == "x11: loads; wayland: loads (this x11 session)"


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="Linux's window plugins")
def test_this_installations_plugins_are_tried_with_the_system_loader(qapp):
    check = self_test.check_desktop(session="")

    assert check.ok
    assert check.detail.startswith("x11: ")
    assert "wayland: " in check.detail
