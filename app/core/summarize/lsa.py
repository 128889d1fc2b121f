"""LSA: sumy's latent-semantic rating, computed without the SVD (tests/core/test_summarize_sumy.py
checks it against sumy itself)."""

from __future__ import annotations

import numpy as np

from .terms import Terms, Tick


def lsa(terms: Terms, tick: Tick | None = None) -> np.ndarray:
    """sumy's LsaSummarizer keeps every singular dimension, so its rating is the norm of the column.

    rank_j = sqrt(Σ_k σ_k² v_kj²) = |Σ Vᵀ e_j| = |A e_j| for A = U Σ Vᵀ: no SVD needed. A's cells are
    0.4 + 0.6·count/max (zeros included) over the vocabulary of non-stop stems.
    """
    dictionary = np.zeros(max(1, terms.vocabulary), dtype=bool)
    dictionary[terms.stem_ids[~terms.stop]] = True
    size = int(dictionary.sum())
    keep = dictionary[terms.stem_ids]
    rows, cols = terms.sentence_of[keep], terms.stem_ids[keep]
    pairs, counts = np.unique(rows * terms.vocabulary + cols, return_counts=True)
    sentence = pairs // max(1, terms.vocabulary)
    col_max = np.zeros(terms.n)
    np.maximum.at(col_max, sentence, counts)
    cells = 0.4 + 0.6 * counts / col_max[sentence]
    squares = np.bincount(sentence, weights=cells * cells, minlength=terms.n)
    distinct = np.bincount(sentence, minlength=terms.n)
    ranks = np.sqrt(squares + (size - distinct) * 0.16)
    ranks[col_max == 0] = 0.0
    return ranks
