"""What the bundle says about itself, derived from the one version in the package.

The spec loads this file by path; the unit tests do too. Nothing here imports the app,
so a build reads the version of the source tree it bundles, not of whatever copy of
``desktop_uploader`` happens to be installed.
"""

from __future__ import annotations

import ast
import os
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
APP_NAME = "desktop-uploader"
DISPLAY_NAME = "Desktop Uploader"
DESCRIPTION = "Sends forecasting pipeline results to the company SFTP server"

# Both end up in signed metadata, and macOS ties Keychain access to the bundle
# identifier: IT sets the company's own values before the first signed release and
# keeps them from then on.
BUNDLE_IDENTIFIER = os.environ.get("DESKTOP_UPLOADER_BUNDLE_ID", "com.example.desktop-uploader")
COMPANY_NAME = os.environ.get("DESKTOP_UPLOADER_COMPANY", "Desktop Uploader developers")

# Qt 6.11, which the app pins, supports macOS 13 and later.
MACOS_MINIMUM = "13.0"


def read_version(root: Path = ROOT) -> str:
    """``__version__`` from desktop_uploader/__init__.py, read without importing it."""
    source = (root / "desktop_uploader" / "__init__.py").read_text(encoding="utf-8")
    for node in ast.parse(source).body:
        if isinstance(node, ast.Assign) and any(
            isinstance(target, ast.Name) and target.id == "__version__" for target in node.targets
        ):
            return ast.literal_eval(node.value)
    raise ValueError("desktop_uploader/__init__.py sets no __version__")


def version_tuple(version: str) -> tuple[int, int, int, int]:
    """Windows wants four numbers: '1.2.3rc1' becomes (1, 2, 3, 0)."""
    numbers = [int(part) for part in re.findall(r"\d+", version.split("+")[0])[:3]]
    return (*numbers, *[0] * (4 - len(numbers)))  # type: ignore[return-value]


def windows_version_file(version: str) -> str:
    """The text form of a Windows version resource, as PyInstaller's ``version=`` reads it.

    Explorer shows these fields under Properties > Details, and antivirus heuristics
    trust an executable with complete version information a little more.
    """
    numbers = version_tuple(version)
    strings = {
        "CompanyName": COMPANY_NAME,
        "FileDescription": DISPLAY_NAME,
        "FileVersion": version,
        "InternalName": APP_NAME,
        "LegalCopyright": f"(c) {COMPANY_NAME}",
        "OriginalFilename": f"{APP_NAME}.exe",
        "ProductName": DISPLAY_NAME,
        "ProductVersion": version,
        "Comments": DESCRIPTION,
    }
    entries = ",\n".join(f"          StringStruct({k!r}, {v!r})" for k, v in strings.items())
    # 0x40004: Windows NT; file type 1: an application. 0x0409/1200: US English, Unicode.
    return f"""VSVersionInfo(
  ffi=FixedFileInfo(
    filevers={numbers},
    prodvers={numbers},
    mask=0x3F,
    flags=0x0,
    OS=0x40004,
    fileType=0x1,
    subtype=0x0,
    date=(0, 0),
  ),
  kids=[
    StringFileInfo([
      StringTable(
        '040904B0',
        [
{entries},
        ],
      ),
    ]),
    VarFileInfo([VarStruct('Translation', [0x0409, 1200])]),
  ],
)
"""


def info_plist(version: str) -> dict[str, object]:
    """Info.plist entries added to the ones PyInstaller writes for every bundle."""
    return {
        "CFBundleDisplayName": DISPLAY_NAME,
        "CFBundleName": DISPLAY_NAME,
        "CFBundleShortVersionString": version,
        "CFBundleVersion": version,
        "NSHighResolutionCapable": True,
        "LSMinimumSystemVersion": MACOS_MINIMUM,
        # Follow the system's light or dark appearance, as Qt 6 can.
        "NSRequiresAquaSystemAppearance": False,
        "NSHumanReadableCopyright": f"(c) {COMPANY_NAME}",
    }


# Qt plugins the app uses, by plugin folder; None keeps the whole folder, and folders
# not listed are left out (SQL drivers, TLS, printing, SVG and so on: no code uses them).
QT_PLUGINS: dict[str, frozenset[str] | None] = {
    # offscreen for --self-test and CI; the native one for each system.
    "platforms": frozenset({"qoffscreen", "qxcb", "qwayland", "qwindows", "qcocoa"}),
    # The portal theme gives native file dialogs on Linux over D-Bus. The GTK 3 theme
    # is left out: it drags a private copy of GTK into the bundle, which then clashes
    # with the themes and modules of the user's own GTK.
    "platformthemes": frozenset({"qxdgdesktopportal"}),
    # Dead keys and input methods, for accented names typed into the form.
    "platforminputcontexts": frozenset(
        {"composeplatforminputcontextplugin", "ibusplatforminputcontextplugin"}
    ),
    # The native look: Windows 11 and macOS styles come as plugins.
    "styles": None,
    # PNG, the icon's format, is built into Qt; ICO lets Qt read the Windows icon too.
    "imageformats": frozenset({"qico"}),
    "xcbglintegrations": None,
    "wayland-shell-integration": frozenset({"xdg-shell"}),
    "wayland-decoration-client": None,
    "wayland-graphics-integration-client": None,
}


def plugin_name(filename: str) -> str:
    """'libqxcb.so', 'qwindows.dll' and 'libqcocoa.dylib' become 'qxcb', 'qwindows', 'qcocoa'."""
    stem = Path(filename).name.split(".")[0]
    return stem.removeprefix("lib")


def plugin_wanted(category: str, filename: str) -> bool:
    """Whether a Qt plugin file of this plugin folder goes into the bundle."""
    if category not in QT_PLUGINS:
        return False
    names = QT_PLUGINS[category]
    return names is None or plugin_name(filename) in names
