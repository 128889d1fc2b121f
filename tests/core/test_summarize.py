"""Summaries as a reader meets them: which sentences, how many, in what order, how fast to change."""

from pathlib import Path

import pytest

from app.core.analyze import Cancelled, Options, analyze, summarize_analysis, summary_candidates, summary_units
from app.core.summarize import ALGORITHMS, default_count, resolve_count, summarize_scored

DATA = Path(__file__).resolve().parent.parent / "data"


def _article(name: str) -> str:
    return (DATA / "haaretz-dev" / f"{name}.txt").read_text(encoding="utf-8")


@pytest.mark.parametrize("algorithm", ALGORITHMS)
def test_only_body_sentences_of_four_words_or_more(seed_text, algorithm):
    a = analyze(seed_text, Options(algorithm=algorithm, ratio=1.0))
    chosen = [i.sentence for i in a.summary]
    assert chosen == sorted(chosen)
    assert len(chosen) >= 10
    for i in chosen:
        assert a.sentences[i].role == "body"
        assert len(a.sentence_text(i).split()) >= 4
    texts = a.summary_texts()
    assert not any("בווידאו" in t or "לקריאה נוספת" in t for t in texts)
    assert not any(t.startswith(("לראשונה מאז", "השניים ייפגשו")) for t in texts)


@pytest.mark.parametrize("algorithm", ALGORITHMS)
def test_no_repeated_or_near_repeated_sentence(algorithm):
    body = _article("14")
    a = analyze(body, Options(entities=False))
    best = a.summary_texts()[0]
    echo = best.rstrip(".") + " כך נמסר."  # the same sentence with a tail, as agencies repeat leads
    text = body + "\n" + best + " " + echo + "\n" + _article("3")
    a = analyze(text, Options(algorithm=algorithm, ratio=1.0, entities=False))
    texts = a.summary_texts()
    assert texts.count(best) <= 1
    assert (best in texts) + (echo in texts) == 1  # one of the two, never both
    copies = [i for i in range(len(a.sentences)) if a.sentence_text(i) == best]
    assert len(copies) == 2 and a.scores[copies[1]] == 0.0


@pytest.mark.parametrize("algorithm", ALGORITHMS)
def test_scores_shade_every_candidate_and_rank_the_summary_first(algorithm):
    a = analyze(_article("12_5"), Options(algorithm=algorithm, sentences=4, entities=False))
    pool = summary_units(a) if ALGORITHMS[algorithm].sumy else [(i, i) for i in summary_candidates(a)]
    candidates = {i for first, last in pool for i in range(first, last + 1)}  # a unit's sentences share its shade
    assert len(a.scores) == len(a.sentences)
    assert all(0.0 <= s <= 1.0 for s in a.scores)
    assert all(a.scores[i] == 0.0 for i in range(len(a.sentences)) if i not in candidates)
    spans = [(i.sentence, i.sentence if i.last is None else i.last) for i in a.summary]
    chosen = {i for first, last in spans for i in range(first, last + 1)}
    assert all(a.scores[i] == item.score for item, (f, l) in zip(a.summary, spans) for i in range(f, l + 1))
    assert min(a.scores[i] for i in chosen) >= max(a.scores[i] for i in candidates - chosen)
    assert max(a.scores) == 1.0


