"""Huge and repetitive texts: the summary stays bounded in cost and still covers the document."""

from app.core.analyze import MAX_CANDIDATES, Options, analyze


def test_repeated_sentence_is_a_summary_candidate_once():
    same = "הממשלה אישרה היום את התקציב החדש לשנה הבאה."
    text = "\n".join([same] * 50 + ["השר אמר כי התוכנית תיכנס לתוקף בחודש הבא בכל הארץ."])
    a = analyze(text, Options(algorithm="lead", ratio=1.0))
    texts = a.summary_texts()
    assert texts.count(same) == 1 and len(texts) == 2


def test_a_very_long_text_is_summarized_from_candidates_across_all_of_it():
    text = "\n".join(f"זהו המשפט מספר {i} במסמך הארוך הזה." for i in range(3 * MAX_CANDIDATES))
    a = analyze(text, Options(algorithm="lead", ratio=1.0))
    assert len(a.summary) == MAX_CANDIDATES
    assert a.summary[-1].sentence > 2.5 * MAX_CANDIDATES  # reaches the end, not only the start
