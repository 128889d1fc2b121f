"""Text from a file or its name goes on screen as text, never as markup: the one way app/ui does it.

Qt guesses a string's format: a QLabel, a tooltip or a message box whose text starts with something
tag-like renders it as HTML, and an `<img src="file:///dev/zero">` in a file name then makes Qt
read that local file. Tab, button and menu texts turn `&` into a keyboard accelerator (and a menu
item splits at a tab). Every widget and text that can carry a file's name or words goes through
here; tests/ui/test_plain_text.py scans app/ui to keep it that way.
"""

from __future__ import annotations

import re
from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget

_SURROGATES = re.compile("[\ud800-\udfff]")


class PlainLabel(QLabel):
    """A QLabel that shows its text literally, whatever it looks like."""

    def __init__(self, text: str = "", parent: QWidget | None = None, **kwargs) -> None:
        super().__init__(parent, **kwargs)
        self.setTextFormat(Qt.TextFormat.PlainText)
        if text:
            self.setText(text)

    def setTextFormat(self, fmt: Qt.TextFormat) -> None:  # noqa: N802 (Qt's name)
        """Only plain text: a later call cannot turn the guessing back on."""
        super().setTextFormat(Qt.TextFormat.PlainText)

    def setText(self, text: str) -> None:  # noqa: N802 (Qt's name)
        """Bytes of a name that is not valid UTF-8 shown as U+FFFD (see `readable`), not dropped."""
        super().setText(readable(text))


def readable(text: str) -> str:
    """`text` with each byte of a name that is not valid UTF-8 (a surrogate escape) shown as U+FFFD:
    Qt would drop it silently, and a name of two such bytes and ".txt" would read as ".txt"."""
    return _SURROGATES.sub("\ufffd", text)


def tooltip(text: str) -> str:
    """A tooltip that shows `text` literally.

    Tooltips have no format setting (Qt guesses from the first line), so we hand Qt rich text whose
    every character is escaped: nothing in `text` can become a tag, an entity or an image. Not
    wrapped, as Qt shows a plain-text tooltip (rich text would break a path at each slash)."""
    return "<p style='white-space:pre'>" + escape(readable(text), quote=False) + "</p>"


def shown_text(text: str) -> str:
    """`text` for a tab, button or menu item: `&` stays an ampersand, a tab stays in the text."""
    return readable(text).replace("&", "&&").replace("\t", " ")


def without_mnemonic(text: str) -> str:
    """"&Open" → "Open", "A && B" → "A & B"."""
    return re.sub(r"&(&?)", r"\1", text)
