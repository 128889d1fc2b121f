"""Normalisation for term matching: nikud removed, final letters folded."""

from __future__ import annotations

import re

_NIKUD = re.compile("[\u0591-\u05C7]")
_FINALS = str.maketrans("ךםןףץ", "כמנפצ")


def normalize(word: str) -> str:
    """The form under which two spellings of one word should count as the same term."""
    return _NIKUD.sub("", word).lower().translate(_FINALS)
