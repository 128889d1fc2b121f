"""Write tests/data/samples/: the seed article in every encoding and format a Hebrew reader meets.

    pip install -e ".[samples]"      # python-docx and odfpy, used only here
    python tools/make_samples.py     # rewrites tests/data/samples/

Each file is a conversion of resources/samples/seed-netanyahu-putin.txt made by a producer other
than our loader (Python's codecs, python-bidi for display order, python-docx, odfpy), so the tests
that open them check the loader against independent output, not against itself.
"""

from __future__ import annotations

import codecs
import html
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "resources" / "samples" / "seed-netanyahu-putin.txt"
OUT = ROOT / "tests" / "data" / "samples"

# name, codec, byte-order mark written in front
ENCODINGS = [
    ("utf-8.txt", "utf-8", b""),
    ("utf-8-bom.txt", "utf-8", codecs.BOM_UTF8),
    ("utf-16-le-bom.txt", "utf-16-le", codecs.BOM_UTF16_LE),
    ("utf-16-be-bom.txt", "utf-16-be", codecs.BOM_UTF16_BE),
    ("utf-16-le-nobom.txt", "utf-16-le", b""),
    ("windows-1255.txt", "cp1255", b""),
    ("iso-8859-8.txt", "iso-8859-8", b""),
    ("dos-cp862.txt", "cp862", b""),
]
VISUAL = [("visual-iso-8859-8.txt", "iso-8859-8"), ("visual-windows-1255-crlf.txt", "cp1255")]


def paragraphs(text: str) -> list[str]:
    """The article's paragraphs as a word processor would hold them: trimmed, no empty ones."""
    return [line.strip() for line in text.splitlines() if line.strip()]


def display_order(text: str, newline: str = "\n") -> str:
    """What a pre-bidi Hebrew editor saved: every line in the order the screen shows it, brackets
    drawn as the screen draws them. python-bidi's reference implementation (bidi.algorithm) mirrors
    them (rule L4); its fast `bidi.get_display` does not, and a file made with it holds ")שלישי("."""
    from bidi.algorithm import get_display

    return "".join(
        (get_display(line, base_dir="R") if line.strip() else line) + newline for line in text.splitlines()
    )


def markdown(paras: list[str]) -> str:
    title, subtitle, *body = paras
    return f"# {title}\n\n**{subtitle}**\n\n" + "\n\n".join(body) + "\n"


def web_page(paras: list[str]) -> str:
    """A saved news page: chrome, scripts and styles around an <article>, in Windows-1255."""
    esc = html.escape
    title, subtitle, *body = paras
    body_html = "\n".join(f"    <p>{esc(p)}</p>" for p in body)
    return f"""<!DOCTYPE html>
<html lang="he" dir="rtl">
<head>
  <meta http-equiv="Content-Type" content="text/html; charset=windows-1255">
  <title>{esc(title)} - חדשות</title>
  <style>body {{ font-family: Arial; }} .ad {{ display: block; }}</style>
  <script>var tracker = "<p>לא טקסט</p>"; document.write(tracker);</script>
  <link rel="stylesheet" href="https://example.com/site.css">
</head>
<body>
  <nav><ul><li><a href="/">ראשי</a></li><li><a href="/news">חדשות</a></li><li><a href="/sport">ספורט</a></li></ul></nav>
  <div class="ad" style="display:none">פרסומת</div>
  <img src="https://example.com/pixel.gif" alt="">
  <article>
    <h1>{esc(title)}</h1>
    <h2>{esc(subtitle)}</h2>
{body_html}
  </article>
  <aside><h3>הכי נקראים</h3><ul><li>כתבה אחרת לגמרי</li></ul></aside>
  <footer>כל הזכויות שמורות &copy; 2019</footer>
  <script src="https://example.com/analytics.js"></script>
</body>
</html>
"""


def write_docx(paras: list[str], path: Path) -> None:
    from docx import Document

    doc = Document()
    title, subtitle, *body = paras
    doc.add_heading(title, level=1)
    doc.add_paragraph(subtitle, style="Subtitle")
    for p in body:
        doc.add_paragraph(p)
    doc.core_properties.title = title
    doc.save(str(path))


def write_odt(paras: list[str], path: Path) -> None:
    from odf.opendocument import OpenDocumentText
    from odf.text import H, P

    doc = OpenDocumentText()
    title, subtitle, *body = paras
    doc.text.addElement(H(outlinelevel=1, text=title))
    doc.text.addElement(P(text=subtitle))
    for p in body:
        doc.text.addElement(P(text=p))
    doc.save(str(path))


def main() -> int:
    seed = SEED.read_text(encoding="utf-8")
    OUT.mkdir(parents=True, exist_ok=True)
    for name, codec, bom in ENCODINGS:
        (OUT / name).write_bytes(bom + seed.encode(codec))
    for name, codec in VISUAL:
        newline = "\r\n" if name.endswith("-crlf.txt") else "\n"
        (OUT / name).write_bytes(display_order(seed, newline).encode(codec))
    paras = paragraphs(seed)
    (OUT / "article.md").write_text(markdown(paras), encoding="utf-8")
    (OUT / "article.html").write_bytes(web_page(paras).encode("cp1255", errors="xmlcharrefreplace"))
    write_docx(paras, OUT / "article.docx")
    write_odt(paras, OUT / "article.odt")
    for f in sorted(OUT.iterdir()):
        print(f"{f.relative_to(ROOT)}  {f.stat().st_size:,} bytes")
    return 0


if __name__ == "__main__":
    sys.exit(main())
