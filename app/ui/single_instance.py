"""One Tamtzit per user: a second launch hands its files to the running window and exits.

File managers start a new process for every double-clicked file; desktop apps answer by opening the
file in the window that is already there. The first Tamtzit listens on a per-user QLocalServer; a
later one connects, sends its paths as one JSON line, waits for "ok" and exits 0. If nobody answers
(no server, a stale socket left by a crash, a hung first instance) the later one simply becomes the
first, so the user always gets a window. macOS delivers double-clicked files as QFileOpenEvent
instead of argv; those arrive through the same signal.

Another user must not be able to receive our paths or make us exit: on Unix the socket lives in
a folder only we can enter (XDG_RUNTIME_DIR, else a 0700 folder of ours in /tmp, checked, never
trusted blindly), and each end checks the other's uid (SO_PEERCRED) before a byte is exchanged.
The server takes a bounded number of connections, drops idle ones, and listens again if its
socket file is removed or Qt closes it (it does after an accept() fails for lack of descriptors).
"""

from __future__ import annotations

import getpass
import hashlib
import json
import logging
import os
import socket as pysocket
import stat
import struct
import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket
from PySide6.QtWidgets import QApplication, QWidget

log = logging.getLogger(__name__)

CONNECT_TIMEOUT_MS = 500
ACK_TIMEOUT_MS = 3000
MAX_MESSAGE_BYTES = 1 << 20
MAX_CONNECTIONS = 8  # a launch needs one for a moment; more at once is someone holding them open
IDLE_TIMEOUT_MS = 5000  # a hand-over takes milliseconds: a connection is dropped after this, busy or not
WATCH_INTERVAL_MS = 5000
MAX_SOCKET_PATH = 100  # sun_path holds 104-108 bytes, depending on the system
_ACK = b"ok\n"


def runtime_dir() -> Path | None:
    """A folder only this user can enter, for the socket; None when there is none we can trust."""
    if os.name != "posix":
        return None
    uid = os.getuid()
    xdg = os.environ.get("XDG_RUNTIME_DIR")
    if xdg and _private(Path(xdg), uid):
        return Path(xdg)
    fallback = Path(tempfile.gettempdir()) / f"tamtzit-{uid}"
    try:
        fallback.mkdir(mode=0o700)
    except FileExistsError:
        pass  # ours from an earlier run, or planted: _private decides
    except OSError:
        return None
    if _private(fallback, uid):
        return fallback
    log.warning("%s is not a private folder of this user: no single instance", fallback)
    return None


def _private(folder: Path, uid: int) -> bool:
    try:
        st = os.lstat(folder)  # lstat: a symlink to somewhere else is not our folder
    except (OSError, ValueError):
        return False
    return stat.S_ISDIR(st.st_mode) and st.st_uid == uid and not st.st_mode & 0o077


def server_name() -> str | None:
    """The instance socket: a path in the private runtime folder (Unix) or a per-user pipe name
    (Windows); None when there is no safe place for one (then every launch has its own window)."""
    try:
        user = getpass.getuser()
    except (KeyError, OSError):  # no login name (some containers): the uid still separates users
        user = str(getattr(os, "getuid", lambda: "")())
    digest = hashlib.sha256(f"{user}\0{Path.home()}".encode()).hexdigest()[:16]
    if os.name != "posix":
        return f"tamtzit-{digest}"
    folder = runtime_dir()
    if folder is None:
        return None
    path = str(folder / f"tamtzit-{digest}")
    return path if len(os.fsencode(path)) <= MAX_SOCKET_PATH else None


def peer_uid(socket: QLocalSocket) -> int | None:
    """The uid of the process at the other end of a connected socket; None where we cannot tell."""
    fd = int(socket.socketDescriptor())
    if fd < 0 or os.name != "posix":
        return None
    try:
        with pysocket.socket(fileno=os.dup(fd)) as s:
            if hasattr(pysocket, "SO_PEERCRED"):  # Linux: struct ucred {pid, uid, gid}
                return struct.unpack("3i", s.getsockopt(pysocket.SOL_SOCKET, pysocket.SO_PEERCRED, 12))[1]
            if sys.platform == "darwin":  # LOCAL_PEERCRED: struct xucred {version, uid, ...}
                return struct.unpack("Ii", s.getsockopt(0, 0x001, 76)[:8])[1]
    except OSError:
        return None
    return None


