"""ROUGE of every summary algorithm against human-written summaries, beside plain sumy and the lead.

Run: .venv/bin/python benchmarks/summary_quality.py [data dir, default ../shared/data]
     .venv/bin/python benchmarks/summary_quality.py --pairs FILE [--limit N]
(needs the `bench` extra for plain sumy: pip install -e ".[bench]")

`--pairs` reads article–summary pairs instead of the built-in documents: JSON lines, CSV or Parquet
(Parquet needs pyarrow) with an `article` and a `summary` column (`text` and `highlights` are taken
too). Made for HeSum (biunlp/HeSum: 10,000 Hebrew news articles with summaries written by their
journalists; 1,000 validation and 1,000 test pairs), the set that can rank these pipelines: tune on
its validation split, report on its test split. Each pair's article is given to both pipelines
as it is, less any line that is the summary itself; `--limit` takes the first N pairs.

The human summaries we have:
- the seed article's subtitle (the editor's summary of the article);
- the lead section of each IAHLTwiki dev document (Wikipedia's lead is written as a summary of the
  article): the paragraphs before the first section heading, or the first paragraph when there is
  none. The input is the title and the rest of the article's paragraphs, blank lines between them
  so sumy sees paragraphs too, without the lead and without section headings (a paragraph of six
  words or fewer with no sentence end): ROUGE rewards a heading, which names the topic, though no
  editor would quote one, and plain sumy offers them (Tamtzit does not).
Tamtzit gets the text as it is: it recognises title and subtitle and never offers them as summary
sentences. Plain sumy gets it without the title and subtitle lines (every copy): it would otherwise
offer them, and a reference restates its headline, so it could score by copying the headline.
The HTB/Haaretz dev articles have no subtitle, so they cannot serve here; they serve the speed and
same-as-sumy checks.

Length is fixed in words, as DUC did, because the systems cut text into sentences differently (plain
sumy splits only at ". ", so its "sentences" run long): each system takes its sentences best first
until they hold as many tokens as the reference, shows them in document order, and the text is cut
at the reference's length.

ROUGE-1/2/L F1 on tokens normalised by a rule that belongs to this benchmark, not to the Hebrew
layer (so the yardstick neither moves when the stemmer improves nor shares its mistakes): nikud
removed, final letters folded, and up to three leading proclitics (ו ש ה ב כ ל מ) stripped when
what remains (two letters or more) is itself a word of that document or its reference, so
"ובישראל" counts as "ישראל" where "ישראל" occurs, and "מלון" stays "מלון". ROUGE-L is the longest
common subsequence of the whole summary and reference token sequences.
"""

from __future__ import annotations

import argparse
import csv
import json
import random
import re
import sys
import warnings
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))

import plain_sumy  # noqa: E402

from app.core.analyze import Options, analyze, summarize_analysis  # noqa: E402
from app.core.summarize import ALGORITHMS  # noqa: E402

_NIKUD = re.compile("[\u0591-\u05C7]")
_TOKEN = re.compile(r"[^\W_]+(?:[\"'״׳][^\W_]+)*")
_FINALS = str.maketrans("ךםןףץ", "כמנפצ")
_PROCLITIC = "ושהבכלמ"
_HEADING_END = re.compile(r"[.?!:][\"”׳')]*$")


@dataclass
class Case:
    name: str
    text: str  # what Tamtzit is given
    plain_text: str  # what plain sumy is given
    reference: str
    source: str = ""  # the group it is reported in beside "all"


def _plain_tokens(text: str) -> list[str]:
    return _TOKEN.findall(_NIKUD.sub("", text).lower().translate(_FINALS))


def rouge_tokens(text: str, vocabulary: frozenset[str] = frozenset()) -> list[str]:
    out = []
    for t in _plain_tokens(text):
        for k in (3, 2, 1):
            if len(t) - k >= 2 and all(c in _PROCLITIC for c in t[:k]) and t[k:] in vocabulary:
                t = t[k:]
                break
        out.append(t)
    return out


def _ngrams(tokens: list[str], n: int) -> dict[tuple, int]:
    grams: dict[tuple, int] = {}
    for i in range(len(tokens) - n + 1):
        g = tuple(tokens[i : i + n])
        grams[g] = grams.get(g, 0) + 1
    return grams


def _f1(overlap: int, candidate: int, reference: int) -> float:
    if not overlap:
        return 0.0
    p, r = overlap / candidate, overlap / reference
    return 2 * p * r / (p + r)


def _lcs(a: list[str], b: list[str]) -> int:
    previous = [0] * (len(b) + 1)
    for x in a:
        current = [0]
        for j, y in enumerate(b):
            current.append(previous[j] + 1 if x == y else max(previous[j + 1], current[j]))
        previous = current
    return previous[-1]


