#!/usr/bin/env bash
# Install what the tests need and run them: the README's test command, and what CI runs.
#
# On Debian or Ubuntu as root it installs the missing system packages (OpenSSH server
# for the integration suite, the libraries offscreen Qt loads, gnome-keyring and dbus
# for the Secret Service test). Without root it only warns: the tests that need
# them are then skipped with the reason. Extra arguments go to pytest, e.g.
#   bash scripts/test.sh -m "not sshd"      bash scripts/test.sh tests/unit -x
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."

PYTHON="${PYTHON:-python3}"
APT_PACKAGES=(
    openssh-server
    libegl1 libgl1 libxkbcommon0 libfontconfig1 libdbus-1-3 libglib2.0-0
    gnome-keyring dbus
)

say() { printf '==> %s\n' "$*"; }

missing_apt_packages() {
    local package status
    for package in "$@"; do
        status="$(dpkg-query -W -f='${Status}' "$package" 2>/dev/null || true)"
        if [ "$status" != "install ok installed" ]; then
            printf '%s\n' "$package"
        fi
    done
}

install_system_packages() {
    if ! command -v dpkg-query >/dev/null || ! command -v apt-get >/dev/null; then
        say "Not a Debian-like system: install the equivalents of ${APT_PACKAGES[*]} yourself"
        return
    fi
    local wanted=("${APT_PACKAGES[@]}")
    command -v "$PYTHON" >/dev/null || wanted+=(python3)
    "$PYTHON" -m pip --version >/dev/null 2>&1 || wanted+=(python3-pip)
    local missing
    mapfile -t missing < <(missing_apt_packages "${wanted[@]}")
    if [ "${#missing[@]}" -eq 0 ]; then
        return
    fi
    if [ "$(id -u)" -ne 0 ]; then
        say "Missing ${missing[*]}: the tests that need them will be skipped."
        say "To run them: apt-get install ${missing[*]} (as root)"
        return
    fi
    say "Installing ${missing[*]}"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
}

install_python_packages() {
    # Debian's own Python refuses pip installs outside a venv (PEP 668). Root in CI has
    # no venv and nothing else to protect, so allow it there; inside a venv, pip as usual.
    if "$PYTHON" - <<'PY'
import sys, sysconfig, pathlib
in_venv = sys.prefix != sys.base_prefix
marked = (pathlib.Path(sysconfig.get_path("stdlib")) / "EXTERNALLY-MANAGED").exists()
sys.exit(0 if marked and not in_venv else 1)
PY
    then
        export PIP_BREAK_SYSTEM_PACKAGES=1
    fi
    # The package extra brings PyInstaller: CI builds the bundle once and self-tests it.
    say "Installing the project with its dev and package extras"
    PIP_ROOT_USER_ACTION=ignore "$PYTHON" -m pip install -q --disable-pip-version-check \
        -e ".[dev,package]"
}

install_system_packages </dev/null
install_python_packages </dev/null
say "Running the tests"
exec "$PYTHON" -m pytest -q -p no:cacheprovider -ra --strict-markers "$@" </dev/null
