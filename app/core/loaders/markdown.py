"""Markdown → reading text: the words without the markup, one paragraph per line.

A renderer library would give HTML we would then have to strip again; what a reader needs is
small and line-based: headings and list items become their own lines, soft-wrapped lines join into
their paragraph, links keep their text, code keeps its content. Raw HTML inside Markdown stays as
text (it is shown, never rendered).
"""

from __future__ import annotations

import re

_FENCE = re.compile(r"^\s{0,3}(```|~~~)")
_HEADING = re.compile(r"\s{0,3}#{1,6}(?:\s|$)")
_SETEXT = re.compile(r"^\s{0,3}(=+|-+)\s*$")
_RULE = re.compile(r"^\s{0,3}([-*_])(\s*\1){2,}\s*$")
_QUOTES = re.compile(r"(?:[ \t]{0,3}>[ \t]?)*+")  # all the markers of a nested quote, in one pass
_ITEM = re.compile(r"^\s*(?:[-*+]|\d{1,9}[.)])\s+")
_REFERENCE = re.compile(r"^\s{0,3}\[[^\]]+\]:\s*\S+")
_TABLE_RULE_CHARS = frozenset("|:- \t")

# Each pattern stops at the first character that could start another construct (a bracket, a
# parenthesis, a backtick run's own start), so no position is scanned from more than a few starts:
# linear on any line, where bounded runs alone ({0,2000}) still cost 2,000 steps per "[a](".
_URL = r"\((?:[^()\n]|\([^()\n]{0,200}\)){0,2000}\)"  # one level of parentheses: wiki/X_(y)
_INLINE = (
    (re.compile(r"!\[([^\[\]\n]{0,500})\]" + _URL), r"\1"),  # image → its alt text
    (re.compile(r"\[([^\[\]\n]{1,500})\]" + _URL), r"\1"),  # link → its text
    (re.compile(r"\[([^\[\]\n]{1,500})\]\[[^\[\]\n]{0,500}\]"), r"\1"),  # reference link
    (re.compile(r"<((?:https?|mailto):[^<>\s]{1,2000})>"), r"\1"),  # autolink
    (re.compile(r"(?<!`)(`++)(?!`)([^`\n]++)\1(?!`)"), r"\2"),  # code span
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
        line = raw[_QUOTES.match(raw).end() :]
        if not line.strip():
            flush()
            continue
        if _SETEXT.match(line) and paragraph:
            flush()  # the paragraph above was a heading
            continue
        if _RULE.match(line) or _REFERENCE.match(line) or _is_table_rule(line):
            flush()
            continue
        heading = _heading(line)
        if heading is not None:
            flush()
            if heading:
                out.append(_inline(heading))
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


def _is_table_rule(line: str) -> bool:
    """|---|:--:| and the like (a set test: a regex with two optional space runs is quadratic)."""
    return "-" in line and set(line) <= _TABLE_RULE_CHARS


def _heading(line: str) -> str | None:
    """An ATX heading's text without its optional closing #s; None when the line is no heading."""
    m = _HEADING.match(line)
    if not m:
        return None
    content = line[m.end() :].strip()
    bare = content.rstrip("#")
    if bare != content and (not bare or bare[-1].isspace()):
        content = bare.rstrip()
    return content


def _inline(text: str) -> str:
    for pattern, repl in _INLINE:
        text = pattern.sub(repl, text)
    return text
