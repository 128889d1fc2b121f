"""Bytes → text: the one place that knows about files, encodings, formats and size limits.

`load_path` (files) and `load_bytes` (standard input, drops, pastes) share every step: size limit,
format (by extension, then by content), encoding detection, article extraction, and legacy
visual-order Hebrew turned into logical order. The pieces live in `app.core.loaders`.
"""

from __future__ import annotations

import os
import stat
from dataclasses import dataclass
from pathlib import Path

from .loaders import LoadError, shown
from .loaders.encoding import decode_bytes, same_reading
from .loaders.html import declared_charset, html_to_text, looks_like_html
from .loaders.markdown import markdown_to_text
from .loaders.office import docx_text, odt_text, office_format
from .loaders.visual import is_visual, to_logical, unwrap

__all__ = ["MAX_BYTES", "LoadError", "Loaded", "check_regular_file", "decode_bytes", "load_bytes", "load_path", "FORMATS"]

MAX_BYTES = 50 * 1024 * 1024
VISUAL_MODES = ("auto", "yes", "no")

FORMATS = {
    ".txt": "text",
    ".text": "text",
    ".md": "markdown",
    ".markdown": "markdown",
    ".mdown": "markdown",
    ".mkd": "markdown",
    ".html": "html",
    ".htm": "html",
    ".xhtml": "html",
    ".docx": "docx",
    ".odt": "odt",
}


@dataclass(frozen=True)
class Loaded:
    text: str
    encoding: str
    path: str | None = None
    format: str = "text"  # "text" | "markdown" | "html" | "docx" | "odt"
    visual: bool = False  # True when legacy visual-order Hebrew was converted to logical order
    also: str | None = None  # detected, not chosen: another encoding that reads the bytes the same


def load_path(
    path: str | os.PathLike[str], encoding: str | None = None, visual: str = "auto"
) -> Loaded:
    """Read and decode a file, with a user-facing LoadError for anything that goes wrong.

    `encoding` overrides detection; `visual` is "auto" (convert when the Hebrew reads backwards),
    "yes" (always convert) or "no" (never: how the UI undoes a conversion).
    """
    p = Path(path)
    check_regular_file(p)  # before opening: opening a named pipe waits for a writer
    try:
        # O_NONBLOCK: should a pipe be swapped in after the check, opening it still returns at once
        fd = os.open(p, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0) | getattr(os, "O_BINARY", 0))
        with os.fdopen(fd, "rb") as f:
            st = os.fstat(f.fileno())
            _check_kind(p, st)  # what was opened, not what the name pointed at a moment before
            if st.st_size > MAX_BYTES:
                raise LoadError(f"{shown(p)}: {_too_large(st.st_size)}")
            data = f.read(MAX_BYTES + 1)
    except LoadError:
        raise
    except (OSError, ValueError) as exc:
        raise _file_error(p, exc) from None
    try:
        return load_bytes(data, name=p.name, encoding=encoding, visual=visual, path=str(p))
    except LoadError as exc:
        raise LoadError(f"{shown(p)}: {exc}") from None


def check_regular_file(path: str | os.PathLike[str]) -> os.stat_result:
    """The file's status, or a LoadError when it is not a regular file we could read.

    Looks without opening: opening a named pipe waits for a writer (forever), and a socket or a
    device is not a document. Callers check first and then read (the window on its worker)."""
    p = Path(path)
    try:
        st = p.stat()
    except (OSError, ValueError) as exc:
        raise _file_error(p, exc) from None
    _check_kind(p, st)
    return st


def load_bytes(
    data: bytes,
    name: str | None = None,
    encoding: str | None = None,
    visual: str = "auto",
    path: str | None = None,
) -> Loaded:
    """Turn the bytes of a file called `name` (None for standard input) into reading text."""
    if visual not in VISUAL_MODES:
        raise ValueError(f"visual must be one of {VISUAL_MODES}, not {visual!r}")
    if len(data) > MAX_BYTES:  # MAX_BYTES + 1: a reader stopped there, the size is unknown
        raise LoadError(_too_large(None if len(data) == MAX_BYTES + 1 else len(data)))
    fmt = FORMATS.get(Path(name).suffix.lower()) if name else None
    office = office_format(data)  # by content: a renamed .docx still opens
    also = None
    if office:
        fmt = office
        text = (docx_text if office == "docx" else odt_text)(data, MAX_BYTES)
        used = "utf-8"
    elif fmt in ("docx", "odt"):
        raise LoadError(f"not a .{fmt} document (damaged, or another kind of file renamed)")
    else:
        text, used, told = _decode(data, encoding, fmt)
        also = None if told else same_reading(data, used)
        if fmt is None:
            fmt = "html" if looks_like_html(text) else "text"
        if fmt == "html":
            text = html_to_text(text)
        elif fmt == "markdown":
            text = markdown_to_text(text)
    if not text.strip():
        text = ""  # an empty document, shown as such
    converted = False
    if visual == "yes" or (visual == "auto" and is_visual(text)):
        logical = to_logical(text)
        converted = logical != text
        text = unwrap(logical) if converted else text
    return Loaded(text=text, encoding=used, path=path, format=fmt, visual=converted, also=also)


def _decode(data: bytes, encoding: str | None, fmt: str | None) -> tuple[str, str, bool]:
    """(text, encoding, whether it was told: by the caller or the page) -- a page's own
    declaration beats statistics, unless its bytes disagree; text that is not a page (standard
    input quoting a <meta> line) is detected, never told its encoding by a quote."""
    is_page = fmt == "html" or (fmt is None and looks_like_html(data[:4096].decode("latin-1")))
    if not encoding and is_page:
        declared = declared_charset(data)
        if declared:
            try:
                return (*decode_bytes(data, declared), True)
            except LoadError:
                pass
    return (*decode_bytes(data, encoding), bool(encoding))


def _file_error(p: Path, exc: OSError | ValueError) -> LoadError:
    if isinstance(exc, FileNotFoundError):
        return LoadError(f"{shown(p)}: no such file")
    if isinstance(exc, PermissionError):
        return LoadError(f"{shown(p)}: permission denied")
    reason = getattr(exc, "strerror", None) or str(exc)  # ValueError: a NUL byte in the name
    return LoadError(f"{shown(p)}: cannot read ({reason})")


def _check_kind(p: Path, st: os.stat_result) -> None:
    """Only regular files are read: a folder, named pipe, socket or device is refused up front."""
    if stat.S_ISREG(st.st_mode):
        return
    if stat.S_ISDIR(st.st_mode):
        raise LoadError(f"{shown(p)}: is a folder, not a file")
    kind = next((name for test, name in _SPECIAL if test(st.st_mode)), "a special file")
    raise LoadError(f"{shown(p)}: not a regular file ({kind})")


_SPECIAL = (
    (stat.S_ISFIFO, "a named pipe"),
    (stat.S_ISSOCK, "a socket"),
    (stat.S_ISCHR, "a device"),
    (stat.S_ISBLK, "a device"),
)


def _too_large(size: int | None) -> str:
    """The size with as many decimals as it takes to differ from the limit; None: not all read."""
    limit = MAX_BYTES / 2**20
    if size is None:
        return f"too large (over the {limit:.0f} MB limit)"
    for digits in range(4):
        if float(figure := f"{size / 2**20:.{digits}f}") > limit:
            return f"too large ({figure} MB; the limit is {limit:.0f} MB)"
    return f"too large ({size:,} bytes; the limit is {limit:.0f} MB, {MAX_BYTES:,} bytes)"
