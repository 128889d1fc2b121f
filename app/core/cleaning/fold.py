"""Comparison form of text: what two copies of one headline share however the page mangled them.

Folding deletes nikud and invisible marks (bidi controls, ZWJ/ZWNJ, soft hyphen), folds final
letters, and turns every run of punctuation or white space into one space. Each kept
character maps to exactly one folded character, so a match in folded text can be traced back to
original offsets (`FoldedSpan`) without keeping a per-character table for the whole input.
"""

from __future__ import annotations

import io
import re
from array import array
from bisect import bisect_right

from ..hebrew.chars import INVISIBLE, MARKS, fold_finals

# Nikud and cantillation (maqaf, paseq, sof pasuq and nun hafukha are punctuation) plus format
# characters that are invisible on screen: the Hebrew layer's own definitions.
IGNORABLE = MARKS + INVISIBLE
_IGNORABLE_RE = re.compile(f"[{IGNORABLE}]")


def _fold_chars(s: str) -> str:
    """Delete ignorable marks and fold final letters; every other character stays itself."""
    if _IGNORABLE_RE.search(s):
        s = _IGNORABLE_RE.sub("", s)
    return fold_finals(s)


_NON_WORD = re.compile(r"[\W_]+")
# A word as folding sees it in the original: starts on a letter or digit, runs over letters, digits
# and ignorable marks (nikud sits after its letter, a ZWJ between two).
_RUN = re.compile(rf"[^\W_](?:[^\W_]|[{IGNORABLE}])*+")  # possessive: no stack per letter


# re.sub keeps an object per word until it joins them (≈ 100 bytes a word): long stretches are folded
# a chunk at a time, cut where a character that is neither a word's nor ignorable stands, so the
# pieces join with one space exactly as the whole would fold.
FOLD_CHUNK = 1 << 20
_CUT = re.compile(f"[^\\w{IGNORABLE}]")


def fold(text: str, start: int = 0, end: int | None = None) -> str:
    """The folded form of text[start:end]: words separated by single spaces."""
    end = len(text) if end is None else min(end, len(text))
    if end - start <= FOLD_CHUNK:
        piece = text[start:end] if (start or end != len(text)) else text
        return _NON_WORD.sub(" ", _fold_chars(piece)).strip(" ")
    pieces = []
    pos = start
    while pos < end:
        stop = min(pos + FOLD_CHUNK, end)
        if stop < end:
            cut = _CUT.search(text, stop, end)
            stop = cut.start() if cut else end
        piece = _NON_WORD.sub(" ", _fold_chars(text[pos:stop])).strip(" ")
        if piece:
            pieces.append(piece)
        pos = stop
    return " ".join(pieces)


def is_blank(text: str) -> bool:
    """Only white space and invisible marks (a line that shows nothing)."""
    return not _IGNORABLE_RE.sub("", text).strip()


class FoldedSpan:
    """fold(text[start:end]) with a way back from folded positions to original offsets."""

    def __init__(self, text: str, start: int, end: int) -> None:
        self.text = text
        # machine integers, and the key written as it goes: no object kept per word
        self._fstart = array("q")
        self._ostart = array("q")
        self._oend = array("q")
        self._plain = bytearray()
        key = io.StringIO()
        f = 0
        for m in _RUN.finditer(text, start, end):
            word = _fold_chars(m.group())
            if self._fstart:
                f += 1
                key.write(" ")
            self._fstart.append(f)
            self._ostart.append(m.start())
            self._oend.append(m.end())
            self._plain.append(len(word) == m.end() - m.start())
            key.write(word)
            f += len(word)
        self.key = key.getvalue()

    def _locate(self, i: int) -> tuple[int, int]:
        """(run index, original offset) of the folded character at i (a word character)."""
        k = bisect_right(self._fstart, i) - 1
        offset = i - self._fstart[k]
        if self._plain[k]:
            return k, self._ostart[k] + offset
        pos = self._ostart[k]
        seen = -1
        while True:
            if not _IGNORABLE_RE.match(self.text, pos):
                seen += 1
                if seen == offset:
                    return k, pos
            pos += 1

    def original_start(self, i: int) -> int:
        """Original offset where the folded character i begins."""
        return self._locate(i)[1]

    def original_end(self, i: int) -> int:
        """Original offset just after folded character i-1, with the marks that belong to it."""
        k, pos = self._locate(i - 1)
        if i == self._fstart[k] + self._word_length(k):
            return self._oend[k]
        return self._locate(i)[1]

    def _word_length(self, k: int) -> int:
        nxt = self._fstart[k + 1] - 1 if k + 1 < len(self._fstart) else len(self.key)
        return nxt - self._fstart[k]
