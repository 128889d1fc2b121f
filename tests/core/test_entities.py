"""The shipped NER model on real text: the seed article (resources/samples) and short sentences."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.core.analyze import analyze
from app.core.document import Span
from app.core.entities import find_entities, group_entities
from app.core.entities.model import load_model

SAMPLE = Path(__file__).resolve().parents[2] / "resources" / "samples" / "seed-netanyahu-putin.txt"


@pytest.fixture(scope="module")
def seed() -> str:
    return SAMPLE.read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def seed_entities(seed):
    return find_entities(seed)


def _found(text: str) -> set[tuple[str, str]]:
    return {(e.text, e.label) for e in find_entities(text)}


def test_offsets_point_into_the_text_given(seed, seed_entities):
    assert seed_entities
    for e in seed_entities:
        assert e.text == seed[e.start : e.end]
    starts = [e.start for e in seed_entities]
    assert starts == sorted(starts)
    assert all(a.end <= b.start for a, b in zip(seed_entities, seed_entities[1:]))


def test_seed_article_people_places_and_date(seed_entities):
    found = {(e.text, e.label) for e in seed_entities}
    for expected in [("נתניהו", "PER"), ("בנימין נתניהו", "PER"), ("רוסיה", "GPE"), ("סוריה", "GPE"),
                     ("ארצות הברית", "GPE"), ("21 בפברואר", "DATE")]:
        assert expected in found, expected
    # clitic prefixes are left out of the span: "במוסקבה", "לישראל" name Moscow and Israel
    texts = {e.text for e in seed_entities}
    assert "מוסקבה" in texts and "במוסקבה" not in texts


def test_seed_article_groups_netanyahu_under_his_full_name(seed, seed_entities):
    groups = group_entities(seed, seed_entities)
    netanyahu = [g for g in groups if "נתניהו" in g.name and g.label == "PER"]
    assert len(netanyahu) == 1
    group = netanyahu[0]
    assert group.name == "בנימין נתניהו"
    assert group.count >= 10
    assert all("נתניהו" in seed_entities[i].text for i in group.mentions)
    assert groups[0].count >= groups[-1].count


def test_seed_article_putin_is_a_person_and_the_kremlin_is_not(seed, seed_entities):
    putin = [e for e in seed_entities if "פוטין" in e.text]
    # "נשיא רוסיה ולדימיר פוטין", "הנשיא פוטין", "נתניהו ופוטין", "לפוטין" ...
    assert len(putin) >= 6 and all(e.label == "PER" for e in putin)
    assert any(e.text == "ולדימיר פוטין" for e in putin)
    kremlin = [e for e in seed_entities if "קרמלין" in e.text]
    assert kremlin and all(e.label in ("FAC", "ORG") for e in kremlin)  # NEMO tags "הקרמלין" FAC
    groups = group_entities(seed, seed_entities)
    assert any(g.label == "PER" and "פוטין" in g.name and g.count >= 6 for g in groups)
    assert not any(g.label == "PER" and "קרמלין" in g.name for g in groups)


def test_seed_article_finds_the_american_president(seed_entities):
    # "נשיא ארצות הברית דונלד טראמפ": the holder of a country's office, named after it
    assert ("דונלד טראמפ", "PER") in {(e.text, e.label) for e in seed_entities}


def test_seed_article_idf_group_is_named_without_the_clitic_of_its_spokesman(seed, seed_entities):
    groups = group_entities(seed, seed_entities)
    [idf] = [g for g in groups if "צה\"ל" in g.name]
    assert idf.label == "ORG" and idf.name == "צה\"ל" and idf.count >= 4
    # "מדובר צה\"ל" is "מ|דובר צה\"ל": the spokesman, from whom it was reported
    assert not any(e.text.startswith("מדובר") for e in seed_entities)


def test_hebrew_gershayim_and_typographic_quotes_map_back_to_the_original():
    text = "ארה״ב ורוסיה הגיעו להסכם, הודיע צה״ל. ראש הממשלה בנימין נתניהו אמר ל“הארץ” כי יגיע."
    ents = find_entities(text)
    assert all(e.text == text[e.start : e.end] for e in ents)
    found = {(e.text, e.label) for e in ents}
    assert ("ארה״ב", "GPE") in found
    assert ("צה״ל", "ORG") in found
    assert ("בנימין נתניהו", "PER") in found


def test_excluded_spans_are_left_out(seed, seed_entities):
    first = seed_entities[0]
    kept = find_entities(seed, exclude=[Span(first.start, first.end)])
    assert first not in kept
    assert len(kept) == len(seed_entities) - 1


def test_analysis_carries_entities_and_groups(seed):
    analysis = analyze(seed)
    assert analysis.entities and analysis.groups
    mentioned = sorted(i for g in analysis.groups for i in g.mentions)
    assert mentioned == list(range(len(analysis.entities)))


@pytest.mark.parametrize("text", ["", "   \n", "Hello world, this is English text by Google.", "!!! ??? …", "ב" * 5000])
def test_odd_input_gives_a_list_and_no_crash(text):
    ents = find_entities(text)
    assert all(e.text == text[e.start : e.end] for e in ents)


def test_the_model_is_loaded_once(monkeypatch):
    """Every call of find_entities shares one model: loading it costs ~0.3 s and its memory."""
    from app.core.entities import model

    made = []

    class Counted(model.Model):
        def __init__(self, *args, **kwargs):
            made.append(1)
            super().__init__(*args, **kwargs)

    monkeypatch.setattr(model, "Model", Counted)
    model.load_model.cache_clear()
    try:
        find_entities("בנימין נתניהו נפגש היום עם ולדימיר פוטין בקרמלין.")
        find_entities("נתניהו חזר לירושלים.")
        assert len(made) == 1
    finally:
        model.load_model.cache_clear()


def test_a_rare_name_is_split_from_its_prefix_as_the_document_writes_it():
    prefixes = load_model().prefixes_of([["הארקין", "אמר", "כי", "והארקין", "ובוסקה", "בוסקה"]])
    assert prefixes.base("והארקין", "PER") == "הארקין"
    assert prefixes.base("בוסקה", "PER") == "בוסקה"
    assert prefixes.base("ובוסקה", "PER") == "בוסקה"
    # the article stays in the name, as NEMO writes "הכנסת"
    assert load_model().prefixes_of([["כנסת", "הכנסת"]]).base("הכנסת", "ORG") == "הכנסת"


@pytest.fixture
def model_dir(tmp_path, monkeypatch):
    """A copy of the shipped model files that a test may damage; the real model again afterwards."""
    import shutil

    from app.core.entities import model

    for f in model.MODEL_DIR.iterdir():
        shutil.copy(f, tmp_path)
    monkeypatch.setattr(model, "MODEL_DIR", tmp_path)
    model.load_model.cache_clear()
    yield tmp_path
    model.load_model.cache_clear()


def test_without_the_model_the_summary_still_comes_and_names_return_once_repaired(model_dir, seed):
    kept = (model_dir / "ner.crfsuite").read_bytes()
    (model_dir / "ner.crfsuite").unlink()
    broken = analyze(seed)
    assert broken.summary  # the automatic length: 1-2 sentences for a news item
    assert "ner.crfsuite" in broken.entities_unavailable
    # no names, but the dates found by rule are still there
    assert {e.label for e in broken.entities} <= {"DATE", "TIME", "MONEY", "PERCENT"}
    assert ("21 בפברואר", "DATE") in {(e.text, e.label) for e in broken.entities}
    (model_dir / "ner.crfsuite").write_bytes(kept)
    repaired = analyze(seed)
    assert broken.summary == repaired.summary  # the names' model has no say in the summary
    assert repaired.entities_unavailable == "" and ("פוטין", "PER") in {(e.text, e.label) for e in repaired.entities}


@pytest.mark.parametrize("name", ["ner.crfsuite", "ner-prefix.crfsuite", "ner-lexicon.txt"])
def test_a_truncated_model_file_is_refused_with_a_message_not_a_crash(model_dir, name):
    import subprocess
    import sys

    path = model_dir / name
    path.write_bytes(path.read_bytes()[:1000])
    # in a child process: crfsuite itself ends the process with a segmentation fault on such a file
    code = (
        "from pathlib import Path; from app.core.entities import model; "
        f"model.MODEL_DIR = Path({str(model_dir)!r}); from app.core.analyze import analyze; "
        f"a = analyze(Path({str(SAMPLE)!r}).read_text(encoding='utf-8')); "
        "print(len(a.summary), sum(e.label == 'PER' for e in a.entities), a.entities_unavailable)"
    )
    root = Path(__file__).resolve().parents[2]
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=root, timeout=120)
    assert out.returncode == 0, out.stderr
    summary, people, reason = out.stdout.split(maxsplit=2)
    assert int(summary) >= 1 and int(people) == 0
    assert name in reason
