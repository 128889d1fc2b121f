"""Word (.docx) and OpenDocument (.odt) text, read with the standard library.

Both formats are a ZIP of XML in which a paragraph is one element (w:p, text:p/text:h) and the
words sit in a handful of inline elements, so zipfile + a streaming ElementTree parse is all a
reader needs. python-docx would add lxml (a large C extension) for an object model we don't use,
and odfpy has been unmaintained since 2020. Reading ourselves also lets us bound what a hostile
file can cost: the XML part's size is capped before it is inflated, a DOCTYPE (entity tricks) is
refused, and paragraphs are released as soon as they are read.
"""

from __future__ import annotations

import io
import zipfile
from collections.abc import Callable, Iterator
from xml.etree.ElementTree import Element, ParseError, iterparse

from . import LoadError

MAX_XML_BYTES = 400 * 1024 * 1024

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
MC = "{http://schemas.openxmlformats.org/markup-compatibility/2006}"
TEXT = "{urn:oasis:names:tc:opendocument:xmlns:text:1.0}"
OFFICE = "{urn:oasis:names:tc:opendocument:xmlns:office:1.0}"
ODT_MIMETYPE = b"application/vnd.oasis.opendocument.text"


def office_format(data: bytes) -> str | None:
    """'docx' or 'odt' when `data` is such a package, else None."""
    if not data.startswith(b"PK\x03\x04"):
        return None
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as z:
            names = set(z.namelist())
            if "word/document.xml" in names:
                return "docx"
            if "mimetype" in names and z.read("mimetype").strip() == ODT_MIMETYPE:
                return "odt"
    except (zipfile.BadZipFile, OSError, ValueError):
        return None
    return None


def docx_text(data: bytes) -> str:
    return _read(data, "word/document.xml", ".docx", {W + "p"}, _docx_paragraph, {MC + "Fallback"})


def odt_text(data: bytes) -> str:
    return _read(data, "content.xml", ".odt", {TEXT + "p", TEXT + "h"}, _odt_paragraph, _ODT_SKIP)


def _read(data: bytes, member: str, fmt: str, tags: set[str], walk: Callable, skip: set[str]) -> str:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as z:
            info = z.getinfo(member)
            if info.file_size > MAX_XML_BYTES:
                raise LoadError(f"too large: the document's text part is {info.file_size // 2**20} MB")
            with z.open(info) as stream:
                head = stream.peek(4096)[:4096]
                if b"<!DOCTYPE" in head or b"<!ENTITY" in head:
                    raise LoadError(f"refused: this {fmt} file declares XML entities")
                return "\n".join(p for p in _paragraphs(stream, tags, walk, skip) if p.strip())
    except KeyError:
        raise LoadError(f"not a {fmt} document (no {member} inside)") from None
    except (zipfile.BadZipFile, ParseError, EOFError, OSError, ValueError) as exc:
        raise LoadError(f"damaged {fmt} file ({exc})") from None


def _paragraphs(stream, tags: set[str], walk: Callable[[Element, set[str]], str], skip: set[str]) -> Iterator[str]:
    """Each paragraph's text in document order; nested ones (text boxes) come out on their own,
    those inside `skip` elements (footnotes, comments, fallback copies) not at all."""
    open_paragraphs = skipping = 0
    for event, elem in iterparse(stream, events=("start", "end")):
        if elem.tag in skip:
            skipping += 1 if event == "start" else -1
            continue
        if elem.tag not in tags:
            continue
        if event == "start":
            open_paragraphs += 1
            continue
        open_paragraphs -= 1
        if not skipping:
            yield walk(elem, tags)
        if open_paragraphs == 0:
            elem.clear()  # a nested paragraph's tail still belongs to its parent: clear only the outermost


def _docx_paragraph(p: Element, tags: set[str]) -> str:
    parts: list[str] = []
    stack = list(reversed(p))
    while stack:
        e = stack.pop()
        tag = e.tag
        if tag in tags or tag == MC + "Fallback":  # nested text box, or the duplicate of mc:Choice
            continue
        if tag == W + "t":
            parts.append(e.text or "")
        elif tag == W + "tab":
            parts.append("\t")
        elif tag in (W + "br", W + "cr"):
            parts.append("\n")
        elif tag == W + "noBreakHyphen":
            parts.append("-")
        stack.extend(reversed(e))
    return "".join(parts)


_ODT_SKIP = {TEXT + "note", OFFICE + "annotation", TEXT + "tracked-changes", TEXT + "bookmark-ref"}


def _odt_paragraph(p: Element, tags: set[str]) -> str:
    """Mixed content: an element's text, then its children, then each child's tail."""
    parts: list[str] = [p.text or ""]
    stack: list[tuple[Element, bool]] = [(c, False) for c in reversed(p)]
    while stack:
        e, done = stack.pop()
        if done:
            parts.append(e.tail or "")
            continue
        stack.append((e, True))
        tag = e.tag
        if tag in tags or tag in _ODT_SKIP:
            continue
        if tag == TEXT + "s":
            parts.append(" " * _count(e))
        elif tag == TEXT + "tab":
            parts.append("\t")
        elif tag == TEXT + "line-break":
            parts.append("\n")
        else:
            parts.append(e.text or "")
            stack.extend((c, False) for c in reversed(e))
    return "".join(parts)


def _count(e: Element) -> int:
    try:
        return max(1, min(int(e.get(TEXT + "c", "1")), 1000))
    except ValueError:
        return 1
