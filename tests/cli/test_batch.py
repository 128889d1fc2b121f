"""`batch` as a researcher runs it: folders, tables, a bad file among good ones, resuming, Dask."""

import csv
import json
import os
import shutil
import subprocess
import sys

import pytest

from app import analyze_file, analyze_text
from app.batch import run
from tests.conftest import DATA, ROOT, SAMPLE

ARTICLES = sorted((DATA / "haaretz-dev").glob("*.txt"))[:4]


def records(path):
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def fields(record):
    """The analyze --json part of a batch record."""
    return {k: v for k, v in record.items() if k not in ("source", "error")}


def analyze_json(*args, stdin=None):
    p = subprocess.run([sys.executable, str(ROOT / "main.py"), "analyze", "--json", *args],
                       capture_output=True, input=stdin, cwd=ROOT, timeout=120)
    assert p.returncode == 0, p.stderr
    return json.loads(p.stdout.decode("utf-8"))


@pytest.fixture
def folder(tmp_path):
    """Two articles at the top, a damaged .docx and an article one level down, and a stray file."""
    root = tmp_path / "in"
    (root / "b-sub").mkdir(parents=True)
    shutil.copy(ARTICLES[0], root / "a1.txt")
    shutil.copy(ARTICLES[1], root / "a2.md")
    (root / "b-sub" / "b1-broken.docx").write_bytes(b"PK\x03\x04 not really a document")
    shutil.copy(ARTICLES[2], root / "b-sub" / "b2.txt")
    (root / "notes.json").write_text("{}", encoding="utf-8")  # not a document format: not read
    os.mkfifo(root / "b-sub" / "pipe.txt")  # not a regular file: reading it would wait for ever
    return root


def test_a_folder_recursively_with_a_bad_file_in_the_middle(folder, tmp_path, capsys):
    out = tmp_path / "out.jsonl"
    assert run([str(folder), "--out", str(out), "--jobs", "1"]) == 3  # some document failed
    got = records(out)
    assert [r["source"] for r in got] == [str(folder / p) for p in ("a1.txt", "a2.md", "b-sub/b1-broken.docx", "b-sub/b2.txt")]
    broken = got[2]
    assert "docx" in broken["error"] and broken["summary"] is None
    for r in got[:2] + got[3:]:
        assert r["error"] is None and r["summary"]
    assert "4 documents, 3 analysed, 1 failed" in capsys.readouterr().err


def test_records_are_what_analyze_json_prints_for_the_same_options(folder, tmp_path):
    out = tmp_path / "out.jsonl"
    options = ["--sentences", "3", "--algorithm", "textrank", "--no-clean"]
    p = subprocess.run([sys.executable, str(ROOT / "main.py"), "batch", str(folder / "a1.txt"), str(SAMPLE),
                        "--out", str(out), "--jobs", "2", *options], capture_output=True, cwd=ROOT, timeout=300)
    assert p.returncode == 0, p.stderr
    got = records(out)
    assert [r["source"] for r in got] == [str(folder / "a1.txt"), str(SAMPLE)]
    for r in got:
        assert r["error"] is None
        assert fields(r) == analyze_json(r["source"], *options)
    assert len(got[1]["summary"]) == 3


def test_api_equals_cli(tmp_path):
    text = SAMPLE.read_text(encoding="utf-8")
    assert analyze_text(text, ratio=0.2) == analyze_json("-", "--ratio", "0.2", stdin=text.encode("utf-8"))
    assert analyze_file(ARTICLES[3], algorithm="lsa") == analyze_json(str(ARTICLES[3]), "--algorithm", "lsa")


def _rows():
    return [{"id": f"doc-{k}", "article": p.read_text(encoding="utf-8")} for k, p in enumerate(ARTICLES[:3])]


def test_jsonl_table_with_a_bad_line_and_a_row_without_text(tmp_path):
    table = tmp_path / "news.jsonl"
    rows = _rows()
    lines = [json.dumps(rows[0], ensure_ascii=False), "{not json", json.dumps({"id": "x", "body": "…"}),
             "", json.dumps(rows[1], ensure_ascii=False), json.dumps(rows[2], ensure_ascii=False)]
    table.write_text("\n".join(lines) + "\n", encoding="utf-8-sig")  # with the BOM some editors write
    out = tmp_path / "out.jsonl"
    assert run([str(table), "--out", str(out), "--id-column", "id", "--jobs", "1"]) == 3
    got = records(out)
    assert [r["source"] for r in got] == [f"{table}#doc-0", f"{table}#2", f"{table}#x", f"{table}#doc-1", f"{table}#doc-2"]
    assert "not JSON" in got[1]["error"] and "no text" in got[2]["error"]
    for r, row in zip([got[0], got[3], got[4]], rows):
        assert r["error"] is None and fields(r) == analyze_text(row["article"])


