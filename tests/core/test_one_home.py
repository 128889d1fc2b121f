"""What ends a sentence and which letters are proclitics are written once (hebrew/sentences.py,
hebrew/chars.py); every other rule builds on those, so a fix in one place reaches every use."""

from __future__ import annotations

import ast
import re

from tests.conftest import ROOT

HOMES = {"app/core/hebrew/sentences.py", "app/core/hebrew/chars.py"}
PROCLITIC_LETTERS = set("ובכלמשה")
_CLASS = re.compile(r"\[\^?((?:\\.|[^\]\\])+)\]")


def _strings() -> list[tuple[str, str]]:
    """(file, literal) for every string literal of the app outside the homes (f-string parts too)."""
    out = []
    for path in sorted((ROOT / "app").rglob("*.py")):
        name = path.relative_to(ROOT).as_posix()
        if name in HOMES:
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Constant) and isinstance(node.value, str):
                out.append((name, node.value))
    return out


def sentence_end_copies() -> list[tuple[str, str]]:
    """Character classes holding the sentence terminators (a period and a question mark; a class
    with a comma in it is general punctuation, not a sentence end)."""
    found = []
    for name, s in _strings():
        for cls in _CLASS.findall(s):
            if "." in cls and "?" in cls and "," not in cls:
                found.append((name, cls))
    return found


def proclitic_copies() -> list[tuple[str, str]]:
    """Character classes or strings made of five or more of the proclitic letters and nothing else."""
    found = []
    for name, s in _strings():
        for piece in [*_CLASS.findall(s), s]:
            letters = set(piece)
            if len(letters) >= 5 and letters <= PROCLITIC_LETTERS:
                found.append((name, piece))
    return found


def test_sentence_ends_are_defined_only_in_hebrew_sentences():
    assert sentence_end_copies() == []


def test_proclitics_are_defined_only_in_hebrew_chars():
    assert proclitic_copies() == []


def test_the_checks_see_a_copy():
    """The scans above would find a copy (they are not looking at nothing)."""
    assert _CLASS.findall(r"x[.?!…][\"')]*$")[0] == ".?!…"
    assert set("ובלמשכ") <= PROCLITIC_LETTERS
    assert any(name.endswith("analyze.py") for name, _ in _strings())


def test_the_hebrew_letter_and_block_ranges_are_defined_only_in_hebrew_chars():
    ranges = ("\u05d0-\u05ea", "א-ת", "\u0590-\u05ff")
    assert [(name, r) for name, s in _strings() for r in ranges if r in s] == []
