"""A scraper's second copy of the article body: a long run of sentences printed again, verbatim.

Some pages reach us with the body (or a long stretch of it) twice, often on one line, so the
repeated-paragraph rule, which compares whole paragraphs, does not see it. The reader reads it
twice and a summary may pick its sentence from the copy. A later run counts as a copy only when it
is long and prose: at least MIN_RUN_SENTENCES consecutive sentences, each as written (white space
aside) the same as the earlier run's sentence in the same place, of at least MIN_RUN_WORDS words,
at least MIN_RUN_SENTENCES of them different and ending with a sentence end. A song's refrain or a
repeated short line is shorter, or verse without sentence ends, and a sentence said again and again
is no body printed twice: they stay. The copy is removed on the record
(clean.py: reason "repeated-passage"), so the window shows it and the user can restore it; the
first copy stays where it was.

Sentences here are the stretches between sentence marks followed by white space: both copies are
cut at the same places whatever an abbreviation or an initial does, which is all a verbatim
comparison needs, and one regular-expression pass over a megabyte costs a tenth of the full
splitter's (hebrew/sentences.py), which the analysis runs after cleaning anyway.
"""

from __future__ import annotations

import re
from array import array
from collections.abc import Sequence

from ..hebrew.sentences import CLOSERS, TERMINATORS, sentence_end

MIN_RUN_SENTENCES = 5
MIN_RUN_WORDS = 60
# Earlier places looked at for each sentence: a sentence seen more often than this is a refrain or
# a formula, not the start of a copied body, and the bound keeps the search linear on any input.
MAX_PLACES = 8
_END = re.compile(rf"[{re.escape(TERMINATORS)}][{re.escape(CLOSERS)}]*(?=\s)|\S(?=\s*$)")
_START = re.compile(r"\S")
_ENDED = sentence_end()


def later_copies(text: str, pieces: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
    """Spans of text to remove: the later copy of each repeated run of sentences, one span per piece
    (stretches of body text, in document order) it touches, in order."""
    # Per sentence only a hash and its offsets, in flat arrays: a text of a hundred thousand short
    # lines must not cost an object per line (tests/core/test_clean.py).
    keys, starts, ends, piece = array("q"), array("q"), array("q"), array("q")
    for p, (a, b) in enumerate(pieces):
        pos = a
        for m in _END.finditer(text, a, b):
            start = _START.search(text, pos, m.end())
            if start is not None:
                keys.append(hash(" ".join(text[start.start() : m.end()].split())))
                starts.append(start.start())
                ends.append(m.end())
                piece.append(p)
            pos = m.end()
    repeated = _repeated(keys)
    if not repeated:
        return []
    places: dict[int, list[int]] = {}
    copy = bytearray(len(keys))
    j, n = 0, len(keys)
    while j < n:
        if keys[j] not in repeated:
            j += 1
            continue
        length = max((_run(keys, i, j) for i in places.get(keys[j], ())), default=0)
        if length >= MIN_RUN_SENTENCES and len(set(keys[j : j + length])) >= MIN_RUN_SENTENCES and _long_prose(
            text, starts, ends, j, length
        ):
            copy[j : j + length] = b"\x01" * length
            j += length
            continue
        seen = places.setdefault(keys[j], [])
        if len(seen) < MAX_PLACES:
            seen.append(j)
        j += 1
    spans: list[tuple[int, int]] = []
    for k in range(n):
        if not copy[k]:
            continue
        if k and copy[k - 1] and piece[k - 1] == piece[k]:
            spans[-1] = (spans[-1][0], ends[k])
        else:
            spans.append((starts[k], ends[k]))
    return spans


def _repeated(keys: array) -> set[int]:
    """The hashes that occur more than once (none in most texts)."""
    out: set[int] = set()
    previous = None
    for key in sorted(keys):
        if key == previous:
            out.add(key)
        previous = key
    return out


def _run(keys: array, i: int, j: int) -> int:
    """How many sentences from j repeat those from i, the earlier run ending before j starts."""
    length = 0
    while j + length < len(keys) and i + length < j and keys[i + length] == keys[j + length]:
        length += 1
        if length > MIN_RUN_WORDS:  # long enough whatever its words: the rest is taken run by run
            break
    return length


def _long_prose(text: str, starts: array, ends: array, j: int, length: int) -> bool:
    run = range(j, j + length)
    words = sum(len(text[starts[k] : ends[k]].split()) for k in run)
    ended = sum(1 for k in run if _ENDED.search(text, starts[k], ends[k]))
    return words >= MIN_RUN_WORDS and ended >= MIN_RUN_SENTENCES
