"""Real Hebrew text of a chosen size, built from the shared corpora, for speed benchmarks.

Sources, in order, all real prose: the sentences of NEMO train (Haaretz news, the HTB train split;
tokens re-joined with spaces, so punctuation is spaced apart as scrapers leave it), the paragraphs of
IAHLTwiki dev and the sentences of HTB dev. Paragraphs of five news sentences; a title line on top.
These hold about 960 kB; beyond that the news sentences come again, regrouped (paragraphs start two
sentences later), so no paragraph repeats (the cleaner keeps them all) but about 4% of the sentences
of the 1 MB text are repeats, which the summariser drops as duplicates.
"""

from __future__ import annotations

from pathlib import Path


def _nemo_sentences(path: Path) -> list[str]:
    out, tokens = [], []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            if tokens:
                out.append(" ".join(tokens))
                tokens = []
            continue
        tokens.append(line.split(" ")[0])
    if tokens:
        out.append(" ".join(tokens))
    return out


def _conllu_paragraphs(path: Path) -> list[str]:
    paragraphs: list[list[str]] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("# newpar") or (line.startswith("# text =") and not paragraphs):
            paragraphs.append([])
        if line.startswith("# text ="):
            paragraphs[-1].append(line.split("=", 1)[1].strip())
    return [" ".join(p) for p in paragraphs if p]


def paragraphs(data: Path) -> list[str]:
    news = _nemo_sentences(data / "nemo" / "token-single_gold_train.bmes")
    out = [" ".join(news[i : i + 5]) for i in range(0, len(news), 5)]
    out += _conllu_paragraphs(data / "ud" / "he_iahltwiki-ud-dev.conllu")
    htb = _conllu_paragraphs(data / "ud" / "he_htb-ud-dev.conllu")[0].split(" ")  # one "paragraph"
    out += [" ".join(htb[i : i + 120]) for i in range(0, len(htb), 120)]
    out += [" ".join(news[i : i + 5]) for i in range(2, len(news), 5)]
    return out


def hebrew_text(size: int, data: Path) -> str:
    """About `size` bytes of UTF-8 Hebrew (cut at a paragraph end); fails if the corpora are too small."""
    parts = ["דוח שנתי: חדשות, ויקיפדיה ועוד"]
    total = len(parts[0].encode("utf-8"))
    for p in paragraphs(data):
        if total >= size:
            break
        parts.append(p)
        total += len(p.encode("utf-8")) + 1
    if total < size * 0.95:
        raise ValueError(f"corpora under {data} hold only {total} bytes of text")
    return "\n".join(parts)
