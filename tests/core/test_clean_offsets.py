"""Every cleaned position points back into the input: monotone, in range, and to the same letter."""

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from app.core.clean import clean
from app.core.cleaning.fold import FoldedSpan, fold
from app.core.document import OffsetMap, TextBuilder
from tests.conftest import DATA

_WORD = re.compile(r"[^\W_]")


def assert_map_valid(doc):
    offsets, previous = doc.offsets, 0
    for i in range(len(doc.text) + 1):
        o = offsets.to_original(i)
        assert previous <= o <= len(doc.original), (i, o)
        previous = o
        if i < len(doc.text) and _WORD.match(doc.text[i]):
            assert doc.original[o] == doc.text[i], i  # letters are copied, never invented
    assert offsets.to_original(len(doc.text)) == len(doc.original)
    for span in [*doc.paragraphs, *doc.boilerplate]:
        assert 0 <= span.start < span.end <= len(doc.text)


def test_seed_and_real_articles_map_back(seed_text):
    assert_map_valid(clean(seed_text))
    for path in sorted((DATA / "haaretz-dev").glob("*.txt")):
        assert_map_valid(clean(path.read_text(encoding="utf-8")))


def test_a_cleaned_paragraph_maps_to_its_original_line(seed_text):
    doc = clean(seed_text)
    lines = [ln.strip() for ln in seed_text.splitlines() if ln.strip()]
    for p in doc.paragraphs:
        a, b = doc.offsets.span_to_original(p.start, p.end)
        assert seed_text[a:b] in lines
        assert fold(seed_text[a:b]) == fold(doc.text[p.start : p.end])
        assert doc.offsets.from_original(a) == p.start


_PIECES = st.sampled_from(
    ["שלום", " ", "  ", " , ", " . ", "\n", "\n\n", '"', " \" ", "״", "( ", " )", "צה\"ל", "\u200f", "\u05b8",
     "לקריאה נוספת", "צילום : ", "abc", "12", "\t", "\u00a0", "\r\n", ":", "…", "בווידאו"]
)


@settings(max_examples=150, deadline=None)
@given(st.lists(_PIECES, max_size=40))
def test_any_input_gives_a_valid_map(pieces):
    text = "".join(pieces)
    assert_map_valid(clean(text))


def test_from_original_counts_cleaned_characters_before_an_offset():
    b = TextBuilder("ab   cd\n\nef")  # -> "ab cd\nef"
    b.copy(0, 2), b.replace(" ", 2, 5), b.copy(5, 7), b.replace("\n", 7, 9), b.copy(9, 11)
    assert b.build() == "ab cd\nef"
    assert [b.offsets.from_original(o) for o in (0, 1, 2, 3, 5, 7, 9, 10, 11)] == [0, 1, 2, 3, 3, 5, 6, 7, 8]
    assert OffsetMap.identity(4).from_original(3) == 3


_MARKED = st.text(alphabet="אבגםןץ ,.\"״\u05b0\u05bc\u200d\u200f\u00adab1", max_size=40)


@settings(max_examples=150, deadline=None)
@given(_MARKED)
def test_folded_positions_map_back_to_the_same_letters(text):
    folded = FoldedSpan(text, 0, len(text))
    assert folded.key == fold(text)
    for i, ch in enumerate(folded.key):
        if ch != " ":
            o = folded.original_start(i)
            assert fold(text[o]) == ch
            assert fold(text[o : folded.original_end(i + 1)]) == ch
