"""Document-level consistency: a name the model tagged once is tagged wherever it recurs.

News articles repeat their names, often after the model has seen them in a telling context once
("הסנטור טום הארקין" ... "הארקין אמר"). After tagging every sentence, each tagged name, and the
surname of each tagged full name, marks its untagged repetitions, prefixed or not.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable

from .bioes import bioes_spans, span_tags
from .features import stems

MIN_NAME = 4  # letters; shorter keys ("פרו", "עלי") are too ambiguous to spread (NEMO dev)


def propagate(
    sentences: list[list[str]], tags: list[list[str]], base: Callable[[str, str], str]
) -> list[list[str]]:
    """Tags with repetitions of tagged names filled in. `base(token, label)` drops the clitic
    prefix of an entity's first token ("באיובה" -> "איובה")."""
    votes: dict[tuple[str, ...], Counter] = {}
    for tokens, sent_tags in zip(sentences, tags):
        for a, b, label in bioes_spans(sent_tags):
            key = (base(tokens[a], label), *tokens[a + 1 : b])
            votes.setdefault(key, Counter())[label] += 1
            if label == "PER" and b - a > 1:
                votes.setdefault((tokens[b - 1],), Counter())["PER"] += 1
    keys = {k: c.most_common(1)[0][0] for k, c in votes.items() if len("".join(k)) >= MIN_NAME}
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
            forms = [f for f in (tokens[i], *stems(tokens[i])) if f in longest]
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

