"""What a reader misses most: find in the article, a names filter, the place kept per document."""

from __future__ import annotations

from PySide6.QtCore import Qt

from app.settings import load_settings
from tests.conftest import ROOT, SAMPLE
from tests.ui.conftest import open_and_wait, with_entities
from tests.ui.test_plain_text import as_qt_shows

# פוטין ×3, ופוטין ×4, לפוטין in the cleaned sample; not the glued debris מסוריהפוטין, לישראלפוטין
PUTIN = 8


def _type(widget, text: str) -> None:
    """Key presses carrying Hebrew letters, as a Hebrew keyboard sends them (QTest only knows ASCII)."""
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtWidgets import QApplication

    for ch in text:
        for kind in (QKeyEvent.KeyPress, QKeyEvent.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, Qt.Key_unknown, Qt.NoModifier, ch))


def _found(doc) -> list[str]:
    return [s.cursor.selectedText() for s in doc.reader.extraSelections()]


def test_ctrl_f_finds_a_name_behind_its_prefixes_and_counts(qtbot, window):
    doc = open_and_wait(qtbot, window, SAMPLE)
    qtbot.keyClick(window, Qt.Key_F, Qt.ControlModifier)
    bar = doc.article.find_bar
    assert bar.isVisible() and bar.edit.hasFocus()
    _type(bar.edit, "פוטין")
    shown = doc.reader.toPlainText()
    assert shown.count("ופוטין") == 4 and shown.count("לפוטין") == 2 and shown.count("פוטין") == PUTIN + 2
    assert len(bar.spans) == PUTIN
    assert bar.count.text() == f"1 of {PUTIN}"
    found = _found(doc)
    assert len(found) == PUTIN + 1 and set(found) == {"פוטין"}  # all marked, the current once more
    first = bar.spans[0][0]
    qtbot.keyClick(bar.edit, Qt.Key_Return)
    assert bar.count.text() == f"2 of {PUTIN}" and bar.spans[bar.current][0] > first
    qtbot.keyClick(bar.edit, Qt.Key_Return, Qt.ShiftModifier)
    qtbot.keyClick(bar.edit, Qt.Key_Return, Qt.ShiftModifier)
    assert bar.count.text() == f"{PUTIN} of {PUTIN}"  # wraps round
    qtbot.keyClick(window, Qt.Key_G, Qt.ControlModifier)
    assert bar.count.text() == f"1 of {PUTIN}"


def test_find_ignores_nikud_in_the_query_and_says_when_nothing_is_found(qtbot, window):
    doc = open_and_wait(qtbot, window, SAMPLE)
    doc.find()
    bar = doc.article.find_bar
    bar.edit.setText("פּוּטִין")
    assert len(bar.spans) == PUTIN
    bar.edit.setText("טין")  # inside the word: not a match
    assert bar.spans == [] and bar.count.text() == "No matches"
    assert not doc.reader.extraSelections()


def test_the_current_match_is_brought_into_view(qtbot, window):
    doc = open_and_wait(qtbot, window, SAMPLE)
    window.resize(900, 400)
    qtbot.wait(50)
    doc.find()
    bar = doc.article.find_bar
    bar.edit.setText("פוטין")
    for _ in range(PUTIN - 1):
        bar.step(+1)
    from PySide6.QtGui import QTextCursor

    at = QTextCursor(doc.reader.document())
    at.setPosition(bar.spans[-1][0])
    rect = doc.reader.cursorRect(at)
    assert 0 <= rect.top() < doc.reader.viewport().height()
    assert doc.reader.verticalScrollBar().value() > 0


def test_esc_closes_the_bar_not_the_analysis_and_clears_the_marks(qtbot, window):
    doc = open_and_wait(qtbot, window, SAMPLE)
    doc.find()
    bar = doc.article.find_bar
    bar.edit.setText("נתניהו")
    assert doc.reader.extraSelections()
    qtbot.keyClick(bar.edit, Qt.Key_Escape)
    assert not bar.isVisible()
    assert not doc.reader.extraSelections()
    assert doc.analysis is not None
    doc.find()
    doc.reader.setFocus()  # Esc from the article closes the bar too
    qtbot.keyClick(doc.reader, Qt.Key_Escape)
    assert not bar.isVisible()


