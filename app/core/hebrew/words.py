"""Word tokens: Hebrew (with nikud and in-word gershayim), Latin words and numbers."""

from __future__ import annotations

import re

_NIKUD = "\u0591-\u05C7"
_WORD = re.compile(
    rf"[\w{_NIKUD}]+(?:[\"'״׳\-–.,][\w{_NIKUD}]+)*[׳']?",
)


def word_spans(text: str) -> list[tuple[int, int]]:
    """Spans of word tokens in text."""
    return [m.span() for m in _WORD.finditer(text)]


def words(text: str) -> list[str]:
    return _WORD.findall(text)
