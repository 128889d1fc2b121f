"""The entity model's feature groups beyond the base set (features.EXTRAS): what they say about a
word, and that a model sees at run time exactly the features it was trained with."""

from __future__ import annotations

from app.core.entities.features import Gazetteer, _morph_features, morph_table, sentence_features, stems
from app.core.entities.model import NameLexicon, read_lexicon, write_lexicon

# Zipf frequencies as wordfreq gives them (rounded), for a handful of forms
FREQ = {
    "ממשלה": 4, "הממשלה": 6, "בממשלה": 4, "לממשלה": 5,
    "ירושלים": 5, "בירושלים": 5, "מירושלים": 4, "לירושלים": 5,
    "פוטין": 4, "אמר": 6, "שאמר": 5, "ואמר": 5,
}
SENTENCE = "הממשלה אמרה בירושלים כי פוטין ייפגש עם ראש הממשלה".split()


def _clitics(word: str) -> list[str]:
    zipf = {x: FREQ.get(x, 0) for x in (word, *stems(word))}
    return _morph_features(word, zipf, morph_table(FREQ))


def test_clitic_use_tells_a_common_noun_a_place_a_verb_and_a_name_apart():
    # a common noun is mostly written with the article, whether or not this token has it
    assert _clitics("הממשלה")[0] == _clitics("ממשלה")[0] == "zmה=6"
    # a place takes "in", "to", "from" (common: 2; the pattern is ו ב ל מ ש), never the
    # article; the same with a prefix
    assert _clitics("ירושלים") == _clitics("בירושלים") == ["zmה=0", "zm=02220"]
    # a verb takes "and" and "that"
    assert _clitics("אמר") == ["zmה=0", "zm=20002"]
    # a person's name takes none of them
    assert _clitics("פוטין") == ["zmה=0", "zm=00000"]


def _lexicon(features):
    return NameLexicon(Gazetteer({}, {}), {"ירושלים": 3}, freq=FREQ, features=features)


def test_a_model_tags_with_the_features_it_was_trained_with(tmp_path):
    groups = frozenset({"clitics"})
    write_lexicon(_lexicon(groups), tmp_path / "lex.txt")
    back = read_lexicon(tmp_path / "lex.txt")
    assert back.features == groups
    # training derives the table from the frequencies; tagging reads it from the lexicon file
    trained = sentence_features(SENTENCE, Gazetteer({}, {}), None, FREQ, None, None, groups)
    tagged = sentence_features(SENTENCE, back.gazetteer, None, back.freq, None, None, back.features, morph=back.morph)
    assert tagged == trained
    assert "zm=02220" in tagged[2]  # "בירושלים"


def test_a_lexicon_written_before_the_record_gets_no_new_features(tmp_path):
    write_lexicon(_lexicon(frozenset()), tmp_path / "lex.txt")
    text = (tmp_path / "lex.txt").read_text(encoding="utf-8")
    old = text.split("\n@features\n")[0] + "\n"  # a lexicon of the shipped format before @features
    (tmp_path / "old.txt").write_text(old, encoding="utf-8")
    back = read_lexicon(tmp_path / "old.txt")
    assert back.features == frozenset() and back.morph is None
    feats = sentence_features(SENTENCE, back.gazetteer, None, back.freq, None, None, back.features, morph=back.morph)
    assert not any(f.startswith("zm") for row in feats for f in row)
