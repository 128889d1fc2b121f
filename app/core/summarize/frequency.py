"""Luhn, Edmundson, SumBasic and KL-Sum: sumy's word-frequency algorithms, vectorised (LSA: lsa.py).

Each function returns sumy's rating per sentence (higher is better) computed with numpy over the
shared term statistics instead of Python loops over words; tests/core/test_summarize_sumy.py checks
them against sumy itself. SumBasic and KL-Sum are greedy: sumy ranks every sentence, one pass per
sentence (cubic on a book); here the passes stop once `count` sentences are chosen and the rest are
rated by the pass that would come next, which picks the same sentences.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from ..hebrew.stopwords import STOP_WORDS
from ..hebrew.tokenizer import HebrewTokenizer
from .terms import Terms, Tick, is_stop, row_ids
from .terms import term as stem


def luhn(terms: Terms, tick: Tick | None = None, max_gap: int = 4) -> np.ndarray:
    """sumy's LuhnSummarizer: best cluster of significant words (content stems seen twice or more)."""
    content = np.bincount(terms.stem_ids[~terms.stop], minlength=terms.vocabulary)
    frequency: dict[str, int] = {}  # sumy counts lower-cased stems
    for i in np.flatnonzero(content):
        name = terms.stems[i].lower()
        frequency[name] = frequency.get(name, 0) + int(content[i])
    significant_names = {name for name, f in frequency.items() if f > 1}
    significant = np.array([s in significant_names for s in terms.stems], dtype=bool)
    positions = np.flatnonzero(significant[terms.stem_ids]) if len(terms.stem_ids) else np.zeros(0, int)
    ratings = np.zeros(terms.n)
    if not len(positions):
        return ratings
    sentence = terms.sentence_of[positions]
    # a cluster continues while the next significant word is at most max_gap tokens on
    new = np.ones(len(positions), dtype=bool)
    new[1:] = (np.diff(positions) > max_gap) | (np.diff(sentence) != 0)
    starts = np.flatnonzero(new)
    ends = np.concatenate((starts[1:], [len(positions)])) - 1
    words = ends - starts + 1
    span = positions[ends] - positions[starts] + 1
    rating = np.where(words == 1, 0.0, words.astype(float) ** 2 / span)
    np.maximum.at(ratings, sentence[starts], rating)
    return ratings


def edmundson(
    terms: Terms, title: str, paragraphs: Sequence[int] | None, tick: Tick | None = None
) -> np.ndarray:
    """sumy's EdmundsonSummarizer with title and location methods (cue and key weights 0).

    sumy adds both methods, and its location method counts title words again, so a sentence gets
    2 × (its words whose stem is a title stem) + 1 in the first or last paragraph + 1 as the first or
    last sentence of its paragraph. The title's stems exclude those of stop words ("null words").
    """
    n = terms.n
    null = {terms.stems[i] for i in np.unique(terms.stem_ids[terms.stop])}
    null |= {stem(w.lower()) for w in STOP_WORDS}
    title_words = HebrewTokenizer().to_words(title) if title else ()
    null |= {stem(w.lower()) for w in title_words if is_stop(w)}
    wanted = {stem(w.lower()) for w in title_words} - null
    hit = np.array([s in wanted for s in terms.stems], dtype=bool)
    title_count = (
        np.bincount(terms.sentence_of[hit[terms.stem_ids]], minlength=n)
        if len(terms.stem_ids)
        else np.zeros(n)
    )
    group = np.asarray(paragraphs if paragraphs is not None else [0] * n)
    first = np.ones(n, dtype=bool)
    first[1:] = group[1:] != group[:-1]
    last = np.ones(n, dtype=bool)
    last[:-1] = group[1:] != group[:-1]
    order = np.cumsum(first) - 1
    groups = int(order[-1]) + 1 if n else 0
    location = (order == 0) | ((order == groups - 1) & (order != 0))
    sentence_bonus = first | (last & ~first)
    return 2.0 * title_count + location + sentence_bonus


