"""Saved web pages → the article's text, one paragraph per line.

Parsing is libxml2's HTML parser through lxml (already installed with sumy), driven as a stream of
start/end/data events into a small collector: no DOM is kept, nothing is ever fetched
(no_network; no URL in the page is followed; images, frames and scripts are dropped). We first
used the standard library's html.parser, but on Python 3.11 it is super-linear on unterminated
constructs: 20,000 unclosed "<!--" took 7.5 s and 5,000 unclosed "<a " 6.7 s, growing
quadratically, where lxml takes milliseconds for 200,000 of each.

The article is the longest <article>, else <main>, else the page without navigation, asides and
footers; the page's <h1> is put in front when the article itself has none.
"""

from __future__ import annotations

import io
import re
from array import array

_SKIP = frozenset(
    "script style noscript noembed noframes template svg math iframe object canvas form button "
    "select textarea audio video head".split()
)
# Elements that never have content. libxml2 opens some of them (embed, source, track, wbr…) like
# containers and closes them with their parent, so what follows them arrives "inside": they must
# never start a hidden stretch, or a void <embed> or <img hidden> would hide the rest of the page.
_VOID = frozenset(
    "area base br col embed hr img input link meta source track wbr param keygen frame basefont "
    "bgsound image isindex".split()
)
_CHROME = frozenset("nav aside footer".split())  # page furniture around the article
_BLOCK = frozenset(
    "p div h1 h2 h3 h4 h5 h6 li ul ol dl dt dd br hr tr table thead tbody tfoot caption blockquote "
    "pre section article main header figure figcaption address details summary center".split()
)
_CELL = frozenset(("td", "th"))
_SPACE = re.compile(r"[ \t\r\n\f\u00a0]+")
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.I)
MIN_ARTICLE_CHARS = 200


# WHATWG "prescan": a <meta> naming UTF-16 is read as UTF-8 (the meta could not have been read in
# ASCII if the page really were UTF-16; a BOM decides UTF-16, never a meta).
_UTF16_LABELS = frozenset("utf-16 utf-16le utf-16be unicode unicodefeff unicodefffe ucs-2 csunicode iso-10646-ucs-2".split())


def declared_charset(data: bytes) -> str | None:
    """The charset a page declares in its first 4 KB (<meta charset> or http-equiv), as browsers
    take it."""
    m = _META_CHARSET.search(data[:4096])
    if not m:
        return None
    label = m.group(1).decode("ascii").lower()
    return "utf-8" if label.replace("_", "-") in _UTF16_LABELS else label


def looks_like_html(text: str) -> bool:
    head = text.lstrip()[:512].lower()
    return head.startswith(("<!doctype html", "<html")) or ("<head" in head and "<body" in head)


class _Extractor:
    """lxml parser target: collects the visible text as lines, noting which container holds each.

    The lines go into one text buffer with machine-integer tables beside it (where each ends, its
    container, whether it is in an <h1>), not a tuple per line: a page of millions of one-word
    paragraphs costs about its own size again, not 100 bytes a line."""

    def __init__(self, skip_chrome: bool) -> None:
        self.skip = _SKIP | _CHROME if skip_chrome else _SKIP
        self.hidden = 0  # depth inside a skipped or hidden element (lxml balances every tag)
        self.pre = 0
        self.containers = array("q")  # ids of open <article>/<main> elements
        self.kinds = bytearray()  # per container id: 1 for <article>, 0 for <main>
        self.text = io.StringIO()  # every line, each followed by "\n"
        self.ends = array("q")  # where each line ends in `text`
        self.cids = array("q")  # its container id, -1 for none
        self.in_h1 = bytearray()
        self.length = 0
        self.current: list[str] = []
        self.h1 = 0

    def start(self, tag: str, attrib) -> None:
        if self.hidden:
            self.hidden += 1
            return
        style = (attrib.get("style") or "").replace(" ", "").lower()
        if tag in _VOID:
            if tag in _BLOCK:
                self._flush()
            return
        if tag in self.skip or "hidden" in attrib or attrib.get("aria-hidden") == "true" or "display:none" in style:
            self.hidden = 1
            return
        if tag in _BLOCK:
            self._flush()
        elif tag in _CELL:
            self.current.append(" ")
        if tag in ("article", "main"):
            self.containers.append(len(self.kinds))
            self.kinds.append(tag == "article")
        elif tag == "h1":
            self.h1 += 1
        elif tag == "pre":
            self.pre += 1

    def end(self, tag: str) -> None:
        if self.hidden:
            self.hidden -= 1
            return
        if tag in _VOID:
            return
        if tag in _BLOCK:
            self._flush()
        if tag in ("article", "main") and self.containers:
            self.containers.pop()
        elif tag == "h1" and self.h1:
            self.h1 -= 1
        elif tag == "pre" and self.pre:
            self.pre -= 1

    def data(self, data: str) -> None:
        if self.hidden:
            return
        if self.pre:
            for i, part in enumerate(data.split("\n")):
                if i:
                    self._flush()
                self.current.append(part)
        else:
            self.current.append(_SPACE.sub(" ", data))

    def _flush(self) -> None:
        raw = "".join(self.current)
        self.current = []
        line = raw.rstrip() if self.pre else _SPACE.sub(" ", raw).strip()
        if line.strip():
            self.text.write(line)
            self.text.write("\n")
            self.length += len(line) + 1
            self.ends.append(self.length - 1)
            self.cids.append(self.containers[-1] if self.containers else -1)
            self.in_h1.append(self.h1 > 0)

    def close(self) -> "_Extractor":
        self._flush()
        return self


def html_to_text(html: str) -> str:
    """The article text of a page; markup never reaches the reader, only its text."""
    from lxml import etree

    for skip_chrome in (True, False):  # an unclosed <nav> must not swallow the whole page
        parser = etree.HTMLParser(
            target=_Extractor(skip_chrome), recover=True, no_network=True, huge_tree=True,
            remove_comments=True, remove_pis=True,
        )
        parser.feed(html)
        ex = parser.close()
        if ex.ends:
            return _pick_article(ex)
    return ""


def _largest(sizes: array, kinds: bytearray, kind: int) -> int | None:
    """The container id of that kind holding the most text (the first of equals), None if none has any."""
    best = None
    for cid, size in enumerate(sizes):
        if kinds[cid] == kind and size and (best is None or size > sizes[best]):
            best = cid
    return best


def _pick_article(ex: _Extractor) -> str:
    text = ex.text.getvalue()
    starts = array("q", [0])
    starts.extend(e + 1 for e in ex.ends[:-1])
    sizes = array("q", bytes(8 * len(ex.kinds)))  # characters per container id
    for cid, a, b in zip(ex.cids, starts, ex.ends):
        if cid >= 0:
            sizes[cid] += b - a
    chosen = _largest(sizes, ex.kinds, 1)  # the longest <article>, else the longest <main>
    if chosen is None:
        chosen = _largest(sizes, ex.kinds, 0)
    if chosen is None or sizes[chosen] < MIN_ARTICLE_CHARS:
        return text[:-1]
    out = io.StringIO()  # lines written one by one: no list of millions of strings to join
    started = False
    if not any(h1 and cid == chosen for cid, h1 in zip(ex.cids, ex.in_h1)):
        title = next((i for i, h1 in enumerate(ex.in_h1) if h1), None)
        if title is not None:
            out.write(text[starts[title] : ex.ends[title]])
            started = True
    for i, cid in enumerate(ex.cids):
        if cid == chosen:
            out.write("\n" if started else "")
            out.write(text[starts[i] : ex.ends[i]])
            started = True
    return out.getvalue()
