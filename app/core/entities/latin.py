"""Names in Latin script: inside Hebrew text (Google, OpenAI, Gemini 2.5) and in English text.

The CRF learnt Hebrew news of the 1990s and never saw Latin letters. In Hebrew text capital letters
are not sentence starts, so a run of capitalised Latin words is a name; in English text a capitalised
word counts only where it is not just the first word of its sentences ("The", "However"), a month
or weekday, or alone at a sentence start a common word ("Central bank officials") or one the text also
writes in lower case. A title ("Governor Amir Yaron", "Mr. Smith") is left out of the name and makes
what follows a person. The label comes from the lexicon's `@latin` list when it knows the name (CLDR's English
place and language names, a short list of well-known organisations and products with their Hebrew
spellings) or the places list (states and provinces of English-speaking countries, big cities:
"Texas", "Washington", "Austin", "Munich"; resources/places/places.txt, tools/english_places.py)
or the companies list (the big stock indices' companies, "Goldman Sachs", "Morgan Stanley";
resources/organizations/companies.txt, tools/company_names.py), else from the form: a version
number after it or a digit in it makes a product ("Gemini 2.5", "S-300"), a company word or legal
form at its end an organisation ("... Inc", "... Labs", "... AG"; one at its start too, "Bank
Hapoalim", and "Bank of Israel" is one name without its "The"; "Marks & Spencer" too), a title
word before it (the lexicon's triggers, "חברת Wix") its label; otherwise one word is taken for an
organisation or brand and several for a person's name.
"""

from __future__ import annotations

import re
from collections import ChainMap
from collections.abc import Iterator, Mapping
from functools import lru_cache

from ..hebrew.chars import BLOCK, LETTERS, PROCLITICS
from ..hebrew.sentences import TERMINATORS
from ...resources import resource_path

_WORD = r"(?:[A-Z][A-Za-z0-9]*(?:[-'&.][A-Za-z0-9]+)*|[a-z]+[A-Z][A-Za-z0-9]*)"  # Google, OpenAI, iPhone
# words of one name, "Procter & Gamble" and "Goldman Sachs & Co" too
_RUN = re.compile(
    rf"(?<![\w.@/])(?P<name>{_WORD}(?:[ \t]+(?:&[ \t]+)?{_WORD})*)(?P<version>[ \t]+\d+(?:\.\d+)*\b)?(?![\w@/])"
)
_SENTENCE_START = re.compile(rf"(?:^|[{re.escape(TERMINATORS)}:\"“”]\s+|\n\s*)$")
_ORG_ENDINGS = frozenset(
    "Inc Inc. Corp Corporation Ltd LLC Group Labs Technologies Bank University Institute Foundation "
    "Association Party Times News Post Press Journal Agency Company Co Holdings Systems Networks Motors "
    "Electric Assembly Council Committee Commission Court Ministry Department Office Authority Bureau "
    "Markets Capital Partners Investments Command Forces Force Army Navy Police Service Reserve "
    "Fund Trust Exchange Union Organization Organisation Federation League Club "
    # legal forms: "Deutz AG", "Heineken N.V.", "Barclays PLC"
    "Incorporated Limited LLP AG SE SA S.A NV N.V PLC Plc GmbH KGaA Bancorp".split()
)
# words that end the name of a region, a sea or a land feature ("Middle East", "Gaza Strip", "Pacific")
_LOC_ENDINGS = frozenset(
    "East West North South Ocean Sea Gulf River Lake Mountains Valley Desert Island Islands Peninsula Strip "
    "Heights Pacific Atlantic Mediterranean Arctic Sahara Negev Galilee".split()
)
_COMPASS = frozenset("East West North South Northern Southern Eastern Western".split())
# words that end the name of a building or a place made by people ("King David Hotel", "Hadassah
# Hospital"): the run is a facility, and a title word inside it ("King") is part of the name
_FAC_ENDINGS = frozenset(
    "Hotel Hospital Airport Stadium Square Street Avenue Road Tower Towers Center Centre Museum Bridge "
    "Station Prison Palace Mall Temple Mosque Church Synagogue Hall Building Theatre Theater".split()
)
# company words that also open a name ("Bank Hapoalim", "University of Chicago", "Ministry of Finance")
_ORG_HEADS = frozenset("Bank University Institute Ministry Department Council Court Committee Commission".split())
MAX_WORDS = 6
# a single capital, a Roman numeral, or an acronym the lexicon does not know (with digits it is a
# product, "S-300", and stays)
_TERM = re.compile(r"[A-Z]|[IVXLCDM]+|[A-Za-z]?[A-Z]{1,5}[a-z]?[A-Z]{0,3}")
# English words capitalised only because they start a sentence ("The Guardian" keeps "Guardian")
_FUNCTION = frozenset(
    "The A An This That These Those It He She We They I You In On At For But And Or If When While "
    "After Before As By From With Without However Also Yet So Then There Here What Who Why How "
    "Our Its His Her Their My Your Some Many Most All No Not One Two Three Last Next Today".split()
)
# common English words that start sentences and phrases ("Central bank officials", "General
# strikes"): alone at a sentence start, no name; the lexicon's English place names leave them out
# too (old time-zone aliases, "Canada/Central", tools/ner_lexicons.py)
COMMON_WORDS = _COMPASS | frozenset(
    "Central General National International Federal Global Local Public Private Senior Former New Old "
    "Great High Low Mountain Pacific Atlantic Continental Standard Universal Daylight Summer Winter "
    "Spring Fall Autumn Officials Markets Prices".split()
)
# a person's title: not part of the name, but evidence that a name follows ("Governor Amir Yaron",
# "Mr. Smith"); a modifier counts only with a title after it ("Prime Minister", "Vice President")
TITLES = frozenset(
    "governor president minister mr mrs ms miss dr doctor prof professor senator congressman "
    "congresswoman representative general colonel captain lieutenant sergeant admiral ceo "
    "chairman chairwoman chair chancellor king queen prince princess pope rabbi judge justice sheikh "
    "ayatollah sir lord lady dame emperor sultan mayor ambassador secretary commissioner director "
    "spokesman spokeswoman spokesperson founder".split()
)
_TITLE_MODIFIERS = frozenset(
    "prime vice deputy acting former chief foreign finance defence defense interior economy health "
    "education justice supreme attorney executive assistant associate lieutenant crown grand".split()
)


