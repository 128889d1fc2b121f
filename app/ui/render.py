"""Analysis → QTextDocument: typeset paragraphs with their marks, built off the UI thread.

The article is inserted as plain text runs with character formats (QTextCursor.insertText), so no
byte of the file is ever parsed as markup, and every paragraph's position in the Qt document is
recorded, which is what lets the window scroll to and highlight any offset of the analysis.
"""

from __future__ import annotations

import time
from bisect import bisect_right
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QTextBlockFormat, QTextCharFormat, QTextCursor, QTextDocument, QTextFormat

from ..core.direction import text_direction
from ..core.document import Analysis, Removed
from ..core.safe_text import isolate
from ..settings import LINE_SPACING, MEASURE
from .layers import Marks
from .plain import tooltip
from .theme import Colors

MAX_LINE_CHARS = MEASURE  # the default measure (the reader may choose another: typography.py)
BODY_LINE_HEIGHT = LINE_SPACING  # percent, the default (likewise)
SIDE_MARGIN = 28  # the least room between the text and the view's edges, however narrow the window
MAX_BLOCK_CHARS = 5_000  # characters in one Qt block (about a screenful): see block_cuts
PREVIEW_CHARS = 8_000  # raw text shown at once while the analysis runs: a screen or two
_SIZE = {"title": 2, "subtitle": 1, "boilerplate": -1, "body": 0, "removed": -1}


@dataclass(frozen=True)
class View:
    """How to show an analysis: what the user toggled, and the theme and words of the moment."""

    colors: Colors
    font: QFont
    hidden_labels: frozenset[str] = frozenset()
    show_removed: bool = False
    label_names: Mapping[str, str] = field(default_factory=dict)
    removed_captions: Mapping[str, str] = field(default_factory=dict)  # cleaning reason -> caption; else the reason
    width: int = 0  # the reader's viewport: the document is laid out for it on the worker
    line_height: int = BODY_LINE_HEIGHT  # of body text, the reader's choice (typography.py)
    measure: int = MAX_LINE_CHARS  # characters to a line, the reader's choice


@dataclass
class Rendered:
    document: QTextDocument
    starts: list[int]  # analysis offsets where rendered paragraphs begin …
    positions: list[int]  # … and where those paragraphs begin in `document`
    lengths: list[int]
    removed: list[int] = field(default_factory=list)  # where each removed block shown back begins

    def position(self, offset: int) -> int:
        """Qt document position of analysis offset `offset` (clamped into its paragraph)."""
        k = bisect_right(self.starts, offset) - 1
        if k < 0:
            return 0
        return self.positions[k] + max(0, min(offset - self.starts[k], self.lengths[k]))


def render(analysis: Analysis, view: View, cancel=None) -> Rendered:
    doc, cursor = _new_document(view)
    marks = Marks(analysis, view.hidden_labels)
    text = analysis.text
    ranks = _summary_strength(analysis)
    removed = _removed_before(analysis) if view.show_removed else {}
    out = Rendered(doc, [], [], [])
    first = True
    breather = _Breather()
    sentence_starts = [s.start for s in analysis.sentences]
    for n, p in enumerate(analysis.passages):
        kind = p.role
        breather()
        if cancel is not None and n % 256 == 0 and cancel.is_set():
            from ..core.analyze import Cancelled

            raise Cancelled()
        for r in removed.get(n, ()):
            _removed_block(cursor, r, first, view, analysis, out)
            first = False
        _block(cursor, None, kind, first, view, p.direction)
        first = False
        cuts = block_cuts(text, p.start, p.end, sentence_starts)
        _map(out, cursor, cuts[0], cuts[1])
        at = 1  # cuts[at] is where the next Qt block begins
        base = _char(kind, view)
        for run in marks.runs(p):
            fmt = base
            if run.summary is not None or run.entity is not None:
                fmt = QTextCharFormat(base)
                if run.summary is not None and kind == "body":
                    fmt.setBackground(QColor(view.colors.summary_strong if ranks[run.summary] else view.colors.summary))
                if run.entity is not None:
                    _entity_format(fmt, analysis.entities[run.entity].label, view)
            a = run.start
            while at < len(cuts) - 1 and cuts[at] < run.end:
                cursor.insertText(text[a : cuts[at]], fmt)
                a = cuts[at]
                joined = cursor.blockFormat()  # the paragraph goes on: no paragraph gap at the cut
                joined.setBottomMargin(0)
                cursor.setBlockFormat(joined)
                _block(cursor, None, kind, False, view, p.direction)
                _map(out, cursor, a, cuts[at + 1])
                at += 1
            cursor.insertText(text[a : run.end], fmt)
    for r in removed.get(-1, ()):  # after the last paragraph: a scraper's second copy of the body
        _removed_block(cursor, r, first, view, analysis, out)
        first = False
    return _handover(out)


