"""``--self-test``: check that a build can run here, print what was found and exit.

Made for the PyInstaller bundle, where a missing plugin, backend or library shows up
only at run time: Qt and the window, the system libraries of the desktop plugins
(Linux), the icon, translations, the keyring backend, paramiko's ciphers, the demo
server and the app's folders. It needs no display (Qt runs offscreen unless
``QT_QPA_PLATFORM`` says otherwise), opens no connection and stores no password.

The report goes to standard output and to ``self-test.txt`` in the log folder: a
windowed build on Windows has no standard output, and support can ask for the file.
"""

from __future__ import annotations

import importlib
import importlib.metadata
import os
import platform
import socket
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TextIO

from desktop_uploader import APP_NAME, __version__, paths

REPORT_NAME = "self-test.txt"

# What an up-to-date company server negotiates (OpenSSH 9): the check fails when the
# crypto library in a build lost one of them.
REQUIRED_CIPHERS = ("aes128-gcm@openssh.com", "aes256-gcm@openssh.com")
REQUIRED_KEY_TYPES = ("ssh-ed25519",)
REQUIRED_KEX = ("curve25519-sha256@libssh.org",)

# keyring finds its backends through entry points, which a frozen build can lose; the
# native one for each system must at least import.
NATIVE_KEYRING_MODULES = {
    "win32": "keyring.backends.Windows",
    "darwin": "keyring.backends.macOS",
    "linux": "keyring.backends.SecretService",
}


@dataclass(frozen=True)
class Check:
    """One line of the report: what was checked, whether it passed, and what was seen."""

    name: str
    ok: bool
    detail: str
    seconds: float = 0.0


def check_app() -> Check:
    frozen = getattr(sys, "frozen", False)
    kind = "PyInstaller bundle" if frozen else "Python source"
    detail = (
        f"{APP_NAME} {__version__} ({kind}), Python {platform.python_version()}, "
        f"{platform.system()} {platform.release()} {platform.machine()}"
    )
    return Check("app", True, detail)


def check_qt() -> Check:
    """Start Qt, build the main window and show it, with throwaway settings."""
    import PySide6
    from PySide6.QtCore import QEvent, qVersion
    from PySide6.QtGui import QImageReader
    from PySide6.QtWidgets import QApplication, QStyleFactory

    app = QApplication.instance() or QApplication([sys.argv[0]])
    from desktop_uploader.gui.main_window import MainWindow

    # A settings file of its own: the check must neither read nor change the user's.
    with tempfile.TemporaryDirectory(prefix="desktop-uploader-self-test-") as folder:
        window = MainWindow(settings_path=Path(folder) / "settings.json")
        window.show()
        app.processEvents()
        shown = window.isVisible()
        window.hide()
        window.deleteLater()
        app.sendPostedEvents(None, QEvent.Type.DeferredDelete)

    formats = {bytes(f).decode() for f in QImageReader.supportedImageFormats()}
    detail = (
        f"PySide6 {PySide6.__version__}, Qt {qVersion()}, platform {app.platformName()}, "
        f"styles {', '.join(QStyleFactory.keys())}; "
        f"main window {'built and shown' if shown else 'built but not shown'}; "
        f"PNG images: {'yes' if 'png' in formats else 'no'}"
    )
    return Check("qt", shown and "png" in formats, detail)


# The plugins that draw the window on a Linux desktop, by the session that needs them,
# with the Debian and Ubuntu packages of the system libraries each loads (a bundle
# carries Qt, not these; docs/distribution.md lists them too).
DESKTOP_PLUGINS = {
    "x11": (
        "libqxcb.so",
        "libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-image0 libxcb-render-util0 "
        "libxcb-shape0 libxcb-randr0 libxcb-xkb1 libxcb-sync1 libxcb-xfixes0 libxcb-shm0 "
        "libx11-xcb1 libxkbcommon-x11-0",
    ),
    "wayland": ("libqwayland.so", "libwayland-client0 libwayland-cursor0 libxkbcommon0"),
}


