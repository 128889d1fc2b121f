"""Keep the file's bidi controls inside the file's text.

A title like "‮txt.exe" (with RIGHT-TO-LEFT OVERRIDE) must not reorder the window's own words around
it, nor the lines of a copied summary that follow it. Unicode's answer is isolation: close whatever
the text left open, then wrap it in FIRST STRONG ISOLATE … POP DIRECTIONAL ISOLATE.
"""

from __future__ import annotations

_EMBED_OPEN = "\u202a\u202b\u202d\u202e"  # LRE RLE LRO RLO
_PDF = "\u202c"
_ISOLATE_OPEN = "\u2066\u2067\u2068"  # LRI RLI FSI
_PDI = "\u2069"
CONTROLS = frozenset(_EMBED_OPEN + _PDF + _ISOLATE_OPEN + _PDI)
FSI = "\u2068"


def balanced(text: str) -> str:
    """`text` with every embedding/override/isolate it opens closed at its end.

    Follows the bidi algorithm's own matching: a PDI closes the innermost open isolate and any
    embeddings opened inside it; a PDF closes the innermost embedding but never crosses an isolate.
    """
    if not CONTROLS.intersection(text):
        return text
    stack: list[str] = []
    for ch in text:
        if ch in _EMBED_OPEN or ch in _ISOLATE_OPEN:
            stack.append(ch)
        elif ch == _PDF:
            if stack and stack[-1] in _EMBED_OPEN:
                stack.pop()
        elif ch == _PDI and any(c in _ISOLATE_OPEN for c in stack):
            while stack.pop() not in _ISOLATE_OPEN:
                pass
    closers = "".join(_PDI if c in _ISOLATE_OPEN else _PDF for c in reversed(stack))
    return text + closers


def isolate(text: str) -> str:
    """For labels built around a file's text: the text keeps its own direction and can't leak."""
    return FSI + balanced(text) + _PDI


def strip_controls(text: str) -> str:
    return "".join(c for c in text if c not in CONTROLS)
