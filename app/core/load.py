"""Bytes → text: the one place that knows about files, encodings and size limits."""

from __future__ import annotations

import codecs
import os
from dataclasses import dataclass
from pathlib import Path

MAX_BYTES = 50 * 1024 * 1024


class LoadError(Exception):
    """A file could not be turned into text; the message is for the user."""


@dataclass(frozen=True)
class Loaded:
    text: str
    encoding: str
    path: str | None = None
    format: str = "text"  # "text" | "markdown" | "html" | "docx" | "odt"
    visual: bool = False  # True when legacy visual-order Hebrew was converted to logical order


_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


def decode_bytes(data: bytes, encoding: str | None = None) -> tuple[str, str]:
    """Decode `data`, returning (text, encoding used). Raises LoadError for binary data."""
    if encoding:
        try:
            return data.decode(encoding), encoding
        except (UnicodeDecodeError, LookupError) as exc:
            raise LoadError(f"cannot decode as {encoding}: {exc}") from None
    for bom, name in _BOMS:
        if data.startswith(bom):
            return data.decode(name, errors="replace"), name
    if b"\x00" in data[:8192]:
        raise LoadError("not a text file")
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    return data.decode("cp1255", errors="replace"), "windows-1255"


def load_path(
    path: str | os.PathLike[str], encoding: str | None = None, visual: str = "auto"
) -> Loaded:
    """Read and decode a file, with a user-facing LoadError for anything that goes wrong."""
    p = Path(path)
    try:
        size = p.stat().st_size
        if p.is_dir():
            raise LoadError(f"{p}: is a folder, not a file")
        if size > MAX_BYTES:
            raise LoadError(f"{p}: too large ({size // (1024 * 1024)} MB; the limit is 50 MB)")
        data = p.read_bytes()
    except LoadError:
        raise
    except FileNotFoundError:
        raise LoadError(f"{p}: no such file") from None
    except PermissionError:
        raise LoadError(f"{p}: permission denied") from None
    except OSError as exc:
        raise LoadError(f"{p}: cannot read ({exc.strerror or exc})") from None
    try:
        text, used = decode_bytes(data, encoding)
    except LoadError as exc:
        raise LoadError(f"{p}: {exc}") from None
    return Loaded(text=text, encoding=used, path=str(p))