def rouge(candidate: str, reference: str, document: str) -> tuple[float, float, float]:
    vocabulary = frozenset(_plain_tokens(document + " " + reference))
    c, r = rouge_tokens(candidate, vocabulary), rouge_tokens(reference, vocabulary)
    scores = []
    for n in (1, 2):
        cg, rg = _ngrams(c, n), _ngrams(r, n)
        overlap = sum(min(v, rg.get(g, 0)) for g, v in cg.items())
        scores.append(_f1(overlap, sum(cg.values()), sum(rg.values())))
    scores.append(_f1(_lcs(c, r), len(c), len(r)))
    return scores[0], scores[1], scores[2]


def seed_case(data: Path) -> Case:
    text = (data / "articles" / "seed-netanyahu-putin.txt").read_text(encoding="utf-8")
    lines = text.splitlines()
    headline = {lines[0].strip(), lines[1].strip()}
    plain = "\n".join(ln for ln in lines if ln.strip() not in headline)
    return Case("seed", text, plain, lines[1], "seed")


def wiki_cases(data: Path) -> list[Case]:
    docs: list[dict] = []
    for line in (data / "ud" / "he_iahltwiki-ud-dev.conllu").read_text(encoding="utf-8").splitlines():
        if line.startswith("# newdoc"):
            docs.append({"id": line.split("=", 1)[1].strip(), "title": "", "paragraphs": []})
        elif line.startswith("# meta::title"):
            docs[-1]["title"] = line.split("=", 1)[1].strip()
        elif line.startswith("# newpar"):
            docs[-1]["paragraphs"].append([])
        elif line.startswith("# text ="):
            docs[-1]["paragraphs"][-1].append(line.split("=", 1)[1].strip())
    cases = []
    for d in docs:
        paragraphs = [p for p in d["paragraphs"] if p]
        texts = [" ".join(p) for p in paragraphs]
        heading = next((i for i, t in enumerate(texts) if i and _is_heading(t)), 1)
        lead = paragraphs[:heading]
        body = "\n\n".join(t for t in texts[heading:] if not _is_heading(t))
        reference = " ".join(" ".join(p) for p in lead)
        cases.append(Case(d["id"].removeprefix("iahltwiki_"), d["title"] + "\n\n" + body, body, reference, "wiki"))
    return cases


def _rows(path: Path) -> list[dict]:
    suffix = path.suffix.lower()
    if suffix in (".jsonl", ".json"):
        with path.open(encoding="utf-8") as f:
            return [json.loads(line) for line in f if line.strip()]
    if suffix == ".csv":
        csv.field_size_limit(sys.maxsize)
        with path.open(encoding="utf-8", newline="") as f:
            return list(csv.DictReader(f))
    if suffix == ".parquet":
        try:
            import pyarrow.parquet as pq
        except ImportError:
            sys.exit("reading Parquet needs pyarrow: .venv/bin/pip install pyarrow")
        return pq.read_table(path).to_pylist()
    sys.exit(f"{path}: expected .jsonl, .csv or .parquet")


def pair_cases(path: Path, limit: int | None = None) -> list[Case]:
    """Article-summary pairs from `path`, both pipelines given the article as it is."""
    cases = []
    for i, row in enumerate(_rows(path)):
        article = row.get("article") or row.get("text") or ""
        summary = row.get("summary") or row.get("highlights") or ""
        if article.strip() and summary.strip():
            target = " ".join(summary.split())  # a copy of the summary in the article is no test
            article = "\n".join(ln for ln in article.splitlines() if " ".join(ln.split()) != target)
            cases.append(Case(f"{path.stem}:{i}", article, article, summary, path.stem))
        if limit is not None and len(cases) >= limit:
            break
    if not cases:
        sys.exit(f"{path}: no rows with both an article and a summary")
    return cases


def _budgeted(picked: list[str], budget: int) -> str:
    return " ".join(_plain_tokens(" ".join(picked))[:budget])


def _is_heading(paragraph: str) -> bool:
    """Six words or fewer, no sentence end; words, not spaces: "ערך מורחב – הצעת חוק יסוד: החקיקה"."""
    return len(_plain_tokens(paragraph)) <= 6 and not _HEADING_END.search(paragraph)


