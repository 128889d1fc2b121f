"""Bytes → text, one module per concern: encodings, visual-order Hebrew, and file formats.

`app.core.load` is the public face; these modules stay importable on their own for tests.
"""

from __future__ import annotations

import unicodedata


class LoadError(Exception):
    """A file could not be turned into text; the message is for the user."""


def shown(name: object) -> str:
    """A file name safe to put in a message: control and bidi-format characters made visible.

    A name containing U+202E could otherwise reverse the rest of the message it appears in.
    """
    out = []
    for c in str(name):
        if unicodedata.category(c) in ("Cc", "Cf", "Cs", "Zl", "Zp"):
            out.append(f"\\u{ord(c):04x}")
        else:
            out.append(c)
    return "".join(out)
