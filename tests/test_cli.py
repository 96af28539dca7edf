"""The command line: JSON contract, readable table, one-line errors with a non-zero status."""
import json
import subprocess
import sys

from conftest import FIXTURES, ROOT


def run(*args):
    return subprocess.run([sys.executable, "-m", "reportparse", *map(str, args)], capture_output=True, text=True,
                          timeout=120)


def test_parse_json_prints_the_report_contract():
    p = run("parse", FIXTURES / "legacy" / "one_cell_per_line.txt", "--json")
    assert p.returncode == 0, p.stderr
    data = json.loads(p.stdout)
    assert data["template"] == "legacy" and data["year"] == 2016
    new = [i for i in data["indicators"] if i["key"] == "requests.new" and i["period"] == "year"]
    assert new and new[0]["value"] == 47 and new[0]["applicant"] == "total"


def test_parse_without_json_prints_a_table_of_figures():
    p = run("parse", ROOT / "samples" / "legacy-2016.txt")
    assert p.returncode == 0, p.stderr
    line = next(ln for ln in p.stdout.splitlines() if ln.startswith("requests.new ") and "cumulative" not in ln)
    assert line.split()[1:4] == ["total", "year", "47"]


def test_an_unreadable_document_is_one_line_on_stderr(tmp_path):
    bad = tmp_path / "scan.png"
    bad.write_bytes(b"\x89PNG\r\n\x1a\n" + b"\x00" * 64)
    p = run("parse", bad)
    assert p.returncode == 2
    assert p.stderr.count("\n") == 1 and "UnsupportedFormatError" in p.stderr and str(bad) in p.stderr
    assert "Traceback" not in p.stderr


def test_debug_shows_the_traceback(tmp_path):
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    p = run("--debug", "parse", empty)
    assert p.returncode == 2 and "Traceback" in p.stderr and "EmptyDocumentError" in p.stderr


def test_several_files_go_on_past_a_bad_one(tmp_path):
    bad = tmp_path / "empty.txt"
    bad.write_bytes(b"")
    p = run("parse", bad, FIXTURES / "legacy" / "one_cell_per_line.txt", "--json")
    assert p.returncode == 2
    assert "EmptyDocumentError" in p.stderr and str(bad) in p.stderr
    docs = json.loads(p.stdout)
    assert len(docs) == 1 and docs[0]["year"] == 2016
