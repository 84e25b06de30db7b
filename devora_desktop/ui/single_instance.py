"""One app per data dir: the running app listens on a local socket; a second launch (which
fails to take the store lock) asks it to come to the front instead of opening a twin."""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from pathlib import Path

from PySide6.QtNetwork import QLocalServer, QLocalSocket


def socket_name(data_dir: Path) -> str:
    digest = hashlib.sha256(str(Path(data_dir).resolve()).encode()).hexdigest()[:16]
    return f"devora-{digest}"


class InstanceServer:
    def __init__(self, data_dir: Path, on_activate: Callable[[], None]) -> None:
        self.name = socket_name(data_dir)
        self.on_activate = on_activate
        self.server = QLocalServer()
        QLocalServer.removeServer(self.name)  # a stale socket file from a crash
        self.server.listen(self.name)
        self.server.newConnection.connect(self._on_server_new_connection)

    def _on_server_new_connection(self) -> None:
        while self.server.hasPendingConnections():
            conn = self.server.nextPendingConnection()
            conn.readyRead.connect(lambda c=conn: self._on_conn_ready(c))

    def _on_conn_ready(self, conn: QLocalSocket) -> None:
        if bytes(conn.readAll().data()).strip() == b"activate":
            self.on_activate()
        conn.disconnectFromServer()

    def close(self) -> None:
        self.server.close()


def activate_running(data_dir: Path, timeout_ms: int = 1000) -> bool:
    """Ask the running app to show itself. True when it answered."""
    sock = QLocalSocket()
    sock.connectToServer(socket_name(data_dir))
    if not sock.waitForConnected(timeout_ms):
        return False
    sock.write(b"activate\n")
    sock.flush()
    sock.waitForBytesWritten(timeout_ms)
    sock.disconnectFromServer()
    return True
