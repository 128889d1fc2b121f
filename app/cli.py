"""`python main.py analyze …`: the command-line face of the same pipeline the window uses."""

from __future__ import annotations

import argparse
import json
import logging
import re
import sys
from typing import TextIO

from .arguments import OneLineParser, positive_int, share
from .core.analyze import Options, analyze
from .core.document import Analysis
from .core.hebrew.chars import BLOCK
from .core.entities import LABEL_NAMES, LABELS
from .core.load import MAX_BYTES, VISUAL_MODES, LoadError, Loaded, load_bytes, load_path
from .core.safe_text import isolate, strip_bidi, visible_controls
from .core.summarize import ALGORITHMS, DEFAULT_ALGORITHM

EXIT_OK, EXIT_FAILED, EXIT_UNREADABLE, EXIT_INTERRUPTED = 0, 1, 3, 130


def build_parser() -> argparse.ArgumentParser:
    parser = OneLineParser(
        prog="tamtzit analyze",
        description="Clean, summarize and find the entities of a Hebrew text.",
    )
    parser.add_argument("path", help="a text file, or - for standard input")
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    parser.add_argument("--no-clean", action="store_true", help="analyse the text exactly as given")
    length = parser.add_mutually_exclusive_group()
    length.add_argument("--sentences", type=positive_int, metavar="N", help="summary length in sentences")
    length.add_argument("--ratio", type=share, metavar="R", help="summary length as a share (0-1]")
    parser.add_argument(
        "--algorithm", default=DEFAULT_ALGORITHM, choices=list(ALGORITHMS),
        help=f"summary method (default {DEFAULT_ALGORITHM}: made for news)"
    )
    parser.add_argument(  # checked by the loader: a name that is no text charset is a refusal (exit 3)
        "--encoding",
        metavar="NAME",
        help="read the input in this encoding, e.g. windows-1255 (default: detect)",
    )
    parser.add_argument(
        "--visual",
        default="auto",
        choices=VISUAL_MODES,
        help="legacy visual-order Hebrew: convert when detected (auto), always, or never",
    )
    return parser


def run(argv: list[str], stdout: TextIO | None = None, stderr: TextIO | None = None) -> int:
    """Exit 0 with the analysis; 2 on a usage error; 3 when the input cannot be read or is too much
    for memory; 1 if Tamtzit itself fails. Every failure is one `tamtzit:` line on stderr, never a
    traceback (that goes to the log, for a bug report)."""
    stdout = stdout or sys.stdout
    stderr = stderr or sys.stderr
    args = build_parser().parse_args(argv)  # exits with 2 on usage errors
    try:
        return _analyze(args, stdout, stderr)
    except LoadError as exc:
        print(f"tamtzit: {exc}", file=stderr)
        return EXIT_UNREADABLE
    except MemoryError:
        print("tamtzit: not enough memory to analyse this input", file=stderr)
        return EXIT_UNREADABLE
    except KeyboardInterrupt:  # Ctrl+C: the shell's convention, without a traceback
        print("tamtzit: interrupted", file=stderr)
        return EXIT_INTERRUPTED
    except BrokenPipeError:
        raise  # main.py's entry closes stdout quietly
    except Exception as exc:  # a bug: one line for the user, the traceback for the report
        log = _log_failure()
        where = f"; details in {log}" if log else ""
        print(f"tamtzit: internal error ({type(exc).__name__}){where}", file=stderr)
        return EXIT_FAILED


def _log_failure() -> str | None:
    from .settings import setup_logging

    target = setup_logging()
    logging.getLogger("tamtzit.cli").exception("analyze failed")
    return str(target) if target else None


def _analyze(args: argparse.Namespace, stdout: TextIO, stderr: TextIO) -> int:
    loaded = _load(args.path, args.encoding, args.visual)
    text = loaded.text
    options = Options(
        clean=not args.no_clean, algorithm=args.algorithm, sentences=args.sentences, ratio=args.ratio
    )
    analysis = analyze(text, options)
    if analysis.entities_unavailable:
        print(f"tamtzit: names are not marked: {analysis.entities_unavailable}; "
              "reinstalling Tamtzit restores the model", file=stderr)
    if analysis.lexicon_unavailable:
        print(f"tamtzit: Hebrew prefixes are not separated: {analysis.lexicon_unavailable}; "
              "reinstalling Tamtzit restores the lexicon", file=stderr)
    if args.json:
        json.dump(to_json(analysis), stdout, ensure_ascii=False)
        stdout.write("\n")
    else:
        write_human(analysis, stdout, loaded)
    return EXIT_OK


