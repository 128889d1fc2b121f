"""Single instance over a real local socket: a second Tamtzit process hands its files to the first.

The first instance lives in the test process (real MainWindow, offscreen); the second is a real
`python main.py FILE` subprocess. Each test gets its own HOME, hence its own per-user server name,
so a Tamtzit the developer has open is never touched.
"""

import os
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest
from PySide6.QtCore import QDir, QUrl
from PySide6.QtGui import QFileOpenEvent
from PySide6.QtNetwork import QLocalServer, QLocalSocket
from PySide6.QtWidgets import QApplication

from app.ui import single_instance
from app.ui.main_window import MainWindow
from app.ui.single_instance import InstanceServer, hand_over, serve, server_name
from tests.conftest import ROOT, SAMPLE

TITLE = "לראשונה מאז הפלת המטוס"


@pytest.fixture
def home(monkeypatch, tmp_path):
    monkeypatch.setenv("HOME", str(tmp_path))
    yield tmp_path
    QLocalServer.removeServer(server_name())  # servers of windows still alive leave their socket file


def launch_second(home: Path, *args: str, cwd: Path | None = None) -> subprocess.Popen:
    env = dict(os.environ, HOME=str(home), QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT))
    return subprocess.Popen(
        [sys.executable, str(ROOT / "main.py"), *args],
        cwd=cwd or ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )


def wait_exit(qtbot, proc: subprocess.Popen, timeout: float = 60) -> int:
    """Keep our event loop turning (the first instance must answer) until the second one exits."""
    qtbot.waitUntil(lambda: proc.poll() is not None, timeout=int(timeout * 1000))
    return proc.returncode


def hand_over_from_second(qtbot, server: InstanceServer, home: Path, *args: str, cwd=None) -> list:
    """Run a second Tamtzit with `args`; the paths our first instance received from it."""
    with qtbot.waitSignal(server.paths_received, timeout=60000) as got:
        proc = launch_second(home, *args, cwd=cwd)
        assert wait_exit(qtbot, proc) == 0, proc.stderr.read()
    return got.args[0]


def test_second_launch_opens_its_file_in_the_running_window_and_exits_0(qtbot, home):
    window = MainWindow()
    qtbot.addWidget(window)
    assert serve(window, [])
    window.show()
    proc = launch_second(home, str(SAMPLE))
    with qtbot.waitSignal(window.analysis_ready, timeout=60000):
        assert wait_exit(qtbot, proc) == 0, proc.stderr.read()
    assert window.reader.toPlainText().startswith(TITLE)
    assert str(SAMPLE) in window.windowTitle()


def test_relative_paths_are_resolved_in_the_second_process_directory(qtbot, home):
    server = InstanceServer()
    assert server.listen()
    (home / "docs").mkdir()
    got = hand_over_from_second(qtbot, server, home, "a.txt", "sub/b.md", cwd=home / "docs")
    assert got == [str(home / "docs" / "a.txt"), str(home / "docs" / "sub" / "b.md")]
    server.close()


def test_launch_without_files_raises_the_running_window(qtbot, home):
    window = MainWindow()
    qtbot.addWidget(window)
    assert serve(window, [])
    window.showMinimized()
    qtbot.waitUntil(window.isMinimized)
    proc = launch_second(home)
    assert wait_exit(qtbot, proc) == 0
    qtbot.waitUntil(lambda: not window.isMinimized())
    assert window.isVisible()


def test_no_running_instance_means_no_hand_over(home):
    started = time.monotonic()
    assert hand_over(["x.txt"]) is False
    assert time.monotonic() - started < 2


@pytest.mark.skipif(sys.platform == "win32", reason="named pipes leave no stale file")
def test_stale_socket_of_a_crashed_instance_is_taken_over(qtbot, home):
    name = server_name()
    stale = Path(QDir.tempPath()) / name  # where QLocalServer puts a bare name on Unix
    QLocalServer.removeServer(name)
    crashed = socket.socket(socket.AF_UNIX)
    crashed.bind(str(stale))  # bound, never listening, never unlinked: what a crash leaves
    crashed.close()
    assert stale.exists()
    assert hand_over(["x.txt"]) is False
    server = InstanceServer()
    assert server.listen()
    assert hand_over_from_second(qtbot, server, home, "/x/one.txt") == ["/x/one.txt"]
    server.close()


def test_a_live_instance_is_never_displaced(qtbot, home):
    first = InstanceServer()
    assert first.listen()
    second = InstanceServer()
    assert not second.listen()
    assert hand_over_from_second(qtbot, first, home, "/x/one.txt") == ["/x/one.txt"]
    first.close()


def test_garbage_on_the_socket_is_dropped_and_the_server_keeps_serving(qtbot, home):
    server = InstanceServer()
    assert server.listen()
    received = []
    server.paths_received.connect(received.append)
    for junk in (b"not json\n", b'{"paths": [1, 2]}\n', b"[]\n", b"\xff\xfe\n"):
        bad = QLocalSocket()
        bad.connectToServer(server.name)
        assert bad.waitForConnected(1000)
        bad.write(junk)
        bad.flush()
        qtbot.waitUntil(lambda b=bad: b.state() == QLocalSocket.LocalSocketState.UnconnectedState)
    assert received == []
    assert hand_over_from_second(qtbot, server, home, "/x/ok.txt") == ["/x/ok.txt"]
    server.close()


def test_macos_file_open_events_arrive_as_paths(qtbot, home):
    server = InstanceServer()
    app = QApplication.instance()
    app.installEventFilter(server)
    try:
        with qtbot.waitSignal(server.paths_received) as got:
            QApplication.sendEvent(app, QFileOpenEvent(QUrl.fromLocalFile("/x/מאמר.txt")))
        assert got.args[0] == ["/x/מאמר.txt"]
    finally:
        app.removeEventFilter(server)


def test_server_name_is_per_user_and_stable(monkeypatch, tmp_path):
    monkeypatch.setenv("HOME", str(tmp_path / "a"))
    a = server_name()
    assert a == server_name()
    monkeypatch.setenv("HOME", str(tmp_path / "b"))
    assert server_name() != a
    monkeypatch.setattr(single_instance.getpass, "getuser", lambda: "someone-else")
    monkeypatch.setenv("HOME", str(tmp_path / "a"))
    assert server_name() != a
    assert len(a) < 40
