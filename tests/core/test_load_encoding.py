"""Encoding detection on the byte patterns Hebrew files really have."""

import codecs
import os

import pytest

from app.core.load import LoadError, decode_bytes, load_bytes

SENTENCE = "ראש הממשלה נפגש היום עם נשיא רוסיה במוסקבה, ואמר כי השיחה הייתה טובה מאוד."


def test_windows_1255_punctuation_nikud_and_shekel_decode_as_windows_1255():
    text = "הוא אמר: “שָׁלוֹם” – והמחיר 20 ₪ בלבד… " + SENTENCE
    data = text.encode("cp1255")
    assert decode_bytes(data) == (text, "windows-1255")


def test_iso_8859_8_letters_decode_to_the_same_text():
    data = SENTENCE.encode("iso-8859-8")
    text, used = decode_bytes(data)
    assert text == SENTENCE and used in ("windows-1255", "iso-8859-8")


def test_a_file_that_reads_the_same_in_both_hebrew_code_pages_says_so():
    """Seen in the window: an ISO-8859-8 file was reported as Windows-1255 alone. Without nikud, ₪
    or typographic punctuation the two are the same bytes, so the file may be either: the load
    names the other one too (detected only: a reader's own choice stands alone)."""
    loaded = load_bytes(SENTENCE.encode("iso-8859-8"), name="a.txt")
    assert loaded.text == SENTENCE and {loaded.encoding, loaded.also} == {"windows-1255", "iso-8859-8"}
    assert load_bytes(("“שָׁלוֹם” " + SENTENCE).encode("cp1255"), name="a.txt").also is None
    assert load_bytes(SENTENCE.encode("iso-8859-8"), name="a.txt", encoding="iso-8859-8").also is None
    assert load_bytes(SENTENCE.encode("utf-8"), name="a.txt").also is None
    page = '<html><head><meta charset="windows-1255"></head><body><p>' + SENTENCE + "</p></body></html>"
    assert load_bytes(page.encode("cp1255"), name="a.html").also is None  # the page said which


def test_a_byte_only_iso_8859_8_defines_is_read_in_iso_8859_8():
    """0xDF (‗) is text in ISO-8859-8 and undefined in Windows-1255: the strict reading wins over
    one that turns the byte into U+FFFD."""
    text = SENTENCE + " ‗"
    assert decode_bytes(text.encode("iso-8859-8")) == (text, "iso-8859-8")
    quoted = ("“" + SENTENCE + "”").encode("cp1255") + b"\x81"  # a stray byte in a Windows file
    assert decode_bytes(quoted)[1] == "windows-1255"  # its quotes are not taken for C1 controls


def test_short_hebrew_is_not_mistaken_for_another_code_page():
    assert decode_bytes("שלום".encode("cp1255")) == ("שלום", "windows-1255")


def test_dos_hebrew():
    assert decode_bytes(SENTENCE.encode("cp862")) == (SENTENCE, "cp862")


def test_non_hebrew_legacy_goes_to_charset_normalizer():
    text = "Привет, как дела? Это проверка кодировки для русского текста. " * 5
    decoded, used = decode_bytes(text.encode("cp1251"))
    assert decoded == text and used == "cp1251"


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
def test_utf16_without_bom_hebrew_only_and_mixed(codec):
    for text in (SENTENCE, "Tamtzit תמצית 2024 " * 3):
        assert decode_bytes(text.encode(codec)) == (text, codec)


def test_utf32_bom():
    assert decode_bytes(codecs.BOM_UTF32_LE + SENTENCE.encode("utf-32-le")) == (SENTENCE, "utf-32-le")


def test_lone_surrogate_in_utf16_becomes_a_replacement_character():
    data = codecs.BOM_UTF16_LE + SENTENCE.encode("utf-16-le") + b"\x00\xd8" + "סוף".encode("utf-16-le")
    text, used = decode_bytes(data)
    assert used == "utf-16-le"
    assert text == SENTENCE + "\ufffd" + "סוף"
    text.encode("utf-8")  # printable and storable: no lone surrogate leaks out


def test_utf8_with_a_few_broken_bytes_stays_utf8():
    cut = (SENTENCE + "שלום").encode("utf-8")[:-1]  # cut inside its last character
    assert decode_bytes(cut) == (SENTENCE + "שלו\ufffd", "utf-8")
    part = SENTENCE * 3
    glued = part.encode("utf-8") + b"\xff\xfe" + part.encode("utf-8")
    assert decode_bytes(glued) == (part + "\ufffd\ufffd" + part, "utf-8")


def test_mostly_ascii_legacy_file_is_not_taken_for_broken_utf8():
    text = "Meeting notes, version 2, written in English with one Hebrew word: " * 3 + "שלום"
    assert decode_bytes(text.encode("cp1255")) == (text, "windows-1255")


