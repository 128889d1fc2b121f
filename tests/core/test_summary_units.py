"""The sumy methods show a question with its answer as one summary item, never a question alone."""

import pytest

from app.core.analyze import Options, analyze, summary_units
from app.core.summarize import ALGORITHMS

# Written for this test.
ARTICLE = """ועדת האתיקה של הכנסת אישרה השנה עשרים ושלוש טיסות של חברי כנסת לחוץ לארץ. אז מי אישר את הטיסות של חברי הכנסת? ועדת האתיקה של הכנסת, שלא הוקמה מעולם, אישרה את הטיסות של חברי הכנסת. חברי הכנסת טסו ללונדון, לבריסל ולקורסיקה על חשבון גופים זרים.

הכנסת לא השיבה לשאלות על הטיסות של חברי הכנסת. די לשתיקה! חברי הכנסת צריכים לדווח לציבור על כל טיסה לחוץ לארץ. האם מישהו בכנסת יבדוק את הטיסות האלה בקרוב?
"""
QUESTION = "אז מי אישר את הטיסות של חברי הכנסת?"
ANSWER = "ועדת האתיקה של הכנסת, שלא הוקמה מעולם, אישרה את הטיסות של חברי הכנסת."
UNANSWERED = "האם מישהו בכנסת יבדוק את הטיסות האלה בקרוב?"
SUMY = [key for key, method in ALGORITHMS.items() if method.sumy]


@pytest.mark.parametrize("algorithm", SUMY)
def test_a_question_comes_with_its_answer_and_an_unanswered_one_not_at_all(algorithm):
    a = analyze(ARTICLE, Options(algorithm=algorithm, sentences=20, entities=False))
    shown = a.summary_texts()
    assert f"{QUESTION} {ANSWER}" in shown  # one item: the window lists and highlights it whole
    assert ANSWER not in shown and QUESTION not in shown
    assert "די לשתיקה! חברי הכנסת צריכים לדווח לציבור על כל טיסה לחוץ לארץ." in shown
    assert not any(UNANSWERED in s for s in shown)
    item = next(i for i in a.summary if a.text[slice(*a.summary_span(i))].startswith(QUESTION))
    assert a.sentence_text(item.sentence) == QUESTION and a.sentence_text(item.last) == ANSWER
    assert a.scores[item.sentence] == a.scores[item.last] == item.score  # shaded as one


def test_the_news_method_rates_sentences_and_shows_the_units():
    """news rates each sentence (its weights were fitted on sentences), and shows an answer it picks
    with the question it answers, as the sumy methods do (analyze.shown_units)."""
    a = analyze(ARTICLE, Options(algorithm="news", sentences=20, entities=False))
    shown = a.summary_texts()
    assert f"{QUESTION} {ANSWER}" in shown and ANSWER not in shown and QUESTION not in shown
    item = next(i for i in a.summary if i.last is not None and a.sentence_text(i.last) == ANSWER)
    assert a.scores[item.sentence] != a.scores[item.last]  # rated apart, shown together


def test_a_page_of_questions_is_not_one_unit():
    text = " ".join(f"האם הוועדה תבדוק את הטיסה מספר {n} של חברי הכנסת?" for n in range(1, 15))
    text += " הוועדה לא תבדוק אף טיסה של חברי הכנסת."
    a = analyze(text, Options(algorithm="lexrank", sentences=20, entities=False))
    assert max(last - first + 1 for first, last in summary_units(a)) <= 6  # five questions and an answer
    assert max(s.count("?") for s in a.summary_texts()) <= 5
