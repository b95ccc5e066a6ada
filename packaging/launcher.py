"""The bundle's entry script: the same start as ``python -m desktop_uploader``.

PyInstaller runs this file as ``__main__``. It lives outside the package so the bundle
imports ``desktop_uploader`` by its full name, exactly as an installed copy does.
"""

import sys

from desktop_uploader.gui.app import main

if __name__ == "__main__":
    sys.exit(main())
