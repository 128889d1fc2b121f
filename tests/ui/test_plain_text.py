"""A file's name or words never become markup: labels, tooltips, tabs and menus show them literally."""

from __future__ import annotations

import ast
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextDocumentFragment
from PySide6.QtGui import Qt as GuiQt
from PySide6.QtWidgets import QLabel

from tests.conftest import ROOT, SAMPLE
from tests.ui.conftest import open_and_wait

UI = ROOT / "app" / "ui"
# the name pointed the image at file:///dev/zero; a harmless one shows the same defect
HOSTILE = '<img src="nowhere.png"><b>notes&amp;co.docx'
TOOLTIP_SETTERS = {"setToolTip", "setTabToolTip", "setWhatsThis"}
TAB_TEXT = {"addTab": 1, "insertTab": 2, "setTabText": 1}
RICH_ALLOWED = {("actions.py", "show_shortcuts"), ("actions.py", "show_about")}  # our own words only


def as_qt_shows(text: str) -> str:
    """What a tooltip shows: Qt renders it as HTML when its first line looks like markup."""
    return QTextDocumentFragment.fromHtml(text).toPlainText() if GuiQt.mightBeRichText(text) else text


def _is_tr(node: ast.AST) -> bool:
    """`self.tr("…")` / `translate(ctx, "…")`, or a literal: our own words, no data in them."""
    if isinstance(node, ast.Constant):
        return True
    return (
        isinstance(node, ast.Call)
        and isinstance(node.func, (ast.Attribute, ast.Name))
        and getattr(node.func, "attr", getattr(node.func, "id", "")) in ("tr", "translate")
        and all(isinstance(a, ast.Constant) for a in node.args)
    )


def _is_call_to(node: ast.AST, name: str) -> bool:
    return isinstance(node, ast.Call) and getattr(node.func, "id", getattr(node.func, "attr", None)) == name


def _functions(tree: ast.AST):
    for fn in ast.walk(tree):
        if isinstance(fn, (ast.FunctionDef, ast.AsyncFunctionDef)):
            yield fn


def unsafe_text_calls(folder: Path) -> list[str]:
    """Places in `folder`'s modules that could show data as markup (file:line: why)."""
    problems = []
    for path in sorted(folder.glob("*.py")):
        if path.name == "plain.py":
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        owner = {}
        for fn in _functions(tree):
            for node in ast.walk(fn):
                owner.setdefault(id(node), fn.name)
        for node in ast.walk(tree):
            where = f"{path.name}:{getattr(node, 'lineno', '?')}"
            if isinstance(node, ast.Name) and node.id == "QLabel":
                problems.append(f"{where}: QLabel guesses the format; use plain.PlainLabel")
            if not isinstance(node, ast.Call):
                continue
            name = getattr(node.func, "attr", getattr(node.func, "id", ""))
            if name in TOOLTIP_SETTERS and node.args:
                text = node.args[-1]
                if not (_is_tr(text) or _is_call_to(text, "tooltip")):
                    problems.append(f"{where}: {name} with data; wrap it in plain.tooltip()")
            if name in TAB_TEXT and len(node.args) > TAB_TEXT[name]:
                text = node.args[TAB_TEXT[name]]
                if not (_is_tr(text) or _is_call_to(text, "shown_text")):
                    problems.append(f"{where}: {name} with data; wrap it in plain.shown_text()")
            rich = name in ("setHtml", "QMessageBox") or (
                name == "setTextFormat" and "PlainText" not in ast.unparse(node)
            ) or (isinstance(node.func, ast.Attribute) and ast.unparse(node.func.value) == "QMessageBox")
            if rich and (path.name, owner.get(id(node))) not in RICH_ALLOWED and path.name != "clipboard.py":
                problems.append(f"{where}: rich text outside the reviewed places")
    return problems


def test_the_ui_sets_data_only_through_the_plain_text_helpers():
    assert unsafe_text_calls(UI) == []


def test_the_scan_catches_text_set_the_old_way(tmp_path):
    (tmp_path / "bad.py").write_text(
        "from PySide6.QtWidgets import QLabel, QMessageBox\n"
        "def f(w, name):\n"
        "    w.status = QLabel(name)\n"
        "    w.tabs.setTabToolTip(0, name)\n"
        "    w.tabs.setTabText(0, name)\n"
        "    w.item.setToolTip(w.tr('gone: {p}').format(p=name))\n"
        "    QMessageBox.warning(w, 'x', name)\n"
        "    w.ok.setToolTip(w.tr('fine'))\n"
    )
    found = "\n".join(unsafe_text_calls(tmp_path))
    for line, what in ((3, "QLabel"), (4, "setTabToolTip"), (5, "setTabText"), (6, "setToolTip"), (7, "rich text")):
        assert f"bad.py:{line}: " in found and what in found
    assert "bad.py:8" not in found


