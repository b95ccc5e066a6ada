"""How the analyst logs in: a password, a private key file, or the SSH agent. Only the
chosen method is shown, and only the chosen method is handed to the engine, so a key
login never sends the password as well."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Signal, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QStackedWidget,
    QWidget,
)

from desktop_uploader import credentials
from desktop_uploader.app_settings import LOGIN_METHODS
from desktop_uploader.engine.errors import BadInputError
from desktop_uploader.engine.settings import Credentials, Secret
from desktop_uploader.gui.engine_texts import error_text


def method_labels() -> dict[str, str]:
    """Each login method as the list shows it, in the window's language."""
    return {
        "password": QCoreApplication.translate("LoginFields", "Password"),
        "key_file": QCoreApplication.translate("LoginFields", "Private key file"),
        "agent": QCoreApplication.translate("LoginFields", "SSH agent"),
    }


class LoginFields(QWidget):
    """The method selector and, below it, the fields of the chosen method."""

    method_changed = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.method_combo = QComboBox()
        self.method_combo.setObjectName("loginMethodCombo")
        self.method_combo.setAccessibleName(self.tr("Login method"))
        labels = method_labels()
        for method in LOGIN_METHODS:
            self.method_combo.addItem(labels[method], method)
        self._build_password_page()
        self._build_key_page()
        self._build_agent_page()
        self.pages = QStackedWidget()
        self.pages.setObjectName("loginPages")
        for page in (self.password_page, self.key_page, self.agent_page):
            self.pages.addWidget(page)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.pages)
        self.method_combo.currentIndexChanged.connect(self._on_method_combo_changed)
        self._show_page(0)

    def _build_password_page(self) -> None:
        self.password_edit = _edit("passwordEdit", self.tr("Password"), "")
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.password_page = QWidget()
        grid = _grid(self.password_page)
        grid.addWidget(_label(self.tr("Pa&ssword"), self.password_edit), 0, 0)
        grid.addWidget(self.password_edit, 0, 1)

    def _build_key_page(self) -> None:
        self.key_file_edit = _edit(
            "keyFileEdit", self.tr("Private key file"), self.tr("e.g. ~/.ssh/id_ed25519")
        )
        self.key_browse_button = QPushButton(self.tr("Bro&wse…"))
        self.key_browse_button.setObjectName("keyFileBrowseButton")
        self.key_browse_button.setAccessibleName(self.tr("Choose the private key file"))
        self.key_browse_button.clicked.connect(self._on_key_browse_clicked)
        self.passphrase_edit = _edit(
            "passphraseEdit", self.tr("Key passphrase"), self.tr("if the key has one")
        )
        self.passphrase_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.remember_passphrase_check = QCheckBox(self.tr("Remember passphrase"))
        self.remember_passphrase_check.setObjectName("rememberPassphraseCheck")
        self.remember_passphrase_check.setAccessibleName(
            self.tr("Remember the key's passphrase in the OS keyring")
        )
        self.key_page = QWidget()
        grid = _grid(self.key_page)
        grid.addWidget(_label(self.tr("Ke&y file"), self.key_file_edit), 0, 0)
        grid.addWidget(self.key_file_edit, 0, 1)
        grid.addWidget(self.key_browse_button, 0, 2)
        grid.addWidget(_label(self.tr("Pa&ssphrase"), self.passphrase_edit), 1, 0)
        grid.addWidget(self.passphrase_edit, 1, 1)
        grid.addWidget(self.remember_passphrase_check, 1, 2)

    def _build_agent_page(self) -> None:
        self.agent_page = QWidget()
        note = QLabel(
            self.tr("Uses the keys held by your running SSH agent (ssh-agent or Pageant).")
        )
        note.setObjectName("agentNote")
        note.setWordWrap(True)
        _grid(self.agent_page).addWidget(note, 0, 0)

    def edits(self) -> tuple[QLineEdit, ...]:
        return (self.password_edit, self.key_file_edit, self.passphrase_edit)

    def focus_chain(self) -> tuple[QWidget, ...]:
        return (
            self.method_combo,
            self.password_edit,
            self.key_file_edit,
            self.key_browse_button,
            self.passphrase_edit,
            self.remember_passphrase_check,
        )

    # The chosen method

    def method(self) -> str:
        return self.method_combo.currentData()

    def set_method(self, method: str) -> None:
        index = self.method_combo.findData(method)
        self.method_combo.setCurrentIndex(max(index, 0))

    def key_file(self) -> Path | None:
        text = self.key_file_edit.text().strip()
        return Path(text).expanduser() if text else None

    def credentials(self) -> Credentials:
        """The chosen method's credentials only; raises BadInputError when incomplete."""
        method = self.method()
        if method == "agent":
            return Credentials(use_agent=True)
        if method == "key_file":
            key_file = self.key_file()
            if key_file is None:
                raise BadInputError(
                    self.tr("No private key file is chosen."),
                    self.tr("Press Browse and choose your key file."),
                )
            passphrase = self.passphrase_edit.text()
            return Credentials(key_file=key_file, passphrase=Secret(passphrase) or None)
        password = self.password_edit.text()
        if not password:
            raise BadInputError(
                self.tr("The password is empty."), self.tr("Type your SFTP password.")
            )
        return Credentials(password=Secret(password))

    # The passphrase in the keyring

    def fill_stored_passphrase(self) -> None:
        key_file = self.key_file()
        if key_file is None:
            return
        stored = credentials.get_passphrase(key_file)
        if stored:
            self.passphrase_edit.setText(stored.reveal())

    def remember_passphrase_if_asked(self, keyring_available: bool) -> str | None:
        """Store the passphrase after a login with it worked; returns a notice or None."""
        key_file, passphrase = self.key_file(), self.passphrase_edit.text()
        wanted = keyring_available and self.remember_passphrase_check.isChecked()
        if not (wanted and self.method() == "key_file" and key_file and passphrase):
            return None
        try:
            credentials.store_passphrase(key_file, Secret(passphrase))
        except credentials.CredentialStoreError as exc:
            return error_text(exc)
        return None

    def forget_passphrase(self) -> None:
        key_file = self.key_file()
        if key_file is not None:
            credentials.forget_passphrase(key_file)
        self.passphrase_edit.clear()
        self.remember_passphrase_check.setChecked(False)

    @Slot(int)
    def _on_method_combo_changed(self, index: int) -> None:
        self._show_page(index)
        self.method_changed.emit(self.method())

    def _show_page(self, index: int) -> None:
        # A stacked widget is as tall as its tallest page; hidden pages are told to take
        # no room, so the password page leaves no gap where the key page's rows would be.
        for number in range(self.pages.count()):
            policy = QSizePolicy.Policy.Preferred if number == index else QSizePolicy.Policy.Ignored
            self.pages.widget(number).setSizePolicy(policy, policy)
        self.pages.setCurrentIndex(index)
        self.pages.adjustSize()

    @Slot()
    def _on_key_browse_clicked(self) -> None:
        start = str(Path.home() / ".ssh")
        dialog = QFileDialog(self, self.tr("Choose your private key file"), start)
        dialog.setObjectName("keyFileDialog")
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
        dialog.fileSelected.connect(self.key_file_edit.setText)
        dialog.open()


def _grid(page: QWidget) -> QGridLayout:
    grid = QGridLayout(page)
    grid.setContentsMargins(0, 0, 0, 0)
    grid.setColumnStretch(1, 1)
    return grid


def _edit(name: str, accessible: str, placeholder: str) -> QLineEdit:
    edit = QLineEdit()
    edit.setObjectName(name)
    edit.setAccessibleName(accessible)
    edit.setPlaceholderText(placeholder)
    return edit


def _label(text: str, buddy: QWidget) -> QLabel:
    label = QLabel(text)
    label.setBuddy(buddy)
    return label
