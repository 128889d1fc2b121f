"""From plain sumy to Tamtzit's Hebrew layer, one difference at a time, on the HeSum dev pairs.

Run: .venv/bin/python benchmarks/summary_parity.py [--pairs FILE] [--cache FILE]
(needs the `bench` extra; default pairs ../shared/data/summaries/hesum-dev.jsonl)

Our eight sumy algorithms pick sumy's sentences when given sumy's sentences and words
(tests/core/test_summarize_sumy.py). So a layer is described by what it feeds them, and the walk
starts from the layer that reproduces plain sumy (its README pipeline: the article as given, its
". " sentence split, its Hebrew word tokenizer, no stemmer, its stop list, the best K by rating)
and changes one thing at a time:

- text:   raw (the article as given) | clean (loaded as a .txt file and cleaned, as the app does)
- units:  sumy (its ". " split) | ours (our sentence splitter, every sentence) | cand (our summary
          candidates: body sentences of 4+ words, no lone heading lines) | qa! (shipped,
          analyze.summary_units: a sentence ending in "?" or "!" read with the next one, a question
          nothing answers left out) | qa ("?" only) | qa-keep (qa, unanswered questions kept) |
          qa1 (only the last question of a run read with the answer)
- tok:    sumy (Hebrew letters only, ASCII punctuation deleted) | ours (HebrewTokenizer) | letters
          (ours without numbers) | hebrew (ours, words with Hebrew letters only)
- term:   lower (sumy's null stemmer) | ours (terms.term: lower-cased, finals folded, no nikud)
- stop:   sumy (its Hebrew list, words as written) | ours (terms.is_stop: our list, with prefixes) | union
- select: plain (best K by rating) | ours (summarize_scored: repeats and near-repeats skipped)
- title:  no | yes (Edmundson's title method gets the title the cleaner found)

Each row prints Δ R1 ×100 against plain sumy itself (mean over articles, per method and length);
`--intervals` adds the 95% paired bootstrap interval of each Δ. `--grid` rates the grid of units ×
word tokens × stop lists instead of the walk (`--only REGEX` keeps the rows whose label matches), and
`--choose` then chooses a layer among the rows, for each method and for all eight together, by
k-fold CV (chosen on the training folds by mean Δ R1 at 1 and 2 sentences, scored on the held-out
fold): its held-out Δ against plain sumy (mean ± sd over folds) and how often each layer was chosen.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
import warnings
from dataclasses import dataclass, replace
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))

import plain_sumy  # noqa: E402
from summary_news import KS, as_loaded, folds, rouge  # noqa: E402
from summary_quality import interval, pair_cases  # noqa: E402

from app.core.analyze import Options, _worth_offering, analyze, summary_units  # noqa: E402
from app.core.document import Sentence  # noqa: E402
from app.core.hebrew.tokenizer import HebrewTokenizer  # noqa: E402
from app.core.summarize import rate, summarize_scored  # noqa: E402
from app.core.summarize.language import Language  # noqa: E402
from app.core.summarize.terms import build_terms, is_stop, term  # noqa: E402
from app.core.units import asks, unit_sentence  # noqa: E402

METHODS = plain_sumy.METHODS


@dataclass(frozen=True)
class Layer:
    text: str = "raw"
    units: str = "sumy"
    tok: str = "sumy"
    term: str = "lower"
    stop: str = "sumy"
    select: str = "plain"
    title: str = "no"

    def name(self) -> str:
        return " ".join(f"{k}={v}" for k, v in self.__dict__.items())


IDENTITY = Layer()
OURS = Layer("clean", "qa!", "ours", "ours", "ours", "ours", "yes")  # shipped


def _sumy_stops() -> frozenset[str]:
    from sumy.utils import get_stop_words

    return frozenset(get_stop_words("hebrew"))


def language(layer: Layer) -> Language:
    sumy_words = plain_sumy.tokenizer().to_words
    stops = _sumy_stops()
    counted = (lambda w: w.lower()) if layer.term == "lower" else term
    stopped = {
        "sumy": lambda w: w.lower() in stops,
        "ours": is_stop,
        "union": lambda w: w.lower() in stops or is_stop(w),
    }[layer.stop]
    ours = HebrewTokenizer().to_words
    words = {
        "sumy": sumy_words,
        "ours": ours,
        "letters": lambda t: [w for w in ours(t) if _LETTER.search(w)],  # no numbers alone
        "hebrew": lambda t: [w for w in ours(t) if _HEBREW.search(w)],  # no numbers, no Latin words
    }[layer.tok]
    return Language("he", counted, stopped, words)


_LETTER = re.compile(r"[^\W\d_]")
_HEBREW = re.compile(r"[\u05d0-\u05ea]")


def _asks(text: str, s: Sentence) -> bool:
    return asks(text, s)


def _with_answers(text: str, sentences: list[Sentence], most: int = 6) -> list[Sentence]:
    """A question (or a run of them) joined with the next sentence of its paragraph (branch summ-sumy)."""
    out, i, n = [], 0, len(sentences)
    while i < n:
        first = last = sentences[i]
        size = 1
        while i + 1 < n and size < most and sentences[i + 1].paragraph == first.paragraph and _asks(text, last):
            i += 1
            size += 1
            last = sentences[i]
        out.append(first if last is first else Sentence(first.start, last.end, first.paragraph, first.role))
        i += 1
    return out


def _last_with_answer(text: str, sentences: list[Sentence]) -> list[Sentence]:
    """A question joined with the next sentence of its paragraph when that one is no question."""
    out, i, n = [], 0, len(sentences)
    while i < n:
        s = sentences[i]
        if i + 1 < n and sentences[i + 1].paragraph == s.paragraph and _asks(text, s) and not _asks(text, sentences[i + 1]):
            out.append(Sentence(s.start, sentences[i + 1].end, s.paragraph, s.role))
            i += 2
        else:
            out.append(s)
            i += 1
    return out


def _candidates(text: str, sentences: list[Sentence], questions_out: bool) -> list[Sentence]:
    """analyze.summary_candidates' rule (one home: `analyze._worth_offering`) on any sentence list
    and, when `questions_out`, no unanswered question unless nothing else is left."""
    kept = [sentences[i] for i in _worth_offering(text, sentences)]
    if not questions_out:
        return kept
    answered = [s for s in kept if not _asks(text, s)]
    return answered or kept


@dataclass
class Article:
    raw: str
    reference: str
    clean: str  # the cleaned text
    title: str
    subtitle: str
    sentences: list[Sentence]  # our sentences of the cleaned text
    analysis: object  # its analysis


def units(article: Article, layer: Layer) -> tuple[list[str], list[int]]:
    """The texts the algorithm rates (distinct, document order) and their paragraph numbers."""
    if layer.units == "sumy":
        document = plain_sumy.parse(article.raw if layer.text == "raw" else article.clean)
        texts, paragraphs = [], []
        for p, paragraph in enumerate(document.paragraphs):
            for s in paragraph.sentences:
                if not s.is_heading:
                    texts.append(str(s))
                    paragraphs.append(p)
        if layer.select == "ours":  # our selection rates distinct texts only
            seen: set[str] = set()
            keep = [i for i, t in enumerate(texts) if not (t in seen or seen.add(t))]
            texts, paragraphs = [texts[i] for i in keep], [paragraphs[i] for i in keep]
        return texts, paragraphs
    assert layer.text == "clean", "our units are cut from the cleaned text"
    text, sentences = article.clean, article.sentences
    if layer.units == "cand":
        sentences = _candidates(text, sentences, False)
    elif layer.units == "qa":  # a question with its answer; a question nothing answers is no candidate
        sentences = _candidates(text, _with_answers(text, sentences), True)
    elif layer.units == "qa-keep":  # a question with its answer; an unanswered one stays a candidate
        sentences = _candidates(text, _with_answers(text, sentences), False)
    elif layer.units == "qa1":  # only the last question of a run is read with the answer
        sentences = _candidates(text, _last_with_answer(text, sentences), True)
    elif layer.units == "qa!":  # also an exclamation: the shipped rule (analyze.summary_units)
        sentences = [unit_sentence(sentences, a, b) for a, b in summary_units(article.analysis)]
    texts, paragraphs, seen = [], [], set()
    for s in sentences:
        t = text[s.start : s.end]
        if t not in seen:
            seen.add(t)
            texts.append(t)
            paragraphs.append(s.paragraph)
    return texts, paragraphs


def summary(article: Article, layer: Layer, method: str, k: int, memo: dict) -> str:
    key = (layer.text, layer.units, layer.select)
    if key not in memo:
        memo[key] = units(article, layer)
    texts, paragraphs = memo[key]
    if not texts:
        return ""
    words_key = key + (layer.tok, layer.term, layer.stop)
    if words_key not in memo:
        memo[words_key] = build_terms(texts, language=language(layer))
    cache = {"terms": memo[words_key]}
    title = article.title if layer.title == "yes" else ""
    if layer.select == "ours":
        chosen = summarize_scored(texts, k, method, title=title, subtitle=article.subtitle, paragraphs=paragraphs, cache=cache)
        return " ".join(texts[item.sentence] for item in chosen.items)
    import numpy as np

    ratings = np.nan_to_num(np.asarray(rate(texts, method, title, paragraphs, count=k, cache=cache), dtype=float))
    best = sorted(int(i) for i in np.argsort(-ratings, kind="stable")[:k])
    return " ".join(texts[i] for i in best)


def load(cases) -> list[Article]:
    out = []
    for c in cases:
        a = analyze(as_loaded(c.text), Options(algorithm="lead", sentences=1, entities=False))
        out.append(Article(c.text, c.reference, a.document.text, a.title, a.subtitle, list(a.sentences), a))
    return out


def plain_scores(articles: list[Article], cache_path: Path | None) -> dict[str, dict[int, list[float]]]:
    """Plain sumy's R1 per method, length and article (cached in `cache_path` when given)."""
    if cache_path is not None and cache_path.exists():
        data = json.loads(cache_path.read_text())
        return {m: {int(k): v for k, v in d.items()} for m, d in data.items()}
    out: dict[str, dict[int, list[float]]] = {}
    for method in METHODS:
        ranked = [plain_sumy.ranking(a.raw, method) for a in articles]
        out[method] = {
            k: [rouge(" ".join(sorted(r[:k], key=a.raw.find)), a.reference)[0] for r, a in zip(ranked, articles)]
            for k in KS
        }
        print(f"  plain sumy {method} done", file=sys.stderr, flush=True)
    if cache_path is not None:
        cache_path.write_text(json.dumps(out))
    return out


