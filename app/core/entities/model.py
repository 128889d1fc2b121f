"""The shipped NER model: a CRF over token features, a small CRF that decides where inside an
entity's first token the name begins, and the lexicon both read. Loaded on first use, then cached.
"""

from __future__ import annotations

import threading
from collections.abc import Mapping
from dataclasses import dataclass, fields
from functools import lru_cache
from pathlib import Path

from ...resources import resource_path
from ..hebrew.chars import PROCLITICS
from . import ModelUnavailable
from .bioes import bioes_spans
from . import features as _features
from .features import RARE, WORD_MEMO, Gazetteer, bare_forms, morph_table, sentence_features, stems
from .table import SortedTable
from .tagging import Settings

MODEL_DIR = resource_path("models")
TAGGER_FILE = "ner.crfsuite"
PREFIX_FILE = "ner-prefix.crfsuite"
LEXICON_FILE = "ner-lexicon.txt"

_lock = threading.Lock()


def open_tagger(path: Path):
    """A crfsuite tagger for the model at `path`, checked first.

    crfsuite trusts the file: a truncated model crashed the whole process (segmentation fault)
    instead of raising. A model file starts with b"lCRF" and its own size in 4 little-endian
    bytes, so a missing, truncated or foreign file is refused here with a message."""
    import pycrfsuite

    try:
        with path.open("rb") as f:
            head = f.read(8)
        size = path.stat().st_size
    except OSError as exc:
        raise ModelUnavailable(f"{path.name}: {exc.strerror or exc}") from None
    if len(head) < 8 or head[:4] != b"lCRF" or int.from_bytes(head[4:8], "little") != size:
        raise ModelUnavailable(f"{path.name} is damaged (not a whole crfsuite model)")
    tagger = pycrfsuite.Tagger()
    tagger.open(str(path))
    return tagger


@dataclass
class NameLexicon:
    """The entity model's word lists (resources/models/ner-lexicon.txt); not the Hebrew lexicon of
    word frequencies that hebrew/lexicon.py reads for prefix splitting."""

    gazetteer: Gazetteer
    vocab: Mapping[str, int]  # how often each word stood alone (unprefixed) in training text
    seen: Gazetteer | None = None  # names as tagged in training ("t" features)
    freq: Mapping[str, int] | None = None  # Zipf frequency of common Hebrew words (wordfreq)
    triggers: Mapping[str, str] | None = None  # title words a name tends to follow ("השר" -> PER)
    settings: Mapping[str, str] | None = None  # how names are decided (tagging.Settings), as chosen by CV
    heads: Mapping[str, str] | None = None  # first words of names of one label ("משרד", "קרן" -> ORG)
    latin: Mapping[str, str] | None = None  # names whose label is known ("Google", "גוגל" -> ORG; "May" -> "-")
    offices: Mapping[str, str] | None = None  # words before a country and its office holder ("נשיא")
    # the feature groups beyond the base set the CRF was trained with (features.EXTRAS when it is
    # written; a lexicon from before the record reads as none)
    features: frozenset[str] | None = None
    morph: Mapping[str, str] | None = None  # a form's frequency after each proclitic (features.morph_table)


_SECTIONS = (
    "phrases", "seen", "words", "vocab", "freq", "triggers", "settings", "heads", "latin", "offices", "features",
    "morph",
)
_TABLES = {"words": str, "vocab": int, "freq": int, "morph": str}  # big: kept as sorted lines (see table.py)


def read_lexicon(path: Path) -> NameLexicon:
    """Sections "@name" of sorted "key<TAB>value" lines."""
    data: dict = {}
    for block in path.read_text(encoding="utf-8").split("\n@"):
        header, _, body = block.lstrip("@").partition("\n")
        lines = body.rstrip("\n").split("\n") if body.strip() else []
        if header in _TABLES:
            data[header] = SortedTable(lines, _TABLES[header])
        else:
            data[header] = dict(line.split("\t") for line in lines)
    return NameLexicon(
        Gazetteer(data["phrases"], data["words"]),
        data["vocab"],
        Gazetteer(data["seen"], mark="t") if data.get("seen") else None,
        data["freq"] if data.get("freq") else None,
        data.get("triggers") or None,
        data.get("settings") or None,
        data.get("heads") or None,
        data.get("latin") or None,
        data.get("offices") or None,
        frozenset(data.get("features") or ()),
        data.get("morph") or None,
    )


