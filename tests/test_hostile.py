"""Hostile and broken input: every file of tools/make_broken_corpus.py gets its typed error or a
correct parse within a time and memory bound; limits bound cost; nothing external is resolved or
fetched; the CLI reports a failure as one line.

Timing is measured here only as a generous upper bound (docs/errors.md), in a child process per
file so that the peak memory (ru_maxrss) is that file's own.
"""
from __future__ import annotations

import http.server
import importlib.util
import json
import pickle
import subprocess
import sys
import threading
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

import reportparse
from reportparse.errors import ERROR_TYPES, ReportParseError
from reportparse.loading import load
from reportparse.settings import DEFAULT_SETTINGS
from conftest import FIXTURES, ROOT

SECONDS = 30            # per file, default (the manifest may raise it for one file)
PEAK_MB = 1536          # peak resident memory of the child process parsing one file

_spec = importlib.util.spec_from_file_location("make_broken_corpus", ROOT / "tools" / "make_broken_corpus.py")
corpus_tool = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(corpus_tool)
PLAN = [entry for entry, _ in corpus_tool.plan()]

CHILD = r"""
import json, resource, sys, time
import reportparse
path, overrides = sys.argv[1], json.loads(sys.argv[2])
out = {}
t = time.perf_counter()
try:
    r = reportparse.parse(path, **overrides)
    out.update(outcome="parse", values=r.values(), warnings=r.warnings)
except reportparse.ReportParseError as e:
    out.update(outcome=type(e).__name__, message=e.message, path=e.path)
out["seconds"] = time.perf_counter() - t
out["peak_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
print(json.dumps(out, ensure_ascii=False))
"""


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    out = tmp_path_factory.mktemp("broken")
    corpus_tool.build(out)
    return out


@pytest.fixture(scope="module")
def outcomes(corpus):
    """Every corpus file parsed in its own child process (two at a time)."""
    def run(entry):
        args = [sys.executable, "-c", CHILD, str(corpus / entry["file"]), json.dumps(entry.get("settings", {}))]
        limit = entry.get("seconds", SECONDS)
        try:
            p = subprocess.run(args, capture_output=True, text=True, timeout=limit * 4 + 30)
        except subprocess.TimeoutExpired:
            return {"outcome": "hang", "seconds": limit * 4 + 30}
        if p.returncode != 0:
            return {"outcome": "crash", "stderr": p.stderr[-3000:]}
        return json.loads(p.stdout)
    with ThreadPoolExecutor(max_workers=2) as pool:
        results = list(pool.map(run, PLAN))
    return {e["file"]: r for e, r in zip(PLAN, results)}


def _reference_values(ref: str, corpus: Path, settings: dict) -> dict:
    path = corpus / ref if (corpus / ref).exists() else ROOT / ref
    return reportparse.parse(path, **settings).values()


@pytest.mark.parametrize("entry", PLAN, ids=[e["file"] for e in PLAN])
def test_broken_file_gets_its_typed_error_or_a_correct_parse(entry, corpus, outcomes):
    got = outcomes[entry["file"]]
    assert got["outcome"] not in ("crash", "hang"), got
    allowed = [entry["expect"], *entry.get("also", [])]
    assert got["outcome"] in allowed, (entry["what"], got)
    # bounds: generous upper limits, not benchmarks
    assert got["seconds"] < entry.get("seconds", SECONDS), got["seconds"]
    assert got["peak_mb"] < PEAK_MB, got["peak_mb"]
    if got["outcome"] != "parse":
        assert got["message"] and got["path"] == str(corpus / entry["file"])
        return
    values = got["values"]
    for vid, value in entry.get("values", {}).items():
        assert values.get(vid) == value, (vid, values.get(vid), value)
    if "same_as" in entry:
        assert values == _reference_values(entry["same_as"], corpus, {}), entry["what"]
    if "subset_of" in entry:
        ref = _reference_values(entry["subset_of"], corpus, {})
        invented = {k: v for k, v in values.items() if k not in ref or ref[k] != v}
        assert not invented, f"values the intact document does not give: {invented}"
        assert values, "a damaged copy should still give some figures"
    if "warning" in entry:
        assert any(entry["warning"] in w for w in got["warnings"]), got["warnings"]


