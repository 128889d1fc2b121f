"""The headline block: the leading short paragraph(s) that read as a title and a subtitle, not body.

A title is short and does not end like a sentence; a subtitle (the editor's lead) may be several
sentences long but, as printed by news sites, usually has no final period, and is followed by the
body. Some sites do end it with a period (or an ellipsis, or a quote and a period); such a second
paragraph is taken for the subtitle only on evidence that it is one: the page repeats it later —
right after a copy of the title (the block printed again), or anywhere when the title is repeated
too, or as a paragraph of its own. A first body paragraph is not repeated like that, so an article
without copies keeps it as body.
"""

from __future__ import annotations

import re
from itertools import islice

from ..hebrew.sentences import FULL_STOPS, QUESTION_MARKS, sentence_end
from .fold import fold
from .paragraphs import Paragraph

MAX_TITLE_WORDS = 25
MAX_QUESTION_TITLE_WORDS = 15
MAX_SUBTITLE_WORDS = 60
_ENDS_SENTENCE = sentence_end(FULL_STOPS)
_ENDS_QUESTION = sentence_end(QUESTION_MARKS)
_WORD = re.compile(r"[^\W_]+")


def detect_headline(text: str, paras: list[Paragraph], first_index: int = 0) -> tuple[int | None, int | None]:
    """Indices into paras of the title and subtitle (either may be None), looking from first_index
    (past the page chrome a copied page may start with)."""
    if len(paras) - first_index < 2:
        return None, None
    first = text[paras[first_index].start : paras[first_index].end]
    n = _word_count(first)
    if n == 0 or n > MAX_TITLE_WORDS or _ENDS_SENTENCE.search(first):
        return None, None
    if _ENDS_QUESTION.search(first) and n > MAX_QUESTION_TITLE_WORDS:
        return None, None
    if len(paras) - first_index < 3:
        return first_index, None
    second = text[paras[first_index + 1].start : paras[first_index + 1].end]
    m = _word_count(second)
    if 0 < m <= MAX_SUBTITLE_WORDS and (
        not _ENDS_SENTENCE.search(second) or _repeated_as_headline(text, paras, first_index)
    ):
        return first_index, first_index + 1
    return first_index, None


def _repeated_as_headline(text: str, paras: list[Paragraph], title_i: int) -> bool:
    """Whether the paragraph after the title comes back later the way only a subtitle does."""
    title, second = paras[title_i], paras[title_i + 1]
    title_key, key = fold(text, title.start, title.end), fold(text, second.start, second.end)
    if not key or not title_key:
        return False
    rest = fold(text, second.end)
    if key not in rest:
        return False
    if f"{title_key} {key}" in rest or title_key in rest:
        return True
    size = second.end - second.start
    return any(
        abs((p.end - p.start) - size) <= size and fold(text, p.start, p.end) == key
        for p in paras[title_i + 2 :]
    )


def _word_count(s: str) -> int:
    """Words in s, counted only as far as any limit here needs (a 10 MB line is not a title)."""
    return sum(1 for _ in islice(_WORD.finditer(s), MAX_SUBTITLE_WORDS + 1))
