"""A short text's LexRank runs on dense arrays (no scipy at cold start): it must rate as the sparse path."""

from pathlib import Path

import numpy as np
import pytest

from app.core.analyze import Options, analyze, summary_candidates
from app.core.summarize import graph, rate

DATA = Path(__file__).resolve().parent.parent / "data" / "haaretz-dev"


@pytest.mark.parametrize("name", ["1", "12_5", "14", "3"])
def test_dense_and_sparse_lexrank_rate_alike(name, monkeypatch):
    a = analyze((DATA / f"{name}.txt").read_text(encoding="utf-8"), Options(entities=False))
    texts = [a.sentence_text(i) for i in summary_candidates(a)]
    monkeypatch.setattr(graph, "DENSE_WORK", 10**12)
    dense = rate(texts, "lexrank")
    monkeypatch.setattr(graph, "DENSE_WORK", 0)
    sparse = rate(texts, "lexrank")
    assert len(texts) > 10 and np.count_nonzero(dense) > 0
    assert np.allclose(dense, sparse, rtol=1e-9, atol=1e-12)
    assert list(np.argsort(-dense, kind="stable")) == list(np.argsort(-sparse, kind="stable"))