def test_matches_follow_the_article_when_it_is_typeset_again(qtbot, window):
    doc = open_and_wait(qtbot, window, SAMPLE)
    doc.find()
    bar = doc.article.find_bar
    bar.edit.setText("מוסקבה")
    n = len(bar.spans)
    assert n >= 1
    with qtbot.waitSignal(window.analysis_ready, timeout=30000):
        window.set_theme("dark")  # re-typesets the article in a new document
    qtbot.waitUntil(lambda: len(doc.reader.extraSelections()) == n + 1, timeout=5000)
    assert set(_found(doc)) == {"מוסקבה"}
    bar.edit.setText("פוטין")
    with qtbot.waitSignal(window.analysis_ready, timeout=30000):
        doc.toggle_removed()  # the removed headline block, with its פוטין, comes back: text shifts
    qtbot.waitUntil(lambda: len(bar.spans) > PUTIN, timeout=5000)
    assert set(_found(doc)) == {"פוטין"}


def test_names_filter_keeps_matching_names_only(qtbot, window, seed_text):
    window.open_text("placeholder")
    doc = window.document
    with qtbot.waitSignal(window.analysis_ready, timeout=30000):
        doc.display(with_entities(seed_text))
    tree = doc.entities.tree

    def shown() -> list[str]:
        out = []
        for t in range(tree.topLevelItemCount()):
            top = tree.topLevelItem(t)
            out += [top.child(c).text(0) for c in range(top.childCount()) if not top.child(c).isHidden()]
        return out

    everyone = shown()
    assert len(everyone) >= 4
    qtbot.keyClick(window, Qt.Key_F, Qt.ControlModifier | Qt.ShiftModifier)
    assert doc.entities.filter.hasFocus()
    _type(doc.entities.filter, "וּפוּטִ")  # with a prefix and nikud
    assert len(shown()) == 1 and "פוטין" in shown()[0]
    hidden_types = [tree.topLevelItem(t).isHidden() for t in range(tree.topLevelItemCount())]
    assert hidden_types.count(False) == 1  # only "People" is left
    qtbot.keyClick(doc.entities.filter, Qt.Key_Escape)
    assert shown() == everyone


def test_names_filter_counts_what_matches_not_the_whole_type(qtbot, window, seed_text):
    """Seen under X: while filtering, each type still said its total ("People (12)") above the one
    name left, as if eleven more were hidden somewhere; it says "5 of 12" while a filter is on."""
    window.open_text("placeholder")
    doc = window.document
    analysis = with_entities(seed_text)
    with qtbot.waitSignal(window.analysis_ready, timeout=30000):
        doc.display(analysis)
    tree = doc.entities.tree
    people = next(tree.topLevelItem(t) for t in range(tree.topLevelItemCount()) if tree.topLevelItem(t).data(0, Qt.UserRole + 1) == "PER")
    total = sum(g.count for g in analysis.groups if g.label == "PER")
    putin = next(g.count for g in analysis.groups if g.name == "פוטין")
    assert people.text(0) == f"People ({total})"
    doc.entities.filter.setText("פוטי")
    assert people.text(0) == f"People ({putin} of {total})"
    doc.entities.filter.clear()
    assert people.text(0) == f"People ({total})"


def _long_file(tmp_path):
    long = tmp_path / "long.txt"
    articles = sorted((ROOT / "tests" / "data" / "haaretz-dev").glob("*.txt"))
    long.write_text("\n\n".join(a.read_text(encoding="utf-8") for a in articles), encoding="utf-8")
    return long


