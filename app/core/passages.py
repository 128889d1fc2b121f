"""The paragraphs of a cleaned document as a reader sees them: each one's role and direction, and
the words of the whole — decided here once, for the summarizer, the window and the exports alike."""

from __future__ import annotations

from .direction import text_direction
from .document import Document, Passage, Span
from .hebrew.words import words


def paragraph_spans(document: Document) -> list[Span]:
    """The cleaned paragraphs; a document without any (an uncleaned empty text) is one paragraph."""
    return document.paragraphs or [Span(0, len(document.text))]


def paragraph_roles(document: Document) -> list[str]:
    """Role of every paragraph: title, subtitle, boilerplate (page debris filling the paragraph)
    or body. The cleaner decided them; this reads them back from the Document's spans."""
    roles: list[tuple[Span, str]] = []
    if document.title:
        roles.append((document.title, "title"))
    if document.subtitle:
        roles.append((document.subtitle, "subtitle"))
    roles.extend((Span(b.start, b.end), "boilerplate") for b in document.boilerplate)
    return [
        next((r for span, r in roles if span.start <= p.start and p.end <= span.end), "body")
        for p in paragraph_spans(document)
    ]


def passages(document: Document, direction: str) -> list[Passage]:
    """Every non-empty paragraph with its role and direction; a paragraph with no letters runs
    the document's way (`direction`)."""
    text = document.text
    return [
        Passage(p.start, p.end, role, text_direction(text[p.start : p.end], neutral=direction))
        for p, role in zip(paragraph_spans(document), paragraph_roles(document))
        if text
    ]


def word_count(document: Document) -> int:
    """Word tokens of the cleaned text, counted paragraph by paragraph: one regex call over 1 MB
    would hold the GIL for ~40 ms, and this runs on a worker beside the window."""
    text = document.text
    return sum(len(words(text[p.start : p.end])) for p in paragraph_spans(document))
