"""Document-level consistency: a name the model tagged once is tagged wherever it recurs.

News articles repeat their names, often after the model has seen them in a telling context once
("הסנטור טום הארקין" ... "הארקין אמר"). After tagging every sentence, each tagged name, and the
surname of each tagged full name, marks its untagged repetitions, prefixed or not ("בקרמלין" also
as "ב|ה|קרמלין"). Before that, a mention tagged PER whose name training tagged otherwise takes that
label ("מהקרמלין נמסר" looks like a spokesman's name to the CRF; NEMO tags "הקרמלין" FAC), and a
rare word the article repeats is a name after a person's title ("הנשיא פוטין"); after it, a rare
first name joins the person's name it stands before ("ולדימיר פוטין"). Each of these was checked
on NEMO dev not to lower the score (docs/quality.md, "Named entities").
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Mapping
from functools import lru_cache
from itertools import chain

from .bioes import bioes_spans, span_tags
from .features import RARE, bare_forms, stems

RECUR = 3  # mentions in the document of a word after a title before it is taken for a name
MIN_NAME = 4  # letters; shorter keys ("פרו", "עלי") are too ambiguous to spread (NEMO dev)


def propagate(
    sentences: list[list[str]],
    tags: list[list[str]],
    base: Callable[[str, str, tuple[str, ...]], str],
    known: Callable[[tuple[str, ...]], str | None] | None = None,
) -> list[list[str]]:
    """Tags with repetitions of tagged names filled in. `base(token, label, rest)` drops the
    clitic prefix of an entity's first token ("באיובה" -> "איובה"); `known(name)` is the label
    training gave a name, if any. (One piece of text; a long document is done in chunks with
    `name_votes` over all of them, then `fill_names` in each.)"""
    votes: dict[tuple[str, ...], Counter] = {}
    tags = name_votes(sentences, tags, base, known, votes)
    return fill_names(sentences, tags, name_keys(votes))


def name_votes(
    sentences: list[list[str]],
    tags: list[list[str]],
    base: Callable[[str, str, tuple[str, ...]], str],
    known: Callable[[tuple[str, ...]], str | None] | None,
    votes: dict[tuple[str, ...], Counter],
) -> list[list[str]]:
    """Count in `votes` the labels each tagged name (and a tagged person's surname) carries here;
    the tags returned have a PER mention of a name training tagged otherwise relabelled."""
    found = []
    for tokens, sent_tags in zip(sentences, tags):
        for a, b, label in bioes_spans(sent_tags):
            key = (base(tokens[a], label, tuple(tokens[a + 1 : b])), *tokens[a + 1 : b])
            votes.setdefault(key, Counter())[label] += 1
            found.append(key)
            if label == "PER" and b - a > 1:
                votes.setdefault((tokens[b - 1],), Counter())["PER"] += 1
    if known is not None:
        tags = _relabelled(tags, found, votes, known)
    return tags


def name_keys(votes: dict[tuple[str, ...], Counter]) -> dict[tuple[str, ...], str]:
    """The label of each name long enough to spread (its commonest label)."""
    return {k: c.most_common(1)[0][0] for k, c in votes.items() if len("".join(k)) >= MIN_NAME and +c}


def fill_names(
    sentences: list[list[str]], tags: list[list[str]], keys: dict[tuple[str, ...], str]
) -> list[list[str]]:
    """Untagged repetitions of the names in `keys` tagged, prefixed or not, longest first."""
    if not keys:
        return tags
    longest: dict[str, int] = {}
    for k in keys:
        longest[k[0]] = max(longest.get(k[0], 0), len(k))
    out = []
    for tokens, sent_tags in zip(sentences, tags):
        new = list(sent_tags)
        i = 0
        while i < len(tokens):
            hit = None
            forms = [f for f in _forms(tokens[i]) if f in longest]
            if forms and new[i] == "O":
                most = max(longest[f] for f in forms)
                for n in range(min(most, len(tokens) - i), 0, -1):
                    if any(t != "O" for t in new[i : i + n]):
                        continue
                    rest = tuple(tokens[i + 1 : i + n])
                    hit = next((keys[(f, *rest)] for f in forms if (f, *rest) in keys), None)
                    if hit:
                        new[i : i + n] = span_tags(n, hit)
                        i += n
                        break
            if not hit:
                i += 1
        out.append(new)
    return out


def relabelled_by_lexicon(
    sentences: list[list[str]],
    tags: list[list[str]],
    base: Callable[[str, str, tuple[str, ...]], str],
    heads: Mapping[str, str],
    known: Mapping[str, str],
) -> list[list[str]]:
    """A mention tagged PER takes another label when its first word heads names of that label in
    training ("קרן פורד", "משרד החוץ": ORG), and any mention takes the label the lexicon knows for
    it ("גוגל": ORG, not a person)."""
    out = []
    for tokens, sent_tags in zip(sentences, tags):
        new = sent_tags
        for a, b, label in bioes_spans(sent_tags):
            first = base(tokens[a], label, tuple(tokens[a + 1 : b]))
            want = known.get(" ".join((first, *tokens[a + 1 : b])))
            if want is None and label == "PER" and b - a > 1:
                want = heads.get(first)
            if want and want != label and want != "-" and want != "PER":
                new = list(new) if new is sent_tags else new
                new[a:b] = span_tags(b - a, want)
        out.append(new)
    return out


@lru_cache(maxsize=1 << 16)
def _forms(token: str) -> tuple[str, ...]:
    """The token and each reading of it without clitics; asked twice for every token of a
    document (form_counts, fill_names), so remembered like features.stems."""
    return (token, *(form for _, form in bare_forms(token)))


def _relabelled(
    tags: list[list[str]],
    found: list[tuple[str, ...]],
    votes: dict[tuple[str, ...], Counter],
    known: Callable[[tuple[str, ...]], str | None],
) -> list[list[str]]:
    """A mention tagged PER that training tagged as something else takes that label (and its
    votes move with it): a place or institution is seldom a person in new text, while the CRF
    easily reads one as the subject of "נמסר", "אמר"."""
    out, names = [], iter(found)
    for sent_tags in tags:
        new = list(sent_tags)
        for a, b, label in bioes_spans(sent_tags):
            name = next(names)
            want = known(name) if label == "PER" else None
            if want and want != "PER":
                new[a:b] = span_tags(b - a, want)
                votes[name]["PER"] -= 1
                votes[name][want] += 1
        out.append(new)
    return out


def titled_names(
    sentences: list[list[str]],
    tags: list[list[str]],
    triggers: Mapping[str, str],
    freq: Mapping[str, int] | None,
    counts: Counter | None = None,
) -> list[list[str]]:
    """A rare word the CRF left untagged right after a person's title ("הנשיא פוטין", "השר
    כהן") is a name when the document repeats it (with or without clitics): an ordinary word
    after a title ("הנשיא נתפסת") seldom recurs. A known first name there takes the next word
    with it ("ולדימיר פוטין"). Propagation then carries the name to its other mentions."""
    if counts is None:  # how often each form occurs in the whole document
        counts = form_counts(sentences)
    out = []
    for tokens, sent_tags in zip(sentences, tags):
        new = list(sent_tags)
        for i in range(1, len(tokens)):
            if new[i] != "O" or new[i - 1] != "O" or "PER" not in _trigger(tokens[i - 1], triggers):
                continue
            n = 0
            while i + n < len(tokens) and n < 2 and new[i + n] == "O" and _rare(tokens[i + n], freq):
                n += 1
            last = tokens[i + n - 1] if n else ""
            if len(last) >= MIN_NAME and counts[last] >= RECUR:
                new[i : i + n] = span_tags(n, "PER")
        out.append(new)
    return out


def form_counts(sentences: list[list[str]], counts: Counter | None = None) -> Counter:
    """Occurrences of every word, and of it without each clitic, added to `counts`."""
    counts = Counter() if counts is None else counts
    counts.update(chain.from_iterable(map(_forms, chain.from_iterable(sentences))))  # C-level loops
    return counts


def _trigger(token: str, triggers: Mapping[str, str]) -> str:
    label = triggers.get(token)
    if label:
        return label
    for s in stems(token):  # a loop, not next(generator): this runs for every token
        if s in triggers:
            return triggers[s]
    return ""


def _rare(token: str, freq: Mapping[str, int] | None) -> bool:
    """A word of letters only, neither it nor its stems everyday vocabulary, and no known word
    with the article ("היועץ", "הפוליטי" after "לדברי" are an office and an adjective)."""
    if not token.isalpha():
        return False
    if freq is None:
        return True
    if token[0] == "ה" and freq.get(token[1:], 0) > 0:
        return False
    return all(freq.get(f, 0) <= RARE for f in (token, *stems(token)))


OFFICE_MAX_ZIPF = 5  # "טראמפ" is as common as that in today's Hebrew


def office_holders(
    sentences: list[list[str]],
    tags: list[list[str]],
    offices: Mapping[str, str],
    freq: Mapping[str, int] | None,
) -> list[list[str]]:
    """The holder of a country's office, named right after it, is a person: "נשיא [ארצות הברית]
    דונלד טראמפ", also after a comma. `offices` are the words after which training shows a
    country and then its office holder ("נשיא"); the name is one or two untagged words of letters,
    each no everyday word (Zipf <= OFFICE_MAX_ZIPF), one alone only if rare (Zipf <= RARE)."""
    freq = freq or {}
    out = []
    for tokens, sent_tags in zip(sentences, tags):
        new = sent_tags
        for a, b, label in bioes_spans(sent_tags):
            if label != "GPE" or a == 0 or new[a - 1] != "O" or tokens[a - 1] not in offices:
                continue
            if b < len(tokens) and tokens[b] == ",":
                b += 1
            n = 0
            while (
                n < 2
                and b + n < len(tokens)
                and new[b + n] == "O"
                and tokens[b + n].isalpha()
                and len(tokens[b + n]) >= 3
                and freq.get(tokens[b + n], 0) <= OFFICE_MAX_ZIPF
            ):
                n += 1
            if n == 2 or (n == 1 and freq.get(tokens[b], 0) <= RARE):
                new = list(new) if new is sent_tags else new
                new[b : b + n] = span_tags(n, "PER")
        out.append(new)
    return out


SURNAME_MAX_ZIPF = 5  # the word after a first name is a surname unless it is this common or more


def first_and_last(
    sentences: list[list[str]],
    tags: list[list[str]],
    is_first: Callable[[str], bool],
    freq: Mapping[str, int] | None,
) -> list[list[str]]:
    """An untagged rare first name followed by an untagged word of letters that is no everyday
    word is a person's full name ("דונלד טראמפ")."""
    freq = freq or {}
    out = []
    for tokens, sent_tags in zip(sentences, tags):
        new = sent_tags
        for i in range(len(tokens) - 1):
            nxt = tokens[i + 1]
            if (
                new[i] == "O"
                and new[i + 1] == "O"
                and len(nxt) >= 3
                and nxt.isalpha()
                and is_first(tokens[i])
                and freq.get(nxt, 0) < SURNAME_MAX_ZIPF
            ):
                new = list(new) if new is sent_tags else new
                new[i : i + 2] = span_tags(2, "PER")
        out.append(new)
    return out


def with_first_names(
    sentences: list[list[str]], tags: list[list[str]], is_first: Callable[[str], bool]
) -> list[list[str]]:
    """An untagged first name right before a person's name is part of it ("ולדימיר פוטין" when
    only "פוטין" was tagged)."""
    out = []
    for tokens, sent_tags in zip(sentences, tags):
        new = list(sent_tags)
        for a, b, label in bioes_spans(sent_tags):
            if label == "PER" and a > 0 and new[a - 1] == "O" and is_first(tokens[a - 1]):
                new[a - 1 : b] = span_tags(b - a + 1, "PER")
        out.append(new)
    return out
