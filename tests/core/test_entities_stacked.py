"""A model trained with the "document" group (a second CRF pass over document features) reads the
whole document with its first CRF before the second decides; one trained without it does not."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from app.core.entities import features
from app.core.entities.document_features import Evidence
from app.core.entities.model import DOCUMENT_FILE, Model
from app.core.entities.tagging import Settings, tag_text

ROOT = Path(__file__).resolve().parents[2]


def _train(out: Path, monkeypatch, groups: frozenset[str]) -> Model:
    pytest.importorskip("pycrfsuite")
    monkeypatch.syspath_prepend(str(ROOT / "tools"))
    import train_ner
    from tools.ner_corpus import GoldSentence

    monkeypatch.setattr(features, "EXTRAS", groups)
    monkeypatch.setattr(train_ner, "latin_lexicon", lambda: {})
    names = ["מארק חלאסקו", "דנה לוי", "יוסי כהן", "רות ברק"]
    sentences = []
    for name in names * 3:
        first, last = name.split()
        sentences.append(GoldSentence([first, last, "כתב", "ספר", "."], ["B-PER", "E-PER", "O", "O", "O"], [0] * 5))
        sentences.append(GoldSentence(["אתמול", "אמר", last, "כי", "."], ["O", "O", "S-PER", "O", "O"], [0] * 5))
    train_ner.build_model(out, sentences, [], [], (), iterations=10, settings=Settings())
    return Model(out)


class _Watch:
    def __init__(self, model: Model) -> None:
        self.model, self.evidence = model, []

    def __getattr__(self, name):
        return getattr(self.model, name)

    def crf_spans(self, tokens, heads=False, *evidence):
        self.evidence.append(evidence)
        return self.model.crf_spans(tokens, heads, *evidence)


def test_a_stacked_model_decides_with_what_the_whole_document_says(tmp_path, monkeypatch):
    model = _train(tmp_path, monkeypatch, frozenset({"clitics", "document"}))
    assert (tmp_path / DOCUMENT_FILE).exists() and model.stacked
    watch = _Watch(model)
    found = tag_text("דנה לוי כתב ספר .\nאתמול אמר לוי כי .", watch, Settings())
    assert len(watch.evidence) == 2 and all(isinstance(e[0], Evidence) for e in watch.evidence)
    # one document: both sentences were read before either was decided
    assert watch.evidence[0][0] is watch.evidence[1][0] and len(watch.evidence[0][0].readings) == 2
    assert all(label == "PER" for _, _, label, _ in found)


def test_a_model_without_the_group_tags_sentence_by_sentence(tmp_path, monkeypatch):
    model = _train(tmp_path, monkeypatch, frozenset({"clitics"}))
    assert not (tmp_path / DOCUMENT_FILE).exists() and not model.stacked
    watch = _Watch(model)
    tag_text("דנה לוי כתב ספר .", watch, Settings())
    assert watch.evidence == [()]


class _Counting:
    """A crfsuite tagger that counts the sentences it is given."""

    def __init__(self, tagger) -> None:
        self.tagger, self.sentences = tagger, 0

    def set(self, xseq):
        self.sentences += 1
        return self.tagger.set(xseq)

    def __getattr__(self, name):
        return getattr(self.tagger, name)


def test_a_gated_model_asks_the_second_pass_only_where_the_document_disagrees(tmp_path, monkeypatch):
    model = _train(tmp_path, monkeypatch, frozenset({"clitics", "document"}))
    text = "דנה לוי כתב ספר .\nאתמול אמר לוי כי .\nרות ברק כתב ספר ."
    ungated = tag_text(text, model, Settings(propagate=False))
    model._second = second = _Counting(model._second)
    model.gate = True
    gated = tag_text(text, model, Settings(propagate=False))
    # "לוי" is a name in both of its sentences, as sure in each: nothing there is new to either
    # sentence, and "רות ברק" occurs once; no sentence needs the second pass
    assert second.sentences == 0
    assert [label for *_, label, _ in gated] == [label for *_, label, _ in ungated] == ["PER"] * 3
