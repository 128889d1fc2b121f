"""NEMO-compatible tokens over real text, with offsets into the text as given.

The model was trained on NEMO, which writes gershayim and geresh as ASCII `"` and `'`, splits
punctuation and hyphens off words and keeps a clitic prefix on its word ("ל\"הארץ", "ב1988").
Published text uses ״ ׳, typographic quotes and dashes; they are folded one character for one, so
a span over the folded text is the same span over the original.
"""

from __future__ import annotations

import re

_FOLD = {
    "״": '"', "“": '"', "”": '"', "„": '"', "‟": '"', "″": '"',
    "׳": "'", "‘": "'", "’": "'", "‚": "'", "‛": "'", "′": "'", "`": "'",
    "־": "-", "–": "-", "—": "-", "‐": "-", "‑": "-",
}
_FOLDABLE = re.compile("[" + re.escape("".join(_FOLD)) + "]")
_NIKUD = "\u0591-\u05C7"
_STRIP_NIKUD = re.compile(f"[{_NIKUD}\u200e\u200f]")
# a word: letters/digits, inner gershayim or geresh before more letters ("צה\"ל", "ג'ורג'"),
# inner . , between digits ("1,000", "16.30"); any other non-space character is a token alone.
# Possessive (`*+`) so that a long word costs no backtracking stack (see hebrew/words.py)
_TOKEN = re.compile(
    rf"[^\W_](?:[\w{_NIKUD}]|[\"'](?=[^\W_])|(?<=\d)[.,:/](?=\d))*+'?|[^\s\u200e\u200f]"
)


def nemo_spelling(text: str) -> str:
    """Same-length text in NEMO's spelling of quotes and dashes."""
    # not str.translate: with a dict table it is one ~50 ms C call over 1 MB, holding the GIL and
    # stalling the window (benchmarks/ui_bench.py); the regex finds the rare foldable characters in
    # ~2 ms and hands the GIL back at every replacement
    return _FOLDABLE.sub(lambda m: _FOLD[m.group()], text)


def tokenize(text: str) -> tuple[list[str], list[tuple[int, int]]]:
    """Tokens (folded, without nikud) and their spans in `text`."""
    folded = nemo_spelling(text)
    spans = [m.span() for m in _TOKEN.finditer(folded)]
    if _STRIP_NIKUD.search(folded) is None:  # most text: nothing to strip from any token
        return [folded[a:b] for a, b in spans], spans
    return [_STRIP_NIKUD.sub("", folded[a:b]) for a, b in spans], spans
