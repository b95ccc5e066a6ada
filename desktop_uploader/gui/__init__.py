"""The PySide6 window. ``MainWindow()`` needs no arguments; ``app.main`` starts the app."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from desktop_uploader.gui.main_window import MainWindow

__all__ = ["MainWindow"]


def __getattr__(name: str) -> object:
    # Loaded on first use, so importing a small gui module (the crash dialog, in the
    # entry point) does not import the whole window and the engine behind it.
    if name == "MainWindow":
        from desktop_uploader.gui.main_window import MainWindow

        return MainWindow
    raise AttributeError(name)