def test_the_corpus_tool_runs_from_the_command_line(tmp_path):
    p = subprocess.run([sys.executable, str(ROOT / "tools" / "make_broken_corpus.py"), str(tmp_path), "--big-mb", "1"],
                       capture_output=True, text=True, timeout=120)
    assert p.returncode == 0, p.stderr
    manifest = json.loads((tmp_path / "manifest.json").read_text(encoding="utf-8"))
    assert [e["file"] for e in manifest] == [e["file"] for e in PLAN]
    assert all((tmp_path / e["file"]).exists() for e in manifest)
    assert all(e["expect"] == "parse" or e["expect"] in ERROR_TYPES for e in manifest)


# ---------------------------------------------------------------- the CLI on broken files

CLI_CASES = ["empty.pdf", "random.pdf", "error_page.pdf", "encrypted_user_password.pdf", "image_only.pdf",
             "nested_tables.html", "rowspan_attack.html"]


def _cli(*args):
    return subprocess.run([sys.executable, "-m", "reportparse", *map(str, args)], capture_output=True, text=True,
                          timeout=120)


@pytest.mark.parametrize("name", CLI_CASES)
def test_cli_reports_a_broken_file_as_one_line(name, corpus):
    entry = next(e for e in PLAN if e["file"] == name)
    path = corpus / name
    p = _cli("parse", path)
    assert p.returncode == 2, p.stderr
    assert p.stdout == ""
    lines = p.stderr.splitlines()
    assert len(lines) == 1 and "Traceback" not in p.stderr, p.stderr
    assert lines[0].startswith(f"reportparse: {entry['expect']}: {path}: "), lines[0]


def test_cli_names_the_file_that_failed_among_several(corpus):
    good = FIXTURES / "legacy" / "pipe_rows.txt"
    p = _cli("parse", good, corpus / "random.pdf")
    assert p.returncode == 2
    assert f"UnsupportedFormatError: {corpus / 'random.pdf'}:" in p.stderr and "Traceback" not in p.stderr


def test_cli_missing_file_is_a_typed_error(tmp_path):
    p = _cli("parse", tmp_path / "nowhere.pdf")
    assert p.returncode == 2 and p.stderr.startswith("reportparse: UnreadableFileError: ")
    assert len(p.stderr.splitlines()) == 1


@pytest.mark.parametrize("where", ["before", "after"])
def test_cli_debug_prints_the_traceback(where, corpus):
    args = ["--debug", "parse", corpus / "random.pdf"] if where == "before" else ["parse", corpus / "random.pdf",
                                                                                  "--debug"]
    p = _cli(*args)
    assert p.returncode == 2
    assert "Traceback (most recent call last)" in p.stderr and "UnsupportedFormatError" in p.stderr


def test_cli_limit_flags_are_applied(corpus):
    fixture = FIXTURES / "national" / "t2019_rowspan.html"
    cases = [(["--max-bytes", "1000"], "DocumentTooLargeError"),
             (["--max-table-cells", "50"], "DocumentTooLargeError")]
    for flags, error in cases:
        p = _cli("parse", fixture, *flags)
        assert p.returncode == 2 and f"reportparse: {error}: {fixture}:" in p.stderr, (flags, p.stderr)
    p = _cli("parse", fixture, "--json", "--max-span", "5", "--max-html-depth", "6")
    assert p.returncode == 0, p.stderr
    warnings = json.loads(p.stdout)["warnings"]
    assert any("clamped to 5" in w for w in warnings) and any("flattened" in w for w in warnings)
    p = _cli("parse", corpus / "many_pages.pdf", "--max-pages", "2", "--json")
    assert p.returncode == 0 and any("first 2 of 12 pages" in w for w in json.loads(p.stdout)["warnings"])


# ---------------------------------------------------------------- the error tree

