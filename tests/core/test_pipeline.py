"""The pipeline on the real seed article, the shape users load every day."""

from app.core.analyze import Cancelled, Options, analyze
from app.core.document import OffsetMap, TextBuilder


def test_seed_headline_is_recognised_and_its_repeat_removed(seed_text):
    a = analyze(seed_text)
    assert a.title.startswith("לראשונה מאז הפלת המטוס")
    assert a.subtitle.startswith("השניים ייפגשו בעוד כשבועיים")
    assert a.text.count("לראשונה מאז הפלת המטוס") == 1
    reasons = [r.reason for r in a.document.removed]
    assert reasons == ["repeated-headline", "repeated-headline"]
    for r in a.document.removed:
        assert seed_text[r.start : r.end] == r.text
        assert r.start > len(seed_text) // 2  # the later copy goes, the first stays


def test_summary_is_body_sentences_in_document_order(seed_text):
    a = analyze(seed_text, Options(sentences=4))
    indices = [i.sentence for i in a.summary]
    assert len(indices) == 4 and indices == sorted(indices)
    assert all(a.sentences[i].role == "body" for i in indices)
    texts = a.summary_texts()
    assert not any(t.startswith("לראשונה") for t in texts)


def test_every_algorithm_returns_requested_length(seed_text):
    from app.core.summarize import ALGORITHMS

    for name in ALGORITHMS:
        a = analyze(seed_text, Options(algorithm=name, sentences=3))
        assert len(a.summary) == 3, name


def test_sentences_carry_offsets_into_cleaned_text(seed_text):
    a = analyze(seed_text)
    assert len(a.sentences) > 15
    for s in a.sentences:
        piece = a.text[s.start : s.end]
        assert piece == piece.strip() and piece
    body = [s for s in a.sentences if s.role == "body"]
    assert a.text[body[0].start :].startswith("ראש הממשלה בנימין נתניהו")


def test_cleaned_offsets_map_back_to_the_original(seed_text):
    a = analyze(seed_text)
    offsets = a.document.offsets
    for s in a.sentences:
        o_start, o_end = offsets.span_to_original(s.start, s.end)
        # the original stretch has the same words, only spacing differs
        first_word = a.text[s.start : s.end].strip("()").split()[0].strip(":")
        assert first_word in seed_text[o_start:o_end]


def test_no_clean_keeps_text_exactly(seed_text):
    a = analyze(seed_text, Options(clean=False))
    assert a.text == seed_text
    assert a.document.removed == []


def test_spaced_punctuation_is_reattached(seed_text):
    a = analyze(seed_text)
    assert "המטוס: נתניהו" in a.text
    assert " ," not in a.text and " ." not in a.text


def test_cancel_stops_the_analysis(seed_text):
    class Stop:
        def is_set(self) -> bool:
            return True

    try:
        analyze(seed_text, cancel=Stop())
    except Cancelled:
        pass
    else:
        raise AssertionError("analysis ignored the cancel token")


def test_empty_text_gives_empty_analysis():
    a = analyze("")
    assert a.sentences == [] and a.summary == [] and a.text == ""


def test_offset_map_copy_and_replacement():
    b = TextBuilder("ab   cd")
    b.copy(0, 2)
    b.replace(" ", 2, 5)
    b.copy(5, 7)
    text = b.build()
    assert text == "ab cd"
    assert [b.offsets.to_original(i) for i in range(6)] == [0, 1, 2, 5, 6, 7]
    assert OffsetMap.identity(3).to_original(2) == 2
