"""The pieces of the entity tagger that need no model: corpus readers, BIOES, rules, grouping."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from app.core.document import Entity
from app.core.entities import group_entities
from app.core.entities.bioes import bioes_spans, span_tags
from tools.ner_corpus import NEMO_LABELS, read_nemo, read_ud_documents, read_ud_entities, score
from app.core.entities.features import stems
from app.core.entities.rules import _PATTERNS, _WINDOW, rule_entities, windowed_finditer
from app.core.entities.tokens import tokenize

ROOT = Path(__file__).resolve().parents[2]


def _rules(text: str) -> list[tuple[str, str]]:
    return [(text[a:b], label) for a, b, label in rule_entities(text)]


def test_tokens_fold_hebrew_punctuation_and_keep_original_offsets():
    text = "יו״ר הוועדה אמר ל“הארץ”: ב–21 בפברואר"
    tokens, spans = tokenize(text)
    assert tokens[:2] == ['יו"ר', "הוועדה"]
    assert 'ל"הארץ' in tokens  # NEMO keeps a clitic on its quoted word
    assert all(len(text[a:b]) == len(t) for t, (a, b) in zip(tokens, spans))
    assert [text[a:b] for a, b in spans][0] == "יו״ר"


def test_stems_strip_clitic_prefixes():
    assert "ירושלים" in stems("ובירושלים")
    assert "הארץ" in stems('ל"הארץ')
    assert stems("לב") == ()  # nothing left to be a stem


def test_bioes_spans_round_trip_and_tolerate_broken_runs():
    tags = ["O", *span_tags(3, "ORG"), "S-PER", "I-GPE", "E-GPE"]
    assert bioes_spans(tags) == [(1, 4, "ORG"), (4, 5, "PER"), (5, 7, "GPE")]


def test_rules_find_dates_times_money_percentages_without_prefix():
    assert _rules("ייפגש עם פוטין ב-21 בפברואר במוסקבה") == [("21 בפברואר", "DATE")]
    assert _rules("בנובמבר 2018 ובשנת 1999") == [("נובמבר 2018", "DATE"), ("1999", "DATE")]
    assert _rules("בשעה 16:30 הגיע") == [("16:30", "TIME")]
    assert _rules("עלה ב-5 מיליון דולר וכ-1,200 ש״ח") == [("5 מיליון דולר", "MONEY"), ("1,200 ש״ח", "MONEY")]
    assert _rules("ירד ב-3.5% ועלה ב-20 אחוזים") == [("3.5%", "PERCENT"), ("20 אחוזים", "PERCENT")]
    # a bare number is not a year, and "אב" without a day is a father
    assert _rules("2001 אנשים, אב ובנו") == []


def _entities(text: str, forms: list[tuple[str, str]]) -> list[Entity]:
    out, pos = [], 0
    for form, label in forms:
        a = text.index(form, pos)
        out.append(Entity(a, a + len(form), label, form))
        pos = a + len(form)
    return out


def test_windowed_search_finds_exactly_what_one_whole_text_search_finds():
    # real prose with dates, times and amounts scattered so that matches straddle window edges
    folder = Path(__file__).resolve().parents[1] / "data" / "haaretz-dev"
    prose = " ".join(p.read_text(encoding="utf-8") for p in sorted(folder.glob("*.txt")))
    pieces = ["ב-21 בפברואר 2019", "בשעה 16:30 בערב", "1,200 ש\"ח", "כ-30%", "מאז 1948", "12.5.2020"]
    text, k = "", 0
    while len(text) < 6 * _WINDOW:
        text += prose[k % 997 : k % 997 + 1500 + 37 * k] + " " + pieces[k % len(pieces)] + " "
        k += 1
    for shift in range(0, 40, 3):  # every piece lands across some window edge at some shift
        shifted = "א" * shift + text
        for _label, pattern in _PATTERNS:
            whole = [m.span("x") for m in pattern.finditer(shifted)]
            assert [m.span("x") for m in windowed_finditer(pattern, shifted)] == whole
    assert len(rule_entities(text)) >= k


def test_grouping_joins_a_name_with_its_fuller_forms():
    text = "ראש הממשלה בנימין נתניהו נפגש עם פוטין. לנתניהו אמר פוטין כי נתניהו ובנימין נתניהו ירצו."
    ents = _entities(
        text,
        [("בנימין נתניהו", "PER"), ("פוטין", "PER"), ("נתניהו", "PER"), ("פוטין", "PER"),
         ("נתניהו", "PER"), ("בנימין נתניהו", "PER")],
    )
    groups = group_entities(text, ents)
    assert [(g.name, g.label, g.count) for g in groups] == [("בנימין נתניהו", "PER", 4), ("פוטין", "PER", 2)]
    assert groups[0].mentions == (0, 2, 4, 5)


def test_grouping_keeps_an_ambiguous_short_form_and_other_labels_apart():
    text = "משה כהן ודני כהן הגיעו. כהן אמר. משטרת ישראל בישראל."
    ents = _entities(
        text,
        [("משה כהן", "PER"), ("דני כהן", "PER"), ("כהן", "PER"), ("משטרת ישראל", "ORG"), ("ישראל", "GPE")],
    )
    names = sorted((g.name, g.count) for g in group_entities(text, ents))
    assert names == [("דני כהן", 1), ("ישראל", 1), ("כהן", 1), ("משה כהן", 1), ("משטרת ישראל", 1)]


def test_grouping_names_an_organisation_by_its_commonest_form_and_restores_the_article():
    text = "צה\"ל אישר. מדובר צה\"ל נמסר כי צה\"ל מזהיר. מהקרמלין נמסר, ובקרמלין שתקו."
    ents = _entities(
        text,
        [("צה\"ל", "ORG"), ("דובר צה\"ל", "ORG"), ("צה\"ל", "ORG"), ("הקרמלין", "FAC"), ("קרמלין", "FAC")],
    )
    groups = [(g.name, g.label, g.count) for g in group_entities(text, ents)]
    # "דובר צה\"ל" joins the IDF's group, which the text mostly calls "צה\"ל"; "ב|קרמלין" is
    # "ב|ה|קרמלין" with the article unwritten
    assert groups == [("צה\"ל", "ORG", 3), ("הקרמלין", "FAC", 2)]


def test_grouping_puts_a_name_whose_article_a_prefix_hid_with_its_article_form():
    # the panel lists one "הבית הלבן", whichever label the model gave each mention; the mention
    # itself stays "בית הלבן" inside "בבית הלבן", as the text writes it
    text = "הנשיא ביקר אתמול בבית הלבן. בערב הבית הלבן מסר כי הפגישה הייתה טובה."
    ents = _entities(text, [("בית הלבן", "FAC"), ("הבית הלבן", "ORG")])
    assert [(g.name, g.count) for g in group_entities(text, ents)] == [("הבית הלבן", 2)]
    assert ents[0].text == "בית הלבן"


def test_a_name_written_only_after_a_prefix_is_listed_with_its_hidden_article():
    # "באוניברסיטה העברית": a noun ending in ה is not bound to the next word, so the article is
    # hidden; "באוניברסיטת חיפה" (bound), "בבית הלבן" (either) and a person or town keep their form
    text = (
        "היא לימדה באוניברסיטה העברית ובאוניברסיטת חיפה, ישבה בבית הלבן, הודתה ליהודה הלוי "
        "ואחר כך נסעה לגדה המערבית ולעפולה העילית."
    )
    ents = _entities(
        text,
        [("אוניברסיטה העברית", "ORG"), ("אוניברסיטת חיפה", "ORG"), ("בית הלבן", "FAC"),
         ("יהודה הלוי", "PER"), ("גדה המערבית", "LOC"), ("עפולה העילית", "GPE")],
    )
    names = [g.name for g in group_entities(text, ents)]
    assert names == ["האוניברסיטה העברית", "אוניברסיטת חיפה", "בית הלבן", "יהודה הלוי", "הגדה המערבית", "עפולה העילית"]
    assert [e.text for e in ents][0] == "אוניברסיטה העברית"  # the mention is what the text writes


def test_grouping_restores_the_article_a_prefix_hid_before_a_word_of_its_own_he():
    # "ב|הסתדרות" is "in the Histadrut": the word's own ה is no article, the hidden one is
    text = "נציגי ההסתדרות הגיעו. בהסתדרות אמרו כי ההסתדרות תכריז שביתה, ולהסתדרות יש תוכנית."
    ents = _entities(
        text, [("ההסתדרות", "ORG"), ("הסתדרות", "ORG"), ("ההסתדרות", "ORG"), ("הסתדרות", "ORG")]
    )
    assert [(g.name, g.label, g.count) for g in group_entities(text, ents)] == [("ההסתדרות", "ORG", 4)]
    # without a ב, ל or כ before it the word is the text's own form and stays apart
    text = "הסתדרות המורים והסתדרות. ההסתדרות הגיבה."
    ents = _entities(text, [("הסתדרות", "ORG"), ("ההסתדרות", "ORG")])
    assert sorted(g.name for g in group_entities(text, ents)) == ["ההסתדרות", "הסתדרות"]


def test_lexicon_triggers_mark_the_words_after_a_title():
    from app.core.entities.features import triggers_before

    marks = triggers_before(["עם", "הנשיא", "פוטין", "מיד", "לאחר", "ולשר", "כהן"], {"הנשיא": "PER", "שר": "PER|ORG"})
    assert marks[2] == ["tr1=PER"] and marks[3] == ["tr2=PER"] and marks[4] == ["tr3=PER"]
    assert marks[6] == ["tr1=PER", "tr1=ORG"]  # "ו|ל|שר": a title with clitics is still a title
    assert marks[0] == marks[1] == []


def test_a_recurring_rare_word_after_a_title_is_a_name_and_takes_its_first_name():
    from app.core.entities.consistency import titled_names, with_first_names

    doc = [["עם", "הנשיא", "פוטין", "היום"], ["נתניהו", "ופוטין"], ["לפוטין", "אמר"], ["הנשיא", "נתפסת"]]
    tags = [["O"] * len(s) for s in doc]
    freq = {"עם": 7, "היום": 7, "אמר": 6}
    out = titled_names(doc, tags, {"הנשיא": "PER"}, freq)
    assert out[0] == ["O", "O", "S-PER", "O"]  # "היום" is an everyday word
    assert out[3] == ["O", "O"]  # "נתפסת" after a title, but only once in the document
    named = with_first_names([["נשיא", "ולדימיר", "פוטין"]], [["O", "O", "S-PER"]], {"ולדימיר"}.__contains__)
    assert named == [["O", "B-PER", "E-PER"]]


def test_read_nemo_finds_where_the_entity_starts_inside_a_prefixed_token(tmp_path):
    (tmp_path / "token-single_gold_dev.bmes").write_text("גר O\nובירושלים S-GPE\nבכנסת S-ORG\n\n", encoding="utf-8")
    (tmp_path / "token-multi_gold_dev.bmes").write_text(
        "גר O\nובירושלים O^O^S-GPE\nבכנסת O^B-ORG^E-ORG\n\n", encoding="utf-8"
    )
    (tmp_path / "morph_gold_dev.bmes").write_text(
        "גר O\nו O\nב O\nירושלים S-GPE\nב O\nה B-ORG\nכנסת E-ORG\n\n", encoding="utf-8"
    )
    [s] = read_nemo(tmp_path, "dev")
    assert s.tokens == ["גר", "ובירושלים", "בכנסת"]
    assert s.strips == [0, 2, 1]  # the article of "ב|ה|כנסת" is not written


def test_read_ud_entities_gives_character_spans(tmp_path):
    path = tmp_path / "x.conllu"
    path.write_text(
        "# newpar\n# text = גר בגרמניה.\n"
        "1\tגר\tגר\tVERB\tVERB\t_\t0\troot\t_\t_\n"
        "2-3\tבגרמניה\t_\t_\t_\t_\t_\t_\t_\tSpaceAfter=No\n"
        "2\tב\tב\tADP\tADP\t_\t3\tcase\t_\tEntity=(GPE\n"
        "3\tגרמניה\tגרמניה\tPROPN\tPROPN\t_\t1\tobl\t_\tEntity=GPE)\n"
        "4\t.\t.\tPUNCT\tPUNCT\t_\t1\tpunct\t_\t_\n\n",
        encoding="utf-8",
    )
    [p] = read_ud_entities(path)
    assert [(p.text[a:b], label) for a, b, label in p.spans] == [("בגרמניה", "GPE")]


def test_read_ud_documents_gives_training_sentences_per_document(tmp_path):
    """IAHLTwiki as training data: one list per document; of nested names the outermost of our
    labels (a GPE inside a MISC kept, TIMEX dropped); a preposition the span took in ("ב|גרמניה")
    is counted as a prefix letter, as NEMO counts it."""
    path = tmp_path / "x.conllu"
    path.write_text(
        "# newdoc id = a\n# newpar\n# text = גר בגרמניה.\n"
        "1\tגר\tגר\tVERB\tVERB\t_\t0\troot\t_\t_\n"
        "2-3\tבגרמניה\t_\t_\t_\t_\t_\t_\t_\tSpaceAfter=No\n"
        "2\tב\tב\tADP\tADP\t_\t3\tcase\t_\tEntity=(GPE\n"
        "3\tגרמניה\tגרמניה\tPROPN\tPROPN\t_\t1\tobl\t_\tEntity=GPE)\n"
        "4\t.\t.\tPUNCT\tPUNCT\t_\t1\tpunct\t_\t_\n\n"
        "# newdoc id = b\n# text = שער שכם ופרס נובל אתמול\n"
        "1\tשער\tשער\tPROPN\tPROPN\t_\t0\troot\t_\tEntity=(FAC\n"
        "2\tשכם\tשכם\tPROPN\tPROPN\t_\t1\tcompound\t_\tEntity=(GPE)FAC)\n"
        "3-4\tופרס\t_\t_\t_\t_\t_\t_\t_\t_\n"
        "3\tו\tו\tCCONJ\tCCONJ\t_\t4\tcc\t_\tEntity=(MISC\n"
        "4\tפרס\tפרס\tNOUN\tNOUN\t_\t1\tconj\t_\t_\n"
        "5\tנובל\tנובל\tPROPN\tPROPN\t_\t4\tcompound\t_\tEntity=(PER)MISC)\n"
        "6\tאתמול\tאתמול\tADV\tADV\t_\t1\tadvmod\t_\tEntity=(TIMEX)\n\n",
        encoding="utf-8",
    )
    first, second = read_ud_documents(path, NEMO_LABELS)
    [s] = first
    assert s.tokens == ["גר", "בגרמניה", "."] and s.tags == ["O", "S-GPE", "O"] and s.strips == [0, 1, 0]
    [s] = second
    assert s.tags == ["B-FAC", "E-FAC", "O", "S-PER", "O"]
    # the benchmark's gold keeps whole tokens and every span
    wiki = read_ud_entities(path)
    assert [p.doc for p in wiki] == [0, 1]
    assert sorted((wiki[1].text[a:b], label) for a, b, label in wiki[1].spans) == sorted([
        ("אתמול", "TIMEX"), ("נובל", "PER"), ("ופרס נובל", "MISC"), ("שכם", "GPE"), ("שער שכם", "FAC"),
    ])


def test_score_counts_exact_matches_only():
    gold = [{(0, 2, "PER"), (3, 4, "GPE")}]
    pred = [{(0, 2, "PER"), (3, 5, "GPE")}]
    s = score(gold, pred)
    assert s["PER"][2] == 1.0 and s["GPE"][2] == 0.0 and s["ALL"][:2] == (0.5, 0.5)


def test_importing_the_package_does_not_load_the_model():
    code = "import sys, app.core.entities; print('pycrfsuite' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, check=True)
    assert out.stdout.strip() == "False"


def test_lexicon_file_round_trips(tmp_path):
    from app.core.entities.features import Gazetteer
    from app.core.entities.model import NameLexicon, read_lexicon, write_lexicon

    lex = NameLexicon(
        Gazetteer({"ארצות הברית": "GPE", "עברית": "ANG"}, {"משה": "first", "כהן": "first|last"}),
        {"ירושלים": 12, "אב": 1},
        Gazetteer({"משרד החוץ": "ORG"}, mark="t"),
        {"שלום": 6, "אבא": 5},
        {"השר": "PER", "משרד": "ORG|GPE"},
    )
    write_lexicon(lex, tmp_path / "lex.txt")
    back = read_lexicon(tmp_path / "lex.txt")
    assert back.gazetteer.phrases == lex.gazetteer.phrases
    assert dict(back.gazetteer.words.items()) == lex.gazetteer.words
    assert back.vocab.get("ירושלים") == 12 and back.vocab.get("ירושל") is None
    assert back.freq.get("אבא") == 5 and "אב" not in back.freq
    assert back.seen.phrases == {"משרד החוץ": "ORG"} and back.seen.mark == "t"
    assert back.triggers == {"השר": "PER", "משרד": "ORG|GPE"}
    # a prefixed surname is still a surname; a phrase match marks each of its tokens
    assert back.gazetteer.word_features("וכהן") == ["gw-pfirst", "gw-plast"]
    assert back.gazetteer.match(["גר", "בארצות", "הברית"]) == [[], ["gB-GPE"], ["gI-GPE"]]
