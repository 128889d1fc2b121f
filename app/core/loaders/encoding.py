"""Which encoding a Hebrew file is in, and its text.

Order of evidence: an explicit choice, a byte-order mark, UTF-16 without a mark (Hebrew and ASCII
leave a tell-tale pattern in the high bytes), binary signatures, strict UTF-8, then the legacy
8-bit Hebrew code pages, and only then charset-normalizer's statistical guess for everything else.
Hebrew comes before the general guesser because short Hebrew texts are where generic detectors
stumble, and because the choice between the Hebrew code pages needs knowledge they don't use:

- Windows-1255 and ISO-8859-8 put the letters at the same bytes. Windows-1255 adds nikud
  (0xC0–0xD2), typographic punctuation (0x80–0x9F, C1 controls in ISO-8859-8) and ₪ (0xA4, where
  ISO-8859-8 has the generic ¤). When a file uses none of those the two decode to the same text:
  we decode as Windows-1255, the superset, and `same_reading` names ISO-8859-8 too.
- DOS Hebrew (cp862) puts the letters at 0x80–0x9A; it is recognised when those bytes decode to
  Hebrew and the Windows reading does not.
"""

from __future__ import annotations

import codecs
import re
import unicodedata

from ..translatable import QT_TRANSLATE_NOOP
from . import LoadError, shown

SAMPLE = 64 * 1024
# Share of characters we accept turning into U+FFFD when the evidence says "this encoding"
# (a BOM, an explicit choice) but a few bytes are broken, e.g. lone surrogates in UTF-16.
MAX_REPLACED = 0.01