def check_desktop(
    plugins: Path | None = None,
    session: str | None = None,
    load: Callable[[str], object] | None = None,
) -> Check:
    """Linux: the plugins that show the window on a desktop load with this system's
    libraries (the rest of the check runs offscreen, which needs none of them).

    A bundle carries Qt but takes some X11 and Wayland libraries from the system; a
    system without them opens no window at all. Only the session in use here counts
    as a failure: a server without a desktop needs neither plugin.

    Args:
        plugins: Qt's platform plugin folder; by default the one Qt reports.
        session: "x11", "wayland" or "" (none); by default read from the environment.
        load: how a library is loaded; by default the system loader (``ctypes``).
    """
    if not sys.platform.startswith("linux"):
        return Check("desktop", True, "not Linux: the system draws the window")
    import ctypes

    plugins = plugins or _platform_plugin_folder()
    session = _desktop_session() if session is None else session
    load = load or ctypes.CDLL
    problems = {
        kind: _load_problem(plugins / name, load) for kind, (name, _) in DESKTOP_PLUGINS.items()
    }
    results = [f"{kind}: {problem or 'loads'}" for kind, problem in problems.items()]
    advice = ""
    # Qt falls back to X11 in a Wayland session (through XWayland), not the other way.
    usable = {"x11": ("x11",), "wayland": ("wayland", "x11")}.get(session, ())
    if usable and all(problems[kind] for kind in usable):
        advice = f"; the window cannot open here: install {DESKTOP_PLUGINS[session][1]}"
    where = f"this {session} session" if session else "no desktop session here"
    return Check("desktop", not advice, f"{'; '.join(results)} ({where}){advice}")


def _load_problem(plugin: Path, load: Callable[[str], object]) -> str | None:
    if not plugin.is_file():
        return f"{plugin.name} is not in this build"
    try:
        load(str(plugin))
    except OSError as exc:
        # The loader names the first library it could not find. In a bundle, PyInstaller
        # words it as a file missing from the build and keeps the loader's words as cause.
        cause = exc.__cause__ if isinstance(exc.__cause__, OSError) else exc
        return f"cannot load ({cause})"
    return None


def _platform_plugin_folder() -> Path:
    from PySide6.QtCore import QLibraryInfo

    return Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.PluginsPath)) / "platforms"


def _desktop_session() -> str:
    """The desktop session this process runs in, as Qt would pick its plugin."""
    if os.environ.get("WAYLAND_DISPLAY"):
        return "wayland"
    if os.environ.get("DISPLAY"):
        return "x11"
    return ""


def check_icon() -> Check:
    from desktop_uploader.gui.app_icon import app_icon, icon_files

    files = icon_files()
    icon = app_icon()
    sizes = sorted(size.width() for size in icon.availableSizes())
    if icon.isNull():
        return Check("icon", False, f"no icon could be read ({len(files)} files found)")
    return Check("icon", True, f"{len(sizes)} sizes, {sizes[0]} to {sizes[-1]} px")


def check_translations() -> Check:
    """Each language's .qm file is shipped and loads."""
    from PySide6.QtCore import QTranslator

    from desktop_uploader.gui import translations

    missing, broken = [], []
    for language in translations.LANGUAGES:
        path = translations.catalog_file(language)
        if not path.is_file():
            missing.append(path.name)
        elif not QTranslator().load(path.read_bytes()):
            broken.append(path.name)
    if missing or broken:
        detail = "; ".join(
            f"{what}: {', '.join(names)}"
            for what, names in (("missing", missing), ("cannot load", broken))
            if names
        )
        return Check("translations", False, detail)
    return Check("translations", True, ", ".join(translations.LANGUAGES))


def check_keyring() -> Check:
    """Report the backend; only reads what keyring chose, never reads or writes a secret."""
    from desktop_uploader import credentials

    plugins = sorted(e.name for e in importlib.metadata.entry_points(group="keyring.backends"))
    name = credentials.backend_name()
    available = credentials.backend_available()
    detail = (
        f"backend {name}, secure store available: {'yes' if available else 'no'}; "
        f"backends known: {', '.join(plugins) or 'none'}"
    )
    problems = []
    if not plugins:
        problems.append("keyring's backend list (entry points) is missing from this build")
    native = NATIVE_KEYRING_MODULES.get(sys.platform)
    if native:
        try:
            importlib.import_module(native)
        except ImportError as exc:
            problems.append(f"{native} cannot be imported ({exc})")
    # Windows and macOS always have a store: without one, the build lost the backend.
    # On Linux it depends on the desktop session, and the app then asks at each run.
    if sys.platform in ("win32", "darwin") and not available:
        problems.append("the system's credential store was not found")
    return Check("keyring", not problems, "; ".join([detail, *problems]))