def _load(path: str, encoding: str | None, visual: str) -> Loaded:
    """A file, or standard input through the same detection (read at most one byte past the limit)."""
    if path != "-":
        return load_path(path, encoding=encoding, visual=visual)
    try:
        if sys.stdin is None:
            raise LoadError("closed")
        try:
            data = sys.stdin.buffer.read(MAX_BYTES + 1)
        except OSError as exc:
            raise LoadError(f"cannot read ({exc.strerror or exc})") from None
        return load_bytes(data, encoding=encoding, visual=visual)
    except LoadError as exc:
        raise LoadError(f"standard input: {exc}") from None


def to_json(a: Analysis) -> dict:
    doc = a.document
    return {
        "text": doc.text,
        "title": a.title,
        "language": a.language,
        "direction": a.direction,
        "removed": [
            {"start": r.start, "end": r.end, "text": r.text, "reason": r.reason} for r in doc.removed
        ],
        "sentences": [{"start": s.start, "end": s.end} for s in a.sentences],
        "summary": [  # "last": the last sentence of the item (a question read with its answer)
            {"sentence": i.sentence, "last": i.sentence if i.last is None else i.last, "score": i.score}
            for i in a.summary
        ],
        "entities": [
            {"start": e.start, "end": e.end, "label": e.label, "text": e.text, "confidence": e.confidence}
            for e in a.entities
        ],
    }


def write_human(a: Analysis, out: TextIO, loaded: Loaded | None = None) -> None:
    """Title, numbered summary and names; reordered for display only when a terminal shows it.

    Article text is isolated (see app.core.safe_text): bidi controls in it cannot reorder the
    numbering or our notes, and control characters cannot drive the terminal.
    """
    visual = _isatty(out)
    lines = []
    if a.title:
        lines += [_article(a.title), ""]
    lines += [f"{n}. {_article(text)}" for n, text in enumerate(a.summary_texts(), 1)]
    lines += _names(a)
    if a.document.removed:
        lines += ["", f"({len(a.document.removed)} repeated blocks removed)"]
    if loaded is not None and loaded.visual:
        lines += ["", "(visual-order Hebrew converted to logical order; --visual no keeps it as stored)"]
    for line in lines:
        out.write((strip_bidi(_display(line)) if visual else line) + "\n")


NAMES_PER_LABEL = 8


def _names(a: Analysis) -> list[str]:
    """One line per entity type, its commonest names first with their counts, as the window's panel
    groups them; a long document's rarer names are counted, not listed."""
    lines = []
    for label in LABELS:
        groups = [g for g in a.groups if g.label == label]  # group_entities gives them commonest first
        if not groups:
            continue
        shown = ", ".join(f"{_article(g.name)} ({g.count})" for g in groups[:NAMES_PER_LABEL])
        more = f", +{len(groups) - NAMES_PER_LABEL} more" if len(groups) > NAMES_PER_LABEL else ""
        lines.append(f"{LABEL_NAMES[label]}: {shown}{more}")
    return ["", *lines] if lines else []


def _article(text: str) -> str:
    return isolate(visible_controls(text))


def _isatty(stream: TextIO) -> bool:
    try:
        return stream.isatty()
    except (AttributeError, ValueError):
        return False


_HEBREW = re.compile(f"[{BLOCK}]")


def _display(line: str) -> str:
    """The line in screen order for a terminal without bidi. python-bidi's reference implementation
    (bidi.algorithm), because its fast `get_display` does not mirror brackets (rule L4): "(שלישי)"
    would show as ")ישילש(". A summary's few lines cost nothing in pure Python."""
    from bidi.algorithm import get_display

    return get_display(line, base_dir="R" if _HEBREW.search(line) else "L")
