"""A document's state and background work, driven without any widget (app/ui/document_session.py)."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QFont

from app.core.analyze import Options
from app.ui.document_session import DocumentSession
from app.ui.render import View
from app.ui.theme import colors


@pytest.fixture
def session(qtbot):
    s = DocumentSession(Options(), lambda: View(colors=colors(), font=QFont()))
    yield s
    s.cancel()


def _results(session) -> list:
    got: list = []
    session.result_ready.connect(lambda result, fresh: got.append((result, fresh)))
    return got


def test_a_text_is_analysed_and_delivered_once(qtbot, session, seed_text):
    got = _results(session)
    busy: list[bool] = []
    session.busy_changed.connect(busy.append)
    with qtbot.waitSignal(session.result_ready, timeout=60000):
        session.set_text(seed_text, "seed")
    assert len(got) == 1 and got[0][1]  # fresh
    assert session.analysis is got[0][0].analysis and session.analysis.summary
    assert busy == [True, False] and not session.busy


def test_an_older_text_is_never_delivered_after_a_newer_one(qtbot, session, seed_text, monkeypatch):
    """The first analysis has finished on the worker, but its result is still queued for the UI
    thread when the second text arrives: it must be dropped, not shown over the second."""
    import threading

    from app.ui import document_session

    done = threading.Event()
    work = document_session._work_analyze

    def analyse_then_say_so(*args):
        result = work(*args)
        done.set()
        return result

    monkeypatch.setattr(document_session, "_work_analyze", analyse_then_say_so)
    got = _results(session)
    session.set_text(seed_text, "first")
    assert done.wait(60)  # finished; its result waits in the event queue
    done.clear()
    with qtbot.waitSignal(session.result_ready, timeout=60000):
        session.set_text("כותרת חדשה\nטקסט אחר לגמרי, שאינו המאמר הראשון בשום צורה.\n", "second")
    qtbot.wait(300)
    assert len(got) == 1
    assert got[0][0].analysis.document.original.startswith("כותרת חדשה")


def test_a_cancelled_analysis_delivers_nothing(qtbot, session, seed_text):
    got = _results(session)
    session.set_text(seed_text * 20, "long")
    assert session.busy
    assert session.cancel() and not session.busy
    qtbot.wait(500)
    assert got == [] and session.analysis is None
    assert not session.cancel()  # nothing left to stop


def test_new_options_give_a_new_analysis_and_leave_the_shown_one_alone(qtbot, session, seed_text):
    with qtbot.waitSignal(session.result_ready, timeout=60000):
        session.set_text(seed_text, "seed")
    first = session.analysis
    before = list(first.summary)
    got = _results(session)
    with qtbot.waitSignal(session.result_ready, timeout=60000):
        session.set_options(Options(algorithm="lead", sentences=2))
    (result, fresh), = got
    assert fresh and result.same_text and result.analysis is not first
    assert len(result.analysis.summary) == 2 and result.analysis.algorithm == "lead"
    assert first.summary == before and first.algorithm != "lead"


def test_a_re_typeset_is_not_fresh(qtbot, session, seed_text):
    with qtbot.waitSignal(session.result_ready, timeout=60000):
        session.set_text(seed_text, "seed")
    got = _results(session)
    with qtbot.waitSignal(session.result_ready, timeout=60000):
        session.rerender()
    (result, fresh), = got
    assert not fresh and result.same_text and result.analysis is session.analysis


def test_a_file_that_cannot_be_read_is_a_load_failure_not_an_analysis_failure(qtbot, session, tmp_path):
    failed: list[str] = []
    session.failed.connect(failed.append)
    with qtbot.waitSignal(session.load_failed, timeout=30000) as blocker:
        session.open_file(str(tmp_path / "missing.txt"))
    assert blocker.args[0] and failed == []
    assert not session.busy and session.loaded is None


def test_a_read_file_is_analysed(qtbot, session, tmp_path, seed_text):
    f = tmp_path / "article.txt"
    f.write_text(seed_text, encoding="utf-8")
    texts: list[str] = []
    session.text_changed.connect(lambda: texts.append(session.text))
    with qtbot.waitSignal(session.result_ready, timeout=60000):
        session.open_file(str(f))
    assert session.loaded is not None and session.name == "article.txt"
    assert texts == [seed_text] and session.analysis.document.original == seed_text