def ours(text: str, algorithm: str, budget: int) -> str:
    """Tamtzit's summary grown one sentence at a time (re-using the analysis) to the budget."""
    analysis = analyze(text, Options(algorithm=algorithm, sentences=1, entities=False))
    count = 1
    while True:
        analysis = summarize_analysis(analysis, Options(algorithm=algorithm, sentences=count))
        texts = analysis.summary_texts()
        if len(_plain_tokens(" ".join(texts))) >= budget or len(texts) < count:
            return _budgeted(texts, budget)
        count += 1


def plain(text: str, algorithm: str, budget: int) -> str:
    ranked = plain_sumy.ranking(text, algorithm)
    chosen, size = set(), 0
    for s in ranked:
        if size >= budget:
            break
        chosen.add(s)
        size += len(_plain_tokens(s))
    return _budgeted([s for s in ranked_in_document_order(ranked, text) if s in chosen], budget)


def ranked_in_document_order(sentences: list[str], text: str) -> list[str]:
    return sorted(sentences, key=lambda s: text.find(s[:40]))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("data", nargs="?", type=Path, default=ROOT.parent / "shared" / "data")
    parser.add_argument("--pairs", type=Path, action="append", help="article-summary pairs (.jsonl/.csv/.parquet)")
    parser.add_argument("--limit", type=int, help="first N pairs of each --pairs file")
    args = parser.parse_args()
    warnings.filterwarnings("ignore")  # sumy's LSA warns on short texts
    if args.pairs:
        cases = [c for path in args.pairs for c in pair_cases(path, args.limit)]
        print(f"{len(cases)} documents from " + ", ".join(str(p) for p in args.pairs))
    else:
        cases = [seed_case(args.data), *wiki_cases(args.data)]
        print(f"{len(cases)} documents: seed (subtitle) + {len(cases) - 1} IAHLTwiki dev (lead section)")
    if len(cases) <= 40:
        for c in cases:
            print(f"  {c.name:40s} reference {len(_plain_tokens(c.reference)):4d} tokens")
    rows = []
    for algorithm in ALGORITHMS:
        budgets = [len(_plain_tokens(c.reference)) for c in cases]
        mine = [rouge(ours(c.text, algorithm, b), c.reference, c.text) for c, b in zip(cases, budgets)]
        theirs = None
        if ALGORITHMS[algorithm].sumy:
            theirs = [
                rouge(plain(c.plain_text, algorithm, b), c.reference, c.text) for c, b in zip(cases, budgets)
            ]
        rows.append((algorithm, mine, theirs))
    _report(rows, cases)


def _mean(values: list[tuple[float, float, float]], pick) -> tuple[float, float, float]:
    chosen = [v for v, keep in zip(values, pick) if keep]
    return tuple(sum(v[k] for v in chosen) / len(chosen) for k in range(3))


def interval(deltas: list[float], rounds: int = 4000, seed: int = 0) -> tuple[float, float]:
    """95% paired bootstrap interval of the mean per-document difference (documents resampled).

    The interval says how far the mean could move with another draw of documents like these (wide
    on eight documents), so a Δ inside it is no evidence either way.
    """
    rng = random.Random(seed)
    n = len(deltas)
    means = sorted(sum(rng.choice(deltas) for _ in range(n)) / n for _ in range(rounds))
    return means[int(0.025 * rounds)], means[int(0.975 * rounds) - 1]


def _report(rows, cases) -> None:
    groups = {"all": [True] * len(cases)}
    sources = sorted({c.source for c in cases})
    if len(sources) > 1:
        groups.update({source: [c.source == source for c in cases] for source in sources})
    for group, pick in groups.items():
        print(f"\nROUGE F1 ×100, {group} ({sum(pick)} documents): Tamtzit | plain sumy | Δ mean, documents won-lost")
        print(f"{'algorithm':10s} {'R1':>5s} {'R2':>5s} {'RL':>5s} | {'R1':>5s} {'R2':>5s} {'RL':>5s} |  Δ   won-lost  95% interval")
        for algorithm, mine, plain in rows:
            a = _mean(mine, pick)
            line = f"{algorithm:10s} " + " ".join(f"{100 * x:5.1f}" for x in a)
            if plain is not None:
                b = _mean(plain, pick)
                delta = 100 * (sum(a) - sum(b)) / 3
                pairs = [(sum(m), sum(p)) for m, p, keep in zip(mine, plain, pick) if keep]
                won = sum(m > p + 1e-9 for m, p in pairs)
                lost = sum(p > m + 1e-9 for m, p in pairs)
                low, high = interval([100 * (m - p) / 3 for m, p in pairs])
                line += " | " + " ".join(f"{100 * x:5.1f}" for x in b) + f" | {delta:+5.1f}  {won}-{lost}"
                line += f"  [{low:+.1f}, {high:+.1f}]"
            print(line)


if __name__ == "__main__":
    main()
