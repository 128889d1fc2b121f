"""Named entities: the trained model, rules and document-level grouping.

`find_entities` tags people, organizations, places, events, works, products and languages with the
CRF model shipped in resources/models (loaded on first call, not at import, so the window paints
first), and dates, times, sums of money and percentages by rule. Offsets are into the text given.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable

from ..document import Entity, Span
from ..translatable import QT_TRANSLATE_NOOP
from .grouping import group_entities

__all__ = ["find_entities", "group_entities", "LABELS", "LABEL_NAMES", "ModelUnavailable"]

LABELS = ("PER", "ORG", "GPE", "LOC", "FAC", "EVE", "WOA", "DUC", "ANG", "DATE", "TIME", "MONEY", "PERCENT")
# English names of the labels, for the CLI and exports; the window shows them translated (context
# "Labels" in resources/i18n/tamtzit_he.ts)
LABEL_NAMES: dict[str, str] = {
    "PER": QT_TRANSLATE_NOOP("Labels", "People"),
    "ORG": QT_TRANSLATE_NOOP("Labels", "Organizations"),
    "GPE": QT_TRANSLATE_NOOP("Labels", "Countries and cities"),
    "LOC": QT_TRANSLATE_NOOP("Labels", "Places"),
    "FAC": QT_TRANSLATE_NOOP("Labels", "Buildings and sites"),
    "EVE": QT_TRANSLATE_NOOP("Labels", "Events"),
    "WOA": QT_TRANSLATE_NOOP("Labels", "Works"),
    "DUC": QT_TRANSLATE_NOOP("Labels", "Products"),
    "ANG": QT_TRANSLATE_NOOP("Labels", "Languages"),
    "DATE": QT_TRANSLATE_NOOP("Labels", "Dates"),
    "TIME": QT_TRANSLATE_NOOP("Labels", "Times"),
    "MONEY": QT_TRANSLATE_NOOP("Labels", "Money"),
    "PERCENT": QT_TRANSLATE_NOOP("Labels", "Percentages"),
}
assert tuple(LABEL_NAMES) == LABELS


class ModelUnavailable(RuntimeError):
    """The model files are missing or damaged: names cannot be marked, everything else works
    (raised by model.load_model; analyze() records it and goes on)."""


def find_entities(
    text: str,
    exclude: list[Span] | None = None,
    names: bool = True,
    check: Callable[[], None] | None = None,
    language: str | None = None,
) -> list[Entity]:
    """Entity mentions in `text`, in order, none overlapping another or an `exclude` span.

    `names=False` leaves the model out: dates, times, sums and percentages only (what is left to
    show when the model cannot be loaded). `check()` is called between chunks of a long text and
    may raise to cancel. `language` is the document's (core.direction.text_language), worked out
    here when not given."""
    from .rules import rule_entities

    tagged = _names(text, check, language) if names else []
    found = tagged + [(a, b, label, 1.0) for a, b, label in rule_entities(text) if not _overlaps(tagged, a, b)]
    found.sort()
    if names:
        found = _same_name_same_label(text, found)
    blocked = _merged(sorted((s.start, s.end) for s in exclude or []))
    return [Entity(a, b, label, text[a:b], conf) for a, b, label, conf in found if not _overlaps(blocked, a, b)]


def _names(text: str, check: Callable[[], None] | None = None, language: str | None = None) -> list[tuple[int, int, str, float]]:
    """(start, end, label, confidence) of the names, sorted; ModelUnavailable if the model cannot
    be loaded. In Hebrew text, the CRF's and the Latin-script ones it leaves free, a Latin-script
    one labelled by what is known of the name itself taking the place of the CRF's guess there;
    in a text mostly in Latin letters (English), the Latin-script names only: the CRF knows only
    Hebrew."""
    from ..direction import text_language
    from .latin import is_gloss, known_hebrew, latin_names
    from .model import load_model
    from .tagging import tag_text

    model = load_model()
    lex = model.lexicon
    hebrew = (language or text_language(text)) != "en"
    tagged = tag_text(text, model, model.settings, check) if hebrew else []
    known = lex.latin or {}
    latin = latin_names(text, known, lex.triggers, hebrew)
    if hebrew:
        # a foreign spelling in brackets after Hebrew words is kept only as the alias of a name
        # found there ("גוגל (Google)"), not for a common term or a name the CRF did not find
        hebrew_known = known_hebrew(text, known)
        ends = {b for _, b, _, _ in tagged} | {b for _, b, _, _ in hebrew_known}
        latin = [s for s in latin if not is_gloss(text, s[0]) or _name_before(text, s[0], ends)]
        latin = sorted(latin + hebrew_known)
    # a name the lexicon knows is sure; one labelled by its form is as sure as the least shown
    sure = model.settings.threshold
    extra = [(a, b, label, 1.0 if known_label else sure) for a, b, label, known_label in latin]
    if hebrew:
        tagged = _latin_evidence_first(text, tagged, latin)
    return sorted(tagged + [s for s in extra if not _overlaps(tagged, s[0], s[1])])


def _latin_evidence_first(text: str, tagged: list, latin: list) -> list:
    """The CRF's names without those in Latin letters only that meet a Latin name labelled by
    what is known of the name itself: the lexicon or the places list ("המושל של Texas": a place,
    not the person the CRF guessed), or its own words ("Acme Inc", "Gaza Strip", "Gemini 2.5").

    NEMO has no Latin script: for "Texas" or "Inc" the CRF has only the Hebrew words around them
    and the shape of an unseen word. A CRF name with Hebrew letters in it stays, and so does one
    the Latin finder labels only by its length or the word before it (the CRF reads that context
    too); Hebrew-only text is not touched."""
    from .latin import form_label, is_latin

    strong = sorted(
        (a, b)
        for a, b, label, known in latin
        if is_latin(text[a:b]) and (known or form_label(text[a:b].split()) == label)
    )
    if not strong:
        return tagged
    return [s for s in tagged if not (_overlaps(strong, s[0], s[1]) and is_latin(text[s[0] : s[1]]))]


def _name_before(text: str, start: int, ends: set[int]) -> bool:
    """Whether a tagged name ends just before the bracket that opens at or before `start`."""
    at = text.rfind("(", max(0, start - 30), start)
    at = at if at >= 0 else text.rfind("[", max(0, start - 30), start)
    return at >= 0 and any(e in ends for e in range(max(0, at - 3), at + 1))


def _same_name_same_label(text: str, found: list) -> list:
    """"גוגל (Google)": the two spellings take one label, the lexicon's if it knows either, else
    the Hebrew mention's (the CRF's)."""
    from .latin import aliases, is_latin
    from .model import load_model

    known = load_model().lexicon.latin or {}
    out = list(found)
    for i, j in aliases(text, [(a, b) for a, b, _, _ in found]):
        if found[i][2] not in _NAME_LABELS or found[j][2] not in _NAME_LABELS:
            continue
        pair = (i, j) if is_latin(text[found[j][0] : found[j][1]]) else (j, i)  # (Hebrew, Latin)
        spellings = [text[found[k][0] : found[k][1]] for k in pair[::-1]]  # the Latin one first
        label = next((known[s] for s in spellings if known.get(s, "-") != "-"), found[pair[0]][2])
        for k in pair:
            a, b, _, conf = out[k]
            out[k] = (a, b, label, conf)
    return out


_NAME_LABELS = frozenset(LABELS[:9])


def _overlaps(spans: list, a: int, b: int) -> bool:
    """Whether [a, b) meets one of `spans`, sorted and not overlapping one another."""
    i = bisect_left(spans, (a,)) - 1
    return any(0 <= j < len(spans) and spans[j][0] < b and a < spans[j][1] for j in (i, i + 1))


def _merged(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    for a, b in spans:
        if out and a <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], b))
        else:
            out.append((a, b))
    return out
