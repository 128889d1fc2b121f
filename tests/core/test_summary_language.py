"""The summaries count words by the document's language: an English text is not read with Hebrew rules."""

from app.core.analyze import Options, analyze
from app.core.direction import text_language
from app.core.summarize.language import ENGLISH, HEBREW, summary_language
from app.core.summarize.terms import build_terms

# Written for this test: two sentences share only English function words with the first one.
ENGLISH_TEXT = """The city council approved the new budget for the public libraries on Monday evening.
It is the first time in ten years that the libraries of the city get more money than the year before.
Of all the things that were said in the hall, it was the one that was said by all of them.
Librarians said the budget would pay for longer opening hours, new books and repairs to two buildings.
"""


def test_an_english_document_is_counted_with_english_stop_words():
    assert summary_language(text_language(ENGLISH_TEXT)) is ENGLISH
    terms = build_terms(["Of all the things that were said in the hall"], language=ENGLISH)
    counted = {terms.stems[s] for s, stop in zip(terms.stem_ids.tolist(), terms.stop.tolist()) if not stop}
    assert counted == {"things", "hall"}
    a = analyze(ENGLISH_TEXT, Options(algorithm="lexrank", sentences=1, entities=False))
    assert a.summary_cache["units"]["terms"].stop.any()  # with the Hebrew list nothing in it was a stop word
    assert not a.summary_texts()[0].startswith("Of all the things")  # central only through "the", "of"


def test_a_hebrew_document_keeps_the_hebrew_layer():
    assert summary_language(text_language("ראש הממשלה נפגש היום עם השרים בירושלים.")) is HEBREW
    assert summary_language(text_language("2019 — 2020")) is HEBREW  # no letters: the reader's own language
