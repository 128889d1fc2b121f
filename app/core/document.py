"""The one object every stage reads and extends.

All positions are Python string offsets (code points). `Document.text` is the cleaned text; anything
that needs to point back into what the user loaded goes through `Document.offsets`, so the UI can
highlight, the CLI can report and removed blocks can be shown again.
"""

from __future__ import annotations

import io
from array import array
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field


@dataclass(frozen=True)
class Span:
    start: int
    end: int


@dataclass(frozen=True)
class Removed:
    """A block the cleaner took out of the text; offsets are in the original input."""

    start: int
    end: int
    text: str
    reason: str  # e.g. "repeated-headline", "repeated-paragraph"


@dataclass(frozen=True)
class Boilerplate:
    """Page debris kept in the text but excluded from summaries and entity counts (cleaned offsets)."""

    start: int
    end: int
    kind: str  # "caption", "related-links", "credit" or "chrome" (buttons, follow-us, dateline)


@dataclass(frozen=True)
class Sentence:
    start: int
    end: int
    paragraph: int = 0
    role: str = "body"  # "title" | "subtitle" | "body" | "boilerplate"


@dataclass(frozen=True)
class Passage:
    """A paragraph of the cleaned text as a reader shows it: its role and the way it runs."""

    start: int
    end: int
    role: str = "body"  # "title" | "subtitle" | "body" | "boilerplate"
    direction: str = "rtl"  # "rtl" | "ltr" (core.direction)


@dataclass(frozen=True)
class Entity:
    start: int
    end: int
    label: str
    text: str
    # how sure the model is, 0..1 (the CRF's marginal probability; 1.0 for dates, times and sums
    # found by rule), so a view may draw an uncertain name fainter
    confidence: float = 1.0


@dataclass(frozen=True)
class EntityGroup:
    """Mentions of one thing in a document ("נתניהו", "לנתניהו", "בנימין נתניהו")."""

    name: str
    label: str
    mentions: tuple[int, ...]  # indices into Analysis.entities

    @property
    def count(self) -> int:
        return len(self.mentions)


@dataclass(frozen=True)
class SummaryItem:
    sentence: int  # index into Analysis.sentences
    score: float
    last: int | None = None  # a unit of several sentences (a question and its answer) ends here


class OffsetMap:
    """Piecewise map from cleaned-text offsets to original-input offsets.

    The cleaner builds the text from copied runs of the input and from short replacements
    (a collapsed space, a re-attached comma). A copied run maps one-to-one; every position inside a
    replacement maps to the start of the original stretch it replaced. Lookups are O(log n) so a
    10 MB text costs a few anchors per edit instead of an integer per character; the anchors are
    machine integers (17 bytes an edit, where lists of Python ints took about 80: a text of
    millions of short lines makes millions of edits).
    """

    __slots__ = ("_clean", "_orig", "_copied", "clean_length", "original_length")

    def __init__(self) -> None:
        self._clean = array("q")
        self._orig = array("q")
        self._copied = bytearray()
        self.clean_length = 0
        self.original_length = 0

    @classmethod
    def identity(cls, length: int) -> "OffsetMap":
        m = cls()
        m.add_copy(0, length)
        return m

    def add_copy(self, orig_start: int, orig_end: int) -> None:
        if orig_end <= orig_start:
            return
        if self._copied and self._copied[-1] and self._orig[-1] + self.clean_length - self._clean[-1] == orig_start:
            self.clean_length += orig_end - orig_start  # continues the previous run
            self.original_length = max(self.original_length, orig_end)
            return
        self._clean.append(self.clean_length)
        self._orig.append(orig_start)
        self._copied.append(True)
        self.clean_length += orig_end - orig_start
        self.original_length = max(self.original_length, orig_end)

    def add_replacement(self, length: int, orig_start: int, orig_end: int) -> None:
        if length <= 0:
            return
        self._clean.append(self.clean_length)
        self._orig.append(orig_start)
        self._copied.append(False)
        self.clean_length += length
        self.original_length = max(self.original_length, orig_end)

    def to_original(self, i: int) -> int:
        """Original offset of cleaned offset `i` (0 <= i <= clean_length)."""
        if i >= self.clean_length:
            return self.original_length
        if not self._clean:
            return 0
        i = max(i, 0)
        k = bisect_right(self._clean, i) - 1
        if self._copied[k]:
            return self._orig[k] + (i - self._clean[k])
        return self._orig[k]

    def from_original(self, o: int) -> int:
        """How many cleaned characters come from before original offset `o`.

        For a span [a, b) of the original, [from_original(a), from_original(b)) is the cleaned text
        made from it. Requires the map to be built in original order (TextBuilder does).
        """
        k = bisect_left(self._orig, o) - 1
        if k < 0:
            return 0
        length = self._run_length(k)
        if self._copied[k]:
            return self._clean[k] + min(length, o - self._orig[k])
        return self._clean[k] + length

    def _run_length(self, k: int) -> int:
        nxt = self._clean[k + 1] if k + 1 < len(self._clean) else self.clean_length
        return nxt - self._clean[k]

    def span_to_original(self, start: int, end: int) -> tuple[int, int]:
        if end <= start:
            o = self.to_original(start)
            return o, o
        return self.to_original(start), self.to_original(end - 1) + 1


