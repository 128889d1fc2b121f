"""LexRank, TextRank and Reduction: sumy's sentence-graph algorithms on sparse matrices.

sumy fills an n × n similarity matrix pair by pair in Python (quadratic: 26 s for 1,684 sentences)
and then iterates on it densely. The same similarities are one sparse product of the sentence × term
matrix with its transpose, computed here in row blocks (so a book can be cancelled part-way and never
needs the dense n × n matrix); the power iterations run on the sparse result with sumy's own start
vector, update rule and stopping test, so the ratings are sumy's (tests/core/test_summarize_sumy.py).
"""

from __future__ import annotations

import math

import numpy as np

from .terms import Terms, Tick, row_ids

_BLOCK_NONZEROS = 1_000_000  # product entries per block: bounds memory, keeps cancel prompt


def _product_blocks(x, tick: Tick | None, share: float = 1.0):
    """(row offset, COO block of x @ x.T), cut so no block holds more than _BLOCK_NONZEROS entries."""
    n = x.shape[0]
    xt = x.T.tocsr()
    # entries of row i of the product are at most the summed document frequencies of its terms
    df = np.bincount(x.indices, minlength=x.shape[1])
    cost = np.concatenate(([0.0], np.cumsum(np.bincount(row_ids(x), weights=df[x.indices], minlength=n))))
    a = 0
    while a < n:
        b = int(np.searchsorted(cost, cost[a] + _BLOCK_NONZEROS, side="right")) - 1
        b = min(n, max(b, a + 1))
        if tick is not None:
            tick(share * a / n)
        yield a, (x[a:b] @ xt).tocoo()
        a = b


def _coo(parts: list[tuple[np.ndarray, np.ndarray, np.ndarray]]):
    if not parts:
        return np.zeros(0, np.int64), np.zeros(0, np.int64), np.zeros(0)
    return tuple(np.concatenate(c) for c in zip(*parts))


# Up to this many multiply-adds (sentences² × terms: a 10 kB article is ~6 million) LexRank's
# similarities are one dense product, so a short article's cold start does not import scipy (about
# a third of it); the ratings are the same either way (tests/core/test_summarize_dense.py).
DENSE_WORK = 50_000_000


def fits_dense(terms: Terms) -> bool:
    """Whether a method may work on `terms.dense_content()` instead of scipy's sparse matrices."""
    return terms.n * terms.n * max(1, terms.vocabulary) <= DENSE_WORK


def lexrank(terms: Terms, tick: Tick | None = None, threshold: float = 0.1, epsilon: float = 0.1):
    """sumy's LexRankSummarizer: tf (max-normalised) × idf cosine, thresholded, power method."""
    n = terms.n
    if fits_dense(terms):
        rows, cols = _lexrank_edges_dense(terms, threshold)
    else:
        rows, cols = _lexrank_edges_sparse(terms, tick, threshold)
    degrees = np.bincount(rows, minlength=n).astype(float)
    degrees[degrees == 0] = 1.0
    p = np.full(n, 1.0 / n)
    change = 1.0
    while change > epsilon:
        nxt = np.bincount(cols, weights=(p / degrees)[rows], minlength=n)
        norm = np.linalg.norm(nxt)
        if norm == 0:  # no edges at all: sumy divides by zero here; every sentence ties
            return np.zeros(n)
        nxt /= norm
        change = np.linalg.norm(nxt - p)
        p = nxt
    return p


def _lexrank_edges_sparse(terms: Terms, tick: Tick | None, threshold: float):
    """(rows, cols) of the sentence pairs whose tf-idf cosine exceeds `threshold`, row by row."""
    n = terms.n
    counts = terms.content()
    rows = row_ids(counts)
    row_max = np.zeros(n)
    np.maximum.at(row_max, rows, counts.data)
    df = np.bincount(counts.indices, minlength=counts.shape[1])
    idf = np.log(n / (1.0 + df))
    x = counts.copy()
    x.data = counts.data / row_max[rows] * idf[counts.indices]
    x.eliminate_zeros()
    norms = np.sqrt(np.asarray(x.multiply(x).sum(axis=1)).ravel())
    inverse = np.divide(1.0, norms, out=np.zeros(n), where=norms > 0)
    parts = []
    for a, block in _product_blocks(x, tick, 0.9):
        rows, cols = block.row + a, block.col
        keep = block.data * inverse[rows] * inverse[cols] > threshold
        parts.append((rows[keep], cols[keep], np.ones(int(keep.sum()))))
    rows, cols, _ = _coo(parts)
    return rows, cols


def _lexrank_edges_dense(terms: Terms, threshold: float):
    """The same pairs as _lexrank_edges_sparse, from dense arrays (a short text: no scipy)."""
    n = terms.n
    counts = terms.dense_content()
    row_max = counts.max(axis=1)
    idf = np.log(n / (1.0 + np.count_nonzero(counts, axis=0)))
    x = counts / np.where(row_max > 0, row_max, 1.0)[:, None] * idf
    norms = np.sqrt((x * x).sum(axis=1))
    inverse = np.divide(1.0, norms, out=np.zeros(n), where=norms > 0)
    return np.nonzero((x @ x.T) * inverse[:, None] * inverse[None, :] > threshold)


def _log_lengths(terms: Terms) -> np.ndarray:
    return np.log(np.maximum(terms.content_lengths(), 1))


def textrank(terms: Terms, tick: Tick | None = None, damping: float = 0.85, epsilon: float = 1e-4):
    """sumy's TextRankSummarizer: shared words / (log |s1| + log |s2|), PageRank with damping."""
    from scipy.sparse import csr_matrix

    n = terms.n
    log_len = _log_lengths(terms)
    parts = []
    for a, block in _product_blocks(terms.content(), tick, 0.6):
        rows, cols = block.row + a, block.col
        norms = log_len[rows] + log_len[cols]
        near_zero = np.abs(norms) <= 1e-8  # numpy.isclose(norm, 0.0), as sumy tests it
        weight = np.where(near_zero, block.data, block.data / np.where(near_zero, 1.0, norms))
        parts.append((rows.astype(np.int32), cols.astype(np.int32), weight))
    rows, cols, weights = _coo(parts)
    row_sums = np.bincount(rows, weights=weights, minlength=n)
    weights = weights / (row_sums[rows] + 1e-7)
    # transition^T @ p, without the dense teleport matrix: (1-d)/n * sum(p) + d * W^T p
    w_t = csr_matrix((weights, (cols, rows)), shape=(n, n))
    p = np.full(n, 1.0 / n)
    change, rounds = 1.0, 0
    while change > epsilon:
        nxt = (1.0 - damping) / n * p.sum() + damping * (w_t @ p)
        change = np.linalg.norm(nxt - p)
        p = nxt
        rounds += 1
        if tick is not None:
            tick(0.6 + 0.4 * (1 - math.exp(-rounds / 20)))
    return p


def reduction(terms: Terms, tick: Tick | None = None):
    """sumy's ReductionSummarizer: each sentence's summed edge weight to every other sentence."""
    n = terms.n
    log_len = _log_lengths(terms)
    total = np.zeros(n)
    for a, block in _product_blocks(terms.content(), tick):
        rows, cols = block.row + a, block.col
        norms = log_len[rows] + log_len[cols]
        off = (rows != cols) & (norms != 0.0)
        total += np.bincount(rows[off], weights=block.data[off] / norms[off], minlength=n)
    return total
