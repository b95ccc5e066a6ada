"""Packaging metadata: the package list, the one version, and what the bundle declares."""

from __future__ import annotations

import configparser
import importlib.util
import tomllib
from pathlib import Path

import pytest

import desktop_uploader

ROOT = Path(__file__).resolve().parents[2]


def _load_build_info():
    # packaging/ is not a Python package (and its name would shadow PyPI's 'packaging').
    spec = importlib.util.spec_from_file_location(
        "build_info", ROOT / "packaging" / "build_info.py"
    )
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


build_info = _load_build_info()


def test_every_subpackage_is_listed_in_pyproject():
    # The package list is explicit (resources/ is mapped in), so a new subpackage that is
    # not listed would work from the source tree and be missing from every install.
    listed = set(
        tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["setuptools"]["packages"]
    )
    on_disk = {
        ".".join(init.parent.relative_to(ROOT).parts)
        for init in (ROOT / "desktop_uploader").rglob("__init__.py")
    }
    assert on_disk | {"desktop_uploader.resources"} == listed


def test_the_build_reads_the_package_version():
    assert build_info.read_version() == desktop_uploader.__version__


@pytest.mark.parametrize(
    ("version", "numbers"),
    [
        ("0.1.0", (0, 1, 0, 0)),
        ("1.2", (1, 2, 0, 0)),
        ("2.0.3rc1", (2, 0, 3, 0)),
        ("1.4.2+local.7", (1, 4, 2, 0)),
    ],
)
def test_windows_gets_four_version_numbers(version, numbers):
    assert build_info.version_tuple(version) == numbers


def test_windows_version_file_is_an_expression_of_pyinstaller_classes():
    # PyInstaller eval()s this text with its version resource classes in scope; those
    # import Windows-only modules, so stand-ins record what each constructor received.
    # The Windows job of .github/workflows/package.yml builds with the real classes.
    names = ("VSVersionInfo", "FixedFileInfo", "StringFileInfo", "StringTable")
    names += ("StringStruct", "VarFileInfo", "VarStruct")
    scope = {name: (lambda *args, _name=name, **kwargs: (_name, args, kwargs)) for name in names}

    info = eval(build_info.windows_version_file("1.2.3"), {"__builtins__": {}}, scope)

    kind, _, fields = info
    assert kind == "VSVersionInfo"
    assert fields["ffi"][2]["filevers"] == (1, 2, 3, 0)
    string_file_info = fields["kids"][0]
    string_table = string_file_info[1][0][0]
    strings = dict(struct[1] for struct in string_table[1][1])
    assert strings["ProductVersion"] == "1.2.3"
    assert strings["OriginalFilename"] == "desktop-uploader.exe"


def test_info_plist_carries_the_version_and_macos_minimum():
    plist = build_info.info_plist("1.2.3")

    assert plist["CFBundleShortVersionString"] == "1.2.3"
    assert plist["NSHighResolutionCapable"] is True
    assert plist["LSMinimumSystemVersion"] == "13.0"


@pytest.mark.parametrize(
    ("category", "filename", "wanted"),
    [
        ("platforms", "libqxcb.so", True),
        ("platforms", "qwindows.dll", True),
        ("platforms", "libqcocoa.dylib", True),
        ("platforms", "libqoffscreen.so", True),
        ("platforms", "libqvnc.so", False),
        ("platformthemes", "libqgtk3.so", False),
        ("platformthemes", "libqxdgdesktopportal.so", True),
        ("styles", "qmodernwindowsstyle.dll", True),
        ("imageformats", "qico.dll", True),
        ("imageformats", "libqjpeg.so", False),
        ("sqldrivers", "libqsqlite.so", False),
        ("tls", "qopensslbackend.dll", False),
    ],
)
def test_only_the_qt_plugins_the_app_uses_are_bundled(category, filename, wanted):
    assert build_info.plugin_wanted(category, filename) is wanted


def test_linux_menu_entry_names_the_bundled_executable_and_icon():
    entry = configparser.ConfigParser(interpolation=None)
    entry.read(ROOT / "packaging" / "linux" / "desktop-uploader.desktop", encoding="utf-8")
    section = entry["Desktop Entry"]

    assert section["Exec"] == build_info.APP_NAME
    assert section["Icon"] == build_info.APP_NAME
    assert section["StartupWMClass"] == desktop_uploader.APP_NAME


def test_icons_exist_in_every_size_the_build_uses():
    icons = ROOT / "resources" / "icons"
    for size in (16, 32, 48, 64, 128, 256, 512, 1024):
        assert (icons / f"app-{size}.png").read_bytes().startswith(b"\x89PNG")
    assert (icons / "app.ico").read_bytes()[:4] == b"\x00\x00\x01\x00"
    assert (icons / "app.icns").read_bytes()[:4] == b"icns"
