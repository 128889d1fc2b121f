"""Command-line argument rules shared by `tamtzit analyze` and the window's own flags.

Every usage error is one `tamtzit:` line (exit 2), never argparse's usage dump or a traceback.
"""

from __future__ import annotations

import argparse
import os
from pathlib import Path

from .core.safe_text import visible_controls

EXIT_USAGE = 2
MAX_WINDOW_SIDE = 16_384  # Qt's own limit for a widget's side


class OneLineParser(argparse.ArgumentParser):
    """An ArgumentParser whose errors are one line starting `tamtzit:`."""

    def error(self, message: str):  # type: ignore[override]
        self.exit(EXIT_USAGE, f"tamtzit: {visible_controls(message)} (see --help)\n")


def _checked(convert, kind: str, ok, rule: str):
    """An argparse type: `convert` the value, a usage error naming `kind` when it cannot be, and
    `rule` when `ok` refuses the result."""

    def parse(value: str):
        try:
            x = convert(value)
        except ValueError:
            raise argparse.ArgumentTypeError(f"not {kind}: {value!r}") from None
        if not ok(x):
            raise argparse.ArgumentTypeError(rule)
        return x

    return parse


positive_int = _checked(int, "a whole number", lambda n: n >= 1, "must be at least 1")
share = _checked(float, "a number", lambda r: 0 < r <= 1, "must be greater than 0 and at most 1")


def window_size(value: str) -> tuple[int, int]:
    """'1280x820' → (1280, 820); anything else is a usage error."""
    parts = value.lower().replace("×", "x").split("x")
    try:
        w, h = (int(p) for p in parts)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a window size like 1280x820: {value[:40]!r}") from None
    if not (1 <= w <= MAX_WINDOW_SIDE and 1 <= h <= MAX_WINDOW_SIDE):
        raise argparse.ArgumentTypeError(f"each side must be 1 to {MAX_WINDOW_SIDE}: {value[:40]!r}")
    return w, h


def writable_png(value: str) -> str:
    """A PNG path whose folder exists and may be written; checked before any window is made."""
    folder = Path(value).parent
    if not folder.is_dir():
        raise argparse.ArgumentTypeError(f"no such folder for the screenshot: {str(folder)[:200]!r}")
    if not os.access(folder, os.W_OK):
        raise argparse.ArgumentTypeError(f"cannot write in the screenshot's folder: {str(folder)[:200]!r}")
    return value
