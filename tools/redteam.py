"""Red-team driver: build hostile inputs in a temp folder and run Tamtzit on each in its own process.

    python tools/redteam.py [--only SUBSTRING] [--timeout S] [--keep]

Each case runs `python main.py …` with a 4 GiB address-space limit, a scratch HOME and the offscreen
Qt platform, and records exit code, stderr lines, traceback presence, wall time and peak RSS. A case
passes on a clean refusal (exit 3, or 2 for a usage error, with exactly one `tamtzit:` line on
stderr) or on a valid analysis (exit 0; valid JSON with --json), with no traceback, within the time
limit, under 1.5 GB peak RSS. Not a unit test: it takes minutes and a lot of memory; the tests in
tests/ cover each class on small inputs.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import signal
import struct
import subprocess
import sys
import tempfile
import time
import zipfile
import zlib
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
AS_LIMIT = 4 * 1024**3
RSS_LIMIT_KB = 1_500_000
SAMPLE = (ROOT / "resources/samples/seed-netanyahu-putin.txt").read_text(encoding="utf-8")
MiB = 1024 * 1024


@dataclass
class Case:
    name: str
    args: list[str]  # after `main.py`; {d} is the case's folder
    build: object = None  # callable(folder: Path) -> None
    stdin: bytes | None = None
    gui: bool = False
    settings: object = None  # callable(config_dir: Path) -> None
    expect_file: str | None = None  # a file the run must have written (exit 0) — e.g. a screenshot
    results: dict = field(default_factory=dict)


# --- builders -----------------------------------------------------------------------------------

def write(name: str, data: bytes | str):
    def build(d: Path) -> None:
        (d / name).write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
    return build


def zip_bytes(members: list[tuple[str, bytes, int]]) -> bytes:
    import io

    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        for name, data, kind in members:
            z.writestr(zipfile.ZipInfo(name), data, compress_type=kind)
    return buf.getvalue()


def zip_stream(name: str, members: list[tuple[str, object]]) -> object:
    """A zip whose members are written from generators (for members of hundreds of MB)."""
    def build(d: Path) -> None:
        with zipfile.ZipFile(d / name, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=9) as z:
            for member, chunks in members:
                with z.open(member, "w", force_zip64=True) as f:
                    for c in chunks():
                        f.write(c)
    return build


D = zipfile.ZIP_DEFLATED
S = zipfile.ZIP_STORED
CT = (b'<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
      b'<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.'
      b'wordprocessingml.document.main+xml"/></Types>')
W = b'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


def docx_of(body: bytes) -> bytes:
    doc = b'<?xml version="1.0"?><w:document ' + W + b"><w:body>" + body + b"</w:body></w:document>"
    return zip_bytes([("[Content_Types].xml", CT, D), ("word/document.xml", doc, D)])


def para(text: str) -> bytes:
    return b"<w:p><w:r><w:t>" + text.encode() + b"</w:t></w:r></w:p>"


GOOD_DOCX = docx_of(b"".join(para(line) for line in SAMPLE.splitlines() if line.strip()))
ODT_MIME = b"application/vnd.oasis.opendocument.text"
ODT_CONTENT = (b'<?xml version="1.0"?><office:document-content xmlns:office="urn:oasis:names:tc:opendocument:'
               b'xmlns:office:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"><office:body>'
               b"<office:text><text:p>" + SAMPLE[:500].encode() + b"</text:p></office:text></office:body>"
               b"</office:document-content>")
GOOD_ODT = zip_bytes([("mimetype", ODT_MIME, S), ("content.xml", ODT_CONTENT, D)])


def patch_flags(data: bytes, member: str, flag_or: int = 0, method: int | None = None) -> bytes:
    """Set general-purpose flag bits / the compression method of `member` in both headers."""
    b = bytearray(data)
    name = member.encode()
    # (signature, offset of the name length, of the name, of the flags) in local and central headers
    for sig, n_at, name_at, flag_at in ((b"PK\x03\x04", 26, 30, 6), (b"PK\x01\x02", 28, 46, 8)):
        i = b.find(sig)
        while i >= 0:
            n = struct.unpack_from("<H", b, i + n_at)[0]
            if bytes(b[i + name_at:i + name_at + n]) == name:
                struct.pack_into("<H", b, i + flag_at, struct.unpack_from("<H", b, i + flag_at)[0] | flag_or)
                if method is not None:
                    struct.pack_into("<H", b, i + flag_at + 2, method)
            i = b.find(sig, i + 4)
    return bytes(b)


def damage_deflate(data: bytes, member: str) -> bytes:
    b = bytearray(data)
    i = b.find(b"PK\x03\x04" + bytes(b[4:4]))
    while i >= 0:
        n, x = struct.unpack_from("<HH", b, i + 26)
        if bytes(b[i + 30:i + 30 + n]) == member.encode():
            start = i + 30 + n + x
            for k in range(start + 2, start + 40):
                b[k] ^= 0xFF
            break
        i = b.find(b"PK\x03\x04", i + 4)
    return bytes(b)


def zeros(total: int, chunk: int = MiB):
    def gen():
        left = total
        while left > 0:
            n = min(chunk, left)
            yield b"\0" * n
            left -= n
    return gen


def repeated(piece: bytes, count: int, head: bytes = b"", tail: bytes = b""):
    def gen():
        yield head
        per = max(1, MiB // len(piece))
        left = count
        while left > 0:
            n = min(per, left)
            yield piece * n
            left -= n
        yield tail
    return gen


def hebrew_words(n_bytes: int, sep: str = " ") -> str:
    words = [w for w in SAMPLE.split() if any("\u05d0" <= c <= "\u05ea" for c in w)]
    out, size, i = [], 0, 0
    while size < n_bytes:
        w = words[i % len(words)]
        out.append(w)
        size += len(w.encode()) + 1
        i += 1
    return sep.join(out)


def fifo(name: str):
    def build(d: Path) -> None:
        os.mkfifo(d / name)
    return build


def symlink(name: str, target: str):
    def build(d: Path) -> None:
        os.symlink(target, d / name)
    return build


def settings_text(data: bytes | str):
    def build(cfg: Path) -> None:
        (cfg / "settings.json").write_bytes(data.encode() if isinstance(data, str) else data)
    return build


# --- cases --------------------------------------------------------------------------------------

def html(body: str, head: str = "") -> str:
    return f"<!doctype html><html><head>{head}<title>כותרת</title></head><body>{body}</body></html>"


def meta_case(charset: str, data_encoding: str = "utf-8") -> Case:
    page = html(f"<p>{SAMPLE[:800]}</p>", f'<meta charset="{charset}">')
    safe = "".join(c if c.isalnum() else "_" for c in charset)[:20]
    return Case(f"meta-charset-{safe}", ["analyze", "{d}/page.html", "--json"],
                write("page.html", page.encode(data_encoding, "replace")))


def cases() -> list[Case]:
    a = lambda f, *extra: ["analyze", "{d}/" + f, "--json", *extra]  # noqa: E731
    text = SAMPLE
    c: list[Case] = []
    add = c.append
    # text floods
    add(Case("punct-1MiB", a("p.txt"), write("p.txt", (".,;:!?-–—\"'()[]" * 70000)[:MiB])))
    add(Case("dots-3MiB", a("d.txt"), write("d.txt", "." * 3 * MiB)))
    add(Case("dots-3MiB-stdin", ["analyze", "-", "--json"], stdin=b"." * 3 * MiB))
    add(Case("commas-2MiB-spaced", a("c.txt"), write("c.txt", ", " * MiB)))
    add(Case("lines-1e5", a("l.txt"), write("l.txt", "שלום עולם\n" * 100_000)))
    add(Case("lines-1e6", a("l.txt"), write("l.txt", "אב\n" * 1_000_000)))
    add(Case("lines-1e6-numbers", a("l.txt"), write("l.txt", "".join(f"{i}\n" for i in range(1_000_000)))))
    add(Case("one-line-5MB-hebrew", a("o.txt"), write("o.txt", hebrew_words(5 * MiB))))
    add(Case("one-line-5MB-stdin", ["analyze", "-", "--json"], stdin=hebrew_words(5 * MiB).encode()))
    add(Case("one-word-5MB", a("w.txt"), write("w.txt", "א" * (5 * MiB // 2))))
    add(Case("names-flood", a("n.txt"), write("n.txt", " ".join(f"בנימין נתניהו{i % 97} ויוסי כהן{i}." for i in range(40000)))))
    add(Case("hebrew-10MB", a("h.txt"), write("h.txt", (text + "\n\n") * (10 * MiB // len(text.encode())))))
    add(Case("mostly-spaces-utf8", a("s.txt"), write("s.txt", " " * MiB + text)))
    add(Case("mostly-spaces-stdin", ["analyze", "-", "--json"], stdin=(" " * 100_000 + text).encode()))
    add(Case("newlines-only-2MiB", a("nl.txt"), write("nl.txt", "\n" * 2 * MiB)))
    add(Case("nul-bytes", a("z.txt"), write("z.txt", text.encode() + b"\0" * 100_000 + text.encode())))
    add(Case("all-nul-1MiB", a("z.txt"), write("z.txt", b"\0" * MiB)))
    add(Case("invalid-utf8-everywhere", a("i.txt"), write("i.txt", b"".join(w.encode() + b"\xff\xc3" for w in text.split()))))
    add(Case("random-bytes-1MiB", a("r.txt"), write("r.txt", os.urandom(MiB))))
    add(Case("utf16-lone-surrogates", a("u.txt"), write("u.txt", b"\xff\xfe" + text.encode("utf-16-le") + b"\x00\xd8\x41\x00" * 5000)))
    add(Case("utf16-no-bom", a("u.txt"), write("u.txt", text.encode("utf-16-le"))))
    add(Case("utf16be-bom-then-utf8", a("u.txt"), write("u.txt", b"\xfe\xff" + text.encode())))
    add(Case("utf8-bom-then-utf16", a("u.txt"), write("u.txt", b"\xef\xbb\xbf" + text.encode("utf-16-le"))))
    add(Case("utf32-bom", a("u.txt"), write("u.txt", text.encode("utf-32"))))
    add(Case("bidi-controls", a("b.txt"), write("b.txt", "\u202e\u2066\u200f" * 50000 + text + "\u202d" * 1000)))
    add(Case("bidi-controls-human", ["analyze", "{d}/b.txt"], write("b.txt", "\u202e" + text.replace(".", ".\u202e\u0007\x1b[31m"))))
    add(Case("visual-order-hebrew", a("v.txt"), write("v.txt", "\n".join(line[::-1] for line in text.splitlines()))))
    add(Case("visual-order-yes-1MiB", a("v.txt", "--visual", "yes"), write("v.txt", ("\n".join(line[::-1] for line in text.splitlines()) + "\n") * 150)))
    add(Case("combining-marks-flood", a("m.txt"), write("m.txt", "א" + "\u05b0\u05b4\u05bc" * 300_000)))
    # markdown
    add(Case("md-blockquote-deep", a("q.md"), write("q.md", ">" * 200_000 + " שלום")))
    add(Case("md-blockquote-lines", a("q.md"), write("q.md", "".join(">" * (i % 50) + " שורה\n" for i in range(100_000)))))
    add(Case("md-backticks", a("b.md"), write("b.md", "`" * 500_000 + " x " + "``" * 100_000)))
    add(Case("md-backtick-runs", a("b.md"), write("b.md", " ".join("`" * (i % 40 + 1) for i in range(100_000)))))
    add(Case("md-brackets", a("k.md"), write("k.md", "[" * 200_000 + "](" * 100_000)))
    add(Case("md-emphasis", a("e.md"), write("e.md", "*_" * 300_000)))
    add(Case("md-lists-deep", a("l.md"), write("l.md", "".join(" " * (2 * i) + "- פריט\n" for i in range(3000)))))
    # html
    add(Case("html-nested-1e5", a("n.html"), write("n.html", html("<div>" * 100_000 + text + "</div>" * 100_000))))
    add(Case("html-nested-unclosed-5e5", a("n.html"), write("n.html", html("<span><b>" * 250_000 + text))))
    add(Case("html-huge-attribute", a("a.html"), write("a.html", html(f'<p title="{"x" * 5 * MiB}">{text}</p>'))))
    add(Case("html-many-attributes", a("a.html"), write("a.html", html("<p " + " ".join(f"a{i}=1" for i in range(200_000)) + f">{text}</p>"))))
    add(Case("html-embed-void", a("e.html"), write("e.html", html(f'<p>לפני</p><embed src="x.swf"><p>{text}</p>'))))
    add(Case("html-noembed-noframes", a("e.html"), write("e.html", html(f"<noembed><script>alert(1)</script>SECRETSCRIPT</noembed><noframes>var x=1;</noframes><p>{text}</p>"))))
    add(Case("html-unclosed-script", a("s.html"), write("s.html", html(f"<p>{text}</p><script>" + "x" * MiB))))
    add(Case("html-comment-unclosed", a("c.html"), write("c.html", html(f"<p>{text}</p><!--" + "-" * MiB))))
    add(Case("html-entities-flood", a("e.html"), write("e.html", html("<p>" + "&amp;&#1488;&#x5d0;&#99999999;" * 100_000 + "</p>"))))
    add(Case("html-many-paragraphs", a("p.html"), write("p.html", html("<p>שלום.</p>" * 200_000))))
    add(Case("html-as-txt-stdin", ["analyze", "-", "--json"], stdin=html(f"<p>{text}</p>").encode()))
    add(Case("html-table-deep", a("t.html"), write("t.html", html("<table><tr><td>" * 30_000 + text))))
    for cs in ["undefined", "idna", "punycode", "unicode_escape", "raw_unicode_escape", "utf-16", "utf-7",
               "x-user-defined", "rot13", "base64", "zlib", "hex", "uu", "mbcs", "cp65001", "utf-32",
               "garbage\u05d0\x00", "x" * 5000, "windows-1255", "iso-8859-8-i", "replacement", "bz2_codec"]:
        add(meta_case(cs))
    add(Case("meta-http-equiv-idna", a("p.html"), write("p.html", html(f"<p>{text}</p>", '<meta http-equiv="Content-Type" content="text/html; charset=idna">'))))
    add(Case("stdin-quotes-meta-utf16", ["analyze", "-", "--json"], stdin=('<meta charset="utf-16">\n' + text).encode()))
    for enc in ["undefined", "idna", "punycode", "unicode_escape", "utf-7", "x-user-defined", "zlib", "rot13",
                "hex", "base64", "uu", "bz2", "utf-16", "nope", ""]:
        add(Case(f"--encoding-{enc or 'empty'}".replace("\x00", "NUL"), a("t.txt", "--encoding", enc), write("t.txt", text)))
    add(Case("--encoding-idna-stdin", ["analyze", "-", "--json", "--encoding", "idna"], stdin=text.encode()))
    # office
    add(Case("docx-good", a("g.docx"), write("g.docx", GOOD_DOCX)))
    add(Case("odt-good", a("g.odt"), write("g.odt", GOOD_ODT)))
    add(Case("docx-huge-member-400MB", a("h.docx"), zip_stream("h.docx", [("[Content_Types].xml", lambda: [CT]), ("word/document.xml", zeros(400 * MiB))])))
    add(Case("docx-20M-empty-elements", a("e.docx"), zip_stream("e.docx", [("[Content_Types].xml", lambda: [CT]), ("word/document.xml", repeated(b"<a/>", 20_000_000, b"<w:document " + W + b"><w:body>", b"</w:body></w:document>"))])))
    add(Case("docx-many-paragraphs", a("p.docx"), zip_stream("p.docx", [("[Content_Types].xml", lambda: [CT]), ("word/document.xml", repeated(para("שלום עולם."), 3_000_000, b"<w:document " + W + b"><w:body>", b"</w:body></w:document>"))])))
    add(Case("docx-nested-1e6", a("n.docx"), zip_stream("n.docx", [("[Content_Types].xml", lambda: [CT]), ("word/document.xml", repeated(b"<w:p>", 1_000_000, b"<w:document " + W + b"><w:body>"))])))
    add(Case("docx-many-members", a("m.docx"), write("m.docx", zip_bytes([("[Content_Types].xml", CT, D), ("word/document.xml", b"<w:document " + W + b"/>", D)] + [(f"x/{i}", b"", S) for i in range(60_000)]))))
    laughs = b'<!DOCTYPE d [<!ENTITY a "ha">' + b"".join(b'<!ENTITY %c "&%c;&%c;&%c;&%c;&%c;&%c;&%c;&%c;&%c;&%c;">' % ((98 + i,) + (97 + i,) * 10) for i in range(9)) + b"]>"
    add(Case("docx-billion-laughs", a("l.docx"), write("l.docx", zip_bytes([("[Content_Types].xml", CT, D), ("word/document.xml", b'<?xml version="1.0"?>' + laughs + b"<w:document " + W + b"><w:body><w:p><w:r><w:t>&j;</w:t></w:r></w:p></w:body></w:document>", D)]))))
    add(Case("docx-dtd-after-600-bytes", a("l.docx"), write("l.docx", zip_bytes([("[Content_Types].xml", CT, D), ("word/document.xml", b'<?xml version="1.0"?>' + b"<!--" + b"x" * 700 + b"-->" + laughs + b"<w:document " + W + b"><w:body><w:p><w:r><w:t>&j;</w:t></w:r></w:p></w:body></w:document>", D)]))))
    add(Case("docx-external-entity", a("x.docx"), write("x.docx", zip_bytes([("[Content_Types].xml", CT, D), ("word/document.xml", b'<?xml version="1.0"?><!DOCTYPE d [<!ENTITY e SYSTEM "file:///etc/passwd">]><w:document ' + W + b"><w:body><w:p><w:r><w:t>&e;</w:t></w:r></w:p></w:body></w:document>", D)]))))
    add(Case("docx-encrypted-member", a("c.docx"), write("c.docx", patch_flags(GOOD_DOCX, "word/document.xml", 0x1))))
    add(Case("docx-deflate64-flag", a("d.docx"), write("d.docx", patch_flags(GOOD_DOCX, "word/document.xml", 0, 9))))
    add(Case("docx-method-99", a("d.docx"), write("d.docx", patch_flags(GOOD_DOCX, "word/document.xml", 0, 99))))
    add(Case("docx-bzip2-member", a("b.docx"), write("b.docx", zip_bytes([("[Content_Types].xml", CT, D), ("word/document.xml", GOOD_DOCX and b"<w:document " + W + b"><w:body>" + para("שלום") + b"</w:body></w:document>", zipfile.ZIP_BZIP2)]))))
    add(Case("docx-lzma-member", a("b.docx"), write("b.docx", zip_bytes([("[Content_Types].xml", CT, D), ("word/document.xml", b"<w:document " + W + b"><w:body>" + para("שלום") + b"</w:body></w:document>", zipfile.ZIP_LZMA)]))))
    add(Case("docx-damaged-deflate", a("d.docx"), write("d.docx", damage_deflate(GOOD_DOCX, "word/document.xml"))))
    add(Case("docx-bad-crc", a("d.docx"), write("d.docx", GOOD_DOCX.replace(GOOD_DOCX[-30:-26], GOOD_DOCX[-30:-26]) if False else _bad_crc(GOOD_DOCX))))
    add(Case("docx-truncated", a("t.docx"), write("t.docx", GOOD_DOCX[: len(GOOD_DOCX) // 2])))
    add(Case("docx-truncated-as-txt", a("t.txt"), write("t.txt", GOOD_DOCX[: len(GOOD_DOCX) // 2])))
    add(Case("docx-no-document-xml", a("n.docx"), write("n.docx", zip_bytes([("[Content_Types].xml", CT, D)]))))
    add(Case("docx-not-xml", a("n.docx"), write("n.docx", zip_bytes([("[Content_Types].xml", CT, D), ("word/document.xml", os.urandom(5000), D)]))))
    add(Case("docx-renamed-txt-stdin", ["analyze", "-", "--json"], stdin=GOOD_DOCX))
    add(Case("docx-zip64-claims", a("z.docx"), write("z.docx", b"PK\x03\x04" + b"\xff" * 2000)))
    add(Case("odt-no-mimetype", a("n.odt"), write("n.odt", zip_bytes([("content.xml", ODT_CONTENT, D)]))))
    add(Case("odt-mimetype-huge", a("m.odt"), zip_stream("m.odt", [("mimetype", zeros(1000 * MiB)), ("content.xml", lambda: [ODT_CONTENT])])))
    add(Case("odt-mimetype-huge-as-txt-stdin", ["analyze", "-", "--json"], build=zip_stream("m.odt", [("mimetype", zeros(1000 * MiB)), ("content.xml", lambda: [ODT_CONTENT])]), stdin=b"@m.odt"))
    add(Case("odt-content-huge-text", a("h.odt"), zip_stream("h.odt", [("mimetype", lambda: [ODT_MIME]), ("content.xml", repeated(b"\xd7\x90 ", 200_000_000, ODT_CONTENT[:ODT_CONTENT.index(b"<text:p>") + 8], b"</text:p></office:text></office:body></office:document-content>"))])))
    add(Case("odt-encrypted", a("c.odt"), write("c.odt", patch_flags(GOOD_ODT, "content.xml", 0x1))))
    add(Case("zip-empty", a("e.docx"), write("e.docx", b"PK\x05\x06" + b"\0" * 18)))
    add(Case("zip-only-PK", a("p.txt"), write("p.txt", b"PK")))
    # names and kinds of file
    add(Case("name-markup", ["analyze", '{d}/<img src="file:&#47;&#47;&#47;dev&#47;zero">n.txt', "--json"], write('<img src="file:&#47;&#47;&#47;dev&#47;zero">n.txt', text)))
    add(Case("name-newlines", ["analyze", "{d}/a\nb\r\x1b[31m.txt", "--json"], write("a\nb\r\x1b[31m.txt", text)))
    add(Case("name-newline-missing", ["analyze", "{d}/no\nsuch\n.txt", "--json"]))
    add(Case("name-very-long", ["analyze", "{d}/" + "א" * 125 + ".txt", "--json"], write("א" * 125 + ".txt", text)))
    add(Case("name-too-long", ["analyze", "{d}/" + "x" * 5000 + ".txt", "--json"]))
    add(Case("name-deep-path-missing", ["analyze", "{d}/" + "a/" * 3000 + "x.txt", "--json"]))
    add(Case("name-invalid-utf8", ["analyze", "{d}/\udcff\udcfe.txt", "--json"], write("\udcff\udcfe.txt", text)))
    add(Case("fifo", a("f.txt"), fifo("f.txt")))
    add(Case("dev-zero", ["analyze", "/dev/zero", "--json"]))
    add(Case("dev-null", ["analyze", "/dev/null", "--json"]))
    add(Case("dev-urandom", ["analyze", "/dev/urandom", "--json"]))
    add(Case("proc-self-mem", ["analyze", "/proc/self/mem", "--json"]))
    add(Case("proc-file-size-0", ["analyze", "/proc/self/status", "--json"]))
    add(Case("directory", ["analyze", "{d}", "--json"]))
    add(Case("symlink-loop", a("loop.txt"), symlink("loop.txt", "loop.txt")))
    add(Case("symlink-to-dev-zero", a("z.txt"), symlink("z.txt", "/dev/zero")))
    add(Case("empty-file", a("e.txt"), write("e.txt", b"")))
    add(Case("stdin-dev-zero", ["analyze", "-", "--json"], stdin=b"@/dev/zero"))
    add(Case("stdin-closed", ["analyze", "-", "--json"], stdin=b"@CLOSED"))
    add(Case("too-large-file", a("big.txt"), _sparse("big.txt", 60 * MiB)))
    # arguments
    add(Case("--sentences-neg", a("t.txt", "--sentences", "-1"), write("t.txt", text)))
    add(Case("--sentences-1e30", a("t.txt", "--sentences", str(10**30)), write("t.txt", text)))
    add(Case("--sentences-huge-digits", a("t.txt", "--sentences", "9" * 5000), write("t.txt", text)))
    add(Case("--ratio-nan", a("t.txt", "--ratio", "nan"), write("t.txt", text)))
    add(Case("--ratio-inf", a("t.txt", "--ratio", "inf"), write("t.txt", text)))
    add(Case("--ratio-1e-300", a("t.txt", "--ratio", "1e-300"), write("t.txt", text)))
    for alg in ("news", "frequency", "graph", "lsa"):
        add(Case(f"algorithm-{alg}-1e5-lines", a("l.txt", "--algorithm", alg, "--sentences", "50"), write("l.txt", "".join(f"משפט מספר {i} על נתניהו.\n" for i in range(100_000)))))
    # batch
    add(Case("batch-hostile-folder", ["batch", "{d}/in", "--out", "{d}/out.jsonl", "--jobs", "1"], _batch_folder))
    add(Case("batch-out-missing-folder", ["batch", "{d}/t.txt", "--out", "{d}/no/such/out.jsonl"], write("t.txt", text)))
    add(Case("batch-out-is-dir", ["batch", "{d}/t.txt", "--out", "{d}"], write("t.txt", text)))
    add(Case("batch-csv-huge-field", ["batch", "{d}/t.csv", "--out", "{d}/o.jsonl", "--jobs", "1"], write("t.csv", "id,article\n1,\"" + "א" * (20 * MiB) + "\"\n")))
    add(Case("batch-csv-many-rows", ["batch", "{d}/t.csv", "--out", "{d}/o.jsonl", "--jobs", "1"], write("t.csv", "id,article\n" + "".join(f"{i},שלום.\n" for i in range(20000)))))
    add(Case("batch-jsonl-nested", ["batch", "{d}/t.jsonl", "--out", "{d}/o.jsonl", "--jobs", "1"], write("t.jsonl", "[" * 100_000 + "\n")))
    add(Case("batch-jsonl-nested-text", ["batch", "{d}/t.jsonl", "--out", "{d}/o.jsonl", "--jobs", "1"], write("t.jsonl", '{"text": ' + "[" * 100_000 + "}\n")))
    # window (offscreen screenshot)
    shot = ["{d}/t.txt", "--screenshot", "{d}/s.png", "--size", "800x600"]
    add(Case("gui-plain", shot, write("t.txt", text), gui=True, expect_file="s.png"))
    add(Case("gui-settings-nested-brackets", shot, write("t.txt", text), gui=True, settings=settings_text("[" * 100_000), expect_file="s.png"))
    add(Case("gui-settings-nested-in-value", shot, write("t.txt", text), gui=True, settings=settings_text('{"zoom": ' + "[" * 100_000 + "}"), expect_file="s.png"))
    add(Case("gui-settings-huge-numbers", shot, write("t.txt", text), gui=True, settings=settings_text('{"zoom": 1e400, "font_size": 1' + "0" * 5000 + ', "summary_value": -1e308, "geometry": "' + "A" * MiB + '", "algorithm": "evil"}'), expect_file="s.png"))
    add(Case("gui-settings-int-digits", shot, write("t.txt", text), gui=True, settings=settings_text('{"zoom": ' + "9" * 100_000 + "}"), expect_file="s.png"))
    add(Case("gui-settings-bom", shot, write("t.txt", text), gui=True, settings=settings_text(b'\xef\xbb\xbf{"theme": "dark"}'), expect_file="s.png"))
    add(Case("gui-settings-fifo", shot, write("t.txt", text), gui=True, settings=lambda cfg: os.mkfifo(cfg / "settings.json"), expect_file="s.png"))
    add(Case("gui-settings-symlink-loop", shot, write("t.txt", text), gui=True, settings=lambda cfg: os.symlink("settings.json", cfg / "settings.json"), expect_file="s.png"))
    add(Case("gui-settings-symlink-dev-zero", shot, write("t.txt", text), gui=True, settings=lambda cfg: os.symlink("/dev/zero", cfg / "settings.json"), expect_file="s.png"))
    add(Case("gui-settings-huge-recent", shot, write("t.txt", text), gui=True, settings=settings_text(json.dumps({"recent": [f"/x/{i}" for i in range(300_000)]})), expect_file="s.png"))
    add(Case("gui-settings-wrong-types", shot, write("t.txt", text), gui=True, settings=settings_text('{"recent": {"a": 1}, "positions": [1,2], "theme": 5, "lang": null, "zoom": "x"}'), expect_file="s.png"))
    add(Case("gui-settings-is-dir", shot, write("t.txt", text), gui=True, settings=lambda cfg: (cfg / "settings.json").mkdir(), expect_file="s.png"))
    add(Case("gui-size-abc", ["{d}/t.txt", "--screenshot", "{d}/s.png", "--size", "abc"], write("t.txt", text), gui=True))
    add(Case("gui-size-huge", ["{d}/t.txt", "--screenshot", "{d}/s.png", "--size", "99999999999999999999x1"], write("t.txt", text), gui=True))
    add(Case("gui-screenshot-missing-folder", ["{d}/t.txt", "--screenshot", "{d}/no/such/s.png"], write("t.txt", text), gui=True))
    add(Case("gui-screenshot-fifo-input", ["{d}/f.txt", "--screenshot", "{d}/s.png", "--size", "800x600"], fifo("f.txt"), gui=True))
    add(Case("gui-markup-name-big", ['{d}/<img src="file:&#47;&#47;&#47;dev&#47;zero">n.txt', "--screenshot", "{d}/s.png", "--size", "800x600"], write('<img src="file:&#47;&#47;&#47;dev&#47;zero">n.txt', b"\xff" * 300_000), gui=True))
    add(Case("gui-dots-3MiB", ["{d}/d.txt", "--screenshot", "{d}/s.png", "--size", "800x600"], write("d.txt", "." * 3 * MiB), gui=True))
    for label, name, data in [("one-word-5MB", "w.txt", "א" * (5 * MiB // 2)), ("lines-1e5", "l.txt", "שלום עולם\n" * 100_000),
                              ("one-line-5MB", "o.txt", hebrew_words(5 * MiB)), ("nested-html", "n.html", html("<div>" * 100_000 + SAMPLE))]:
        add(Case(f"gui-{label}", ["{d}/" + name, "--screenshot", "{d}/s.png", "--size", "800x600"], write(name, data), gui=True, expect_file="s.png"))
    add(Case("gui-meta-idna", ["{d}/p.html", "--screenshot", "{d}/s.png", "--size", "800x600"], write("p.html", html(f"<p>{text}</p>", '<meta charset="idna">')), gui=True, expect_file="s.png"))
    return c


def _sparse(name: str, size: int):
    def build(d: Path) -> None:
        with open(d / name, "wb") as f:
            f.truncate(size)
    return build


def _bad_crc(data: bytes) -> bytes:
    b = bytearray(data)
    i = b.find(b"PK\x03\x04", 1)  # second member: word/document.xml
    j = b.find(b"PK\x01\x02")
    j = b.find(b"PK\x01\x02", j + 4)
    for k in (i + 14, j + 16):
        b[k] ^= 0xFF
    return bytes(b)


def _batch_folder(d: Path) -> None:
    inp = d / "in"
    inp.mkdir()
    (inp / "good.txt").write_text(SAMPLE)
    (inp / "dots.txt").write_text("." * MiB)
    (inp / "bad.docx").write_bytes(patch_flags(GOOD_DOCX, "word/document.xml", 0x1))
    (inp / "d64.docx").write_bytes(patch_flags(GOOD_DOCX, "word/document.xml", 0, 9))
    (inp / "trunc.odt").write_bytes(GOOD_ODT[:100])
    (inp / "idna.html").write_text(html(f"<p>{SAMPLE}</p>", '<meta charset="idna">'))
    (inp / "bin.txt").write_bytes(os.urandom(5000))
    os.mkfifo(inp / "fifo.txt")
    os.symlink("loop.txt", inp / "loop.txt")
    os.symlink("/dev/zero", inp / "zero.txt")
    (inp / "sub").mkdir()
    os.symlink("..", inp / "sub" / "up")  # a folder loop


# --- running ------------------------------------------------------------------------------------

def limits() -> None:
    resource.setrlimit(resource.RLIMIT_AS, (AS_LIMIT, AS_LIMIT))
    os.setsid()


def run_case(case: Case, base: Path, timeout: float) -> dict:
    d = base / case.name.replace("/", "_")
    d.mkdir(parents=True)
    home = d / "home"
    cfg = home / ".config" / "tamtzit"
    cfg.mkdir(parents=True)
    if case.build:
        case.build(d)
    if case.settings:
        case.settings(cfg)
    args = [a.replace("{d}", str(d)) for a in case.args]
    env = {"PATH": "/usr/bin:/bin", "HOME": str(home), "QT_QPA_PLATFORM": "offscreen", "LANG": "C.UTF-8",
           "XDG_RUNTIME_DIR": str(home / "run"), "no_proxy": "*"}
    (home / "run").mkdir(mode=0o700)
    stdin = subprocess.DEVNULL
    if case.stdin is not None:
        if case.stdin.startswith(b"@"):
            src = case.stdin[1:].decode()
            stdin = None if src == "CLOSED" else open(src if src.startswith("/") else d / src, "rb")
        else:
            (d / "stdin.bin").write_bytes(case.stdin)
            stdin = open(d / "stdin.bin", "rb")
    out, err = open(d / "stdout", "wb"), open(d / "stderr", "wb")
    start = time.monotonic()
    kw = {"stdin": stdin} if stdin is not None else {"stdin": subprocess.DEVNULL}
    if case.stdin == b"@CLOSED":
        kw = {"pass_fds": (), "stdin": subprocess.DEVNULL}
    p = subprocess.Popen(["/usr/bin/time", "-f", "%M", "-o", str(d / "time"), sys.executable, "-X", "faulthandler", str(ROOT / "main.py"), *args], cwd=ROOT,
                         env=env, stdout=out, stderr=err, preexec_fn=limits, **kw)
    timed_out = False
    while True:
        pid, status, usage = os.wait4(p.pid, os.WNOHANG)
        if pid:
            break
        if time.monotonic() - start > timeout:
            os.killpg(p.pid, signal.SIGKILL)
            timed_out = True
            pid, status, usage = os.wait4(p.pid, 0)
            break
        time.sleep(0.05)
    wall = time.monotonic() - start
    out.close(), err.close()
    code = os.waitstatus_to_exitcode(status)
    try:  # /usr/bin/time's figure: wait4's own would include the driver's memory at fork time
        rss_kb = int((d / "time").read_text().split()[-1])
    except (OSError, ValueError, IndexError):
        rss_kb = usage.ru_maxrss
    stdout = (d / "stdout").read_bytes()
    stderr = (d / "stderr").read_bytes().decode("utf-8", "replace")
    lines = [x for x in stderr.splitlines() if x.strip()]
    problems = []
    if timed_out:
        problems.append("timeout")
    if "Traceback" in stderr or b"Traceback" in stdout or "Fatal Python error" in stderr:
        problems.append("traceback")
    if rss_kb > RSS_LIMIT_KB:
        problems.append("rss")
    if code == 0:
        if "--json" in args:
            try:
                json.loads(stdout)
            except ValueError:
                problems.append("bad-json")
        if case.expect_file and not (d / case.expect_file).exists():
            problems.append("no-output-file")
        if any(not x.startswith(("tamtzit:", "tamtzit batch:")) and "propagateSizeHints" not in x for x in lines):
            problems.append("stderr-noise")
    elif code in (2, 3):
        if len(lines) != 1 or not lines[0].startswith(("tamtzit:", "tamtzit batch:")):
            problems.append(f"stderr-lines={len(lines)}")
        if case.expect_file and code == 3:
            pass
    else:
        problems.append(f"exit={code}")
    if b"SECRETSCRIPT" in stdout or b"alert(1)" in stdout or b"root:x:0" in stdout:
        problems.append("leak")
    res = {"name": case.name, "exit": code, "wall": round(wall, 1), "rss_mb": rss_kb // 1024,
           "stderr": lines[:3], "problems": problems}
    if not problems and not os.environ.get("REDTEAM_KEEP"):
        shutil.rmtree(d, ignore_errors=True)
    return res


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--only", action="append", default=[], help="run cases whose name contains this")
    ap.add_argument("--skip", action="append", default=[], help="skip cases whose name contains this")
    ap.add_argument("--timeout", type=float, default=120)
    ap.add_argument("--list", action="store_true")
    args = ap.parse_args()
    base = Path(tempfile.mkdtemp(prefix="tamtzit-redteam-"))
    selected = [c for c in cases() if (not args.only or any(o in c.name for o in args.only))
                and not any(s in c.name for s in args.skip)]
    if args.list:
        print("\n".join(c.name for c in selected))
        return 0
    failed = 0
    for case in selected:
        r = run_case(case, base, args.timeout)
        failed += bool(r["problems"])
        mark = "FAIL" if r["problems"] else "ok  "
        print(f"{mark} {r['name']:<40} exit={r['exit']:<4} {r['wall']:>6.1f}s {r['rss_mb']:>6} MB "
              f"{','.join(r['problems'])} {(r['stderr'][0] if r['stderr'] else '')[:110]!r}", flush=True)
    print(f"{len(selected) - failed}/{len(selected)} passed; failures kept in {base}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