def latin_names(
    text: str, known: Mapping[str, str], triggers: Mapping[str, str] | None = None, hebrew: bool = True
) -> list[tuple[int, int, str, bool]]:
    """(start, end, label, known) of Latin-script names in `text`, `known` when the lexicon gave
    the label; `hebrew` says whether the text is Hebrew (where any capitalised Latin run is a
    name)."""
    known = ChainMap(known, places())  # the lexicon's label first
    firms = companies()  # after a title: "Mr. Matson" is a person
    mid: set[str] = set()
    lower: set[str] = set()
    if not hebrew:  # words seen capitalised somewhere other than a sentence's start, or lower-cased
        # a word after the first of a run is capitalised for itself ("Jerome Powell" at the text's
        # start: "Powell" opening a later sentence is a name, not a capital for the sentence)
        mid = {w for start, _, words, _ in _runs(text) for w in words[_at_start(text, start) :]}
        lower = set(_LOWER.findall(text))
    out = []
    for start, end, words, version in _runs(text):
        name = " ".join(words)
        label = known.get(name)
        first = not hebrew and _at_start(text, start)
        if not hebrew and len(words) > 1 and words[0] == "The" and label is None:
            start, words = start + 4, words[1:]  # "The Bank of Israel": the article is no part
            name = " ".join(words)
            label = known.get(name)
        titled = False
        if label is None:  # "Governor Amir Yaron": the person is "Amir Yaron"
            start, words, titled = _without_title(text, start, end, words)
            if not words:
                continue  # "the Governor said": a title alone names no one
            name = " ".join(words)
            label = known.get(name)
        titled = titled or _after_title(text, start)
        if first and not titled:
            if len(words) == 1 and (words[0] in COMMON_WORDS or words[0].lower() in lower):
                continue  # "Central bank officials": a common word that starts the sentence
            # the first word may be capitalised only for starting the sentence
            while (
                words
                and (words[0] in _FUNCTION or (len(words) == 1 and words[0] not in mid))
                and known.get(" ".join(words)) is None
                and " ".join(words) not in firms
            ):
                start += len(words[0])
                while start < end and text[start] in " \t":
                    start += 1
                words = words[1:]
            if not words:
                continue
            name = " ".join(words)
            label = known.get(name)
        if label == "-" or (label is None and any(known.get(w) == "-" for w in words) and len(words) == 1):
            continue  # a month, a weekday
        if label is None and len(words) == 1 and _TERM.fullmatch(name):
            continue  # "HIV", "IgA", "VIII", "B": an abbreviation, a numeral or a letter more than a name
        sure = label is not None
        if label is None and not titled and name in firms:
            label, sure = "ORG", True  # "Goldman Sachs", "Morgan Stanley": not two words of a person
        if label is None and version and known.get(words[0], "-") != "-":
            label, sure = "DUC", True  # "Gemini 2.5"
        if label is None and titled and words[-1] not in _ORG_ENDINGS and words[-1] not in _FAC_ENDINGS:
            label = "PER"
        if label is None:
            label = _label(text, start, words, version, triggers, hebrew)
        if label and (hebrew or len(name) > 1):
            out.append((start, end, label, sure))
    return _surnames_are_people(text, out)