_BOMS = (  # UTF-32 first: its little-endian mark starts with UTF-16's
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

# What a file that is no text looks like, by its first bytes: said in the CLI's message as it is,
# and in the window's language (context "LoadMessages" of resources/i18n/tamtzit_he.ts).
_SIGNATURES = (
    (b"%PDF-", QT_TRANSLATE_NOOP("LoadMessages", "a PDF document")),
    (b"\x89PNG", QT_TRANSLATE_NOOP("LoadMessages", "a PNG image")),
    (b"\xff\xd8\xff", QT_TRANSLATE_NOOP("LoadMessages", "a JPEG image")),
    (b"GIF8", QT_TRANSLATE_NOOP("LoadMessages", "a GIF image")),
    (b"PK\x03\x04", QT_TRANSLATE_NOOP("LoadMessages", "a ZIP archive")),
    (b"\xd0\xcf\x11\xe0", QT_TRANSLATE_NOOP("LoadMessages", "an old Office document (.doc/.xls); save it as .docx")),
    (b"{\\rtf", QT_TRANSLATE_NOOP("LoadMessages", "an RTF document; save it as .docx or .txt")),
    (b"\x7fELF", QT_TRANSLATE_NOOP("LoadMessages", "a program")),
    (b"MZ", QT_TRANSLATE_NOOP("LoadMessages", "a program")),
    (b"\x1f\x8b", QT_TRANSLATE_NOOP("LoadMessages", "a compressed file")),
)
SIGNATURE_KINDS = frozenset(what for _, what in _SIGNATURES)

_ALIASES = {
    "iso-8859-8-i": "iso-8859-8",  # the web's name for logical-order ISO-8859-8
    "iso-8859-8-e": "iso-8859-8",
    "logical": "iso-8859-8",
    "visual": "iso-8859-8",
    "dos-hebrew": "cp862",
    "ucs-2": "utf-16",
}

_NAMES = {"cp1255": "windows-1255", "iso8859-8": "iso-8859-8", "utf-8": "utf-8"}

# Python codecs that are not character sets of text files: transforms of Unicode itself (escapes,
# domain names), a codec that always fails, one that needs a mapping argument, and UTF-7, which
# browsers refuse because it hides markup. A file named with one of them is refused, not decoded.
_NOT_CHARSETS = frozenset(
    "idna punycode undefined unicode-escape raw-unicode-escape charmap utf-7 mbcs oem".split()
)

# Control bytes that never occur in text (tab, line breaks, form feed, ESC and DOS EOF are allowed).
_CONTROL = frozenset(range(0x20)) - {0x09, 0x0A, 0x0B, 0x0C, 0x0D, 0x1A, 0x1B}
_HEBREW_LETTERS = frozenset(range(0x05D0, 0x05EB))
_C1 = re.compile(rb"[\x80-\x9f]")


def decode_bytes(data: bytes, encoding: str | None = None) -> tuple[str, str]:
    """Decode `data`, returning (text, encoding name). Raises LoadError for binary data.

    The name is one Python accepts, so it can be handed back as `encoding` to override detection.
    """
    if encoding:
        return _decode_explicit(data, encoding)
    if not data:
        return "", "utf-8"
    for bom, name in _BOMS:
        if data.startswith(bom):
            text = _lenient(data[len(bom) :], name)
            if text is None:
                raise LoadError(f"the file starts with a {name} mark but is not {name} text")
            return text, name
    sample = data[:SAMPLE]
    utf16 = _utf16_without_bom(sample)
    if utf16:
        text = _lenient(data, utf16)
        if text is not None:
            return text, utf16
    _refuse_binary(sample)
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    text = _mostly_utf8(data)
    if text is not None:
        return text, "utf-8"
    return _legacy(data)


def codec_name(encoding: str) -> str:
    """The canonical name of a user-given encoding; LoadError if Python does not know it."""
    key = encoding.strip().lower().replace("_", "-")
    key = _ALIASES.get(key, key)
    try:
        info = codecs.lookup(key)
    except (LookupError, ValueError):  # ValueError (UnicodeError too): a NUL or surrogate in the name
        info = None
    if (
        info is None
        or not getattr(info, "_is_text_encoding", True)  # base64, zlib, rot13…
        or info.name.replace("_", "-") in _NOT_CHARSETS
    ):
        raise LoadError(f"unknown encoding {shown(encoding[:100])!r}")
    return _NAMES.get(info.name, info.name)


def _decode_explicit(data: bytes, encoding: str) -> tuple[str, str]:
    name = codec_name(encoding)
    if name == "utf-8" and data.startswith(codecs.BOM_UTF8):
        name = "utf-8-sig"
    text = _lenient(data, name)
    if text is None:
        raise LoadError(f"this file is not {name} text; try another encoding")
    if text.startswith("\ufeff"):
        text = text[1:]
    return text, name


def _lenient(data: bytes, codec: str) -> str | None:
    """Strict decoding, or decoding with U+FFFD for a few broken bytes; None if too many are.

    Any codec error counts as "not this encoding" (a stateful CJK codec can raise more than
    UnicodeDecodeError on bytes that are not its own)."""
    try:
        return data.decode(codec)
    except (UnicodeError, ValueError, LookupError):
        pass
    try:
        text = data.decode(codec, errors="replace")
    except (UnicodeError, ValueError, LookupError):
        return None
    return text if _few(text.count("\ufffd"), len(text)) else None


def _few(replaced: int, length: int) -> bool:
    return replaced <= MAX_REPLACED * max(length, 100)


def _mostly_utf8(data: bytes) -> str | None:
    """UTF-8 with a few broken bytes (a file cut short, two files glued together), kept as UTF-8.

    Valid multi-byte characters must outnumber the broken bytes tenfold, so a legacy file whose
    only non-ASCII bytes happen to be invalid UTF-8 is not taken for it.
    """
    text = data.decode("utf-8", errors="replace")
    bad = text.count("\ufffd")
    multibyte_extra = len(data) - len(text)  # ≥ 1 byte per valid multi-byte character
    if _few(bad, len(text)) and multibyte_extra >= 10 * bad:
        return text
    return None


def _utf16_without_bom(sample: bytes) -> str | None:
    """'utf-16-le'/'-be' when the high bytes are nearly all 0x00 (ASCII) or 0x05 (Hebrew).

    0x20 (dashes, quotes: U+2010–U+206F) may make up the rest, never the bulk: it is also the
    space byte, so a UTF-8 file of mostly spaces would otherwise read as U+2020 daggers."""
    n = len(sample) // 2 * 2
    if n < 4:
        return None
    even, odd = sample[0:n:2], sample[1:n:2]

    def ascii_or_hebrew(b: bytes) -> float:
        return (b.count(0) + b.count(5)) / len(b)

    for high, low, name in ((odd, even, "utf-16-le"), (even, odd, "utf-16-be")):
        if (
            ascii_or_hebrew(high) >= 0.6
            and ascii_or_hebrew(high) + high.count(0x20) / len(high) >= 0.9
            and low.count(0) < len(low) * 0.3
        ):
            text = _lenient(sample[:n], name)
            if text is not None and _printable_share(text) >= 0.95:
                return name
    return None


def _printable_share(text: str) -> float:
    if not text:
        return 1.0
    bad = sum(1 for c in text if unicodedata.category(c) in ("Cc", "Co", "Cn", "Cs") and c not in "\t\n\r\f")
    return 1 - bad / len(text)


def _refuse_binary(sample: bytes) -> None:
    for magic, what in _SIGNATURES:
        if sample.startswith(magic) and (magic != b"MZ" or b"\x00" in sample[:512]):
            raise LoadError(f"not a text file (it looks like {what})")
    if b"\x00" in sample:
        raise LoadError("not a text file")
    controls = sum(1 for b in sample if b in _CONTROL)
    if controls > len(sample) * 0.005:
        raise LoadError("not a text file")


def _legacy(data: bytes) -> tuple[str, str]:
    """An 8-bit file that is not UTF-8: Hebrew code pages first, then charset-normalizer."""
    sample = data[:SAMPLE]
    cp1255 = _hebrew_share(sample, "cp1255")
    if cp1255 >= 0.5:
        # Same letters at the same bytes; the superset wins unless its reading needs U+FFFD where
        # ISO-8859-8's does not (0xDF, ‗); load_bytes says when the other reads the same.
        try:
            return data.decode("cp1255"), "windows-1255"
        except UnicodeDecodeError:
            pass
        if not _C1.search(data):  # C1 controls are never text: they are Windows-1255 quotes
            try:
                return data.decode("iso-8859-8"), "iso-8859-8"
            except UnicodeDecodeError:
                pass
        text = _lenient(data, "cp1255")
        if text is not None:
            return text, "windows-1255"
        text = _lenient(data, "iso-8859-8")
        if text is not None:
            return text, "iso-8859-8"
    if _hebrew_share(sample, "cp862") >= 0.6:
        text = _lenient(data, "cp862")
        if text is not None:
            return text, "cp862"
    guess = _charset_normalizer(data)
    if guess is not None:
        return guess
    # Nothing fits well: keep every byte visible in the most likely Hebrew reading.
    return data.decode("cp1255", errors="replace"), "windows-1255"


def _byte(b: int, encoding: str) -> str | None:
    try:
        return bytes([b]).decode(encoding)
    except UnicodeDecodeError:
        return None


# the bytes the two Hebrew code pages read differently, or one of them not at all (nikud, ₪, ‗,
# typographic quotes); both are one byte a character, so a byte's reading is its reading anywhere
_HEBREW_PAGES_DIFFER = re.compile(
    b"["
    + b"".join(
        re.escape(bytes([b]))
        for b in range(256)
        if _byte(b, "cp1255") is None or _byte(b, "cp1255") != _byte(b, "iso-8859-8")
    )
    + b"]"
)


def same_reading(data: bytes, used: str) -> str | None:
    """The other Hebrew code page when it reads `data` as `used` does, else None: without nikud,
    ₪ or typographic punctuation a Windows-1255 and an ISO-8859-8 file are the same bytes, and the
    reader should not be told it is the one when it may be the other. A search of the bytes, not a
    second decoding of a file that may be 50 MB."""
    other = {"windows-1255": "iso-8859-8", "iso-8859-8": "windows-1255"}.get(used)
    return other if other and not _HEBREW_PAGES_DIFFER.search(data) else None


def _hebrew_share(sample: bytes, codec: str) -> float:
    """Share of Hebrew letters among the non-ASCII characters `sample` decodes to."""
    text = sample.decode(codec, errors="replace")
    high = [c for c in text if ord(c) > 0x7F and not c.isspace()]
    if not high:
        return 0.0
    return sum(1 for c in high if ord(c) in _HEBREW_LETTERS) / len(high)


def _charset_normalizer(data: bytes) -> tuple[str, str] | None:
    from charset_normalizer import from_bytes  # imported only for the rare non-Hebrew legacy file

    best = from_bytes(data[: 4 * SAMPLE]).best()
    if best is None:
        return None
    try:
        name = codec_name(best.encoding)
    except LoadError:
        return None
    text = _lenient(data, name)
    return (text, name) if text is not None else None
