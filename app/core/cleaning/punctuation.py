"""Display normalisation: punctuation re-attached the way Hebrew is typeset, one space between words.

Scrapers leave " ," " ." " :" "( x )" and quotes standing apart from the words they enclose
(` " נחושה להמשיך בסוריה ". `). Commas, periods, colons and closing brackets attach to the word before,
opening brackets to the word after. A double quote attaches by which side already touches a word, and
where both sides are spaced, by alternating open/close within the paragraph — only when the paragraph
has an even number of quotes, so an unbalanced quote is never attached to the wrong side. A quote
between two letters is gershayim (צה"ל) and is left alone.
"""

from __future__ import annotations

import re

from ..document import TextBuilder
from ..hebrew.chars import PROCLITICS

_SP = r"\s"  # inside a paragraph every white space, line breaks of wrapped lines included, is a space
_QUOTES = "\"״“”„«»"
_NO_SPACE_BEFORE = ",.:;?!)]}%…"  # punctuation that sits against the word before it
_FIXES = re.compile(
    rf"(?P<quote>{_SP}*[{_QUOTES}]{_SP}*)"
    rf"|(?P<close>{_SP}+)(?=[{re.escape(_NO_SPACE_BEFORE)}])"
    rf"|(?<=[(\[{{])(?P<open>{_SP}+)"
    rf"|(?P<run>{_SP}{{2,}}|[^\S \u00a0])"
)
# A quote not between two letters (those are gershayim). Starts with the quote so scanning is fast.
_STANDALONE_QUOTE = re.compile(rf"[{_QUOTES}](?:(?<![^\W_].)|(?![^\W_]))")
_WORD = re.compile(r"[^\W_]")


def normalise_block(builder: TextBuilder, text: str, start: int, end: int) -> None:
    """Emit the paragraph text[start:end] (trimmed) into builder, normalised."""
    balanced = len(_STANDALONE_QUOTE.findall(text, start, end)) % 2 == 0
    inside = False  # an open quote is waiting for its closing mark
    pos = start
    for m in _FIXES.finditer(text, start, end):
        builder.copy(pos, m.start())
        pos = m.end()
        if m.lastgroup == "quote":
            inside = _quote(builder, text, start, end, m, inside, balanced)
        elif m.lastgroup == "run":
            builder.replace(" ", m.start(), m.end())
        # "close" and "open": the spaces are dropped
    builder.copy(pos, end)


def _quote(builder: TextBuilder, text: str, lo: int, hi: int, m: re.Match, inside: bool, balanced: bool) -> bool:
    """Emit one quote mark with its spacing; return whether a quotation is open after it."""
    q = next(i for i in range(m.start(), m.end()) if text[i] in _QUOTES)
    before, after = text[m.start() - 1] if m.start() > lo else "", text[m.end()] if m.end() < hi else ""
    space_before, space_after = q > m.start(), m.end() > q + 1
    if not space_before and not space_after:
        builder.copy(q, q + 1)
        if _WORD.match(before) and _WORD.match(after):
            return inside  # gershayim
        return not (_WORD.match(before) or (before and before in _NO_SPACE_BEFORE))
    if before == "" or before in "([{":
        opening = True
    elif after == "" or after in _NO_SPACE_BEFORE:
        opening = False
    elif space_before != space_after:  # the side it already touches, whatever the count says;
        opening = space_before or _proclitics_before(text, lo, q)  # ו" לא: a prefix opens a quote
    elif balanced:
        opening = not inside
    else:  # both sides spaced in an unbalanced paragraph: only tidy the spaces
        _space(builder, text, m.start(), q, drop=False)
        builder.copy(q, q + 1)
        _space(builder, text, q + 1, m.end(), drop=False)
        return inside
    if opening:
        _space(builder, text, m.start(), q, drop=before == "" or before in "([{")
        builder.copy(q, q + 1)
    else:
        builder.copy(q, q + 1)
        _space(builder, text, q + 1, m.end(), drop=after == "" or after in _NO_SPACE_BEFORE)
    return opening


def _proclitics_before(text: str, lo: int, q: int) -> bool:
    """The word touching the quote on its left is only Hebrew prefix letters (ו, וב, ש…)."""
    a = q
    while a > lo and q - a < 4 and _WORD.match(text[a - 1]):
        a -= 1
    return 0 < q - a <= 3 and (a == lo or not _WORD.match(text[a - 1])) and all(c in PROCLITICS for c in text[a:q])


def _space(builder: TextBuilder, text: str, a: int, b: int, drop: bool) -> None:
    """One space in place of text[a:b], or none when `drop` (block edge, bracket, closing punctuation)."""
    if b <= a or drop:
        return
    if text[a:b] == " ":
        builder.copy(a, b)
    else:
        builder.replace(" ", a, b)