def scores(articles: list[Article], layer: Layer, memos: list[dict]) -> dict[str, dict[int, list[float]]]:
    return {
        m: {k: [rouge(summary(a, layer, m, k, memo), a.reference)[0] for a, memo in zip(articles, memos)] for k in KS}
        for m in METHODS
    }


def _mean(values) -> float:
    values = list(values)
    return sum(values) / len(values) if values else 0.0


# Walks: (label, layer). "add": one difference added to the identity; "ladder": each step keeps the
# previous ones, up to the shipped layer; "drop": one difference of the shipped layer changed back.
def walks() -> list[tuple[str, Layer]]:
    i, o = IDENTITY, OURS
    return [
        ("identity (plain sumy through our algorithms)", i),
        ("add: clean", replace(i, text="clean")),
        ("add: tok=ours", replace(i, tok="ours")),
        ("add: term=ours", replace(i, term="ours")),
        ("add: stop=ours", replace(i, stop="ours")),
        ("add: stop=union", replace(i, stop="union")),
        ("add: select=ours", replace(i, select="ours")),
        ("ladder: + clean", replace(i, text="clean")),
        ("ladder: + units=ours (our sentences)", replace(i, text="clean", units="ours")),
        ("ladder: + units=cand (candidate filter)", replace(i, text="clean", units="cand")),
        ("ladder: + title", replace(i, text="clean", units="cand", title="yes")),
        ("ladder: + tok=ours", replace(i, text="clean", units="cand", title="yes", tok="ours")),
        ("ladder: + term=ours", replace(i, text="clean", units="cand", title="yes", tok="ours", term="ours")),
        ("ladder: + stop=ours", replace(o, units="cand", select="plain")),
        ("ladder: + select=ours (the layer before units)", replace(o, units="cand")),
        ("ladder: + units=qa! (shipped)", o),
        ("drop: units=qa (questions only)", replace(o, units="qa")),
        ("drop: units=qa-keep (unanswered kept)", replace(o, units="qa-keep")),
        ("drop: units=qa1 (last question only)", replace(o, units="qa1")),
        ("drop: title=no", replace(o, title="no")),
        ("drop: tok=sumy", replace(o, tok="sumy")),
        ("drop: tok=letters", replace(o, tok="letters")),
        ("drop: term=lower", replace(o, term="lower")),
        ("drop: stop=sumy", replace(o, stop="sumy")),
        ("drop: stop=union", replace(o, stop="union")),
        ("drop: select=plain", replace(o, select="plain")),
    ]


