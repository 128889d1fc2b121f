"""Find in the article on a 1 MB Hebrew text: the Hebrew-aware matcher against plain substring search.

Run: .venv/bin/python benchmarks/search_bench.py [DATA]   (offscreen; DATA defaults to ../shared/data)

The text is the 26 Haaretz dev articles of DATA/articles/haaretz-dev repeated to 1 MB (the real
articles a reader opens are 5–50 kB; 1 MB is the size the window promises to stay live with).
Figures, medians of 5 runs:
- folding the text once (done when the find bar first searches a document version),
- one search on the folded text per query, with its match count,
- baseline in the same run: Python's str.find loop and re.finditer for the same query (substring
  search, which finds less: no nikud, no gershayim variants, and more: matches inside words),
- the find bar end to end on a real QTextBrowser holding the text (first keystroke: fold + find +
  marks; a further keystroke: find + marks).
"""

from __future__ import annotations

import os
import re
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
QUERIES = ("נתניהו", "של", "ה", "ראש הממשלה", 'צה"ל', "ירושלים")


def _median(fn, runs: int = 5) -> tuple[float, object]:
    times, out = [], None
    for _ in range(runs):
        t = time.perf_counter()
        out = fn()
        times.append(time.perf_counter() - t)
    return statistics.median(times), out


def _str_find(text: str, q: str) -> int:
    n, pos = 0, text.find(q)
    while pos >= 0:
        n, pos = n + 1, text.find(q, pos + 1)
    return n


def main() -> None:
    data = Path(sys.argv[1] if len(sys.argv) > 1 else ROOT.parent / "shared" / "data")
    parts = [p.read_text(encoding="utf-8") for p in sorted((data / "articles" / "haaretz-dev").glob("*.txt"))]
    one = "\n\n".join(parts)
    text = (one + "\n\n") * (1_000_000 // len(one) + 1)
    text = text[:1_000_000]
    from app.core.search import find, fold_text

    t_fold, folded = _median(lambda: fold_text(text))
    print(f"text: {len(text):,} characters from {len(parts)} articles")
    print(f"fold once: {t_fold * 1000:.0f} ms")
    print(f"{'query':<14}{'matches':>9}{'ms':>8}   {'str.find n':>10}{'ms':>8}   {'re n':>6}{'ms':>8}")
    for q in QUERIES:
        t_ours, spans = _median(lambda: find(folded, q))
        t_str, n_str = _median(lambda: _str_find(text, q))
        pattern = re.compile(re.escape(q))
        t_re, n_re = _median(lambda: sum(1 for _ in pattern.finditer(text)))
        print(f"{q:<14}{len(spans):>9,}{t_ours * 1000:>8.1f}   {n_str:>10,}{t_str * 1000:>8.1f}   {n_re:>6,}{t_re * 1000:>8.1f}")
    _find_bar(text)


def _find_bar(text: str) -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from app.ui.find_bar import FindBar
    from app.ui.reader import ReaderView
    from app.ui.theme import colors

    app = QApplication.instance() or QApplication([])
    reader = ReaderView()
    reader.setPlainText(text)
    reader.resize(900, 700)
    reader.show()
    bar = FindBar(reader, colors)
    bar.show()
    app.processEvents()
    firsts, nexts = [], []
    for _ in range(5):
        bar._folded = None  # a new document version
        t = time.perf_counter()
        bar.edit.setText("ישרא")
        firsts.append(time.perf_counter() - t)
        t = time.perf_counter()
        bar.edit.setText("ישראל")
        nexts.append(time.perf_counter() - t)
    print(f"find bar, 1 MB: first keystroke {statistics.median(firsts) * 1000:.0f} ms "
          f"(fold + find + marks), next keystroke {statistics.median(nexts) * 1000:.0f} ms, {len(bar.spans):,} matches")


if __name__ == "__main__":
    main()