@pytest.mark.parametrize("name", sorted(ERROR_TYPES))
def test_every_error_is_a_picklable_report_parse_error(name):
    cls = ERROR_TYPES[name]
    assert issubclass(cls, ReportParseError) and getattr(reportparse.errors, name) is cls
    err = cls("what was found; what to do", "some/file.pdf")
    back = pickle.loads(pickle.dumps(err))
    assert type(back) is cls and back.message == err.message and back.path == err.path
    assert str(back) == "what was found; what to do (some/file.pdf)"
    assert pickle.loads(pickle.dumps(cls("no path"))).path is None


def test_the_required_error_types_exist():
    for name in ("UnsupportedFormatError", "EmptyDocumentError", "DecodeError", "NotAnnualReportError",
                 "NoTextLayerError", "EncryptedPDFError", "DocumentTooLargeError"):
        assert name in ERROR_TYPES


def test_errors_doc_lists_every_error_and_limit():
    doc = (ROOT / "docs" / "errors.md").read_text(encoding="utf-8")
    for name in ERROR_TYPES:
        assert f"`{name}`" in doc, name
    for field in ("max_bytes", "max_pages", "max_table_cells", "max_html_depth", "max_span", "max_text_chars"):
        assert f"`{field}`" in doc, field
        default = getattr(DEFAULT_SETTINGS, field)
        assert f"{default:,}" in doc or str(default) in doc, (field, default)
    for flag in ("--max-bytes", "--max-pages", "--max-table-cells", "--max-html-depth", "--max-span"):
        assert flag in doc, flag


# ---------------------------------------------------------------- limits bound cost

def test_max_bytes_is_checked_for_paths_bytes_and_text(tmp_path):
    path = FIXTURES / "legacy" / "pipe_rows.txt"
    for source in (path, str(path), path.read_bytes()):
        with pytest.raises(reportparse.DocumentTooLargeError):
            reportparse.parse(source, max_bytes=100)
    with pytest.raises(reportparse.DocumentTooLargeError):
        reportparse.parse_text(path.read_text(encoding="utf-8"), max_bytes=100)


def test_a_file_is_read_no_further_than_max_bytes(tmp_path, monkeypatch):
    """A file whose reported size is small may still be huge (a growing file, a lying file system)."""
    import os
    big = tmp_path / "growing.txt"
    big.write_bytes(b"x" * 10_000)
    real_stat = os.stat

    class Small:
        def __init__(self, st):
            self.st_mode, self.st_size = st.st_mode, 10
    monkeypatch.setattr(os, "stat", lambda p, *a, **k: Small(real_stat(p, *a, **k)))
    with pytest.raises(reportparse.DocumentTooLargeError):
        load(big, DEFAULT_SETTINGS.with_(max_bytes=1000))


def test_max_table_cells_counts_spanned_grid_positions():
    rows = '<tr><td rowspan="50" colspan="50">1</td><td>2</td></tr>' + "<tr><td>3</td></tr>" * 60
    page = f"<html><body><h1>某县2021年政府信息公开工作年度报告</h1><table>{rows}</table></body></html>"
    with pytest.raises(reportparse.DocumentTooLargeError, match="cells"):
        reportparse.parse(page.encode(), max_table_cells=1000)
    report = reportparse.parse(page.encode(), max_table_cells=5000)       # 1 + 49*50 + 61 positions
    assert report is not None


def test_max_span_clamps_with_one_warning_per_kind():
    row = '<td rowspan="999999999999999999999" colspan="7000000">1</td>'
    page = ("<html><body><h1>某县2021年政府信息公开工作年度报告</h1><table>" + ("<tr>" + row * 40 + "</tr>") * 3
            + "</table></body></html>")
    report = reportparse.parse(page.encode())
    clamped = [w for w in report.warnings if "clamped" in w]
    assert len(clamped) == 2, clamped
    assert any("120 rowspan values" in w for w in clamped) and any("120 colspan values" in w for w in clamped)


def test_span_values_are_read_as_browsers_read_them():
    from reportparse.layout.html import _Renderer
    r = _Renderer(DEFAULT_SETTINGS)
    assert [r._span(v, "rowspan") for v in ("2", " 3", "+4", "2.5", "5px", "-1", "0", "", None, "x", "1e9")] == \
        [2, 3, 4, 2, 5, 1, 1, 1, 1, 1, 1]


