"""Marking the core's user-facing words for the window's translators without importing Qt."""

from __future__ import annotations


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 (the name pyside6-lupdate looks for)
    """Marks `text` for translation in `context` and returns it unchanged: the core keeps the English
    words (the CLI and exports print them), the window looks them up with
    QCoreApplication.translate(context, text). Run lupdate on the file that calls this, too."""
    return text
