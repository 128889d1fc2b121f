"""One group per thing a document names: "נתניהו", "לנתניהו" and "בנימין נתניהו" are one person.

Mentions arrive prefix-free from the tagger ("לנתניהו" is reported as "נתניהו"). A shorter form
joins the longer form of the same label that contains it word for word, when only one such longer
form exists ("כהן" with both "משה כהן" and "דני כהן" in the text stays on its own). A person's
group is named by the most complete form, any other by the form the text uses most.
"""

from __future__ import annotations

import re
from collections import Counter

from ..document import Entity, EntityGroup
from .features import stems
from .tokens import tokenize


def _words(text: str) -> tuple[str, ...]:
    return tuple(t for t in tokenize(text)[0] if t != "-")


def _contains(long: tuple[str, ...], short: tuple[str, ...]) -> bool:
    n = len(short)
    for i in range(len(long) - n + 1):
        window = long[i : i + n]
        if window[1:] == short[1:] and (window[0] == short[0] or short[0] in stems(window[0])):
            return True
    return False


def group_entities(text: str, entities: list[Entity]) -> list[EntityGroup]:
    """Groups of the mentions in `entities` (indices into it), most mentioned first."""
    forms: dict[tuple[str, ...], list[int]] = {}
    for i, e in enumerate(entities):
        key = _words(e.text)
        if key:
            forms.setdefault(key, []).append(i)
    # "קרמלין" (of "בקרמלין", the article unwritten after ב) is "הקרמלין" when the text has both
    for key in list(forms):
        full = ("ה" + key[0], *key[1:])
        if full in forms and key[0][:1] != "ה":
            forms[full] = sorted(forms[full] + forms.pop(key))
    # a form's label is the one most of its mentions carry
    label_of = {
        k: Counter(entities[i].label for i in idx).most_common(1)[0][0] for k, idx in forms.items()
    }
    by_length = sorted(forms, key=lambda k: (-len(k), -len(forms[k]), forms[k][0]))
    parent: dict[tuple[str, ...], tuple[str, ...]] = {}
    for k in by_length:
        if label_of[k] in _NUMERIC:
            continue
        hosts = {
            _root(parent, h)
            for h in by_length
            if len(h) > len(k) and label_of[h] == label_of[k] and _contains(h, k)
        }
        if len(hosts) == 1:
            parent[k] = hosts.pop()
    members: dict[tuple[str, ...], list[tuple[str, ...]]] = {}
    for k in by_length:
        members.setdefault(_root(parent, k), []).append(k)
    groups = []
    for root, keys in members.items():
        mentions = sorted(i for k in keys for i in forms[k])
        form = _name_form(root, keys, forms, label_of[root])
        name = next((entities[i].text for i in forms[form] if _words(entities[i].text) == form), "")
        name = name or entities[forms[form][0]].text
        groups.append(EntityGroup(_tidy(name), label_of[root], tuple(mentions)))
    groups.sort(key=lambda g: (-g.count, g.mentions[0]))
    return groups


_NUMERIC = {"DATE", "TIME", "MONEY", "PERCENT"}


def _name_form(root: tuple[str, ...], keys: list, forms: dict, label: str) -> tuple[str, ...]:
    """A person is named in full ("בנימין נתניהו"); anything else by the form the text uses most,
    since its longer forms are often a part or an office of it ("דובר צה\"ל" in a group of
    "צה\"ל")."""
    if label == "PER":
        return root
    return max(keys, key=lambda k: (len(forms[k]), len(k)))


def _root(parent: dict, k):
    while k in parent:
        k = parent[k]
    return k


def _tidy(name: str) -> str:
    return re.sub(r"\s+", " ", name).strip()