def test_html_depth_below_libxml2_limit_is_flattened_not_lost():
    """Nesting deeper than max_html_depth but shallower than libxml2's limit: same values, a warning."""
    page = (FIXTURES / "national" / "t2021_placeholder.html").read_bytes()
    expected = reportparse.parse(page).values()
    deep = corpus_tool.nested_divs(page, 1000)
    report = reportparse.parse(deep)
    assert report.values() == expected
    assert any("flattened" in w for w in report.warnings)
    shallow = reportparse.parse(corpus_tool.nested_divs(page, 50))
    assert shallow.values() == expected and not any("flattened" in w for w in shallow.warnings)


def test_max_text_chars_cuts_html_and_text_with_a_warning():
    text = (FIXTURES / "legacy" / "pipe_rows.txt").read_text(encoding="utf-8")
    report = reportparse.parse_text(text + "\n" + "填充文字。\n" * 1000, max_text_chars=len(text) + 10)
    assert any("cut at" in w for w in report.warnings)
    page = b"<html><body><p>" + "某县2021年政府信息公开工作年度报告".encode() + b"</p>" + b"<p>abc</p>" * 5000 + b"</body></html>"
    report = reportparse.parse(page, max_text_chars=2000)
    assert any("cut at 2,000" in w for w in report.warnings)
    assert len(load(page, DEFAULT_SETTINGS.with_(max_text_chars=2000)).text) <= 2000


def test_report_body_search_is_linear_in_nesting():
    """The body finder once called text_content() on every ancestor: quadratic on deep pages."""
    import time
    inner = "".join(f"<p>第{i}段文字内容。</p>" for i in range(20_000))
    page = ("<html><body>" + "<div>" * 1500 + inner + "</div>" * 1500 + "</body></html>").encode()
    t = time.perf_counter()
    reportparse.parse(page, require_report=False, max_html_depth=2000)
    assert time.perf_counter() - t < 30


# ---------------------------------------------------------------- no entity resolution, no fetching

class _Recorder(http.server.BaseHTTPRequestHandler):
    hits: list = []

    def do_GET(self):  # noqa: N802
        _Recorder.hits.append(self.path)
        body = b"FETCHED-MARKER-8c1f"
        self.send_response(200)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args):
        pass


@pytest.fixture
def http_recorder():
    _Recorder.hits = []
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Recorder)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}", _Recorder.hits
    server.shutdown()
    server.server_close()


def _xxe_pages(secret: Path, url: str) -> dict[str, str]:
    body = ("<body><h1>某县人民政府2021年政府信息公开工作年度报告</h1>"
            "<p>全年共收到政府信息公开申请12件。&xxe; &net; %pe;</p>"
            f'<img src="{url}/img.png"><script src="{url}/a.js"></script><link rel="stylesheet" href="{url}/s.css">'
            f'<iframe src="{url}/frame"></iframe><object data="{url}/obj"></object></body>')
    doctype = (f'<!DOCTYPE html [\n<!ENTITY xxe SYSTEM "file://{secret}">\n<!ENTITY net SYSTEM "{url}/entity">\n'
               f'<!ENTITY % pe SYSTEM "{url}/dtd"> %pe;\n]>\n')
    return {
        "html": doctype + f"<html><head><meta charset='utf-8'><title>t</title></head>{body}</html>",
        "xhtml": ('<?xml version="1.0" encoding="utf-8"?>\n'
                  + doctype.replace("<!DOCTYPE html [", '<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" '
                                    f'"{url}/xhtml1-strict.dtd" [')
                  + f'<html xmlns="http://www.w3.org/1999/xhtml"><head><title>t</title></head>{body}</html>'),
        "html_external_dtd": (f'<!DOCTYPE html SYSTEM "{url}/page.dtd"><html><head><title>t</title></head>'
                              f"{body.replace('&xxe;', '&ent_from_dtd;')}</html>"),
    }


