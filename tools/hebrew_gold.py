"""Readers for the gold Hebrew corpora in ../shared/data and the gold prefix of a segmented token.

Shared by the lexicon builder (NEMO train) and the benchmark (UD HTB dev, IAHLTwiki dev).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

# Morphemes that attach in front of a host word: conjunction, relativisers, prepositions, article.
PROCLITICS = frozenset("ו ה ב כ ל מ ש כש מש לכש".split())
# Personal pronouns written as a suffix of the preposition they follow (לו = ל + הוא).
_SUFFIX_PRONOUNS = frozenset("הוא היא הם הן אני אתה את אנחנו אתם אתן".split())
_NOT_PREPOSITIONS = frozenset("ו ה ש כש מש".split())  # שהם = ש + הם: a pronoun hosting proclitics
_QUOTES = frozenset("\"'״׳")


def gold_prefix(surface: str, morphemes: list[str]) -> str | None:
    """The surface prefix (proclitics as written) of a token segmented into `morphemes`.

    The host is the last morpheme, or the preposition before a pronoun suffix (לו, להם, שבו →
    ש + בו), since an inflected preposition is one word. The article after ב כ ל is unwritten
    (בבית = ב + ה + בית) and a quote after the prefix (ב"הארץ") belongs to the prefix. None when the
    morphemes do not spell the surface that way.
    """
    suffix = [m.startswith("_") for m in morphemes]  # UD marks suffix morphemes "_הוא", "_של_"
    morphemes = [m.strip("_") for m in morphemes]
    host = len(morphemes) - 1
    while host > 0 and suffix[host]:
        host -= 1
    if host > 0 and morphemes[host] in _SUFFIX_PRONOUNS and (
        not surface.endswith(morphemes[host]) or morphemes[host - 1] not in _NOT_PREPOSITIONS
    ):
        host -= 1  # בו, להם: the pronoun is the preposition's suffix, as UD writes it
    pos = 0
    previous = ""
    for m in morphemes[:host]:
        implicit = m == "ה" and previous in ("ב", "כ", "ל")  # בהפגנה = ב + (ה) + הפגנה
        previous = m
        if implicit:
            continue
        if m in _QUOTES:
            if not surface.startswith(m, pos):
                return None
            pos += len(m)
        elif m not in PROCLITICS:
            break  # an inflected preposition host such as של in משלהם
        elif surface.startswith(m, pos):
            pos += len(m)
        else:
            return None
    while pos < len(surface) and surface[pos] in _QUOTES:
        pos += 1
    return surface[:pos] if pos < len(surface) else None


def nemo_tokens(data: Path, split: str = "train") -> Iterator[tuple[str, list[str]]]:
    """(surface token, gold morphemes) of NEMO `split`, aligning token-multi with morph files."""
    nemo = Path(data) / "nemo"
    tokens = _bmes_sentences(nemo / f"token-multi_gold_{split}.bmes")
    morphs = _bmes_sentences(nemo / f"morph_gold_{split}.bmes")
    for sent_tokens, sent_morphs in zip(tokens, morphs, strict=True):
        i = 0
        for token, label in sent_tokens:
            k = label.count("^") + 1
            yield token, [m for m, _ in sent_morphs[i : i + k]]
            i += k
        if i != len(sent_morphs):
            raise ValueError(f"NEMO {split}: token and morpheme files disagree")


def _bmes_sentences(path: Path) -> Iterator[list[tuple[str, str]]]:
    sentence: list[tuple[str, str]] = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if not line:
                if sentence:
                    yield sentence
                sentence = []
                continue
            token, label = line.rsplit(" ", 1)
            sentence.append((token, label))
    if sentence:
        yield sentence


@dataclass
class UdSentence:
    text: str
    newpar: bool
    newdoc: bool
    tokens: list[tuple[str, list[str]]] = field(default_factory=list)  # (surface, morphemes)


def conllu_sentences(path: Path) -> Iterator[UdSentence]:
    """Sentences of a CoNLL-U file with their paragraph/document starts and multiword tokens."""
    sent: UdSentence | None = None
    newpar = newdoc = False
    mwt_end = 0
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if line.startswith("#"):
                if line.startswith("# newpar"):
                    newpar = True
                elif line.startswith("# newdoc"):
                    newdoc = newpar = True
                elif line.startswith("# text = "):
                    sent = UdSentence(line[len("# text = ") :], newpar, newdoc)
                    mwt_end = 0
                    newpar = newdoc = False
                continue
            if not line:
                if sent is not None:
                    yield sent
                sent = None
                continue
            cols = line.split("\t")
            ident = cols[0]
            if "." in ident or sent is None:
                continue
            if "-" in ident:
                a, b = map(int, ident.split("-"))
                sent.tokens.append((cols[1], []))
                mwt_end = b
            elif mwt_end and int(ident) <= mwt_end:
                sent.tokens[-1][1].append(cols[1])
            else:
                sent.tokens.append((cols[1], [cols[1]]))
                mwt_end = 0
    if sent is not None:
        yield sent
