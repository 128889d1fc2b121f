"""Cleaning speed on a 10 MB article, beside a plain str.split/join pass measured in the same run.

Run: .venv/bin/python benchmarks/clean_bench.py [DATA_DIR] [--mb 10]
DATA_DIR defaults to ../shared/data (its articles/ are the sentence source); without it the copies in
tests/data are used. The article is built the way scraped pages look: paragraphs of real sentences
with spaced punctuation and quotes, the headline block repeated at the end and glued to paragraphs,
captions, credits and related-link runs. Shapes measured:
  article   paragraphs of 1-6 sentences (the common case)
  one-line  the same text on a single line (no paragraph breaks at all)
  wrapped   the same paragraphs hard-wrapped at 72 columns with blank lines between
  copies    1 MB made of nothing but headline copies (every paragraph is removed)
Baseline: "\\n".join(" ".join(line.split()) for line in text.splitlines()), the least any cleaner does.
Times are the best CPU (process) time of --repeat runs, one core.
"""

from __future__ import annotations

import argparse
import random
import re
import sys
import textwrap
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from app.core.clean import clean  # noqa: E402
from benchmarks.measure import best_cpu  # noqa: E402
from app.core.hebrew.sentences import split_sentences  # noqa: E402

SEED = ROOT / "resources" / "samples" / "seed-netanyahu-putin.txt"
MB = 1_000_000


def sentences(data: Path) -> list[str]:
    folder = data / "articles" / "haaretz-dev"
    paths = sorted(folder.glob("*.txt")) if folder.is_dir() else sorted((ROOT / "tests/data/haaretz-dev").glob("*.txt"))
    out = []
    for path in paths:
        text = path.read_text(encoding="utf-8")
        out += [text[a:b] for a, b in split_sentences(text)]
    return out


def scrape(s: str) -> str:
    """Spaced punctuation and quotes as the seed article has them."""
    return re.sub(r'([,.:;?!)"])', r" \1 ", re.sub(r"\(", "( ", s))


def build(pool: list[str], size: int, rnd: random.Random) -> tuple[str, list[str]]:
    seed_lines = SEED.read_text(encoding="utf-8").splitlines()
    title, subtitle = seed_lines[0], seed_lines[1]
    paragraphs = [title, subtitle, seed_lines[2]]
    total = sum(map(len, paragraphs))
    while total < size:
        p = " ".join(scrape(rnd.choice(pool)) for _ in range(rnd.randint(1, 6)))
        roll = rnd.random()
        if roll < 0.01:
            p += " " + title  # glued copy
        elif roll < 0.02:
            paragraphs.append("( בווידאו : " + scrape(rnd.choice(pool))[:60] + " )")
        elif roll < 0.03:
            p += " צילום : רויטרס"
        elif roll < 0.04:
            p += "לקריאה נוספת בנושא" + "".join(rnd.choice(pool)[:40] for _ in range(3))
        paragraphs.append(p)
        total += len(p) + 1
    paragraphs += [title, subtitle]
    return "\n".join(paragraphs), paragraphs


SUBTITLE_ENDINGS = ["", ".", "!", "?", "…", '."', "״."]


