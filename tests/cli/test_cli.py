"""The command line through a real subprocess, as users and scripts call it."""

import json
import subprocess
import sys

from tests.conftest import ROOT, SAMPLE


def run(*args, stdin=None):
    return subprocess.run(
        [sys.executable, str(ROOT / "main.py"), "analyze", *args],
        capture_output=True,
        input=stdin,
        cwd=ROOT,
        timeout=120,
    )


def test_json_schema_on_the_seed():
    p = run(str(SAMPLE), "--json")
    assert p.returncode == 0, p.stderr
    out = json.loads(p.stdout.decode("utf-8"))  # stdout is pure JSON
    assert set(out) == {"text", "title", "language", "direction", "removed", "sentences", "summary", "entities"}
    assert out["direction"] == "rtl" and out["language"] == "he"
    assert out["title"].startswith("לראשונה מאז הפלת המטוס")
    original = SAMPLE.read_text(encoding="utf-8")
    assert out["removed"] and all(original[r["start"] : r["end"]] == r["text"] for r in out["removed"])
    n = len(out["sentences"])
    assert all(0 <= s["start"] < s["end"] <= len(out["text"]) for s in out["sentences"])
    indices = [x["sentence"] for x in out["summary"]]
    assert indices == sorted(indices) and all(0 <= i < n for i in indices)
    assert isinstance(out["entities"], list)


def test_no_clean_returns_input_exactly():
    p = run(str(SAMPLE), "--json", "--no-clean")
    out = json.loads(p.stdout.decode("utf-8"))
    assert out["text"] == SAMPLE.read_text(encoding="utf-8")
    assert out["removed"] == []


def test_stdin_and_length_options():
    p = run("-", "--json", "--sentences", "2", stdin=SAMPLE.read_bytes())
    assert p.returncode == 0
    assert len(json.loads(p.stdout)["summary"]) == 2


def test_human_output_is_logical_order_when_piped():
    p = run(str(SAMPLE), "--sentences", "3")
    lines = p.stdout.decode("utf-8").splitlines()
    assert lines[0].startswith("לראשונה מאז הפלת המטוס")  # not reversed for a pipe
    assert lines[2].startswith("1. ")


def test_human_output_lists_the_names_by_type_commonest_first():
    """Each type's line holds the document's names as analyze() groups them, commonest first —
    whatever counts the current model finds."""
    import re

    from app.core.analyze import analyze
    from app.core.safe_text import strip_bidi

    lines = run(str(SAMPLE)).stdout.decode("utf-8").splitlines()
    groups = analyze(SAMPLE.read_text(encoding="utf-8")).groups
    for label, title in (("PER", "People"), ("FAC", "Buildings and sites"), ("GPE", "Countries and cities")):
        expected = [(g.name, g.count) for g in groups if g.label == label][:8]
        line = next((ln for ln in lines if ln.startswith(title + ": ")), None)
        assert (line is None) == (not expected), title
        if line is None:
            continue
        listed = [(strip_bidi(n), int(c)) for n, c in re.findall(r"(?:^|, )(.+?) \((\d+)\)", line[len(title) + 2 :])]
        assert listed == expected
        counts = [c for _, c in listed]
        assert counts == sorted(counts, reverse=True)
    people = [g.count for g in groups if g.label == "PER"]
    assert len(set(people)) > 1  # the order is put to the test


def test_unreadable_input_exits_3_with_one_line():
    p = run("/nonexistent/article.txt")
    assert p.returncode == 3
    assert p.stdout == b""
    assert len(p.stderr.decode().strip().splitlines()) == 1


def test_usage_error_exits_2():
    p = run(str(SAMPLE), "--ratio", "7")
    assert p.returncode == 2


def test_a_missing_model_costs_the_names_with_a_message_not_the_summary(tmp_path):
    # the real CLI with the model directory pointed at an empty folder, as after a damaged install
    code = (
        "import sys; from pathlib import Path; from app.core.entities import model; "
        f"model.MODEL_DIR = Path({str(tmp_path)!r}); from app.cli import run; "
        f"sys.exit(run(['--json', {str(SAMPLE)!r}]))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, cwd=ROOT, timeout=120)
    assert out.returncode == 0
    assert b"Traceback" not in out.stderr
    assert out.stderr.decode().startswith("tamtzit: names are not marked: ner.crfsuite")
    result = json.loads(out.stdout)
    assert len(result["summary"]) >= 1
    assert {e["label"] for e in result["entities"]} == {"DATE"}  # the dates by rule, no names


def test_a_terminal_sees_a_hebrew_line_in_screen_order_with_its_brackets_the_right_way_round():
    """A terminal without bidi gets screen order; python-bidi's fast get_display left brackets
    unmirrored, ")ישילש(" on screen."""
    import io

    from app.cli import write_human
    from app.core.analyze import Options, analyze

    class Terminal(io.StringIO):
        def isatty(self):
            return True

    a = analyze(
        "הממשלה התכנסה היום (שלישי) בירושלים\nזהו המשפט הראשון של הכתבה עצמה, על הממשלה ועל תוכניותיה.\n",
        Options(entities=False),
    )
    out = Terminal()
    write_human(a, out)
    assert out.getvalue().splitlines()[0] == "םילשוריב (ישילש) םויה הסנכתה הלשממה"