def test_csv_table_with_its_own_text_column_and_csv_output(tmp_path):
    table = tmp_path / "news.csv"
    rows = _rows()
    with table.open("w", encoding="utf-8", newline="") as f:
        w = csv.DictWriter(f, ["id", "body"])
        w.writeheader()
        w.writerows({"id": r["id"], "body": r["article"]} for r in rows)
    out = tmp_path / "out.csv"
    assert run([str(table), "--out", str(out), "--text-column", "body", "--jobs", "1", "--sentences", "2"]) == 0
    with out.open(encoding="utf-8", newline="") as f:
        got = list(csv.DictReader(f))
    assert [r["source"] for r in got] == [f"{table}#{k}" for k in (1, 2, 3)]
    for r, row in zip(got, rows):
        expected = analyze_text(row["article"], sentences=2)
        assert r["title"] == expected["title"] and r["text"] == expected["text"]
        assert json.loads(r["summary"]) == expected["summary"] and json.loads(r["entities"]) == expected["entities"]


def test_parquet_table_in_and_out(tmp_path):
    pa = pytest.importorskip("pyarrow")
    pq = pytest.importorskip("pyarrow.parquet")
    rows = _rows()
    table = tmp_path / "news.parquet"
    pq.write_table(pa.Table.from_pylist(rows), table, row_group_size=2)
    out = tmp_path / "out.parquet"
    assert run([str(table), "--out", str(out), "--id-column", "id", "--jobs", "1"]) == 0
    got = pq.read_table(out).to_pylist()
    assert [r["source"] for r in got] == [f"{table}#doc-{k}" for k in range(3)]
    for r, row in zip(got, rows):
        assert r["error"] is None and fields(r) == analyze_text(row["article"])


def test_resume_skips_what_is_done_and_redoes_a_cut_last_line(folder, tmp_path, capsys):
    out = tmp_path / "out.jsonl"
    run([str(folder), "--out", str(out), "--jobs", "1"])
    full = out.read_text(encoding="utf-8").splitlines(keepends=True)
    out.write_text(full[0] + full[1][: len(full[1]) // 2], encoding="utf-8")  # killed while writing the second
    capsys.readouterr()
    assert run([str(folder), "--out", str(out), "--jobs", "1"]) == 2  # refuses to overwrite without --resume
    assert run([str(folder), "--out", str(out), "--jobs", "1", "--resume"]) == 3
    err = capsys.readouterr().err
    assert "3 documents" in err and "1 already in" in err
    again = records(out)
    assert [r["source"] for r in again] == [json.loads(line)["source"] for line in full]
    assert again == [json.loads(line) for line in full]


def test_dask_engine_on_a_local_cluster(folder, tmp_path):
    distributed = pytest.importorskip("distributed")
    local = tmp_path / "local.jsonl"
    run([str(folder), "--out", str(local), "--jobs", "1"])
    out = tmp_path / "dask.jsonl"
    with distributed.LocalCluster(n_workers=1, threads_per_worker=2, processes=False, dashboard_address=None) as cluster:
        assert run([str(folder), "--out", str(out), "--engine", "dask", "--scheduler", cluster.scheduler_address]) == 3
    assert records(out) == records(local)


def test_progress_shows_rate_and_eta_on_a_terminal_and_nothing_elsewhere(folder, tmp_path):
    import io

    from app.batch import Progress

    class Terminal(io.StringIO):
        def isatty(self):
            return True

    bar = Progress(Terminal(), total=10)
    bar.done = 4
    line = bar.line(bar.start + 2.0)
    assert "4/10" in line and "2.0/s" in line and "ETA 0:03" in line
    assert "ETA" not in Progress(Terminal(), total=None).line(bar.start + 1.0)
    piped = io.StringIO()
    run([str(folder), "--out", str(tmp_path / "o.jsonl"), "--jobs", "1"], stderr=piped)
    assert piped.getvalue().count("\n") == 1 and "\r" not in piped.getvalue()  # the summary alone


def test_an_output_that_cannot_be_written_or_resumed_is_a_usage_error(folder, tmp_path, capsys):
    assert run([str(folder), "--out", str(tmp_path / "missing" / "out.jsonl"), "--jobs", "1"]) == 2
    for text in ("not ours\n", "not ours, and no newline"):
        other = tmp_path / "notes.jsonl"
        other.write_text(text, encoding="utf-8")
        assert run([str(folder), "--out", str(other), "--jobs", "1", "--resume"]) == 2
        assert other.read_text(encoding="utf-8") == text  # left as it was
    err = capsys.readouterr().err
    assert "cannot write" in err and "cannot resume" in err and "Traceback" not in err
