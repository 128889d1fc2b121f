"""Legacy visual-order Hebrew: recognised, converted per line, and left alone when logical."""

import re

import pytest
from bidi.algorithm import get_display  # the reference implementation: it mirrors brackets (L4)

from app.core.load import load_bytes
from app.core.loaders.visual import is_visual, to_logical

LOGICAL = [
    "הממשלה החליטה היום על תקציב חדש לשנת 2019.",
    "לדברי השר, התוכנית (שאושרה ב-21 בפברואר) תיכנס לתוקף מיד.",
    "הנתונים פורסמו גם ב-Financial Times ובעיתונים אחרים.",
]


def visual(lines):
    return "\n".join(get_display(line, base_dir="R") for line in lines) + "\n"


def test_logical_hebrew_is_not_visual():
    assert not is_visual("\n".join(LOGICAL))


def test_display_order_is_detected_and_converted_exactly():
    stored = visual(LOGICAL)
    assert is_visual(stored)
    assert to_logical(stored) == "\n".join(LOGICAL) + "\n"


def test_numbers_and_latin_keep_their_order_through_conversion():
    out = to_logical(visual(LOGICAL))
    assert "2019" in out and "ב-21" in out and "Financial Times" in out


def test_naively_reversed_files_with_reversed_years_are_reversed_back():
    naive = "\n".join(line[::-1].translate(str.maketrans("()", ")(")) for line in LOGICAL)
    assert is_visual(naive)
    assert to_logical(naive) == "\n".join(LOGICAL)


def test_english_lines_in_a_visual_file_are_untouched():
    stored = visual(LOGICAL) + "Copyright (c) 1998 Example Ltd.\n"
    assert to_logical(stored).endswith("Copyright (c) 1998 Example Ltd.\n")


@pytest.mark.parametrize("text", ["", "hello world", "שלום", "123 456", "ם ם ם"])
def test_too_little_evidence_is_not_visual(text):
    assert not is_visual(text)


def test_visual_modes_through_the_loader():
    data = visual(LOGICAL).encode("cp1255")
    auto = load_bytes(data)
    assert auto.visual and auto.text == "\n".join(LOGICAL) + "\n"
    kept = load_bytes(data, visual="no")
    assert not kept.visual and kept.text == visual(LOGICAL)
    logical = ("\n".join(LOGICAL)).encode("utf-8")
    assert not load_bytes(logical).visual
    forced = load_bytes(logical, visual="yes")
    assert forced.visual and forced.text != "\n".join(LOGICAL)
    assert not load_bytes(b"plain english", visual="yes").visual  # nothing to convert: no conversion
    with pytest.raises(ValueError):
        load_bytes(data, visual="maybe")


def test_a_visual_file_wrapped_at_screen_width_comes_back_as_paragraphs(seed_text):
    import textwrap

    paragraphs = [" ".join(p.split()) for p in seed_text.splitlines() if p.strip()]
    screen = []
    for p in paragraphs:
        # right-aligned 72-column display lines, as a DOS editor saved them
        screen += [get_display(line, base_dir="R").rjust(72) for line in textwrap.wrap(p, 72)]
    loaded = load_bytes(("\n".join(screen) + "\n").encode("cp862"))
    assert loaded.visual and loaded.encoding == "cp862"
    lines = iter(loaded.text.splitlines())
    for p in paragraphs:  # each paragraph's words come back whole, split only where a sentence ends
        got = next(lines)
        while words(got) != words(p):
            assert words(p)[: len(words(got))] == words(got) and "." in got[-3:], (got, p)
            got += " " + next(lines)
    assert next(lines, None) is None


def words(text):
    """The words in order; punctuation at a wrapped line's edge may settle on either side."""
    return re.findall(r"[\w-]+", text)


def test_unwrapping_leaves_unwrapped_text_alone():
    text = visual(LOGICAL * 3)
    assert load_bytes(text.encode("cp1255")).text == "\n".join(LOGICAL * 3) + "\n"


def test_a_visual_file_typed_by_hand_reads_in_logical_order():
    """Not made by python-bidi: typed in display order by hand (tests/data/README.md), so a converter
    that mis-turns brackets or numbers cannot agree with its own fixtures."""
    from tests.conftest import DATA

    loaded = load_bytes((DATA / "hand-made" / "visual-order.txt").read_bytes())
    assert loaded.visual
    assert loaded.text.splitlines() == [
        "הממשלה החליטה היום על תקציב חדש לשנת 2019.",
        "לדברי השר, התוכנית (שאושרה ב-21 בפברואר) תיכנס לתוקף מיד.",
        "הנתונים פורסמו גם ב-Financial Times ובעיתונים אחרים.",
        "ראש הממשלה אמר כי זה יום חשוב למדינה.",
        "Copyright (c) 1998 Example Ltd.",
    ]


def test_visual_conversion_streams_its_lines():
    import tracemalloc

    from app.core.loaders.visual import to_logical, unwrap

    text = "םולש\n" * 200_000  # 2 MB as Python text, but 200,000 lines
    to_logical(text[:100])
    tracemalloc.start()
    unwrap(to_logical(text))
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    assert peak < 20 * 2**20, peak / 2**20  # was 35 MB: lists of line strings in every pass
