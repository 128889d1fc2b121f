"""A scraper's second copy of the body (cleaning/doubled.py): removed on the record, and only that."""

from app.core.analyze import Options, analyze
from app.core.clean import clean
from app.core.cleaning.fold import fold

# Ten sentences of a made-up report, 8 to 14 words each (about 110 words in all).
STORY = [
    "ועדת הכספים של הכנסת אישרה אמש את תקציב משרד החינוך לשנה הבאה.",
    "התקציב גדל בשמונה אחוזים לעומת השנה שעברה, רובם לשכר המורים.",
    "יושב ראש הוועדה אמר כי מדובר בתוספת הגדולה ביותר מזה עשור.",
    "חברי האופוזיציה טענו כי הכסף לא יגיע לבתי הספר בפריפריה.",
    "משרד האוצר השיב כי חצי מהתוספת מיועד לרשויות חלשות בצפון ובדרום.",
    "ארגוני ההורים בירכו על ההחלטה וביקשו לפרסם את חלוקת הכסף בפירוט.",
    "הדיון נמשך שש שעות והסתיים בהצבעה של תשעה תומכים מול שישה מתנגדים.",
    "התקציב יעלה לקריאה שנייה ושלישית במליאה בשבוע הבא.",
    "בשנה שעברה נדחה אישור התקציב בחודשיים בגלל מחלוקת על שכר הסייעות.",
    "המורים מקווים שהפעם יקבלו את התוספת כבר בתלוש של ינואר.",
]


def test_a_body_printed_twice_on_one_line_keeps_one_copy():
    ending = "לתגובות כתבו לנו בכתובת המערכת."
    text = " ".join(STORY) + " " + " ".join(STORY) + " " + ending
    doc = clean(text)
    assert [r.reason for r in doc.removed] == ["repeated-passage"]
    assert fold(doc.removed[0].text) == fold(" ".join(STORY))
    assert doc.original[doc.removed[0].start : doc.removed[0].end] == doc.removed[0].text
    assert fold(doc.text) == fold(" ".join(STORY) + " " + ending)
    # the summary can no longer come from the copy: each sentence is offered once
    a = analyze(text, Options(entities=False, sentences=3))
    assert len(a.sentences) == len(STORY) + 1


def test_a_long_run_repeated_later_goes_the_rest_stays():
    other = "בינתיים הודיעה הסתדרות המורים כי תעקוב אחר ביצוע ההחלטה מקרוב."
    text = "\n".join([" ".join(STORY), other, " ".join(STORY[2:9]) + " " + other])
    doc = clean(text)
    assert [r.reason for r in doc.removed] == ["repeated-passage"]
    assert fold(doc.removed[0].text) == fold(" ".join(STORY[2:9]))
    assert fold(doc.text).count(fold(other)) == 2  # a sentence repeated on its own stays


def test_a_run_of_four_sentences_may_repeat():
    four = [s[:-1] + ", כך נמסר הערב מלשכת הדוברים של הוועדה." for s in STORY[:4]]  # 64 words
    text = " ".join(four + STORY[4:] + four) + " והשאר ידוע."
    assert clean(text).removed == []


def test_five_short_sentences_repeated_stay():
    short = ["הוא הלך.", "היא באה.", "הם שרו.", "הן רקדו.", "כולם שמחו."]
    text = " ".join(STORY[:3] + short + STORY[3:6] + short)
    assert clean(text).removed == []


def test_one_sentence_said_again_and_again_stays():
    text = " ".join([STORY[0]] + [STORY[1]] * 12 + [STORY[2]])
    assert clean(text).removed == []


def test_a_song_refrain_stays():
    # nine lines of seven words (63 in all) sung twice: verse, not prose printed twice
    refrain = [
        "ובלילה כשהרוח נושבת מן הים הרחוק מאוד",
        "אני זוכר את הבית ואת העץ בחצר",
        "ואת אמא שקראה לנו לחזור הביתה מוקדם",
        "ואת השיר שהיינו שרים ליד השולחן הגדול",
        "ואת הדרך הארוכה אל בית הספר הישן",
        "ואת החברים שהלכו ולא שבו עוד לעולם",
        "ואת הגשם הראשון על גגות הפח החלודים",
        "ואת הריח של הלחם בבוקר יום שישי",
        "ואת האור האחרון על קצה ההר הגבוה",
    ]
    assert {len(line.split()) for line in refrain} == {7}  # under the repeated-paragraph rule's 8
    verse = ["בית ראשון על הבוקר שעבר", "בית שני על הערב שיבוא"]
    intro = "את השיר הזה כתבה המשוררת בקיץ שבו עזבה את הכפר."  # a sentence: no headline here
    text = "\n\n".join([intro, "\n".join([verse[0], *refrain]), "\n".join([verse[1], *refrain])])
    doc = clean(text)
    assert doc.removed == []
    assert fold(doc.text).count(fold(refrain[3])) == 2


def test_an_article_of_one_paragraph_printed_twice_keeps_its_body():
    # the paragraph after the title, printed again, is the article, not a subtitle and its copy
    body = (
        "הממשלה אישרה הלילה את תקציב המדינה לשנה הבאה לאחר דיון ארוך. שר האוצר אמר כי התקציב יחזק "
        "את הצמיחה במשק. ראשי ההסתדרות הביעו התנגדות לקיצוצים בשירותים החברתיים."
    )
    a = analyze("הממשלה אישרה את התקציב\n\n" + body + "\n\n" + body + "\n", Options(entities=False))
    assert [s.role for s in a.sentences] == ["title", "body", "body", "body"]
    assert [r.reason for r in a.document.removed] == ["repeated-paragraph"]
    assert a.summary_texts()
