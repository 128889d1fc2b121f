"""Character classes of written Hebrew shared by the tokenizer, the splitter and the normaliser."""

from __future__ import annotations

import re

# Points and cantillation (U+0591–U+05C7) except the punctuation in that block: maqaf ־ (a hyphen),
# paseq ׀, sof pasuq ׃ and nun hafukha ׆.
MARKS = "\u0591-\u05bd\u05bf\u05c1\u05c2\u05c4\u05c5\u05c7"
# Invisible format characters that editors and web pages leave inside words: soft hyphen, CGJ,
# ZWSP, ZWNJ, ZWJ, LRM/RLM, ALM, Mongolian vowel separator, bidi embeddings/overrides/isolates,
# word joiner and invisible operators, deprecated format controls, BOM.
INVISIBLE = "\u00ad\u034f\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u206f\ufeff"
LETTERS = "\u05d0-\u05ea"
BLOCK = "\u0590-\u05ff"  # the whole Hebrew block: letters, points and Hebrew punctuation
# The proclitics: letters a written word carries glued in front — the conjunction ו, the relativiser
# ש, the prepositions ב כ ל מ and the article ה (ובבית = ו + ב + בית). Every rule about prefixes
# builds on this set; the order they stack in is hebrew/prefixes.ORDER.
PROCLITICS = "ובכלמשה"
# Gershayim and geresh as written: the Hebrew signs, ASCII quotes and typographic quotes.
GERSHAYIM = "\"״”“"
GERESH = "'׳’‘"

_STRIP = re.compile(f"[{MARKS}{INVISIBLE}]+")
_QUOTES = str.maketrans({"״": '"', "”": '"', "“": '"', "׳": "'", "’": "'", "‘": "'", "\u05be": "-"})
FINALS = "ךםןףץ"  # final forms, and below the ordinary form of each
ORDINARY = "כמנפצ"
_FINALS = tuple(zip(FINALS, ORDINARY))


def plain(word: str) -> str:
    """The word without nikud and invisible marks, with one spelling of quotes and hyphens."""
    return _STRIP.sub("", word).translate(_QUOTES)


def fold_finals(word: str) -> str:
    """Final letters as their ordinary forms. Five str.replace calls rather than one str.translate:
    translate looks each character up in a dict, 70 times slower on a 1 MB text."""
    for final, ordinary in _FINALS:
        word = word.replace(final, ordinary)
    return word


def is_hebrew(ch: str) -> bool:
    return "\u05d0" <= ch <= "\u05ea"
