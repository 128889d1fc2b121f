"""Extractive summaries: a method made for news, and every sumy algorithm, behind one function.

The methods are listed once, in `registry.py`. The default ("news", `news.py`) is a small learned
sentence ranker. The others are sumy's (LexRank, TextRank, LSA, Luhn, Edmundson, SumBasic, KL-Sum, Reduction),
computed over sparse sentence × term matrices so a book takes seconds where sumy takes hours; the
tests prove they pick the sentences sumy picks (`tools/sumy_reference.py` runs sumy itself through its
tokenizer and stemmer seams). numpy and scipy load on first use, so the window paints first.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from ..document import SummaryItem
from .registry import ALGORITHMS, DEFAULT_ALGORITHM, METHODS, Inputs, Method

__all__ = ["ALGORITHMS", "DEFAULT_ALGORITHM", "METHODS", "Method", "Summary", "default_count", "rate",
           "resolve_count", "summarize_scored"]  # fmt: skip

NEAR_DUPLICATE = 0.8  # share of the shorter sentence's content stems found in the other

Tick = Callable[[float], None]


SENTENCES_PER_STEP = 20  # the automatic length adds a sentence as the candidates grow quadratically


def default_count(candidates: int) -> int:
    """The automatic length: 1–2 sentences for a news item, more for a report, at most 20.

    √(candidates / 20), rounded: up to 44 candidate sentences give 1 (HeSum dev news articles have
    38 on average, and their editors' sub-headings are one sentence of about 20 words), 45–125
    give 2, a 300-sentence report 4, a book 20.
    """
    if candidates <= 0:
        return 0
    return max(1, min(candidates, 20, round(math.sqrt(candidates / SENTENCES_PER_STEP))))


def resolve_count(candidates: int, sentences: int | None, ratio: float | None) -> int:
    if sentences is not None:
        return max(0, min(candidates, sentences))
    if ratio is not None:
        return max(1 if candidates else 0, min(candidates, round(candidates * ratio)))
    return default_count(candidates)


@dataclass
class Summary:
    items: list[SummaryItem]  # chosen sentences, document order; indices into the texts given
    scores: list[float]  # every text's importance in [0, 1] (duplicates of an earlier text: 0)


def rate(
    texts: Sequence[str],
    algorithm: str = DEFAULT_ALGORITHM,
    title: str = "",
    paragraphs: Sequence[int] | None = None,
    count: int | None = None,
    tick: Tick | None = None,
    cache: dict | None = None,
    subtitle: str = "",
    language: str = "he",
):
    """The method's rating of each text (numpy array, higher is better; ties go to the earlier text).

    `paragraphs` (paragraph number per text) feeds Edmundson's location method; `count` is how many
    sentences the greedy methods (SumBasic, KL-Sum) choose before rating the rest; the title and
    subtitle, when the cleaner found them, tell the news method what the article is about.
    """
    from .language import summary_language
    from .terms import build_terms

    method = _method(algorithm)
    n = len(texts)
    cache = {} if cache is None else cache
    ticker = _Ticker(tick)
    terms = cache.get("terms")
    if terms is None:
        terms = cache["terms"] = build_terms(texts, ticker.part(0.0, 0.3), summary_language(language))
    heading_text = " ".join(t for t in (title, subtitle) if t)
    heading = build_terms([heading_text], language=summary_language(language)) if heading_text else None
    count = n if count is None else min(count, n)
    inputs = Inputs(terms, title, heading, paragraphs, count, ticker.part(0.3, 1.0), texts)
    return method.rate(inputs)


def summarize_scored(
    texts: Sequence[str],
    count: int,
    algorithm: str = DEFAULT_ALGORITHM,
    title: str = "",
    paragraphs: Sequence[int] | None = None,
    tick: Tick | None = None,
    cache: dict | None = None,
    subtitle: str = "",
    language: str = "he",
    units: Sequence[int] | None = None,
    shown: Sequence[str] | None = None,
) -> Summary:
    """Choose `count` texts: best rated first, skipping repeats and near-repeats of chosen ones.

    `cache` (one dict per document, kept by the caller) holds the term statistics and ratings, so
    changing the algorithm or the length of an open document does not tokenise it again. With
    `units` (a unit number per text: a question and its answer share one) at most one text of a unit
    is chosen, the caller showing the whole unit; `shown` (per text, what the reader sees for it)
    is what a method's `reorder` reads.
    """
    import numpy as np

    method = _method(algorithm)
    if not texts:
        return Summary([], [])
    cache = {} if cache is None else cache
    if "unique" not in cache:
        first: dict[str, int] = {}
        cache["unique"] = [first.setdefault(t, i) for i, t in enumerate(texts) if t not in first]
    unique = cache["unique"]
    count = max(0, min(count, len(unique)))
    key = ("ratings", algorithm, title, subtitle, count if method.greedy else None)
    if key not in cache:
        cache[key] = rate(
            [texts[i] for i in unique],
            algorithm,
            title,
            None if paragraphs is None else [paragraphs[i] for i in unique],
            count,
            tick,
            cache,
            subtitle,
            language,
        )
    ratings = np.nan_to_num(np.asarray(cache[key], dtype=float))
    order = np.argsort(-ratings, kind="stable")
    if method.reorder is not None:  # news: a sentence shown without the one it leans on comes last
        order = method.reorder(order, [(shown or texts)[i] for i in unique], count)
    said = _subtitle_stems(subtitle, cache, language) if algorithm != "lead" else []  # lead: the first ones, as they are
    unit_of = None if units is None else [units[i] for i in unique]
    chosen = _without_near_duplicates(order, count, cache, said, unit_of)
    if len(chosen) < count and said:  # nothing else to say: a restatement beats an empty summary
        chosen = _without_near_duplicates(order, count, cache, (), unit_of)
    low, high = (float(ratings.min()), float(ratings.max())) if len(ratings) else (0.0, 0.0)
    normal = (ratings - low) / (high - low) if high > low else np.ones_like(ratings)
    scores = [0.0] * len(texts)
    for j, i in enumerate(unique):
        scores[i] = float(normal[j])
    items = [SummaryItem(unique[j], scores[unique[j]]) for j in sorted(chosen)]
    return Summary(items, scores)


def _subtitle_stems(subtitle: str, cache: dict, language: str = "he") -> list[frozenset]:
    """The subtitle's content stems, as ids of the document's terms (stems the body lacks get ids
    of their own), or [] without a subtitle.

    The window shows the subtitle right above the article: a summary sentence that only restates it
    tells the reader nothing new (the seed article's "זאת בהמשך לפגישה…" repeats its subtitle), so
    it counts as already said, like a chosen sentence.
    """
    terms = cache.get("terms")
    if not subtitle or terms is None:
        return []
    from .language import summary_language
    from .terms import build_terms

    heading = build_terms([subtitle], language=summary_language(language))
    index = terms.stem_index
    ids = {index.get(heading.stems[k], -1 - k) for k in heading.stem_ids[~heading.stop].tolist()}
    return [frozenset(ids)] if ids else []


def _without_near_duplicates(
    order, count: int, cache: dict, said: Sequence[frozenset] = (), unit_of: Sequence[int] | None = None
) -> list[int]:
    """The first `count` of `order` (unique-text positions) that do not repeat a chosen sentence
    or what is already `said` (the subtitle's stems), nor share a unit with a chosen one."""
    terms = cache.get("terms")
    chosen: list[int] = []
    bags: list[frozenset] = list(said)
    units: set[int] = set()
    for j in order:
        if len(chosen) >= count:
            break
        if unit_of is not None and unit_of[int(j)] in units:
            continue
        bag = _content_stems(terms, int(j)) if terms is not None else frozenset()
        if any(_similar(bag, other) for other in bags):
            continue
        chosen.append(int(j))
        bags.append(bag)
        if unit_of is not None:
            units.add(unit_of[int(j)])
    return chosen


def _content_stems(terms, i: int) -> frozenset:
    a, b = terms.ptr[i], terms.ptr[i + 1]
    return frozenset(terms.stem_ids[a:b][~terms.stop[a:b]].tolist())


def _similar(a: frozenset, b: frozenset) -> bool:
    if not a or not b:
        return False
    if a == b:
        return True
    shorter = min(len(a), len(b))
    return shorter >= 3 and len(a & b) >= NEAR_DUPLICATE * shorter


def _method(algorithm: str) -> Method:
    if algorithm not in ALGORITHMS:
        raise ValueError(f"unknown algorithm {algorithm!r}; choose from {', '.join(ALGORITHMS)}")
    return ALGORITHMS[algorithm]


class _Ticker:
    """Maps a stage's 0..1 progress into its share of the caller's progress."""

    def __init__(self, tick: Tick | None) -> None:
        self.tick = tick

    def part(self, start: float, end: float) -> Tick | None:
        if self.tick is None:
            return None
        tick = self.tick
        return lambda f: tick(start + (end - start) * min(1.0, max(0.0, f)))
