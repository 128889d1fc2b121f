"""The default summary, made for news, as a reader meets it: which sentence, how many, from where."""

from pathlib import Path

from app.cli import build_parser
from app.core.analyze import Options, analyze, summary_candidates
from app.core.summarize import ALGORITHMS, DEFAULT_ALGORITHM, METHODS, default_count

DATA = Path(__file__).resolve().parent.parent / "data"

# Hand-written for this test: headline, subtitle, and a body that opens with a quotation.
ARTICLE = """ועדת הכספים אישרה תקציב של 40 מיליון שקל לשיקום בתי הספר בצפון
הכסף יועבר לרשויות המקומיות עד סוף השנה, והעבודות יחלו בקיץ

"זה יום גדול לילדים, להורים ולמורים של הצפון, ואנחנו נמשיך להיאבק על כל שקל", אמרה אתמול יושבת ראש ועד ההורים. ועדת הכספים של הכנסת אישרה אתמול תקציב של 40 מיליון שקל לשיקום בתי הספר שנפגעו בצפון, והכסף יועבר לרשויות המקומיות עד סוף השנה. לדבריה, ההורים חיכו להחלטה חודשים ארוכים.
לפי ההחלטה, משרד החינוך יפקח על העבודות בבתי הספר, והרשויות המקומיות ידווחו לוועדה כל שלושה חודשים. "ההורים, המורים והילדים של הצפון מחכים לבתי הספר, וההורים לא יוותרו על אף בית ספר", הוסיפה. ראשי הרשויות בצפון בירכו על ההחלטה, אך אמרו שהתקציב אינו מספיק לכל בתי הספר שנפגעו.
העבודות צפויות להתחיל בחופשת הקיץ ולהסתיים לפני פתיחת שנת הלימודים הבאה. במשרד האוצר אמרו כי ייתכן שתקציב נוסף יאושר בשנה הבאה, אם הרשויות יעמדו בלוח הזמנים.
"""
NEWS = "ועדת הכספים של הכנסת אישרה אתמול תקציב של 40 מיליון שקל"
QUOTE = '"זה יום גדול לילדים'


def _article(name: str) -> str:
    return (DATA / "haaretz-dev" / f"{name}.txt").read_text(encoding="utf-8")


def test_the_default_states_the_news_not_the_opening_quote():
    a = analyze(ARTICLE, Options(sentences=1, entities=False))
    assert a.algorithm == DEFAULT_ALGORITHM == "news"
    assert a.summary_texts()[0].startswith(NEWS)
    lead = analyze(ARTICLE, Options(algorithm="lead", sentences=1, entities=False))
    assert lead.summary_texts()[0].startswith(QUOTE)  # the quote really comes first


def test_news_summary_is_one_or_two_sentences_and_a_long_report_gets_more():
    short = analyze(ARTICLE, Options(entities=False))
    assert 1 <= len(short.summary) <= 2
    sizes = []
    for names in (["14"], ["12_5", "14", "3"], ["12_5", "14", "3", "8_2", "13_7", "13_1", "1", "8_1", "13_5"] * 3):
        a = analyze("\n".join(_article(n) for n in names), Options(entities=False))
        sizes.append((len(summary_candidates(a)), len(a.summary)))
    assert [n for n, _ in sizes] == sorted(n for n, _ in sizes)
    assert sizes[0][1] <= 2 and sizes[-1][1] >= 3
    assert [k for _, k in sizes] == sorted(k for _, k in sizes)
    assert default_count(40) <= 2 < default_count(300) < default_count(3000) <= 20


def test_an_explicit_length_always_wins():
    for sentences in (1, 3, 5):
        a = analyze(ARTICLE, Options(sentences=sentences, entities=False))
        assert len(a.summary) == min(sentences, len(summary_candidates(a)))
    long = "\n".join(_article(n) for n in ("12_5", "14", "3"))
    a = analyze(long, Options(ratio=0.5, entities=False))
    assert len(a.summary) == round(0.5 * len(summary_candidates(a))) > default_count(len(summary_candidates(a)))


def test_the_registry_drives_the_command_line():
    action = next(a for a in build_parser()._actions if a.dest == "algorithm")
    assert list(action.choices) == [m.key for m in METHODS] == list(ALGORITHMS)
    assert action.default == METHODS[0].key == "news"
    assert METHODS[0].label == "Recommended"
    assert all(m.tooltip and m.label for m in METHODS)
    for m in METHODS:
        out = analyze(ARTICLE, Options(algorithm=m.key, sentences=2, entities=False))
        assert len(out.summary) == 2 and out.algorithm == m.key


def test_the_headline_steers_the_news_method():
    """Title and subtitle, when the cleaner finds them, tell the ranker what the story is."""
    titled = analyze(ARTICLE, Options(sentences=1, entities=False))
    assert titled.title and titled.summary_texts()[0].startswith(NEWS)
    body = analyze(ARTICLE.split("\n\n", 1)[1], Options(sentences=1, entities=False))
    assert not body.title and not body.summary_texts()[0].startswith(NEWS)


