"""Which way a text runs. The one rule shared by the analysis, the reader, the summary list and the
exports, so a paragraph can never be right-to-left in the window and left-to-right in a saved page."""

from __future__ import annotations

import re

from .hebrew.chars import BLOCK

# Letters are counted over this much of a text: enough to decide, and a 1 MB text is not read twice.
SAMPLE_CHARS = 20_000
_HEBREW = re.compile(f"[{BLOCK}]")
_LATIN = re.compile("[A-Za-z]")


def text_direction(text: str, neutral: str = "ltr") -> str:
    """'rtl' when Hebrew characters are at least as many as Latin letters, 'ltr' when fewer, and
    `neutral` when the text has neither (digits, punctuation): a paragraph passes its document's
    direction, so "2019" or "* * *" in a Hebrew article stays right-to-left.

    Counted with regular expressions (in C): typesetting calls this once per paragraph."""
    sample = text[:SAMPLE_CHARS]
    hebrew = len(_HEBREW.findall(sample))
    latin = len(_LATIN.findall(sample))
    if not hebrew and not latin:
        return neutral
    return "rtl" if hebrew >= latin else "ltr"


def text_language(text: str) -> str:
    """'he', 'en' or 'und' (no letters): the same count as `text_direction`, so a document is never
    right-to-left yet read as English. "en" means Latin letters outnumber Hebrew ones: the summaries
    count words by English rules and only Latin-script names are looked for."""
    return {"rtl": "he", "ltr": "en"}.get(text_direction(text, neutral=""), "und")
