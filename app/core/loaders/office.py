"""Word (.docx) and OpenDocument (.odt) text, read with the standard library.

Both formats are a ZIP of XML in which a paragraph is one element (w:p, text:p/text:h) and the
words sit in a handful of inline elements, so zipfile + a streaming expat parse is all a reader
needs. python-docx would add lxml's object model for a tree we don't use, and odfpy has been
unmaintained since 2020. Reading ourselves also lets us bound what a hostile file can cost:

- the ZIP: its directory may list at most MAX_MEMBERS parts (read from the end record before
  zipfile builds one object per part); only stored or deflated, unencrypted parts are read, each
  at most its declared size (zipfile stops inflating there) and never more than MAX_XML_BYTES;
- the XML: parsed by expat with handlers only, so no tree is kept; a DOCTYPE or entity
  declaration anywhere is refused by the parser itself; a tag, comment or instruction may not
  hold more than MAX_PENDING_BYTES in expat's buffer; elements are counted against the text
  they carry (MAX_EMPTY_ELEMENTS plus ELEMENTS_PER_CHARACTER per character), and the text is
  measured in UTF-8 bytes as it grows and refused past the loader's limit;
- anything zipfile, zlib or expat raise on a damaged file becomes one LoadError message.
"""

from __future__ import annotations

import io
import struct
import zipfile
import zlib
from xml.parsers import expat

from . import LoadError, shown

MAX_XML_BYTES = 400 * 1024 * 1024
MAX_MEMBERS = 10_000  # a long report has a few hundred parts (images, styles, headers)
MAX_DIRECTORY_BYTES = 1024 * 1024  # ≥ 46 bytes an entry: at most ~23,000 ZipInfo objects
MAX_EMPTY_ELEMENTS = 200_000
ELEMENTS_PER_CHARACTER = 12  # a run per character, with its properties, in the worst real files
CHUNK = 64 * 1024
# expat re-scans a token that spans its input from the token's start at every feed (fixed only in
# expat 2.6), so one 300 MB attribute or comment would cost hours: no real tag, comment or
# instruction comes near this, and text is streamed (it never waits in expat's buffer).
MAX_PENDING_BYTES = 1024 * 1024
MIMETYPE_BYTES = 128

# expat names are "namespace}local" (namespace_separator="}")
W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
MC = "http://schemas.openxmlformats.org/markup-compatibility/2006}"
TEXT = "urn:oasis:names:tc:opendocument:xmlns:text:1.0}"
OFFICE = "urn:oasis:names:tc:opendocument:xmlns:office:1.0}"
ODT_MIMETYPE = b"application/vnd.oasis.opendocument.text"

# What a damaged or hostile package can make zipfile, zlib or expat raise while we read it.
_DAMAGED = (
    zipfile.BadZipFile, zipfile.LargeZipFile, zlib.error, EOFError, OSError, ValueError,
    struct.error, UnicodeError, OverflowError, IndexError, KeyError, NotImplementedError,
    RuntimeError, expat.ExpatError,
)
_READABLE_COMPRESSION = (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED)


def office_format(data: bytes) -> str | None:
    """'docx' or 'odt' when `data` is such a package, else None (reads at most MIMETYPE_BYTES).

    A ZIP listing too many parts is refused here (LoadError): it is no text file either way."""
    if not data.startswith(b"PK\x03\x04"):
        return None
    try:
        with _open(data) as z:
            names = set(z.namelist())
            if "word/document.xml" in names:
                return "docx"
            if "mimetype" in names and _read_small(z, "mimetype").strip() == ODT_MIMETYPE:
                return "odt"
    except _DAMAGED:
        return None
    return None


def docx_text(data: bytes, max_text_bytes: int) -> str:
    """The document's paragraphs, one a line; LoadError past `max_text_bytes` of UTF-8 text."""
    return _read(data, "word/document.xml", ".docx", _Docx(max_text_bytes))


