"""Sentence boundaries on the shapes Hebrew news takes, with offsets into the original text."""

from hypothesis import given, settings
from hypothesis import strategies as st

from app.core.hebrew.sentences import split_sentences


def pieces(text: str, start: int = 0, end: int | None = None) -> list[str]:
    return [text[a:b] for a, b in split_sentences(text, start, end)]


def test_seed_article_title_spaced_punctuation_and_closing_quote(seed_text):
    got = pieces(seed_text)
    assert got[0] == "לראשונה מאז הפלת המטוס :  נתניהו יגיע לקרמלין לפגישה עם פוטין"  # a headline line
    assert "ראש הממשלה בנימין נתניהו הודיע היום  ( שלישי )  כי ייפגש עם נשיא רוסיה ולדימיר פוטין ב-21 בפברואר במוסקבה ." in got
    assert 'ראש הממשלה אמר לפוטין שישראל  " נחושה להמשיך במאמציה למנוע מאיראן להתבסס צבאית בסוריה ".' in got
    assert "מהקרמלין נמסר כי שתי המדינות יחזקו את התיאום ביניהן באמצעות ערוצים צבאיים ודיפלומטיים ." in got


def test_question_exclamation_and_quotes_end_sentences():
    text = 'האם זה נכון? כן! הוא אמר: "נמשיך." ואז הלך. היא שאלה ״למה?״ לא ענו לה. „זה נגמר.“ סוף.'
    assert pieces(text) == [
        "האם זה נכון?",
        "כן!",
        'הוא אמר: "נמשיך."',
        "ואז הלך.",
        "היא שאלה ״למה?״",
        "לא ענו לה.",
        "„זה נגמר.“",
        "סוף.",
    ]


def test_abbreviations_numbers_dates_and_initials_do_not_end_sentences():
    text = (
        'דובר צה"ל, ד"ר כהן וח"כ לוי נפגשו עם יו"ר הוועדה ומנכ"ל המשרד, פרופ\' גולן וכו\'. '
        "המדד עלה ב-3.5% ב-21.2.2019 ובשנת 2019 כולה. "
        "הסופר א. ב. יהושע ו-J. K. Rowling נפגשו עם Prof. Smith ועם U.S. Army בלונדון.\n"
        "1. סעיף ראשון"
    )
    assert pieces(text) == [
        'דובר צה"ל, ד"ר כהן וח"כ לוי נפגשו עם יו"ר הוועדה ומנכ"ל המשרד, פרופ\' גולן וכו\'.',
        "המדד עלה ב-3.5% ב-21.2.2019 ובשנת 2019 כולה.",
        "הסופר א. ב. יהושע ו-J. K. Rowling נפגשו עם Prof. Smith ועם U.S. Army בלונדון.",
        "1. סעיף ראשון",
    ]


def test_an_abbreviation_after_a_prefix_does_not_end_a_sentence():
    text = "ראו בעמ. 5 של הדוח. הוא פנה לפרופ. כהן ולרח. הרצל. היא סירבה."
    assert pieces(text) == ["ראו בעמ. 5 של הדוח.", "הוא פנה לפרופ. כהן ולרח. הרצל.", "היא סירבה."]


def test_a_word_that_ends_like_an_abbreviation_still_ends_a_sentence():
    # ברח / מרח are also "fled" / "smeared": with nothing but the next words to go by, a verb that
    # ends the sentence wins ("ברח. הרצל 5" stays cut: "ברח. לפני 3 שנים" reads the same way)
    text = "החשוד ברח. השוטרים רדפו אחריו. הוא פגש את האזרח. הצבע שמרח. אחר כך יבש."
    assert pieces(text) == ["החשוד ברח.", "השוטרים רדפו אחריו.", "הוא פגש את האזרח.", "הצבע שמרח.", "אחר כך יבש."]


def test_a_sentence_end_inside_a_short_bracket_does_not_cut_it():
    text = 'הדובר אמר כי "ההחלטה (של כהן. י"ג) תיבחן שוב". הוא אמר (ואני מצטט. לא משנה מה) שזה נגמר. טוב.'
    assert pieces(text) == [
        'הדובר אמר כי "ההחלטה (של כהן. י"ג) תיבחן שוב".',
        "הוא אמר (ואני מצטט. לא משנה מה) שזה נגמר.",
        "טוב.",
    ]
    # a bracket that does not close soon after the sentence end, or only on the next line, still ends it
    far = "פתח (הערה ארוכה. " + "מילה " * 12 + "סוף) משפט."
    assert len(pieces(far)) == 2
    assert pieces("פתח (הערה. סוף\nשורה) אחרת.") == ["פתח (הערה.", "סוף", "שורה) אחרת."]


