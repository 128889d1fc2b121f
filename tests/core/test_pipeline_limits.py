"""Huge and repetitive texts: every distinct sentence is a candidate, each once, across the document."""

from pathlib import Path

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
