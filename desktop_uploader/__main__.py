"""``python -m desktop_uploader`` opens the window, like the ``desktop-uploader`` command.

``python -m desktop_uploader --self-test`` checks the installation instead and exits.
"""

import sys

from desktop_uploader.gui.app import main

if __name__ == "__main__":
    sys.exit(main())
