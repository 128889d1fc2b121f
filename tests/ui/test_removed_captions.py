"""A removed block shown back says why it was removed in the reader's words, not the cleaner's id."""

from __future__ import annotations

from tests.ui.conftest import open_and_wait

BODY = (
    "הממשלה אישרה הלילה את תקציב המדינה לשנה הבאה לאחר דיון ארוך. שר האוצר אמר כי התקציב יחזק את "
    "הצמיחה במשק. ראשי ההסתדרות הביעו התנגדות לקיצוצים בשירותים החברתיים. לפי הערכת הכלכלנים הגירעון "
    "יגדל בשנה הבאה. בנק ישראל צפוי להגיב להחלטה בשבוע הבא. הכנסת תצביע על התקציב בקריאה ראשונה בחודש "
    "הבא. לדברי גורמים במשרד האוצר, המשא ומתן עם ההסתדרות יימשך גם בשבועות הקרובים ועשוי להסתיים בהסכם."
)


def test_a_second_copy_of_the_body_is_announced_and_captioned_in_hebrew(qtbot, window, tmp_path):
    path = tmp_path / "twice.txt"
    path.write_text(f"הממשלה אישרה את התקציב\n\n{BODY} {BODY}\n\nכל הזכויות שמורות למערכת.\n", encoding="utf-8")
    window.set_language("he")
    try:
        doc = open_and_wait(qtbot, window, path)
        assert [r.reason for r in window.analysis.document.removed] == ["repeated-passage"]
        assert doc.bar_label.text() == "קטע חוזר אחד הוסר"
        with qtbot.waitSignal(window.analysis_ready, timeout=30000):
            doc.bar_button.click()
        shown = doc.reader.toPlainText()
        assert "[הוסר: עותק שני של הטקסט]" in shown
        assert "repeated" not in shown
    finally:
        window.set_language("en")
    assert doc.bar_label.text() == "1 repeated block removed"


def test_an_english_caption_in_a_hebrew_block_keeps_its_brackets_round_it(qtbot, window, tmp_path):
    """Its own direction, isolated: in the Hebrew block it showed as "removed: a second copy of]" on one
    line and "[the text" on the next. The copy ends the file, where a removed block had no caption."""
    path = tmp_path / "twice.txt"
    path.write_text(f"הממשלה אישרה את התקציב\n\n{BODY} {BODY}\n", encoding="utf-8")
    doc = open_and_wait(qtbot, window, path)
    with qtbot.waitSignal(window.analysis_ready, timeout=30000):
        doc.bar_button.click()
    assert "\u2068[removed: a second copy of the text]\u2069" in doc.reader.toPlainText()
