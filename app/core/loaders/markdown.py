"""Markdown → reading text: the words without the markup, one paragraph per line.

A renderer library would give HTML we would then have to strip again; what a reader needs is
small and line-based: headings and list items become their own lines, soft-wrapped lines join into
their paragraph, links keep their text, code keeps its content. Raw HTML inside Markdown stays as
text (it is shown, never rendered).
"""

from __future__ import annotations

import re

_FENCE = re.compile(r"^\s{0,3}(```|~~~)")
_HEADING = re.compile(r"^\s{0,3}#{1,6}(?:\s+|$)(.*?)(?:\s+#+\s*)?$")
_SETEXT = re.compile(r"^\s{0,3}(=+|-+)\s*$")
_RULE = re.compile(r"^\s{0,3}([-*_])(\s*\1){2,}\s*$")
_QUOTE = re.compile(r"^\s{0,3}>\s?")
_ITEM = re.compile(r"^\s*(?:[-*+]|\d{1,9}[.)])\s+")
_REFERENCE = re.compile(r"^\s{0,3}\[[^\]]+\]:\s*\S+")
_TABLE_RULE = re.compile(r"^\s*\|?\s*:?-+:?\s*(\|\s*:?-+:?\s*)*\|?\s*$")

_INLINE = (  # negated classes and bounded runs keep a 10 MB line linear
    (re.compile(r"!\[([^\]\n]{0,500})\]\([^)\n]{0,2000}\)"), r"\1"),  # image → its alt text
    (re.compile(r"\[([^\]\n]{1,500})\]\([^)\n]{0,2000}\)"), r"\1"),  # link → its text
    (re.compile(r"\[([^\]\n]{1,500})\]\[[^\]\n]{0,500}\]"), r"\1"),  # reference link
    (re.compile(r"<((?:https?|mailto):[^>\s]{1,2000})>"), r"\1"),  # autolink
    (re.compile(r"(`+)([^`\n]+)\1"), r"\2"),  # code span
    (re.compile(r"\*\*(?=\S)([^*\n]+)(?<=\S)\*\*"), r"\1"),  # strong
    (re.compile(r"__(?=\S)([^_\n]+)(?<=\S)__"), r"\1"),
    (re.compile(r"(?<![\w*])\*(?=\S)([^*\n]+)(?<=\S)\*(?![\w*])"), r"\1"),  # emphasis
    (re.compile(r"(?<![\w_])_(?=\S)([^_\n]+)(?<=\S)_(?![\w_])"), r"\1"),
    (re.compile(r"~~(?=\S)([^~\n]+)(?<=\S)~~"), r"\1"),  # strikethrough
    (re.compile(r"\\([\\`*_{}\[\]()#+\-.!|>~])"), r"\1"),  # backslash escapes
)


def markdown_to_text(md: str) -> str:
    lines = md.splitlines()
    if lines and lines[0].strip() == "---":  # YAML front matter
        end = next((i for i in range(1, len(lines)) if lines[i].strip() in ("---", "...")), None)
        if end is not None:
            lines = lines[end + 1 :]
    out: list[str] = []
    paragraph: list[str] = []

    def flush() -> None:
        if paragraph:
            out.append(_inline(" ".join(paragraph)))
            paragraph.clear()

    fence: str | None = None
    for raw in lines:
        if fence:
            if raw.strip().startswith(fence):
                fence = None
            else:
                out.append(raw.rstrip())
            continue
        m = _FENCE.match(raw)
        if m:
            flush()
            fence = m.group(1)
            continue
        line = raw
        while _QUOTE.match(line):
            line = _QUOTE.sub("", line, count=1)
        if not line.strip():
            flush()
            continue
        if _SETEXT.match(line) and paragraph:
            flush()  # the paragraph above was a heading
            continue
        if _RULE.match(line) or _REFERENCE.match(line) or _TABLE_RULE.match(line) and "-" in line:
            flush()
            continue
        heading = _HEADING.match(line)
        if heading:
            flush()
            if heading.group(1).strip():
                out.append(_inline(heading.group(1).strip()))
            continue
        if _ITEM.match(line):
            flush()
            line = _ITEM.sub("", line, count=1)
        if line.lstrip().startswith("|"):
            flush()
            out.append(_inline(" ".join(c.strip() for c in line.strip().strip("|").split("|"))))
            continue
        hard_break = line.endswith("  ") or line.endswith("\\")
        paragraph.append(line.strip().rstrip("\\").strip())
        if hard_break:
            flush()
    flush()
    return "\n".join(line for line in out if line.strip())


def _inline(text: str) -> str:
    for pattern, repl in _INLINE:
        text = pattern.sub(repl, text)
    return text
