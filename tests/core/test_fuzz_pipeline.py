"""For any text at all, the whole pipeline returns a consistent Analysis.

The suite runs a moderate number of examples; `python tools/fuzz_pipeline.py` runs the same
properties with 10,000+ (figures in docs/quality.md, "Input robustness").
"""

import math
import os

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from app.core.analyze import Options, analyze
from app.core.summarize import ALGORITHMS

EXAMPLES = int(os.environ.get("TAMTZIT_FUZZ_EXAMPLES", "40"))
FUZZ = settings(
    max_examples=EXAMPLES,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)

HEBREW_WORDS = (
    "נתניהו פוטין ראש הממשלה נשיא רוסיה במוסקבה הודיע היום כי ייפגש עם של את על לא ב-21 "
    "בפברואר 100 שנים צה\"ל ח\"כ שָׁלוֹם ׳ ״ - – — . , : ; ? ! … ( ) \" ' ₪ % $ Putin Kremlin "
    "לקריאה נוספת בווידאו : צילום כתבות נוספות ם ן ך"
).split()
ODD = ["\u202e", "\u202c", "\u2066", "\u2069", "\u200f", "\u200e", "\ufeff", "\u00a0", "\t", "\x0b",
       "\x0c", "\x85", "\u2028", "\u2029", "\r", "\r\n", "\x00", "\ufffd", "🙂", "\u05c1", "  "]

hebrew = st.sampled_from(HEBREW_WORDS)
word = st.one_of(hebrew, hebrew, hebrew, hebrew, st.sampled_from(ODD), st.text(min_size=1, max_size=6))
line = st.lists(word, min_size=1, max_size=30).map(" ".join)
article = st.lists(line | st.just(""), min_size=1, max_size=25).flatmap(
    # repeat some lines verbatim, as scraped pages do, to exercise repeated-block removal
    lambda lines: st.lists(st.sampled_from(lines or [""]), max_size=len(lines) + 5).map(
        lambda extra: "\n".join(lines + extra)
    )
)
texts = st.one_of(st.text(), article)
options = st.builds(
    Options,
    clean=st.booleans(),
    algorithm=st.sampled_from(sorted(ALGORITHMS)),
    sentences=st.none() | st.integers(0, 8),
    ratio=st.none() | st.floats(0.01, 1.0),
)


def check_analysis(text: str, opts: Options) -> None:
    """Every offset and index an Analysis hands out is valid and points where it says."""
    a = analyze(text, opts)
    doc = a.document
    clean, n = doc.text, len(doc.text)
    assert doc.original == text
    if not opts.clean:
        assert clean == text and not doc.removed

    previous = 0
    for s in a.sentences:
        assert previous <= s.start < s.end <= n
        assert s.role in ("title", "subtitle", "body", "boilerplate")
        o_start, o_end = doc.offsets.span_to_original(s.start, s.end)
        assert 0 <= o_start <= o_end <= len(text)
        previous = s.end
    indices = [item.sentence for item in a.summary]
    assert indices == sorted(set(indices))
    assert all(0 <= i < len(a.sentences) for i in indices)
    assert all(math.isfinite(item.score) for item in a.summary)
    if opts.sentences is not None:
        assert len(indices) <= opts.sentences
    for e in a.entities:
        assert 0 <= e.start < e.end <= n and clean[e.start : e.end] == e.text
    for group in a.groups:
        assert all(0 <= m < len(a.entities) for m in group.mentions)
    for span in [doc.title, doc.subtitle, *doc.paragraphs, *doc.boilerplate]:
        if span is not None:
            assert 0 <= span.start <= span.end <= n
    for r in doc.removed:
        assert 0 <= r.start <= r.end <= len(text) and text[r.start : r.end] == r.text

    # The cleaned text maps back: each kept character sits where the map says in the original
    # (inserted separators are white space), and the map never runs backwards.
    last = 0
    for i, c in enumerate(clean):
        o = doc.offsets.to_original(i)
        assert last <= o < len(text)
        if not c.isspace():
            assert text[o] == c
        last = o


@FUZZ
@given(texts, options)
@example("של את על עם. כי גם לא כל.", Options())  # only stop words: LexRank scored NaN, --json broke
def test_any_text_gives_a_consistent_analysis(text, opts):
    check_analysis(text, opts)


markup = st.lists(
    st.sampled_from(["<p>", "</p>", "<article>", "</article>", "<nav>", "<script>", "</script>", "<h1>",
                     "<pre>", "</pre>", "<br>", "&amp;", "&#x202e;", "# ", "**", "*", "_", "`", "```\n",
                     "[a](", ")", "> ", "- ", "|", "\n", "\n\n"]) | word,
    max_size=40,
).map("".join)
names = st.sampled_from([None, "a.txt", "a.md", "a.html", "a.docx", "a.odt", "a"])


@FUZZ
@given(st.binary(max_size=2000) | markup.map(str.encode), names, st.sampled_from(["auto", "yes", "no"]))
def test_any_bytes_load_or_are_refused_with_a_message(data, name, visual):
    from app.core.load import LoadError, load_bytes

    try:
        loaded = load_bytes(data, name=name, visual=visual)
    except LoadError as exc:
        assert str(exc)
        return
    loaded.text.encode("utf-8")  # no lone surrogates, ever
    check_analysis(loaded.text, Options())
