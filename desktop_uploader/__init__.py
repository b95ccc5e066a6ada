"""desktop_uploader: push a forecasting pipeline's results to the company SFTP server."""

__version__ = "0.1.0"

APP_NAME = "desktop-uploader"
