"""The shipped lexicon: its file format round-trips, and the layer survives without it."""

import sys
from collections import Counter
from pathlib import Path

import pytest

from app.core.hebrew import lexicon as lexicon_module
from app.core.hebrew import prefixes
from app.core.hebrew.prefixes import normalize

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "tools"))
from build_hebrew_lexicon import reading  # noqa: E402
from hebrew_gold import gold_prefix  # noqa: E402


def test_vocabulary_file_round_trips(tmp_path):
    zipf = {"בית": 5.1, "ביתו": 4.2, "בית\"ר": 3.5, "ב": 6.0, "צה\"ל": 5.2, "וכו'": 4.0, "אבגדהוזחטיכלמנס": 2.0}
    path = tmp_path / "v.bin"
    lexicon_module.write_vocabulary(zipf, path)
    vocabulary = lexicon_module.read_vocabulary(path)
    assert vocabulary == zipf and dict(vocabulary) == zipf
    for unpacked in (False, True):  # looked up in the table, then all in a dict (batch workers)
        if unpacked:
            vocabulary.load_all()
        assert {w: vocabulary[w] for w in zipf} == zipf and vocabulary.get("בית") == 5.1
        for absent in ("בי", "ביתה", "אבגדהוזחטיכלמנסע", "hello", "", "ב\u05bcית"):  # shorter, longer, other script
            assert absent not in vocabulary and vocabulary.get(absent, -1.0) == -1.0


@pytest.mark.parametrize("damage", ["flip", "truncate", "empty"])
def test_a_damaged_vocabulary_is_refused_and_the_layer_degrades(tmp_path, monkeypatch, damage):
    """A flipped bit anywhere (the checksum), a cut file or an empty one: never a wrong frequency."""
    path = tmp_path / "v.bin"
    lexicon_module.write_vocabulary({"בית": 5.1, "ספר": 5.0}, path)
    data = bytearray(path.read_bytes())
    if damage == "flip":
        data[-1] ^= 0x01
    path.write_bytes(bytes(data[: len(data) // 2] if damage == "truncate" else b"" if damage == "empty" else data))
    with pytest.raises(ValueError):
        lexicon_module.read_vocabulary(path)
    monkeypatch.setattr(lexicon_module, "VOCABULARY", path)
    lexicon_module.reset()
    try:
        assert len(lexicon_module.lexicon().zipf) == 0
    finally:
        monkeypatch.undo()
        lexicon_module.reset()


def test_shipped_lexicon_is_compact_and_loaded():
    sizes = sum(p.stat().st_size for p in (lexicon_module.VOCABULARY, lexicon_module.MODEL))
    assert sizes < 2_000_000  # about 7 bytes a word form, looked up in place
    lex = lexicon_module.lexicon()
    assert len(lex.zipf) > 100_000 and set(lex.weights) >= {"ו", "ה", "ב", "ל", "מ", "ש"}


def _forget_lexicon() -> None:
    """The lexicon and what was worked out with it (tests swap its files)."""
    lexicon_module.reset()
    prefixes._segment.cache_clear()
    prefixes.normalize.cache_clear()


@pytest.fixture
def no_lexicon(monkeypatch, tmp_path):
    monkeypatch.setattr(lexicon_module, "VOCABULARY", tmp_path / "missing.bin")
    _forget_lexicon()
    yield
    monkeypatch.undo()
    _forget_lexicon()


def test_without_its_files_the_layer_works_and_strips_nothing_it_cannot_prove(no_lexicon):
    assert prefixes.segment("ובישראל") == ((), "ובישראל")
    assert prefixes.segment("ב-2019") == (("ב",), "2019")  # needs no lexicon
    assert prefixes.normalize("שָׁלוֹם") == "שלומ"


def test_gold_prefix_from_morphemes():
    assert gold_prefix("ובבית", ["ו", "ב", "ה", "בית"]) == "וב"  # the article after ב is unwritten
    assert gold_prefix("בהפגנה", ["ב", "ה_", "הפגנה"]) == "ב"
    assert gold_prefix("שהם", ["ש", "הם"]) == "ש"
    assert gold_prefix("להם", ["ל", "הם"]) == ""  # an inflected preposition is one word
    assert gold_prefix("שבו", ["ש", "ב", "הוא"]) == "ש"
    assert gold_prefix("משלהם", ["מ", "של", "הם"]) == "מ"
    assert gold_prefix("במכוניתו", ["ב", "מכונית_", "_של_", "_הוא"]) == "ב"
    assert gold_prefix('ל"הארץ', ["ל", '"', "ה", "ארץ"]) == 'ל"ה'
    assert gold_prefix("הבית", ["ה", "בית"]) == "ה"
    assert gold_prefix("בית", ["בית"]) == ""


def test_a_type_often_split_in_train_is_read_as_prefixed():
    """NEMO keeps במקום whole in 27 of 46 tokens where UD splits it: a split share this high wins."""
    assert reading(Counter({"": 27, "ב": 19})) == "ב"
    assert reading(Counter({"": 10, "ל": 1})) == ""  # לעולם: rarely split, stays whole
    assert reading(Counter({"": 15})) == ""
    assert reading(Counter({"ו": 3, "וה": 3})) == "ו"  # ties go to one fixed analysis


def test_common_words_count_with_their_article_and_preposition():
    assert normalize("השנה") == normalize("שנה")  # "this year" and "year" are one term
    assert normalize("במקום") == normalize("מקום")


@pytest.mark.parametrize("damage", [b"", b"TZVOCAB1truncated", None])
def test_a_damaged_or_missing_lexicon_is_reported_like_a_damaged_model(monkeypatch, tmp_path, damage):
    from app.core.analyze import Options, analyze

    vocabulary = tmp_path / "vocabulary.bin"
    if damage is not None:
        vocabulary.write_bytes(damage)
    monkeypatch.setattr(lexicon_module, "VOCABULARY", vocabulary)
    _forget_lexicon()
    try:
        a = analyze("ראש הממשלה נפגש היום עם השרים בירושלים ובתל אביב. הם דיברו על התקציב.", Options(entities=False))
        assert "vocabulary.bin" in a.lexicon_unavailable
        assert ("missing" if damage is None else "damaged") in a.lexicon_unavailable
        assert a.summary  # degraded, not broken
    finally:
        monkeypatch.undo()
        _forget_lexicon()
    assert analyze("ראש הממשלה נפגש היום עם השרים.", Options(entities=False)).lexicon_unavailable == ""


def test_the_cli_says_when_the_lexicon_is_damaged(tmp_path):
    import subprocess

    root = Path(__file__).resolve().parents[3]
    bad = tmp_path / "vocabulary.bin"
    bad.write_bytes(b"not a vocabulary")
    text = tmp_path / "a.txt"
    text.write_text("ראש הממשלה נפגש היום עם השרים בירושלים. הם דיברו על התקציב.\n", encoding="utf-8")
    code = (
        "import sys; from pathlib import Path; from app.core.hebrew import lexicon; "
        f"lexicon.VOCABULARY = Path({str(bad)!r}); from app.cli import run; "
        f"sys.exit(run([{str(text)!r}]))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=root, timeout=120)
    assert out.returncode == 0, out.stderr
    assert "tamtzit: Hebrew prefixes are not separated: vocabulary.bin is damaged" in out.stderr
    assert "Traceback" not in out.stderr
