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


# --- Office packages and web pages: valid structure, fuzzed content, then fuzzed bytes -------------
# Random bytes almost never make a ZIP, so the loaders' real paths (zipfile, inflate, expat, lxml)
# would go untested: these build well-formed packages and pages from random parts, check the words
# come through, and then damage a few bytes of them to reach every error path.

import io  # noqa: E402
import zipfile  # noqa: E402
from xml.sax.saxutils import escape  # noqa: E402

from app.core.loaders.office import ODT_MIMETYPE  # noqa: E402

XML_CHARS = st.characters(blacklist_categories=("Cs", "Cc"), blacklist_characters="\ufffe\uffff") | st.sampled_from("\t\n ")
run_text = st.one_of(hebrew, st.text(XML_CHARS, min_size=1, max_size=8))
paragraph_runs = st.lists(run_text, max_size=6)
W_NS = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
MC_NS = 'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"'
ODT_NS = ('xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
          'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"')


def _zip(files: dict[str, bytes], method: int) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", method) as z:
        for name, data in files.items():
            z.writestr(name, data)
    return buf.getvalue()


@st.composite
def docx_documents(draw):
    """(package bytes, the text it holds): paragraphs of runs, with tabs, breaks, a fallback copy
    that must not show, unknown elements and attributes."""
    xml, expected = [], []
    for runs in draw(st.lists(paragraph_runs, max_size=8)):
        parts, text = [], []
        for r in runs:
            extra = draw(st.sampled_from(["", "<w:tab/>", "<w:br/>", '<w:rPr><w:b w:val="1"/></w:rPr>', "<w:x/>"]))
            parts.append(f"<w:r>{extra}<w:t xml:space=\"preserve\">{escape(r)}</w:t></w:r>")
            text.append({"<w:tab/>": "\t", "<w:br/>": "\n"}.get(extra, "") + r)
        if draw(st.booleans()):
            parts.append(f"<mc:AlternateContent><mc:Fallback><w:p><w:r><w:t>{escape(draw(run_text))}</w:t></w:r></w:p>"
                         "</mc:Fallback></mc:AlternateContent>")
        xml.append("<w:p>" + "".join(parts) + "</w:p>")
        expected.append("".join(text))
    body = f'<?xml version="1.0" encoding="UTF-8"?><w:document {W_NS} {MC_NS}><w:body>{"".join(xml)}</w:body></w:document>'
    method = draw(st.sampled_from([zipfile.ZIP_DEFLATED, zipfile.ZIP_STORED]))
    data = _zip({"[Content_Types].xml": b"<Types/>", "word/document.xml": body.encode()}, method)
    return data, "\n".join(p for p in expected if p.strip())


@st.composite
def odt_documents(draw):
    xml, expected = [], []
    for runs in draw(st.lists(paragraph_runs, max_size=8)):
        tag = draw(st.sampled_from(["text:p", "text:h"]))
        parts, text = [], []
        for r in runs:
            kind = draw(st.sampled_from(["plain", "span", "s", "note"]))
            if kind == "span":
                parts.append(f"<text:span>{escape(r)}</text:span>")
                text.append(r)
            elif kind == "s":
                parts.append(f'<text:s text:c="3"/>{escape(r)}')
                text.append("   " + r)
            elif kind == "note":  # footnotes are not the article
                parts.append(f"<text:note><text:note-body><text:p>{escape(r)}</text:p></text:note-body></text:note>")
            else:
                parts.append(escape(r))
                text.append(r)
        xml.append(f"<{tag}>{''.join(parts)}</{tag}>")
        expected.append("".join(text))
    body = f'<?xml version="1.0"?><office:document-content {ODT_NS}><office:body><office:text>{"".join(xml)}</office:text></office:body></office:document-content>'
    data = _zip({"mimetype": ODT_MIMETYPE, "content.xml": body.encode()}, zipfile.ZIP_DEFLATED)
    return data, "\n".join(p for p in expected if p.strip())


def _damage(data: bytes, flips: list[tuple[int, int]]) -> bytes:
    out = bytearray(data)
    for at, value in flips:
        out[at % len(out)] = value
    return bytes(out)


byte_flips = st.lists(st.tuples(st.integers(0, 10**6), st.integers(0, 255)), min_size=1, max_size=6)


def _load_or_refuse(data: bytes, name: str | None, **kwargs):
    from app.core.load import LoadError, load_bytes

    try:
        loaded = load_bytes(data, name=name, **kwargs)
    except LoadError as exc:
        assert str(exc) and "\n" not in str(exc)
        return None
    loaded.text.encode("utf-8")
    return loaded


@FUZZ
@given(docx_documents() | odt_documents(), st.sampled_from(["a.docx", "a.odt", None, "a.txt"]))
def test_office_packages_give_their_words(document, name):
    data, expected = document
    loaded = _load_or_refuse(data, name, visual="no")
    assert loaded is not None and loaded.text == (expected if expected.strip() else "")


@FUZZ
@given(docx_documents() | odt_documents(), byte_flips, names)
def test_damaged_office_packages_load_or_are_refused_with_a_message(document, flips, name):
    loaded = _load_or_refuse(_damage(document[0], flips), name)
    if loaded is not None:
        check_analysis(loaded.text, Options())


CHARSETS = ["utf-8", "windows-1255", "iso-8859-8", "utf-16", "idna", "undefined", "unicode_escape",
            "punycode", "x-user-defined", "utf-7", "no-such"]
HTML_TAGS = ["p", "div", "article", "main", "nav", "h1", "span", "pre", "script", "style", "noembed",
             "noframes", "noscript", "template", "table", "td", "li", "blockquote"]
VOID_TAGS = ["embed", "img", "br", "wbr", "source", "input", "hr", "track"]
ATTRIBUTES = ["", " hidden", ' style="display:none"', ' aria-hidden="true"', ' src="x"', ' class="a"']


@st.composite
def html_pages(draw):
    """A page of nested random elements (skipped, void, hidden or not) with Hebrew words between."""
    parts = []
    for _ in range(draw(st.integers(0, 30))):
        kind = draw(st.sampled_from(["open", "close", "void", "text", "text"]))
        tag = draw(st.sampled_from(HTML_TAGS))
        if kind == "open":
            parts.append(f"<{tag}{draw(st.sampled_from(ATTRIBUTES))}>")
        elif kind == "close":
            parts.append(f"</{tag}>")
        elif kind == "void":
            parts.append(f"<{draw(st.sampled_from(VOID_TAGS))}{draw(st.sampled_from(ATTRIBUTES))}>")
        else:
            parts.append(" ".join(draw(st.lists(hebrew, min_size=1, max_size=8))))
    charset = draw(st.sampled_from(CHARSETS))
    page = f'<!DOCTYPE html><html><head><meta charset="{charset}"><title>t</title></head><body>{"".join(parts)}</body></html>'
    encoding = draw(st.sampled_from(["utf-8", "cp1255", "utf-16"]))
    return page.encode(encoding, errors="replace")


@FUZZ
@given(html_pages(), st.sampled_from(["a.html", None]), st.none() | byte_flips)
def test_web_pages_load_or_are_refused_with_a_message(page, name, flips):
    loaded = _load_or_refuse(page if flips is None else _damage(page, flips), name)
    if loaded is not None:
        assert "<" not in loaded.text or flips is not None  # markup never reaches the reader
        check_analysis(loaded.text, Options())