def write_lexicon(lexicon: NameLexicon, path: Path) -> None:
    g = lexicon.gazetteer
    extras = _features.EXTRAS if lexicon.features is None else lexicon.features
    sections = {
        "phrases": g.phrases,
        "seen": lexicon.seen.phrases if lexicon.seen else {},
        "words": g.words,
        "vocab": lexicon.vocab,
        "freq": lexicon.freq or {},
        "triggers": lexicon.triggers or {},
        "settings": lexicon.settings or {},
        "heads": lexicon.heads or {},
        "latin": lexicon.latin or {},
        "offices": lexicon.offices or {},
        "features": dict.fromkeys(extras, "1"),
        "morph": lexicon.morph or (morph_table(lexicon.freq) if "clitics" in extras and lexicon.freq else {}),
    }
    out = [
        f"@{kind}\n" + "".join(line + "\n" for line in sorted(f"{k}\t{v}" for k, v in sections[kind].items()))
        for kind in _SECTIONS
    ]
    path.write_text("".join(out), encoding="utf-8")


def _bucket(count: int) -> str:
    return "0" if count == 0 else "1" if count == 1 else "few" if count < 5 else "many"


def prefix_features(token: str, label: str, lexicon: NameLexicon) -> list[str]:
    """Features for choosing how many prefix letters of an entity's first token to leave out."""
    g, vocab = lexicon.gazetteer, lexicon.vocab
    f = ["b", "L=" + label, "w=" + token, "v0=" + _bucket(vocab.get(token, 0)), "c1=" + token[:1]]
    if token in g.phrases or token in g.words:
        f.append("g0")
    for stem in stems(token):
        k = str(len(token) - len(stem))
        f.append(f"c{k}={token[: len(token) - len(stem)]}")
        f.append(f"v{k}={_bucket(vocab.get(stem, 0))}")
        f.append(f"v{k}L={_bucket(vocab.get(stem, 0))}{label}")
        if stem in g.words or stem in g.phrases:
            f.append(f"g{k}")
        if lexicon.freq is not None:
            f.append(f"z{k}={lexicon.freq.get(stem, 0) - lexicon.freq.get(token, 0)}")
    return f


class PrefixSplitter:
    """Where inside an entity's first token the name begins ("ב|ירושלים", but "הכנסת" whole)."""

    def __init__(self, directory: Path, lexicon: NameLexicon) -> None:
        self.lexicon = lexicon
        self._tagger = open_tagger(directory / PREFIX_FILE)
        self._lengths: dict[tuple[str, str], int] = {}  # each answer, asked again for every mention

    def length(self, token: str, label: str) -> int:
        """How many leading letters of `token` are clitics outside the entity."""
        if not stems(token):
            return 0
        k = self._lengths.get((token, label))
        if k is None:
            with _lock:
                k = int(self._tagger.tag([prefix_features(token, label, self.lexicon)])[0])
            if len(self._lengths) > WORD_MEMO:
                self._lengths.clear()
            self._lengths[token, label] = k
        return k if 0 <= k < len(token) else 0

    def base(self, token: str, label: str) -> str:
        """An entity's first token without its clitic prefix."""
        return token[self.length(token, label) :]

    def in_document(self, words: set[str]) -> "DocumentPrefixes":
        return DocumentPrefixes(self, words)


