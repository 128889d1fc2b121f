"""Every sample file (tests/data/samples/, made by tools/make_samples.py) opens to the seed article."""

import pytest

from app.core.analyze import analyze
from app.core.load import load_path
from tests.conftest import DATA

SAMPLES = DATA / "samples"

EXACT = {  # file → encoding we must report; the text must equal the seed character for character
    "utf-8.txt": "utf-8",
    "utf-8-bom.txt": "utf-8-sig",
    "utf-16-le-bom.txt": "utf-16-le",
    "utf-16-be-bom.txt": "utf-16-be",
    "utf-16-le-nobom.txt": "utf-16-le",
    "windows-1255.txt": "windows-1255",
    # The seed has no nikud, ₪ or typographic quotes, so its ISO-8859-8 bytes are also valid
    # Windows-1255 with the same text; we report the superset (see loaders/encoding.py).
    "iso-8859-8.txt": "windows-1255",
    "dos-cp862.txt": "cp862",
    "visual-iso-8859-8.txt": "windows-1255",
}
FORMATS = {"article.md": "markdown", "article.html": "html", "article.docx": "docx", "article.odt": "odt"}


def paragraphs(text: str) -> list[str]:
    return [" ".join(line.split()) for line in text.splitlines() if line.strip()]


@pytest.mark.parametrize("name", sorted(EXACT))
def test_encoded_sample_opens_to_the_seed_exactly(name, seed_text):
    loaded = load_path(SAMPLES / name)
    assert loaded.text == seed_text
    assert loaded.encoding == EXACT[name]
    assert loaded.format == "text"
    assert loaded.visual == name.startswith("visual-")


def test_visual_crlf_sample_converts_every_line(seed_text):
    loaded = load_path(SAMPLES / "visual-windows-1255-crlf.txt")
    assert loaded.visual
    assert loaded.text.replace("\r\n", "\n") == seed_text


def test_visual_conversion_can_be_undone_by_reloading(seed_text):
    raw = load_path(SAMPLES / "visual-iso-8859-8.txt", visual="no")
    assert not raw.visual
    assert raw.text != seed_text
    assert "ןילמרקל" in raw.text and "לקרמלין" not in raw.text  # the title's "לקרמלין", backwards
    assert load_path(SAMPLES / "utf-8.txt", visual="yes").text != seed_text  # forcing reverses a logical file


@pytest.mark.parametrize("name", sorted(FORMATS))
def test_formatted_sample_opens_to_the_same_article(name, seed_text):
    loaded = load_path(SAMPLES / name)
    assert loaded.format == FORMATS[name]
    assert not loaded.visual
    assert paragraphs(loaded.text) == paragraphs(seed_text)
    ours, seed = analyze(loaded.text), analyze(seed_text)
    assert ours.title == seed.title and ours.subtitle == seed.subtitle
    assert ours.summary_texts() == seed.summary_texts()


def test_html_sample_keeps_the_page_chrome_out():
    text = load_path(SAMPLES / "article.html").text
    for chrome in ("ראשי", "פרסומת", "הכי נקראים", "כל הזכויות", "tracker", "לא טקסט", "http"):
        assert chrome not in text
