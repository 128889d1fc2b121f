"""Paragraphs of the input: one per line, or several wrapped lines joined when the text is hard-wrapped.

Hard-wrapped text (e-mail, Gutenberg-style files, copied terminals) separates paragraphs by blank
lines and breaks lines at a fixed width: a line ends there only because the next word would not fit.
Where most line breaks in such a text look like that, those breaks join lines into one paragraph; a
break after a line the next word would have fitted on was made on purpose (a title, a list) and stays.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..hebrew.sentences import TERMINATORS, sentence_end
from .fold import is_blank

_LINE_ENDS = "\r\n\u2028\u2029\x0b\x0c\x1c\x1d\x1e\x85"
_MIN_WRAP_WIDTH = 40
_MAX_WRAP_WIDTH = 160
_MIN_BLANK_SEPARATORS = 2
_MIN_WRAP_BREAKS = 3
_MIN_WRAP_SHARE = 0.6
_WRAP_SLACK = 3
# Wrapped lines end wherever the width runs out, mostly mid-sentence; lines that mostly end a sentence
# are one-sentence paragraphs of similar length, not a wrapped text.
_MAX_SENTENCE_END_SHARE = 0.5
_SENTENCE_END = sentence_end(TERMINATORS + ":")
_LIST_MARKERS = ("-", "*", "•", "–", "—", ">")
# A 50 MB article has some 80,000 paragraphs; 50 MB of one-letter lines would have 25 million, and
# every later stage keeps objects per paragraph. Past this many lines, consecutive lines are grouped
# into one paragraph each (as few per group as keeps the count under it), so memory stays bounded
# by the input's size whatever its shape.
MAX_PARAGRAPHS = 200_000
_LINE = re.compile(f"[^{_LINE_ENDS}]+")


@dataclass(frozen=True)
class Paragraph:
    """A paragraph as original offsets: [start, end) spans its lines, `lines` are their trimmed spans."""

    lines: tuple[tuple[int, int], ...]

    @property
    def start(self) -> int:
        return self.lines[0][0]

    @property
    def end(self) -> int:
        return self.lines[-1][1]


def content_lines(text: str) -> list[tuple[int, int]]:
    """Trimmed (start, end) of every line that shows something."""
    out = []
    pos = 0
    for raw in text.splitlines(keepends=True):
        a, b = pos, pos + len(raw.rstrip(_LINE_ENDS))
        pos += len(raw)
        while a < b and text[a].isspace():
            a += 1
        while b > a and text[b - 1].isspace():
            b -= 1
        if b > a and not is_blank(text[a:b]):
            out.append((a, b))
    return out


def paragraphs(text: str, unwrap: bool = True) -> list[Paragraph]:
    """The paragraphs of text; with unwrap, hard-wrapped lines are joined."""
    breaks = sum(text.count(c) for c in _LINE_ENDS)  # C-speed count; "\r\n" counts twice, an upper bound
    if breaks >= MAX_PARAGRAPHS:
        return _grouped(text, -(-(breaks + 1) // MAX_PARAGRAPHS))
    lines = content_lines(text)
    joins = _wrap_joins(text, lines) if unwrap else set()
    out: list[Paragraph] = []
    current: list[tuple[int, int]] = []
    for i, line in enumerate(lines):
        current.append(line)
        if i not in joins:
            out.append(Paragraph(tuple(current)))
            current = []
    return out


def _grouped(text: str, per_group: int) -> list[Paragraph]:
    """Paragraphs of `per_group` consecutive content lines each, found without a list of all lines."""
    out: list[Paragraph] = []
    first = last = -1
    count = 0
    for m in _LINE.finditer(text):
        a, b = m.span()
        line = m.group()
        stripped = line.strip()
        if not stripped or is_blank(stripped):
            continue
        a += len(line) - len(line.lstrip())
        b -= len(line) - len(line.rstrip())
        if count == 0:
            first = a
        last = b
        count += 1
        if count == per_group:
            out.append(Paragraph(((first, last),)))
            count = 0
    if count:
        out.append(Paragraph(((first, last),)))
    return out


def _wrap_joins(text: str, lines: list[tuple[int, int]]) -> set[int]:
    """Indices i whose break to line i+1 is a wrap, when the text as a whole is hard-wrapped."""
    breaks = [
        i for i in range(len(lines) - 1) if _adjacent(text, lines[i][1], lines[i + 1][0])
    ]
    blank_separators = len(lines) - 1 - len(breaks)
    if len(breaks) < _MIN_WRAP_BREAKS or blank_separators < _MIN_BLANK_SEPARATORS:
        return set()
    widths = sorted(lines[i][1] - lines[i][0] for i in breaks)
    width = widths[min(len(widths) - 1, int(len(widths) * 0.95))]
    if not _MIN_WRAP_WIDTH <= width <= _MAX_WRAP_WIDTH:
        return set()
    wraps = {i for i in breaks if _is_wrap(text, lines[i], lines[i + 1], width)}
    if len(wraps) < max(_MIN_WRAP_BREAKS, _MIN_WRAP_SHARE * len(breaks)):
        return set()
    sentence_ends = sum(1 for i in wraps if _SENTENCE_END.search(text, lines[i][0], lines[i][1]))
    return wraps if sentence_ends < _MAX_SENTENCE_END_SHARE * len(wraps) else set()


def _adjacent(text: str, end: int, next_start: int) -> bool:
    """Two lines with exactly one line break between them (no blank line)."""
    gap = text[end:next_start]
    return sum(gap.count(c) for c in "\n\u2028\u2029\x0b\x0c\x1c\x1d\x1e\x85") + (
        gap.count("\r") - gap.count("\r\n")
    ) == 1


def _is_wrap(text: str, line: tuple[int, int], nxt: tuple[int, int], width: int) -> bool:
    following = text[nxt[0] : nxt[1]]
    numbered = following[:1].isdigit() and following[1:3].startswith((".", ")"))
    if following.startswith(_LIST_MARKERS) or numbered:
        return False  # a list item starts on its own line on purpose
    first_word = following.split(None, 1)[0]
    return (line[1] - line[0]) + 1 + len(first_word) > width - _WRAP_SLACK
