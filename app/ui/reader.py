"""The article view: typeset right-to-left text built from escaped text, never from file markup."""

from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTextBrowser

from ..core.document import Analysis


class ReaderView(QTextBrowser):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.setLayoutDirection(Qt.RightToLeft)
        self.document().setDocumentMargin(24)

    def show_text(self, text: str) -> None:
        """Raw text while the analysis runs: already readable, not yet annotated."""
        self.setHtml(_page([f'<p dir="auto">{html.escape(p)}</p>' for p in text.splitlines() if p.strip()]))

    def show_analysis(self, analysis: Analysis) -> None:
        doc = analysis.document
        summary = {analysis.sentences[i.sentence] for i in analysis.summary}
        boiler = {(b.start, b.end) for b in doc.boilerplate}
        blocks = []
        for p in doc.paragraphs or []:
            if doc.title and (p.start, p.end) == (doc.title.start, doc.title.end):
                blocks.append(f'<h1 dir="auto">{html.escape(doc.text[p.start:p.end])}</h1>')
                continue
            if doc.subtitle and (p.start, p.end) == (doc.subtitle.start, doc.subtitle.end):
                blocks.append(f'<h3 dir="auto">{html.escape(doc.text[p.start:p.end])}</h3>')
                continue
            style = ' style="color:#888"' if (p.start, p.end) in boiler else ""
            parts, pos = [], p.start
            for s in analysis.sentences:
                if s.start < p.start or s.end > p.end or s not in summary:
                    continue
                parts.append(html.escape(doc.text[pos : s.start]))
                parts.append(f'<span style="background:#fff3b0">{html.escape(doc.text[s.start:s.end])}</span>')
                pos = s.end
            parts.append(html.escape(doc.text[pos : p.end]))
            blocks.append(f'<p dir="auto"{style}>{"".join(parts)}</p>')
        self.setHtml(_page(blocks))


def _page(blocks: list[str]) -> str:
    return (
        '<html><body dir="rtl" style="font-size:13pt; line-height:150%">'
        + "".join(blocks)
        + "</body></html>"
    )