def _removed_block(cursor: QTextCursor, r: Removed, first: bool, view: View, analysis: Analysis, out: Rendered) -> None:
    """A removed block shown back, with why it was removed (the block at the end had no caption)."""
    _block(cursor, None, "removed", first, view, text_direction(r.text, analysis.direction))
    out.removed.append(cursor.position())
    cursor.insertText(r.text, _char("removed", view))
    # isolated: an English caption in a Hebrew block kept its words but lost its brackets' sides
    caption = isolate(f"[{view.removed_captions.get(r.reason, r.reason)}]", always=True)
    cursor.insertText(f"  {caption}", _char("removed", view, small=True))


def block_cuts(text: str, start: int, end: int, sentence_starts: Sequence[int] = ()) -> list[int]:
    """Where the Qt blocks of paragraph [start, end) begin, and `end`: one block, unless the paragraph
    is longer than MAX_BLOCK_CHARS. Qt lays out a run without break opportunities in time that grows
    with its square (200,000 dots: 1.3 s, 400,000: 5.8 s), so a 3 MB line of dots kept the window
    busy for minutes. Qt also lays a block out again after each insertion, so a 1 MB one-line
    article with 13,000 marked names took 242 s to render as one block, 7.9 s as blocks of 20,000
    characters and 2.4 s as blocks of 5,000. A long paragraph is shown as blocks of at most
    MAX_BLOCK_CHARS, cut where a sentence starts in the second half of the limit (`sentence_starts`,
    sorted: many news articles arrive as one long line, and a new line between two sentences reads as
    the text going on), else after a space near the limit."""
    cuts = [start]
    while end - cuts[-1] > MAX_BLOCK_CHARS:
        limit = cuts[-1] + MAX_BLOCK_CHARS
        k = bisect_right(sentence_starts, limit) - 1
        if k >= 0 and sentence_starts[k] > limit - MAX_BLOCK_CHARS // 2:
            cuts.append(sentence_starts[k])
            continue
        space = text.rfind(" ", limit - MAX_BLOCK_CHARS // 10, limit)
        cuts.append(space + 1 if space >= 0 else limit)
    return [*cuts, end]


def _map(out: Rendered, cursor: QTextCursor, start: int, end: int) -> None:
    """Record that analysis offsets [start, end) begin at the cursor's position in the document."""
    out.starts.append(start)
    out.positions.append(cursor.position())
    out.lengths.append(end - start)


class _Breather:
    """Let the UI thread in every few milliseconds.

    Each Qt call releases and retakes the GIL; the UI thread, woken but slower to grab it, never
    sees a "forced switch" and starves: typesetting 1 MB froze the window ~90 ms although no single
    call is long. A real sleep of a fraction of a millisecond hands the GIL over.
    """

    def __init__(self, every: float = 0.004) -> None:
        self.every, self.last = every, time.perf_counter()

    def __call__(self) -> None:
        now = time.perf_counter()
        if now - self.last >= self.every:
            time.sleep(0.0002)
            self.last = time.perf_counter()


def render_preview(text: str, view: View) -> Rendered:
    """The raw text, paragraph by paragraph, while the analysis runs: readable at once."""
    doc, cursor = _new_document(view)
    out = Rendered(doc, [], [], [])
    pos, first = 0, True
    shown = text[:PREVIEW_CHARS]
    overall = text_direction(shown)
    for line in shown.splitlines(keepends=True):
        body = line.rstrip("\r\n")
        if body.strip():
            _block(cursor, None, "body", first, view, text_direction(body, overall))
            first = False
            out.starts.append(pos)
            out.positions.append(cursor.position())
            out.lengths.append(len(body))
            cursor.insertText(body, _char("body", view))
        pos += len(line)
    if len(text) > len(shown):
        _block(cursor, "…", "removed", first, view, overall)
    return out


def set_measure(doc: QTextDocument, width: int, chars: int = MAX_LINE_CHARS) -> bool:
    """Side margins that keep lines near `chars` characters, and never under SIDE_MARGIN
    (they replace the document margin on the sides); True when they changed."""
    measure = QFontMetricsF(doc.defaultFont()).averageCharWidth() * chars
    margin = int(max(SIDE_MARGIN, (width - measure) / 2))
    root = doc.rootFrame()
    fmt = root.frameFormat()
    if fmt.leftMargin() == margin and fmt.rightMargin() == margin:
        return False
    fmt.setLeftMargin(margin)
    fmt.setRightMargin(margin)
    root.setFrameFormat(fmt)
    return True


def _new_document(view: View) -> tuple[QTextDocument, QTextCursor]:
    """Font, margins and measure are set while the document is empty: changed later, each would
    re-process the whole text in one long Qt call (holding the GIL, so freezing the window too)."""
    doc = QTextDocument()
    doc.setUndoRedoEnabled(False)
    doc.setDefaultFont(view.font)
    doc.setDocumentMargin(SIDE_MARGIN)
    if view.width > 0:
        set_measure(doc, view.width, view.measure)
    return doc, QTextCursor(doc)


def _handover(out: Rendered) -> Rendered:
    """A document built on a worker thread must belong to the UI thread before the UI touches it."""
    app = QCoreApplication.instance()
    if app is not None and out.document.thread() is not app.thread():
        out.document.moveToThread(app.thread())
    return out


def _block(cursor: QTextCursor, text: str | None, kind: str, first: bool, view: View, direction: str) -> None:
    fmt = QTextBlockFormat()
    fmt.setLayoutDirection(Qt.RightToLeft if direction == "rtl" else Qt.LeftToRight)
    fmt.setAlignment(Qt.AlignLeft)  # leading edge: right in a right-to-left paragraph
    fmt.setLineHeight(view.line_height if kind in ("body", "boilerplate") else 115, QTextBlockFormat.LineHeightTypes.ProportionalHeight.value)
    fmt.setBottomMargin({"title": 6, "subtitle": 18}.get(kind, 12))
    if first:
        cursor.setBlockFormat(fmt)
    else:
        cursor.insertBlock(fmt)
    if text is not None:
        cursor.insertText(text, _char(kind, view))


def _char(kind: str, view: View, small: bool = False) -> QTextCharFormat:
    fmt = QTextCharFormat()
    if _SIZE[kind] or small:
        fmt.setProperty(QTextFormat.FontSizeAdjustment, -1 if small else _SIZE[kind])
    if kind == "title":
        fmt.setFontWeight(QFont.Bold)
    elif kind == "subtitle":
        fmt.setFontWeight(QFont.DemiBold)
    elif kind == "boilerplate":
        fmt.setForeground(QColor(view.colors.dim))
    elif kind == "removed":
        fmt.setForeground(QColor(view.colors.dim))
        fmt.setBackground(QColor(view.colors.removed))
    return fmt


def _entity_format(fmt: QTextCharFormat, label: str, view: View) -> None:
    color = QColor(view.colors.labels.get(label, view.colors.dim))
    fmt.setForeground(color)
    fmt.setUnderlineStyle(QTextCharFormat.SingleUnderline)
    fmt.setUnderlineColor(color)
    fmt.setToolTip(tooltip(view.label_names.get(label, label)))


def _summary_strength(analysis: Analysis) -> list[bool]:
    """The top third of the summary by score is shaded stronger: importance at a glance."""
    scores = [item.score for item in analysis.summary]
    if not scores:
        return []
    cut = sorted(scores, reverse=True)[max(0, len(scores) // 3 - 1)] if len(scores) >= 3 else max(scores) + 1
    return [s >= cut for s in scores]


def _removed_before(analysis: Analysis) -> dict[int, list]:
    """Each removed block goes back where it was: before the first paragraph that followed it."""
    doc = analysis.document
    origins = [doc.offsets.to_original(p.start) for p in (doc.paragraphs or [])]
    placed: dict[int, list] = {}
    for r in sorted(doc.removed, key=lambda r: r.start):
        k = bisect_right(origins, r.start)
        placed.setdefault(k if k < len(origins) else -1, []).append(r)
    return placed
