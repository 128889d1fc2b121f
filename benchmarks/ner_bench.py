"""Named-entity quality, speed, load time and size, beside a baseline measured in the same run.

Run: .venv/bin/python benchmarks/ner_bench.py [DATA]     (DATA defaults to ../shared/data)
     .venv/bin/python benchmarks/ner_bench.py [DATA] --candidate FOLDER   (another model's speed beside the shipped one)

Quality is exact-match F1 (span and label):
- NEMO dev, token spans: its sentences one a line as one file through find_entities, character
  spans mapped back to the corpus tokens (the protocol of the held-out test);
- NEMO dev, character spans at morpheme precision ("ב|ירושלים" -> "ירושלים") through the public
  find_entities on the sentences' text;
- IAHLTwiki dev (UD, wiki domain, paragraphs as documents), whole-token character spans, for the
  nine NEMO labels (its annotators sometimes take the preposition in, sometimes not).
The shipped model is trained on NEMO dev too (resources/models/README.md): its NEMO dev rows show
fit, not quality on new text; the unbiased figures are the cross-validated ones in docs/quality.md.
Baseline: the lexicon-only tagger of the CoNLL shared tasks — every phrase seen as an entity in
NEMO train (plus the shipped gazetteer's place and language names) tagged with its commonest label
wherever it recurs, longest match first — measured for quality and speed on the same data.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from app.core.entities import find_entities  # noqa: E402
from app.core.entities.bioes import bioes_spans  # noqa: E402
from tools.ner_corpus import (  # noqa: E402
    NEMO_LABELS, GoldSentence, as_text, read_nemo, read_ud_entities, score, to_tokens,
)
from app.core.entities.features import stems  # noqa: E402
from app.core.entities import model as model_module  # noqa: E402
from app.core.entities.model import MODEL_DIR, load_model  # noqa: E402
from app.core.entities.tokens import tokenize  # noqa: E402

DOC = 25


class LexiconTagger:
    """Tags phrases seen as entities in training, longest first, prefixed first words included."""

    def __init__(self, train: list[GoldSentence], gazetteer_phrases: dict[str, str]) -> None:
        votes: dict[tuple[str, ...], Counter] = {}
        for s in train:
            for a, b, label in bioes_spans(s.tags):
                key = (s.tokens[a][s.strips[a] :], *s.tokens[a + 1 : b])
                votes.setdefault(key, Counter())[label] += 1
        for phrase, labels in gazetteer_phrases.items():
            votes.setdefault(tuple(phrase.split(" ")), Counter())[labels.split("|")[0]] += 1
        self.phrases = {k: c.most_common(1)[0][0] for k, c in votes.items()}
        self.longest = max(len(k) for k in self.phrases)

    def spans(self, tokens: list[str]) -> list[tuple[int, int, str, int]]:
        """(start, end, label, prefix letters) token spans."""
        out, i = [], 0
        while i < len(tokens):
            for n in range(min(self.longest, len(tokens) - i), 0, -1):
                rest = tuple(tokens[i + 1 : i + n])
                hit = next(
                    ((f, self.phrases[(f, *rest)]) for f in (tokens[i], *stems(tokens[i])) if (f, *rest) in self.phrases),
                    None,
                )
                if hit:
                    out.append((i, i + n, hit[1], len(tokens[i]) - len(hit[0])))
                    i += n
                    break
            else:
                i += 1
        return out

    def find(self, text: str) -> list[tuple[int, int, str]]:
        tokens, spans = tokenize(text)
        return [(spans[a][0] + k, spans[b - 1][1], label) for a, b, label, k in self.spans(tokens)]


def sentence_text(s: GoldSentence) -> tuple[str, set[tuple[int, int, str]]]:
    """The sentence as text (tokens joined by spaces) and its gold morpheme-precision char spans."""
    starts, pos = [], 0
    for t in s.tokens:
        starts.append(pos)
        pos += len(t) + 1
    gold = {
        (starts[a] + s.strips[a], starts[b - 1] + len(s.tokens[b - 1]), label)
        for a, b, label in bioes_spans(s.tags)
    }
    return " ".join(s.tokens), gold


def widen(text: str, spans) -> set[tuple[int, int, str]]:
    """Spans stretched to whole whitespace-delimited words, for annotation that counts prefixes in."""
    out = set()
    for a, b, label in spans:
        while a > 0 and not text[a - 1].isspace():
            a -= 1
        out.add((a, b, label))
    return out


def print_scores(title: str, ours: dict, base: dict) -> None:
    print(f"\n{title}\n{'label':7}{'P':>7}{'R':>7}{'F1':>7}{'gold':>6}{'baseline F1':>13}{'ratio':>7}")
    for label, (p, r, f, n) in ours.items():
        bf = base.get(label, (0, 0, 0.0, 0))[2]
        ratio = f"{f / bf:.2f}" if bf else "-"
        print(f"{label:7}{p:7.3f}{r:7.3f}{f:7.3f}{n:6}{bf:13.3f}{ratio:>7}")


def cold_load(folder: Path | None = None) -> tuple[float, float]:
    """Seconds to import app.core.entities and to load the model (the shipped one, or the one in
    `folder`), in a fresh process."""
    load = "load_model()" if folder is None else f"Model(Path({str(folder)!r}))"
    code = (
        "import time; from pathlib import Path; t0=time.perf_counter(); import app.core.entities;"
        "t1=time.perf_counter(); from app.core.entities.model import load_model, Model;"
        f"{load}; print(t1-t0, time.perf_counter()-t1)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, check=True)
    a, b = out.stdout.split()
    return float(a), float(b)


def use_model(folder: Path) -> None:
    """find_entities with the model in `folder` from now on (a candidate measured beside the shipped one)."""
    model_module.load_model.cache_clear()
    model_module.MODEL_DIR = folder
    model_module.load_model().word_cache.clear()


def candidate(data: Path, folder: Path, rounds: int = 3) -> None:
    """A candidate model folder beside the shipped one in the same process: tokens per CPU second
    of find_entities over the Haaretz dev articles, the two alternating `rounds` times (the word
    cache emptied each time), IAHLTwiki dev of the candidate, and its cold load."""
    shipped = model_module.MODEL_DIR
    texts = [a.read_text(encoding="utf-8") for a in sorted((data / "articles" / "haaretz-dev").glob("*.txt"))]
    n_tokens = sum(len(tokenize(t)[0]) for t in texts)
    speeds: dict[str, list[float]] = {"shipped": [], "candidate": []}
    for _ in range(rounds):
        for name, where in (("shipped", shipped), ("candidate", folder)):
            use_model(where)
            cpu = time.process_time()
            for t in texts:
                find_entities(t)
            speeds[name].append(n_tokens / (time.process_time() - cpu))
    print(f"speed on {len(texts)} Haaretz dev articles ({n_tokens} tokens), find_entities, tokens per CPU second, "
          f"{rounds} alternating rounds:")
    for name, got in speeds.items():
        print(f"  {name:10} " + " · ".join(f"{v:,.0f}" for v in got) + f"   best {max(got):,.0f}")
    use_model(folder)
    wiki = read_ud_entities(data / "ud" / "he_iahltwiki-ud-dev.conllu")
    gold_w = [{s for s in p.spans if s[2] in NEMO_LABELS} for p in wiki]
    pred_w = [
        widen(p.text, ((e.start, e.end, e.label) for e in find_entities(p.text) if e.label in NEMO_LABELS))
        for p in wiki
    ]
    print_scores("IAHLTwiki dev of the candidate, whole-token character spans", score(gold_w, pred_w), {})
    load = min(cold_load(folder)[1] for _ in range(3))
    size = sum(f.stat().st_size for f in folder.iterdir() if f.is_file())
    print(f"\ncandidate model load, cold process: {load * 1000:.0f} ms; size {size / 1e6:.1f} MB")
    use_model(shipped)


def main() -> int:
    ap = argparse.ArgumentParser(description="NER quality and speed")
    ap.add_argument("data", nargs="?", default=str(ROOT.parent / "shared" / "data"))
    ap.add_argument("--candidate", metavar="FOLDER",
                    help="only measure a model folder's speed beside the shipped model, its IAHLTwiki dev and load")
    args = ap.parse_args()
    data = Path(args.data)
    if args.candidate:
        candidate(data, Path(args.candidate))
        return 0
    train, dev = read_nemo(data / "nemo", "train"), read_nemo(data / "nemo", "dev")
    model = load_model()
    baseline = LexiconTagger(train, model.lexicon.gazetteer.phrases)

    # NEMO dev as one file, one sentence a line (how the held-out test is measured): token spans
    text, starts, gold_t = as_text(dev)
    gold = [set().union(*gold_t)]
    pred = [to_tokens([(e.start, e.end, e.label, 0) for e in find_entities(text) if e.label in NEMO_LABELS], starts)]
    base = [to_tokens([(*s, 0) for s in baseline.find(text)], starts)]
    print("NEMO dev is in the shipped model's training data: the two NEMO dev tables show fit, not a check")
    print_scores("NEMO dev, one sentence a line, token spans (exact match)", score(gold, pred), score(gold, base))

    # NEMO dev, character spans through find_entities, one text per document
    gold_c, pred_c, base_c = [], [], []
    for i in range(0, len(dev), DOC):
        texts = [sentence_text(s) for s in dev[i : i + DOC]]
        text, spans, offset = "", set(), 0
        for t, g in texts:
            spans |= {(a + offset, b + offset, l) for a, b, l in g}
            text += t + "\n"
            offset = len(text)
        gold_c.append(spans)
        pred_c.append({(e.start, e.end, e.label) for e in find_entities(text) if e.label in NEMO_LABELS})
        base_c.append(set(baseline.find(text)))
    print_scores(
        "NEMO dev, character spans at morpheme precision via find_entities",
        score(gold_c, pred_c),
        score(gold_c, base_c),
    )

    # IAHLTwiki dev
    wiki = read_ud_entities(data / "ud" / "he_iahltwiki-ud-dev.conllu")
    gold_w = [{s for s in p.spans if s[2] in NEMO_LABELS} for p in wiki]
    pred_w = [
        widen(p.text, ((e.start, e.end, e.label) for e in find_entities(p.text) if e.label in NEMO_LABELS))
        for p in wiki
    ]
    base_w = [widen(p.text, baseline.find(p.text)) for p in wiki]
    print_scores("IAHLTwiki dev, whole-token character spans", score(gold_w, pred_w), score(gold_w, base_w))

    # speed on real articles: wall clock, and CPU time (what one free core would take, since this
    # machine's cores are shared); the first pass starts with the model's word cache empty
    articles = sorted((data / "articles" / "haaretz-dev").glob("*.txt"))
    texts = [a.read_text(encoding="utf-8") for a in articles]
    n_tokens = sum(len(tokenize(t)[0]) for t in texts)
    model.word_cache.clear()
    print(f"\nspeed on {len(texts)} Haaretz dev articles ({n_tokens} tokens), one thread:")
    for name, run in (("find_entities", find_entities), ("lexicon-only baseline", baseline.find)):
        wall, cpu = time.perf_counter(), time.process_time()
        for t in texts:
            run(t)
        wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
        print(f"  {name:22} {n_tokens / wall:9,.0f} tokens/s wall clock, {n_tokens / cpu:9,.0f} per CPU second")
        if name == "find_entities":
            ours = n_tokens / cpu
    print(f"  ratio find_entities / baseline (CPU): {ours / (n_tokens / cpu):.2f}; target at least 30,000 tokens/s")

    loads = [cold_load() for _ in range(3)]
    imp, load = min(a for a, _ in loads), min(b for _, b in loads)
    size = sum(f.stat().st_size for f in MODEL_DIR.iterdir() if f.is_file())
    print(f"\nimport app.core.entities: {imp * 1000:.0f} ms (the model is not loaded at import)")
    print(f"model load, cold process: {load * 1000:.0f} ms (target < 100 ms)")
    print(f"shipped model size: {size / 1e6:.1f} MB in {MODEL_DIR.relative_to(ROOT)} (target <= 30 MB)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
