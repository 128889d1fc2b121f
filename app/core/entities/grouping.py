"""One group per thing a document names: "נתניהו", "לנתניהו" and "בנימין נתניהו" are one person.

Mentions arrive prefix-free from the tagger ("לנתניהו" is reported as "נתניהו"); after ב, ל or כ
the article is unwritten, so "בקרמלין" and "בהסתדרות" join "הקרמלין" and "ההסתדרות" when the text
writes those, and the group takes that name. A shorter form
joins the longer form of the same label that contains it word for word, when only one such longer
form exists ("כהן" with both "משה כהן" and "דני כהן" in the text stays on its own). A person's
group is named by the most complete form, any other by the form the text uses most.
"""

from __future__ import annotations

import re
from collections import Counter

from ..document import Entity, EntityGroup
from .features import stems
from .latin import aliases, is_latin
from .tokens import tokenize


def _words(text: str) -> tuple[str, ...]:
    return tuple(t for t in tokenize(text)[0] if t != "-")


MAX_PART = 6  # words of a shorter form looked up inside longer ones (names are shorter)


def _hosts_index(forms) -> dict[tuple[str, ...], list[tuple[str, ...]]]:
    """Each form under every shorter run of words it contains, the run's first word also without
    its clitics ("נתניהו" is in "בנימין נתניהו", "קרמלין" in "בקרמלין"): one dictionary lookup
    then finds a form's hosts, instead of comparing every pair of forms (4,000 names took 7.3 s)."""
    index: dict[tuple[str, ...], list[tuple[str, ...]]] = {}
    for h in forms:
        seen = set()
        for i in range(len(h)):
            for n in range(1, min(MAX_PART, len(h) - i, len(h) - 1) + 1):
                rest = h[i + 1 : i + n]
                for first in (h[i], *stems(h[i])):
                    key = (first, *rest)
                    if key not in seen:
                        seen.add(key)
                        index.setdefault(key, []).append(h)
    return index


def group_entities(text: str, entities: list[Entity]) -> list[EntityGroup]:
    """Groups of the mentions in `entities` (indices into it), most mentioned first."""
    forms: dict[tuple[str, ...], list[int]] = {}
    words = [_words(e.text) for e in entities]
    for i, key in enumerate(words):
        if key:
            forms.setdefault(key, []).append(i)
    # "קרמלין" (of "בקרמלין", the article unwritten after ב) is "הקרמלין" when the text has both;
    # so is "הסתדרות" of "בהסתדרות", a word of its own ה, when each of its mentions follows ב, ל or כ
    for key in list(forms):
        full = ("ה" + key[0], *key[1:])
        if full in forms and (key[0][:1] != "ה" or all(_article_hidden(text, entities[i]) for i in forms[key])):
            forms[full] = sorted(forms[full] + forms.pop(key))
    # a form's label is the one most of its mentions carry
    label_of = {
        k: Counter(entities[i].label for i in idx).most_common(1)[0][0] for k, idx in forms.items()
    }
    by_length = sorted(forms, key=lambda k: (-len(k), -len(forms[k]), forms[k][0]))
    index = _hosts_index(k for k in forms if label_of[k] not in _NUMERIC)
    parent: dict[tuple[str, ...], tuple[str, ...]] = {}
    for k in by_length:
        if label_of[k] in _NUMERIC:
            continue
        hosts = {
            _root(parent, h) for h in index.get(k, ()) if len(h) > len(k) and label_of[h] == label_of[k]
        }
        if len(hosts) == 1:
            parent[k] = hosts.pop()
    # "גוגל (Google)": the text gives one name in both scripts
    key_of = {i: k for k, idx in forms.items() for i in idx}
    for i, j in aliases(text, [(e.start, e.end) for e in entities]):
        if i in key_of and j in key_of:
            a, b = _root(parent, key_of[i]), _root(parent, key_of[j])
            if a != b and label_of[a] == label_of[b] and label_of[a] not in _NUMERIC:
                latin_first = is_latin(entities[i].text)
                parent[a if latin_first else b] = b if latin_first else a
    members: dict[tuple[str, ...], list[tuple[str, ...]]] = {}
    for k in by_length:
        members.setdefault(_root(parent, k), []).append(k)
    groups = []
    for root, keys in members.items():
        mentions = sorted(i for k in keys for i in forms[k])
        form = _name_form(root, keys, forms, label_of[root])
        name = next((entities[i].text for i in forms[form] if words[i] == form), "")
        name = name or entities[forms[form][0]].text
        if all(_article_hidden(text, entities[i]) for i in mentions) and _needs_article(form, label_of[root]):
            name = "ה" + name.lstrip()  # "באוניברסיטה העברית" only: "האוניברסיטה העברית"
        groups.append(EntityGroup(_tidy(name), label_of[root], tuple(mentions)))
    groups.sort(key=lambda g: (-g.count, g.mentions[0]))
    return groups


_NUMERIC = {"DATE", "TIME", "MONEY", "PERCENT"}


def _article_hidden(text: str, mention: Entity) -> bool:
    """Whether the mention was cut from after a ב, ל or כ of its word ("ב|הסתדרות"), where the
    article is not written: "בהסתדרות" is "in the Histadrut"."""
    return mention.start > 0 and text[mention.start - 1] in _HIDE_ARTICLE


_HIDE_ARTICLE = frozenset("בלכ")


def _needs_article(words: tuple[str, ...], label: str) -> bool:
    """Whether a name that the text writes only after ב, ל or כ reads as a definite noun whose
    article is hidden: a first word in ה, which no noun ends in when it is bound to the next word
    ("אוניברסיטת חיפה"), before a word with the article ("אוניברסיטה העברית", "גדה המערבית").
    Not a person's or a town's name, which may end in ה themselves ("יהודה הלוי", "עפולה העילית")."""
    return (
        len(words) > 1
        and label not in _OWN_NAMES
        and len(words[0]) > 2
        and words[0].endswith("ה")
        and words[1].startswith("ה")
    )


_OWN_NAMES = frozenset({"PER", "GPE"})


def _name_form(root: tuple[str, ...], keys: list, forms: dict, label: str) -> tuple[str, ...]:
    """A person is named in full ("בנימין נתניהו"); anything else by the form the text uses most,
    since its longer forms are often a part or an office of it ("דובר צה\"ל" in a group of
    "צה\"ל")."""
    if label == "PER":
        return root
    return max(keys, key=lambda k: (len(forms[k]), len(k)))


def _root(parent: dict, k):
    path = []
    while k in parent:
        path.append(k)
        k = parent[k]
    for p in path:  # halve the next walk
        parent[p] = k
    return k


def _tidy(name: str) -> str:
    return re.sub(r"\s+", " ", name).strip()
