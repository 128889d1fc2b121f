"""Hostile .docx/.odt packages: refused in one message, at a cost bounded by the package, not its claims.

Every file is built here (zip bombs by streaming zeros through the compressor), none is committed.
Memory is measured with tracemalloc: zlib's output and expat's strings are Python objects, so a
member inflated whole shows up as its full size.
"""

import io
import struct
import tracemalloc
import zipfile

import pytest

from app.core.load import LoadError, load_bytes
from app.core.loaders import office
from benchmarks.measure import zip_package as package

W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
ODT_NS = 'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"'
MB = 2**20


def docx(body: str) -> bytes:
    return package({"word/document.xml": f'<?xml version="1.0"?><w:document {W}><w:body>{body}</w:body></w:document>'.encode()})


def peak_mb(fn) -> float:
    tracemalloc.start()
    try:
        fn()
    finally:
        peak = tracemalloc.get_traced_memory()[1]
        tracemalloc.stop()
    return peak / MB


def refused(data: bytes, name: str | None = "a.docx") -> str:
    with pytest.raises(LoadError) as info:
        load_bytes(data, name=name)
    message = str(info.value)
    assert message and "\n" not in message
    return message


def test_a_mimetype_bomb_is_never_inflated_whatever_the_name():
    bomb = package({"mimetype": [(b"\0" * MB, 200)], "content.xml": b"<x/>"})  # 200 MB of zeros
    assert len(bomb) < 1 * MB
    for name in ("a.odt", "a.txt", None):
        assert peak_mb(lambda: office.office_format(bomb)) < 5
        assert peak_mb(lambda: refused(bomb, name)) < 20


def test_millions_of_empty_elements_are_refused_early():
    head = f'<?xml version="1.0"?><w:document {W}><w:body><w:p>'.encode()
    bomb = package({"word/document.xml": [(head, 1), (b"<w:r/>" * 100_000, 10)]})  # a million
    assert len(bomb) < 1 * MB
    assert "more XML elements than text" in refused(bomb)
    assert peak_mb(lambda: refused(bomb)) < 30


def test_deep_nesting_is_bounded_too():
    bomb = docx("<w:p>" + "<w:r>" * 300_000)
    assert peak_mb(lambda: refused(bomb)) < 30


def test_text_is_measured_in_bytes_as_it_grows():
    hebrew = docx("<w:p><w:r><w:t>" + "א" * 600 + "</w:t></w:r></w:p>")  # 600 characters, 1,200 bytes
    latin = docx("<w:p><w:r><w:t>" + "a" * 600 + "</w:t></w:r></w:p>")
    with pytest.raises(LoadError, match="over"):
        office.docx_text(hebrew, 1000)
    assert office.docx_text(latin, 1000) == "a" * 600
    spaces = package({"content.xml": f'<text:p {ODT_NS}>'.encode() + b'<text:s text:c="1000"/>' * 10_000})
    with pytest.raises(LoadError, match="over"):
        office.odt_text(spaces, 1_000_000)  # 10 MB of spaces from 230 KB of elements


def test_a_doctype_anywhere_is_refused_by_the_parser():
    late = '<?xml version="1.0"?><!--' + "x" * 10_000 + '--><!DOCTYPE w:document [<!ENTITY a "boom">]>'
    data = package({"word/document.xml": (late + f"<w:document {W}><w:body><w:p><w:r><w:t>&a;</w:t></w:r></w:p></w:body></w:document>").encode()})
    assert "refused" in refused(data)
    external = '<?xml version="1.0"?><!DOCTYPE w:document SYSTEM "file:///dev/zero">'
    assert "refused" in refused(package({"word/document.xml": (external + f"<w:document {W}/>").encode()}))


def _patch_flags(data: bytes, flag: int | None = None, method: int | None = None) -> bytes:
    """Set the general-purpose flags / compression method in every local and central header."""
    out = bytearray(data)
    for sig, flag_at, method_at in ((b"PK\x03\x04", 6, 8), (b"PK\x01\x02", 8, 10)):
        at = out.find(sig)
        while at >= 0:
            if flag is not None:
                struct.pack_into("<H", out, at + flag_at, flag)
            if method is not None:
                struct.pack_into("<H", out, at + method_at, method)
            at = out.find(sig, at + 4)
    return bytes(out)


def test_encrypted_deflate64_and_damaged_parts_give_one_line():
    good = docx("<w:p><w:r><w:t>" + "שלום עולם " * 500 + "</w:t></w:r></w:p>")
    assert "password" in refused(_patch_flags(good, flag=1))
    assert "compressed" in refused(_patch_flags(good, method=9))  # Deflate64
    assert "compressed" in refused(_patch_flags(good, method=99))
    middle = good.find(b"PK\x03\x04") + 30 + len("word/document.xml") + 20
    for garbage in (b"\xff" * 8, b"\x00" * 8, b"\x07\x07"):
        damaged = good[:middle] + garbage + good[middle + len(garbage) :]
        assert "damaged" in refused(damaged)


def test_a_directory_of_too_many_parts_is_refused_before_it_is_read():
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr("word/document.xml", f"<w:document {W}/>")
        for i in range(office.MAX_MEMBERS):
            z.writestr(f"x/{i}", b"")
    assert "parts" in refused(buf.getvalue())


def test_a_real_document_with_formatting_on_every_character_still_opens():
    run = '<w:r><w:rPr><w:b/><w:i/><w:rFonts w:ascii="David"/><w:sz w:val="24"/></w:rPr><w:t>ש</w:t></w:r>'
    data = docx("<w:p>" + run * 50_000 + "</w:p>")
    assert load_bytes(data, name="a.docx").text == "ש" * 50_000


def test_a_directory_bigger_than_its_end_record_admits_is_refused_too():
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr("word/document.xml", f"<w:document {W}/>")
        for i in range(office.MAX_DIRECTORY_BYTES // 46):
            z.writestr(f"x/{i}", b"")
    data = bytearray(buf.getvalue())
    end = data.rfind(b"PK\x05\x06")
    struct.pack_into("<HH", data, end + 8, 1, 1)  # the end record claims a single part
    assert "parts" in refused(bytes(data))


@pytest.mark.parametrize("hostile", [b'<w:r a="', b"<!--", b"<?pi ", b"<w:"])
def test_a_tag_or_comment_of_megabytes_is_refused_before_expat_rescans_it(hostile):
    head = f'<?xml version="1.0"?><w:document {W}><w:body><w:p>'.encode()
    bomb = package({"word/document.xml": [(head + hostile, 1), (b"x" * MB, 30)]})  # 30 MB in one token
    assert "over 1 MB" in refused(bomb)


def test_megabytes_of_text_in_one_run_are_streamed_not_refused():
    head = f'<?xml version="1.0"?><w:document {W}><w:body><w:p><w:r><w:t>'.encode()
    data = package({"word/document.xml": [(head, 1), ("שלום ".encode() * 300_000, 1), (b"</w:t></w:r></w:p></w:body></w:document>", 1)]})
    assert load_bytes(data, name="a.docx", visual="no").text == "שלום " * 300_000
