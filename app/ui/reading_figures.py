"""Words and reading time for the status bar, said naturally for none, one and many."""

from __future__ import annotations

from PySide6.QtCore import QObject

WORDS_PER_MINUTE = 200  # an ordinary adult's silent reading speed, a common rule of thumb


class ReadingFigures(QObject):
    """(context ReadingFigures)"""

    def text(self, words: int) -> str:
        """"1,234 words · 6 minutes to read"; "One word · under a minute to read"; "No words"."""
        if words == 0:
            return self.tr("No words")
        said = self.tr("One word") if words == 1 else self.tr("{words} words").format(words=f"{words:,}")
        minutes = round(words / WORDS_PER_MINUTE)
        if minutes < 1:
            time = self.tr("under a minute to read")
        elif minutes == 1:
            time = self.tr("a minute to read")
        else:
            time = self.tr("{minutes} minutes to read").format(minutes=f"{minutes:,}")
        return f"{said} · {time}"


_FIGURES = ReadingFigures()


def reading_figures(words: int) -> str:
    return _FIGURES.text(words)
