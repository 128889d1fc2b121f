"""The "news" method: a small learned sentence ranker for the articles Tamtzit's readers open.

Extractive summarisers built for general text (LexRank & co.) pick the sentence most like the rest;
an editor's sub-heading restates the news, which sits early, is central to the article and uses
its commonest words at a sub-heading's length. Each candidate sentence gets a handful of such
features; its rating is their weighted sum. The weights are fitted by
`tools/train_summarizer.py` on the HeSum dev pairs (listwise: the sentence closest to the editor's
sub-heading should get the highest rating), chosen by cross-validation, and stored with their
provenance in `resources/summarizer/news.json` (see `resources/summarizer/README.md`).
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Sequence
from functools import cache

import numpy as np

from ...resources import resource_path
from ..hebrew.prefixes import normalize
from ..hebrew.sentences import question_end
from .terms import Terms, Tick, count_matrix

FEATURES = (
    "first",  # the article's first candidate sentence
    "early",  # 1 / (1 + position among the candidates)
    "late",  # position as a share of the candidates (0 first … 1 last)
    "log_words",  # log(1 + words)
    "log_words_sq",  # its square: the model can prefer a middle length
    "lexrank",  # LexRank centrality, 1 = the article's mean
    "topic",  # cosine with the article's tf-idf centroid (plus the title and subtitle when found)
    "echo",  # expected word overlap (F1) with a short summary drawn from the article's words
)
ECHO_LENGTH = 20  # words in the summary `echo` imagines: an editor's sub-heading is about 20
ECHO_LEAD = 2.0  # extra count of each word of the lead statement: sub-headings restate the lead
MAX_HOOK = 2  # opening questions passed over to find the lead statement
_ASKS = question_end()  # a sentence that ends as a question (the one rule units.py uses too)


# Words that open a sentence leaning on the one before it: a pronoun whose antecedent is there, or a
# connective that answers it ("אבל מאז נכשל בוש…" after a sentence the summary does not show).
LEANS_BACK = frozenset("הוא היא הם הן לכן אבל אך אולם ואולם ואילו גם בנוסף לדבריו לדבריה לדבריהם".split())
LEANS_ON = 3  # sentences back where the antecedent may sit
_FIRST_WORD = re.compile(r"[\"'״׳“”„(\[\s]*([^\s,.:;!?\"'״“”]+)")


def leans_back(text: str) -> bool:
    """The sentence opens with a word of LEANS_BACK (after any opening quote or bracket)."""
    m = _FIRST_WORD.match(text)
    return m is not None and m.group(1) in LEANS_BACK


def context_first(order: Sequence[int], texts: Sequence[str], count: int) -> list[int]:
    """`order` (best first) with each sentence that leans back moved after all the others, unless
    one of the LEANS_ON sentences before it is among the first `count` (shown with it, that one
    likely holds the antecedent: "אורה נמיר טענה…", then three sentences on "היא הודיעה…").

    A reader of a one- or two-sentence summary meets "גם הוא …" or "אבל מאז…" without what it
    points back to; the next best sentence reads on its own. The article's first sentence has
    nothing before it to miss.
    """
    front: list[int] = []
    later: list[int] = []
    shown: set[int] = set()  # front[:count], kept as it grows
    for j in order:
        j = int(j)
        if j > 0 and leans_back(texts[j]) and shown.isdisjoint(range(j - LEANS_ON, j)):
            later.append(j)
            continue
        if len(front) < count:
            shown.add(j)
        front.append(j)
    return front + later


def lead_statement(texts: Sequence[str]) -> int:
    """The candidate that opens the story: the first, unless the article opens with a question.

    A feature writer's hook ("מה עושים הורים כשהגן נסגר?") comes before the news it introduces; an
    editor's sub-heading states the news, not the question. Up to MAX_HOOK opening questions are
    passed over (an article of questions only keeps its first sentence).
    """
    for i, text in enumerate(texts[: MAX_HOOK + 1]):
        if not _ASKS.search(text):
            return i
    return 0


def features(
    terms: Terms, heading: Terms | None = None, tick: Tick | None = None, texts: Sequence[str] = ()
) -> np.ndarray:
    """One row of FEATURES per sentence of `terms` (the candidates, in document order).

    `texts` (the candidates as written) lets an opening question yield the lead to the statement
    after it (`lead_statement`): positions count from that statement, the hook coming right after it.
    """
    from .graph import lexrank

    n = terms.n
    x = np.zeros((n, len(FEATURES)))
    if n == 0:
        return x
    lead = lead_statement(texts) if len(texts) == n else 0
    position = np.arange(n, dtype=float)
    position[:lead] += 1.0
    position[lead] = 0.0
    x[lead, 0] = 1.0
    x[:, 1] = 1.0 / (1.0 + position)
    x[:, 2] = position / max(1, n - 1)
    lengths = np.log1p(np.diff(terms.ptr).astype(float))
    x[:, 3], x[:, 4] = lengths, lengths**2
    central = np.asarray(lexrank(terms, tick), dtype=float)
    x[:, 5] = central / central.mean() if central.mean() > 0 else 1.0
    x[:, 6] = _topic_similarity(terms, heading)
    x[:, 7] = echo(terms, lead)
    return x


def echo(terms: Terms, lead: int = 0) -> np.ndarray:
    """ROUGE-1 F each sentence would expect against ECHO_LENGTH words drawn from the article.

    Words as written (stop words too: ROUGE counts them), drawn in proportion to their count in the
    article, the words of the lead statement (candidate `lead`) counted ECHO_LEAD times more. A
    sentence scores by holding the words such a summary would hold, at about its length.
    """
    words, sentence = terms.word_ids, terms.sentence_of
    lengths = np.diff(terms.ptr).astype(float)
    if words is None or not len(words):
        return np.zeros(terms.n)
    size = int(words.max()) + 1
    weight = np.bincount(words, minlength=size).astype(float)
    weight[np.unique(words[terms.ptr[lead] : terms.ptr[lead + 1]])] += ECHO_LEAD
    expected = ECHO_LENGTH * weight / weight.sum()
    pairs, counts = np.unique(sentence * size + words, return_counts=True)
    overlap = np.minimum(counts, expected[pairs % size])
    total = np.bincount(pairs // size, weights=overlap, minlength=terms.n)
    return 2.0 * total / (lengths + ECHO_LENGTH)


def _topic_similarity(terms: Terms, heading: Terms | None) -> np.ndarray:
    """Cosine of each sentence's tf-idf vector with the article's (the heading's words added).

    Over prefix-stripped stems (`normalize`: ובישראל and ישראל are one topic word), which scored
    better here than the words as written that the sumy methods count. Dense arrays for a short
    text, as LexRank's (`graph.fits_dense`): a cold analyze of an article then never imports scipy;
    the sparse path gives the same ratings (tests/core/test_summarize_dense.py).
    """
    from .graph import fits_dense

    n = terms.n
    index: dict[str, int] = {}
    of_word = np.array([index.setdefault(normalize(w.lower()), len(index)) for w in terms.words], dtype=np.int64)
    keep = ~terms.stop
    rows, cols = terms.sentence_of[keep], of_word[terms.word_ids[keep]]
    dense = fits_dense(terms)
    counts = count_matrix(rows, cols, n, len(index), dense)
    df = np.count_nonzero(counts, axis=0) if dense else np.bincount(counts.indices, minlength=counts.shape[1])
    idf = np.log((1.0 + n) / (1.0 + df)) + 1.0
    if dense:
        x = counts * idf[np.newaxis, :]
        squares = (x * x).sum(axis=1)
    else:
        x = counts.multiply(idf[np.newaxis, :]).tocsr()
        squares = np.asarray(x.multiply(x).sum(axis=1)).ravel()
    centre = np.asarray(x.sum(axis=0)).ravel()
    centre /= np.linalg.norm(centre) or 1.0
    if heading is not None and heading.n:
        said = [heading.words[w] for w in heading.word_ids[~heading.stop].tolist()]
        ids = [index.get(normalize(w.lower()), -1) for w in said]
        extra = np.bincount([i for i in ids if i >= 0], minlength=len(centre)).astype(float) * idf
        if extra.any():
            centre = centre + extra / np.linalg.norm(extra)
            centre /= np.linalg.norm(centre)
    norms = np.sqrt(squares)
    dots = np.asarray(x @ centre).ravel()
    return np.divide(dots, norms, out=np.zeros(n), where=norms > 0)


class WeightsUnavailable(RuntimeError):
    """The shipped weights are missing or damaged: the other methods still work."""


@cache
def weights() -> np.ndarray:
    """The shipped weights, in FEATURES order; WeightsUnavailable names the file when it is unusable."""
    path = resource_path("summarizer", "news.json")
    try:
        named = json.loads(path.read_text(encoding="utf-8"))["weights"]
        w = np.array([float(named[f]) for f in FEATURES])
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise WeightsUnavailable(
            f"the recommended method's weights ({path}) are missing or damaged ({exc!r}); "
            "reinstalling Tamtzit restores them, and every other method still works"
        ) from None
    if sorted(named) != sorted(FEATURES) or not all(math.isfinite(v) for v in w):
        raise WeightsUnavailable(f"{path} does not hold one finite weight for each of {', '.join(FEATURES)}")
    return w


def rate(
    terms: Terms, heading: Terms | None = None, tick: Tick | None = None, texts: Sequence[str] = ()
) -> np.ndarray:
    """Each sentence's rating: its features weighted by the shipped weights (higher is better)."""
    return features(terms, heading, tick, texts) @ weights()
