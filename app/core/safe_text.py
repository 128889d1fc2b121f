"""Article text placed among our own words, without letting it rearrange them.

A text can carry explicit bidi controls (U+202A–U+202E embeddings and overrides, U+2066–U+2069
isolates). Left unbalanced, an override runs on past the article's words into whatever we print
next to them: a numbering, a label, the next field of a status line. `isolate` closes what the
text opened, drops closers that would end *our* isolate early, and wraps the result in FSI…PDI, so
the text keeps its own directions and nothing outside moves. Control characters (ESC and friends)
are shown as their Unicode pictures, so text cannot drive a terminal either.
"""

from __future__ import annotations

_EMBEDDINGS = frozenset("\u202a\u202b\u202d\u202e")  # LRE RLE LRO RLO
_PDF = "\u202c"
_ISOLATES = frozenset("\u2066\u2067\u2068")  # LRI RLI FSI
_PDI = "\u2069"
BIDI_CONTROLS = frozenset(_EMBEDDINGS | _ISOLATES | {_PDF, _PDI})
FSI = "\u2068"

_NO_BIDI = {ord(c): None for c in BIDI_CONTROLS}
_PICTURES = {c: 0x2400 + c for c in range(0x20) if c != 0x09}
_PICTURES[0x7F] = 0x2421
_PICTURES.update({c: 0xFFFD for c in range(0x80, 0xA0)})


def balance_bidi(text: str) -> str:
    """`text` with every embedding/isolate it opens closed, and unmatched closers removed."""
    if not any(c in BIDI_CONTROLS for c in text):
        return text
    out: list[str] = []
    stack: list[str] = []  # "E" embedding/override, "I" isolate
    for c in text:
        if c in _EMBEDDINGS:
            stack.append("E")
        elif c in _ISOLATES:
            stack.append("I")
        elif c == _PDF:
            if not stack or stack[-1] != "E":
                continue  # would close nothing of the text's own
            stack.pop()
        elif c == _PDI:
            if "I" not in stack:
                continue  # would close the isolate we put around the text
            while stack.pop() != "I":
                pass
        out.append(c)
    out.extend(_PDI if kind == "I" else _PDF for kind in reversed(stack))
    return "".join(out)


def isolate(text: str, always: bool = False) -> str:
    """`text`, safe to print next to other words; unchanged when it has no bidi controls, unless
    `always` (a window label around a file name: its direction must not pull on ours either)."""
    if not always and not any(c in BIDI_CONTROLS for c in text):
        return text
    return FSI + balance_bidi(text) + _PDI


def strip_bidi(text: str) -> str:
    """`text` without explicit bidi controls (for output already put in display order)."""
    return text.translate(_NO_BIDI)


def visible_controls(text: str) -> str:
    """Control characters (other than tab) as visible pictures: ␛ instead of an escape sequence."""
    return text.translate(_PICTURES)
