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
from .loaders.encoding import decode_bytes
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


def load_path(
    path: str | os.PathLike[str], encoding: str | None = None, visual: str = "auto"
) -> Loaded:
    """Read and decode a file, with a user-facing LoadError for anything that goes wrong.

    `encoding` overrides detection; `visual` is "auto" (convert when the Hebrew reads backwards),
    "yes" (always convert) or "no" (never: how the UI undoes a conversion).
    """
    p = Path(path)
    check_regular_file(p)
    try:  # non-blocking: a file swapped for a named pipe since the check cannot hang the open
        fd = os.open(p, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
        with open(fd, "rb") as f:
            st = os.fstat(f.fileno())
            if not stat.S_ISREG(st.st_mode):
                raise LoadError(f"{shown(p)}: not a regular file")
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
    if stat.S_ISDIR(st.st_mode):
        raise LoadError(f"{shown(p)}: is a folder, not a file")
    if not stat.S_ISREG(st.st_mode):
        kind = "a named pipe" if stat.S_ISFIFO(st.st_mode) else "a socket" if stat.S_ISSOCK(st.st_mode) else "a device"
        raise LoadError(f"{shown(p)}: {kind}, not a regular file")
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
    if len(data) > MAX_BYTES:
        raise LoadError(_too_large(len(data)))
    fmt = FORMATS.get(Path(name).suffix.lower()) if name else None
    office = office_format(data)  # by content: a renamed .docx still opens
    if office:
        fmt = office
        text = docx_text(data) if office == "docx" else odt_text(data)
        used = "utf-8"
        if len(text) > MAX_BYTES:
            raise LoadError(_too_large(len(text)))
    elif fmt in ("docx", "odt"):
        raise LoadError(f"not a .{fmt} document (damaged, or another kind of file renamed)")
    else:
        text, used = _decode(data, encoding, fmt)
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
    return Loaded(text=text, encoding=used, path=path, format=fmt, visual=converted)


def _decode(data: bytes, encoding: str | None, fmt: str | None) -> tuple[str, str]:
    if not encoding and fmt in ("html", None):
        declared = declared_charset(data)
        if declared:
            try:  # a page's own declaration beats statistics, unless its bytes disagree
                return decode_bytes(data, declared)
            except LoadError:
                pass
    return decode_bytes(data, encoding)


def _file_error(p: Path, exc: OSError | ValueError) -> LoadError:
    if isinstance(exc, FileNotFoundError):
        return LoadError(f"{shown(p)}: no such file")
    if isinstance(exc, PermissionError):
        return LoadError(f"{shown(p)}: permission denied")
    reason = getattr(exc, "strerror", None) or str(exc)  # ValueError: a NUL byte in the name
    return LoadError(f"{shown(p)}: cannot read ({reason})")


def _too_large(size: int) -> str:
    return f"too large ({size / 2**20:.0f} MB; the limit is {MAX_BYTES // 2**20} MB)"
