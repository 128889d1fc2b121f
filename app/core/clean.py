"""Text → Document: paragraphs, headline, repeated blocks out, boilerplate marked, punctuation tidied.

Nothing is dropped silently: every removal is recorded (original offsets, exact text, reason) in
`Document.removed`, and boilerplate stays in the text, only marked. First the structure is decided
(which trimmed stretch of the input makes which paragraph, with what role); then one TextBuilder
emits each paragraph normalised for display (cleaning/punctuation.py), so every cleaned position
maps back into the input through one OffsetMap.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .cleaning.boilerplate import Marked, find_boilerplate
from .cleaning.doubled import later_copies
from .cleaning.fold import fold
from .cleaning.headline import detect_headline
from .cleaning.paragraphs import Paragraph, paragraphs
from .cleaning.punctuation import normalise_block
from .cleaning.repeats import HeadlineKey, headline_copies, headline_key
from .document import Boilerplate, Document, OffsetMap, Removed, Span, TextBuilder

MIN_REPEATED_PARAGRAPH_WORDS = 8
_WORD = re.compile(r"[^\W_]")


@dataclass
class _Block:
    """A paragraph of the cleaned text, as the trimmed original stretch it is made from."""

    start: int
    end: int
    role: str = "body"  # "title" | "subtitle" | "body" | "boilerplate"
    kind: str = ""  # boilerplate kind
    inline: list[Marked] = field(default_factory=list)


def clean(text: str, enabled: bool = True) -> Document:
    """Build the Document for `text`; with enabled=False the text is kept exactly as given."""
    if not enabled:
        return _uncleaned(text)
    paras = paragraphs(text)
    title_i, subtitle_i = detect_headline(text, paras, _leading_debris(text, paras))
    keys = [headline_key(text, paras[i].start, paras[i].end) for i in (title_i, subtitle_i) if i is not None]
    if subtitle_i is not None and headline_copies(text, paras[subtitle_i].start, paras[subtitle_i].end, keys[:1]):
        # the first body paragraph with the title glued on its end is not a subtitle
        subtitle_i, keys = None, keys[:1]
    kept, removed = _kept(text, paras, title_i, subtitle_i, keys)
    if subtitle_i is not None and all(isinstance(k, _Block) for k in kept):
        # the only body paragraph printed again is the article itself, not a repeated subtitle: a
        # "subtitle" whose copies leave no body would leave the reader with no text to summarise
        kept, removed = _kept(text, paras, title_i, None, keys[:1])
    blocks: list[_Block] = []
    for a, b in _without_later_copies(text, kept, removed):
        blocks.extend(_split_boilerplate(text, a, b))
    blocks[:0] = [k for k in kept if isinstance(k, _Block)]
    blocks.sort(key=lambda block: block.start)
    removed.sort(key=lambda r: r.start)
    return _build(text, blocks, removed)


def _kept(
    text: str, paras: list[Paragraph], title_i: int | None, subtitle_i: int | None, keys: list[HeadlineKey]
) -> tuple[list[_Block | tuple[int, int]], list[Removed]]:
    """The headline's blocks and the body's stretches, less headline copies and paragraphs printed
    again, and what was removed."""
    removed: list[Removed] = []
    kept: list[_Block | tuple[int, int]] = []
    seen: set[str] = set()
    for i, p in enumerate(paras):
        if i == title_i or i == subtitle_i:
            kept.append(_Block(p.start, p.end, "title" if i == title_i else "subtitle"))
            continue
        ranges, key = _without_headline_copies(text, p, keys, removed)
        if key.count(" ") + 1 >= MIN_REPEATED_PARAGRAPH_WORDS:
            if key in seen:
                removed.extend(Removed(a, b, text[a:b], "repeated-paragraph") for a, b in ranges)
                continue
            seen.add(key)
        kept.extend(ranges)
    return kept, removed


def _without_later_copies(
    text: str, kept: list[_Block | tuple[int, int]], removed: list[Removed]
) -> list[tuple[int, int]]:
    """The body stretches less a scraper's second copy of a run of sentences (cleaning/doubled.py),
    each copy recorded in `removed`."""
    pieces = [k for k in kept if not isinstance(k, _Block)]
    copies = later_copies(text, pieces)
    if not copies:
        return pieces
    removed.extend(Removed(a, b, text[a:b], "repeated-passage") for a, b in copies)
    out: list[tuple[int, int]] = []
    k = 0
    for a, b in pieces:
        pos = a
        while k < len(copies) and copies[k][0] < b:
            piece = _trim(text, pos, copies[k][0])
            if piece:
                out.append(piece)
            pos = copies[k][1]
            k += 1
        piece = _trim(text, pos, b)
        if piece:
            out.append(piece)
    return out


def _uncleaned(text: str) -> Document:
    paras = paragraphs(text, unwrap=False)
    title_i, subtitle_i = detect_headline(text, paras, _leading_debris(text, paras))
    doc = Document(original=text, text=text, offsets=OffsetMap.identity(len(text)))
    doc.title = Span(paras[title_i].start, paras[title_i].end) if title_i is not None else None
    doc.subtitle = Span(paras[subtitle_i].start, paras[subtitle_i].end) if subtitle_i is not None else None
    doc.paragraphs = [Span(p.start, p.end) for p in paras]
    return doc


def _leading_debris(text: str, paras: list[Paragraph]) -> int:
    """How many paragraphs at the top are wholly page debris (a credit, the site's buttons)."""
    n = 0
    while n < len(paras) and any(
        (m.start, m.end) == (paras[n].start, paras[n].end) for m in find_boilerplate(text, paras[n].start, paras[n].end)
    ):
        n += 1
    return n


def _without_headline_copies(
    text: str, p: Paragraph, keys: list[HeadlineKey], removed: list[Removed]
) -> tuple[list[tuple[int, int]], str]:
    """The stretches of p left after cutting headline copies (recorded in `removed`), and their key."""
    key = fold(text, p.start, p.end)
    if not any(k.key in key for k in keys):
        return [(p.start, p.end)], key
    cuts = headline_copies(text, p.start, p.end, keys, key)
    if not cuts:
        return [(p.start, p.end)], key
    ranges: list[tuple[int, int]] = []
    spans = [list(c) for c in cuts]
    pos = p.start
    for i, (a, b) in enumerate([*cuts, (p.end, p.end)]):
        piece = _trim(text, pos, a)
        if piece and _WORD.search(text, *piece):
            ranges.append(piece)
        elif piece:  # stray punctuation between copies goes with them, on the record
            if i == 0:
                spans[0][0] = piece[0]
            else:
                spans[i - 1][1] = piece[1]
        pos = b
    if not ranges:
        removed.append(Removed(p.start, p.end, text[p.start : p.end], "repeated-headline"))
        return [], ""
    removed.extend(Removed(a, b, text[a:b], "repeated-headline") for a, b in spans)
    return ranges, " ".join(fold(text, a, b) for a, b in ranges)


def _split_boilerplate(text: str, start: int, end: int) -> list[_Block]:
    """Body and boilerplate blocks of text[start:end]; debris at either edge becomes its own block."""
    blocks: list[_Block] = []
    body = _Block(start, end)
    for m in find_boilerplate(text, start, end):
        lead = _trim(text, body.start, m.start)
        tail = _trim(text, m.end, end)
        if lead and tail:
            body.inline.append(m)
            continue
        if lead:
            blocks.append(_Block(lead[0], lead[1], inline=body.inline))
        blocks.append(_Block(m.start, m.end, "boilerplate", m.kind))
        body = _Block(*(tail or (end, end)))
    if body.end > body.start:
        blocks.append(body)
    return blocks


def _trim(text: str, a: int, b: int) -> tuple[int, int] | None:
    while a < b and text[a].isspace():
        a += 1
    while b > a and text[b - 1].isspace():
        b -= 1
    return (a, b) if b > a else None


def _build(text: str, blocks: list[_Block], removed: list[Removed]) -> Document:
    builder = TextBuilder(text)
    spans: list[tuple[int, int]] = []
    previous_end = 0
    for i, block in enumerate(blocks):
        if i:
            builder.replace("\n", previous_end, block.start)
        begin = builder.length
        normalise_block(builder, text, block.start, block.end)
        spans.append((begin, builder.length))
        previous_end = block.end
    doc = Document(original=text, text=builder.build(), offsets=builder.offsets, removed=removed)
    for block, (a, b) in zip(blocks, spans):
        span = Span(a, b)
        doc.paragraphs.append(span)
        if block.role == "title":
            doc.title = span
        elif block.role == "subtitle":
            doc.subtitle = span
        elif block.role == "boilerplate":
            doc.boilerplate.append(Boilerplate(a, b, block.kind))
        for m in block.inline:
            inline = doc.offsets.from_original(m.start), doc.offsets.from_original(m.end)
            doc.boilerplate.append(Boilerplate(*inline, m.kind))
    doc.boilerplate.sort(key=lambda b: b.start)
    return doc
