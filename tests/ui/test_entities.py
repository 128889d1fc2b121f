"""Entity highlights, legend toggles and the grouped panel, fed an Analysis with real offsets."""

from __future__ import annotations

from PySide6.QtGui import QTextCharFormat

from tests.conftest import SAMPLE
from tests.ui.conftest import with_entities


def _show(qtbot, window, analysis):
    window.open_text("placeholder")
    doc = window.document
    with qtbot.waitSignal(window.analysis_ready, timeout=30000):
        doc.display(analysis)
    return doc


def _format_at(doc, offset):
    from PySide6.QtGui import QTextCursor

    cursor = QTextCursor(doc.reader.document())
    cursor.setPosition(doc.reader.rendered.position(offset) + 1)
    return cursor.charFormat()


def test_entities_are_highlighted_by_type_with_a_legend(qtbot, window, seed_text):
    a = with_entities(seed_text)
    doc = _show(qtbot, window, a)
    per = next(e for e in a.entities if e.label == "PER")
    gpe = next(e for e in a.entities if e.label == "GPE")
    fmt = _format_at(doc, per.start)
    assert fmt.underlineStyle() == QTextCharFormat.SingleUnderline
    assert fmt.foreground().color().name() == window.colors.labels["PER"]
    assert _format_at(doc, gpe.start).foreground().color().name() == window.colors.labels["GPE"]
    assert doc.reader.toPlainText()[doc.reader.rendered.position(per.start):][: len(per.text)] == per.text
    visible = {label for label, box in doc.entities.boxes.items() if box.isVisibleTo(doc.entities)}
    assert visible == {"PER", "GPE", "FAC"}
    legend = doc.entities.legend  # the types present, in legend order, with no holes between
    cells = [legend.getItemPosition(legend.indexOf(doc.entities.boxes[label]))[:2] for label in ("PER", "GPE", "FAC")]
    assert cells == [(0, 0), (0, 1), (0, 2)]


def test_a_type_toggled_off_loses_its_highlights_only(qtbot, window, seed_text):
    a = with_entities(seed_text)
    doc = _show(qtbot, window, a)
    per = next(e for e in a.entities if e.label == "PER")
    gpe = next(e for e in a.entities if e.label == "GPE")
    with qtbot.waitSignal(window.analysis_ready, timeout=30000):
        doc.entities.boxes["PER"].setChecked(False)
    assert _format_at(doc, per.start).underlineStyle() == QTextCharFormat.NoUnderline
    assert _format_at(doc, gpe.start).underlineStyle() == QTextCharFormat.SingleUnderline
    assert window.settings.hidden_labels == ["PER"]


def test_panel_groups_mentions_with_counts_and_steps_through_them(qtbot, window, seed_text):
    a = with_entities(seed_text)
    doc = _show(qtbot, window, a)
    tree = doc.entities.tree
    people = tree.topLevelItem(0)
    netanyahu_group = next(g for g in a.groups if g.name == "נתניהו")
    assert people.text(0).startswith("People (")
    child = next(people.child(i) for i in range(people.childCount()) if "נתניהו" in people.child(i).text(0))
    assert child.text(0).endswith(f"({netanyahu_group.count})")
    starts = []
    for _ in range(3):
        tree.itemClicked.emit(child, 0)
        selections = doc.reader.extraSelections()
        current = selections[-1]
        assert current.cursor.selectedText() == "נתניהו"
        assert len(selections) == netanyahu_group.count  # the others are marked too
        starts.append(current.cursor.selectionStart())
    assert starts == sorted(starts) and len(set(starts)) == 3
    doc.entities.step(-1)
    selections = doc.reader.extraSelections()
    assert selections[-1].cursor.selectionStart() == starts[1]
    assert doc.entities.where.text() == f"2 of {netanyahu_group.count}"


def test_no_entities_says_so(qtbot, window):
    with qtbot.waitSignal(window.analysis_ready, timeout=30000):
        doc = window.open_text("כותרת בלי שמות\nמשפט פשוט שאין בו שום שם של אדם או של מקום כלשהו.\n")
    assert doc.analysis.entities == [] and doc.analysis.language == "he"
    assert doc.entities.empty.isVisibleTo(doc.entities) and doc.entities.empty.text()
    assert doc.entities.tree.topLevelItemCount() == 0
    assert not doc.entities.next.isEnabled()


def test_the_panel_says_it_is_looking_until_the_analysis_comes_and_not_after_a_cancel(qtbot, window, seed_text):
    with qtbot.waitSignal(window.analysis_ready, timeout=30000):
        doc = window.open_text(seed_text)
        assert "Looking for names" in doc.entities.empty.text()  # not "none found" before it knows
        assert "Summarizing" in doc.summary.status.text()
    assert doc.entities.tree.topLevelItemCount() > 0 and not doc.entities.empty.isVisibleTo(doc.entities)
    quiet = window.open_text("כותרת בלי שמות\nמשפט פשוט שאין בו שום שם של אדם או של מקום כלשהו.")
    quiet.cancel()
    assert quiet.entities.empty.text() == ""



def test_a_text_not_in_hebrew_says_names_are_looked_for_in_hebrew(qtbot, window, tmp_path):
    from tests.ui.conftest import open_and_wait

    english = tmp_path / "english.txt"
    english.write_text(
        "The committee met on Monday in a large hall. It agreed to spend 5 million dollars on roads.\n"
        "Members said the plan would take three years to finish, and most of them voted for it.\n",
        encoding="utf-8",
    )
    doc = open_and_wait(qtbot, window, english)
    assert doc.analysis.language != "he"
    panel = doc.entities
    assert panel.empty.isVisibleTo(panel)
    assert "Hebrew" in panel.empty.text()


def test_a_language_switch_keeps_the_chosen_name_and_its_mention(qtbot, window, seed_text):
    """Driven under X: with "2 of 5" of a name chosen, switching to English emptied the choice and
    greyed Previous/Next."""
    from PySide6.QtWidgets import QApplication

    from app.ui import i18n

    a = with_entities(seed_text)
    doc = _show(qtbot, window, a)
    panel = doc.entities
    people = panel.tree.topLevelItem(0)
    child = next(people.child(i) for i in range(people.childCount()) if "נתניהו" in people.child(i).text(0))
    count = next(g for g in a.groups if g.name == "נתניהו").count
    for _ in range(2):
        panel.tree.itemClicked.emit(child, 0)
    try:
        i18n.install(QApplication.instance(), "he")
        QApplication.processEvents()
        assert "נתניהו" in panel.tree.currentItem().text(0)
        assert panel.next.isEnabled() and panel.previous.isEnabled()
        assert panel.where.text() == f"2 מתוך {count}"
        panel.step(+1)
        assert panel.where.text() == f"3 מתוך {count}"  # and stepping goes on from there
    finally:
        i18n.install(QApplication.instance(), "en")
