"""One window per profile: a second start hands over to the running one and exits.

Two windows on one profile would open ``user.db`` twice and fight over the settings
file. The running window listens on a local socket named after the profile folder; a
second start connects, asks it to come forward, and leaves.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket

WAIT_MS = 500
REQUEST = b"show\n"


def server_name(profile: Path) -> str:
    digest = hashlib.sha256(str(profile.resolve()).encode("utf-8")).hexdigest()[:16]
    return f"briefing-{digest}"


class SingleInstance(QObject):
    """``forward()`` for a second start; ``listen()`` for the first; ``activated`` then."""

    activated = Signal()

    def __init__(self, profile: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.name = server_name(profile)
        self._server: QLocalServer | None = None

    def forward(self) -> bool:
        """True when a window for this profile runs and was asked to come forward."""
        socket = QLocalSocket(self)
        socket.connectToServer(self.name)
        if not socket.waitForConnected(WAIT_MS):
            return False
        socket.write(REQUEST)
        socket.waitForBytesWritten(WAIT_MS)
        socket.disconnectFromServer()
        return True

    def listen(self) -> bool:
        """Serve later starts; a socket left by a crashed run is removed first."""
        QLocalServer.removeServer(self.name)
        self._server = QLocalServer(self)
        self._server.newConnection.connect(self._on_server_newConnection)
        return self._server.listen(self.name)

    def close(self) -> None:
        if self._server is not None:
            self._server.close()
            self._server = None

    def _on_server_newConnection(self) -> None:
        assert self._server is not None
        while (socket := self._server.nextPendingConnection()) is not None:
            socket.readyRead.connect(lambda s=socket: self._on_socket_readyRead(s))
            if socket.bytesAvailable():
                self._on_socket_readyRead(socket)

    def _on_socket_readyRead(self, socket: QLocalSocket) -> None:
        if REQUEST.strip() in bytes(socket.readAll().data()):
            self.activated.emit()
        socket.disconnectFromServer()
