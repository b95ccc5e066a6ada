"""The app icon, read from the package data in every size it was drawn."""

from __future__ import annotations

import importlib.resources
import logging
from importlib.resources.abc import Traversable

from PySide6.QtGui import QIcon, QPixmap

log = logging.getLogger(__name__)

RESOURCES_PACKAGE = "desktop_uploader.resources"


def icon_files() -> list[Traversable]:
    """The icon's PNG files, smallest first; empty when the resources are missing."""
    try:
        folder = importlib.resources.files(RESOURCES_PACKAGE) / "icons"
    except ModuleNotFoundError:
        # An editable install made before resources/ became a package: the window
        # still opens, with Qt's default icon, and --self-test reports the gap.
        log.warning("No %s package: reinstall with pip install -e .", RESOURCES_PACKAGE)
        return []
    if not folder.is_dir():
        return []
    pngs = [item for item in folder.iterdir() if item.name.endswith(".png")]
    return sorted(pngs, key=lambda item: int(item.name.removeprefix("app-")[:-4]))


def app_icon() -> QIcon:
    """The window and taskbar icon; a null QIcon when no size could be read.

    The bytes are read rather than the paths handed to Qt, so the icon loads from any
    kind of installation, including one that is not a plain folder on disk.
    """
    icon = QIcon()
    for item in icon_files():
        pixmap = QPixmap()
        if pixmap.loadFromData(item.read_bytes(), "PNG"):
            icon.addPixmap(pixmap)
    return icon
