"""Word tokens keep what Hebrew news writes inside a word; marks never split or corrupt one."""

from hypothesis import given, settings
from hypothesis import strategies as st

from app.core.hebrew.words import word_spans, words


def test_numbers_latin_hyphenated_prefixes_and_gershayim_stay_whole():
    text = 'דובר צה"ל אמר ב-2019 כי 3.5% מ-1,000 ב-21.2.2019, וכו\' פרופ\' ג\'ונסון ו-Google.'
    assert words(text) == [
        "דובר", 'צה"ל', "אמר", "ב-2019", "כי", "3.5", "מ-1,000", "ב-21.2.2019",
        "וכו'", "פרופ'", "ג'ונסון", "ו-Google",
    ]  # fmt: skip


def test_urls_and_emails_are_one_token():
    assert words("ראו www.ynet.co.il/a-b?x=1. או כתבו ל-info@gov.co.il, תודה") == [
        "ראו", "www.ynet.co.il/a-b?x=1", "או", "כתבו", "ל-info@gov.co.il", "תודה",
    ]  # fmt: skip


def test_quotes_around_words_are_not_part_of_them():
    assert words('הוא אמר "שלום" ו״להתראות״ ב"הארץ"') == ["הוא", "אמר", "שלום", "ו״להתראות", 'ב"הארץ']


def test_nikud_and_invisible_marks_stay_inside_their_word():
    text = "שָׁלוֹם ע\u200dב\u00adר מי\u200fלה \u202bאבג\u202c"
    assert words(text) == ["שָׁלוֹם", "ע\u200dב\u00adר", "מי\u200fלה", "אבג"]


def test_spans_are_offsets_of_the_words():
    text = "  ב-2019 ,  נתניהו  ( שלישי ) "
    assert [text[a:b] for a, b in word_spans(text)] == words(text) == ["ב-2019", "נתניהו", "שלישי"]


def test_adversarial_runs_are_linear():
    # quadratic scanning of these (e.g. an e-mail pattern retried at every letter) would take hours
    n = 1_000_000
    assert words("א" * n) == ["א" * n]
    assert words("a" * n + "@") == ["a" * n]
    assert len(words("א-" * 100_000)) == 1
    assert words("." * n) == [] and words('"' * n) == [] and words("\u05b0" * n) == []
    assert len(words("www." * 100_000)) == 1


@settings(max_examples=200, deadline=None)
@given(st.text(st.sampled_from(list("אבג abc 12.,-'\"״׳@/:\u05b4\u200f\u00ad")), max_size=120))
def test_tokens_are_ordered_disjoint_and_start_with_a_letter_or_digit(text):
    last = 0
    for a, b in word_spans(text):
        assert last <= a < b
        assert text[a].isalnum()
        last = b
