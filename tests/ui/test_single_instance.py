"""Single instance over a real local socket: a second Tamtzit process hands its files to the first.

The first instance lives in the test process (real MainWindow, offscreen); the second is a real
`python main.py FILE` subprocess. Each test gets its own HOME, hence its own per-user server name,
so a Tamtzit the developer has open is never touched; and its own private runtime folder.
"""

import json
import os
import socket
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
from PySide6.QtCore import QUrl
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
    run = tmp_path / "run"
    run.mkdir(mode=0o700)
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(run))
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
    assert window.document.path == str(SAMPLE)


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
    stale = Path(name)
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
    assert len(os.fsencode(a)) <= single_instance.MAX_SOCKET_PATH


# -- another user, a hostile folder, too many connections, a lost socket ---------------------------


@pytest.mark.skipif(os.name != "posix", reason="Unix socket folders")
def test_the_socket_lives_in_the_private_runtime_folder(home):
    assert Path(server_name()).parent == home / "run"
    assert (home / "run").stat().st_mode & 0o777 == 0o700


@pytest.mark.skipif(os.name != "posix", reason="Unix socket folders")
def test_without_a_runtime_folder_a_private_one_is_made_and_checked(monkeypatch, tmp_path):
    monkeypatch.delenv("XDG_RUNTIME_DIR", raising=False)
    monkeypatch.setattr(single_instance.tempfile, "gettempdir", lambda: str(tmp_path))
    folder = tmp_path / f"tamtzit-{os.getuid()}"
    assert Path(server_name()).parent == folder and folder.stat().st_mode & 0o777 == 0o700
    folder.chmod(0o777)  # as another user could have left it, anyone may plant a socket there
    assert server_name() is None
    folder.rmdir()
    (tmp_path / "elsewhere").mkdir(mode=0o700)
    folder.symlink_to(tmp_path / "elsewhere")  # a link to a folder is not our folder
    assert server_name() is None
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(tmp_path / "shared"))
    (tmp_path / "shared").mkdir(mode=0o755)  # a runtime folder others can read is not used either
    assert server_name() is None


def test_a_socket_of_another_user_gets_nothing_and_we_keep_our_window(qtbot, home, monkeypatch):
    thief, heard = _answering_socket(home, b"ok\n")  # plays another user's socket at our name
    monkeypatch.setattr(single_instance, "peer_uid", lambda _s: os.getuid() + 1)
    assert hand_over(["/secret/plans.txt"]) is False
    window = MainWindow()
    qtbot.addWidget(window)
    assert serve(window, ["/secret/plans.txt"]) is True  # a failed hand-over means our own window
    thief.kill()
    thief.wait()
    assert not heard.exists() or heard.read_bytes() == b""  # not one byte reached it


@pytest.mark.skipif(os.name != "posix", reason="a Unix socket played by Python")
def test_an_answer_other_than_ok_is_not_a_hand_over(home):
    liar, heard = _answering_socket(home, b"okay, whatever\n")
    assert hand_over(["/x/one.txt"]) is False  # the caller opens its own window
    liar.kill()
    liar.wait()
    assert b"/x/one.txt" in heard.read_bytes()


def _answering_socket(home: Path, answer: bytes) -> tuple[subprocess.Popen, Path]:
    """Another process listening at our server name: writes what it hears to a file, answers."""
    heard = home / "heard.bin"
    code = (
        "import socket, sys\n"
        "s = socket.socket(socket.AF_UNIX); s.bind(sys.argv[1]); s.listen(8)\n"
        "while True:\n"
        "    c, _ = s.accept(); c.settimeout(2)\n"
        "    try:\n"
        "        data = c.recv(4096)\n"
        "        open(sys.argv[2], 'ab').write(data); c.sendall(bytes.fromhex(sys.argv[3]))\n"
        "    except OSError:\n"
        "        pass\n"
        "    c.close()\n"
    )
    proc = subprocess.Popen([sys.executable, "-c", code, server_name(), str(heard), answer.hex()])
    deadline = time.monotonic() + 10
    while not os.path.exists(server_name()) and time.monotonic() < deadline:
        time.sleep(0.02)
    return proc, heard


def test_the_peer_of_a_real_connection_is_this_user(qtbot, home):
    server = InstanceServer()
    assert server.listen()
    client = QLocalSocket()
    client.connectToServer(server.name)
    assert client.waitForConnected(1000)
    if hasattr(socket, "SO_PEERCRED") or sys.platform == "darwin":
        assert single_instance.peer_uid(client) == os.getuid()
    client.abort()
    server.close()


def test_connections_are_bounded_and_idle_ones_dropped(qtbot, home, monkeypatch):
    monkeypatch.setattr(single_instance, "IDLE_TIMEOUT_MS", 300)
    server = InstanceServer()
    assert server.listen()
    idle = []
    for _ in range(single_instance.MAX_CONNECTIONS + 30):
        s = QLocalSocket()
        s.connectToServer(server.name)
        s.waitForConnected(1000)
        idle.append(s)
    qtbot.wait(100)
    assert len(server._buffers) <= single_instance.MAX_CONNECTIONS
    qtbot.waitUntil(lambda: not server._buffers, timeout=5000)  # the idle ones were let go
    assert all(s.state() == QLocalSocket.LocalSocketState.UnconnectedState or not s.waitForReadyRead(10) for s in idle)
    assert hand_over_from_second(qtbot, server, home, "/x/after.txt") == ["/x/after.txt"]
    server.close()


@pytest.mark.skipif(os.name != "posix", reason="a socket file")
def test_the_server_listens_again_when_its_socket_is_lost(qtbot, home, monkeypatch):
    monkeypatch.setattr(single_instance, "WATCH_INTERVAL_MS", 100)
    server = InstanceServer()
    assert server.listen()
    os.unlink(server.name)  # a clean-up script, or another program, removed it
    qtbot.waitUntil(lambda: os.path.exists(server.name), timeout=5000)
    assert hand_over_from_second(qtbot, server, home, "/x/one.txt") == ["/x/one.txt"]
    server._server.close()  # what Qt does itself after accept() fails for lack of descriptors
    qtbot.waitUntil(server._server.isListening, timeout=5000)
    assert hand_over_from_second(qtbot, server, home, "/x/two.txt") == ["/x/two.txt"]
    server.close()


@pytest.mark.skipif(os.name != "posix", reason="a raw Unix socket client")
def test_a_nul_in_a_handed_over_path_is_reported_not_raised(qtbot, home):
    window = MainWindow()
    qtbot.addWidget(window)
    assert serve(window, [])
    window.show()
    replies = []

    def second():  # a launch whose argv carried a NUL, as a raw client (hand_over would block us)
        with socket.socket(socket.AF_UNIX) as c:
            c.connect(server_name())
            c.sendall(json.dumps({"paths": ["/x/a\0b.txt", str(SAMPLE)]}).encode() + b"\n")
            replies.append(c.recv(16))

    t = threading.Thread(target=second, daemon=True)
    t.start()
    qtbot.waitUntil(lambda: replies == [b"ok\n"], timeout=10000)
    qtbot.waitUntil(lambda: window.notice.isVisible(), timeout=30000)
    assert "cannot be read" in window.notice_label.text()
    qtbot.waitUntil(lambda: window.document is not None and window.document.path == str(SAMPLE))