def _surnames_are_people(text: str, found: list[tuple[int, int, str, bool]]) -> list[tuple[int, int, str, bool]]:
    """A single word the lexicon did not label is the person the text named in full or with a title
    ("Jerome Powell ... Powell said", "Mrs. Matson ... Matson"): one word alone is otherwise taken
    for an organisation, and the panel would list the same person twice under two labels."""
    people = {text[start:end].split()[-1] for start, end, label, _ in found if label == "PER"}
    return [
        (start, end, "PER", sure)
        if not sure and label != "PER" and text[start:end] in people
        else (start, end, label, sure)
        for start, end, label, sure in found
    ]


@lru_cache(maxsize=1)
def places() -> dict[str, str]:
    """name -> "GPE" for the states, provinces and territories of English-speaking countries and
    the big cities, which CLDR's country and time-zone city names leave out: "Texas" or "Austin"
    alone would be taken for an organisation."""
    return _name_list(("places", "places.txt"), "GPE")


@lru_cache(maxsize=1)
def companies() -> dict[str, str]:
    """name -> "ORG" for the companies of the big stock indices without their legal form
    ("Goldman Sachs", "Morgan Stanley", "Deutsche Telekom"; resources/organizations/companies.txt,
    tools/company_names.py): two capitalised words are otherwise taken for a person."""
    return _name_list(("organizations", "companies.txt"), "ORG")


def _name_list(parts: tuple[str, ...], label: str) -> dict[str, str]:
    """A shipped list of names, one a line ("#" a comment), each with `label`; empty if missing."""
    path = resource_path(*parts)
    lines = path.read_text(encoding="utf-8").splitlines() if path.is_file() else []
    return {line: label for line in lines if line and not line.startswith("#")}


def one_run(name: str) -> bool:
    """Whether `name` is read as one capitalised Latin run, all of it (a list of names keeps only
    those the finder can meet whole)."""
    m = _RUN.fullmatch(name)
    return m is not None and not m.group("version")


def _runs(text: str) -> Iterator[tuple[int, int, list[str], bool]]:
    """(start, end, words, has a version number) of each capitalised Latin run; streamed, so a
    long English text is read twice rather than held as a list of runs."""
    held: tuple[int, int, list[str], bool] | None = None
    for m in _RUN.finditer(text):
        words = m.group("name").split()
        version = bool(m.group("version"))
        run = (m.start("name"), m.end("version") if version else m.end("name"), words, version)
        if held and _OF.fullmatch(text, held[1], run[0]):
            run = (held[0], run[1], held[2] + text[held[1] : run[0]].split() + words, version)
            held = None
        elif held:
            yield from _short(held)
            held = None
        if not version and (words[-1] in _ORG_ENDINGS or words[-1] in _ORG_HEADS) and len(run[2]) <= MAX_WORDS:
            held = run  # "Bank" + " of " + "Israel": one name, "Central Bureau of Statistics"
        else:
            yield from _short(run)
    if held:
        yield from _short(held)


_OF = re.compile(r"[ \t]+of(?:[ \t]+the)?[ \t]+")


def _short(run: tuple[int, int, list[str], bool]) -> Iterator[tuple[int, int, list[str], bool]]:
    if len(run[2]) <= MAX_WORDS:
        yield run


def _at_start(text: str, start: int) -> bool:
    return bool(_SENTENCE_START.search(text[max(0, start - 3) : start])) and not _after_title(text, start)


_LOWER = re.compile(r"(?<![\w'])[a-z]+(?![\w'])")
_WORD_BEFORE = re.compile(r"([A-Za-z]+)\.?[ \t]+$")


def _after_title(text: str, start: int) -> bool:
    """Whether a title word ends just before `start`: "Mr. Smith", "said governor Yaron"; the dot
    after "Mr." ends no sentence."""
    m = _WORD_BEFORE.search(text[max(0, start - 20) : start])
    return bool(m) and m.group(1).lower() in TITLES


def _without_title(text: str, start: int, end: int, words: list[str]) -> tuple[int, list[str], bool]:
    """(start, words, whether a title was cut) of a run without the title words that open it,
    "Prime Minister Benjamin Netanyahu" -> "Benjamin Netanyahu"; a run of titles only comes back
    empty. A title before a company word stays ("General Motors Corp")."""
    cut = 0
    for i, w in enumerate(words):
        low = w.lower()
        if low in TITLES:
            cut = i + 1
        elif low not in _TITLE_MODIFIERS:
            break
    if cut == 0 or words[-1] in _ORG_ENDINGS or words[-1] in _FAC_ENDINGS:
        return start, words, False
    for w in words[:cut]:
        start = text.index(w, start) + len(w)
    while start < end and text[start] in " \t":
        start += 1
    return start, words[cut:], True


