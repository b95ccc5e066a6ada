"""Entry point of the window: ``desktop-uploader`` and ``python -m desktop_uploader``."""

from __future__ import annotations

import logging
import sys

from PySide6.QtWidgets import QApplication

from desktop_uploader import APP_NAME, __version__, app_settings, logging_setup
from desktop_uploader.gui import crash_dialog, translations
from desktop_uploader.gui.app_icon import app_icon

log = logging.getLogger(__name__)


def main(argv: list[str] | None = None) -> int:
    """Start the window and return the application's exit code."""
    if "--self-test" in (argv if argv is not None else sys.argv)[1:]:
        # Checks a build or installation and exits, without a window: see self_test.py.
        from desktop_uploader import self_test

        return self_test.main()

    log_file = logging_setup.start_run_log("gui")
    log.info("desktop-uploader %s starting; run log %s", __version__, log_file)

    app = QApplication.instance() or QApplication(argv if argv is not None else sys.argv)
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setWindowIcon(app_icon())
    # Installed once Qt exists, so an error from here on opens the crash dialog.
    crash_dialog.install()
    # Before any widget exists: every text is translated when its widget is built.
    translations.install(app_settings.load().settings.language)

    # Imported late: the window pulls in the engine, and a broken import should reach
    # the crash dialog rather than end the process before any window exists.
    from desktop_uploader.gui.main_window import MainWindow

    window = MainWindow()
    window.show()
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