def sumbasic(terms: Terms, count: int, tick: Tick | None = None) -> np.ndarray:
    """sumy's SumBasicSummarizer: best mean word probability, then square the chosen words'."""
    c = terms.content()
    lengths = terms.content_lengths().astype(float)
    total = lengths.sum()
    prob = np.asarray(c.sum(axis=0)).ravel() / (total if total else 1.0)
    safe = np.where(lengths > 0, lengths, 1.0)
    chosen: list[int] = []
    remaining = np.ones(terms.n, dtype=bool)
    for k in range(min(count, terms.n) + 1):
        mean = np.where(lengths > 0, (c @ prob) / safe, 0.0)
        if k == min(count, terms.n):
            break
        best = _first_best(np.where(remaining, mean, -1.0), terms, prob)
        chosen.append(best)
        remaining[best] = False
        row = slice(c.indptr[best], c.indptr[best + 1])
        words, times = c.indices[row], c.data[row]
        for r in range(int(times.max()) if len(times) else 0):  # p *= p once per occurrence
            again = words[times > r]
            prob[again] *= prob[again]
        if tick is not None:
            tick(k / max(1, count))
    return _greedy_ratings(chosen, mean / (mean.max() or 1.0), terms.n)


def kl(terms: Terms, count: int, tick: Tick | None = None) -> np.ndarray:
    """sumy's KLSummarizer: add the sentence whose words bring the summary closest (KL) to the text."""
    c = terms.content()
    lengths = terms.content_lengths().astype(float)
    doc = np.asarray(c.sum(axis=0)).ravel()
    doc = doc / (doc.sum() or 1.0)
    with np.errstate(divide="ignore", invalid="ignore"):
        g = np.where(doc > 0, doc * np.log(doc), 0.0)
    rows = row_ids(c)
    summary = np.zeros_like(doc)
    chosen: list[int] = []
    remaining = np.ones(terms.n, dtype=bool)
    for k in range(min(count, terms.n) + 1):
        divergence = _kl_pass(c, rows, lengths, doc, g, summary, terms.n)
        if k == min(count, terms.n):
            break
        values = np.where(remaining, divergence, np.inf)
        low = values.min()  # equal divergences up to rounding: the first, as sumy's list.index(min)
        best = int(np.flatnonzero(values <= low + 1e-12 * max(1.0, abs(low)))[0])
        chosen.append(best)
        remaining[best] = False
        row = slice(c.indptr[best], c.indptr[best + 1])
        summary[c.indices[row]] += c.data[row]
        if tick is not None:
            tick(k / max(1, count))
    worst = divergence.max() if len(divergence) else 1.0
    return _greedy_ratings(chosen, 1.0 - divergence / (worst or 1.0), terms.n)


def _kl_pass(c, rows, lengths, doc, g, summary, n) -> np.ndarray:
    """KL(doc ‖ words of summary + sentence i) for every sentence i, in O(nonzeros)."""
    in_summary = summary > 0
    with np.errstate(divide="ignore"):
        log_summary = np.where(in_summary, np.log(np.where(in_summary, summary, 1.0)), 0.0)
    base = float(np.sum((g - doc * log_summary)[in_summary]))
    mass = float(doc[in_summary].sum())
    w, cnt = c.indices, c.data
    shared = in_summary[w]
    delta = np.where(
        shared,
        doc[w] * (log_summary[w] - np.log(cnt + summary[w])),
        g[w] - doc[w] * np.log(cnt),
    )
    extra_mass = np.where(shared, 0.0, doc[w])
    size = lengths + summary.sum()
    with np.errstate(divide="ignore", invalid="ignore"):
        out = (
            base
            + np.bincount(rows, weights=delta, minlength=n)
            + np.log(size) * (mass + np.bincount(rows, weights=extra_mass, minlength=n))
        )
    return np.where(size > 0, out, 0.0)


def _first_best(values: np.ndarray, terms: Terms, prob: np.ndarray) -> int:
    """sumy's pick among the best means, even where they tie up to rounding.

    sumy sums each sentence's word probabilities token by token and keeps the first sentence whose
    mean beats the best so far; our sums run in another order, so means equal as fractions can differ
    in the last bit. Near the top, the means are recomputed as sumy computes them.
    """
    top = values.max()
    near = np.flatnonzero(values >= top - 1e-12 * abs(top))
    if len(near) == 1:
        return int(near[0])
    best, best_mean = int(near[0]), -1.0
    for i in near.tolist():
        a, b = terms.ptr[i], terms.ptr[i + 1]
        words = terms.stem_ids[a:b][~terms.stop[a:b]].tolist()
        mean = sum([float(prob[w]) for w in words]) / len(words) if words else 0.0
        if mean > best_mean:
            best, best_mean = i, mean
    return best


def _greedy_ratings(chosen: list[int], rest: np.ndarray, n: int) -> np.ndarray:
    """Chosen sentences above all others, in the order chosen; the rest by their last-pass value."""
    ratings = np.clip(np.nan_to_num(rest), 0.0, 1.0) * 0.999
    for k, i in enumerate(chosen):
        ratings[i] = 1.0 + len(chosen) - k
    return ratings