def table(rows: list[tuple[str, dict]], plain: dict, with_intervals: bool) -> None:
    head = " | ".join(f"{m}@{k}" for m in METHODS for k in KS)
    print(f"\nΔ R1 ×100 vs plain sumy (mean over articles)\n| layer | {head} | below |")
    print("|---|" + "---|" * (2 * len(METHODS) + 1))
    for label, s in rows:
        cells, below = [], 0
        for m in METHODS:
            for k in KS:
                d = [100 * (a - b) for a, b in zip(s[m][k], plain[m][k])]
                mu = _mean(d)
                below += mu < -1e-9
                if with_intervals:
                    lo, hi = interval(d, rounds=1000)
                    cells.append(f"{mu:+.2f} [{lo:+.1f},{hi:+.1f}]")
                else:
                    cells.append(f"{mu:+.2f}")
        print(f"| {label} | " + " | ".join(cells) + f" | {below} |")


def grid() -> list[tuple[str, Layer]]:
    """Layers a reader would accept: our cleaned text and sentence rules, units and words varied."""
    out = []
    for u in ("cand", "qa", "qa-keep", "qa!", "qa1"):
        for tok in ("ours", "sumy", "letters", "hebrew"):
            for stop in ("ours", "sumy", "union"):
                layer = replace(OURS, units=u, tok=tok, stop=stop)
                out.append((f"units={u} tok={tok} stop={stop}", layer))
    return out


