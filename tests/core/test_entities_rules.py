"""Sums of money, percentages and English dates by rule (app/core/entities/rules.py): the whole amount
with its scale word and currency in either order, in Hebrew and English, without a clitic prefix or
the punctuation after it; and the rules stay linear on long runs of numbers."""

from __future__ import annotations

import pytest

from app.core.entities import find_entities
from app.core.entities.rules import rule_entities
from benchmarks.measure import best_cpu
from tests.core.test_load_scaling import MAX_RATIO, doubling_ratio


def _rules(text: str) -> list[tuple[str, str]]:
    return [(text[a:b], label) for a, b, label in rule_entities(text)]


@pytest.mark.parametrize(
    "text, amounts",
    [
        ("The company raised $2 billion last year.", ["$2 billion"]),
        ("It will cost 2.5 million dollars, officials said.", ["2.5 million dollars"]),
        ("A deal worth €300m.", ["€300m"]),
        ("Sales reached $1.2bn in May and US$2 billion in June.", ["$1.2bn", "US$2 billion"]),
        ("The fine was NIS 5 million; the bonus 3 million pounds.", ["NIS 5 million", "3 million pounds"]),
        ("They spent hundreds of millions of dollars.", ["hundreds of millions of dollars"]),
    ],
)
def test_english_amounts_keep_their_scale_word_and_currency(text, amounts):
    assert _rules(text) == [(a, "MONEY") for a in amounts]


@pytest.mark.parametrize(
    "text, amounts",
    [
        ("החברה גייסה 2 מיליארד דולר.", ["2 מיליארד דולר"]),
        ("ההכנסות הגיעו ל-5.3 מיליארד שקל בשנה שעברה.", ["5.3 מיליארד שקל"]),
        ('הפרויקט עלה מיליון ש"ח, והתיקון עוד מיליון ש״ח.', ['מיליון ש"ח', "מיליון ש״ח"]),
        ("הוא שילם 100 אלף שקלים.", ["100 אלף שקלים"]),
        ("המיזם גייס כ-3 מיליון דולר.", ["3 מיליון דולר"]),
        ("הנזק מוערך בעשרות מיליוני שקלים.", ["עשרות מיליוני שקלים"]),
        ("העסקה הסתכמה במיליון דולר.", ["מיליון דולר"]),
        ("המשקיעים קיבלו $2 מיליארד.", ["$2 מיליארד"]),
        ("המחיר עלה ל-2 מיליון $ ועוד 300 מיליון €.", ["2 מיליון $", "300 מיליון €"]),
        # the words that count the millions are part of the sum: "אלף שקל" alone says a thousand
        ("ההוצאה הגיעה למאה אלף שקל, והחוב לכארבעה מיליון שקל.", ["מאה אלף שקל", "ארבעה מיליון שקל"]),
        ("הם גייסו שלוש מאות אלף דולר.", ["שלוש מאות אלף דולר"]),
        # twelve is two words, the first hidden behind a prefix ("כשנים"): not "עשר מיליארד", ten
        ("הקו יעלה כשנים עשר מיליארד שקלים, והגשר שתים עשרה מיליון דולר.", ["שנים עשר מיליארד שקלים", "שתים עשרה מיליון דולר"]),
        ("לפני שנים מיליוני שקלים הושקעו בו.", ["מיליוני שקלים"]),
    ],
)
def test_hebrew_amounts_keep_their_scale_word_and_leave_out_the_prefix(text, amounts):
    assert _rules(text) == [(a, "MONEY") for a in amounts]


def test_numbers_without_a_currency_are_no_money():
    text = "5 million people live there; he lost 20 pounds running 300m, and 2.5 מיליון איש הגיעו."
    assert _rules(text) == []
    # a number glued to the word before it: not a thousand shekels
    assert _rules("הוא שילם לספק70 אלף שקלים.") == []


def test_english_percentages():
    assert _rules("Prices rose 5 percent, wages 3.2 per cent.") == [("5 percent", "PERCENT"), ("3.2 per cent", "PERCENT")]


@pytest.mark.parametrize(
    "text, found",
    [
        ("The bank paid two billion dollars to settle.", [("two billion dollars", "MONEY")]),
        ("Five million euros went to a fund.", [("Five million euros", "MONEY")]),
        ("They spent a hundred million pounds on roads.", [("a hundred million pounds", "MONEY")]),
        ("He was fined three hundred thousand shekels.", [("three hundred thousand shekels", "MONEY")]),
        ("It cost one hundred and twenty-five million dollars.", [("one hundred and twenty-five million dollars", "MONEY")]),
        ("Twenty percent of them voted, and forty-five per cent stayed home.",
         [("Twenty percent", "PERCENT"), ("forty-five per cent", "PERCENT")]),
        # a count of people or things is no sum; neither is a word that only ends in a number's letters
        ("Two billion people live there, and a hundred thousand of them left.", []),
        ("Someone dollars", []),
    ],
)
def test_english_sums_and_percentages_in_words(text, found):
    assert _rules(text) == found


def test_english_dates_with_a_day_or_a_year():
    text = "Talks began on 21 February 2024, resumed on March 3, 2024 and by May 2024 had failed. They may march."
    assert _rules(text) == [("21 February 2024", "DATE"), ("March 3, 2024", "DATE"), ("May 2024", "DATE")]
    assert _rules("In May the markets fell; in March they rose.") == []


def test_an_english_document_shows_the_whole_sum():
    text = "Acme Labs raised $2 billion in 2024. Its rival raised 2.5 million dollars."
    money = [e.text for e in find_entities(text, language="en") if e.label == "MONEY"]
    assert money == ["$2 billion", "2.5 million dollars"]


# long runs that made the rules slow: many amounts (each checked against all those taken before it),
# dotted numbers (a date or an amount tried from every group, to the end of the run)
HOSTILE = {
    "many amounts": lambda n: "5$ " * n,
    "many years": lambda n: "ב-2019 " * n,
    "dotted digits": lambda n: "1.1" * n,
    "millions": lambda n: "עשרות מיליוני " * n,
    "counting words": lambda n: "מאה ועשרים " * n,
    "english counting words": lambda n: "a hundred and twenty-five million " * n,
    "english scales": lambda n: "two billion " * n,
}


@pytest.mark.parametrize("shape", sorted(HOSTILE))
def test_rules_are_linear_on_long_runs(shape):
    assert doubling_ratio(rule_entities, HOSTILE[shape], 5_000) < MAX_RATIO


def test_a_long_run_of_thousands_costs_about_what_words_do():
    # every search started at each ",000" and backtracked over the rest of its window: 500 times the
    # cost of the same length of words
    n = 20_000
    groups = best_cpu(rule_entities, "1" + ",000" * n, runs=3)
    words = best_cpu(rule_entities, "מילה" * n, runs=3)
    assert groups < 20 * max(words, 1e-3)
