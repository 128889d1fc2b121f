"""Every way the command fails is one `tamtzit:` line and a meaningful exit code, never a traceback
or a wait for ever."""

import io
import os
import subprocess

import pytest

from app import cli
from tests.cli.test_cli import run
from tests.conftest import SAMPLE


def one_line(stderr: bytes) -> str:
    text = stderr.decode("utf-8")
    assert len(text.strip().splitlines()) == 1 and text.startswith("tamtzit: "), text
    assert "Traceback" not in text
    return text


def test_a_named_pipe_without_a_writer_is_refused_at_once(tmp_path):
    fifo = tmp_path / "article.txt"
    os.mkfifo(fifo)
    try:
        p = run(str(fifo))  # the helper's timeout turns a wait into a failed test
    except subprocess.TimeoutExpired:
        pytest.fail("the CLI waited on a pipe with no writer")
    assert p.returncode == 3 and "named pipe" in one_line(p.stderr)


def test_standard_input_stays_allowed_even_when_it_is_a_pipe():
    p = run("-", "--json", stdin="שלום עולם. זה מאמר קצר.".encode())
    assert p.returncode == 0, p.stderr


def test_usage_errors_are_one_line_with_exit_2():
    p = run(str(SAMPLE), "--sentences", "abc")
    assert p.returncode == 2 and "--sentences" in one_line(p.stderr)


def test_a_failure_of_tamtzit_itself_is_one_line_and_logged(monkeypatch, tmp_path):
    monkeypatch.setenv("TAMTZIT_LOG_DIR", str(tmp_path))

    def broken(*_args, **_kwargs):
        raise ZeroDivisionError("a bug")

    monkeypatch.setattr(cli, "analyze", broken)
    out, err = io.StringIO(), io.StringIO()
    assert cli.run([str(SAMPLE)], out, err) == cli.EXIT_FAILED
    assert out.getvalue() == "" and "ZeroDivisionError" in one_line(err.getvalue().encode())
    assert "a bug" in (tmp_path / "tamtzit.log").read_text(encoding="utf-8")


def test_running_out_of_memory_is_a_refusal(monkeypatch):
    def hungry(*_args, **_kwargs):
        raise MemoryError

    monkeypatch.setattr(cli, "analyze", hungry)
    err = io.StringIO()
    assert cli.run([str(SAMPLE)], io.StringIO(), err) == cli.EXIT_UNREADABLE
    assert "memory" in one_line(err.getvalue().encode())


@pytest.mark.parametrize(
    "args, said",
    [(["--size", "abc"], "--size"), (["--size", "0x100"], "--size"), (["--size", "99999999x1"], "--size"),
     (["--screenshot", "/nonexistent/folder/out.png"], "no such folder")],
)
def test_window_flags_are_checked_before_any_window(args, said, capsys):
    from app.ui.app import parse_args

    with pytest.raises(SystemExit) as exited:
        parse_args([*args, str(SAMPLE)])
    assert exited.value.code == 2
    assert said in one_line(capsys.readouterr().err.encode())


def test_window_size_is_parsed():
    from app.ui.app import parse_args

    assert parse_args(["--size", "1280x820"]).size == (1280, 820)
