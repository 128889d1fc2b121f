"""The summary on the system clipboard, in the two forms paste targets look for."""

from __future__ import annotations

from PySide6.QtCore import QMimeData
from PySide6.QtGui import QGuiApplication

from ..core.document import Analysis
from .export import summary_html_fragment, summary_plain


def copy_summary(analysis: Analysis) -> QMimeData:
    """text/plain in logical order (title first, one sentence per line) for chats and editors;
    text/html with dir="rtl" so word processors and mail clients keep it right-to-left."""
    mime = QMimeData()
    mime.setText(summary_plain(analysis))
    mime.setHtml('<meta charset="utf-8">' + summary_html_fragment(analysis))
    QGuiApplication.clipboard().setMimeData(mime)
    return mime