class DocumentPrefixes:
    """The prefix model's decision, checked against how the document itself writes the name.

    A rare name the model does not know is split by what the text shows: "והארקין" is "ו|הארקין"
    when "הארקין" stands alone somewhere in the document, and "בוסקה" stays whole when the
    document also has "ובוסקה" and "וסקה" is no known word.
    """

    MIN_STEM = 3
    COMMON = 5  # Zipf frequency from which a stem is too ordinary a word to count as evidence

    def __init__(self, splitter: PrefixSplitter, words: set[str]) -> None:
        self.splitter = splitter
        self.words = words
        freq = splitter.lexicon.freq or {}
        self._common = lambda w: freq.get(w, 0) >= self.COMMON
        # each answer: a name is asked about at every mention and by several passes
        self._known: dict[tuple[str, str, tuple[str, ...]], int] = {}

    def length(self, token: str, label: str, rest: tuple[str, ...] = ()) -> int:
        """Clitic letters of `token`, the first of an entity whose other tokens are `rest`."""
        key = (token, label, rest)
        k = self._known.get(key)
        if k is None:
            if len(self._known) > WORD_MEMO:
                self._known.clear()
            k = self._known[key] = self._decide(token, label, rest)
        return k

    def _decide(self, token: str, label: str, rest: tuple[str, ...]) -> int:
        k = self._length(token, label, rest)
        if k and not self._may_split(token, k, rest):
            # a shorter clitic whose rest is a listed name ("ו|ברק", not "וב|רק"), else none
            shorter = [len(token) - len(s) for s in stems(token) if len(token) - len(s) < k]
            k = next((j for j in shorter if self._named(token[j:], rest, True) and self._may_split(token, j, rest)), 0)
        return k

    def _may_split(self, token: str, k: int, rest: tuple[str, ...]) -> bool:
        """A clitic comes off a name only with evidence for both parts: the rest is a word or a
        name known somewhere (this document, training, the lexicons), and the whole is no name in
        its own right that the rest is not ("ברק רגב" stays whole, although "רק" is a word; so do
        "שמעון", "מרים", "כרמל"; "שמרנים" is not "שמ" + "רנים")."""
        lex = self.splitter.lexicon
        stem = token[k:].lstrip('"')
        freq = lex.freq or {}
        outer = [token] + [s for s in stems(token) if len(s) > len(stem)]  # "וברק": also "ברק"
        for form in outer:
            # "מרים" stays whole, though "רים" is a name too: the whole is the commoner word
            if self._named(form, rest, listed=True) and (
                not self._named(stem, rest) or freq.get(form, 0) >= freq.get(stem, 0)
            ):
                return False
        forms = (stem, "ה" + stem) if token[k - 1] in "בלכ" else (stem,)
        return any(
            f in self.words or f in lex.vocab or (lex.freq is not None and f in lex.freq) or self._named(f, rest)
            for f in forms
        )

    def _named(self, word: str, rest: tuple[str, ...], listed: bool = False) -> bool:
        """`word` (before `rest`) is a name the lexicons or training know; a name list's
        everyday word ("רק") counts only when `listed` (the whole token "ברק" is a name even
        though it is also a word; its rest "רק" is not evidence of one)."""
        lex = self.splitter.lexicon
        g = lex.gazetteer
        return (
            (word in g.words and (listed or not self._common(word)))
            or " ".join((word, *rest)) in g.phrases
            or (lex.seen is not None and " ".join((word, *rest)) in lex.seen.phrases)
        )

    def _length(self, token: str, label: str, rest: tuple[str, ...]) -> int:
        seen = self.splitter.lexicon.seen
        if seen is not None and " ".join((token, *rest)) not in seen.phrases:
            # a name tagged in training, written here with a clitic ("מ|דובר צה\"ל")
            for k, form in bare_forms(token):
                if " ".join((form, *rest)) in seen.phrases:
                    return k
        for stem in stems(token):  # shortest prefix first
            k = len(token) - len(stem)
            if (
                len(stem) >= self.MIN_STEM
                and stem in self.words
                and token[k - 1] != "ה"  # NEMO keeps the article in the name ("הכנסת")
                and not self._common(stem)
            ):
                return k
        k = self.splitter.length(token, label)
        if (
            k
            and token[k:] not in self.splitter.lexicon.vocab
            and any(p + token in self.words for p in PROCLITICS if p != "ה")
        ):
            return 0
        return k

    def base(self, token: str, label: str, rest: tuple[str, ...] = ()) -> str:
        return token[self.length(token, label, rest) :]

    def known_label(self, name: tuple[str, ...]) -> str | None:
        """The label training gave this name, if it was tagged there."""
        seen = self.splitter.lexicon.seen
        return seen.phrases.get(" ".join(name)) if seen is not None else None


