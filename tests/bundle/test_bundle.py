"""The PyInstaller bundle runs its --self-test, headless, as an analyst's copy would.

test_built_bundle_passes_its_self_test checks dist/ when a bundle is there (build one
with `make package`). test_fresh_build_passes_its_self_test builds one into a temp
folder first: about 25 s, so it runs only under CI (or when asked, with
DESKTOP_UPLOADER_BUILD_BUNDLE=1) and only where PyInstaller is installed
(pip install -e ".[package,demo]").
"""

from __future__ import annotations

import importlib.util
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
EXECUTABLE = "desktop-uploader.exe" if sys.platform == "win32" else "desktop-uploader"
DIST_BUNDLE = ROOT / "dist" / "desktop-uploader" / EXECUTABLE
SPEC = ROOT / "packaging" / "desktop-uploader.spec"


def _truthy(name: str) -> bool:
    return os.environ.get(name, "").lower() in ("1", "true", "yes")


def headless_environment() -> dict[str, str]:
    """The test's environment without any display, so the bundle must go offscreen itself."""
    env = dict(os.environ)
    for name in ("QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY"):
        env.pop(name, None)
    return env


def run_self_test(executable: Path) -> subprocess.CompletedProcess:
    return subprocess.run(
        [str(executable), "--self-test"],
        env=headless_environment(),
        capture_output=True,
        text=True,
        timeout=120,
    )


def assert_passed(result: subprocess.CompletedProcess) -> None:
    report = result.stdout + result.stderr
    assert result.returncode == 0, report
    assert "(PyInstaller bundle)" in result.stdout
    assert "platform offscreen" in result.stdout
    assert result.stdout.rstrip().splitlines()[-1].startswith("self-test passed")


@pytest.mark.skipif(
    not DIST_BUNDLE.exists(),
    reason=f"no bundle at dist/desktop-uploader/{EXECUTABLE}: build one with 'make package'",
)
def test_built_bundle_passes_its_self_test():
    assert_passed(run_self_test(DIST_BUNDLE))


@pytest.mark.skipif(
    not (_truthy("CI") or _truthy("DESKTOP_UPLOADER_BUILD_BUNDLE")),
    reason="builds a bundle (about 25 s): runs under CI or with DESKTOP_UPLOADER_BUILD_BUNDLE=1",
)
@pytest.mark.skipif(
    importlib.util.find_spec("PyInstaller") is None,
    reason='PyInstaller is not installed: pip install -e ".[package,demo]"',
)
def test_fresh_build_passes_its_self_test(tmp_path):
    dist, work = tmp_path / "dist", tmp_path / "build"
    build = subprocess.run(
        [sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN"]
        + ["--distpath", str(dist), "--workpath", str(work), str(SPEC)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert build.returncode == 0, build.stderr[-4000:]

    assert_passed(run_self_test(dist / "desktop-uploader" / EXECUTABLE))