@pytest.mark.parametrize(
    "data",
    [os.urandom(4096), b"\x00\x01\x02\x03" * 100, b"%PDF-1.7\n%\xe2\xe3", b"\x89PNG\r\n\x1a\n" + bytes(50)],
)
def test_binary_is_refused(data):
    with pytest.raises(LoadError, match="not a text file"):
        decode_bytes(data)


def test_explicit_encoding_overrides_and_names_are_normalised():
    data = SENTENCE.encode("cp1255")
    assert decode_bytes(data, "ISO-8859-8-I") == (SENTENCE, "iso-8859-8")
    assert decode_bytes(data, "cp1255")[1] == "windows-1255"
    for name in ("klingon-8", "base64", "rot13", "zlib"):  # the last three are not text encodings
        with pytest.raises(LoadError, match="unknown encoding"):
            decode_bytes(data, name)
    with pytest.raises(LoadError, match="not utf-8"):
        decode_bytes(data, "utf-8")


def test_explicit_utf8_on_a_bom_file_drops_the_mark():
    assert decode_bytes(codecs.BOM_UTF8 + b"abc", "utf-8") == ("abc", "utf-8-sig")


@pytest.mark.parametrize("data", [b"", b"   \n\t\r\n  ", codecs.BOM_UTF8, codecs.BOM_UTF16_LE + " \n".encode("utf-16-le")])
def test_empty_and_whitespace_only_load_as_empty_text(data):
    assert load_bytes(data).text == ""


def test_html_declared_charset_is_honoured():
    page = '<html><head><meta charset="iso-8859-8"></head><body><p>' + SENTENCE + "</p></body></html>"
    loaded = load_bytes(page.encode("iso-8859-8"), name="page.html")
    assert loaded.text == SENTENCE and loaded.encoding == "iso-8859-8"


@pytest.mark.parametrize("declared", ["utf-8", "zlib", "no-such-charset"])
def test_html_declaring_a_wrong_or_bogus_charset_still_loads(declared):
    page = f'<html><head><meta charset="{declared}"></head><body><p>{SENTENCE}</p></body></html>'
    loaded = load_bytes(page.encode("cp1255"), name="page.html")
    assert loaded.text == SENTENCE and loaded.encoding == "windows-1255"


@pytest.mark.parametrize(
    "declared", ["undefined", "idna", "punycode", "unicode_escape", "raw-unicode-escape", "utf-7", "charmap"]
)
def test_a_page_naming_a_codec_that_is_no_charset_is_detected_instead(declared):
    page = f'<html><head><meta charset="{declared}"></head><body><p>{SENTENCE}</p></body></html>'
    for data in (page.encode("utf-8"), page.encode("cp1255")):
        loaded = load_bytes(data, name="page.html")
        assert loaded.text == SENTENCE and loaded.encoding in ("utf-8", "windows-1255")


@pytest.mark.parametrize("name", ["undefined", "idna", "punycode", "unicode_escape", "utf_7", "base64"])
def test_an_explicit_encoding_must_be_a_text_charset(name):
    with pytest.raises(LoadError):
        load_bytes(SENTENCE.encode(), encoding=name)


@pytest.mark.parametrize("declared", ["utf-16", "UTF-16LE", "utf-16be", "unicode"])
def test_a_utf16_meta_on_an_ascii_compatible_page_means_utf8_as_browsers_read_it(declared):
    page = f'<html><head><meta charset="{declared}"></head><body><p>{SENTENCE}</p></body></html>'
    loaded = load_bytes(page.encode("utf-8"), name="page.html")
    assert loaded.text == SENTENCE and loaded.encoding == "utf-8"
    assert load_bytes(page.encode("utf-8")).text == SENTENCE  # sniffed as a page on standard input


@pytest.mark.parametrize("quoted", ["utf-16", "windows-1255", "unicode_escape"])
def test_plain_text_quoting_a_meta_line_is_detected_not_obeyed(quoted):
    text = f'כך כותבים את זה: <meta charset="{quoted}"> בראש העמוד.\n{SENTENCE}\n'
    loaded = load_bytes(text.encode("utf-8"))  # standard input: no name
    assert loaded.text == text.strip() or loaded.text == text
    assert loaded.encoding == "utf-8"


@pytest.mark.parametrize("spaces", [64 * 1024, 2**20])
def test_utf8_that_starts_with_spaces_is_not_read_as_utf16(spaces):
    data = b" " * spaces + SENTENCE.encode("utf-8") + b"\n"
    text, used = decode_bytes(data)
    assert used == "utf-8" and text.strip() == SENTENCE
