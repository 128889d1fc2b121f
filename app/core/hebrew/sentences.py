"""Sentence boundaries for Hebrew news and prose, as offsets into the original text.

One left-to-right pass over the candidate marks (a regex of simple character classes, so linear on
any input): a line break always ends a sentence (a headline line is a sentence of its own); `?` and
`!` end one; a period ends one unless it belongs to a number, an initial (א. ב. יהושע, J. K.), an
abbreviation (Prof., פרופ.), a list number at the start of a line, or is followed by a lower-case
Latin word. An ellipsis inside a line does not end a sentence (Hebrew news uses it mid-sentence).
Closing quotes and brackets stay with the sentence they close, also when a scraper spaced them
apart (`בסוריה . "`): quote marks are counted per line to tell a closing quote from an opening one,
and gershayim inside a word (צה"ל) are not quote marks.
"""

from __future__ import annotations

import re

from .chars import INVISIBLE, LETTERS, MARKS, PROCLITICS, is_hebrew

# What ends a sentence, defined here once: the splitter below and every rule that asks whether a
# line or a stretch of text ends like a sentence (the headline, hard-wrapped lines, repeated blocks,
# visual-order lines, the summary's headings) build their patterns from these.
FULL_STOPS = ".…"  # a period, an ellipsis (which ends a line, but not a sentence inside one)
QUESTION_MARKS = "?!"  # question and exclamation marks
TERMINATORS = FULL_STOPS + QUESTION_MARKS
CLOSERS = ")]}»”“’\"'״׳"  # closing brackets and quotes, which stay with the sentence they end


def sentence_end(marks: str = TERMINATORS) -> re.Pattern[str]:
    """A stretch of text ending in one of `marks`, then closing quotes or brackets, then nothing
    but white space (search it with the stretch's bounds)."""
    return re.compile(rf"[{re.escape(marks)}][{re.escape(CLOSERS)}]*\s*$")


def question_end() -> re.Pattern[str]:
    """A stretch of text that ends as a question: a question mark (also "?!" and "!?"), then
    closing quotes or brackets, then nothing but white space (search it with the stretch's bounds)."""
    return re.compile(rf"\?[{re.escape(QUESTION_MARKS)}]*[{re.escape(CLOSERS)}]*\s*$")


_LINE_BREAK = "\n\r\u2028\u2029\x0b\x0c\x85"
_QUOTE_MARKS = '"״'
_CANDIDATES = re.compile(
    rf"(?P<term>[{re.escape(TERMINATORS)}]+)(?P<close>[{re.escape(CLOSERS)}{INVISIBLE}]*)"  # terminator and what closes with it
    rf"|(?P<line>[{_LINE_BREAK}])"
    rf"|(?P<quote>[{_QUOTE_MARKS}])"
    rf"|(?P<paren>[()])"
)
_SPACE = re.compile(rf"[ \t\u00a0{INVISIBLE}]+")
_LETTER = re.compile(rf"[A-Za-z{LETTERS}]")
_WORD_CHAR = re.compile(rf"[\w{LETTERS}]")
_MAX_ABBREVIATION = 6
MAX_BRACKET_TAIL = 40  # characters after a sentence end in which an open bracket may still close
_ABBREVIATIONS = frozenset(
    "mr mrs ms dr prof st jr sr vs inc ltd co corp no vol pp fig approx gen col lt sgt capt e.g i.e "
    "al cf ca est dept univ פרופ רח עמ".split()
)
_MARKS_RE = re.compile(f"[{MARKS}]")
# A Hebrew abbreviation after one to three proclitics ("ברח. הרצל", "בעמ. 5", "לפרופ. כהן") is
# as much an abbreviation as without them. Written with a non-final letter at its end, עמ and פרופ
# are nothing else; רח is, after ב or מ, also the verb "fled" or "smeared" (ברח, שברח, מרח), which
# ends sentences as often ("החשוד ברח."), so those forms still end one.
_PREFIXED_ABBREVIATIONS = frozenset(w for w in _ABBREVIATIONS if is_hebrew(w[0]))
_ALSO_VERBS = ("ברח", "מרח")


