"""One palette for the entity types: distinct for every reader, the same in window, legend, panel and
exports, in light and dark (issue 14 item 6, issue 16 items 2 and 9)."""

from __future__ import annotations

import re

import pytest
from PySide6.QtGui import QTextCursor, QTextFormat

from app.core.entities import LABELS
from app.ui import palette
from app.ui.export import article_html
from tests.conftest import SAMPLE
from tests.ui.colour_vision import closest_pair, contrast
from tests.ui.conftest import with_entities

THEMES = {"light": (palette.LIGHT, "#ffffff", "#000000"), "dark": (palette.DARK, "#1b1d21", "#e6e6e6")}


@pytest.mark.parametrize("theme", THEMES)
@pytest.mark.parametrize("vision", ["normal", "protan", "deutan", "tritan"])
def test_every_type_has_its_own_colour_for_every_reader(theme, vision):
    colours, _base, text = THEMES[theme]
    assert set(colours) == set(LABELS)
    distance, a, b = closest_pair({**colours, "text": text}, vision)
    assert distance >= 5.5, f"{a} and {b} look alike ({vision}, {theme}): ΔE {distance:.1f}"


@pytest.mark.parametrize("theme", THEMES)
def test_with_normal_vision_no_two_types_share_a_hue_in_the_legend(theme):
    """The legend and the panel set all thirteen side by side: with normal vision 14 apart at least
    (light ORG/WOA and DATE/TIME, dark TIME/MONEY and LOC/FAC were 6.6 to 9.3 and read as one)."""
    colours = THEMES[theme][0]
    distance, a, b = closest_pair(colours, "normal")
    assert distance >= 14, f"{a} and {b} look alike ({theme}): ΔE {distance:.1f}"


@pytest.mark.parametrize("theme", THEMES)
def test_every_colour_stands_out_from_its_background_and_the_summary_shading(theme):
    colours, base, _text = THEMES[theme]
    for background in (base, palette.SUMMARY[theme], palette.SUMMARY_STRONG[theme]):
        weak = {k: round(contrast(v, background), 2) for k, v in colours.items() if contrast(v, background) < 3}
        assert weak == {}, background


def _pixel(icon) -> str:
    return icon.pixmap(12, 12).toImage().pixelColor(6, 6).name()


def _char_colour(doc, offset) -> str:
    cursor = QTextCursor(doc.reader.document())
    cursor.setPosition(doc.reader.rendered.position(offset) + 1)
    return cursor.charFormat().foreground().color().name()


def test_window_legend_panel_and_export_use_the_same_colour_live(qtbot, window, seed_text):
    a = with_entities(seed_text)
    window.set_theme("light")
    window.open_text("placeholder")
    doc = window.document
    with qtbot.waitSignal(window.analysis_ready, timeout=30000):
        doc.display(a)
    css = re.sub(r"@media.*", "", article_html(a), flags=re.S)
    for theme, colours in (("light", palette.LIGHT), ("dark", palette.DARK)):
        if theme == "dark":
            with qtbot.waitSignal(window.analysis_ready, timeout=30000):
                window.set_theme("dark")
            css = re.search(r"@media \(prefers-color-scheme: dark\).*", article_html(a), flags=re.S).group(0)
        for label in ("PER", "GPE", "FAC"):
            colour = colours[label]
            entity = next(e for e in a.entities if e.label == label)
            assert _char_colour(doc, entity.start) == colour, (theme, label)
            assert _pixel(doc.entities.boxes[label].icon()) == colour, (theme, label)
            tops = [doc.entities.tree.topLevelItem(i) for i in range(doc.entities.tree.topLevelItemCount())]
            top = next(t for t in tops if t.data(0, 257) == label)
            assert _pixel(top.icon(0)) == colour, (theme, label)
            assert f".ent.{label} {{ color: {colour}; border-color: {colour}; }}" in css
    window.set_theme("light")


def test_a_marked_name_reads_on_its_mark_in_both_themes(qtbot, window, seed_text):
    a = with_entities(seed_text)
    window.open_text("placeholder")
    doc = window.document
    with qtbot.waitSignal(window.analysis_ready, timeout=30000):
        doc.display(a)
    for theme in ("light", "dark"):
        with qtbot.waitSignal(window.analysis_ready, timeout=30000):
            window.set_theme(theme)
        group = next(g for g in a.groups if g.label == "FAC")
        doc.show_mention(group.mentions[0], group.mentions)
        for selection in doc.reader.extraSelections():
            fmt = selection.format
            shown = fmt.foreground().color().name() if fmt.hasProperty(QTextFormat.ForegroundBrush) else window.colors.labels["FAC"]
            text, mark = shown, fmt.background().color().name()
            assert contrast(text, mark) >= 3, (theme, text, mark)
    window.set_theme("light")


# types that stand side by side in news text and must not read as one, with the least CIEDE2000
# distance kept between them under every vision (the palette's floor for every other pair is 5.5)
NEIGHBOURS = [
    # seen under X: an organisation and its product (a company and its phone, a party and its
    # newspaper), in magenta and pink, read as one type; violet against magenta now
    ("ORG", "DUC", 15),
    # seen under X: organisations and works (a newspaper and its publisher) were two magentas 7.5
    # apart (6.6 with tritanopia) and read alike in the legend; organisations are rose-red now
    ("ORG", "WOA", 10),
    # the three commonest types, in almost every sentence together (dark PER/ORG were 7.8 apart
    # with protanopia, PER/GPE 9.3 with tritanopia)
    ("PER", "ORG", 10),
    ("PER", "GPE", 10),
    ("ORG", "GPE", 10),
    # issue 14: countries and other places shared one green; two greens 6.5 apart still did (seen
    # under X in the legend): sage against the countries' green now
    ("GPE", "LOC", 10),
    # a place and the building in it (dark: two olives 7.9 apart with deuteranopia)
    ("LOC", "FAC", 10),
    # a date and its hour ("Monday at 10"): light were two greys 6.6 apart; time is ochre now
    ("DATE", "TIME", 10),
    # shared one colour before issue 14 item 6
    ("MONEY", "PERCENT", 10),
    ("EVE", "WOA", 10),
    ("WOA", "DUC", 10),
    ("EVE", "DUC", 10),
]


@pytest.mark.parametrize("theme", THEMES)
@pytest.mark.parametrize("vision", ["normal", "protan", "deutan", "tritan"])
@pytest.mark.parametrize("first, second, least", NEIGHBOURS)
def test_neighbouring_types_are_far_apart(theme, vision, first, second, least):
    colours = THEMES[theme][0]
    distance, _a, _b = closest_pair({first: colours[first], second: colours[second]}, vision)
    assert distance >= least, f"{first} and {second} look alike ({vision}, {theme}): ΔE {distance:.1f}"


def test_the_light_colours_read_on_the_sepia_page_too():
    """Sepia sets the light theme's colours on warm paper, a little darker than white."""
    from PySide6.QtGui import QPalette

    from app.ui.theme import _ROLES

    sepia = _ROLES[QPalette.Base][1]
    weak = {k: round(contrast(v, sepia), 2) for k, v in palette.LIGHT.items() if contrast(v, sepia) < 3}
    assert weak == {}
