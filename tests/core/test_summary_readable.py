"""What a Hebrew reader sees in the default summary: sentences of the story, not its furniture."""

from pathlib import Path

from app.core.analyze import Options, analyze, summary_candidates
from app.core.summarize.news import context_first, leans_back

DATA = Path(__file__).resolve().parent.parent / "data"

# A column of numbered tips flattened to one line, as archives keep it: each tip's label and its
# short imperative heading come before the paragraph that tells the story (text written for this test).
TIPS = (
    "עצה מספר 3. בדוק היטב את החוזה לפני החתימה. "
    "בשנה שעברה הגישו שוכרי דירות בתל אביב יותר מאלף תלונות על סעיפים מקפחים בחוזי שכירות, "
    "כך עולה מנתוני האגודה לזכויות הדייר שפורסמו השבוע. "
    "רוב התלונות עסקו בהעלאת שכר הדירה באמצע תקופת השכירות ובעיכוב החזרת הפיקדון. "
    "עצה מספר 4: שמרו כל קבלה ששילמתם. "
    "לדברי עורכת הדין מיכל לוי, שוכרים שלא שמרו קבלות התקשו להוכיח את תביעתם בבית המשפט לתביעות קטנות. "
    "מעטים מהם ידעו שמותר לשלם בהעברה בנקאית ולשמור את האישור."
)


def test_a_numbered_tips_heading_is_no_summary_sentence():
    a = analyze(TIPS, Options(entities=False))
    offered = [a.sentence_text(i) for i in summary_candidates(a)]
    assert not any(t.startswith(("עצה מספר", "בדוק היטב", "שמרו כל")) for t in offered)
    assert a.summary_texts()[0].startswith("בשנה שעברה הגישו שוכרי דירות")
    assert any(t.startswith("לדברי עורכת הדין") for t in offered)


def test_a_number_inside_an_ordinary_sentence_is_no_label():
    text = (
        "הוועדה דנה אתמול בהצעה. "
        "תוצאות ההצבעה היו 7 נגד 3. "
        "חברי הוועדה החליטו לדחות את ההכרעה בשבוע ימים כדי לשמוע את עמדת משרד האוצר."
    )
    a = analyze(text, Options(entities=False))
    offered = [a.sentence_text(i) for i in summary_candidates(a)]
    assert any(t.startswith("חברי הוועדה החליטו") for t in offered)
    assert any(t.startswith("תוצאות ההצבעה") for t in offered)


def test_haaretz_tip_column_summary_opens_with_its_story():
    """Haaretz 12_5 opens "עצה מספר 6." and the tip's six-word heading: the summary was that heading."""
    a = analyze((DATA / "haaretz-dev" / "12_5.txt").read_text(encoding="utf-8"), Options(sentences=1, entities=False))
    first = a.summary_texts()[0]
    assert not first.startswith("ערוך בדיקה")
    assert a.summary[0].sentence == 2  # the first sentence after the label and the heading


# Four sentences of a short report (written for this test); the third leans on the second.
REPORT = [
    "ועדת הכספים של הכנסת אישרה אתמול את תקציב משרד החינוך לשנה הבאה.",
    "שרת החינוך הציגה לוועדה תוכנית לקיצור שנת הלימודים בשבוע.",
    "היא אמרה כי החיסכון יופנה לשכר המורים בפריפריה.",
    '"אבל מי ישמור על הילדים בחופש?" שאלו ההורים בדיון.',
]


def test_a_sentence_that_leans_back_waits_for_what_it_leans_on():
    # the method rated the pronoun sentence best: shown alone, "היא" would have no antecedent
    assert context_first([2, 0, 1, 3], REPORT, 2)[:2] == [0, 1]
    # with the sentence it leans on shown too, it may be (together they read well)
    assert context_first([1, 2, 0, 3], REPORT, 2)[:2] == [1, 2]
    # a quotation that opens with a connective leans back too; the article's opening never does
    assert leans_back(REPORT[3]) and leans_back(REPORT[2]) and not leans_back(REPORT[1])
    assert context_first([3, 0], REPORT, 1)[0] == 0
    assert context_first([0], ["הוא נבחר אתמול לראשות העיר בפעם השלישית."], 1) == [0]


