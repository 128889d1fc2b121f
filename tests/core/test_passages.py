"""What the analysis says about each paragraph (role, direction) and the words of the whole: the
window, the summary list and the exports read these instead of working them out again."""

from __future__ import annotations

from app.core.analyze import Options, analyze
from app.core.direction import text_direction
from app.core.hebrew.words import words


def test_direction_counts_hebrew_against_latin_letters():
    assert text_direction("שלום עולם") == "rtl"
    assert text_direction("Hello world") == "ltr"
    assert text_direction("נתניהו met Putin in Moscow") == "ltr"
    assert text_direction("נתניהו נפגש עם Putin") == "rtl"


def test_a_text_without_letters_runs_the_way_it_is_told():
    assert text_direction("2019 — 3.5%") == "ltr"
    assert text_direction("2019 — 3.5%", neutral="rtl") == "rtl"
    assert text_direction("", neutral="rtl") == "rtl"


def test_every_paragraph_has_its_role_and_direction(seed_text):
    a = analyze(seed_text, Options(entities=False))
    assert [(p.start, p.end) for p in a.passages] == [(p.start, p.end) for p in a.document.paragraphs]
    roles = [p.role for p in a.passages]
    assert roles[:2] == ["title", "subtitle"] and "body" in roles
    boiler = {(b.start, b.end) for b in a.document.boilerplate}
    assert all((p.role == "boilerplate") == ((p.start, p.end) in boiler) for p in a.passages)
    assert {p.direction for p in a.passages} == {"rtl"}


def test_the_sentences_carry_the_role_of_their_paragraph(seed_text):
    a = analyze(seed_text, Options(entities=False))
    assert all(s.role == a.passages[s.paragraph].role for s in a.sentences)


def test_a_number_line_in_a_hebrew_article_stays_right_to_left_and_english_stays_left():
    a = analyze("כותרת הכתבה\n2019\nEnglish line here\nפסקה בעברית עם כמה מילים.\n", Options(clean=False, entities=False))
    assert [p.direction for p in a.passages] == ["rtl", "rtl", "ltr", "rtl"]
    b = analyze("A headline\n2019\nAn English paragraph.\n", Options(clean=False, entities=False))
    assert [p.direction for p in b.passages] == ["ltr", "ltr", "ltr"]


def test_the_word_count_is_the_articles_words(seed_text):
    a = analyze(seed_text, Options(entities=False))
    assert a.words == len(words(a.text)) > 300
    assert analyze("", Options(entities=False)).words == 0
