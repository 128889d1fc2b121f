"""Summary and annotated article as plain text, Markdown and HTML (Qt-free, used by copy and export).

Everything is built from the analysis' text, escaped for the target format, with each piece's bidi
controls closed (`safe_text.balance_bidi`) so one sentence can't reorder the next line where it is pasted.
"""

from __future__ import annotations

import html
import re
import unicodedata
from itertools import groupby
from collections.abc import Mapping
from pathlib import Path

from ..core.direction import text_direction
from ..core.document import Analysis
from ..core.entities import LABEL_NAMES  # English names; the window passes translated ones
from ..core.safe_text import balance_bidi, strip_bidi
from .layers import Marks
from .palette import DIM, page_css

FORMATS = ("txt", "md", "html")
# what a file name may not hold on Windows, macOS or Linux (and control characters)
_NOT_IN_NAMES = re.compile(r'[\\/:*?<>|\x00-\x1f\x7f]+')


def suggested_name(path: str | None, name: str, title: str | None, kind: str) -> str:
    """The file name the Export dialog starts with, without extension: a file's own path less its
    extension, else (pasted text) the title or the tab's name made safe for a file name. Pasted
    "... Gemini 2.5 בישראל" was offered as "... Gemini 2-summary" (".5 ביש…" taken for an
    extension), and a "/" in a title would have named a folder."""
    suffix = "-summary" if kind == "summary" else "-annotated"
    if path:
        return str(Path(path).with_suffix("")) + suffix
    text = (title or name).strip().rstrip("…").replace('"', "״")  # צה"ל -> צה״ל
    text = _NOT_IN_NAMES.sub("-", strip_bidi(text)).strip(" .-")[:80].rstrip(" .-")
    return (text or "text") + suffix


def _dir(text: str, analysis: Analysis) -> str:
    """A sentence's own direction; one with no letters runs the document's way."""
    return text_direction(text, neutral=analysis.direction)


def summary_plain(analysis: Analysis) -> str:
    """Logical order, title first, one sentence per line: what a chat or mail client should get."""
    lines = [analysis.title] if analysis.title else []
    lines += analysis.summary_texts()
    return "\n".join(_plain_line(balance_bidi(line), analysis) for line in lines) + ("\n" if lines else "")


RLM = "\u200f"


def _plain_line(line: str, analysis: Analysis) -> str:
    """A right-to-left line whose first letter is Latin ("Apple הודיעה…") with a right-to-left mark
    before it: chats and editors take a plain line's direction from its first strong letter and
    pasted it left to right. Other lines stay as they are."""
    if _dir(line, analysis) != "rtl":
        return line
    for c in line:
        kind = unicodedata.bidirectional(c)
        if kind in ("R", "AL"):
            return line
        if kind == "L":
            return RLM + line
    return line


def summary_markdown(analysis: Analysis) -> str:
    out = [f"# {_md(analysis.title)}", ""] if analysis.title else []
    out += [f"{n}. {_md(s)}" for n, s in enumerate(analysis.summary_texts(), 1)]
    return "\n".join(out) + "\n"


def summary_html_fragment(analysis: Analysis) -> str:
    """The clipboard's text/html: right-to-left on the outside, each sentence in its own direction."""
    parts = [f'<div dir="{analysis.direction}">']
    if analysis.title:
        parts.append(f'<h3 dir="{_dir(analysis.title, analysis)}">{_h(analysis.title)}</h3>')
    parts.append(f'<ol dir="{analysis.direction}">')
    parts += [f'<li dir="{_dir(s, analysis)}">{_h(s)}</li>' for s in analysis.summary_texts()]
    parts.append("</ol></div>")
    return "".join(parts)


def summary_html(analysis: Analysis) -> str:
    return _page(analysis, summary_html_fragment(analysis))


def article_plain(analysis: Analysis, labels: Mapping[str, str] = LABEL_NAMES) -> str:
    """The cleaned article, then its summary and its entities: readable in any editor."""
    out = [balance_bidi(analysis.text.strip()), "", "—" * 20, ""]
    out += [f"{n}. {balance_bidi(s)}" for n, s in enumerate(analysis.summary_texts(), 1)]
    out += _entity_lines(analysis, labels, bullet="- ", escape=balance_bidi)
    return "\n".join(out) + "\n"


