"""Document features for the second CRF pass (entities/document_features.py): a sentence hears
what the first pass said about the same words and names in the *other* sentences of the
document, never its own first guess."""

from __future__ import annotations

from app.core.entities.document_features import Evidence, Reading, add, disagrees, document_features


def _reading(n: int, names: dict[int, tuple[float, str]], spans=()) -> Reading:
    p = [names.get(i, (0.0, None))[0] for i in range(n)]
    kinds = [names.get(i, (0.0, None))[1] for i in range(n)]
    return Reading(["O"] * n, p, kinds, list(spans))


SURE = ["מארק", "חלאסקו", "כתב", "ספר"]  # the first pass is sure of the name here
SURE_READING = _reading(4, {0: (0.95, "PER"), 1: (0.9, "PER")}, [(0, 2, "PER", 0.9)])
ALONE = ["וחלאסקו", "אמר", "כי", "חלאסקו"]  # and unsure of it here
ALONE_READING = _reading(4, {0: (0.1, "PER"), 3: (0.2, "PER")})


def _document(*sentences):
    evidence = Evidence()
    for tokens, reading in sentences:
        add(evidence, tokens, reading)
    return evidence


def test_a_sentence_hears_what_the_rest_of_the_document_says_of_its_words():
    evidence = _document((SURE, SURE_READING), (ALONE, ALONE_READING))
    feats = document_features(ALONE, ALONE_READING, evidence)
    # "חלאסקו" elsewhere: once sure (0.9, in SURE) and once unsure (0.1, as the stem of "וחלאסקו"
    # in this very sentence, which does not count): the sure one alone speaks
    assert "dw=4" in feats[3] and "dwt=PER4" in feats[3]
    # the prefixed form hears its clitic-less reading's evidence
    assert "ds=4" in feats[0] and "dst=PER4" in feats[0]
    # a name the first pass found elsewhere starts at the surname's mention here? only as a
    # one-word name: "מארק חלאסקו" needs both words, so nothing here
    assert not any(f.startswith("de") for f in feats[3])
    # the sure sentence hears the unsure mentions: the same surname is a name only 0.15 on average
    sure = document_features(SURE, SURE_READING, evidence)
    assert "dw=1" in sure[1]


def test_a_sentence_alone_hears_nothing_of_itself():
    evidence = _document((SURE, SURE_READING))
    assert document_features(SURE, SURE_READING, evidence) == [[], [], [], []]
    # and the evidence is left as it was
    assert evidence.forms["חלאסקו"][0] == 1


def test_a_name_found_elsewhere_is_marked_where_it_recurs_with_a_clitic():
    evidence = _document((SURE, SURE_READING), (["ומארק", "חלאסקו", "אמר"], _reading(3, {})))
    feats = document_features(["ומארק", "חלאסקו", "אמר"], _reading(3, {}), evidence)
    assert "deB=PER" in feats[0] and "deB=PER4" in feats[0]
    assert "deI=PER" in feats[1]
    assert not any(f.startswith("de") for f in feats[2])


def test_only_a_sentence_the_rest_of_the_document_contradicts_goes_to_the_second_pass():
    # "חלאסקו" unsure here (0.1, 0.2) and sure elsewhere (0.9): the second pass must weigh it
    evidence = _document((SURE, SURE_READING), (ALONE, ALONE_READING))
    assert disagrees(ALONE_READING, document_features(ALONE, ALONE_READING, evidence))
    # the same sentence when the document's other mention is as unsure as this one: nothing new
    other = ["חלאסקו", "שתק"]
    unsure = _reading(2, {0: (0.2, "PER")})
    evidence = _document((other, unsure), (ALONE, ALONE_READING))
    assert not disagrees(ALONE_READING, document_features(ALONE, ALONE_READING, evidence))
    # a name found elsewhere under another label than the first pass gives it here
    place = _reading(4, {0: (0.95, "GPE"), 1: (0.9, "GPE")}, [(0, 2, "GPE", 0.9)])
    evidence = _document((SURE, SURE_READING), (SURE, place))
    assert disagrees(place, document_features(SURE, place, evidence))
