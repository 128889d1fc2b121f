"""Summary length in sentences and percent (issue 16 item 7) and its status line (item 4)."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

from app.ui import i18n
from tests.conftest import SAMPLE
from tests.ui.conftest import open_and_wait


def _resummarized(qtbot, window, action):
    with qtbot.waitSignal(window.analysis_ready, timeout=30000):
        action()
    return len(window.document.summary.sentences())


def test_one_step_is_one_more_sentence_in_percent_too(qtbot, window):
    doc = open_and_wait(qtbot, window, SAMPLE)
    pane = doc.summary
    n = len(pane.sentences())
    # automatic -> percent keeps the same summary
    assert _resummarized(qtbot, window, lambda: pane.mode.setCurrentIndex(pane.mode.findData("percent"))) == n
    longer, shorter = window.actions_["longer"], window.actions_["shorter"]
    for expected in (n + 1, n + 2):
        assert _resummarized(qtbot, window, longer.trigger) == expected
    assert _resummarized(qtbot, window, shorter.trigger) == n + 1
    # percent -> sentences keeps the same summary too
    assert _resummarized(qtbot, window, lambda: pane.mode.setCurrentIndex(pane.mode.findData("sentences"))) == n + 1
    assert pane.amount.value() == n + 1
    assert _resummarized(qtbot, window, lambda: pane.mode.setCurrentIndex(pane.mode.findData("percent"))) == n + 1


def test_the_sentence_count_follows_a_language_switch(qtbot, window):
    app = QApplication.instance()
    doc = open_and_wait(qtbot, window, SAMPLE)
    assert "of" in doc.summary.status.text()
    try:
        i18n.install(app, "he")
        QApplication.processEvents()
        assert "מתוך" in doc.summary.status.text()
    finally:
        i18n.install(app, "en")
    assert "of" in doc.summary.status.text()


def test_an_automatic_length_shows_the_count_it_chose(qtbot, window):
    """Driven under X: the automatic length summarised the sample in 1 sentence while the greyed
    count beside it read 5."""
    doc = open_and_wait(qtbot, window, SAMPLE)
    pane = doc.summary
    assert pane.mode.currentData() == "auto" and not pane.amount.isEnabled()
    assert pane.amount.value() == len(pane.sentences()) > 0


def test_the_count_says_how_many_sentences_the_list_shows_with_a_question_and_its_answer(qtbot):
    """Under LexRank a question comes with its answer as one item of two sentences: the line read
    "3 of 8 sentences" beside four."""
    from app.core.analyze import Options, analyze
    from app.ui.summary_pane import SummaryPane
    from tests.core.test_summary_units import ARTICLE, QUESTION

    pane = SummaryPane()
    qtbot.addWidget(pane)
    analysis = analyze(ARTICLE, Options(algorithm="lexrank", sentences=3, entities=False))
    pane.show_analysis(analysis)
    assert pane.list.count() == 3 and any(s.startswith(QUESTION) for s in pane.sentences())
    assert pane.status.text() == "4 of 8 sentences; a question and its answer are one item"
    app = QApplication.instance()
    try:
        i18n.install(app, "he")
        qtbot.waitUntil(lambda: "מתוך" in pane.status.text())
        assert pane.status.text() == "4 מתוך 8 משפטים; שאלה ותשובתה הן פריט אחד"
    finally:
        i18n.install(app, "en")
    pane.show_analysis(analyze(ARTICLE, Options(algorithm="news", sentences=3, entities=False)))
    assert pane.status.text() == "4 of 8 sentences; a question and its answer are one item"  # news too
    pane.show_analysis(analyze(ARTICLE, Options(algorithm="lead", sentences=3, entities=False)))
    assert pane.status.text() == "3 of 8 sentences"  # one sentence an item: the plain count