def check_ssh() -> Check:
    """paramiko's offered algorithms, and a real AES-GCM and Ed25519 round trip."""
    import paramiko
    from cryptography.hazmat.backends.openssl.backend import backend as openssl
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    # A Transport over a local socket pair lists what paramiko would offer a server,
    # without a network or a handshake.
    left, right = socket.socketpair()
    try:
        transport = paramiko.Transport(left)
        options = transport.get_security_options()
        offered = set(options.ciphers) | set(options.key_types) | set(options.kex)
        transport.close()
    finally:
        left.close()
        right.close()
    missing = [
        name
        for name in (*REQUIRED_CIPHERS, *REQUIRED_KEY_TYPES, *REQUIRED_KEX)
        if name not in offered
    ]

    key = AESGCM.generate_key(bit_length=256)
    nonce = os.urandom(12)
    sealed = AESGCM(key).encrypt(nonce, b"self-test", None)
    aes_works = AESGCM(key).decrypt(nonce, sealed, None) == b"self-test"
    signer = Ed25519PrivateKey.generate()
    signer.public_key().verify(signer.sign(b"self-test"), b"self-test")

    detail = (
        f"paramiko {paramiko.__version__}, {openssl.openssl_version_text()}; "
        f"{len(options.ciphers)} ciphers, {len(options.kex)} key exchanges, "
        f"{len(options.key_types)} host key types; AES-GCM and Ed25519 work"
    )
    if missing:
        detail += f"; not offered: {', '.join(missing)}"
    return Check("ssh", aes_works and not missing, detail)


def check_demo() -> Check:
    """The window's demo server: a bundle must carry it, a source install may lack it.

    Analysts cannot install a missing package into a bundle, so a bundle without
    asyncssh fails; from source the demo extra is optional and its absence is reported.
    """
    frozen = getattr(sys, "frozen", False)
    try:
        # The module the demo server starts with; importing it opens no port.
        importlib.import_module("desktop_uploader.demo._sftp")
    except ImportError as exc:
        if frozen:
            return Check("demo", False, f"the demo server cannot be imported ({exc})")
        return Check("demo", True, "not installed (the demo extra): the window says how")
    version = importlib.metadata.version("asyncssh")
    return Check("demo", True, f"demo server can start (asyncssh {version})")


def check_folders() -> Check:
    folders = {
        "settings": paths.config_dir(),
        "data": paths.data_dir(),
        "logs": paths.log_dir(),
    }
    unwritable = [name for name, path in folders.items() if not os.access(path, os.W_OK)]
    detail = "; ".join(f"{name} {path}" for name, path in folders.items())
    if os.environ.get(paths.HOME_OVERRIDE_VARIABLE):
        detail += f" (moved by {paths.HOME_OVERRIDE_VARIABLE})"
    if unwritable:
        detail += f"; cannot write to {', '.join(unwritable)}"
    return Check("folders", not unwritable, detail)


CHECKS: tuple[Callable[[], Check], ...] = (
    check_app,
    check_folders,
    check_qt,
    check_desktop,
    check_icon,
    check_translations,
    check_keyring,
    check_ssh,
    check_demo,
)


def run_checks() -> list[Check]:
    """Run every check in order; an exception fails only its own check."""
    results = []
    for check in CHECKS:
        started = time.perf_counter()
        try:
            result = check()
        except Exception as exc:
            # Whatever broke, the report names it and the other checks still run.
            name = check.__name__.removeprefix("check_")
            result = Check(name, False, f"{type(exc).__name__}: {exc}")
        elapsed = time.perf_counter() - started
        results.append(Check(result.name, result.ok, result.detail, elapsed))
    return results


def format_report(checks: list[Check]) -> str:
    lines = [f"{'ok' if c.ok else 'FAIL':4}  {c.name:12} {c.detail}" for c in checks]
    failed = [c.name for c in checks if not c.ok]
    total = sum(c.seconds for c in checks)
    verdict = f"failed: {', '.join(failed)}" if failed else "passed"
    lines.append(f"self-test {verdict} in {total:.2f} s")
    return "\n".join(lines) + "\n"


def main(out: TextIO | None = None) -> int:
    """Run the self test and return the exit code: 0 when every check passed, else 1."""
    # Before Qt starts: a self test must work over SSH and in CI, with no display.
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    checks = run_checks()
    report = format_report(checks)

    stream = out if out is not None else sys.stdout
    if stream is not None:
        stream.write(report)
        stream.flush()
    try:
        (paths.log_dir() / REPORT_NAME).write_text(report, encoding="utf-8")
    except OSError as exc:
        if stream is not None:
            stream.write(f"(report not saved to the log folder: {exc})\n")
    return 0 if all(c.ok for c in checks) else 1
