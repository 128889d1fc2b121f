"""Token features for the CRF, shared by training (tools/train_ner.py) and tagging.

Most names in news are unseen in training, so besides the word itself the features describe its
prefix-stripped stem ("ובירושלים" -> "בירושלים", "ירושלים"), its shape, its neighbours and what the
gazetteer knows about the phrase it starts or continues.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from collections.abc import Mapping
from functools import lru_cache

from ..hebrew.chars import PROCLITICS

# the stacks of proclitics (hebrew/chars.PROCLITICS) whose removal the entity model's features try,
# as they are written, longest first: the model was trained with exactly these
PREFIXES = (
    "וכשה", "וכשב", "וכשל", "וכשמ", "ושב", "ושל", "ושה", "ושמ", "וכש", "כשה", "כשב", "כשל", "שב", "של", "שה",
    "שמ", "וב", "ול", "ומ", "וה", "וכ", "וש", "כש", "מה", "לכ", "בכ", "ב", "ל", "מ", "ה", "ו", "ש", "כ",
)
_PREFIX_SET = frozenset(PREFIXES)
assert set("".join(PREFIXES)) <= set(PROCLITICS)
MAX_PHRASE = 6
RARE = 4  # Zipf frequency up to which a word counts as rare ("פוטין" 4, "מיד" 6)
# answers remembered per word (features, phrase starts, prefix decisions), at most: a long session
# meets many words, so a memo this full starts afresh
WORD_MEMO = 200_000
# feature groups beyond the base set, each kept only when cross-validation proved it (docs/quality.md,
# "Named entities" -> "New features"): "clitics", how a word's bare form is used after each
# proclitic in general Hebrew (_morph_features). A model records the groups it was trained with
# (lexicon "@features"); a model without that record gets none of them
EXTRAS: frozenset[str] = frozenset({"clitics"})


@lru_cache(maxsize=1 << 16)
def stems(word: str) -> tuple[str, ...]:
    """The word without each clitic prefix it may carry (stem at least two letters long)."""
    out = []
    for k in range(1, min(4, len(word) - 2) + 1):
        head = word[:k]
        if head in _PREFIX_SET:
            stem = word[k:]
            out.append(stem[1:] if stem[0] == '"' and len(stem) > 2 else stem)
    return tuple(out)


def bare_forms(word: str) -> list[tuple[int, str]]:
    """(clitic letters, form) for each way to read `word` without its clitics, shortest prefix
    first; after ב, ל, כ the article is not written, so "בקרמלין" is also 1, "הקרמלין"."""
    out = []
    for stem in stems(word):
        k = len(word) - len(stem)
        out.append((k, stem))
        if word[k - 1] in "בלכ" and stem[0] != "ה":
            out.append((k, "ה" + stem))
    return out


@dataclass
class Gazetteer:
    """Phrases (space-joined tokens) with the labels lexicons give them, e.g. "ארצות הברית" -> GPE."""

    phrases: dict[str, str] = field(default_factory=dict)
    words: dict[str, str] = field(default_factory=dict)  # single words: "first", "last", ...
    mark: str = "g"  # feature name prefix, so two gazetteers' evidence is weighed apart

    def __post_init__(self) -> None:
        # every leading part of a phrase, so a scan stops as soon as no phrase can follow
        self._heads = {" ".join(p.split(" ")[:k]) for p in self.phrases for k in range(1, p.count(" ") + 2)}
        self._starts: dict[str, tuple[str, ...]] = {}  # _firsts of each word met so far

    def _firsts(self, token: str) -> tuple[str, ...]:
        """The token and its stems that some phrase starts with (for most words none), remembered
        per word: a scan asks for every token of every sentence."""
        got = self._starts.get(token)
        if got is None:
            if len(self._starts) > WORD_MEMO:
                self._starts.clear()
            heads = self._heads
            got = self._starts[token] = tuple(f for f in (token, *stems(token)) if f in heads)
        return got

    def match(self, tokens: list[str]) -> list[list[str]]:
        """Per token, gazetteer features: B-/I- of the longest phrase starting at each token."""
        out: list[list[str]] = [[] for _ in tokens]
        phrases, heads, g = self.phrases, self._heads, self.mark
        n = len(tokens)
        i = 0
        while i < n:
            best, best_label = 0, ""
            for first in self._firsts(tokens[i]):
                key = first
                for j in range(i + 1, min(n, i + MAX_PHRASE) + 1):
                    if j > i + 1:
                        key = key + " " + tokens[j - 1]
                    if key not in heads:
                        break
                    label = phrases.get(key)
                    if label and j - i > best:
                        best, best_label = j - i, label
            if best:
                for k in range(best):
                    for lab in best_label.split("|"):
                        out[i + k].append(g + ("B-" if k == 0 else "I-") + lab)
                if best == 1:
                    for lab in best_label.split("|"):
                        out[i].append(g + "1-" + lab)
            i += 1
        return out

    def word_features(self, tok: str) -> list[str]:
        """Classes of the word, or of its stem ("first", "plast" for a prefixed surname)."""
        cls = self.words.get(tok)
        if cls:
            return [self.mark + "w-" + c for c in cls.split("|")]
        for stem in stems(tok):
            cls = self.words.get(stem)
            if cls:
                return [self.mark + "w-p" + c for c in cls.split("|")]
        return []


def triggers_before(tokens: list[str], triggers: Mapping[str, str]) -> list[list[str]]:
    """Per token, which title or role words stand one to three tokens before it ("נשיא רוסיה
    ולדימיר פוטין", "השר", "ח\"כ"): a name after a title is a person even when nothing knows it."""
    hits = []
    for w in tokens:
        label = triggers.get(w)
        if label is None:
            for s in stems(w):  # a loop, not next(generator): this runs for every token
                if s in triggers:
                    label = triggers[s]
                    break
        hits.append(label)
    out: list[list[str]] = [[] for _ in tokens]
    for i, labels in enumerate(hits):
        if labels:
            for k in range(1, 4):
                if i + k < len(tokens):
                    out[i + k].extend(f"tr{k}=" + lab for lab in labels.split("|"))
    return out


def _shape(word: str) -> str:
    if word.isalpha():  # most words: no digit, so only the last three questions remain
        return "L" if word.isascii() else "H"
    if word.isdigit():
        return "D" + str(min(len(word), 5))
    if any(c.isdigit() for c in word):
        return "d"
    if '"' in word:
        return "Q"  # acronym with gershayim
    if word.isascii() and word.isalpha():
        return "L"
    if not word[:1].isalnum():  # also a token that was only nikud or invisible marks
        return "P"
    return "H"


# the article first, then the other proclitics but כ (not measured: "like X" says little of X)
MORPH_CLITICS = "ה" + "".join(c for c in PROCLITICS if c not in "הכ")
_NO_MORPH = "0" * len(MORPH_CLITICS)


def morph_table(freq: Mapping[str, int]) -> dict[str, str]:
    """For each form that some common word is a proclitic + that form of ("ממשלה" of "הממשלה",
    "בממשלה", ...), the Zipf frequency of the form after each of MORPH_CLITICS, as six digits:
    "ממשלה" -> "634050" (ה 6, ו 3, ב 4, ל 0, מ 5, ש 0). Derived from `freq` alone."""
    table: dict[str, list[str]] = {}
    for word in freq:
        k = MORPH_CLITICS.find(word[:1])
        if k >= 0 and len(word) > 2:
            table.setdefault(word[1:], ["0"] * len(MORPH_CLITICS))[k] = str(min(9, freq.get(word, 0)))
    return {form: "".join(v) for form, v in table.items()}


_MORPH: dict[int, tuple[Mapping[str, int], dict[str, str]]] = {}


def _morph_of(freq: Mapping[str, int]) -> dict[str, str]:
    """morph_table(freq), made once per frequency table (training passes only `freq`)."""
    got = _MORPH.get(id(freq))
    if got is None or got[0] is not freq:
        _MORPH.clear()
        got = _MORPH[id(freq)] = (freq, morph_table(freq))
    return got[1]


_MORPH_NAMES: dict[str, list[str]] = {}  # six digits -> their features; a few thousand patterns


def _morph_features(w: str, zipf: Mapping[str, int], morph: Mapping[str, str]) -> list[str]:
    """How the word's bare form is used with each proclitic in general Hebrew (morph_table): a
    common noun takes the article ("הממשלה"), a place "ב" and "מ" ("בירושלים"), a verb "ש"
    ("שאמר"), a person's name hardly any. `zipf` holds the Zipf frequency of the word and of each
    reading of it without clitics; the bare form is the commonest of them, an article-less one
    first ("הממשלה" -> "ממשלה"), of two as common the shorter. Two features: the article's
    digit, and the other five as one pattern of none (0), rare (1-3) or common (4+), in the order
    of MORPH_CLITICS ("ו", "ב", "ל", "מ", "ש"). (Six
    features, one a digit, were no better in cross-validation and cost more time.) The list
    returned is shared: do not change it."""
    bare, best = w, None
    for x, z in zipf.items():
        if z > 0:
            key = (x[:1] != "ה", z, -len(x))
            if best is None or key > best:
                bare, best = x, key
    digits = morph.get(bare) or _NO_MORPH
    got = _MORPH_NAMES.get(digits)
    if got is None:
        coarse = "".join("0" if d == "0" else "1" if d in "123" else "2" for d in digits[1:])
        got = _MORPH_NAMES[digits] = ["zm" + MORPH_CLITICS[0] + "=" + digits[0], "zm=" + coarse]
    return got


def _word_features(
    w: str,
    gazetteer: Gazetteer,
    seen: Gazetteer | None,
    freq: Mapping[str, int] | None,
    extras: frozenset[str] = frozenset(),
    morph: Mapping[str, str] | None = None,
) -> list[str]:
    """The features that depend on the word alone."""
    f = [
        "b",
        "w=" + w,
        "s2=" + w[-2:],
        "s3=" + w[-3:],
        "p1=" + w[:1],
        "p2=" + w[:2],
        "sh=" + _shape(w),
        "len=" + str(min(len(w), 8)),
    ]
    own = stems(w)
    if own:
        f += ["st=" + s for s in own]
    if freq is not None:
        zipf = {x: freq.get(x, 0) for x in (w, *own)}  # each looked up once: a lookup is a search
        f.append("zf=" + str(zipf[w]))
        if own:
            f.append("zs=" + str(max([zipf[x] for x in own])))
        if "clitics" in extras and morph is not None and w[:1].isalpha():
            f.extend(_morph_features(w, zipf, morph))
    f.extend(gazetteer.word_features(w))
    if seen is not None:
        f.extend(seen.word_features(w))
    return f


def sentence_features(
    tokens: list[str],
    gazetteer: Gazetteer,
    seen: Gazetteer | None = None,
    freq: Mapping[str, int] | None = None,
    cache: dict[str, tuple] | None = None,
    triggers: Mapping[str, str] | None = None,
    extras: frozenset[str] | None = None,
    morph: Mapping[str, str] | None = None,
) -> list[list[str]]:
    """CRF features of each token of one sentence; `seen` holds names tagged in training, `freq`
    how common a word is in general Hebrew (Zipf scale: a rare word is more often a name),
    `triggers` the title words after which a name of some label tends to follow.
    `cache` keeps word-level features between calls with the same lexicons; `extras` the feature
    groups beyond the base set (default EXTRAS, the proven ones)."""
    if extras is None:
        extras = EXTRAS
    if "clitics" in extras and morph is None and freq is not None:
        morph = _morph_of(freq)
    n = len(tokens)
    if cache is None:
        cache = {}
    elif len(cache) > WORD_MEMO:
        cache.clear()
    # per token, from the word alone (made once per word, kept in `cache`): its own features; its
    # classes and its stems as a neighbour before or after sees them; its "w-1=", "w+1=", "w-2=",
    # "w+2=" features as the neighbour it is
    words = []
    for w in tokens:
        got = cache.get(w)
        if got is None:
            own = _word_features(w, gazetteer, seen, freq, extras, morph)
            classes = [x for x in own if x[1:3] == "w-"]
            st = stems(w)
            got = cache[w] = (
                own,
                ["<" + x for x in classes],
                [">" + x for x in classes],
                ["st-1=" + x for x in st],
                ["st+1=" + x for x in st],
                ("w-1=" + w, "w+1=" + w, "w-2=" + w, "w+2=" + w),
            )
        words.append(got)
    phrases = gazetteer.match(tokens)
    if seen is not None:
        phrases = [a + b for a, b in zip(phrases, seen.match(tokens))]
    titled = triggers_before(tokens, triggers) if triggers else None
    padded = [_PAD_BEFORE, _PAD_BEFORE, *words, _PAD_AFTER, _PAD_AFTER]  # token i is padded[i + 2]
    around = ["<s>", *tokens, "</s>"]  # token i is around[i + 1]
    out = []
    for i, w in enumerate(tokens):
        here, before, after = padded[i + 2], padded[i + 1], padded[i + 3]
        f = [
            *here[0],
            before[5][0],
            after[5][1],
            padded[i][5][2],
            padded[i + 4][5][3],
            "w-1|w=" + around[i] + "|" + w,
            "w|w+1=" + w + "|" + around[i + 2],
        ]
        f += before[3]  # its stems (none for the padding)
        f += after[4]
        f += phrases[i]  # the word's classes are in `own` already
        # a phrase ends or starts next door; a first name before, a surname after
        if i > 0:
            if phrases[i - 1]:
                f += ["<" + g for g in phrases[i - 1] if g[1] != "B"]
            f += before[1]
        if i + 1 < n:
            if phrases[i + 1]:
                f += [">" + g for g in phrases[i + 1] if g[1] != "I"]
            f += after[2]
        if titled is not None and titled[i]:
            # after a title, a word rarer than everyday vocabulary is most likely the name
            rare = "r" if freq is None or freq.get(w, 0) <= RARE else "c"
            f.extend(titled[i])
            f.extend(t + "|" + rare for t in titled[i])
        out.append(f)
    return out


# what a token at the start or end of a sentence sees of the padding there, as a word's cache entry
_PAD_BEFORE = ([], [], [], [], [], ("w-1=<s>", "", "w-2=<s>", ""))
_PAD_AFTER = ([], [], [], [], [], ("", "w+1=</s>", "", "w+2=</s>"))
