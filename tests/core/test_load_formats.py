"""HTML, Markdown, .docx and .odt: the words arrive, the markup and the page furniture don't."""

import io
import zipfile

import pytest

from app.core.load import LoadError, load_bytes
from app.core.loaders import office
from app.core.loaders.html import html_to_text
from app.core.loaders.markdown import markdown_to_text

BODY = "ראש הממשלה נפגש היום עם נשיא רוסיה במוסקבה. " * 6


def test_html_takes_the_longest_article_and_its_page_title():
    page = f"""<html><body><header><h1>כותרת הכתבה</h1></header>
    <article><p>קצר</p></article>
    <article><p>{BODY}</p><p>פסקה <b>שנייה</b> &amp; אחרונה</p>
      <article class="comment"><p>תגובה של גולש</p></article></article>
    <footer>זכויות</footer></body></html>"""
    assert html_to_text(page).splitlines() == ["כותרת הכתבה", BODY.strip(), "פסקה שנייה & אחרונה"]


def test_html_drops_scripts_styles_hidden_and_chrome_and_keeps_escaped_markup_as_text():
    page = """<p>לפני</p><script>alert("x")</script><style>p{}</style><nav>תפריט</nav>
    <div hidden>מוסתר</div><span aria-hidden="true">מוסתר</span><p style="display: none">מוסתר</p>
    <p>הקוד &lt;img src=x onerror=alert(1)&gt; מוצג כטקסט</p><img src="http://example.com/a.png">"""
    assert html_to_text(page).splitlines() == ["לפני", "הקוד <img src=x onerror=alert(1)> מוצג כטקסט"]


def test_html_with_an_unclosed_nav_still_shows_text():
    assert html_to_text("<nav><p>רק זה</p>") == "רק זה"


def test_html_pre_keeps_its_lines():
    assert html_to_text("<pre>שורה א\n  שורה ב</pre>") == "שורה א\n  שורה ב"


def test_html_is_sniffed_from_standard_input_but_a_txt_file_stays_text():
    page = b"<!DOCTYPE html><html><body><p>\xd7\xa9\xd7\x9c\xd7\x95\xd7\x9d</p></body></html>"
    assert load_bytes(page).text == "שלום" and load_bytes(page).format == "html"
    as_txt = load_bytes(page, name="note.txt")
    assert as_txt.format == "text" and as_txt.text == page.decode()


def test_markdown_structure_becomes_plain_paragraphs():
    md = """---
title: x
---
# כותרת **חשובה**

פסקה ראשונה עם [קישור](https://example.com) ו־`קוד`
שממשיכה בשורה שנייה.

> ציטוט

- פריט *אחד*
- פריט _שני_

```
<b>קוד נשאר</b>
```

| עמודה | שנייה |
|---|---|
| א | ב |

[ref]: https://example.com
"""
    assert markdown_to_text(md).splitlines() == [
        "כותרת חשובה",
        "פסקה ראשונה עם קישור ו־קוד שממשיכה בשורה שנייה.",
        "ציטוט",
        "פריט אחד",
        "פריט שני",
        "<b>קוד נשאר</b>",
        "עמודה שנייה",
        "א ב",
    ]


def test_markdown_keeps_snake_case_and_arithmetic():
    assert markdown_to_text("file_name_here and 2*3*4") == "file_name_here and 2*3*4"


def _zip(files: dict[str, bytes]) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        for name, data in files.items():
            z.writestr(name, data)
    return buf.getvalue()


W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


def test_docx_text_tabs_breaks_text_boxes_and_tracked_deletions():
    xml = f"""<?xml version="1.0"?><w:document {W}><w:body>
      <w:p><w:r><w:t>שלום</w:t></w:r><w:r><w:tab/><w:t xml:space="preserve"> עולם</w:t><w:br/><w:t>שורה</w:t></w:r>
        <w:del><w:r><w:delText>נמחק</w:delText></w:r></w:del></w:p>
      <w:tbl><w:tr><w:tc><w:p><w:r><w:t>תא</w:t></w:r></w:p></w:tc></w:tr></w:tbl>
    </w:body></w:document>"""
    data = _zip({"word/document.xml": xml.encode()})
    loaded = load_bytes(data, name="a.docx")
    assert loaded.format == "docx" and loaded.text == "שלום\t עולם\nשורה\nתא"