def choose(rows: list[tuple[str, dict]], plain: dict, splits: list[list[int]], n: int, methods=METHODS) -> None:
    """For each method (and for all methods together), the layer chosen on the training folds by
    mean Δ R1 at 1 and 2 sentences, scored on the held-out fold."""
    print(f"\nCV choice of layer ({len(splits)} folds): held-out Δ R1 ×100 vs plain sumy, mean ± sd of fold means")
    groups = [(m, (m,)) for m in methods] + [("all methods, one layer", tuple(methods))]
    for name, ms in groups:
        gain = {
            label: [sum(100 * (s[m][k][i] - plain[m][k][i]) for m in ms for k in KS) / (len(ms) * len(KS)) for i in range(n)]
            for label, s in rows
        }
        picks: dict[str, int] = {}
        held = {(m, k): [] for m in ms for k in KS}
        for fold in splits:
            inside = set(fold)
            train = [i for i in range(n) if i not in inside]
            best = max(rows, key=lambda r: sum(gain[r[0]][i] for i in train))
            picks[best[0]] = picks.get(best[0], 0) + 1
            for m in ms:
                for k in KS:
                    held[m, k].append(_mean(100 * (best[1][m][k][i] - plain[m][k][i]) for i in fold))
        cells = []
        for (m, k), v in held.items():
            mu = _mean(v)
            sd = (sum((x - mu) ** 2 for x in v) / max(1, len(v) - 1)) ** 0.5
            cells.append(f"{m}@{k} {mu:+.2f} ± {sd:.2f}")
        print(f"- {name}: " + "; ".join(cells))
        print("    chosen: " + ", ".join(f"{label} ×{c}" for label, c in sorted(picks.items(), key=lambda x: -x[1])))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--pairs", type=Path, default=ROOT.parent / "shared" / "data" / "summaries" / "hesum-dev.jsonl")
    parser.add_argument("--cache", type=Path, help="plain sumy's scores, reused when the file exists")
    parser.add_argument("--intervals", action="store_true")
    parser.add_argument("--only", help="regex: run only the walk rows whose label matches")
    parser.add_argument("--grid", action="store_true", help="the grid of candidate layers instead of the walk")
    parser.add_argument("--choose", action="store_true", help="choose a layer per method by k-fold CV")
    parser.add_argument("--folds", type=int, default=5)
    parser.add_argument("--repeats", type=int, default=4)
    args = parser.parse_args()
    warnings.filterwarnings("ignore")
    started = time.process_time()
    cases = pair_cases(args.pairs)
    articles = load(cases)
    plain = plain_scores(articles, args.cache)
    memos: list[dict] = [{} for _ in articles]
    rows = []
    for label, layer in grid() if args.grid else walks():
        if args.only and not re.search(args.only, label):
            continue
        rows.append((label, scores(articles, layer, memos)))
        print(f"  {label} ({time.process_time() - started:.0f} s CPU)", file=sys.stderr, flush=True)
    print(f"{len(articles)} pairs from {args.pairs}")
    print("plain sumy R1 ×100: " + ", ".join(f"{m} {100 * _mean(plain[m][1]):.1f}/{100 * _mean(plain[m][2]):.1f}" for m in METHODS))
    table(rows, plain, args.intervals)
    if args.choose:
        choose(rows, plain, folds(len(articles), args.folds, args.repeats), len(articles))


if __name__ == "__main__":
    main()