def _trusted(socket: QLocalSocket, name: str) -> bool:
    """Whether the other end is this user (by its credentials, else by the socket file's owner)."""
    if os.name != "posix":
        return True  # a Windows pipe made with UserAccessOption admits only this user
    uid = peer_uid(socket)
    if uid is not None:
        return uid == os.getuid()
    try:
        st = os.lstat(name)
    except (OSError, ValueError):
        return False
    return stat.S_ISSOCK(st.st_mode) and st.st_uid == os.getuid() and _private(Path(name).parent, os.getuid())


def hand_over(paths: list[str], name: str | None = None) -> bool:
    """Send `paths` to a running Tamtzit; True once it acknowledged them. Needs no QApplication.

    False (the caller opens its own window) unless the other end is this user's and says "ok"."""
    name = name or server_name()
    if name is None:
        return False
    socket = QLocalSocket()
    socket.connectToServer(name)
    if not socket.waitForConnected(CONNECT_TIMEOUT_MS):
        return False
    if not _trusted(socket, name):
        log.warning("the instance socket %s belongs to another user: not used", name)
        socket.abort()
        return False
    message = json.dumps({"paths": [os.path.abspath(p) for p in paths]}).encode() + b"\n"
    socket.write(message)
    if not socket.waitForBytesWritten(ACK_TIMEOUT_MS):
        socket.abort()
        return False
    reply = b""
    while not reply.endswith(b"\n") and len(reply) <= len(_ACK) and socket.waitForReadyRead(ACK_TIMEOUT_MS):
        reply += bytes(socket.read(len(_ACK) + 1 - len(reply)).data())
    socket.abort()
    return reply == _ACK


class InstanceServer(QObject):
    """The first instance's end: emits the paths later launches (or macOS file-open events) bring."""

    paths_received = Signal(list)

    def __init__(self, name: str | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.name = name or server_name()
        self._server = QLocalServer(self)
        self._server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        self._server.setMaxPendingConnections(MAX_CONNECTIONS)
        self._server.newConnection.connect(self._accept)
        self._buffers: dict[QLocalSocket, bytes] = {}
        self._watch = QTimer(self, interval=WATCH_INTERVAL_MS)
        self._watch.timeout.connect(self.keep_listening)

    def listen(self) -> bool:
        """True when we are now the first instance; False when a live one already answers (or
        there is no safe place for the socket)."""
        if self.name is None or is_running(self.name):
            return False
        if not self._listen():
            return False
        self._watch.start()
        return True

    def _listen(self) -> bool:
        if self._server.listen(self.name):
            return True
        if self._server.serverError() == QLocalSocket.LocalSocketError.AddressInUseError:
            QLocalServer.removeServer(self.name)  # a crashed instance's socket file: take it over
            return self._server.listen(self.name)
        return False

    def keep_listening(self) -> None:
        """Listen again if the server was closed under us or its socket file is gone."""
        gone = os.name == "posix" and not os.path.exists(self.name)
        if self._server.isListening() and not gone:
            return
        log.warning("the instance socket was lost; listening again")
        self._server.close()
        if not is_running(self.name):  # another Tamtzit may have taken the name meanwhile
            self._listen()

    def close(self) -> None:
        self._watch.stop()
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
            if len(self._buffers) >= MAX_CONNECTIONS or not _trusted(socket, self.name):
                socket.abort()
                socket.deleteLater()
                continue
            self._buffers[socket] = b""
            idle = QTimer(socket, singleShot=True, interval=IDLE_TIMEOUT_MS)
            idle.timeout.connect(lambda s=socket: self._drop(s))
            idle.start()
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
    name = name or server_name()
    if name is None:
        return False
    probe = QLocalSocket()
    probe.connectToServer(name)
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
        log.warning("no single instance (another Tamtzit does not answer, or no private socket "
                    "folder): running on our own")
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
