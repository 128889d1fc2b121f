"""Legacy visual-order Hebrew: recognised from the words themselves, converted line by line.

Before Unicode bidi, many Hebrew files (DOS editors, early web pages, teletext, subtitles) were
saved in display order: each line as it appears on screen, left to right, so read in logical order
every Hebrew word is backwards. The evidence is in the letters:

- final forms (ך ם ן ף ץ) end a word in logical order, so words that *start* with one are reversed;
  likewise the plain forms of those letters (כ מ נ פ צ) rarely end a logical word;
- the commonest function words (של, את, על, כי…) show up mirrored (לש, תא, לע, יכ…);
- numbers: a prefix letter joined to a number ("ב-21") lands on the other side ("21-ב"), and files
  made by naive byte reversal turn years around too ("8991" for 1998).

Conversion runs the Unicode bidi algorithm (python-bidi) over each line with a right-to-left base:
display order is its own inverse for Hebrew runs, and embedded numbers and Latin words, which the
display kept left to right, stay that way. Files from naive reversal (numbers reversed too) are
reversed character by character instead, with brackets mirrored. Such files were usually wrapped
at the screen's width; `unwrap` joins those lines back into paragraphs.
"""

from __future__ import annotations

import io
import re
import unicodedata
from collections.abc import Iterator

from ..hebrew.chars import BLOCK, FINALS, LETTERS, ORDINARY, PROCLITICS
from ..hebrew.prefixes import normalize
from ..hebrew.sentences import TERMINATORS, sentence_end
from ..hebrew.stopwords import STOP_WORDS

SAMPLE_CHARS = 200_000
MIN_EVIDENCE = 4.0
VISUAL_SHARE = 0.75
WRAP_WIDTH = 100

_WORD = re.compile(f"[{LETTERS}]{{2,}}")
_RTL = re.compile(f"[{BLOCK}\u0600-\u06ff\ufb1d-\ufb4f]")  # Hebrew, Arabic, Hebrew presentation forms
_FINALS = set(FINALS)
_PLAIN = set(ORDINARY)
_PREFIX_NUMBER = re.compile(rf"(?<![{LETTERS}])[{PROCLITICS}]-\d")
_NUMBER_PREFIX = re.compile(rf"\d-[{PROCLITICS}](?![{LETTERS}])")
_YEAR = re.compile(r"(?<!\d)\d{4}(?!\d)")
_FORWARD = frozenset(w for w in STOP_WORDS if len(w) >= 2 and w[::-1] not in STOP_WORDS)
_BACKWARD = frozenset(w[::-1] for w in _FORWARD)
_SENTENCE_END = sentence_end(TERMINATORS)
_MIRROR = str.maketrans("()[]{}<>«»", ")(][}{><»«")
_BREAKS = "\n\r\v\f\x1c\x1d\x1e\x85\u2028\u2029"  # where str.splitlines cuts
_LINE = re.compile(f"([^{_BREAKS}]*)(\r\n|[{_BREAKS}]|$)")


def evidence(text: str) -> tuple[float, float, bool]:
    """(visual evidence, logical evidence, naive-reversal) over the start of `text`."""
    sample = text[:SAMPLE_CHARS]
    visual = logical = 0.0
    for m in _WORD.finditer(sample):
        w = m.group()
        first, last = w[0], w[-1]
        if first in _FINALS:
            visual += 1
        elif first in _PLAIN:
            logical += 0.5
        if last in _FINALS:
            logical += 1
        elif last in _PLAIN:
            visual += 0.5
        key = normalize(w)
        if key in _FORWARD:
            logical += 1
        elif key in _BACKWARD:
            visual += 1
    logical += 2 * len(_PREFIX_NUMBER.findall(sample))
    visual += 2 * len(_NUMBER_PREFIX.findall(sample))
    years = [int(y) for y in _YEAR.findall(sample)]
    plausible = sum(1 for y in years if 1900 <= y <= 2099)
    reversed_years = sum(1 for y in years if not 1900 <= y <= 2099 and 1900 <= int(str(y)[::-1]) <= 2099)
    visual += 2 * reversed_years
    return visual, logical, reversed_years > plausible


def is_visual(text: str) -> bool:
    """True when the Hebrew in `text` reads as display order rather than logical order."""
    visual, logical, _ = evidence(text)
    total = visual + logical
    return total >= MIN_EVIDENCE and visual >= VISUAL_SHARE * total


