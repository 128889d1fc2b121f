"""Paths that go wrong say so in one clear sentence, and never hang or crash."""

import os

import pytest

from app.core.load import MAX_BYTES, LoadError, load_path


def message(path) -> str:
    with pytest.raises(LoadError) as info:
        load_path(path)
    return str(info.value)


def test_missing_folder_and_device(tmp_path):
    assert message(tmp_path / "nope.txt").endswith("no such file")
    assert message(tmp_path).endswith("is a folder, not a file")
    assert message("/dev/zero").endswith("not a regular file (a device)")  # would never end if read


def test_over_50_mb_is_refused_without_reading(tmp_path):
    big = tmp_path / "big.txt"
    with big.open("wb") as f:
        f.truncate(MAX_BYTES + 1)  # sparse: costs no disk and no reading
    assert "too large" in message(big) and "50 MB" in message(big)


@pytest.mark.parametrize(
    "size, said",
    [(MAX_BYTES + 1, "52,428,801 bytes; the limit is 50 MB, 52,428,800 bytes"), (MAX_BYTES + 2**19, "50.5 MB; the limit is 50 MB"),
     (3 * MAX_BYTES, "150 MB; the limit is 50 MB")],
)
def test_the_size_stated_is_the_real_one_never_equal_to_the_limit(tmp_path, size, said):
    big = tmp_path / "big.txt"
    with big.open("wb") as f:
        f.truncate(size)
    assert message(big).endswith(f"too large ({said})")


def test_standard_input_over_the_limit_is_said_to_be_over_it():
    from app.core.load import load_bytes

    with pytest.raises(LoadError, match=r"^too large \(over the 50 MB limit\)$"):
        load_bytes(b"a" * (MAX_BYTES + 1))


def test_named_pipes_and_sockets_are_refused_without_waiting(tmp_path):
    import socket
    import threading

    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)  # no writer: reading it would wait for ever
    result = []
    reader = threading.Thread(target=lambda: result.append(message(fifo)), daemon=True)
    reader.start()
    reader.join(10)
    assert result and result[0].endswith("not a regular file (a named pipe)")
    with socket.socket(socket.AF_UNIX) as server:
        server.bind(str(tmp_path / "sock.txt"))
        assert message(tmp_path / "sock.txt").endswith("not a regular file (a socket)")
    assert message("/dev/null").endswith("not a regular file (a device)")


def test_permission_denied(tmp_path, monkeypatch):
    f = tmp_path / "secret.txt"
    f.write_text("שלום")

    def denied(*args, **kwargs):  # chmod 0 is no obstacle when the tests run as root
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(os, "open", denied)  # load_path opens non-blocking, through os.open
    assert message(f).endswith("permission denied")


def test_names_with_bidi_controls_cannot_reorder_the_message(tmp_path):
    f = tmp_path / "evil\u202etxt.exe"
    text = message(f)
    assert "\u202e" not in text and "\\u202e" in text
    assert "cannot read" in message("bad\x00name.txt")


def test_binary_file_named_txt(tmp_path):
    f = tmp_path / "photo.txt"
    f.write_bytes(b"\xff\xd8\xff\xe0" + os.urandom(2000))
    assert "not a text file" in message(f)


def test_empty_file_is_an_empty_document(tmp_path):
    f = tmp_path / "empty.txt"
    f.write_bytes(b"")
    assert load_path(f).text == ""
