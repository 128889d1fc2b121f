"""Why a file could not be opened, in the interface's language, with its name isolated.

The loader's messages are English sentences for the command line; the window recognises each kind
and says it in the user's language (an unknown one keeps the loader's words). The file's name is
put in with a directional isolate, so that its slashes and brackets stay where they are in a
right-to-left sentence.
"""

from __future__ import annotations

import os
import re

from PySide6.QtCore import QCoreApplication, QObject

from ..core.loaders.encoding import SIGNATURE_KINDS
from ..core.safe_text import isolate, strip_bidi


class LoadMessages(QObject):
    """(context LoadMessages)"""

    def reasons(self) -> list[tuple[re.Pattern, str]]:
        """Loader message patterns and what to say instead (named groups are filled in)."""
        p = re.compile
        return [
            (p(r"no such file$"), self.tr("the file is not there")),
            (p(r"permission denied$"), self.tr("you have no permission to read it")),
            (p(r"is a folder, not a file$"), self.tr("it is a folder, not a file")),
            (p(r"not a regular file\b"), self.tr("it is not a regular file")),
            (p(r"cannot read \((?P<detail>.*)\)$"), self.tr("it cannot be read ({detail})")),
            (p(r"too large \((?P<size>[\d.,]+) MB; the limit is (?P<limit>\d+) MB\)$"), self.tr("it is too large ({size} MB; the limit is {limit} MB)")),
            (p(r"too large \((?P<size>[\d,]+) bytes; the limit is (?P<limit>\d+) MB"), self.tr("it is too large ({size} bytes; the limit is {limit} MB)")),
            (p(r"too large \(over the (?P<limit>\d+) MB limit\)"), self.tr("it is over the {limit} MB limit")),
            (p(r"too large"), self.tr("it is too large for Tamtzit")),
            (p(r"password-protected"), self.tr("the document is password-protected; save it without a password")),
            (p(r"compressed in a way"), self.tr("the document is compressed in a way Tamtzit cannot read; save it again")),
            (p(r"not a text file \(it looks like (?P<what>.*)\)$"), self.tr("it is not a text file (it looks like {what})")),
            (p(r"not a text file$"), self.tr("it is not a text file")),
            (p(r"this file is not (?P<encoding>\S+) text; try another encoding$"), self.tr("it is not {encoding} text; try another encoding")),
            (p(r"starts with a (?P<encoding>\S+) mark but is not \S+ text$"), self.tr("it starts with a {encoding} mark but is not {encoding} text")),
            (p(r"unknown encoding (?P<encoding>.*)$"), self.tr("unknown encoding {encoding}")),
            (p(r"not a \.?(?P<format>\w+) document"), self.tr("it is not a .{format} document (damaged, or another kind of file renamed)")),
            (p(r"damaged (?P<format>\w+) file"), self.tr("the .{format} file is damaged")),
            (p(r"declares XML entities"), self.tr("the document declares XML entities, which are refused")),
            (p(r"refused: (?P<detail>.*)$"), self.tr("it was refused ({detail})")),
        ]

    def could_not_open(self, path: str, reason: str) -> str:
        return self.tr("Could not open {name}: {reason}").format(name=isolate(strip_bidi(os.path.basename(path) or path), always=True), reason=reason)


_MESSAGES = LoadMessages()


def load_failure(path: str, message: str) -> str:
    """"Could not open NAME: why", translated; `message` is the loader's (LoadError's) text."""
    message = strip_bidi(message)
    for pattern, said in _MESSAGES.reasons():
        found = pattern.search(message)
        if found:
            found = {
                k: QCoreApplication.translate("LoadMessages", v) if k == "what" and v in SIGNATURE_KINDS else isolate(v, always=True)
                for k, v in found.groupdict().items()
            }
            return _MESSAGES.could_not_open(path, said.format(**found))
    return _MESSAGES.could_not_open(path, isolate(message.rsplit(": ", 1)[-1], always=True))
