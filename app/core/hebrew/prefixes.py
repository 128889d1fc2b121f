"""Proclitics (ו ה ב כ ל מ ש and their combinations) and the normal form used for term matching.

A written Hebrew word carries its conjunction, relativiser, preposition and article glued in front:
ובבית = ו + ב + (ה) + בית. `segment` strips them only where the rest is a real word, deciding each
step with weights learned from the Treebank's gold segmentation over word frequencies (so that
מחקר stays whole while מהמחקר splits). `normalize` is the term form for statistics: prefixes off,
nikud and invisible marks removed, final letters folded.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .chars import LETTERS, PROCLITICS, fold_finals, is_hebrew, plain
from .lexicon import Lexicon, lexicon

# Proclitics in the order they stack: ו, then a relativiser (ש כש מש), then a preposition, then ה.
ORDER: dict[str, int] = {"ו": 0, "ש": 1, "כש": 1, "מש": 1, "ב": 2, "כ": 2, "ל": 2, "מ": 2, "ה": 3}
_ARTICLE = 3
_MIN_BASE = 2  # letters a base keeps: בו, לה, מה are words, not prefix + one letter
# ב-2019, ה-BBC, ב1960 (the Treebank glues digits), וב-Google: the prefix ends where the script does
_HYPHENATED = re.compile(f"([{PROCLITICS}]{{1,4}})(?:-(?=[0-9A-Za-z{LETTERS}])|(?=[0-9A-Za-z]))")
_SPACE = re.compile(r"\s+")
_AROUND = " \"()[]{},.;:!?"  # punctuation a caller may leave around a word (not the geresh of וכו')
_FIRST = "תינאהמ"  # a base starting with these is often a verb form (future, hif'il) or a participle
_ENDINGS = ("ים", "ות", "ה", "ת", "ו", "י")


@lru_cache(maxsize=1 << 17)
def normalize(word: str) -> str:
    """The form under which two spellings of one word count as the same term (ובישראל → ישראל).

    Given several words, normalises each, so a line can be compared with another line.
    """
    if _SPACE.search(word):
        return _SPACE.sub(" ", " ".join(normalize(w) for w in word.split()))
    return fold_finals(segment(word)[1].lower())


def segment(word: str) -> tuple[tuple[str, ...], str]:
    """(proclitics, base) of a word, nikud and invisible marks removed: בירושלים → (("ב",), "ירושלים").

    The unwritten article after ב כ ל is not listed; a quote after the prefixes (ב"הארץ") and the
    hyphen of ב-2019 belong to neither part.
    """
    return _segment(plain(word).strip(_AROUND))


@lru_cache(maxsize=1 << 17)
def _segment(w: str) -> tuple[tuple[str, ...], str]:
    if len(w) <= _MIN_BASE or not is_hebrew(w[0]):
        return (), w
    hyphen = _HYPHENATED.match(w)
    if hyphen:
        steps = parse_prefix(hyphen[1])
        if steps is not None:
            return steps, w[hyphen.end() :]
    lex = lexicon()
    known = lex.analyses.get(w)
    if known is not None:
        return parse_prefix(known) or (), w[len(known) :]
    return _decide(w, lex)


def parse_prefix(prefix: str) -> tuple[str, ...] | None:
    """The proclitic steps spelling `prefix` (quotes skipped) in stacking order; None if no prefix."""
    steps: list[str] = []
    last = -1
    i = 0
    while i < len(prefix):
        if prefix[i] == '"':  # ב"הארץ: after the quote the article is written again
            last, i = min(last, ORDER["ה"] - 1), i + 1
            continue
        for size in (2, 1):
            step = prefix[i : i + size]
            if len(step) == size and ORDER.get(step, -1) > last:
                break
        else:
            return None
        steps.append(step)
        last = _ARTICLE if step in "בכל" else ORDER[step]
        i += len(step)
    return tuple(steps)


def _decide(w: str, lex: Lexicon, last: int = -1) -> tuple[tuple[str, ...], str]:
    steps: list[str] = []
    rest = w
    while True:
        best: tuple[float, str] | None = None
        for step, order in ORDER.items():
            if order <= last or not rest.startswith(step) or len(rest) - len(step) < _MIN_BASE:
                continue
            base = rest[len(step) :]
            if base[0] == '"' and len(base) > _MIN_BASE:  # ב"הארץ: a quoted name after the prefix
                score = 1.0
            else:
                score = _score(rest, step, base, lex)
            if score > 0 and (best is None or score > best[0]):
                best = (score, step)
        if best is None:
            deeper = _through_unknown(rest, last, lex)
            return (tuple(steps) + deeper[0], deeper[1]) if deeper else (tuple(steps), rest)
        step = best[1]
        steps.append(step)
        rest = rest[len(step) :].lstrip('"')
        last = _ARTICLE if step in "בכל" else ORDER[step]
        known = lex.analyses.get(rest)  # ולשער: the Treebank knows לשער as one word
        if known is not None:
            more = parse_prefix(known)
            if more is not None and (not more or ORDER[more[0]] > last):
                return tuple(steps) + more, rest[len(known) :]


def _through_unknown(w: str, last: int, lex: Lexicon) -> tuple[tuple[str, ...], str] | None:
    """ולמעשיכם: ו before a form known only without its own prefixes (ל + מעשיכם)."""
    for step in ("ו", "ש"):
        if ORDER[step] > last and w.startswith(step) and w not in lex.zipf and len(w) > 4:
            inner, base = _decide(w[1:], lex, ORDER[step])
            if inner and base in lex.zipf:
                return (step, *inner), base
    return None


def _score(w: str, step: str, base: str, lex: Lexicon) -> float:
    """Log-odds that `step` is a proclitic of `w`; negative when `base` is no known word."""
    weights = lex.weights.get(step)
    f = features(w, step, base, lex.zipf, lex.floor)
    if weights is None or f is None:
        return -1.0
    return weights[0] + sum(a * b for a, b in zip(weights[1:], f))


def features(w: str, step: str, base: str, zipf: dict[str, float], floor: float) -> list[float] | None:
    """Evidence that w = step + base: how common each reading is, and what else base combines with.

    Shared by the runtime and the tool that learns the weights (tools/build_hebrew_lexicon.py).
    """
    get = zipf.get
    siblings = max([get(q + base, floor) for q in PROCLITICS if q != step])
    zb = get(base)
    if zb is None:
        if siblings <= floor:
            return None  # the rest is no word we know, bare or with another prefix
        zb = floor
    zw = get(w, floor)
    outer = max(get("ו" + w, floor), get("ש" + w, floor))
    first = base[0]
    return [
        zw, float(w not in zipf), zb, zb - zw, float(len(base)), siblings - zw, float(base not in zipf),
        siblings, outer - zw, get("מ" + w, floor) - zw, get("ב" + w, floor) - zw,
        *[float(first == c) for c in _FIRST],
        *[float(w.endswith(e)) for e in _ENDINGS],
    ]  # fmt: skip
