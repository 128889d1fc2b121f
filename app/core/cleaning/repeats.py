"""Later copies of the headline block, found wherever the page left them.

A copy is found in folded text (see fold.py), so white space, spaced punctuation, nikud and invisible
marks do not hide it. Whether a match is a copy or the body quoting its own headline is decided by
what surrounds it, because a false removal loses the author's text while a missed one only repeats:

- a paragraph that is nothing but the headline (or its title or subtitle) is a copy, also with the
  site's name after a dash or bar, as page titles print it;
- at the end of a paragraph, after a sentence end or glued onto the last word ("הצבאותלראשונה"),
  a title or subtitle of four words or more is a copy; after a plain space it takes eight;
- the whole block (title then subtitle) is a copy anywhere it starts after a sentence end or glue;
- copies back to back count as one block, unless a sentence end of their own stands between them;
- a match followed by its own sentence punctuation (". ") is a sentence of the body, never a copy;
- a match that only differs by a proclitic ("ונתניהו" for "נתניהו") is a word of the body.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..hebrew.chars import FINALS, LETTERS, PROCLITICS
from ..hebrew.sentences import TERMINATORS
from .fold import IGNORABLE, FoldedSpan, fold

MIN_WHOLE_WORDS = 2
MIN_GLUED_WORDS = 4
MIN_LOOSE_WORDS = 8
MIN_GLUE_LETTERS = 4
_PROCLITICS = frozenset(PROCLITICS)
_SENTENCE_END = re.compile(f"[{re.escape(TERMINATORS)}]")  # anywhere in the gap between copies
_WORD_CHAR = re.compile(r"[^\W_]")
_IGNORABLE = re.compile(f"[{IGNORABLE}]")
_HEBREW = re.compile(f"[{LETTERS}]")
# "כותרת - הארץ", "כותרת | ynet": a page title is the headline plus the site's name.
_SITE_SEPARATORS = frozenset("-|–—·")
_OPENERS = frozenset("\"״“„«([")
_BLOCK_SEPARATORS = frozenset("-|–—·:,")
_SITE_NAME = re.compile(r"[^\W_][^.?,;:()\n]{0,30}")  # "וואלה! חדשות"


@dataclass(frozen=True)
class HeadlineKey:
    """One part of the headline (title or subtitle) in comparison form."""

    key: str
    words: int
    head: str  # punctuation before its first word in the original, spaces removed
    tail: str  # punctuation after its last word


def headline_key(text: str, start: int, end: int) -> HeadlineKey | None:
    key = fold(text, start, end)
    if not key:
        return None
    piece = text[start:end]
    first = _WORD_CHAR.search(piece)
    last = len(piece) - next(i for i, c in enumerate(reversed(piece)) if _WORD_CHAR.match(c))
    head = "".join(piece[: first.start()].split()) if first else ""
    tail = "".join(piece[last:].split())
    return HeadlineKey(key, key.count(" ") + 1, head, tail)


@dataclass(frozen=True)
class _Match:
    start: int  # folded offsets
    end: int
    words: int
    parts: frozenset[int]  # which keys (0 title, 1 subtitle) it covers
    tail: str
    head: str


def headline_copies(
    text: str, start: int, end: int, keys: list[HeadlineKey], folded: str | None = None
) -> list[tuple[int, int]]:
    """Original spans inside text[start:end] that are copies of the headline, in order."""
    fk = fold(text, start, end) if folded is None else folded
    matches = _matches(fk, keys)
    if not matches:
        return []
    spans = FoldedSpan(text, start, end)
    whole_block = len(keys) > 1
    out: list[tuple[int, int]] = []
    for m, os, oe in _copy_blocks(text, matches, spans):
        left = _left(text, start, os, fk, m.start)
        right = _right(text, end, oe, fk, m.end, m.tail)
        if _accept(left, right, m.words, whole_block and len(m.parts) == len(keys)):
            stop = end if right == "site" else _extend_forward(text, end, oe, m.tail)
            out.append((_extend_back(text, start, os, m.head), stop))
    return out


def _matches(fk: str, keys: list[HeadlineKey]) -> list[_Match]:
    found: list[_Match] = []
    for index, hk in enumerate(keys):
        p = fk.find(hk.key)
        while p >= 0:
            found.append(_Match(p, p + len(hk.key), hk.words, frozenset((index,)), hk.tail, hk.head))
            p = fk.find(hk.key, p + 1)
    found.sort(key=lambda m: (m.start, -m.end))
    kept: list[_Match] = []
    for m in found:
        if not kept or m.start >= kept[-1].end:  # drop matches inside or overlapping an earlier one
            kept.append(m)
    return kept


def _copy_blocks(text: str, matches: list[_Match], spans: FoldedSpan) -> list[tuple[_Match, int, int]]:
    """Matches with original offsets; copies back to back (title then subtitle, or twice) become one
    block, unless a sentence end of their own stands between them (then the first is a body sentence)."""
    out: list[tuple[_Match, int, int]] = []
    for m in matches:
        os, oe = spans.original_start(m.start), spans.original_end(m.end)
        if out and m.start - out[-1][0].end in (0, 1):
            prev, pos, pend = out[-1]
            gap = set(_IGNORABLE.sub("", "".join(text[pend:os].split()))) - set(prev.tail) - set(m.head)
            if gap <= _BLOCK_SEPARATORS:
                block = _Match(prev.start, m.end, prev.words + m.words, prev.parts | m.parts, m.tail, prev.head)
                out[-1] = (block, pos, oe)
                continue
        out.append((m, os, oe))
    return out


def _left(text: str, lo: int, os: int, fk: str, fs: int) -> str:
    """What precedes a match: 'start', 'boundary', 'glue', 'space' or 'proclitic'."""
    if fs > 0 and fk[fs - 1] != " ":
        leftover = fk[fk.rfind(" ", 0, fs) + 1 : fs]
        prev = _previous_non_mark(text, lo, os)
        if prev in FINALS or _script_changes(leftover[-1], fk[fs]):
            return "glue"
        if len(leftover) >= MIN_GLUE_LETTERS and not set(leftover) <= _PROCLITICS:
            return "glue"
        return "proclitic"
    j = os
    while j > lo and not _WORD_CHAR.match(text, j - 1):
        j -= 1
    if j == lo:
        return "start"
    return "boundary" if _SENTENCE_END.search(text, j, os) else "space"


def _right(text: str, hi: int, oe: int, fk: str, fe: int, tail: str) -> str:
    """What follows a match: 'end', 'glue', 'space', 'site' (" - הארץ"), 'punct' (a sentence end of its
    own) or 'suffix' (a word going on)."""
    if fe < len(fk) and fk[fe] != " ":
        stop = fk.find(" ", fe)
        leftover = fk[fe : len(fk) if stop < 0 else stop]
        last = _previous_non_mark(text, 0, oe)
        if last in FINALS or _script_changes(fk[fe - 1], leftover[0]) or len(leftover) >= MIN_GLUE_LETTERS:
            return "glue"
        return "suffix"
    j = oe
    while j < hi and not _WORD_CHAR.match(text, j):
        j += 1
    extra = set(_IGNORABLE.sub("", "".join(text[oe:j].split()))) - set(tail)
    if j == hi:
        return "end-punct" if extra else "end"
    if extra & _SITE_SEPARATORS and _SITE_NAME.fullmatch(text, j, hi):
        return "site"
    # the headline's own closing marks (its tail: a quote it ends with) come first; what decides is
    # the stretch after them
    stretch = _IGNORABLE.sub("", text[oe:j]).lstrip(tail)
    if extra <= _OPENERS and stretch[:1].isspace() and not stretch[-1:].isspace():
        return "space"  # ' "word' or ' (word': the next sentence opens a quote or a bracket
    return "punct" if extra else "space"


def _accept(left: str, right: str, words: int, whole_block: bool) -> bool:
    if left == "start" and right in ("end", "end-punct"):
        return words >= MIN_WHOLE_WORDS
    if left == "start" and right == "site":
        return words >= MIN_GLUED_WORDS
    firm_left = left in ("start", "boundary", "glue")
    if firm_left and right in ("end", "glue"):
        return words >= MIN_GLUED_WORDS
    if firm_left and right == "space":
        return whole_block and words >= MIN_LOOSE_WORDS
    if left == "space" and right in ("end", "glue"):
        return words >= MIN_LOOSE_WORDS
    return False


def _previous_non_mark(text: str, lo: int, pos: int) -> str:
    """The last character before pos that is not a nikud or invisible mark ('' at lo); white
    space counts (cleaning/boilerplate's _previous_non_space skips it)."""
    pos -= 1
    while pos >= lo and _IGNORABLE.match(text, pos):
        pos -= 1
    return text[pos] if pos >= lo else ""


def _script_changes(a: str, b: str) -> bool:
    """A Hebrew letter against a Latin letter or digit: two words glued, not one word."""
    return bool(_HEBREW.match(a)) != bool(_HEBREW.match(b))


def _extend_back(text: str, lo: int, pos: int, head: str) -> int:
    for ch in reversed(head):
        j = pos
        while j > lo and (text[j - 1].isspace() or _IGNORABLE.match(text, j - 1)):
            j -= 1
        if j > lo and text[j - 1] == ch:
            pos = j - 1
        else:
            break
    return pos


def _extend_forward(text: str, hi: int, pos: int, tail: str) -> int:
    for ch in tail:
        j = pos
        while j < hi and (text[j].isspace() or _IGNORABLE.match(text, j)):
            j += 1
        if j < hi and text[j] == ch:
            pos = j + 1
        else:
            break
    return pos
