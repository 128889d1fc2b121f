"""DATE, TIME, MONEY and PERCENT by rule: their forms are few and regular, and NEMO has no labels
for them. Spans leave out a clitic prefix ("ב-21 בפברואר" -> "21 בפברואר", "כ-30%" -> "30%"). An
amount keeps its scale word and currency in either order, Hebrew or English ("$2 billion", "€300m",
"2.5 million dollars", "כ-3 מיליון דולר" -> "3 מיליון דולר", "עשרות מיליוני שקלים"), in English
also in words ("two billion dollars", "a hundred million pounds", "twenty percent"; "two billion
people" is no sum). English
dates need a day or a year ("21 February 2024", "March 3, 2024", "May 2024"): "May" alone is a verb.
"""

from __future__ import annotations

import re
from bisect import bisect_left, insort
from collections.abc import Iterator

from ..hebrew.chars import LETTERS, PROCLITICS
from .tokens import nemo_spelling

_MONTHS = (
    "ינואר|פברואר|מרץ|מרס|אפריל|מאי|יוני|יולי|אוגוסט|ספטמבר|אוקטובר|נובמבר|דצמבר|"
    "תשרי|מרחשוון|מרחשון|חשוון|חשון|כסלו|טבת|ניסן|אייר|סיוון|סיון|תמוז|אלול"
)
_MONTHS_WITH_DAY = _MONTHS + "|שבט|אדר|אדר א'|אדר ב'|אב"  # also ordinary words: only after a day
# start of a word (no letter, digit or in-word quote before), not inside a number ("1,000,000"):
# a search starting at every group of a long run of them would backtrack over the rest each time
_B = r"(?<![\w\"'])(?<!\d[.,])"
_E = r"(?![\w\"'%])"
_PRE = rf"(?:[{PROCLITICS}]{{1,3}}-?)?"  # clitics before a number: "ב-", "וב", "מ-"
_BEFORE_DATE = PROCLITICS.replace("כ", "").replace("ש", "")  # "בינואר", "ומ-2019": not כ or ש
_NUM = r"\d{1,3}(?:,\d{3}){1,6}(?:\.\d{1,6})?|\d{1,15}(?:\.\d{1,6})?"  # bounded: "1,200", "5.3"
_SP = r"[^\S\n]{1,3}"  # the space between the words of an amount: a few, never a line break
_GAP = r"[^\S\n]{0,3}"  # before a currency: "5$", "5 ש\"ח"
# how many: "5 מיליון", "$2 billion", "€300m", "$1.2bn" (the letters only glued to the number)
_SCALE_HE = "אלף|אלפי|אלפים|מיליון|מיליוני|מיליארד|מיליארדי|מליון|מליוני|מליארד|מליארדי|ביליון|טריליון"
_SCALE = rf"(?:{_SP}(?:{_SCALE_HE}|thousand|million|billion|trillion)|\s?bn|[mkb])?"
# millions without a digit: "מיליון ש\"ח", "מאה אלף דולר", "עשרות מיליוני שקלים", "hundreds of
# millions of dollars"; the words that count them are part of the sum ("אלף שקל" alone would say a
# thousand where the text says a hundred thousand), and a number just before is not left out
_COUNT_HE = (
    "אחד|אחת|שני|שתי|שניים|שתיים|שלושה|שלוש|שלושת|ארבעה|ארבע|ארבעת|חמישה|חמש|חמשת|שישה|שש|ששת|"
    "שבעה|שבע|שבעת|שמונה|שמונת|תשעה|תשע|תשעת|עשרה|עשר|עשרת|עשרים|שלושים|ארבעים|חמישים|שישים|"
    "שבעים|שמונים|תשעים|מאה|מאתיים|מאות|עשרות|רבע|חצי|כמה|מספר|"
    # twelve: "שנים עשר", "שתים עשרה" ("שנים" alone is "years")
    rf"שנים(?={_SP}עשר)|שתים(?={_SP}עשרה)"
)
_MANY = (
    rf"(?<!\d)(?<!\d[^\S\n])(?:(?:{_COUNT_HE}){_SP}(?:ו?(?:{_COUNT_HE}){_SP}){{0,2}})?(?:{_SCALE_HE})"
    rf"|(?:(?:tens|hundreds){_SP}of{_SP})?(?:thousands|millions|billions){_SP}of"
)
# English numbers in words before a scale, a currency or "percent": "two billion", "a hundred
# million", "three hundred thousand", "twenty-five"; a capital at a sentence's start too
_UNITS_EN = "one|two|three|four|five|six|seven|eight|nine"
_SMALL_EN = (
    rf"(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-(?:{_UNITS_EN}))?"
    rf"|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|{_UNITS_EN}"
)
_COUNT_EN = rf"(?:(?:a|an|{_SMALL_EN}){_SP}hundred(?:{_SP}(?:and{_SP})?(?:{_SMALL_EN}))?|{_SMALL_EN})"
_LOWER_EN = rf"(?:(?:{_COUNT_EN}|a|an)(?:{_SP}(?:thousand|million|billion|trillion))|{_COUNT_EN})"
# in lower case, or in any case after a capital ("Two billion dollars"): ignoring case everywhere
# tripled the time on English text
_WORDS_EN = rf"(?:(?=[a-z]){_LOWER_EN}|(?=[A-Z])(?i:{_LOWER_EN}))"
_CURRENCY = (
    r'ש"ח|שקלים חדשים|שקלים|שקל|ש\'|₪|דולרים|דולר|יורו|אירו|ליש"ט|לירות שטרלינג|'
    r"לירות|לירה|פאונד|רובל|ין|NIS|USD|EUR|GBP|dollars|dollar|euros|euro|shekels|shekel|yen|[$€£]"
)
_CODE = r"(?:NIS|USD|EUR|GBP)"  # also written before the number: "NIS 5 million"
_SYMBOL = r"(?:US|A|C|NZ|HK)?[$€£₪]"  # "US$2 billion"
_YEAR = r"(?:1[89]\d\d|20\d\d)"
# English months only with a day or a year ("May", "March" alone are words)
_MONTHS_EN = "January|February|March|April|May|June|July|August|September|October|November|December"

_PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    (
        "DATE",
        re.compile(
            rf"{_B}{_PRE}(?P<x>(?:\d{{1,2}}|[א-ט]\"[א-ט]|[א-ט]')\s+(?:[ובל]-?)?(?:{_MONTHS_WITH_DAY})"
            rf"(?:,?\s+(?:{_YEAR}|ה?תש[{LETTERS}\"']+))?){_E}"
        ),
    ),
    ("DATE", re.compile(rf"{_B}[{_BEFORE_DATE}]{{0,3}}(?P<x>(?:{_MONTHS})(?:,?\s+{_YEAR})?){_E}")),
    ("DATE", re.compile(rf"{_B}{_PRE}(?P<x>\d{{1,2}}[./]\d{{1,2}}[./](?:\d{{4}}|\d{{2}})){_E}")),
    (
        "DATE",
        re.compile(
            rf"{_B}(?P<x>\d{{1,2}}{_SP}(?:{_MONTHS_EN})(?:,?{_SP}{_YEAR})?"
            rf"|(?:{_MONTHS_EN}){_SP}(?:\d{{1,2}}(?:st|nd|rd|th)?(?:,{_SP}{_YEAR})?|{_YEAR})){_E}"
        ),
    ),
    # a bare number is a year only after a clitic or a word that introduces one ("ב-2019")
    (
        "DATE",
        re.compile(
            rf"{_B}(?:[{_BEFORE_DATE}]{{1,3}}-?|ו?(?:[בלמ]?שנת|עד|מאז|[בלמ]?שנים|בין|סוף|תחילת)\s+)"
            rf"(?P<x>(?:{_YEAR}\s*-\s*)?{_YEAR}){_E}(?!\s*(?:{_CURRENCY}|אחוז))"
        ),
    ),
    (
        "TIME",
        re.compile(
            rf"{_B}{_PRE}(?P<x>(?:[01]?\d|2[0-3]):[0-5]\d"
            r"(?:\s+(?:בבוקר|בערב|בלילה|בצהריים|אחר הצהריים|אחה\"צ))?)(?![\w:])"
        ),
    ),
    (
        "MONEY",
        re.compile(
            rf"{_B}{_PRE}(?P<x>(?:{_NUM}){_SCALE}(?:{_GAP}(?:{_CURRENCY})|(?<=[a-z]){_SP}pounds)"
            rf"|(?:{_MANY}){_SP}(?:{_CURRENCY}|pounds)"
            rf"|(?:{_SYMBOL}|{_CODE}{_SP})(?:{_NUM}){_SCALE}){_E}"
        ),
    ),
    (
        "PERCENT",
        re.compile(rf"{_B}{_PRE}(?P<x>(?:{_NUM})(?:\s?%|{_SP}(?:אחוזים|אחוז|percent|per cent))|%\s?(?:{_NUM})){_E}"),
    ),
    # sums and percentages in English words: one pattern of their own (the label is PERCENT when
    # group "percent" took part) that fails at once where no word starts with a letter a number
    # word starts with; inside the ones above, every position of a Hebrew text tried them all
    # (2.5 times the rules' time)
    (
        "MONEY",
        re.compile(
            # the word start, then the cheap first-letter test, then the rest of _B: in this order
            # English text takes a tenth less time than with _B first
            rf"(?<![\w\"'])(?=[AaEeFfNnOoSsTt]){_B}"
            rf"(?P<x>{_WORDS_EN}{_SP}(?:(?P<percent>percent|per cent)|{_CURRENCY}|pounds)){_E}"
        ),
    ),
]


