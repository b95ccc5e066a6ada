"""The one decision the engine asks for: trust a server seen for the first time."""

from __future__ import annotations

import html

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from desktop_uploader.engine.host_keys import HostKeyInfo


class HostKeyDialog(QDialog):
    """Shows the key type and SHA256 fingerprint; Trust stores it, Cancel refuses."""

    def __init__(self, info: HostKeyInfo, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("hostKeyDialog")
        self.setWindowTitle(self.tr("Unknown server"))
        self.setAccessibleName(self.tr("Unknown server key"))
        text = QLabel(self._explanation(info))
        text.setObjectName("hostKeyText")
        text.setWordWrap(True)
        buttons = QDialogButtonBox()
        self.trust_button = buttons.addButton(
            self.tr("&Trust and remember"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.trust_button.setObjectName("trustHostKeyButton")
        self.cancel_button = buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.cancel_button.setObjectName("refuseHostKeyButton")
        # Refusing is the safe answer, so it is what Enter does. A push button that
        # has the focus becomes the default while it is auto-default: the Trust button
        # must not, or Enter would trust whenever it happens to hold the focus.
        self.trust_button.setAutoDefault(False)
        self.cancel_button.setDefault(True)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addWidget(buttons)
        self.setMinimumWidth(520)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        # Focus set before the dialog is shown does not hold: the button box hands it
        # to its first button, Trust, where Space would trust. Cancel takes it here.
        self.cancel_button.setFocus()

    def _explanation(self, info: HostKeyInfo) -> str:
        first = self.tr(
            "This is the first connection to {server} from this computer. The server "
            "identifies itself with this key:"
        )
        compare = self.tr(
            "Compare the fingerprint with the one IT gave you. Trust it only if they are "
            "identical; the key is then remembered and this question is not asked again."
        )
        server = f"<b>{html.escape(info.host)}:{info.port}</b>"
        return (
            f"<p>{html.escape(first).format(server=server)}</p>"
            f"<p style='margin-left:16px'>{html.escape(info.key_type)}<br>"
            f"<code>{html.escape(info.fingerprint)}</code></p>"
            f"<p>{html.escape(compare)}</p>"
        )
