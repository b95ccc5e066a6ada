"""Entry point of the window: ``desktop-uploader`` and ``python -m desktop_uploader``."""

from __future__ import annotations

import logging
import sys

from PySide6.QtWidgets import QApplication, QMessageBox

from desktop_uploader import APP_NAME, __version__, app_settings, logging_setup
from desktop_uploader.gui import crash_dialog, translations
from desktop_uploader.gui.app_icon import app_icon
from desktop_uploader.paths import AppFolderError

log = logging.getLogger(__name__)

# Answered before Qt starts, so that it works on a machine without a display too.
USAGE = """usage: desktop-uploader [--version] [--self-test]

Opens the window that uploads a forecasting pipeline's outputs and logs to the
company SFTP server.

options:
  -h, --help   show this help and exit
  --version    print the version and exit
  --self-test  check this installation (Qt, password store, ciphers) without a window

For uploads without a window, from a script or the pipeline: desktop-uploader-cli --help"""


def main(argv: list[str] | None = None) -> int:
    """Start the window and return the application's exit code."""
    options = (argv if argv is not None else sys.argv)[1:]
    if "--self-test" in options:
        # Checks a build or installation and exits, without a window: see self_test.py.
        from desktop_uploader import self_test

        return self_test.main()
    if "--version" in options:
        print(f"desktop-uploader {__version__}")
        return 0
    if "-h" in options or "--help" in options:
        print(USAGE)
        return 0

    app = QApplication.instance() or QApplication(argv if argv is not None else sys.argv)
    try:
        log_file = logging_setup.start_run_log("gui")
    except AppFolderError as exc:
        return _tell_unusable_folder(exc)
    log.info("desktop-uploader %s starting; run log %s", __version__, log_file)

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


def _tell_unusable_folder(exc: AppFolderError) -> int:
    """Say which folder is in the way, in a box and on the console; no window opens.

    In English: the language setting lives in the very folders that cannot be used.
    """
    from desktop_uploader.engine.errors import EXIT_CODES, ErrorKind

    print(f"error: {exc.message}\n  next step: {exc.hint}", file=sys.stderr)
    QMessageBox.critical(None, APP_NAME, f"{exc.message}\n\n{exc.hint}")
    return EXIT_CODES[ErrorKind.BAD_INPUT]


if __name__ == "__main__":
    sys.exit(main())
