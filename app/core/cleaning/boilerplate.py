"""Page debris that is not the article: related-link runs, video and photo captions, photo credits,
the site's buttons, follow-us and published/updated lines.

It is marked, never deleted: the reader shows it dimmed and the summary and entity counts skip it.
Patterns tolerate the scraper's spacing ("צילום : רויטרס", "( בווידאו : … )"). Debris glued to the
start or end of a paragraph is split off into a paragraph of its own, so the body around it stays body.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..hebrew.sentences import CLOSERS, TERMINATORS

_S = r"[\s\u00a0]*"
_VIDEO = r"(?:ב?וו?ידאו|בסרטון|צפו)"
_PHOTO = r"(?:צילומים|צילום(?:\s+(?:ארכיון|מסך|אילוסטרציה|אוויר))?|קרדיט)"
_RELATED = r"(?:לקריאה\s+נוספת|כתבות\s+נוספות|כתבות\s+קשורות)"
# Phrases a body sentence may also start with count only as a heading: followed by a colon or nothing.
_RELATED_WEAK = rf"(?:עוד\s+בנושא|קראו\s+עוד|קראו\s+גם|מומלצים){_S}(?::|$)"

# Page chrome: a paragraph made only of the site's buttons ("שתפו | הדפסה | תגובות", "פרסומת").
_BUTTON = r"(?:פרסומת|שתפו|שתף|הדפס|הדפסה|תגובות|הוסיפו תגובה|הוסף תגובה|שלחו לחבר|שלח לחבר|הגדל טקסט|הקטן טקסט|המשך לקרוא|לכתבה המלאה)"
_CHROME = re.compile(rf"{_S}{_BUTTON}(?:{_S}[|•·/]?{_S}{_BUTTON})*{_S}[:.]?{_S}")
_FOLLOW = re.compile(rf"{_S}(?:הצטרפו\s+ל|עקבו\s+אחרינו|הירשמו\s+ל|(?:פורסם|עודכן|עדכון\s+אחרון){_S}:)")
_MAX_FOLLOW_WORDS = 12

_LEADING = [
    ("related-links", re.compile(rf"{_S}(?:{_RELATED}|{_RELATED_WEAK})")),
    ("caption", re.compile(rf"{_S}{_VIDEO}{_S}:")),
    ("credit", re.compile(rf"{_S}{_PHOTO}{_S}:")),
]
_PARENTHESISED = re.compile(rf"\({_S}(?:(?P<video>{_VIDEO})|{_PHOTO}){_S}:[^()]{{0,300}}\)")
# Debris glued onto the end of a paragraph: a related-links run after a sentence end or straight onto
# a word, a short credit after a sentence end. Found by the marker first, so scanning stays fast.
_RELATED_MARK = re.compile(_RELATED)
_CREDIT_MARK = re.compile(rf"{_PHOTO}{_S}:{_S}[^{re.escape(TERMINATORS)}()\n]{{1,60}}$")  # a name, no sentence
_SENTENCE_END = frozenset(TERMINATORS + CLOSERS)  # what a sentence's last visible character can be
_MAX_CREDIT_WORDS = 12
_MAX_CREDIT_TAIL_WORDS = 6


@dataclass(frozen=True)
class Marked:
    """Boilerplate inside text[start:end] (original offsets)."""

    kind: str
    start: int
    end: int


def find_boilerplate(text: str, start: int, end: int) -> list[Marked]:
    """Boilerplate spans in the paragraph text[start:end], in order, not overlapping."""
    if _CHROME.fullmatch(text, start, end) or (
        _FOLLOW.match(text, start, end) and len(text[start:end].split()) <= _MAX_FOLLOW_WORDS
    ):
        return [Marked("chrome", start, end)]
    for kind, pattern in _LEADING:
        if pattern.match(text, start, end):
            if kind == "credit" and len(text[start:end].split()) > _MAX_CREDIT_WORDS:
                kind = "caption"
            return [Marked(kind, start, end)]
    out: list[Marked] = []
    tail_start = end
    for m in _RELATED_MARK.finditer(text, start, end):
        if text[m.start() - 1].isalpha() or _previous_non_space(text, start, m.start()) in _SENTENCE_END:
            tail_start = m.start()
            out.append(Marked("related-links", tail_start, end))
            break
    if not out:
        c = _CREDIT_MARK.search(text, start, end)
        if c and _previous_non_space(text, start, c.start()) in _SENTENCE_END and (
            len(text[c.start() : end].split()) <= _MAX_CREDIT_TAIL_WORDS + 1
        ):
            tail_start = c.start()
            out.append(Marked("credit", tail_start, end))
    inline = [
        Marked("caption" if p.group("video") else "credit", p.start(), p.end())
        for p in _PARENTHESISED.finditer(text, start, tail_start)
    ]
    return inline + out


def _previous_non_space(text: str, lo: int, pos: int) -> str:
    """The last character before pos that is not white space ('' at the paragraph start)."""
    while pos > lo and text[pos - 1].isspace():
        pos -= 1
    return text[pos - 1] if pos > lo else ""