def form_label(words: list[str]) -> str | None:
    """The label a name's own words give, whatever the text around it (a digit, a company, place
    or building word), else None; evidence the CRF cannot read, as it never saw Latin letters."""
    if any(c.isdigit() for w in words for c in w):
        return "DUC"  # "Gemini 2.5", "S-300", "F-35": a model, a product
    if words[-1] in _FAC_ENDINGS and len(words) > 1:
        return "FAC"  # "King David Hotel", "Ben Gurion Airport"
    if words[-1] in _LOC_ENDINGS or (words[0] in _COMPASS and len(words) > 1):
        return "LOC"  # "Middle East", "Gaza Strip", "the Pacific", "West Bank"
    if words[-1] in _ORG_ENDINGS or words[0] in _ORG_HEADS or "of" in words or "&" in words:
        return "ORG"  # "Bank Hapoalim", "Leader Capital Markets", "Central Bureau of Statistics", "Marks & Spencer"
    return None


def _label(text: str, start: int, words: list[str], version: bool, triggers, hebrew: bool) -> str | None:
    if version:
        return "DUC"
    if (label := form_label(words)) is not None:
        return label
    if triggers and hebrew:
        before = text[max(0, start - 40) : start].split()
        if before:
            from .features import stems

            word = before[-1]
            label = triggers.get(word) or next((triggers[s] for s in stems(word) if s in triggers), None)
            if label:
                return label.split("|")[0]
    if len(words) == 1:
        return "ORG" if hebrew or len(words[0]) > 1 else None
    return "PER"


def known_hebrew(text: str, known: Mapping[str, str]) -> list[tuple[int, int, str, bool]]:
    """Hebrew spellings of the foreign names the lexicon knows ("גוגל", "לגוגל" -> ORG), which the
    CRF, trained on 1990s news, has never seen; the clitic prefix is left out of the span."""
    global _last
    if _last[0] is not known:  # the model's list, the same object at every call
        _last = (known, _hebrew_pattern(tuple(k for k, v in known.items() if v != "-" and _HEBREW.search(k))))
    pattern = _last[1]
    if pattern is None:
        return []
    return [(m.start("name"), m.end("name"), known[m.group("name")], True) for m in pattern.finditer(text)]


_last: tuple = (None, None)  # (the list of names, its pattern)


@lru_cache(maxsize=4)
def _hebrew_pattern(names: tuple[str, ...]) -> re.Pattern[str] | None:
    """One regex for all the names, each after up to three clitic letters: one C-speed scan."""
    if not names:
        return None
    alternatives = "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))
    return re.compile(f"(?<![\\w\"'])[{PROCLITICS}]{{0,3}}(?P<name>{alternatives})(?![\\w\"'])")


_HEBREW = re.compile(f"[{LETTERS}]")
_HEBREW_BLOCK = re.compile(f"[{BLOCK}]")


def is_latin(name: str) -> bool:
    """Whether a mention is written in Latin letters (it has some and no Hebrew ones)."""
    return any("a" <= c.lower() <= "z" for c in name) and not _HEBREW_BLOCK.search(name)


_ALIAS_GAP = re.compile(r"\s*[(\[]\s*$")
_ALIAS_CLOSE = re.compile(r"^\s*[)\]]")


_GLOSS = re.compile(f"[{LETTERS}\"'][\\s]*[(\\[](?:[^()\\[\\]\n]{{0,20}}:)?\\s*$")


def is_gloss(text: str, start: int) -> bool:
    """Whether a Latin name at `start` opens a bracket right after Hebrew words, "(Mielnik)",
    "(באנגלית: Pinkwashing)": the foreign spelling of what the Hebrew before it says."""
    return bool(_GLOSS.search(text[max(0, start - 30) : start]))


def aliases(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Pairs (i, j) of consecutive mentions where the text gives one name in both scripts,
    "גוגל (Google)" or "Google (גוגל)": `spans` sorted, indices into it."""
    out = []
    for i in range(len(spans) - 1):
        (a, b), (c, d) = spans[i], spans[i + 1]
        if c - b > 4 or not _ALIAS_GAP.search(text[b:c]) or not _ALIAS_CLOSE.match(text[d : d + 3]):
            continue
        if is_latin(text[a:b]) != is_latin(text[c:d]):
            out.append((i, i + 1))
    return out
