"""Text → Document: headline detection, repeated-block removal, boilerplate marking, punctuation.

Nothing is dropped silently: every removal is recorded (with original offsets) in
`Document.removed`, and boilerplate stays in the text, only marked.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .document import Boilerplate, Document, OffsetMap, Removed, Span, TextBuilder
from .hebrew.prefixes import normalize

_MAX_TITLE_WORDS = 25
_MAX_SUBTITLE_WORDS = 60
_SENTENCE_END = re.compile(r"[.?!…][\"'״”)]*\s*$")
_NON_WORD = re.compile(r"[\W_]+")

# Spaced punctuation left by scrapers, fixed for display. Each alternative keeps group 1.
_FIXES = re.compile(
    r"""[ \t\u00a0]+([,.:;?!)\]}%])"""  # "word ," -> "word,"
    r"""|([(\[{])[ \t\u00a0]+"""  # "( x" -> "(x"
    r"""|([ \t\u00a0]{2,})"""  # runs of spaces -> one
)

_CAPTION = re.compile(r"^\(?\s*(בווידאו|בוידאו|וידאו|צילום|צילומים|קרדיט)\s*[:：]")
_RELATED = re.compile(r"^(לקריאה נוספת|כתבות נוספות|עוד בנושא|קראו עוד|קראו גם)")


@dataclass(frozen=True)
class _Line:
    start: int  # original offsets, without the line break
    end: int
    key: str  # comparison form: nikud, punctuation and spacing folded


def clean(text: str, enabled: bool = True) -> Document:
    """Build the Document for `text`; with enabled=False the text is kept exactly as given."""
    lines = _split_lines(text)
    content = [ln for ln in lines if ln.key]
    title_line, subtitle_line = _headline(text, content)
    if not enabled:
        doc = Document(original=text, text=text, offsets=OffsetMap.identity(len(text)))
        doc.title = Span(title_line.start, title_line.end) if title_line else None
        doc.subtitle = Span(subtitle_line.start, subtitle_line.end) if subtitle_line else None
        doc.paragraphs = [Span(ln.start, ln.end) for ln in content]
        return doc

    removed: list[Removed] = []
    headline_keys = {ln.key: "repeated-headline" for ln in (title_line, subtitle_line) if ln}
    seen_paragraphs: set[str] = set()
    kept: list[_Line] = []
    for ln in content:
        if ln is title_line or ln is subtitle_line:
            kept.append(ln)
            continue
        reason = headline_keys.get(ln.key)
        if reason is None and len(ln.key.split()) >= 8:
            if ln.key in seen_paragraphs:
                reason = "repeated-paragraph"
            seen_paragraphs.add(ln.key)
        if reason:
            removed.append(Removed(ln.start, ln.end, text[ln.start : ln.end], reason))
        else:
            kept.append(ln)

    builder = TextBuilder(text)
    paragraphs: list[Span] = []
    boilerplate: list[Boilerplate] = []
    title = subtitle = None
    previous_end = 0
    for i, ln in enumerate(kept):
        if i:
            builder.replace("\n", previous_end, ln.start)
        start = builder.length
        _copy_fixed(builder, ln.start, ln.end)
        span = Span(start, builder.length)
        paragraphs.append(span)
        if ln is title_line:
            title = span
        elif ln is subtitle_line:
            subtitle = span
        else:
            kind = _boilerplate_kind(text[ln.start : ln.end])
            if kind:
                boilerplate.append(Boilerplate(span.start, span.end, kind))
        previous_end = ln.end
    cleaned = builder.build()
    return Document(
        original=text,
        text=cleaned,
        offsets=builder.offsets,
        title=title,
        subtitle=subtitle,
        removed=removed,
        boilerplate=boilerplate,
        paragraphs=paragraphs,
    )


def _split_lines(text: str) -> list[_Line]:
    lines = []
    pos = 0
    for raw in text.splitlines(keepends=True):
        body = raw.rstrip("\r\n\u2028\u2029\x0b\x0c\x1c\x1d\x1e\x85")
        a, b = pos, pos + len(body)
        while a < b and text[a].isspace():
            a += 1
        while b > a and text[b - 1].isspace():
            b -= 1
        lines.append(_Line(a, b, _key(text[a:b])))
        pos += len(raw)
    return lines


def _key(s: str) -> str:
    return " ".join(_NON_WORD.sub(" ", normalize(s)).split())


def _headline(text: str, content: list[_Line]) -> tuple[_Line | None, _Line | None]:
    """The leading short line(s) that read as a title (and subtitle) rather than body."""
    if len(content) < 2:
        return None, None
    first, second = content[0], content[1]
    if len(first.key.split()) > _MAX_TITLE_WORDS or _SENTENCE_END.search(text[first.start : first.end]):
        return None, None
    has_subtitle = (
        len(content) >= 3
        and len(second.key.split()) <= _MAX_SUBTITLE_WORDS
        and not _SENTENCE_END.search(text[second.start : second.end])
    )
    return first, (second if has_subtitle else None)


def _copy_fixed(builder: TextBuilder, start: int, end: int) -> None:
    """Copy original[start:end] re-attaching spaced punctuation and collapsing space runs."""
    pos = start
    for m in _FIXES.finditer(builder.original, start, end):
        builder.copy(pos, m.start())
        if m.group(1):
            builder.copy(m.start(1), m.end(1))
        elif m.group(2):
            builder.copy(m.start(2), m.end(2))
        else:
            builder.replace(" ", m.start(), m.end())
        pos = m.end()
    builder.copy(pos, end)


def _boilerplate_kind(line: str) -> str | None:
    s = line.strip()
    if _CAPTION.match(s):
        return "caption"
    if _RELATED.match(s):
        return "related-links"
    return None
