"""One Tamtzit per user: a second launch hands its files to the running window and exits.

File managers start a new process for every double-clicked file; desktop apps answer by opening the
file in the window that is already there. The first Tamtzit listens on a per-user QLocalServer; a
later one connects, sends its paths as one JSON line, waits for "ok" and exits 0. If nobody answers
(no server, a stale socket left by a crash, a hung first instance) the later one simply becomes the
first, so the user always gets a window. macOS delivers double-clicked files as QFileOpenEvent
instead of argv; those arrive through the same signal.
"""

from __future__ import annotations

import getpass
import hashlib
import json
import os
import sys
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket
from PySide6.QtWidgets import QApplication, QWidget

CONNECT_TIMEOUT_MS = 500
ACK_TIMEOUT_MS = 3000
MAX_MESSAGE_BYTES = 1 << 20
_ACK = b"ok\n"


def server_name() -> str:
    """Per user and home directory, short enough for a Unix socket path, stable across launches."""
    try:
        user = getpass.getuser()
    except (KeyError, OSError):  # no login name (some containers): the uid still separates users
        user = str(getattr(os, "getuid", lambda: "")())
    digest = hashlib.sha256(f"{user}\0{Path.home()}".encode()).hexdigest()[:16]
    return f"tamtzit-{digest}"


def hand_over(paths: list[str], name: str | None = None) -> bool:
    """Send `paths` to a running Tamtzit; True once it acknowledged them. Needs no QApplication."""
    socket = QLocalSocket()
    socket.connectToServer(name or server_name())
    if not socket.waitForConnected(CONNECT_TIMEOUT_MS):
        return False
    message = json.dumps({"paths": [os.path.abspath(p) for p in paths]}).encode() + b"\n"
    socket.write(message)
    if not socket.waitForBytesWritten(ACK_TIMEOUT_MS):
        return False
    reply = b""
    while not reply.endswith(b"\n") and socket.waitForReadyRead(ACK_TIMEOUT_MS):
        reply += bytes(socket.readAll().data())
    socket.disconnectFromServer()
    return reply == _ACK


class InstanceServer(QObject):
    """The first instance's end: emits the paths later launches (or macOS file-open events) bring."""

    paths_received = Signal(list)

    def __init__(self, name: str | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.name = name or server_name()
        self._server = QLocalServer(self)
        self._server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        self._server.newConnection.connect(self._accept)
        self._buffers: dict[QLocalSocket, bytes] = {}

    def listen(self) -> bool:
        """True when we are now the first instance; False when a live one already answers."""
        if is_running(self.name):  # with access options Qt renames its socket over any old one
            return False
        if self._server.listen(self.name):
            return True
        if self._server.serverError() == QLocalSocket.LocalSocketError.AddressInUseError:
            QLocalServer.removeServer(self.name)  # a crashed instance's socket file: take it over
            return self._server.listen(self.name)
        return False

    def close(self) -> None:
        self._server.close()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FileOpen:
            path = event.file() or event.url().toLocalFile()
            if path:
                self.paths_received.emit([path])
            return True
        return super().eventFilter(watched, event)

    def _accept(self) -> None:
        while (socket := self._server.nextPendingConnection()) is not None:
            self._buffers[socket] = b""
            socket.readyRead.connect(lambda s=socket: self._read(s))
            socket.disconnected.connect(lambda s=socket: self._drop(s))
            if socket.bytesAvailable():
                self._read(socket)

    def _read(self, socket: QLocalSocket) -> None:
        if socket not in self._buffers:
            return
        data = self._buffers[socket] + bytes(socket.readAll().data())
        if b"\n" not in data:
            if len(data) > MAX_MESSAGE_BYTES:
                self._drop(socket)
            else:
                self._buffers[socket] = data
            return
        paths = _parse(data.split(b"\n", 1)[0])
        if paths is None:
            self._drop(socket)
            return
        socket.write(_ACK)
        socket.flush()
        self._buffers[socket] = b""
        self.paths_received.emit(paths)

    def _drop(self, socket: QLocalSocket) -> None:
        if self._buffers.pop(socket, None) is not None:
            socket.abort()
            socket.deleteLater()


def is_running(name: str | None = None) -> bool:
    """Whether a Tamtzit answers on the instance socket (a stale socket file does not)."""
    probe = QLocalSocket()
    probe.connectToServer(name or server_name())
    alive = probe.waitForConnected(CONNECT_TIMEOUT_MS)
    probe.abort()
    return alive


def _parse(line: bytes) -> list[str] | None:
    try:
        message = json.loads(line.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError):
        return None
    paths = message.get("paths") if isinstance(message, dict) else None
    if not isinstance(paths, list) or not all(isinstance(p, str) for p in paths):
        return None
    return paths


def serve(window: QWidget, paths: list[str], name: str | None = None) -> bool:
    """Make `window` the one Tamtzit: later launches' files open in it and raise it.

    False when another instance won a simultaneous start and took `paths`: the caller exits.
    """
    server = InstanceServer(name, parent=window)
    if not server.listen():
        if hand_over(paths, server.name):
            return False
        print("tamtzit: another Tamtzit holds the instance socket but does not answer; "
              "running on our own", file=sys.stderr)
        return True
    server.paths_received.connect(lambda received: _open_and_raise(window, received))
    if sys.platform == "darwin":  # an application-wide filter costs every event a Python call
        QApplication.instance().installEventFilter(server)
    return True


def _open_and_raise(window: QWidget, paths: list[str]) -> None:
    if paths:
        window.open_paths(paths)
    bring_to_front(window)


def bring_to_front(window: QWidget) -> None:
    if window.isMinimized():
        window.setWindowState(window.windowState() & ~Qt.WindowState.WindowMinimized)
    window.show()
    window.raise_()
    window.activateWindow()