def quality(pool: list[str], rnd: random.Random, n: int) -> None:
    """Copies found and body words lost on articles built from the pool, beside the first cleaner's
    exact-line matcher.

    Each article: a title and a subtitle made of two pool sentences (the subtitle bare or ending in
    one of SUBTITLE_ENDINGS: a period, "!", "?", an ellipsis, a quote), 3-5 body paragraphs. Injected:
    one copy (title or whole block; on one line, on two, or spaced out by blank lines) as a line,
    glued onto a paragraph end, or with spaced punctuation and invisible marks. Adversarial: the
    title quoted inside a body sentence, as a sentence of its own ending in a period, or opening a
    longer sentence. Counted: copies still in the text (per subtitle ending), body words lost.
    """
    from app.core.cleaning.fold import fold

    heads = [s.rstrip(".") for s in pool if s.endswith(".") and 4 <= len(s.split()) <= 15]
    folded_pool = [(s, fold(s)) for s in pool]
    found = missed = lost = false_cuts = baseline_found = 0
    by_ending: dict[str, list[int]] = {e: [0, 0] for e in SUBTITLE_ENDINGS}
    for i in range(n):
        title, subtitle = rnd.sample(heads, 2)
        ending = SUBTITLE_ENDINGS[(i // 2) % len(SUBTITLE_ENDINGS)]
        subtitle += ending
        keys = fold(title), fold(subtitle)
        others = [s for s, f in folded_pool if keys[0] not in f and keys[1] not in f]
        chosen = rnd.sample(others, 20)  # distinct sentences: a body that repeats itself is another test
        sizes = [rnd.randint(1, 4) for _ in range(rnd.randint(3, 5))]
        body = [" ".join(chosen[sum(sizes[:j]) : sum(sizes[: j + 1])]) for j in range(len(sizes))]
        k = rnd.randrange(len(body))
        adversarial = i % 2 == 1
        lines = list(body)
        if adversarial:
            lines[k] += rnd.choice([f' הוא אמר כי "{title}".', f" {title}.", f" {title} ביום שלישי הבא."])
        else:
            copy = rnd.choice([title, f"{title} {subtitle}", f"{title}\n{subtitle}", f"{title}\n\n\n{subtitle}\n"])
            copy = rnd.choice([copy, copy.replace(",", " ,").replace(" ", "  "), copy.replace(" ", " \u200f", 3)])
            lines[k] += rnd.choice(["\n", " ", ""]) + copy
        text = "\n".join([title, subtitle, *lines])
        out = fold(clean(text).text)
        expected = fold("\n".join([title, subtitle, *(lines if adversarial else body)]))
        lost += max(0, len(expected.split()) - len(out.split())) if adversarial else 0
        if adversarial:
            false_cuts += out != expected
        else:
            found += out == expected
            missed += out != expected
            by_ending[ending][0] += out == expected
            by_ending[ending][1] += 1
            baseline_found += fold(line_matcher(text)) == expected
    print(f"quality on {n} articles: copies removed {found}/{found + missed} "
          f"(line matcher baseline {baseline_found}/{found + missed}), "
          f"adversarial articles cut {false_cuts}/{n // 2}, body words lost {lost}")
    print("  by subtitle ending: " + ", ".join(f"{e or 'bare'!s} {a}/{b}" for e, (a, b) in by_ending.items()))


def line_matcher(text: str) -> str:
    """The first cleaner's rule: drop later lines equal to the title or subtitle line (folded)."""
    from app.core.cleaning.fold import fold

    lines = text.splitlines()
    heads = {fold(line) for line in lines[:2]}
    return "\n".join(lines[:2] + [line for line in lines[2:] if fold(line) not in heads])


def baseline(text: str) -> str:
    return "\n".join(" ".join(line.split()) for line in text.splitlines())


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("data", nargs="?", default=str(ROOT.parent / "shared" / "data"))
    parser.add_argument("--mb", type=float, default=10.0)
    parser.add_argument("--repeat", type=int, default=2)
    parser.add_argument("--quality", type=int, default=2000, help="articles for the copy/false-cut count")
    args = parser.parse_args()
    rnd = random.Random(4)
    pool = sentences(Path(args.data))
    size = int(args.mb * MB)
    article, paragraphs = build(pool, size, rnd)
    seed_lines = SEED.read_text(encoding="utf-8").splitlines()
    copies = "\n".join(rnd.choice([seed_lines[0], seed_lines[1], seed_lines[0] + " " + seed_lines[1]]) for _ in range(MB // 150))
    shapes = {
        "article": article,
        "one-line": article.replace("\n", " "),
        "wrapped": "\n\n".join(textwrap.fill(p, 72) for p in paragraphs),
        "copies": seed_lines[0] + "\n" + seed_lines[1] + "\n" + seed_lines[2] + "\n" + copies,
    }
    quality(pool, random.Random(7), args.quality)
    doc = clean(article)
    print(f"article: {len(article) / MB:.1f} MB, {len(paragraphs)} paragraphs, "
          f"{len(doc.removed)} removed, {len(doc.boilerplate)} boilerplate")
    print(f"{'shape':<10}{'MB':>6}{'clean s':>10}{'MB/s':>8}{'s/MB':>7}{'baseline s':>12}{'ratio':>8}")
    for name, text in shapes.items():
        t_clean = best_cpu(clean, text, runs=args.repeat)
        t_base = best_cpu(baseline, text, runs=args.repeat)
        mb = len(text) / MB
        print(f"{name:<10}{mb:>6.1f}{t_clean:>10.2f}{mb / t_clean:>8.2f}{t_clean / mb:>7.2f}{t_base:>12.3f}{t_clean / t_base:>8.1f}")


if __name__ == "__main__":
    main()
