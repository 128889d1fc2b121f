"""Find a reader's words in a text the way a Hebrew reader means them.

Searching ירושלים must find בירושלים and וּבִירוּשָׁלַיִם, צהל must find צה"ל and צה״ל, and a two-letter
query must not light up every word that merely contains those letters. So the text and the query are
folded alike (nikud, cantillation, invisible marks, gershayim and geresh dropped; final letters,
Latin case and maqaf folded; any run of white space made one space) and a match must begin where a
word begins, or right after proclitics that the prefix grammar of `app.core.hebrew.prefixes`
accepts (ו ה ב כ ל מ ש and their stacks; ב"הארץ, ב-2019). A match may end inside a word, so a
query finds as it is typed and ילד finds ילדים. Spans are offsets into the text as given and take
in the nikud of their last letter. Qt-free: the find bar and the names filter both use it.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass

from .hebrew.chars import GERESH, GERSHAYIM, INVISIBLE, MARKS, fold_finals, plain
from .hebrew.prefixes import parse_prefix

MAX_MATCHES = 10_000  # a one-letter query in a book: enough to count, not enough to stall
_GAPS = f"{MARKS}{INVISIBLE}{GERSHAYIM}{GERESH}\\s"
# What the key drops or squeezes, except a lone plain space (most gaps, and already as the key has
# it): the regex engine skips those without a Python step per word.
_GAP = re.compile(f"(?! (?![{_GAPS}]))[{_GAPS}]+")
_WHITE = re.compile(r"\s")
_TRAILING_MARKS = re.compile(f"[{MARKS}]*")
_HYPHENS = ("\u05be", "\u2010", "\u2011")  # maqaf and Unicode hyphens, searched as "-"


@dataclass(frozen=True)
class Folded:
    """A text, its search key, and the way back from key positions to text offsets: key piece k
    starts at key position key_starts[k] and text offset text_starts[k] (pieces are copied 1:1)."""

    text: str
    key: str
    key_starts: list[int]
    text_starts: list[int]

    def offset(self, position: int) -> int:
        """The text offset that key `position` came from."""
        k = bisect_right(self.key_starts, position) - 1
        return self.text_starts[k] + position - self.key_starts[k]


def fold_text(text: str) -> Folded:
    """The search key of `text`. One regex pass; each gap (a mark, a quote, white space other than
    a single plain space) costs one Python step (benchmarks/search_bench.py)."""
    parts: list[str] = []
    key_starts: list[int] = []
    text_starts: list[int] = []
    size = last = 0
    for m in _GAP.finditer(text):
        a, b = m.span()
        if a > last:
            key_starts.append(size), text_starts.append(last), parts.append(text[last:a])
            size += a - last
        if _WHITE.search(m.group()):
            key_starts.append(size), text_starts.append(a), parts.append(" ")
            size += 1
        last = b
    if last < len(text) or not parts:
        key_starts.append(size), text_starts.append(last), parts.append(text[last:])
    key = "".join(parts)
    lower = key.lower()
    if len(lower) == len(key):  # a few letters (İ) lower to two characters: keep those as they are
        key = lower
    else:
        key = "".join(c if len(c.lower()) != 1 else c.lower() for c in key)
    key = fold_finals(key)
    for hyphen in _HYPHENS:  # str.replace: translate would cost 0.1 s a megabyte
        key = key.replace(hyphen, "-")
    return Folded(text, key, key_starts, text_starts)


def fold_query(query: str) -> str:
    """The query as it must appear in a key (outer white space ignored)."""
    return fold_text(query.strip()).key


def find(text: str | Folded, query: str, limit: int = MAX_MATCHES) -> list[tuple[int, int]]:
    """[start, end) spans in the text where `query` is found, in order, at most `limit` of them."""
    folded = text if isinstance(text, Folded) else fold_text(text)
    needle = fold_query(query)
    if not needle:
        return []
    key, source = folded.key, folded.text
    spans: list[tuple[int, int]] = []
    pos = key.find(needle)
    while pos >= 0 and len(spans) < limit:
        if _begins_word(folded, pos):
            end = folded.offset(pos + len(needle) - 1) + 1
            spans.append((folded.offset(pos), _TRAILING_MARKS.match(source, end).end()))
        pos = key.find(needle, pos + 1)
    return spans


def matches(text: str, query: str) -> bool:
    """True when `query` is found in `text`, or is once its own proclitics are taken off: a names
    filter given לנתניהו should still show נתניהו. (The article search does not do this: there,
    מלך would turn into לך and light up half the page.)"""
    folded = fold_text(text)
    return any(find(folded, q, limit=1) for q in _bare_forms(fold_query(query)))


def _bare_forms(needle: str) -> list[str]:
    """The query, then the query without each proclitic stack it may begin with (ו, וב, ושה …),
    keeping at least two letters: ובירושלים → ובירושלים, בירושלים, ירושלים."""
    forms = [needle]
    word = needle.split(" ", 1)[0]
    for cut in range(1, len(word) - 1):
        if not word[:cut].isalpha() or parse_prefix(word[:cut]) is None:
            break
        forms.append(needle[cut:])
    return forms


def _begins_word(folded: Folded, pos: int) -> bool:
    """A match begins a word, or follows proclitics that begin it (judged on the text as written,
    so the quote of ב"הארץ counts as parse_prefix expects)."""
    key = folded.key
    start = pos
    while start > 0 and key[start - 1].isalnum():
        start -= 1
    if start == pos or not key[pos].isalnum():
        return True
    prefix = plain(folded.text[folded.offset(start) : folded.offset(pos)])
    return parse_prefix(prefix) is not None
