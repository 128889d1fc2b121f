"""The method list in the summary pane: the recommended method first, each with what it favours."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from app.core.summarize import METHODS
from app.ui import i18n
from app.ui.summary_pane import SummaryPane


def test_recommended_first_every_method_explained_in_both_languages(qtbot):
    pane = SummaryPane()
    qtbot.addWidget(pane)
    combo = pane.algorithm
    assert [combo.itemData(i) for i in range(combo.count())] == [m.key for m in METHODS]
    assert combo.currentIndex() == 0 and pane.options().algorithm == "news"
    assert combo.itemText(0) == "Recommended" and combo.itemText(1) == "Common thread (LexRank)"
    tips = [combo.itemData(i, Qt.ToolTipRole) for i in range(combo.count())]
    assert all(tips) and len(set(tips)) == len(tips)
    assert "early sentences" in combo.toolTip()  # the closed list says what the chosen one favours
    combo.setCurrentIndex(1)
    assert "common thread" in combo.toolTip()
    app = QApplication.instance()
    try:
        assert i18n.install(app, "he") == "he"
        qtbot.waitUntil(lambda: combo.itemText(0) == "מומלץ")
        assert combo.itemText(1) == "החוט המקשר (LexRank)"  # plain words first, the method's name after
        hebrew = [combo.itemData(i, Qt.ToolTipRole) for i in range(combo.count())]
        assert all(any("\u05d0" <= c <= "\u05ea" for c in tip) for tip in hebrew)
    finally:
        i18n.install(app, "en")


def test_a_restored_method_is_described(qtbot):
    pane = SummaryPane()
    qtbot.addWidget(pane)
    pane.set_options("luhn", "auto", 5)
    assert pane.options().algorithm == "luhn"
    assert "frequent words" in pane.algorithm.toolTip()