@pytest.mark.parametrize("kind", ["html", "xhtml", "html_external_dtd"])
def test_external_entities_are_never_resolved_or_fetched(kind, tmp_path, http_recorder):
    url, hits = http_recorder
    secret = tmp_path / "secret.txt"
    secret.write_text("SECRET-MARKER-51d2", encoding="utf-8")
    page = _xxe_pages(secret, url)[kind]
    doc = load(page.encode("utf-8"), DEFAULT_SETTINGS)
    report = reportparse.parse(page.encode("utf-8"))
    for marker in ("SECRET-MARKER-51d2", "FETCHED-MARKER-8c1f"):
        assert marker not in doc.text and marker not in report.to_json()
    assert report.value("requests.new") == 12
    assert hits == [], f"reportparse fetched {hits}"


def test_entity_expansion_bomb_is_not_expanded():
    lol = '<!ENTITY lol0 "lol">' + "".join(
        f'<!ENTITY lol{i} "{("&lol%d;" % (i - 1)) * 10}">' for i in range(1, 10))
    page = (f'<?xml version="1.0"?><!DOCTYPE html [{lol}]><html><body>'
            "<h1>某县人民政府2021年政府信息公开工作年度报告</h1><p>&lol9;</p></body></html>")
    doc = load(page.encode(), DEFAULT_SETTINGS)
    assert doc.text.count("lol") < 100 and len(doc.text) < 10_000


# ---------------------------------------------------------------- input types and decoding

def test_str_with_lone_surrogates_and_other_source_types_do_not_crash():
    text = (FIXTURES / "legacy" / "pipe_rows.txt").read_text(encoding="utf-8")
    expected = reportparse.parse_text(text).values()
    assert reportparse.parse_text(text + "\ud800").values() == expected
    assert reportparse.parse(bytearray(text.encode())).values() == expected
    assert reportparse.parse(memoryview(text.encode())).values() == expected


def test_a_gbk_page_that_is_really_utf8_or_the_reverse_reads_the_same():
    for name in ("t2021_gbk.html", "t2021_placeholder.html"):
        raw = (FIXTURES / "national" / name).read_bytes()
        expected = reportparse.parse(raw).values()
        for declared in (b"utf-8", b"gb2312", b"iso-8859-1", b"windows-1252", b"no-such-charset", b"zlib"):
            page = raw.replace(b"charset=gb2312", b"charset=" + declared).replace(
                b'charset="utf-8"', b'charset="' + declared + b'"').replace(b"charset=utf-8", b"charset=" + declared)
            assert reportparse.parse(page).values() == expected, (name, declared)


def test_path_like_inputs_that_are_not_files_are_typed_errors(tmp_path):
    for source in (tmp_path, tmp_path / "missing.pdf", str(tmp_path / "missing.html"), str(tmp_path)):
        with pytest.raises(reportparse.errors.UnreadableFileError):
            reportparse.parse(source)
    if Path("/dev/zero").exists():
        with pytest.raises(reportparse.errors.UnreadableFileError):
            reportparse.parse(Path("/dev/zero"))


def test_a_near_match_search_stops_at_the_second_match(monkeypatch):
    """A label printed thousands of times is within a few errors of another row's label
    (本年新收 / 上年结转): every further step of the best-match search rescanned the rest of the text,
    so a repeated label took minutes. Two matches already say the near match is not unique."""
    from reportparse.extract import rows
    from reportparse.schema import row_specs

    text = "一、本年新收政府信息公开申请数量\n|\n12 |\n" * 300
    index = rows.LabelIndex(text)
    taken = []

    def counted(pattern, start=0, end=None):
        for hit in rows.LabelIndex.find(index, pattern, start, end):
            taken.append(hit)
            yield hit

    monkeypatch.setattr(index, "find", counted)
    assert rows._near_matches(index, list(row_specs("t3")), [], 0, len(text)) == []
    assert 0 < len(taken) <= 2 * len(row_specs("t3"))


def test_a_figure_behind_thousands_of_zeros_is_no_crash():
    """(found by the attack's repeat_clause class: a cell '0…01' of 10,001 characters raised ValueError from int(),
    whose 4,300-digit limit counts leading zeros)"""
    from reportparse.bounds import to_number
    from reportparse.cells import parse_cell

    assert to_number("0" * 10_000 + "1", 1) == 1
    assert parse_cell("0" * 10_000 + "17").value == 17
    assert to_number("0" * 10_000, 1) == 0
