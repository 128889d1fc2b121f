"""Stop words as sumy sees them (lower-cased words as written) and as normalised terms."""

from app.core.hebrew.prefixes import normalize
from app.core.hebrew.stopwords import STOP_WORDS


def test_function_words_with_and_without_prefixes():
    for w in ["של", "את", "ולא", "שגם", "כשהוא", "בזה", "מכל", "והם", "שלא", "וכו'"]:
        assert w in STOP_WORDS, w


def test_normalised_forms_match_too():
    for w in ["והם", "ולכן", "שהיא"]:
        assert normalize(w) in STOP_WORDS, w


def test_content_words_are_not_stop_words():
    for w in ["ישראל", "ממשלה", "נתניהו", "פוטין", "ברק", "מלחמה", "בית"]:
        assert w not in STOP_WORDS and normalize(w) not in STOP_WORDS, w


def test_words_spelt_like_prefix_and_function_word_are_content():
    # ש + אלה, ש + פה, כ + הן: the segmenter reads these whole, and so must the stop list
    for w in ["שאלה", "שפה", "כהן", "שלמה", "שמן"]:
        assert w not in STOP_WORDS, w
