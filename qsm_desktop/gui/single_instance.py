"""One window per database: a second start on the same file brings the running window to the
front instead of opening a second writer.

The first start takes a :class:`QLockFile` named after the database file (in the temporary
folder), before its window is built: a file lock, cheap enough for the first paint. After its
first paint it also listens on a :class:`QLocalServer` of the same name. A second start finds
the lock taken, connects to that server, asks the running window to come to the front, and
ends. A lock left by a run that crashed (its process is gone) is stale: ``QLockFile`` takes it
over. If the running app does not answer (it is just starting, or hangs), the second start
says so in a message and ends all the same: two writers on one file are what this prevents.

QtNetwork (the local socket) is imported only when the server starts or a second start calls:
the first paint does not wait for it.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QByteArray,
    QCryptographicHash,
    QLockFile,
    QObject,
    QStandardPaths,
    Signal,
    Slot,
)

if TYPE_CHECKING:
    from PySide6.QtNetwork import QLocalServer

WAKE = b"raise\n"
CONNECT_TRIES = 20  # a second start waits up to about 5 s for a first one still starting
CONNECT_WAIT_MS = 250


def instance_key(db_path: Path) -> str:
    """One name per database file and login (two people on one computer do not collide).

    Hashed with Qt's QCryptographicHash: hashlib is not imported on the start-up path
    (gui/start_sequence.py)."""
    login = str(os.getuid()) if hasattr(os, "getuid") else os.environ.get("USERNAME", "")
    resolved = os.path.normcase(str(db_path.expanduser().resolve()))
    data = QByteArray(f"{login}\0{resolved}".encode())
    digest = QCryptographicHash.hash(data, QCryptographicHash.Algorithm.Sha256).toHex()
    return f"qsm-desktop-{bytes(digest.data()).decode()[:20]}"


class SingleInstance(QObject):
    """The lock and the wake-up channel of one database file."""

    activated = Signal()  # a second start asked for the window

    def __init__(self, db_path: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.key = instance_key(db_path)
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.TempLocation)
        self.lock_path = str(Path(folder) / f"{self.key}.lock")
        self._lock = QLockFile(self.lock_path)
        # Only a lock whose process is gone is stale, however long the app has been running.
        self._lock.setStaleLockTime(0)
        self._server: QLocalServer | None = None
        # Accepted connections stay children of the server and are kept here until release():
        # a deleteLater() on them raced the server's own destruction at shutdown and deleted a
        # socket twice (a segfault in ~QLocalSocket, seen about one start in four in the tests).
        self._sockets: list[QObject] = []

    def acquire(self) -> bool:
        """Take the lock: True if no other app has this database open (a crashed run's lock is
        taken over), False if one has."""
        return self._lock.tryLock(100)

    def listen(self) -> bool:
        """Answer later starts (call once the window is up)."""
        from PySide6.QtNetwork import QLocalServer

        server = QLocalServer(self)
        server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        # A socket file left by a crashed run would refuse the name; we hold the lock, so any
        # server under this name is such a leftover.
        QLocalServer.removeServer(self.key)
        if not server.listen(self.key):
            return False
        server.newConnection.connect(self._connected)
        self._server = server
        return True

    @Slot()
    def _connected(self) -> None:
        server = self._server
        if server is None:
            return
        while server.hasPendingConnections():
            socket = server.nextPendingConnection()
            if socket is None:
                break
            self._sockets.append(socket)
            socket.readyRead.connect(lambda s=socket: self._read(s))
            if socket.bytesAvailable():
                self._read(socket)

    def _read(self, socket: object) -> None:
        from PySide6.QtNetwork import QLocalSocket

        assert isinstance(socket, QLocalSocket)
        if bytes(socket.readAll().data()).startswith(WAKE.strip()):
            self.activated.emit()
            socket.disconnectFromServer()

    def wake_running(self) -> bool:
        """Ask the app that holds the lock to bring its window to the front; False when it
        did not answer."""
        from PySide6.QtCore import QThread
        from PySide6.QtNetwork import QLocalSocket

        for _ in range(CONNECT_TRIES):
            socket = QLocalSocket()
            socket.connectToServer(self.key)
            if socket.waitForConnected(CONNECT_WAIT_MS):
                socket.write(WAKE)
                sent = socket.waitForBytesWritten(1000)
                socket.disconnectFromServer()
                return sent
            QThread.msleep(CONNECT_WAIT_MS)
        return False

    def release(self) -> None:
        from PySide6.QtNetwork import QLocalSocket

        for socket in self._sockets:
            assert isinstance(socket, QLocalSocket)
            socket.readyRead.disconnect()
            socket.abort()
        self._sockets.clear()
        if self._server is not None:
            self._server.close()
            self._server = None
        self._lock.unlock()


def bring_to_front(window: object) -> None:
    """Show ``window`` in front of the others (un-minimized)."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QWidget

    assert isinstance(window, QWidget)
    window.setWindowState(window.windowState() & ~Qt.WindowState.WindowMinimized)
    window.show()
    window.raise_()
    window.activateWindow()
