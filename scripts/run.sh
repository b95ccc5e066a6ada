#!/usr/bin/env bash
# Install the app into .venv and start it: the README's "try it" command.
#
# With no server set up, the window offers "Try the demo server", a practice SFTP
# server on this computer with sample pipeline folders. On a machine with no display
# the console demo runs instead. Extra arguments go to the window.
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."

PYTHON="${PYTHON:-python3}"
VENV=.venv

say() { printf '==> %s\n' "$*"; }

ensure_venv_support() {
    # Debian splits venv out of its Python; install it when we are allowed to.
    if "$PYTHON" -c "import ensurepip, venv" 2>/dev/null; then
        return
    fi
    if [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null; then
        say "Installing python3-venv"
        DEBIAN_FRONTEND=noninteractive apt-get update -qq
        DEBIAN_FRONTEND=noninteractive apt-get install -y -qq python3-venv >/dev/null
    else
        say "Python's venv module is missing: install python3-venv, then run this again."
        exit 1
    fi
}

if [ ! -x "$VENV/bin/python" ]; then
    ensure_venv_support
    say "Creating $VENV"
    "$PYTHON" -m venv "$VENV"
fi
say "Installing desktop-uploader with the demo server"
"$VENV/bin/python" -m pip install -q --disable-pip-version-check ".[demo]"

if [ "$(uname -s)" = "Linux" ] && [ -z "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ]; then
    say "No display here: running the console demo instead of the window"
    exec "$VENV/bin/desktop-uploader-cli" demo
fi
exec "$VENV/bin/desktop-uploader" "$@"
