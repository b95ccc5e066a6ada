# `make package` builds the double-clickable bundle for this system into dist/.
# Needs the build and demo extras first: pip install -e ".[package,demo]"
# (Windows: see docs/distribution.md)

PYTHON ?= python3
BUNDLE := dist/desktop-uploader/desktop-uploader

.PHONY: package self-test icons

package:
	$(PYTHON) -m PyInstaller --noconfirm --distpath dist --workpath build \
		packaging/desktop-uploader.spec
	@echo "Built $(BUNDLE); check it with: make self-test"

# Runs the bundle's own checks (Qt offscreen, keyring, ciphers, icon, folders).
self-test:
	$(BUNDLE) --self-test

# Redraws resources/icons/ after a change to scripts/make_icons.py.
icons:
	$(PYTHON) scripts/make_icons.py
