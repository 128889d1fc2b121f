"""Named pipes, sockets and devices are refused before they are opened (opening a pipe waits forever)."""

from __future__ import annotations

import os
import socket
import threading

import pytest

from app.core.load import LoadError, check_regular_file, load_path

pytestmark = pytest.mark.skipif(os.name != "posix", reason="Unix special files")


def _refusal(path) -> str:
    """load_path's message, from a thread we can stop waiting for: a hang fails, not blocks."""
    out: list[str] = []

    def run():
        try:
            load_path(path)
            out.append("loaded")
        except LoadError as exc:
            out.append(str(exc))

    t = threading.Thread(target=run, daemon=True)
    t.start()
    t.join(10)
    assert out, f"load_path({path}) did not return"
    return out[0]


def test_a_named_pipe_with_no_writer_is_refused_at_once(tmp_path):
    fifo = tmp_path / "article.txt"
    os.mkfifo(fifo)
    assert _refusal(fifo).endswith("not a regular file (a named pipe)")


def test_a_socket_and_a_device_are_refused(tmp_path):
    path = tmp_path / "s.txt"
    with socket.socket(socket.AF_UNIX) as s:
        s.bind(str(path))
        assert _refusal(path).endswith("not a regular file (a socket)")
    assert _refusal("/dev/zero").endswith("not a regular file (a device)")


def test_a_regular_file_passes_the_check_and_a_nul_in_the_name_does_not(tmp_path):
    f = tmp_path / "a.txt"
    f.write_text("שלום", encoding="utf-8")
    assert check_regular_file(f).st_size == len("שלום".encode())
    with pytest.raises(LoadError, match="cannot read"):
        check_regular_file(str(tmp_path / "a\0b.txt"))
