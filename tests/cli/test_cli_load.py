"""The command line reads every kind of file the loader does, and hostile text can't garble it."""

import json

from tests.cli.test_cli import run
from tests.conftest import DATA

SAMPLES = DATA / "samples"


def analysed_text(*args, stdin=None):
    p = run(*args, "--json", "--no-clean", stdin=stdin)
    assert p.returncode == 0, p.stderr
    return json.loads(p.stdout)["text"]


def test_encoding_override_and_detection(seed_text):
    path = str(SAMPLES / "windows-1255.txt")
    assert analysed_text(path) == seed_text
    assert analysed_text(path, "--encoding", "cp1255") == seed_text
    wrong = run(path, "--encoding", "utf-8")
    assert wrong.returncode == 3 and b"not utf-8" in wrong.stderr
    unknown = run(path, "--encoding", "klingon")
    assert unknown.returncode == 3 and b"unknown encoding" in unknown.stderr
    for codec in ("idna", "punycode", "undefined"):  # Python codecs, not charsets
        refused = run(path, "--encoding", codec)
        assert refused.returncode == 3 and refused.stderr.decode().startswith("tamtzit: ")
        assert len(refused.stderr.splitlines()) == 1


def test_standard_input_goes_through_the_same_loader(seed_text):
    assert analysed_text("-", stdin=(SAMPLES / "utf-16-le-nobom.txt").read_bytes()) == seed_text
    assert analysed_text("-", stdin=(SAMPLES / "visual-iso-8859-8.txt").read_bytes()) == seed_text
    p = run("-", stdin=b"\x00\x01\x02binary" * 50)
    assert p.returncode == 3 and p.stderr.decode().strip() == "tamtzit: standard input: not a text file"


def test_visual_flag(seed_text):
    path = str(SAMPLES / "visual-iso-8859-8.txt")
    assert analysed_text(path, "--visual", "auto") == seed_text
    stored = analysed_text(path, "--visual", "no")
    assert stored != seed_text and stored == (SAMPLES / "visual-iso-8859-8.txt").read_bytes().decode("cp1255")
    human = run(path).stdout.decode()
    assert "visual-order Hebrew converted" in human


def test_formats_from_the_command_line():
    p = run(str(SAMPLES / "article.docx"), "--json")
    assert json.loads(p.stdout)["title"].startswith("לראשונה מאז הפלת המטוס")


def test_bidi_overrides_and_escapes_in_the_text_stay_inside_it(tmp_path):
    body = "המשפט הראשון של הכתבה הזאת ארוך מספיק כדי להיכנס לתקציר. " * 3
    f = tmp_path / "hostile.txt"
    f.write_text(
        "כותרת \u202eעם היפוך שלא נסגר \u2069\u202c\x1b]0;pwned\x07\n"
        f"כותרת משנה קצרה\n{body}\u202e\n{body} \u2067נפתח ולא נסגר\n",
        encoding="utf-8",
    )
    p = run(str(f), "--sentences", "2")
    assert p.returncode == 0
    out = p.stdout.decode()
    assert "\x1b" not in out and "\x07" not in out and "␛" in out
    for line in out.splitlines():
        depth = 0
        for c in line:  # every line closes what it opens, and never closes more
            depth += 1 if c in "\u202a\u202b\u202d\u202e\u2066\u2067\u2068" else -1 if c in "\u202c\u2069" else 0
            assert depth >= 0
        assert depth == 0
    title = out.splitlines()[0]
    assert title.startswith("\u2068") and title.endswith("\u2069")
    assert all(line.startswith(f"{n}. ") for n, line in enumerate(out.splitlines()[2:4], 1))