def test_a_closed_file_reopens_where_it_was_left(qtbot, window, tmp_path):
    from app.ui.reading_position import scroll_to_offset, top_offset

    long = _long_file(tmp_path)
    window.resize(900, 500)
    doc = open_and_wait(qtbot, window, long)
    qtbot.waitUntil(lambda: not doc.reader.busy, timeout=10000)
    scroll_to_offset(doc.reader, len(doc.analysis.text) // 2)
    qtbot.wait(20)
    place = top_offset(doc.reader)
    assert place > 1000
    window.actions_["close"].trigger()
    assert window.document is None
    doc = open_and_wait(qtbot, window, long)
    qtbot.waitUntil(lambda: doc.reader.verticalScrollBar().value() > 0, timeout=5000)
    assert abs(top_offset(doc.reader) - place) < 200


def test_reading_place_is_kept_per_file_and_restored(qtbot, tmp_path):
    from app.ui.main_window import MainWindow

    long = _long_file(tmp_path)
    w = MainWindow()
    qtbot.addWidget(w)
    w.resize(900, 500)
    w.show()
    doc = open_and_wait(qtbot, w, long)
    target = doc.analysis.text.index(" ", len(doc.analysis.text) * 2 // 3)
    from app.ui.reading_position import scroll_to_offset, top_offset

    qtbot.waitUntil(lambda: not doc.reader.busy, timeout=10000)  # moved in completely
    scroll_to_offset(doc.reader, target)
    qtbot.wait(20)
    place = top_offset(doc.reader)
    assert place is not None and abs(place - target) < 200
    w.close()
    saved = load_settings().positions
    assert saved == {str(long): place}

    again = MainWindow()
    qtbot.addWidget(again)
    again.resize(1100, 700)  # another size: the same words at the top, not the same fraction
    again.show()
    doc = open_and_wait(qtbot, again, long)
    qtbot.waitUntil(lambda: doc.reader.verticalScrollBar().value() > 0, timeout=5000)
    assert abs(top_offset(doc.reader) - place) < 200
    again.close()


def test_a_pasted_text_has_its_place_too_and_the_progress_line_follows(qtbot, window, seed_text):
    from app.ui.reading_position import document_key, fraction_read

    window.resize(900, 400)
    with qtbot.waitSignal(window.analysis_ready, timeout=60000):
        doc = window.open_text(seed_text * 3)
    assert document_key(doc.path, doc.text).startswith("pasted:")
    bar = doc.reader.verticalScrollBar()
    bar.setValue(bar.maximum() // 2)
    assert 0.4 < fraction_read(doc.reader) < 0.6
    assert as_qt_shows(doc.article.progress.toolTip()) in ("50% read", "49% read", "51% read")
    with qtbot.waitSignal(doc.position.moved, timeout=5000):
        bar.setValue(bar.maximum() // 2 + 10)
    key = document_key(None, seed_text * 3)
    assert key in window.settings.positions


def test_positions_in_settings_are_validated_and_bounded(private_config):
    import json

    from app.settings import POSITIONS_LIMIT, Settings, settings_path

    path = settings_path()
    path.parent.mkdir(parents=True)
    path.write_text(json.dumps({"positions": {"/a": 10, "/b": -1, "/c": "x", "/d": True, "/e": 2.5}}), encoding="utf-8")
    assert load_settings().positions == {"/a": 10}
    s = Settings()
    for i in range(POSITIONS_LIMIT + 5):
        s.remember_position(f"/f{i}", i)
    s.remember_position("/f3", 99)  # read again: the newest
    assert len(s.positions) == POSITIONS_LIMIT and list(s.positions)[-1] == "/f3" and "/f4" not in s.positions


def test_find_marks_the_right_words_after_emoji_and_in_pointed_text(qtbot, window):
    # Qt counts a character beyond the BMP (an emoji) as two positions; Python as one
    text = "כותרת 😀 על העיר\nבִּירוּשָׁלַיִם 🎉🎉 נפתח היום מוזיאון חדש, וּבִירוּשָׁלַיִם שמחים מאוד מכך.\n"
    with qtbot.waitSignal(window.analysis_ready, timeout=60000):
        doc = window.open_text(text)
    doc.find()
    doc.article.find_bar.edit.setText("ירושלים")
    found = _found(doc)
    assert len(found) == 3  # two marks and the current one again
    assert set(found) == {"ירוּשָׁלַיִם"}  # the name and its nikud, not the prefix, not a shifted span