class Model:
    def __init__(self, directory: Path = MODEL_DIR) -> None:
        self._tagger = open_tagger(directory / TAGGER_FILE)
        try:
            self.lexicon = read_lexicon(directory / LEXICON_FILE)
        except (OSError, UnicodeDecodeError, ValueError, KeyError) as exc:
            raise ModelUnavailable(f"{LEXICON_FILE} cannot be read ({type(exc).__name__}: {exc})") from None
        self.prefix = PrefixSplitter(directory, self.lexicon)
        self.settings = settings_of(self.lexicon.settings or {})
        self.word_cache: dict = {}  # features of each word met so far (features.sentence_features)
        self._first: dict[str, bool] = {}  # is_first_name of each word asked about
        self._by_kind: dict[str, tuple[str, ...]] | None = None

    def features(self, tokens: list[str]) -> list[list[str]]:
        lex = self.lexicon
        return sentence_features(
            tokens, lex.gazetteer, lex.seen, lex.freq, self.word_cache, lex.triggers, lex.features or frozenset(),
            lex.morph,
        )

    def crf_spans(self, tokens: list[str], heads: bool = False) -> list[tuple[int, int, str, float]]:
        """The CRF's names in one sentence: token spans (start, end, label, confidence), the
        confidence being the lowest marginal probability of the span's tags. With `heads`, a
        span whose first word heads names of one label in training ("קרן פורד") takes that
        label, and its confidence is the CRF's that the span is a name of any label: the CRF
        is often sure there is a name and unsure only of its kind, which the head word tells."""
        if not tokens:
            return []
        with _lock:  # a crfsuite Tagger is not safe to share between threads
            tagger = self._tagger
            tagger.set(self.features(tokens))
            tags = tagger.tag()
            out = []
            for a, b, label in bioes_spans(tags):
                head = (self.lexicon.heads or {}).get(tokens[a]) if heads and b - a > 1 else None
                if head:
                    labels = self._labels()
                    conf = min(
                        sum(tagger.marginal(t, i) for t in labels.get(tags[i][0], ())) for i in range(a, b)
                    )
                    out.append((a, b, head, conf))
                else:
                    out.append((a, b, label, min(tagger.marginal(tags[i], i) for i in range(a, b))))
            return out

    def _labels(self) -> dict[str, tuple[str, ...]]:
        """The model's tags by kind: "B" -> ("B-PER", "B-ORG", ...)."""
        if self._by_kind is None:
            by_kind: dict[str, list[str]] = {}
            for tag in self._tagger.labels():
                by_kind.setdefault(tag[0], []).append(tag)
            self._by_kind = {k: tuple(v) for k, v in by_kind.items()}
        return self._by_kind

    def is_first_name(self, token: str) -> bool:
        """A first name that is no everyday word ("ולדימיר", not "שלום" or "חן")."""
        known = self._first.get(token)
        if known is None:
            if len(self._first) > WORD_MEMO:
                self._first.clear()
            freq = self.lexicon.freq or {}
            known = "first" in (self.lexicon.gazetteer.words.get(token) or "") and freq.get(token, 0) <= RARE
            self._first[token] = known
        return known

    def prefixes_of(self, sentences: list[list[str]]) -> DocumentPrefixes:
        return self.prefix.in_document({w for tokens in sentences for w in tokens})


def settings_of(values: Mapping[str, str]) -> Settings:
    """tagging.Settings from the lexicon's "@settings" lines (a missing one keeps its default)."""
    kinds = {f.name: type(getattr(Settings(), f.name)) for f in fields(Settings)}
    given = {k: (v == "1" if kinds[k] is bool else float(v)) for k, v in values.items() if k in kinds}
    return Settings(**given)


@lru_cache(maxsize=1)
def load_model() -> Model:
    """The shipped model, loaded once; ModelUnavailable (not cached: a repaired install is picked
    up) when its files are missing or damaged."""
    return Model(MODEL_DIR)
