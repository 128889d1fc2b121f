"""Prefix splitting and the term form: the same word with and without its proclitics is one term."""

from hypothesis import given, settings
from hypothesis import strategies as st

from app.core.hebrew.prefixes import normalize, parse_prefix, segment


def test_one_term_for_a_word_with_and_without_prefixes():
    for word in ["ישראל", "בישראל", "לישראל", "ובישראל", "מישראל", "שבישראל"]:
        assert normalize(word) == "ישראל", word
    assert normalize("הממשלה") == normalize("ממשלה") == normalize("ולממשלה") == "ממשלה"
    assert normalize("לנתניהו") == normalize("ולנתניהו") == "נתניהו"


def test_combined_proclitics():
    assert segment("וכשהוא") == (("ו", "כש"), "הוא")
    assert segment("ומהבית") == (("ו", "מ", "ה"), "בית")
    assert segment("שבירושלים") == (("ש", "ב"), "ירושלים")


def test_letters_of_the_word_itself_are_not_stripped():
    for word in ["מחקר", "הודיע", "שמעון", "בית", "לימודים", "ממשלה", "ויכוח", "כלכלה", "משפט", "ביטחון"]:
        assert segment(word) == ((), word), word


def test_only_where_the_rest_is_a_real_word():
    assert segment("בזזזקק") == ((), "בזזזקק")  # no such base
    assert segment("בו") == ((), "בו")  # too short to hold a prefix


def test_hyphen_quote_and_abbreviation_prefixes():
    assert segment("ב-2019") == (("ב",), "2019")
    assert segment("וב-Google") == (("ו", "ב"), "Google")
    assert segment('בצה"ל') == (("ב",), 'צה"ל')
    assert segment('ב"הארץ"') == (("ב", "ה"), "ארץ")  # as the Treebank segments it


def test_final_letters_nikud_and_marks():
    assert normalize("שָׁלוֹם") == "שלומ"
    assert normalize("בְּיִשְׂרָאֵל") == "ישראל"
    assert normalize("ירו\u200fשלים") == normalize("ירושלים") == "ירושלימ"
    assert normalize("Google") == "google"


def test_several_words_are_normalised_each():
    assert normalize("ובישראל  והממשלה") == "ישראל ממשלה"


def test_prefix_grammar():
    assert parse_prefix("וכש") == ("ו", "כש")
    assert parse_prefix("ומה") == ("ו", "מ", "ה")
    assert parse_prefix("שב") == ("ש", "ב")
    assert parse_prefix("הו") is None  # ו never follows the article
    assert parse_prefix("בה") is None  # after ב the article is not written


_LETTERS = "אבגדהוזחטיכלמנסעפצקרשתםןץףך"


@settings(max_examples=300, deadline=None)
@given(st.text(st.sampled_from(_LETTERS), min_size=1, max_size=12))
def test_segmentation_only_cuts_the_word_and_keeps_a_base(word):
    steps, base = segment(word)
    assert "".join(steps) + base == word
    assert len(base) >= 2 or not steps
    assert parse_prefix("".join(steps)) == steps