# Hand-written: the second body sentence restates the subtitle, which the window shows right above.
RESTATED = """נתניהו ייפגש עם נשיא צרפת בפריז בשבוע הבא
השניים ידונו בהסכם הסחר, בשיתוף הפעולה המדעי ובמצב בלבנון, בהמשך לשיחות הטלפון ביניהם

ראש הממשלה בנימין נתניהו הודיע הבוקר כי ייסע לפריז ביום שלישי הבא לפגישה עם נשיא צרפת בארמון האליזה. זאת בהמשך לשיחות הטלפון ביניהם, והשניים ידונו בהסכם הסחר, בשיתוף הפעולה המדעי ובמצב בלבנון. בלשכת ראש הממשלה אמרו כי הפגישה תוכננה כבר בחודש שעבר.
בצרפת ציינו כי זו תהיה הפגישה הראשונה בין השניים מאז הבחירות, וכי השרים של שתי המדינות יצטרפו לחלק מהדיונים.
"""


def test_a_sentence_that_only_restates_the_subtitle_is_not_the_summary():
    a = analyze(RESTATED, Options(sentences=1, entities=False))
    assert a.subtitle.startswith("השניים ידונו")  # the cleaner found the subtitle the window shows
    assert a.summary_texts()[0].startswith("ראש הממשלה בנימין נתניהו הודיע")
    three = analyze(RESTATED, Options(sentences=3, entities=False)).summary_texts()
    assert len(three) == 3 and not any(t.startswith("זאת בהמשך") for t in three)  # the other three first
    four = analyze(RESTATED, Options(sentences=4, entities=False)).summary_texts()
    assert len(four) == 4  # asked for every sentence: the restatement too, rather than fewer


def test_damaged_weights_are_named_and_cost_only_the_recommended_method(tmp_path, monkeypatch):
    import pytest

    from app.core.summarize import news

    (tmp_path / "summarizer").mkdir()
    (tmp_path / "summarizer" / "news.json").write_text('{"weights": {"first": 1', encoding="utf-8")
    monkeypatch.setattr(news, "resource_path", lambda *parts: tmp_path.joinpath(*parts))
    news.weights.cache_clear()
    try:
        with pytest.raises(news.WeightsUnavailable, match="news.json"):
            analyze(ARTICLE, Options(entities=False))
        assert analyze(ARTICLE, Options(algorithm="lexrank", sentences=1, entities=False)).summary
    finally:
        news.weights.cache_clear()


# Hand-written: a feature writer's hook — the article opens with a question, the news comes next.
HOOKED = """מה עושים הורים כשהגן של הילדים נסגר בבת אחת? עיריית חדרה החליטה אתמול לסגור את כל שנים עשר הגנים הציבוריים בעיר לשיפוץ של שלושה חודשים, ומאות הורים נשארו בלי מסגרת לילדים. בעירייה אמרו כי השיפוץ נדרש אחרי ביקורת של משרד החינוך שמצאה ליקויי בטיחות בגנים. ההורים טוענים כי העירייה הודיעה על הסגירה רק יומיים מראש, ולא הציעה מסגרת חלופית. "אנחנו לא יודעים מה נעשה מחר בבוקר", אמרה אם לשני ילדים. ראש העירייה מסר כי העירייה תפתח בשבוע הבא שלושה גנים זמניים במבני ציבור, וכי השיפוץ יסתיים לפני החגים. בוועד ההורים העירוני אמרו כי יעתרו לבית המשפט אם העירייה לא תמצא פתרון לכל הילדים. במשרד החינוך אמרו כי הם מלווים את העירייה וכי הגנים ייפתחו רק אחרי שהליקויים יתוקנו.
"""
HOOK_NEWS = "עיריית חדרה החליטה אתמול לסגור"


def test_an_opening_question_is_not_the_gist():
    """The recommended summary states the news (alone, or after the question it answers), never the
    question that opens the article on its own."""
    lead = analyze(HOOKED, Options(algorithm="lead", sentences=1, entities=False))
    assert lead.summary_texts()[0].startswith("מה עושים הורים")  # the article really opens with the question
    twice = HOOKED.replace("? ", "? ולמי הם יכולים לפנות באמצע השנה? ", 1)  # two questions: still a hook
    for article in (HOOKED, twice):
        assert HOOK_NEWS in analyze(article, Options(sentences=1, entities=False)).summary_texts()[0]
        two = analyze(article, Options(sentences=2, entities=False)).summary_texts()
        assert any(HOOK_NEWS in t for t in two)


def test_what_counts_as_an_opening_question():
    from app.core.summarize.news import lead_statement

    assert lead_statement(['"למה דווקא עכשיו?"', "השר הודיע אתמול על הסגר."]) == 1  # closing quote after "?"
    assert lead_statement(["איך זה קרה שוב?!", "השר הודיע אתמול על הסגר."]) == 1  # the same rule as units.py: "?!" asks too
    assert lead_statement(["השר שאל מה קרה? ולא קיבל תשובה.", "אחר כך יצא."]) == 0  # a question inside is no hook
    assert lead_statement(["למה?", "איך?", "מתי?", "השר הודיע."]) == 0  # more than a hook: leave it
    assert lead_statement([]) == 0


def test_a_photo_caption_is_never_the_summary():
    """A caption line between paragraphs (with its photo credit) is not a sentence of the story."""
    caption = "ראש עיריית חדרה בסיור בגן ילדים ציבורי בעיר לפני הסגירה (צילום: דוברות עיריית חדרה)"
    head, tail = HOOKED.split(' "אנחנו', 1)
    article = f'{head}\n{caption}\n"אנחנו{tail}'
    for sentences in (1, 2, 3, 5):
        texts = analyze(article, Options(sentences=sentences, entities=False)).summary_texts()
        assert len(texts) == sentences and not any("בסיור" in t or "צילום" in t for t in texts)
    assert HOOK_NEWS in analyze(article, Options(sentences=1, entities=False)).summary_texts()[0]