def test_the_news_summary_skips_a_sentence_whose_antecedent_it_does_not_show(monkeypatch):
    import numpy as np

    from app.core.summarize import news, summarize_scored

    ratings = np.array([0.1, 0.2, 0.9, 0.3])  # the sentence that opens with "היא" rated best
    monkeypatch.setattr(news, "rate", lambda *args, **kwargs: ratings)
    chosen = [item.sentence for item in summarize_scored(REPORT, 1, "news").items]
    assert chosen == [1]  # the next best that reads on its own (the quotation leans back too)


# An article that opens with a question and its answer, the answer pointing back into the question
# ("אותן": the flights) — written for this test.
ASKED = (
    'אז מי אישר לחברי הכנסת את הטיסות לחו"ל על חשבון עמותות זרות? '
    "ועדת האתיקה אישרה אותן, אף שבאותם חודשים לא הוקמה כלל ולא התכנסה אפילו פעם אחת. "
    "לפי הנתונים שקיבלנו מהכנסת, תשעה עשר חברי כנסת טסו בחמשת החודשים שבין הבחירות לפיזור. "
    "השיאן הוא חבר כנסת חדש שטס שלוש פעמים, לבריסל, ללונדון ולקורסיקה. "
    "בלשכת יושב ראש הכנסת אמרו כי האישורים ניתנו כדין על ידי מזכירות הוועדה. "
    "מבקר המדינה מסר שהליך האישור ייבדק בדוח הבא שלו."
)


def test_an_answer_is_shown_with_the_question_it_answers():
    """The news method passes over the opening question to the statement after it; the reader sees
    that statement with the question, as one item, never "ועדת האתיקה אישרה אותן" alone."""
    for count in (1, 2):
        a = analyze(ASKED, Options(entities=False, sentences=count))
        texts = a.summary_texts()
        assert len(texts) == count
        assert texts[0].startswith("אז מי אישר") and "ועדת האתיקה אישרה אותן" in texts[0]
        assert (a.summary[0].sentence, a.summary[0].last) == (0, 1)  # one item, highlighted whole
        assert not any(t.startswith("ועדת האתיקה") for t in texts)


def test_a_question_and_its_answer_count_once_and_a_chosen_question_stays_as_it_is():
    from app.core.analyze import shown_units

    a = analyze(ASKED, Options(entities=False, sentences=1))
    # (unit, first shown, last shown): the answer with its question; the question alone
    assert shown_units(a, [0, 1, 2]) == [(0, 0, 0), (0, 0, 1), (2, 2, 2)]
    # asked for as many items as there are units, each unit is shown once: never the question
    # as an item of its own next to the item of its answer
    everything = analyze(ASKED, Options(entities=False, sentences=5))
    assert [(s.sentence, s.last) for s in everything.summary] == [(0, 1), (2, None), (3, None), (4, None), (5, None)]


# A question on a line of its own in the body, answered by the next paragraph, whose "אותו" points
# back into it (text written for this test).
CROSSHEAD = (
    "הרכבת הקלה: האוצר יממן את הקו החדש\n\n"
    "הממשלה אישרה אתמול את התוכנית, והעבודות יתחילו בקרוב.\n\n"
    "העירייה מסרה כי העבודות יתחילו בחודש הבא ויימשכו כשלוש שנים. "
    "תושבי השכונות הסמוכות הביעו דאגה מהרעש ומהפקקים בזמן העבודות.\n\n"
    "מי ישלם על הקו החדש?\n\n"
    "משרד האוצר יממן אותו כמעט במלואו, כך הודיע אתמול שר האוצר בישיבת הממשלה. "
    "לפי הערכת הבנק, הפרויקט יעלה כשני מיליארד דולר.\n\n"
    "ראש העירייה אמר כי הקו החדש יקצר את זמן הנסיעה למרכז העיר בחצי. "
    "בהסתדרות אמרו שהם תומכים בפרויקט."
)


def test_an_answer_in_the_paragraph_after_its_question_is_shown_with_it():
    a = analyze(CROSSHEAD, Options(entities=False, sentences=2))
    texts = a.summary_texts()
    answer = next(t for t in texts if "משרד האוצר יממן אותו" in t)
    assert answer.startswith("מי ישלם על הקו החדש? משרד")  # one item of one line, the question first
    assert len(texts) == 2 and not any(t.startswith("משרד האוצר") for t in texts)
    item = next(i for i in a.summary if a.sentence_text(i.sentence).startswith("מי ישלם"))
    assert a.sentence_text(item.last).startswith("משרד האוצר")  # highlighted whole