def odt_text(data: bytes, max_text_bytes: int) -> str:
    return _read(data, "content.xml", ".odt", _Odt(max_text_bytes))


def _open(data: bytes) -> zipfile.ZipFile:
    """zipfile makes one object per directory entry, however many the end record admits to: the
    directory's own size is bounded too, before zipfile reads it."""
    count, size = _directory(data)
    if count > MAX_MEMBERS or size > MAX_DIRECTORY_BYTES:
        raise LoadError(f"refused: a ZIP package listing more than {MAX_MEMBERS:,} parts")
    return zipfile.ZipFile(io.BytesIO(data))


def _directory(data: bytes) -> tuple[int, int]:
    """(parts, directory bytes) from the end record, or its ZIP64 form; (0, 0) when there is none
    (zipfile then says the file is no ZIP)."""
    end = data.rfind(b"PK\x05\x06", max(0, len(data) - 65_557))
    if end < 0 or end + 22 > len(data):
        return 0, 0
    count, size = struct.unpack_from("<HI", data, end + 10)
    record = end - 20 - 56  # ZIP64: locator (20 bytes) right before, its record (56) before that
    if data[end - 20 : end - 16] == b"PK\x06\x07" and record >= 0 and data[record : record + 4] == b"PK\x06\x06":
        count, size = struct.unpack_from("<QQ", data, record + 32)
    return count, size


def _read_small(z: zipfile.ZipFile, name: str) -> bytes:
    info = z.getinfo(name)
    if info.flag_bits & 0x1 or info.compress_type not in _READABLE_COMPRESSION:
        return b""
    with z.open(info) as f:
        return f.read(MIMETYPE_BYTES)


def _read(data: bytes, member: str, fmt: str, handler: _Paragraphs) -> str:
    try:
        with _open(data) as z:
            try:
                info = z.getinfo(member)
            except KeyError:
                raise LoadError(f"not a {fmt} document (no {member} inside)") from None
            if info.flag_bits & 0x1:
                raise LoadError(f"this {fmt} file is password-protected; save it without a password")
            if info.compress_type not in _READABLE_COMPRESSION:
                raise LoadError(f"this {fmt} file is compressed in a way Tamtzit cannot read; save it again")
            if info.file_size > MAX_XML_BYTES:
                raise LoadError(f"too large: the document's text part is {info.file_size / 2**20:.0f} MB unpacked")
            with z.open(info) as stream:
                parser = handler.parser()
                fed = 0
                while chunk := stream.read(CHUNK):  # never more than info.file_size in all
                    parser.Parse(chunk, False)
                    fed += len(chunk)
                    if fed - parser.CurrentByteIndex > MAX_PENDING_BYTES:
                        raise LoadError(f"refused: this {fmt} file has an XML tag or comment over 1 MB long")
                parser.Parse(b"", True)
    except LoadError:
        raise
    except _DAMAGED as exc:
        raise LoadError(f"damaged {fmt} file ({_reason(exc)})") from None
    return "\n".join(p for p in handler.out if p.strip())


def _reason(exc: BaseException) -> str:
    """zipfile's own words, which may quote a name from the package: one line, controls visible."""
    said = str(exc)
    return shown(said.splitlines()[0][:200]) if said.strip() else type(exc).__name__


