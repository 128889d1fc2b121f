"""Word tokens: Hebrew (with nikud and in-word gershayim), Latin words, numbers, URLs and e-mails.

Every pattern is linear: each repetition needs a separator that cannot start the next word piece,
and the e-mail/URL branches may only start where a word starts, so no input is scanned twice.
The repeated groups are possessive (`*+`): Python's `re` otherwise keeps a backtracking entry for
every repetition, about 120 bytes a character of one long "word" (a 20 MB run of letters took
1.4 GB), while a greedy match whose tail is optional never needs to give anything back.
"""

from __future__ import annotations

import re

from .chars import INVISIBLE, LETTERS, MARKS

# A word goes on through nikud and invisible marks and keeps its trailing nikud, not trailing marks.
_PIECE = rf"\w(?:[{MARKS}{INVISIBLE}]*\w)*+[{MARKS}]*"
_TOKEN = re.compile(
    rf"(?<![\w.+-])\w[\w.+-]*@\w[\w-]*(?:\.\w[\w-]*)+"  # e-mail
    rf"|(?<![\w.])(?:https?://|www\.)[^\s\"'<>()\[\]{{}}״]*[^\s\"'<>()\[\]{{}}״.,;:!?]"  # URL
    rf"|{_PIECE}"
    rf"(?:(?:[\"'״׳\-–־]|(?<=\d)[.,:/](?=\d)){_PIECE})*+"  # צה"ל ג'ירפה ב-2019 3.5 21.2.2019
    rf"(?:(?<=[{LETTERS}{MARKS}])['׳](?!\w))?"  # וכו' פרופ'
)


def word_spans(text: str) -> list[tuple[int, int]]:
    """Spans of word tokens in text (offsets into text; marks inside a word stay inside it)."""
    return [m.span() for m in _TOKEN.finditer(text)]


def words(text: str) -> list[str]:
    """Word tokens as written, nikud and invisible marks included."""
    return [m.group() for m in _TOKEN.finditer(text)]