def split_sentences(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """Sentence spans (start, end) inside text[start:end], trimmed of surrounding white space."""
    end = len(text) if end is None else end
    spans: list[tuple[int, int]] = []
    pos = start  # start of the current sentence
    quotes = 0  # quote marks seen on this line: odd means a quotation is open
    parens = 0  # brackets open on this line
    for m in _CANDIDATES.finditer(text, start, end):
        kind = m.lastgroup
        if kind == "line":
            _append(text, pos, m.start(), spans, same_line=False)
            pos, quotes, parens = m.end(), 0, 0
        elif m.start() < pos:
            continue  # a closing mark already taken into the sentence before
        elif kind == "quote":
            quotes += not _is_gershayim(text, m.start(), end)
        elif kind == "paren":
            parens = parens + 1 if m.group() == "(" else max(0, parens - 1)
        else:
            close = m.group("close")
            quotes += sum(close.count(q) for q in _QUOTE_MARKS)
            parens = max(0, parens - close.count(")"))
            stop = m.end()
            if not _ends_sentence(text, m.start(), m.group("term"), stop, start, end):
                continue
            after, closed, still_open = _spaced_closers(text, stop, end, quotes, parens)
            if still_open and _bracket_closes(text, after, end):
                continue  # the marks after it are counted as the scan meets them
            stop, quotes, parens = after, closed, still_open
            if _continues(text, stop, end):
                continue
            _append(text, pos, stop, spans, same_line=True)
            pos = stop
    _append(text, pos, end, spans, same_line=True)
    return spans


def _ends_sentence(text: str, at: int, term: str, stop: int, lo: int, hi: int) -> bool:
    if stop < hi and not (text[stop].isspace() or _SPACE.match(text, stop)):
        return False  # 3.5, 21.2.2019, ynet.co.il, "מה?!" glued to the next word
    if "?" in term or "!" in term:
        return True
    if term != ".":
        return False  # an ellipsis
    word_start = at
    while word_start > lo and at - word_start <= _MAX_ABBREVIATION and not text[word_start - 1].isspace():
        word_start -= 1
    word = _MARKS_RE.sub("", text[word_start:at]).lstrip("\"'(״[").lower().rsplit("-", 1)[-1]
    if word_start > lo and not text[word_start - 1].isspace():
        word = ""  # longer than any initial or abbreviation
    if all(len(part) == 1 and _LETTER.match(part) for part in word.split(".")):
        return False  # an initial: א. ב. יהושע, J. K., U.S.
    if word.rsplit(".", 1)[-1] in _ABBREVIATIONS or word in _ABBREVIATIONS or _prefixed_abbreviation(word):
        return False
    if word.isdigit() and len(word) <= 3 and _line_start(text, word_start, lo):
        return False  # "1. " numbering a list item
    nxt = _SPACE.match(text, stop, hi)
    after = nxt.end() if nxt else stop
    return not (after < hi and "a" <= text[after] <= "z")


def _prefixed_abbreviation(word: str) -> bool:
    """"בעמ", "לפרופ", "ורח": proclitics, then an abbreviation; not "ברח" or "מרח" (also verbs)."""
    if word.endswith(_ALSO_VERBS):
        return False
    return any(
        word[k:] in _PREFIXED_ABBREVIATIONS and all(c in PROCLITICS for c in word[:k]) for k in range(1, min(4, len(word)))
    )


def _bracket_closes(text: str, stop: int, hi: int) -> bool:
    """An open bracket closes within MAX_BRACKET_TAIL characters of this sentence end, on the same
    line: `(של כהן. י"ג)`, an editor's initials after a period. Cut there, a summary would
    show a bracket opened and never closed, and the next sentence would open with its tail."""
    close = text.find(")", stop, min(hi, stop + MAX_BRACKET_TAIL))
    return close >= 0 and not any(c in _LINE_BREAK or c == "(" for c in text[stop:close])


def _continues(text: str, stop: int, hi: int) -> bool:
    """`" מדוע לא ? " , שאל`: a comma or colon after the quote means the sentence goes on."""
    gap = _SPACE.match(text, stop, hi)
    after = gap.end() if gap else stop
    return after < hi and text[after] in ",;:"


def _line_start(text: str, i: int, lo: int) -> bool:
    while i > lo and text[i - 1] in " \t":
        i -= 1
    return i == lo or text[i - 1] in _LINE_BREAK


def _is_gershayim(text: str, i: int, hi: int) -> bool:
    """צה"ל, ד"ר: a letter before, exactly one letter after, then the word ends."""
    return (
        i > 0
        and _LETTER.match(text, i - 1) is not None
        and i + 1 < hi
        and _LETTER.match(text, i + 1) is not None
        and (i + 2 >= hi or not _WORD_CHAR.match(text, i + 2))
    )


def _spaced_closers(text: str, stop: int, hi: int, quotes: int, parens: int) -> tuple[int, int, int]:
    """`בסוריה . "` and `( ראו להלן . )` as scrapers leave them: an open quotation or bracket
    closed right after the sentence end belongs to this sentence."""
    for _ in range(2):
        gap = _SPACE.match(text, stop, hi)
        q = gap.end() if gap else stop
        if q >= hi:
            break
        if quotes % 2 and text[q] in _QUOTE_MARKS and (q + 1 >= hi or not _WORD_CHAR.match(text, q + 1)):
            stop, quotes = q + 1, quotes + 1
        elif parens and text[q] == ")":
            stop, parens = q + 1, parens - 1
        else:
            break
    return stop, quotes, parens


def _append(text: str, a: int, b: int, out: list[tuple[int, int]], same_line: bool) -> None:
    while a < b and text[a].isspace():
        a += 1
    while b > a and text[b - 1].isspace():
        b -= 1
    if b <= a:
        return
    if same_line and out and not _WORD_CHAR.search(text, a, b):
        prev_a, prev_b = out[-1]
        if not any(c in _LINE_BREAK for c in text[prev_b:a]):
            out[-1] = (prev_a, b)  # a stray mark after the sentence end belongs to that sentence
            return
    out.append((a, b))