class _Paragraphs:
    """expat handlers collecting paragraph text with the bounds above.

    Paragraphs nested in another (text boxes) come out on their own, before the one holding them;
    those inside `skip` elements (footnotes, comments, fallback copies) not at all."""

    paragraph_tags: frozenset[str] = frozenset()
    skip_tags: frozenset[str] = frozenset()

    def __init__(self, max_text_bytes: int) -> None:
        self.max_text_bytes = max_text_bytes
        self.out: list[str] = []
        self.open: list[list[str]] = []  # parts of each open paragraph, innermost last
        self.stack: list[int] = []  # per open element: 0 other, 1 paragraph, 2 skip, 3 text holder
        self.skipping = 0
        self.elements = 0
        self.text_bytes = 0

    def parser(self) -> expat.XMLParserType:
        p = expat.ParserCreate(namespace_separator="}")
        p.StartElementHandler = self._start
        p.EndElementHandler = self._end
        p.CharacterDataHandler = self._data
        p.StartDoctypeDeclHandler = self._refuse
        p.EntityDeclHandler = self._refuse
        p.ExternalEntityRefHandler = self._refuse
        p.SetParamEntityParsing(expat.XML_PARAM_ENTITY_PARSING_NEVER)
        p.buffer_text = True
        return p

    def _refuse(self, *_args) -> None:
        raise LoadError("refused: this file declares XML entities or a DTD")

    def _start(self, tag: str, attrs: dict[str, str]) -> None:
        self.elements += 1
        if self.elements > MAX_EMPTY_ELEMENTS + ELEMENTS_PER_CHARACTER * self.text_bytes:
            raise LoadError("refused: far more XML elements than text (a decompression bomb?)")
        if tag in self.skip_tags:
            self.skipping += 1
            self.stack.append(2)
        elif tag in self.paragraph_tags:
            self.open.append([])
            self.stack.append(1)
        else:
            self.stack.append(self.inline(tag, attrs))

    def _end(self, _tag: str) -> None:
        kind = self.stack.pop()
        if kind == 2:
            self.skipping -= 1
        elif kind == 1:
            parts = self.open.pop()
            if not self.skipping:
                self.out.append("".join(parts))

    def _data(self, data: str) -> None:
        if self.open and not self.skipping and self.holds_text():
            self._add(data)

    def _add(self, text: str) -> None:
        if not (self.open and not self.skipping):
            return
        self.text_bytes += len(text.encode("utf-8", "surrogatepass"))
        if self.text_bytes > self.max_text_bytes:
            raise LoadError(f"too large: its text is over {self.max_text_bytes / 2**20:.0f} MB")
        self.open[-1].append(text)

    def inline(self, tag: str, attrs: dict[str, str]) -> int:
        """Handle an element inside the text; 3 if its character data is text, else 0."""
        return 0

    def holds_text(self) -> bool:
        return True


class _Docx(_Paragraphs):
    paragraph_tags = frozenset((W + "p",))
    skip_tags = frozenset((MC + "Fallback",))  # the duplicate of mc:Choice
    _INLINE = {W + "tab": "\t", W + "br": "\n", W + "cr": "\n", W + "noBreakHyphen": "-"}

    def __init__(self, max_text_bytes: int) -> None:
        super().__init__(max_text_bytes)
        self.in_text = 0  # inside w:t: the only element whose character data is text

    def inline(self, tag: str, attrs: dict[str, str]) -> int:
        if tag == W + "t":
            self.in_text += 1
            return 3
        if tag in self._INLINE:
            self._add(self._INLINE[tag])
        return 0

    def _end(self, tag: str) -> None:
        if self.stack and self.stack[-1] == 3:
            self.in_text -= 1
        super()._end(tag)

    def holds_text(self) -> bool:
        return self.in_text > 0


class _Odt(_Paragraphs):
    """Mixed content: all character data inside a paragraph is text."""

    paragraph_tags = frozenset((TEXT + "p", TEXT + "h"))
    skip_tags = frozenset((TEXT + "note", OFFICE + "annotation", TEXT + "tracked-changes", TEXT + "bookmark-ref"))

    def inline(self, tag: str, attrs: dict[str, str]) -> int:
        if tag == TEXT + "s":
            self._add(" " * _count(attrs.get(TEXT + "c", "1")))
        elif tag == TEXT + "tab":
            self._add("\t")
        elif tag == TEXT + "line-break":
            self._add("\n")
        return 0


def _count(value: str) -> int:
    try:
        return max(1, min(int(value), 1000))
    except ValueError:
        return 1