def test_edmundson_favours_sentences_sharing_the_title_words():
    a = analyze(_article("12_5"), Options(entities=False))
    texts = [a.sentence_text(i) for i in summary_candidates(a)]
    for target in (3, len(texts) // 2, len(texts) - 3):
        picked = summarize_scored(texts, 1, "edmundson", title=texts[target]).items
        assert [p.sentence for p in picked] == [target]


def test_lead_takes_the_opening_sentences(seed_text):
    a = analyze(seed_text, Options(algorithm="lead", sentences=3))
    body = summary_candidates(a)
    assert [i.sentence for i in a.summary] == body[:3]


def test_length_by_sentences_share_or_default():
    assert resolve_count(40, 7, None) == 7
    assert resolve_count(40, None, 0.25) == 10
    assert resolve_count(3, 10, None) == 3
    assert resolve_count(40, None, 0.001) == 1
    assert default_count(9) < default_count(100) < default_count(10_000) == 20
    a = analyze(_article("12_5"), Options(ratio=0.5, entities=False))
    assert len(a.summary) == round(len(summary_candidates(a)) * 0.5)


def test_changing_algorithm_or_length_reuses_the_words():
    a = analyze(_article("14"), Options(entities=False))
    a = summarize_analysis(a, Options(algorithm="lexrank"))  # the sumy methods' units, counted once too
    terms = {False: a.summary_cache["terms"], True: a.summary_cache["units"]["terms"]}
    for algorithm in ALGORITHMS:
        for length in (2, 5):
            options = Options(algorithm=algorithm, sentences=length)
            again = summarize_analysis(a, options)
            sumy = ALGORITHMS[algorithm].sumy
            assert (again.summary_cache["units"] if sumy else again.summary_cache)["terms"] is terms[sumy]
            fresh = analyze(_article("14"), Options(algorithm=algorithm, sentences=length, entities=False))
            assert again.summary == fresh.summary and again.scores == fresh.scores
            assert again.algorithm == algorithm


def test_resummarizing_returns_a_new_analysis_and_leaves_the_shown_one_alone():
    a = analyze(_article("14"), Options(algorithm="lexrank", entities=False))
    summary, scores, cached = list(a.summary), list(a.scores), dict(a.summary_cache)
    units = dict(a.summary_cache["units"])
    other = summarize_analysis(a, Options(algorithm="luhn", sentences=2))
    assert other is not a and other.algorithm == "luhn" and len(other.summary) == 2
    assert a.summary == summary and a.scores == scores and a.algorithm == "lexrank"
    assert a.summary_cache == cached and a.summary_cache["units"] == units
    assert len(other.summary_cache["units"]) > len(units)  # luhn's ratings


def _long_text() -> str:
    return "\n".join(_article(n) for n in ("12_5", "14", "3", "8_2", "13_7"))


def test_summary_reports_progress_and_can_be_cancelled_part_way():
    stages: list[tuple[float, str]] = []
    analyze(_long_text(), Options(algorithm="textrank", entities=False), lambda f, s: stages.append((f, s)))
    summary = [f for f, s in stages if s == "summarize"]
    assert len(summary) >= 5 and summary == sorted(summary)
    assert 0.4 <= summary[0] and summary[-1] <= 0.8

    class StopInSummary:
        def __init__(self) -> None:
            self.calls = 0

        def is_set(self) -> bool:
            self.calls += 1
            return self.calls > 4  # past clean, segment and the first summary ticks

    token = StopInSummary()
    seen: list[str] = []
    with pytest.raises(Cancelled):
        analyze(_long_text(), Options(entities=False), lambda f, s: seen.append(s), token)
    assert seen[-1] == "summarize"


def test_unknown_algorithm_and_empty_input():
    with pytest.raises(ValueError):
        summarize_scored(["משפט אחד של ארבע מילים"], 1, "textrankk")
    assert summarize_scored([], 3).items == []
    a = analyze("קצר.\nגם זה.")
    assert a.summary == [] and a.scores == [0.0, 0.0]


def test_books_are_cut_into_blocks_without_changing_the_ratings(monkeypatch):
    import numpy as np

    from app.core.summarize import graph, rate

    a = analyze(_long_text(), Options(entities=False))
    texts = [a.sentence_text(i) for i in summary_candidates(a)]
    whole = {m: rate(texts, m) for m in ("lexrank", "textrank", "reduction")}
    blocks = []
    monkeypatch.setattr(graph, "_BLOCK_NONZEROS", 300)
    ticks = lambda f: blocks.append(f)  # noqa: E731
    for method, expected in whole.items():
        assert np.allclose(rate(texts, method, tick=ticks), expected, rtol=1e-12, atol=0)
    assert len(blocks) > 30


def test_a_noun_after_the_article_is_no_stop_word_even_if_spelt_like_one():
    from app.core.summarize.terms import is_stop

    # העם "the people" is not עם "with", השם "the name" not שם "there"; prefixed function words stay stop
    for w in ["העם", "השם", "השאלה", "בשפה"]:
        assert not is_stop(w), w
    for w in ["ולא", "שבה", "והם", "הזה", "הזו", "בזה", "מהם"]:
        assert is_stop(w), w
