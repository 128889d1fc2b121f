"""One very long "word" (a letter, a digit pair or a quote pattern repeated) costs no memory per character.

Python's `re` keeps a backtracking entry for each repetition of a group, about 120 bytes per
character: a 20 MB file of one run of letters took 1.4 GB in the summarizer's tokenizer alone, and
a 40 MB table field 2.7 GB in `batch`. Each pattern that scans a word repeats possessively.
"""

import tracemalloc

import pytest

from app.core.cleaning import fold
from app.core.entities.tokens import tokenize
from app.core.hebrew.words import word_spans, words
from app.core.loaders.markdown import markdown_to_text

N = 400_000  # characters: the old patterns took ~45 MB for this much, the input itself is 0.8 MB
RUNS = ["א" * N, "א\u05b0" * (N // 2), "א-" * (N // 2), "1." * (N // 2), 'א"' * (N // 2)]


def peak_mb(fn, *args) -> float:
    tracemalloc.start()
    try:
        fn(*args)
        return tracemalloc.get_traced_memory()[1] / 2**20
    finally:
        tracemalloc.stop()


@pytest.mark.parametrize("run", RUNS, ids=["letters", "nikud", "hyphens", "digits", "gershayim"])
def test_words_of_one_long_run_cost_no_stack(run):
    assert peak_mb(words, run) < 10
    [(start, end)] = word_spans(run)  # one word (a trailing hyphen, dot or quote is not in it)
    assert start == 0 and end >= len(run) - 1


@pytest.mark.parametrize("run", RUNS[:2] + RUNS[3:], ids=["letters", "nikud", "digits", "gershayim"])
def test_entity_tokens_of_one_long_run_cost_no_stack(run):
    assert peak_mb(tokenize, run) < 25  # folded and nikud-free copies (re.sub's pieces); was ~45 MB


def test_folding_a_long_run_costs_no_stack():
    assert peak_mb(lambda t: [m.span() for m in fold._RUN.finditer(t)], "א" * N) < 10


def test_a_deeply_nested_quote_costs_no_stack():
    text = "> " * (N // 2) + "שלום"
    assert peak_mb(markdown_to_text, text) < 15
    assert markdown_to_text(text).strip() == "שלום"


def test_possessive_words_match_as_before_on_ordinary_text():
    text = 'צה"ל הודיע ב-2019 כי ג\'ורג\' ו-3.5 מיליון שְׁלוֹם וכו\' info@example.com www.ynet.co.il.'
    assert words(text) == [
        'צה"ל', "הודיע", "ב-2019", "כי", "ג'ורג'", "ו-3.5", "מיליון", "שְׁלוֹם", "וכו'",
        "info@example.com", "www.ynet.co.il",
    ]
