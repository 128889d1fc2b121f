"""A short text's LexRank and news ranker run on dense arrays (no scipy at cold start): they must rate
as the sparse path."""

from pathlib import Path

import numpy as np
import pytest

from app.core.analyze import Options, analyze, summary_candidates
from app.core.summarize import graph, rate

DATA = Path(__file__).resolve().parent.parent / "data" / "haaretz-dev"


@pytest.mark.parametrize("method", ["lexrank", "news"])
@pytest.mark.parametrize("name", ["1", "12_5", "14", "3"])
def test_dense_and_sparse_rate_alike(name, method, monkeypatch):
    a = analyze((DATA / f"{name}.txt").read_text(encoding="utf-8"), Options(entities=False))
    texts = [a.sentence_text(i) for i in summary_candidates(a)]
    monkeypatch.setattr(graph, "DENSE_WORK", 10**12)
    dense = rate(texts, method, title=a.title)
    monkeypatch.setattr(graph, "DENSE_WORK", 0)
    sparse = rate(texts, method, title=a.title)
    assert len(texts) > 10 and np.count_nonzero(dense) > 0
    assert np.allclose(dense, sparse, rtol=1e-9, atol=1e-12)
    assert list(np.argsort(-dense, kind="stable")) == list(np.argsort(-sparse, kind="stable"))