def unwrap(text: str) -> str:
    """Rejoin paragraphs that a fixed-width screen broke into lines (legacy visual files are).

    A line was wrapped when the next line's first word would not have fitted after it within the
    file's width (at most 100 characters) and it does not end a sentence; such lines continue into
    the next, every other line ends its paragraph, so titles, short paragraphs and last lines stay
    where they were. Files where few lines look wrapped are left alone.

    The lines are streamed (a length histogram, then a count, then the output): a file of millions
    of lines costs its own size, not a list of strings per pass.
    """
    histogram: dict[int, int] = {}
    for line, _ in _lines(text):
        n = len(line.strip())
        if n:
            histogram[n] = histogram.get(n, 0) + 1
    count = sum(histogram.values())
    if count < 5:
        return text
    width = _percentile(histogram, int(count * 0.95))
    if width > WRAP_WIDTH:
        return text
    if sum(wrapped for _, wrapped in _wrapping(text, width)) < 0.3 * count:
        return text
    out = io.StringIO()
    start_of_paragraph = True
    for line, continues in _wrapping(text, width):
        if line:
            out.write(line if start_of_paragraph else " " + line)
            start_of_paragraph = False
        if not start_of_paragraph and not continues:
            out.write("\n")
            start_of_paragraph = True
        if not line:
            out.write("\n")
    joined = out.getvalue()  # every paragraph written with its "\n": drop the last unless the text had one
    return joined if not joined or text.endswith(("\n", "\r")) else joined[:-1]


def _percentile(histogram: dict[int, int], index: int) -> int:
    """The value at `index` of the sorted values a histogram counts."""
    seen = 0
    for value in sorted(histogram):
        seen += histogram[value]
        if seen > index:
            return value
    return max(histogram)


def _wrapping(text: str, width: int) -> Iterator[tuple[str, bool]]:
    """Each stripped line, and whether it was wrapped into the next."""
    previous: str | None = None
    for raw, _ in _lines(text):
        line = raw.strip()
        if previous is not None:
            yield previous, _wrapped(previous, line, width)
        previous = line
    if previous is not None:
        yield previous, False


def _wrapped(line: str, following: str, width: int) -> bool:
    return bool(line and following) and len(line) + 1 + len(following.split(None, 1)[0]) > width and not (
        _SENTENCE_END.search(line)
    )


def _lines(text: str) -> Iterator[tuple[str, str]]:
    """(line, its line end) as str.splitlines(keepends=True) would cut them, one at a time."""
    for m in _LINE.finditer(text):
        if m.group():
            yield m.group(1), m.group(2)


def to_logical(text: str) -> str:
    """Convert visual-order text to logical order, line by line; lines without Hebrew are kept."""
    from bidi import get_display

    naive = evidence(text)[2]
    out = io.StringIO()
    for body, end in _lines(text):
        if _RTL.search(body):
            body = body[::-1].translate(_MIRROR) if naive else _mirror_right_to_left(get_display(body, base_dir="R"))
        out.write(body)
        out.write(end)
    return out.getvalue()


def _mirror_right_to_left(line: str) -> str:
    """Brackets of a right-to-left stretch turned the logical way round.

    python-bidi's fast get_display reorders but does not mirror (rule L4 of the bidi algorithm):
    "(שאושרה ב-21)" stored visually came back as ")שאושרה ב-21(". A pair of brackets runs right to
    left when it holds right-to-left text, or holds only left-to-right text but follows
    right-to-left text (rule N0: "(FT)" in a Hebrew sentence, not "(c) 1998" after "Copyright");
    a lone bracket unless both its neighbours are left-to-right (N1). Digits count as
    right-to-left, and the line's edges as the right-to-left paragraph. A bracket pair is the
    next bracket of its kind, whichever way each is turned: the output has not been mirrored yet."""
    if not any(c in _MIRRORABLE for c in line):
        return line
    kinds = [_strong(c) for c in line]
    before, last = [], "R"
    for k in kinds:
        before.append(last)
        last = k or last
    after, last = [""] * len(line), "R"
    for i in range(len(line) - 1, -1, -1):
        after[i] = last
        last = kinds[i] or last
    rtl = {i: not (before[i] == after[i] == "L") for i, c in enumerate(line) if c in _MIRRORABLE}
    open_at: dict[str, int] = {}
    for i in sorted(rtl):
        family = _FAMILY[line[i]]
        if family not in open_at:
            open_at[family] = i
            continue
        start = open_at.pop(family)
        inside = set(kinds[start + 1 : i]) - {""}
        if inside:
            rtl[start] = rtl[i] = "R" in inside or before[start] == "R"
    return "".join(c.translate(_MIRROR) if rtl.get(i) else c for i, c in enumerate(line))


_FAMILY = {c: pair for pair in ("()", "[]", "{}", "<>", "«»") for c in pair}
_MIRRORABLE = frozenset("()[]{}<>«»")


def _strong(c: str) -> str:
    """'L' or 'R' for a character with a strong direction (numbers count as R), '' otherwise."""
    kind = unicodedata.bidirectional(c)
    return "L" if kind == "L" else "R" if kind in ("R", "AL", "EN", "AN") else ""