def test_a_hostile_file_name_shows_literally_everywhere(qtbot, window, tmp_path):
    bad = tmp_path / HOSTILE
    bad.write_bytes(b"not a zip at all")  # a .docx that fails to load
    window.open_path(str(bad))
    qtbot.waitUntil(lambda: window.notice.isVisible())
    assert HOSTILE in window.notice_label.text()
    assert HOSTILE in window.statusBar().currentMessage()

    good = tmp_path / (HOSTILE.replace(".docx", ".txt"))
    good.write_bytes(SAMPLE.read_bytes())
    doc = open_and_wait(qtbot, window, good)
    i = window.tabs.indexOf(doc)
    assert good.name in as_qt_shows(window.tabs.tabToolTip(i))
    assert window.tabs.tabText(i).replace("&&", "&").strip("\u2068\u2069") == good.name
    assert good.name in window.windowTitle()
    recent = window.actions_["_menus"]["recent"]
    recent.aboutToShow.emit()
    shown = [a for a in recent.actions() if good.name in a.text().replace("&&", "&")]
    assert shown and good.name in as_qt_shows(shown[0].toolTip())

    window.close_tab()
    items = [window.welcome.recent.item(k) for k in range(window.welcome.recent.count())]
    assert any(good.name in as_qt_shows(it.toolTip()) for it in items)
    for label in window.findChildren(QLabel):
        assert label.textFormat() == Qt.TextFormat.PlainText, label.objectName() or label.text()


def test_a_failure_with_the_name_stays_text_and_its_traceback_is_logged(qtbot, window, monkeypatch, caplog):
    import app.core.analyze

    def broken(*_a, **_k):
        raise ValueError(f"{HOSTILE}: damaged")

    monkeypatch.setattr(app.core.analyze, "analyze", broken)
    doc = window.open_text("כותרת\nטקסט קצר כלשהו לבדיקה של הודעת כשל בשורת המסמך.\n", name=HOSTILE)
    with qtbot.waitSignal(doc.failed, timeout=30000):
        pass
    assert HOSTILE in doc.bar_label.text() and HOSTILE in doc.summary.status.text()
    assert doc.bar_label.textFormat() == doc.summary.status.textFormat() == Qt.TextFormat.PlainText
    # a GUI launch has no console: the traceback goes to the log (a file once setup_logging ran)
    assert any(r.exc_info and "damaged" in str(r.exc_info[1]) for r in caplog.records)


def test_the_helpers_escape_what_qt_would_read_as_markup():
    from app.ui.plain import PlainLabel, shown_text, tooltip

    assert as_qt_shows(tooltip(HOSTILE)) == HOSTILE
    assert as_qt_shows(tooltip("a  b\nc")) == "a  b\nc"
    assert shown_text("R&D\tnotes") == "R&&D notes"
    label = PlainLabel(HOSTILE)
    label.setTextFormat(Qt.TextFormat.RichText)  # cannot be switched back to guessing
    assert label.textFormat() == Qt.TextFormat.PlainText


def test_bytes_of_a_name_that_is_not_utf8_show_as_replacement_characters(qtbot, window, tmp_path):
    import os

    name = os.fsdecode(b"\xff\xfe-name.txt")
    f = tmp_path / name
    f.write_bytes(SAMPLE.read_bytes())
    doc = open_and_wait(qtbot, window, f)
    tab = window.tabs.tabText(window.tabs.indexOf(doc))
    assert "\ufffd\ufffd-name.txt" in tab and "\ufffd\ufffd-name.txt" in window.windowTitle()
    assert "\ufffd\ufffd-name.txt" in as_qt_shows(window.tabs.tabToolTip(window.tabs.indexOf(doc)))
    window.open_path(str(tmp_path / os.fsdecode(b"\xff\xfe-gone.txt")))
    qtbot.waitUntil(window.notice.isVisible)  # the failure notice names it readably too
    assert "\ufffd\ufffd-gone.txt" in window.notice_label.text()
    window.close()  # saving settings with that path in the recent list must not raise
