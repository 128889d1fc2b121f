"""Hebrew text layer against the gold of ../shared/data/ud, beside plain sumy measured in the same run.

    pip install -e ".[bench]"
    python benchmarks/hebrew_bench.py [../shared/data]

Prints sentence-boundary precision/recall/F1 on four settings (HTB dev news paragraphs, the same
with scraper-spaced punctuation, IAHLTwiki dev `# newpar` paragraphs, article-shaped input with
title/subtitle lines and ?, !, ." endings), prefix segmentation accuracy on HTB dev, and speed.
A boundary is the start of every sentence but the first of its unit (so a splitter is not judged on
whether it keeps the final period). Only dev splits are read.
"""

from __future__ import annotations

import contextlib
import io
import random
import sys
import time
import warnings
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT), str(ROOT / "tools")]

from app.core.hebrew import prefixes  # noqa: E402
from app.core.hebrew.chars import is_hebrew  # noqa: E402
from app.core.hebrew.lexicon import lexicon  # noqa: E402
from app.core.hebrew.sentences import split_sentences  # noqa: E402
from app.core.hebrew.prefixes import normalize as stem  # noqa: E402  (sumy's stemmer seam)
from app.core.hebrew.tokenizer import HebrewTokenizer  # noqa: E402
from hebrew_gold import UdSentence, conllu_sentences, gold_prefix  # noqa: E402

Unit = tuple[str, list[int]]  # text, gold sentence starts after the first
Splitter = Callable[[str], list[int]]


def _joined(sentences: list[str], sep: str = " ") -> Unit:
    starts, pos = [], 0
    for i, s in enumerate(sentences):
        if i:
            pos += len(sep)
            starts.append(pos)
        pos += len(s)
    return sep.join(sentences), starts


def _groups(items: list, rng: random.Random, lo: int = 2, hi: int = 6) -> list[list]:
    out, i = [], 0
    while i < len(items):
        n = rng.randint(lo, hi)
        out.append(items[i : i + n])
        i += n
    return out


def _spaced(sentence: UdSentence) -> str:
    """The sentence as scrapers leave it: every token, punctuation included, between spaces."""
    return " ".join(surface for surface, _ in sentence.tokens)


def news_units(htb: list[UdSentence]) -> list[Unit]:
    return [_joined([s.text for s in g]) for g in _groups(htb, random.Random(1))]


def spaced_units(htb: list[UdSentence]) -> list[Unit]:
    return [_joined([_spaced(s) for s in g]) for g in _groups(htb, random.Random(1))]


def wiki_units(wiki: list[UdSentence]) -> list[Unit]:
    paragraphs: list[list[str]] = []
    for s in wiki:
        if s.newpar or not paragraphs:
            paragraphs.append([])
        paragraphs[-1].append(s.text)
    return [_joined(p) for p in paragraphs]


def article_units(htb: list[UdSentence]) -> list[Unit]:
    """Title and subtitle lines without final punctuation, then paragraphs with ?, ! and ." endings."""
    rng = random.Random(2)
    texts = [s.text for s in htb]
    units: list[Unit] = []
    i = 0
    while i + 8 <= len(texts):
        title, subtitle = texts[i].rstrip(" .?!"), texts[i + 1].rstrip(" .?!")
        i += 2
        lines: list[tuple[str, list[int]]] = [(title, []), (subtitle, [])]
        for _ in range(rng.randint(2, 4)):
            body = [_vary(t, rng) for t in texts[i : i + rng.randint(1, 4)]]
            i += len(body)
            if body:
                lines.append(_joined(body))
        text, starts, pos = "", [], 0
        for n, (line, inner) in enumerate(lines):
            if n:
                text += "\n"
                pos += 1
                starts.append(pos)
            starts.extend(pos + s for s in inner)
            text += line
            pos += len(line)
        units.append((text, starts))
    return units


def _vary(sentence: str, rng: random.Random) -> str:
    if not sentence.endswith(".") or sentence.endswith('."'):
        return sentence
    r = rng.random()
    if r < 0.15:
        return sentence[:-1] + "?"
    if r < 0.3:
        return sentence[:-1] + "!"
    if r < 0.45 and " " in sentence:
        head, tail = sentence.split(" ", 1)
        return f'{head} "{tail}"' if rng.random() < 0.5 else f'{head} "{tail[:-1]}."'
    return sentence


def ours(text: str) -> list[int]:
    return [a for a, _ in split_sentences(text)[1:]]


def plain_sumy() -> Splitter:
    from sumy.nlp.tokenizers import Tokenizer

    tokenizer = Tokenizer("hebrew")

    def split(text: str) -> list[int]:
        starts, pos = [], 0
        for s in tokenizer.to_sentences(text):
            at = text.find(s, pos)
            if at < 0:
                continue
            starts.append(at)
            pos = at + len(s)
        return starts[1:]

    return split


