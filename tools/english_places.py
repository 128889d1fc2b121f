"""Build resources/places/subdivisions.txt: the English names of the states, provinces and
territories of the countries where English is an official language ("Texas", "Washington",
"Ontario", "Punjab", "Lagos"), which an English text writes as one capitalised word that the
lexicon's countries, cities and languages (CLDR) do not know and would otherwise be taken for an
organisation.

Sources: ISO 3166-2 first-level subdivisions from Debian's iso-codes (LGPL-2.1+,
/usr/share/iso-codes/json/iso_3166-2.json; the same data pycountry ships), the countries where
English is official or de facto official from CLDR's territory information (through Babel), and a
name is left out when the English dictionary (Debian's wamerican, /usr/share/dict/words) has it as
an everyday word in lower case ("Delta", "Plateau", "Rivers", "Unity", "Central", "Lakes").

    python tools/english_places.py            # rewrites resources/places/subdivisions.txt
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "resources" / "places" / "subdivisions.txt"
# the kinds of first-level unit a reader knows as a place of its own (not a district, county,
# parish or local council, whose names are often a saint's, a person's or a common word)
KINDS = frozenset({
    "State", "Province", "Territory", "Country", "Union territory", "Capital territory",
    "Federal capital territory", "Autonomous region",
})


def english_countries() -> set[str]:
    """ISO codes of the territories where CLDR says English is official or de facto official."""
    from babel.core import get_global

    return {
        code
        for code, languages in get_global("territory_languages").items()
        if languages.get("en", {}).get("official_status") in ("official", "de_facto_official")
    }


def subdivisions(iso: Path, countries: set[str], everyday: set[str]) -> list[str]:
    """The names, without a bracketed note ("Wales [Cymru GB-CYM]"), sorted."""
    names = set()
    for unit in json.loads(iso.read_text(encoding="utf-8"))["3166-2"]:
        if "parent" in unit or unit["code"][:2] not in countries or unit["type"] not in KINDS:
            continue
        name = re.sub(r"\s*[\[(].*", "", unit["name"]).strip()
        if name and "," not in name and name.lower() not in everyday:
            names.add(name)
    return sorted(names)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--iso", type=Path, default=Path("/usr/share/iso-codes/json/iso_3166-2.json"))
    ap.add_argument("--dictionary", type=Path, default=Path("/usr/share/dict/words"))
    args = ap.parse_args()
    everyday = {w for w in args.dictionary.read_text(encoding="utf-8").split() if w.islower()}
    names = subdivisions(args.iso, english_countries(), everyday)
    head = "# states, provinces and territories; made by tools/english_places.py (provenance: resources/README.md)\n"
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text(head + "\n".join(names) + "\n", encoding="utf-8")
    print(f"{len(names)} names -> {OUT.relative_to(ROOT)}", file=sys.stderr)


if __name__ == "__main__":
    main()