class TextBuilder:
    """Builds cleaned text and its OffsetMap together, so they cannot drift apart."""

    def __init__(self, original: str) -> None:
        self.original = original
        self._out = io.StringIO()  # written as it goes: no object kept per piece
        self.offsets = OffsetMap()

    def copy(self, start: int, end: int) -> None:
        if end > start:
            self._out.write(self.original[start:end])
            self.offsets.add_copy(start, end)

    def replace(self, text: str, start: int, end: int) -> None:
        """Emit `text` in place of original[start:end] (either may be empty)."""
        if text:
            self._out.write(text)
            self.offsets.add_replacement(len(text), start, end)

    @property
    def length(self) -> int:
        return self.offsets.clean_length

    def build(self) -> str:
        self.offsets.original_length = len(self.original)
        return self._out.getvalue()


@dataclass
class Document:
    """A loaded, cleaned text. `text` is what the reader shows; `original` is what was loaded."""

    original: str
    text: str
    offsets: OffsetMap
    title: Span | None = None
    subtitle: Span | None = None
    removed: list[Removed] = field(default_factory=list)
    boilerplate: list[Boilerplate] = field(default_factory=list)
    paragraphs: list[Span] = field(default_factory=list)

    def slice(self, span: Span | Sentence | Entity) -> str:
        return self.text[span.start : span.end]


@dataclass
class Analysis:
    document: Document
    sentences: list[Sentence] = field(default_factory=list)
    summary: list[SummaryItem] = field(default_factory=list)
    entities: list[Entity] = field(default_factory=list)
    groups: list[EntityGroup] = field(default_factory=list)
    language: str = "he"  # "he"; "en" (mostly Latin letters: only Latin-script names are looked for); "und"
    direction: str = "rtl"
    algorithm: str = ""  # the summary method's registry key, set with the summary
    # every paragraph with its role and direction, in order, so no view derives them again
    passages: list[Passage] = field(default_factory=list)
    words: int = 0  # word tokens in the cleaned text, for the reading time
    # why names are not marked although asked for (the model files are missing or damaged); "" if they are
    entities_unavailable: str = ""
    # why Hebrew prefixes are not separated (the lexicon files are missing or damaged); "" if they are
    lexicon_unavailable: str = ""
    # importance of every sentence in [0, 1] for the last summary (0: not a candidate), for shading
    scores: list[float] = field(default_factory=list)
    # term statistics and ratings of this document, reused when only the algorithm or length changes
    summary_cache: dict = field(default_factory=dict, repr=False, compare=False)

    @property
    def text(self) -> str:
        return self.document.text

    @property
    def title(self) -> str:
        t = self.document.title
        return self.document.text[t.start : t.end] if t else ""

    @property
    def subtitle(self) -> str:
        t = self.document.subtitle
        return self.document.text[t.start : t.end] if t else ""

    def sentence_text(self, index: int) -> str:
        s = self.sentences[index]
        return self.document.text[s.start : s.end]

    def summary_span(self, item: SummaryItem) -> tuple[int, int]:
        """Where a summary item is in the text: its sentence, or the sentences of its unit."""
        last = self.sentences[item.sentence if item.last is None else item.last]
        return self.sentences[item.sentence].start, last.end

    def summary_texts(self) -> list[str]:
        """Each item's text; an item whose question ends the paragraph before its answer reads as
        one line (its paragraph break a space), as a copied or exported item is one line."""
        spans = (self.summary_span(item) for item in self.summary)
        return [_one_line(self.document.text[a:b]) for a, b in spans]


def _one_line(text: str) -> str:
    """The text with each line break (and the white space around it) one space."""
    lines = text.splitlines()
    return text if len(lines) < 2 else " ".join(line.strip() for line in lines if line.strip())
