"""What a Hebrew reader sees in the default summary: sentences of the story, not its furniture."""

from pathlib import Path

from app.core.analyze import Options, analyze, summary_candidates

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
