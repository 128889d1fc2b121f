"""The encodings a reader can re-read a file in, named for people ("Hebrew (Windows-1255)")."""

from __future__ import annotations

from PySide6.QtCore import QObject

from ..core.load import LoadError, Loaded
from ..core.loaders.encoding import codec_name

ENCODINGS = ("utf-8", "utf-8-sig", "utf-16", "windows-1255", "iso-8859-8", "cp862")


class EncodingNames(QObject):
    """Human names of encodings (context EncodingNames)."""

    def names(self) -> dict[str, str]:
        return {
            "utf-8": self.tr("Unicode (UTF-8)"),
            "utf-8-sig": self.tr("Unicode (UTF-8 with BOM)"),
            "utf-16": self.tr("Unicode (UTF-16)"),
            "utf-16-le": self.tr("Unicode (UTF-16 LE)"),
            "utf-16-be": self.tr("Unicode (UTF-16 BE)"),
            "windows-1255": self.tr("Hebrew (Windows-1255)"),
            "iso-8859-8": self.tr("Hebrew (ISO-8859-8)"),
            "cp862": self.tr("Hebrew, DOS (CP862)"),
            "cp1252": self.tr("Western (Windows-1252)"),
            "iso8859-1": self.tr("Western (ISO-8859-1)"),
        }

    def either(self, first: str, second: str) -> str:
        """A file that reads the same in two encodings: "Hebrew (ISO-8859-8 or Windows-1255)"."""
        if {first, second} == {"windows-1255", "iso-8859-8"}:
            if first == "iso-8859-8":
                return self.tr("Hebrew (ISO-8859-8 or Windows-1255)")
            return self.tr("Hebrew (Windows-1255 or ISO-8859-8)")
        return self.tr("{first} or {second}").format(first=human_name(first), second=human_name(second))


_NAMES = EncodingNames()


def canonical(encoding: str) -> str:
    try:
        return codec_name(encoding)
    except LoadError:
        return encoding


def human_name(encoding: str) -> str:
    """"Hebrew (Windows-1255)" for "cp1255"; an encoding we have no name for keeps its own."""
    names = _NAMES.names()
    key = canonical(encoding)
    return names.get(key) or names.get(encoding.lower()) or encoding


def loaded_name(loaded: Loaded) -> str:
    """What the status bar says a file was read in: both Hebrew code pages when the bytes read the
    same in either (an ISO-8859-8 file was called Windows-1255 alone), the visual-order standard
    ISO-8859-8 first for a visual-order file."""
    if not loaded.also:
        return human_name(loaded.encoding)
    first, second = canonical(loaded.encoding), canonical(loaded.also)
    if loaded.visual and second == "iso-8859-8":
        first, second = second, first
    return _NAMES.either(first, second)


def fill_encoding_menu(menu, loaded: Loaded | None, reload) -> None:
    """The encodings by their human names, the one the file was read in (`loaded.encoding`, and
    `loaded.also` that reads it the same) checked, first if it is none of the usual ones; choosing
    one calls `reload(encoding=…)`."""
    menu.clear()
    current = canonical(loaded.encoding) if loaded else ""
    same = {current, canonical(loaded.also)} if loaded and loaded.also else {current}
    choices = list(ENCODINGS) if current in ENCODINGS or not current else [current, *ENCODINGS]
    for enc in choices:
        action = menu.addAction(human_name(enc), lambda e=enc: reload(encoding=e))
        action.setCheckable(True)
        action.setChecked(enc in same)
