"""The article search: Hebrew prefixes, nikud, gershayim and mixed scripts, as a reader types them."""

from __future__ import annotations

from app.core.search import find, fold_text, matches


def found(text: str, query: str) -> list[str]:
    return [text[a:b] for a, b in find(text, query)]


def test_a_name_is_found_behind_its_prefixes():
    text = "ביקר בירושלים, אחר כך בא לירושלים ומירושלים נסע. וירושלים? ירושלים!"
    assert found(text, "ירושלים") == ["ירושלים"] * 5
    spans = find(text, "ירושלים")
    assert text[spans[0][0] - 1] == "ב"  # the span is the name, the prefix stays outside


def test_a_query_inside_a_word_is_not_a_match():
    # "לים" ends ירושלים, and שלים follows ירו — neither is a prefix, so nothing is found
    assert find("ירושלים ושלום", "לים") == []
    assert find("ירושלים ושלום", "שלים") == []
    assert found("ירושלים ושלום", "שלום") == ["שלום"]  # after the proclitic ו


def test_stacked_proclitics_and_the_article():
    assert found("ובבית הספר, וכשהבית נבנה, וכשבבית", "בית") == ["בית"] * 3
    assert found("המבית", "בית") == []  # the article never comes before a preposition
    assert found("תבית", "בית") == []


def test_nikud_and_cantillation_are_ignored_both_ways():
    pointed = "וּבִירוּשָׁלַיִם הָעַתִּיקָה"
    assert [s.replace("\u05b0", "") for s in found(pointed, "ירושלים")] == ["ירוּשָׁלַיִם"]
    assert found("ירושלים העתיקה", "יְרוּשָׁלַיִם") == ["ירושלים"]
    taamim = "בְּרֵאשִׁ֖ית בָּרָ֣א"  # with a cantillation mark (tipcha) inside the word
    assert found(taamim, "ברא")[1] == "בָּרָ֣א"  # and בראשית, which begins with it


def test_the_match_takes_in_the_nikud_of_its_last_letter():
    text = "שָׁלוֹם"
    (a, b), = find(text, "ש")
    assert text[a:b] == "שָׁ"


def test_invisible_marks_inside_words():
    text = "ירו\u200bשלים ו\u200fירושלים ירו\u00adשלים"
    assert len(find(text, "ירושלים")) == 3


def test_gershayim_any_way_they_are_written():
    text = 'צה"ל פרסם, ודובר צה״ל אמר כי בצה”ל ולצהל'
    assert len(find(text, 'צה"ל')) == 4
    assert len(find(text, "צה״ל")) == 4
    assert len(find(text, "צהל")) == 4
    assert found('ג\'ירפה וג׳ירפה', "גירפה") == ["ג'ירפה", "ג׳ירפה"]


def test_quote_after_the_prefix_and_hyphenated_numbers_and_latin():
    assert found('כתב ב"הארץ" כי', "הארץ") == ["הארץ"]
    assert found("ב-2019 וב-2020", "20") == ["20", "20"]
    assert found("שודר ב-BBC ובCNN", "bbc") == ["BBC"]
    assert found("שודר ב-BBC ובCNN", "cnn") == ["CNN"]


def test_mixed_hebrew_and_english_and_case():
    text = "Netanyahu met Putin in Moscow; נתניהו פגש את פוטין במוסקבה. The PUTIN visit."
    assert found(text, "putin") == ["Putin", "PUTIN"]
    assert found(text, "פוטין במוסקבה") == ["פוטין במוסקבה"]
    assert found(text, "מוסקבה") == ["מוסקבה"]
    assert found(text, "port") == []  # not inside "report"-like words either: only word starts


def test_white_space_in_a_phrase_is_any_white_space():
    text = "ראש  הממשלה\nבנימין\u00a0נתניהו"
    assert found(text, "ראש הממשלה") == ["ראש  הממשלה"]
    assert found(text, "הממשלה בנימין נתניהו") == ["הממשלה\nבנימין\u00a0נתניהו"]


def test_final_letters_are_folded_so_partial_typing_finds():
    # a reader typing ירושלי has not yet reached the final mem; typing a final letter early is fine too
    assert len(find("ירושלים", "ירושלי")) == 1
    assert len(find("מלכים", "מלך")) == 1


def test_empty_queries_and_limits():
    assert find("טקסט", "") == [] and find("טקסט", "  ") == []
    assert find("", "א") == []
    assert len(find("א " * 50, "א", limit=7)) == 7


def test_a_folded_text_is_reused_for_many_queries_and_maps_back_exactly():
    text = "וּבְ\u200fשָׁנָה  הַבָּאָה בִּירוּשָׁלַיִם"
    folded = fold_text(text)
    assert folded.key == "ובשנה הבאה בירושלימ"
    for q in ("שנה", "הבאה", "באה", "ירושלים"):
        assert find(folded, q) == find(text, q)
    (a, b), = find(folded, "הבאה")
    assert text[a:b] == "הַבָּאָה"


def test_names_filter_matches():
    assert matches("בנימין נתניהו", "נתני")
    assert matches("בנימין נתניהו", "ובנימין")  # the filter takes a query's own prefixes off
    assert matches("בנימין נתניהו", "ולנתני")
    assert not matches("בנימין נתניהו", "תנתני")
    assert find("בנימין נתניהו", "ובנימין") == []  # the article search keeps them
    assert matches("צה\"ל", "צהל")
    assert not matches("בנימין נתניהו", "יהו")
