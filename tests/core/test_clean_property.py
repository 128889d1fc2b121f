"""Property: headline copies injected anywhere, in any form, go; body text never does.

Articles are built from real sentences (tests/data/haaretz-dev), so the cleaner meets real Hebrew
punctuation, quotes, numbers and abbreviations, not made-up words.
"""

from functools import lru_cache

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.core.clean import clean
from app.core.cleaning.fold import fold
from app.core.hebrew.sentences import split_sentences
from tests.conftest import DATA

NIKUD = "\u05b0\u05b4\u05b7\u05b8\u05bc\u05c1"
INVISIBLE = "\u200d\u200c\u200f\u200e\u00ad\u2067\u2069"


@lru_cache(maxsize=1)
def pool() -> tuple[str, ...]:
    """Distinct real sentences, none inside another (so each can be counted in the output)."""
    found: dict[str, str] = {}
    for path in sorted((DATA / "haaretz-dev").glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        for a, b in split_sentences(text):
            s = text[a:b]
            if s.endswith(".") and 5 <= len(s.split()) <= 40:
                found.setdefault(fold(s), s)
    keys = sorted(found, key=len)
    kept = [k for i, k in enumerate(keys) if not any(k in longer for longer in keys[i + 1 :])]
    return tuple(found[k] for k in kept)


def headline_text(sentence: str) -> str:
    return sentence[:-1].rstrip()


# How editors end a subtitle: usually bare, sometimes like a sentence (the held-out failures ended
# in a period: the title copy went, the subtitle copy stayed).
SUBTITLE_ENDINGS = ["", ".", "!", "?", "…", "...", '."', '".', "״.", '?"', "!)"]
SENTENCE_LIKE = (".", "…", '."', '".', "״.")  # endings that make a second paragraph read as body


@st.composite
def articles(draw):
    sentences = pool()
    count = draw(st.integers(6, 16))
    first = draw(st.sampled_from([i for i, s in enumerate(sentences) if len(s.split()) <= 15]))
    rest = st.sampled_from([i for i in range(len(sentences)) if i != first])
    picked = [first, *draw(st.lists(rest, min_size=count - 1, max_size=count - 1, unique=True))]
    title = headline_text(sentences[picked[0]])
    ending = draw(st.sampled_from(SUBTITLE_ENDINGS))
    subtitle = headline_text(sentences[picked[1]]) + ending if draw(st.booleans()) else None
    body = [sentences[i] for i in picked[2:]]
    cuts = sorted(draw(st.sets(st.integers(1, len(body) - 1), max_size=4)))
    paragraphs = [" ".join(body[a:b]) for a, b in zip([0, *cuts], [*cuts, len(body)])]
    return title, subtitle, paragraphs, body


def perturb(rnd, text: str) -> str:
    """What a page does to a copy: spaced punctuation, nikud, invisible marks, extra spaces."""
    out = []
    for ch in text:
        roll = rnd.randrange(20)
        if ch in ",.:" and roll < 8:
            out.append(" " + ch + " ")
        elif ch == " " and roll < 3:
            out.append("  ")
        elif "\u05d0" <= ch <= "\u05ea" and roll == 0:
            out.append(ch + rnd.choice(NIKUD))
        elif roll == 1:
            out.append(rnd.choice(INVISIBLE) + ch)
        else:
            out.append(ch)
    return "".join(out)


@st.composite
def injected(draw):
    title, subtitle, paragraphs, body = draw(articles())
    forms = ["title-line", "title-glued", "title-site", "paragraph-repeat"]
    if subtitle:
        forms += ["block-lines", "block-one-line", "subtitle-line", "block-glued", "block-before", "block-spaced"]
    plan = draw(st.lists(st.tuples(st.sampled_from(forms), st.integers(0, len(paragraphs) - 1)), min_size=1, max_size=3))
    lines = list(paragraphs)
    rnd = draw(st.randoms(use_true_random=False))
    for form, where in plan:
        t = perturb(rnd, title)
        s = perturb(rnd, subtitle) if subtitle else ""
        if form == "paragraph-repeat":
            if len(paragraphs[where].split()) >= 8:
                lines.append(perturb(rnd, paragraphs[where]))
        elif form == "block-before":  # the headline glued in front of a paragraph
            lines[where] = f"{t} {s} {lines[where]}"
        elif form == "block-spaced":  # as scrapers leave it: blank lines and stray spaces between
            gap = draw(st.sampled_from(["\n\n", "\n \n\n", "\n\u00a0\n", "\n\n\n\n"]))
            lines[where] += gap + t + gap + s + gap
        elif form == "title-site":
            lines.append(f"{t} {rnd.choice(['-', '|', '–'])} {rnd.choice(['הארץ', 'ynet', 'וואלה! חדשות'])}")
        elif form.endswith("glued"):
            copy = t if form == "title-glued" else f"{t} {s}"
            lines[where] += draw(st.sampled_from(["", " ", "  "])) + copy
        else:
            copy = {"title-line": t, "subtitle-line": s, "block-lines": f"{t}\n{s}", "block-one-line": f"{t} {s}"}[form]
            lines[where] += "\n" + copy
    return title, subtitle, paragraphs, body, lines


def compose(title, subtitle, paragraphs):
    return "\n".join([title, *([subtitle] if subtitle else []), *paragraphs])


SETTINGS = settings(max_examples=50, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@SETTINGS
@given(articles())
def test_an_article_without_repetition_comes_out_whole(parts):
    title, subtitle, paragraphs, _ = parts
    text = compose(title, subtitle, paragraphs)
    doc = clean(text)
    assert doc.removed == []
    assert fold(doc.text) == fold(text)
    assert doc.text[doc.title.start : doc.title.end] == title
    if subtitle and not subtitle.endswith(SENTENCE_LIKE):
        assert fold(doc.text[doc.subtitle.start : doc.subtitle.end]) == fold(subtitle)
    elif subtitle:  # without copies, nothing says it is not the first body paragraph: it stays either way
        assert doc.subtitle is None or fold(doc.text[doc.subtitle.start : doc.subtitle.end]) == fold(subtitle)


@SETTINGS
@given(injected())
def test_every_body_sentence_survives_exactly_once_and_one_headline(case):
    title, subtitle, paragraphs, body, lines = case
    text = compose(title, subtitle, lines)
    doc = clean(text)
    folded = fold(doc.text)
    for sentence in body:
        assert folded.count(fold(sentence)) == 1, sentence
    assert folded.count(fold(title)) == 1
    if subtitle:
        assert folded.count(fold(subtitle)) == 1
    assert folded == fold(compose(title, subtitle, paragraphs))
    for r in doc.removed:
        assert text[r.start : r.end] == r.text and r.start >= len(title)
        assert r.reason == "repeated-headline" or fold(r.text) in fold(compose(title, subtitle, paragraphs))


def test_real_articles_lose_nothing():
    for path in sorted((DATA / "haaretz-dev").glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        doc = clean(text)
        assert doc.removed == [] and fold(doc.text) == fold(text), path.name
