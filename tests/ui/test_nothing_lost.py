"""Nothing is lost (issue 16 item 8): pasted documents come back, an error does not stay over later
documents, Previous/Next only with a name to step through."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

from app.ui import pasted
from tests.conftest import SAMPLE
from tests.ui.conftest import open_and_wait, with_entities

PASTED = "טקסט שהודבק מהדפדפן.\nהוא חייב לחזור אחרי יציאה והפעלה מחדש של תמצית."


def test_a_pasted_document_comes_back_after_quit_and_restart(qtbot, window):
    from app.ui.main_window import MainWindow

    window.open_text(PASTED)
    gone = window.open_text("מסמך שני שנסגר לפני היציאה.")
    window.close_tab(window.tabs.indexOf(gone))
    window.close()  # quit: pending writes are finished
    again = MainWindow()
    qtbot.addWidget(again)
    with qtbot.waitSignal(again.analysis_ready, timeout=30000):
        again.restore_pasted()
    assert [d.text for d in again.documents()] == [PASTED]
    assert again.documents()[0].name.startswith("טקסט שהודבק")
    again.close_tab(0)  # closing it is the way to let it go
    again.pasted.wait()
    assert list((pasted.data_dir() / "pasted").glob("*.json")) == []


def test_a_file_asked_for_stays_in_front_of_the_pasted_texts_that_come_back(qtbot, window):
    """Seen under X: `tamtzit FILE` opened FILE, then the pasted texts kept from last time were read
    back and the last of them took the front tab: the reader saw a pasted text, not FILE."""
    from app.ui.main_window import MainWindow

    window.open_text(PASTED)
    window.close()
    again = MainWindow()
    qtbot.addWidget(again)
    asked = open_and_wait(qtbot, again, SAMPLE)
    with qtbot.waitSignal(again.analysis_ready, timeout=30000):
        again.restore_pasted()
    assert [d.text for d in again.documents()][1:] == [PASTED]  # it comes back, behind
    assert again.document is asked
    again.close_tab(1)
    again.pasted.wait()


def test_kept_pasted_documents_are_bounded(tmp_path, monkeypatch, qtbot):
    monkeypatch.setattr(pasted, "MAX_DOCUMENTS", 3)
    store = pasted.PastedStore(tmp_path)
    for n in range(5):
        store.keep(f"text {n}", f"name {n}")
    store.wait()
    assert store.keep("x" * (pasted.MAX_TEXT_CHARS + 1), "huge") is None
    kept = []
    store.load(kept.extend)
    qtbot.waitUntil(lambda: bool(kept))
    assert [name for _k, name, _t in kept] == ["name 2", "name 3", "name 4"]


def test_an_error_bar_does_not_stay_over_the_next_document(qtbot, window, tmp_path):
    window.open_path(str(tmp_path / "missing.txt"))
    qtbot.waitUntil(window.notice.isVisible)  # the file is looked at on the worker
    assert "missing.txt" in window.statusBar().currentMessage()
    open_and_wait(qtbot, window, SAMPLE)
    assert not window.notice.isVisible()
    assert "missing.txt" not in window.statusBar().currentMessage()  # its copy there stayed (under X)


def test_previous_and_next_need_a_selected_name(qtbot, window, seed_text):
    window.open_text("placeholder")
    doc = window.document
    with qtbot.waitSignal(window.analysis_ready, timeout=30000):
        doc.display(with_entities(seed_text))
    panel = doc.entities
    assert panel.previous.isVisible()
    assert not panel.previous.isEnabled() and not panel.next.isEnabled()
    top = panel.tree.topLevelItem(0)
    panel.tree.setCurrentItem(top)  # a type heading is not a name
    assert not panel.next.isEnabled()
    panel.tree.setCurrentItem(top.child(0))
    QApplication.processEvents()
    assert panel.previous.isEnabled() and panel.next.isEnabled()
    panel.tree.setCurrentItem(top)
    window.actions_["next_mention"].trigger()  # F3 with no name selected starts at the first name
    assert panel.tree.currentItem() is top.child(0) and panel.where.text().startswith("1 of ")
