"""The fast algorithms are sumy's: same ratings, same sentences, on real Hebrew articles."""

from pathlib import Path

import pytest

from app.core.analyze import Options, analyze
from app.core.summarize import METHODS, default_count
from tools.sumy_reference import candidate_texts, disagreement

DATA = Path(__file__).resolve().parent.parent / "data"
ARTICLES = sorted((DATA / "haaretz-dev").glob("*.txt"))
SEED = Path(__file__).resolve().parents[2] / "resources" / "samples" / "seed-netanyahu-putin.txt"


def _candidates(path: Path):
    a = analyze(path.read_text(encoding="utf-8"), Options(entities=False))
    return (a.title, *candidate_texts(a))


@pytest.mark.filterwarnings("ignore::UserWarning")  # sumy's LSA warns on short texts
@pytest.mark.parametrize("algorithm", [m.key for m in METHODS if m.sumy])
@pytest.mark.parametrize("path", [*ARTICLES, SEED], ids=lambda p: p.stem)
def test_same_sentences_as_sumy(path, algorithm):
    assert len(ARTICLES) >= 4
    title, texts, paragraphs = _candidates(path)
    assert len(texts) >= 8
    for count in {3, default_count(len(texts))}:
        problem = disagreement(texts, algorithm, title, paragraphs, count)
        assert problem is None, f"{path.name} {algorithm} count={count}: {problem}"