def prf(units: list[Unit], split: Splitter) -> tuple[float, float, float]:
    tp = fp = fn = 0
    for text, gold in units:
        predicted = set(split(text))
        gold_set = set(gold)
        tp += len(predicted & gold_set)
        fp += len(predicted - gold_set)
        fn += len(gold_set - predicted)
    p = tp / (tp + fp) if tp + fp else 1.0
    r = tp / (tp + fn) if tp + fn else 1.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def prefix_accuracy(htb: list[UdSentence]) -> dict[str, tuple[float, float, int]]:
    """Accuracy (ours, never splitting as plain sumy) on gold multiword tokens and on all Hebrew words."""
    scores = {"multiword tokens": [0, 0, 0], "all Hebrew words": [0, 0, 0]}
    for sentence in htb:
        for surface, morphemes in sentence.tokens:
            gold = gold_prefix(surface, morphemes)
            if gold is None or not is_hebrew(surface[0]):
                continue
            base = prefixes.segment(surface)[1]
            predicted = surface[: len(surface) - len(base)]
            keys = ["all Hebrew words"] + (["multiword tokens"] if len(morphemes) > 1 else [])
            for key in keys:
                scores[key][0] += predicted == gold
                scores[key][1] += gold == ""
                scores[key][2] += 1
    return {k: (a / n, b / n, n) for k, (a, b, n) in scores.items()}


def speed(text: str) -> tuple[float, float]:
    """MB/s of sentences + words + stems over `text`: ours (cold caches, lexicon loaded) and plain sumy."""
    from sumy.nlp.tokenizers import Tokenizer

    megabytes = len(text.encode("utf-8")) / 1e6
    prefixes._segment.cache_clear()
    prefixes.normalize.cache_clear()
    tokenizer = HebrewTokenizer()
    t0 = time.process_time()
    for a, b in split_sentences(text):
        for w in tokenizer.to_words(text[a:b]):
            stem(w.lower())
    ours_s = time.process_time() - t0
    plain = Tokenizer("hebrew")
    t0 = time.process_time()
    for s in plain.to_sentences(text):
        plain.to_words(s)
    plain_s = time.process_time() - t0
    return megabytes / ours_s, megabytes / plain_s


def nemo_text(data: Path):
    """NEMO train sentences as running text: a megabyte of real news for the speed figure."""
    sentence: list[str] = []
    with open(data / "nemo" / "token-single_gold_train.bmes", encoding="utf-8") as f:
        for line in f:
            if line.strip():
                sentence.append(line.rsplit(" ", 1)[0])
            elif sentence:
                yield " ".join(sentence)
                sentence = []


def main(data: Path) -> None:
    if not (data / "ud").is_dir() or not (data / "nemo").is_dir():
        sys.exit(f"no corpora at {data}: pass the shared data folder (with ud/ and nemo/) as the argument")
    htb = list(conllu_sentences(data / "ud" / "he_htb-ud-dev.conllu"))
    wiki = list(conllu_sentences(data / "ud" / "he_iahltwiki-ud-dev.conllu"))
    # hebrew_tokenizer prints the cwd on import and its regex draws a FutureWarning
    with contextlib.redirect_stdout(io.StringIO()), warnings.catch_warnings():
        warnings.simplefilter("ignore", FutureWarning)
        import hebrew_tokenizer  # noqa: F401
    sumy_split = plain_sumy()
    settings = {
        "news (HTB dev)": news_units(htb),
        "spaced news (HTB dev)": spaced_units(htb),
        "wiki (IAHLTwiki dev)": wiki_units(wiki),
        "article-shaped (HTB dev)": article_units(htb),
    }
    print("## Sentence boundaries: P / R / F1 (Tamtzit | plain sumy)")
    print("| setting | units | boundaries | Tamtzit P | R | F1 | plain sumy P | R | F1 |")
    print("|---|---|---|---|---|---|---|---|---|")
    for name, units in settings.items():
        a, b = prf(units, ours), prf(units, sumy_split)
        n = sum(len(g) for _, g in units)
        print(f"| {name} | {len(units)} | {n} | " + " | ".join(f"{x:.4f}" for x in (*a, *b)) + " |")

    t0 = time.process_time()
    lexicon()
    load_ms = (time.process_time() - t0) * 1000
    print("\n## Prefix segmentation accuracy on HTB dev (Tamtzit | plain sumy, which never splits)")
    print("| tokens | count | Tamtzit | plain sumy |")
    print("|---|---|---|---|")
    for key, (acc, base, n) in prefix_accuracy(htb).items():
        print(f"| {key} | {n} | {acc:.4f} | {base:.4f} |")

    corpus = "\n".join([s.text for s in htb] + [s.text for s in wiki] + list(nemo_text(data)))
    text = corpus
    ours_mbs, sumy_mbs = speed(text)
    print("\n## Speed, one core: sentences + words + stems")
    print(f"text: {len(text.encode('utf-8')) / 1e6:.1f} MB; lexicon load {load_ms:.0f} ms (once, lazily)")
    print(f"Tamtzit {ours_mbs:.2f} MB/s | plain sumy (sentences + words, no stems) {sumy_mbs:.2f} MB/s")


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT.parent / "shared" / "data")