def test_odt_spaces_notes_and_renamed_files():
    ns = 'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"'
    xml = f"""<?xml version="1.0"?><office:document-content {ns}><office:body><office:text>
      <text:h>כותרת</text:h><text:p>אחת<text:s text:c="3"/>שתיים <text:span>שלוש</text:span><text:note><text:note-body><text:p>הערה</text:p></text:note-body></text:note> ארבע</text:p>
    </office:text></office:body></office:document-content>"""
    data = _zip({"mimetype": office.ODT_MIMETYPE, "content.xml": xml.encode()})
    for name in ("a.odt", "renamed.txt", None):
        loaded = load_bytes(data, name=name)
        assert loaded.format == "odt" and loaded.text == "כותרת\nאחת   שתיים שלוש ארבע"


def test_hostile_office_files_are_refused_with_a_message():
    bomb = '<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aaaaaaaaaa">]><w:document ' + W + "><w:body/></w:document>"
    cases = [
        (b"PK\x03\x04 not really a zip", "a.docx"),
        (_zip({"word/other.xml": b"<x/>"}), "a.docx"),
        (_zip({"word/document.xml": bomb.encode()}), "a.docx"),
        (_zip({"word/document.xml": b"<w:document><unclosed>"}), "a.docx"),
    ]
    for data, name in cases:
        with pytest.raises(LoadError):
            load_bytes(data, name=name)


def test_inflated_size_is_capped_before_inflating(monkeypatch):
    monkeypatch.setattr(office, "MAX_XML_BYTES", 1000)
    data = _zip({"word/document.xml": b"<w:document " + W.encode() + b">" + b" " * 5000 + b"</w:document>"})
    with pytest.raises(LoadError, match="too large"):
        load_bytes(data, name="a.docx")


def test_markdown_nested_quotes_headings_and_table_rules_still_read():
    md = "> > > ציטוט בתוך ציטוט\n## כותרת ##\n# כותרת #עם סולמית\n| a | b |\n|---|:-:|\n| 1 | 2 |\n"
    assert markdown_to_text(md) == "ציטוט בתוך ציטוט\nכותרת\nכותרת #עם סולמית\na b\n1 2"
    assert markdown_to_text("[ויקי](https://he.wikipedia.org/wiki/X_(y)) ו`קוד`") == "ויקי וקוד"


@pytest.mark.parametrize(
    "void", ['embed src="movie.swf"', "embed", "img hidden", 'input style="display:none"', "source", "wbr hidden",
             "track", "keygen", 'param hidden'],
)
def test_a_void_element_never_hides_what_follows_it(void):
    page = f"<html><body><article><p>{BODY}<{void}>המשך הפסקה</p><p>פסקה שנייה</p></article></body></html>"
    assert html_to_text(page) == f"{BODY}המשך הפסקה\nפסקה שנייה"


def test_noembed_and_noframes_are_fallbacks_whose_source_never_reaches_the_article():
    page = ("<html><body><p>לפני</p><noembed><script>alert(1)</script>הסבר</noembed>"
            "<noframes>var frames = 1;</noframes><p>אחרי</p></body></html>")
    assert html_to_text(page) == "לפני\nאחרי"


def test_a_page_of_very_many_paragraphs_costs_about_its_own_size():
    import tracemalloc

    page = "<html><body>" + "".join(f"<p>שורה{i}" for i in range(100_000))
    html_to_text(page[:100])
    tracemalloc.start()
    text = html_to_text(page)
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    assert text.count("\n") == 99_999 and text.endswith("שורה99999")
    assert peak < 10 * 2**20, peak / 2**20  # was 19 MB: a tuple and a string per line