def test_urls_emails_and_latin_text_inside_hebrew():
    text = "פרטים ב-www.ynet.co.il/news?id=3.5 או ב-info@gov.il. He said: it works. e.g. this stays. נקודה."
    assert pieces(text) == [
        "פרטים ב-www.ynet.co.il/news?id=3.5 או ב-info@gov.il.",
        "He said: it works. e.g. this stays.",
        "נקודה.",
    ]


def test_spaced_punctuation_of_scraped_text():
    text = 'הוא אמר כי  " המצב קשה " .  השר הגיב ,  " אין מה לעשות . "  ואז יצא . " מדוע לא ? " , שאל .'
    text += " ( ראו להלן . ) סוף ."
    assert pieces(text) == [
        'הוא אמר כי  " המצב קשה " .',
        'השר הגיב ,  " אין מה לעשות . "',
        "ואז יצא .",
        '" מדוע לא ? " , שאל .',
        "( ראו להלן . )",
        "סוף .",
    ]


def test_a_line_break_always_ends_a_sentence_and_an_ellipsis_inside_a_line_does_not():
    text = "כותרת בלי נקודה\r\nכותרת משנה\n\nגוף... ממשיך כאן. ועוד"
    assert pieces(text) == ["כותרת בלי נקודה", "כותרת משנה", "גוף... ממשיך כאן.", "ועוד"]


def test_offsets_point_into_the_original_range():
    text = "פתיח. משפט אחד. משפט שני! סוף."
    start = text.index("משפט")
    end = text.index(" סוף")
    spans = split_sentences(text, start, end)
    assert [text[a:b] for a, b in spans] == ["משפט אחד.", "משפט שני!"]
    assert all(start <= a < b <= end for a, b in spans)


def test_nikud_and_invisible_marks_inside_words_do_not_matter():
    text = "שָׁלוֹם\u200f לְכֻלָּם. מה\u00adשלומכם?\u200e טוב."
    assert pieces(text) == ["שָׁלוֹם\u200f לְכֻלָּם.", "מה\u00adשלומכם?\u200e", "טוב."]  # the mark stays with its sentence


# Adversarial input: a quadratic pass over these sizes would not finish in any sane time (10^10 steps),
# so the suite itself proves the splitter linear.
def test_long_runs_of_quotes_dots_and_marks_are_linear():
    n = 100_000
    assert pieces('"' * n) == ['"' * n]
    assert pieces("." * n) == ["." * n]
    assert pieces("?" * n) == ["?" * n]
    assert len(pieces("א. " * n)) == 1  # initials all the way
    assert len(pieces('צה"ל. ' * n)) == n
    assert pieces("\u05b0" * n) == ["\u05b0" * n]  # only nikud
    assert pieces("\u200f" * n + "א") == ["\u200f" * n + "א"]
    assert len(pieces(". " * n)) == 1  # stray marks join the sentence before them
    assert len(pieces("(א. " * n + ")" * n)) == 1  # brackets counted, not searched for


def test_one_megabyte_line_and_mixed_directions():
    line = ("word מילה 3.5 \u202bשלום\u202c abc, " * 40_000)[:1_000_000]
    assert pieces(line) == [line.strip()]
    mixed = "הוא כתב: This is English. ואז עברית. \u2067عربي\u2069 גם!"
    assert pieces(mixed) == ["הוא כתב: This is English.", "ואז עברית.", "\u2067عربي\u2069 גם!"]


_ALPHABET = st.sampled_from(list("אבגדהוזחט abc .?!…\"'״׳()\n\r\u05b4\u200f-,:0123456789"))


@settings(max_examples=200, deadline=None)
@given(st.text(_ALPHABET, max_size=200))
def test_spans_are_ordered_trimmed_and_lose_no_text(text):
    spans = split_sentences(text)
    covered = set()
    last = 0
    for a, b in spans:
        assert last <= a < b <= len(text)
        assert not text[a].isspace() and not text[b - 1].isspace()
        covered.update(range(a, b))
        last = b
    assert all(i in covered for i, c in enumerate(text) if not c.isspace())