_WINDOW = 8192
_REACH = 512  # longer than any date, time or amount, so a match starting in a window ends in reach


def windowed_finditer(pattern: re.Pattern[str], text: str) -> Iterator[re.Match[str]]:
    """The matches `pattern.finditer(text)` gives, found a window at a time.

    A search for a rare pattern is one C call that scans until it finds a match, holding the GIL
    all along: over 1 MB without a time of day that stalled the window ~20 ms
    (benchmarks/ui_bench.py). Searching [start, start + window + reach) with the real text around
    it (lookbehind sees before `pos`) and keeping matches that start inside the window gives the
    same matches in steps of ~0.2 ms."""
    pos, n = 0, len(text)
    for start in range(0, n, _WINDOW):
        stop, endpos = start + _WINDOW, min(n, start + _WINDOW + _REACH)
        pos = max(pos, start)
        while (m := pattern.search(text, pos, endpos)) is not None and m.start() < stop:
            yield m
            pos = m.end() if m.end() > m.start() else m.end() + 1


def rule_entities(text: str) -> list[tuple[int, int, str]]:
    """Non-overlapping (start, end, label) spans in `text`; the longest match wins an overlap."""
    folded = nemo_spelling(text)
    found = []
    for label, pattern in _PATTERNS:
        for m in windowed_finditer(pattern, folded):
            a, b = m.span("x")
            found.append((a, b, "PERCENT" if m.groupdict().get("percent") else label))
    found.sort(key=lambda s: (-(s[1] - s[0]), s[0]))
    # the spans taken so far, sorted and disjoint: a new one is checked against its two neighbours
    # only (checking it against all of them was quadratic: 20,000 amounts took 10 s)
    taken: list[tuple[int, int, str]] = []
    for span in found:
        i = bisect_left(taken, (span[0],))
        if (i == 0 or taken[i - 1][1] <= span[0]) and (i == len(taken) or span[1] <= taken[i][0]):
            insort(taken, span)
    return taken