def article_markdown(analysis: Analysis, labels: Mapping[str, str] = LABEL_NAMES) -> str:
    """Summary sentences in bold inside the article; title as a heading; entities listed after."""
    marks, text, out = Marks(analysis), analysis.text, []
    for p in analysis.passages:
        kind = p.role
        if kind in ("title", "subtitle"):
            out.append(("# " if kind == "title" else "## ") + _md(text[p.start : p.end]))
        else:
            # one bold span per summary sentence, however many entity runs cut it
            pieces = []
            for chosen, runs in groupby(marks.runs(p), key=lambda r: r.summary):
                runs = list(runs)
                piece = _md(text[runs[0].start : runs[-1].end])
                pieces.append(f"**{piece}**" if chosen is not None else piece)
            out.append("".join(pieces))
        out.append("")
    out += _entity_lines(analysis, labels, bullet="- ", escape=_md)
    return "\n".join(out).rstrip("\n") + "\n"


def article_html(analysis: Analysis, labels: Mapping[str, str] = LABEL_NAMES) -> str:
    """A standalone page: summary sentences marked, entities spanned by type with a title tooltip."""
    marks, text, body = Marks(analysis), analysis.text, []
    tags = {"title": "h1", "subtitle": "h2", "boilerplate": 'p class="boilerplate"', "body": "p"}
    for p in analysis.passages:
        kind = p.role
        pieces = []
        for chosen, runs in groupby(marks.runs(p), key=lambda r: r.summary):
            inner = []
            for r in runs:
                piece = _h(text[r.start : r.end])
                if r.entity is not None:
                    label = analysis.entities[r.entity].label
                    name = html.escape(labels.get(label, label), quote=True)
                    piece = f'<span class="ent {label}" title="{name}">{piece}</span>'
                inner.append(piece)
            joined = "".join(inner)
            pieces.append(f"<mark>{joined}</mark>" if chosen is not None else joined)
        tag = tags[kind]
        body.append(f'<{tag} dir="{p.direction}">{"".join(pieces)}</{tag.split()[0]}>')
    body.append(_h_section("Summary", summary_html_fragment(analysis)))
    groups = "".join(
        f'<li><span class="ent {g.label}">{_h(g.name)}</span> — {_h(labels.get(g.label, g.label))} ({g.count})</li>'
        for g in analysis.groups
    )
    if groups:
        body.append(_h_section("Entities", f"<ul>{groups}</ul>"))
    return _page(analysis, "".join(body))


def write_export(path: str | Path, kind: str, analysis: Analysis, labels: Mapping[str, str] = LABEL_NAMES) -> None:
    """kind is "summary" or "article"; the format comes from the file's extension (default .txt)."""
    fmt = Path(path).suffix.lower().lstrip(".")
    fmt = fmt if fmt in FORMATS else "txt"
    if kind == "summary":
        text = {"txt": summary_plain, "md": summary_markdown, "html": summary_html}[fmt](analysis)
    else:
        text = {"txt": article_plain, "md": article_markdown, "html": article_html}[fmt](analysis, labels)
    Path(path).write_text(text, encoding="utf-8")


def _entity_lines(analysis: Analysis, labels: Mapping[str, str], bullet: str, escape) -> list[str]:
    if not analysis.groups:
        return []
    out = ["", "—" * 20, ""]
    for g in analysis.groups:
        out.append(f"{bullet}{escape(g.name)} — {labels.get(g.label, g.label)} ({g.count})")
    return out


def _h(text: str) -> str:
    return html.escape(balance_bidi(text), quote=True)


def _h_section(title: str, inner: str) -> str:
    return f"<hr><section><h2>{title}</h2>{inner}</section>"


_MD_SPECIAL = re.compile(r"([\\`*_{}\[\]<>#|])")


def _md(text: str) -> str:
    """Markdown with the file's own markup characters escaped: a file's "<img>" stays text."""
    return _MD_SPECIAL.sub(r"\\\1", balance_bidi(text))


_STYLE = """
body { font-family: "Noto Sans Hebrew", "Arial Hebrew", "David", sans-serif; max-width: 42em;
       margin: 2em auto; line-height: 1.6; padding: 0 1em; }
.ent { border-bottom: 2px solid; }
.boilerplate { color: """ + DIM + """; font-size: 90%; }
""" + page_css(".ent.{label}")


def _page(analysis: Analysis, body: str) -> str:
    title = _h(analysis.title or "Tamtzit")
    lang = "he" if analysis.direction == "rtl" else "und"
    return (
        f'<!DOCTYPE html>\n<html lang="{lang}" dir="{analysis.direction}"><head><meta charset="utf-8">'
        f"<title>{title}</title><style>{_STYLE}</style></head><body>{body}</body></html>\n"
    )
