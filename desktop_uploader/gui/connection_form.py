"""Where to connect, which server key to expect, and how to log in. The password and a
key's passphrase go to the OS keyring only when the analyst asks for it, and come back
from there at the next start."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QTimer, Signal, Slot
from PySide6.QtGui import QIntValidator
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from desktop_uploader import credentials
from desktop_uploader.app_settings import WindowSettings
from desktop_uploader.engine.errors import BadInputError
from desktop_uploader.engine.host_keys import normalize_fingerprint
from desktop_uploader.engine.settings import (
    DEFAULT_PORT,
    DEFAULT_REMOTE_BASE,
    Credentials,
    ReplacePolicy,
    Secret,
    ServerSettings,
)
from desktop_uploader.gui.engine_texts import error_text
from desktop_uploader.gui.login_fields import LoginFields

log = logging.getLogger(__name__)


class ConnectionForm(QGroupBox):
    """Host, port, user, remote base, the expected server key and the login method, with
    Remember, Forget and Test."""

    test_clicked = Signal()
    notice_changed = Signal(str)  # a calm one-line notice about the password store
    secrets_forgotten = Signal()  # Forget deleted the stored password and passphrase

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Server"))
        self.setObjectName("connectionGroup")
        # A trust store that replaces the usual ones; only the demo server sets it, and
        # only for the demo's own address: a real server typed in afterwards must be
        # checked against the real trust stores, or a changed key would pass as new.
        self.known_hosts_file: Path | None = None
        self._demo_address: tuple[str, int] | None = None
        self._running = False
        self._build_fields()
        self._build_layout()
        self.keyring_available = credentials.backend_available()
        if not self.keyring_available:
            self.remember_password_check.setEnabled(False)
            self.login.remember_passphrase_check.setEnabled(False)
        self._watch_stored_secrets()

    def _build_fields(self) -> None:
        self.host_edit = _edit("hostEdit", self.tr("Server host name"), "sftp.example.com")
        self.port_edit = _edit("portEdit", self.tr("Server port"), str(DEFAULT_PORT))
        self.port_edit.setValidator(QIntValidator(1, 65535, self))
        self.port_edit.setMaximumWidth(80)
        self.user_edit = _edit("userEdit", self.tr("User name"), self.tr("your login"))
        self.login = LoginFields()
        self.login.method_changed.connect(self._on_login_method_changed)
        self.password_edit = self.login.password_edit
        self.fingerprint_edit = _edit(
            "hostKeyFingerprintEdit",
            self.tr("Server key fingerprint"),
            self.tr("SHA256:… (optional, from IT)"),
        )
        self.fingerprint_edit.setToolTip(
            self.tr(
                "The server key's SHA256 fingerprint as IT gave it. When set, only that key "
                "is accepted, and a new server is trusted without asking."
            )
        )
        self.remote_base_edit = _edit(
            "remoteBaseEdit", self.tr("Remote base folder"), "/data/to/startflow"
        )
        self.remember_password_check = QCheckBox(self.tr("Re&member password"))
        self.remember_password_check.setObjectName("rememberPasswordCheck")
        self.remember_password_check.setAccessibleName(
            self.tr("Remember password in the OS keyring")
        )
        self.forget_password_button = _button(
            "forgetPasswordButton", self.tr("For&get"), self.tr("Forget password")
        )
        self.forget_password_button.setToolTip(
            self.tr("Delete the stored password and key passphrase from the OS keyring")
        )
        self.forget_password_button.clicked.connect(self._on_forget_clicked)
        self.test_button = _button(
            "testConnectionButton", self.tr("Test con&nection"), self.tr("Test connection")
        )
        self.test_button.setToolTip(
            self.tr("Log in, check the server key and find each business unit")
        )
        self.test_button.clicked.connect(self.test_clicked)
        self.replace_combo = self._replace_combo()

    def _replace_combo(self) -> QComboBox:
        combo = QComboBox()
        combo.setObjectName("replacePolicyCombo")
        combo.setAccessibleName(self.tr("Files already on the server"))
        combo.setToolTip(
            self.tr(
                "What happens to a file that is already on the server. “Only when changed” "
                "compares its size and modification time with the local file."
            )
        )
        choices = (
            (self.tr("Always replace them"), ReplacePolicy.ALWAYS),
            (self.tr("Replace only when changed"), ReplacePolicy.WHEN_CHANGED),
            (self.tr("Never replace them"), ReplacePolicy.NEVER),
        )
        for text, policy in choices:
            combo.addItem(text, policy.value)
        return combo

    def _watch_stored_secrets(self) -> None:
        # Forget is offered only while the keyring holds something for the login shown.
        # The keyring is asked once typing pauses, not at every key press.
        self._has_stored_secret = False
        self.forget_password_button.setEnabled(False)
        self._secret_check = QTimer(self)
        self._secret_check.setSingleShot(True)
        self._secret_check.setInterval(300)
        self._secret_check.timeout.connect(self.refresh_forget_button)
        for edit in (self.host_edit, self.port_edit, self.user_edit, self.login.key_file_edit):
            edit.textChanged.connect(self._secret_check.start)

    def _build_layout(self) -> None:
        grid = QGridLayout(self)
        grid.addWidget(_label(self.tr("Hos&t"), self.host_edit), 0, 0)
        grid.addWidget(self.host_edit, 0, 1)
        grid.addWidget(_label(self.tr("P&ort"), self.port_edit), 0, 2)
        grid.addWidget(self.port_edit, 0, 3)
        grid.addWidget(_label(self.tr("Us&er"), self.user_edit), 0, 4)
        grid.addWidget(self.user_edit, 0, 5)
        grid.addWidget(_label(self.tr("Remote &base"), self.remote_base_edit), 1, 0)
        grid.addWidget(self.remote_base_edit, 1, 1, 1, 3)
        grid.addWidget(_label(self.tr("&Login with"), self.login.method_combo), 1, 4)
        grid.addWidget(self.login.method_combo, 1, 5)
        grid.addWidget(_label(self.tr("Server &key"), self.fingerprint_edit), 2, 0)
        grid.addWidget(self.fingerprint_edit, 2, 1, 1, 3)
        grid.addWidget(self.login, 2, 4, 1, 2)
        grid.addWidget(_label(self.tr("F&iles on the server"), self.replace_combo), 3, 0)
        grid.addWidget(self.replace_combo, 3, 1, 1, 3)
        row = QHBoxLayout()
        row.addWidget(self.remember_password_check)
        row.addWidget(self.forget_password_button)
        row.addStretch(1)
        row.addWidget(self.test_button)
        grid.addLayout(row, 3, 5)
        grid.setColumnStretch(1, 3)
        grid.setColumnStretch(5, 2)

    def no_keyring_notice(self) -> str:
        return self.tr(
            "No secure password store is available on this computer, so the password is "
            "asked for each session and never saved."
        )

    def edits(self) -> tuple[QLineEdit, ...]:
        """The fields in tab order."""
        return (
            self.host_edit,
            self.port_edit,
            self.user_edit,
            self.remote_base_edit,
            self.fingerprint_edit,
            *self.login.edits(),
        )

    def focus_chain(self) -> tuple[QWidget, ...]:
        """Every focusable widget of the form, in tab order."""
        return (
            *self.edits()[:5],
            *self.login.focus_chain(),
            self.replace_combo,
            self.remember_password_check,
            self.forget_password_button,
            self.test_button,
        )

    # Settings

    def apply_settings(self, settings: WindowSettings) -> None:
        self.host_edit.setText(settings.host)
        self.port_edit.setText(str(settings.port))
        self.user_edit.setText(settings.username)
        self.remote_base_edit.setText(settings.remote_base)
        self.fingerprint_edit.setText(settings.host_key_fingerprint)
        self.login.set_method(settings.login_method)
        self.login.key_file_edit.setText(settings.key_file)
        remember = settings.remember_password and self.keyring_available
        self.remember_password_check.setChecked(remember)
        if remember:
            self.fill_stored_password()
        remember_passphrase = settings.remember_passphrase and self.keyring_available
        self.login.remember_passphrase_check.setChecked(remember_passphrase)
        if remember_passphrase:
            self.login.fill_stored_passphrase()
        self.set_replace_policy(settings.replace_policy)
        self.refresh_forget_button()

    def store_into(self, settings: WindowSettings) -> None:
        settings.host = self.host_edit.text().strip()
        settings.port = self._port_or_default()
        settings.username = self.user_edit.text().strip()
        settings.remote_base = self.remote_base_edit.text().strip()
        settings.remember_password = self.remember_password_check.isChecked()
        settings.login_method = self.login.method()
        settings.key_file = self.login.key_file_edit.text().strip()
        settings.remember_passphrase = self.login.remember_passphrase_check.isChecked()
        settings.host_key_fingerprint = self.fingerprint_edit.text().strip()
        settings.replace_policy = self.replace_policy().value

    def replace_policy(self) -> ReplacePolicy:
        """The chosen policy for files already on the server."""
        return ReplacePolicy(self.replace_combo.currentData())

    def set_replace_policy(self, value: str) -> None:
        index = self.replace_combo.findData(value)
        self.replace_combo.setCurrentIndex(max(index, 0))

    # What the engine needs

    def server_settings(self) -> ServerSettings:
        """The server to reach; raises BadInputError naming the missing field."""
        host, user = self.host_edit.text().strip(), self.user_edit.text().strip()
        if not host:
            raise BadInputError(
                self.tr("The server host is empty."), self.tr("Type the host name IT gave you.")
            )
        if not user:
            raise BadInputError(
                self.tr("The user name is empty."), self.tr("Type your SFTP user name.")
            )
        base = self.remote_base_edit.text().strip() or self.remote_base_edit.placeholderText()
        port = self._port_or_default()
        pin = self.fingerprint_edit.text().strip()
        demo = self._demo_address == (host, port)
        return ServerSettings(
            host=host,
            username=user,
            port=port,
            remote_base=base,
            known_hosts_file=self.known_hosts_file if demo else None,
            host_key_fingerprint=normalize_fingerprint(pin) if pin else None,
        )

    def use_demo(self, host: str, port: int, username: str, password: str, known_hosts: Path):
        """Fill in the demo server; its password is never remembered."""
        self.host_edit.setText(host)
        self.port_edit.setText(str(port))
        self.user_edit.setText(username)
        self.remote_base_edit.setText(DEFAULT_REMOTE_BASE)
        self.login.set_method("password")
        self.password_edit.setText(password)
        self.remember_password_check.setChecked(False)
        self.fingerprint_edit.clear()
        self.known_hosts_file = known_hosts
        self._demo_address = (host, port)

    def credentials(self) -> Credentials:
        """Only the chosen login method; raises BadInputError when it is incomplete."""
        return self.login.credentials()

    def _port_or_default(self) -> int:
        text = self.port_edit.text().strip()
        return int(text) if text.isdigit() and 0 < int(text) < 65536 else DEFAULT_PORT

    # Keyring

    def fill_stored_password(self) -> None:
        """Put the remembered password in the field, when there is one."""
        user, host = self.user_edit.text().strip(), self.host_edit.text().strip()
        if not (user and host):
            return
        stored = credentials.get_password(user, host, self._port_or_default())
        if stored:
            self.password_edit.setText(stored.reveal())

    def remember_if_asked(self) -> None:
        """Store the password or passphrase after a successful login, if asked to."""
        notice = self.login.remember_passphrase_if_asked(self.keyring_available)
        if notice:
            self.notice_changed.emit(notice)
        self._remember_password_if_asked()
        self.refresh_forget_button()

    def _remember_password_if_asked(self) -> None:
        if self.login.method() != "password":
            return
        wanted = self.keyring_available and self.remember_password_check.isChecked()
        if not (wanted and self.password_edit.text()):
            return
        user, host = self.user_edit.text().strip(), self.host_edit.text().strip()
        try:
            credentials.store_password(
                user, host, self._port_or_default(), Secret(self.password_edit.text())
            )
        except credentials.CredentialStoreError as exc:
            self.notice_changed.emit(error_text(exc))
            return
        log.info(
            "Password stored in the keyring for %s",
            credentials.entry_name(user, host, self._port_or_default()),
        )

    @Slot()
    def _on_forget_clicked(self) -> None:
        user, host = self.user_edit.text().strip(), self.host_edit.text().strip()
        try:
            credentials.forget_password(user, host, self._port_or_default())
            self.login.forget_passphrase()
        except credentials.CredentialStoreError as exc:
            self.notice_changed.emit(error_text(exc))
            return
        self.remember_password_check.setChecked(False)
        self.refresh_forget_button()
        self.secrets_forgotten.emit()
        self.notice_changed.emit(
            self.tr("The stored password and key passphrase were deleted from the keyring.")
        )

    @Slot()
    def refresh_forget_button(self) -> None:
        """Enable Forget only when a password or passphrase is stored for this login."""
        self._has_stored_secret = self.keyring_available and self._secret_is_stored()
        self.forget_password_button.setEnabled(self._has_stored_secret and not self._running)

    def _secret_is_stored(self) -> bool:
        user, host = self.user_edit.text().strip(), self.host_edit.text().strip()
        if user and host and credentials.get_password(user, host, self._port_or_default()):
            return True
        key_file = self.login.key_file()
        return key_file is not None and credentials.get_passphrase(key_file) is not None

    def set_running(self, running: bool) -> None:
        self._running = running
        for widget in (*self.focus_chain(), self.test_button):
            widget.setEnabled(not running)
        # A profile may lock the policy: then the list stays disabled after a run too.
        locked = bool(self.replace_combo.property("lockedByProfile"))
        self.replace_combo.setEnabled(not running and not locked)
        for widget in (self.remember_password_check, self.login.remember_passphrase_check):
            widget.setEnabled(not running and self.keyring_available)
        self.forget_password_button.setEnabled(not running and self._has_stored_secret)

    @Slot(str)
    def _on_login_method_changed(self, method: str) -> None:
        # The Remember box is about the password: out of place for a key or the agent.
        self.remember_password_check.setVisible(method == "password")


def _edit(name: str, accessible: str, placeholder: str) -> QLineEdit:
    edit = QLineEdit()
    edit.setObjectName(name)
    edit.setAccessibleName(accessible)
    edit.setPlaceholderText(placeholder)
    return edit


def _button(name: str, text: str, accessible: str) -> QPushButton:
    button = QPushButton(text)
    button.setObjectName(name)
    button.setAccessibleName(accessible)
    return button


def _label(text: str, buddy: QWidget) -> QLabel:
    label = QLabel(text)
    label.setBuddy(buddy)
    return label
