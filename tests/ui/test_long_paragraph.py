"""A paragraph of megabytes without a break opportunity (a line of dots, one endless "word") is shown
as blocks of bounded length: Qt lays out such a run in time that grows with its square, and a 3 MB
line of dots kept the window (and `--screenshot`) busy for minutes. The analysis offsets still map
to the same characters."""

from __future__ import annotations

import time

import pytest
from PySide6.QtGui import QFont

from app.core.analyze import Options, analyze
from app.ui.render import MAX_BLOCK_CHARS, View, block_cuts, render
from app.ui.theme import colors

SAMPLE = "ראש הממשלה נתניהו ייפגש עם נשיא רוסיה פוטין בקרמלין בשבוע הבא. הפגישה תעסוק במצב בסוריה."


def blocks(doc):
    b = doc.begin()
    while b.isValid():
        yield b
        b = b.next()


@pytest.mark.parametrize("paragraph", ["." * 90_000, "א" * 90_000, (SAMPLE + " ") * 1_000],
                         ids=["dots", "one-word", "long-sentences"])
def test_a_huge_paragraph_is_shown_in_bounded_blocks_with_offsets_kept(qapp, paragraph):
    a = analyze(SAMPLE + "\n\n" + paragraph + "\n\n" + SAMPLE, Options(entities=False))
    start = time.perf_counter()
    out = render(a, View(colors=colors(), font=QFont(), width=800))
    out.document.documentLayout().documentSize()  # the layout the window would do
    assert time.perf_counter() - start < 30  # was minutes-scale for 3 MB; generous on a busy machine
    assert MAX_BLOCK_CHARS <= 20_000  # Qt: 200,000 unbreakable characters take over a second
    assert max(b.length() for b in blocks(out.document)) <= MAX_BLOCK_CHARS + 1
    doc_text = out.document.toPlainText()
    for offset in range(0, len(a.text), 997):
        if a.text[offset] not in "\n\u2029":
            assert doc_text[out.position(offset)] == a.text[offset], offset


def test_cuts_fall_after_a_space_when_there_is_one():
    text = ("מילה " * 10_000).strip()
    cuts = block_cuts(text, 0, len(text))
    assert cuts[0] == 0 and cuts[-1] == len(text) and len(cuts) > 2
    assert all(text[c - 1] == " " for c in cuts[1:-1])
    assert block_cuts(SAMPLE, 0, len(SAMPLE)) == [0, len(SAMPLE)]  # an ordinary paragraph: one block


def test_a_long_one_line_article_is_cut_between_sentences_without_a_paragraph_gap(qapp):
    sentence = "ראש העיר אמר אתמול כי העבודות בכביש הראשי יסתיימו לפני פתיחת שנת הלימודים הבאה. "
    line = (sentence * 400).strip()  # about 33,000 characters on one line, as scraped articles arrive
    a = analyze(line, Options(entities=False))
    starts = [s.start for s in a.sentences]
    cuts = block_cuts(a.document.text, 0, len(a.document.text), starts)
    assert len(cuts) > 3 and all(c in starts for c in cuts[1:-1])  # a new line only where a sentence starts
    out = render(a, View(colors=colors(), font=QFont(), width=800))
    pieces = list(blocks(out.document))
    body = [b for b in pieces if b.length() > 1000]
    assert len(body) > 3 and all(b.blockFormat().bottomMargin() == 0 for b in body[:-1])  # reads as one paragraph
