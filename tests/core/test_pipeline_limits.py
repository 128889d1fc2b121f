"""Huge and repetitive texts: distinct sentences are candidates once each, spread over the whole document."""

from pathlib import Path

from app.core import analyze as pipeline
from app.core.analyze import Options, analyze, summary_candidates

DATA = Path(__file__).resolve().parent.parent / "data" / "haaretz-dev"


def test_repeated_sentence_is_a_summary_candidate_once():
    same = "הממשלה אישרה היום את התקציב החדש לשנה הבאה."
    text = "\n".join([same] * 50 + ["השר אמר כי התוכנית תיכנס לתוקף בחודש הבא בכל הארץ."])
    a = analyze(text, Options(algorithm="lead", ratio=1.0))
    texts = a.summary_texts()
    assert texts.count(same) == 1 and len(texts) == 2


def test_a_long_text_is_summarized_from_all_of_it():
    # the summarizer is linear-ish (sparse), so no sentence is dropped to bound its cost
    text = "\n".join(p.read_text(encoding="utf-8") for p in sorted(DATA.glob("*.txt")))
    a = analyze(text, Options(ratio=0.3, entities=False))
    candidates = summary_candidates(a)
    assert len(candidates) > 150
    assert sum(score > 0 for score in a.scores) >= len(candidates) - 2  # all rated (min-max: one is 0)
    chosen = [i.sentence for i in a.summary]
    assert chosen[0] < len(a.sentences) // 4 and chosen[-1] > 3 * len(a.sentences) // 4


def test_beyond_the_cap_candidates_are_spread_over_the_whole_document(monkeypatch):
    # pairwise algorithms cost memory in the square of the candidates: a huge text is sampled
    monkeypatch.setattr(pipeline, "MAX_CANDIDATES", 40)
    text = "\n".join(p.read_text(encoding="utf-8") for p in sorted(DATA.glob("*.txt")))
    a = analyze(text, Options(entities=False))
    candidates = summary_candidates(a)
    assert len(candidates) == 40 and candidates == sorted(set(candidates))
    assert candidates[0] < len(a.sentences) // 10 and candidates[-1] > 8 * len(a.sentences) // 10
    assert all(item.sentence in candidates for item in a.summary)
