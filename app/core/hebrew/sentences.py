"""Sentence boundaries for Hebrew news and prose, as offsets into the original text."""

from __future__ import annotations

import re

# A sentence ends at . ? ! … (plus closing quotes/brackets) followed by white space, or at a line end.
_END = re.compile(r"""[.?!…]+["'״”’)\]]*(?=\s|$)|\n""")


def split_sentences(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """Sentence spans (start, end) inside text[start:end], trimmed of surrounding white space."""
    end = len(text) if end is None else end
    spans: list[tuple[int, int]] = []
    pos = start
    for m in _END.finditer(text, start, end):
        _append_trimmed(text, pos, m.end(), spans)
        pos = m.end()
    _append_trimmed(text, pos, end, spans)
    return spans


def _append_trimmed(text: str, a: int, b: int, out: list[tuple[int, int]]) -> None:
    while a < b and text[a].isspace():
        a += 1
    while b > a and text[b - 1].isspace():
        b -= 1
    if b > a:
        out.append((a, b))
