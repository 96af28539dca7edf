"""The research-notebook layer (issue 11): display, metadata overrides and warnings, the long
DataFrame's provenance and identity, the catalogue, the crosswalk, charts, page images, the CLI."""
from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import warnings
from pathlib import Path

import pytest

import reportparse
from conftest import FIXTURES, ROOT, load_expected
from reportparse.batch import BatchSummary, parse_many, record_line, run_batch
from reportparse.cli import main as cli_main
from reportparse.model import Check, Indicator, Issuer, Region, Report

ONE_CELL = FIXTURES / "legacy" / "one_cell_per_line.txt"
PIPE_2021 = FIXTURES / "national" / "t2021_pipe_rows.txt"
PDF_2021 = FIXTURES / "pdf" / "report_2021.pdf"
NO_META = "政府信息公开工作年度报告\n本机关新收政府信息公开申请10件，同意公开3件。\n"


def expected(doc: Path) -> dict:
    return load_expected(doc.with_name(doc.stem + ".expected.json"))


def synthetic(issuer, code, year, template="2021", region=None, **values) -> Report:
    inds = []
    for key, value in values.items():
        key = key.replace("__", ".")
        inds.append(Indicator(key=key, value=value, applicant="total" if key.startswith("requests.") else None))
    return Report(title=f"{issuer}{year}年政府信息公开工作年度报告", year=year, template=template,
                  issuer=Issuer(name=issuer, kind="government", region=region or Region(code=code, level="county")),
                  indicators=inds, parser_version=reportparse.__version__)


# ------------------------------------------------------------------------------------ display

def test_short_reprs_and_html():
    report = reportparse.parse(PIPE_2021)
    text = repr(report)
    assert len(text) < 300 and "year=2023" in text and "template=2021" in text and "region=510104" in text
    html = report._repr_html_()
    assert report.title in html and "510104" in html and "<table>" in html
    assert len(html) < 20_000                                   # a compact table, not every value
    assert "more values" in html
    ind = report.get("requests.new")
    assert repr(ind) == f"<Indicator requests.new total = {expected(PIPE_2021)['values']['requests.new|applicant=total']} [table]>"
    assert "requests.new" in ind._repr_html_()
    fee = report.get("disclosure.fees.amount")
    assert "2,084,000.00 元" in repr(fee)                      # money printed as money
    failed = Check(rule="R1", scope="applicant=total", status="fail", expected=10, actual=12,
                   cells=["requests.new|applicant=total"])
    assert repr(failed) == "<Check R1 applicant=total fail: expected 10, got 12>"
    assert "rp-fail" in failed._repr_html_()
    report.checks.append(failed)
    html = report._repr_html_()
    assert "FAIL R1 applicant=total" in html and "class='rp-fail'><td>requests.new" in html
    summary = BatchSummary(inputs=3, parsed=2)
    summary.failed["EmptyDocumentError"] += 1
    assert repr(summary).startswith("<BatchSummary inputs=3 parsed=2 failed=1")
    assert "EmptyDocumentError" in summary._repr_html_()


def test_lazy_names_in_dir_and_py_typed():
    names = dir(reportparse)
    for name in ("parse_many", "to_dataframe", "compare", "plot_trend", "indicators", "checks_dataframe",
                 "failures_dataframe"):
        assert name in names and callable(getattr(reportparse, name))
    assert (Path(reportparse.__file__).parent / "py.typed").exists()
    assert '"py.typed"' in (ROOT / "pyproject.toml").read_text(encoding="utf-8")


def test_public_api_docstrings_list_overrides_and_errors():
    import inspect
    doc = inspect.getdoc(reportparse.parse)
    for word in ("year=", "issuer=", "region=", "max_bytes=", "ocr=", "Raises", "NotAnnualReportError", "ValueError"):
        assert word in doc, word
    for fn in (reportparse.to_dataframe, reportparse.compare, reportparse.plot_trend, reportparse.parse_many):
        assert fn.__doc__ and "Raises" in fn.__doc__, fn.__name__
        hints = inspect.signature(fn)
        assert all(p.annotation is not inspect.Parameter.empty for p in hints.parameters.values()
                   if p.kind not in (p.VAR_KEYWORD,)), fn.__name__


# ---------------------------------------------------------------------------- silent holes

def test_every_missing_metadata_field_is_a_warning():
    report = reportparse.parse_text(NO_META)
    missing = [w for w in report.warnings if w.startswith("metadata:")]
    assert len(missing) == 4
    assert any("reporting year" in w for w in missing) and any("issuer" in w for w in missing)
    assert any("region code" in w for w in missing) and any("publish date" in w for w in missing)
    # and none for a report that has them all
    full = reportparse.parse(ONE_CELL)
    assert full.year and full.issuer.name and full.issuer.region.code and full.published
    assert not [w for w in full.warnings if w.startswith("metadata:")]


def test_parse_overrides_year_issuer_region():
    report = reportparse.parse_text(NO_META, year=2016, issuer="芗城区人民政府", region="350602")
    assert report.year == 2016 and report.issuer.name == "芗城区人民政府" and report.issuer.kind == "government"
    assert report.issuer.region.code == "350602" and report.issuer.region.county == "芗城区"
    assert "metadata: year 2016 given by the caller (read from the document: None)" in report.warnings
    given = [w for w in report.warnings if "given by the caller" in w]
    assert len(given) == 3 and not [w for w in report.figure_warnings if "given by the caller" in w]
    assert [w for w in report.warnings if w.startswith("metadata:") and w not in given] == \
        ["metadata: no publish date found"]
    with pytest.raises(ValueError, match="region code"):
        reportparse.parse_text(NO_META, region="999999")
    with pytest.raises(ValueError, match="year"):
        reportparse.parse_text(NO_META, year="2016")


def test_batch_overrides_from_a_file_name_pattern_and_a_side_table(tmp_path):
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "xiangcheng_2016.txt").write_text(NO_META, encoding="utf-8")
    (docs / "other_2017.txt").write_text(NO_META + "\n", encoding="utf-8")
    table = tmp_path / "meta.csv"
    table.write_text("path,issuer,region\ndocs/other_2017.txt,丰泽区人民政府,350503\n", encoding="utf-8")
    from reportparse.overrides import MetadataOverrides
    overrides = MetadataOverrides.from_table(table, year_from_name=r"_(\d{4})\.")
    results = parse_many([docs], workers=0, metadata=overrides)
    assert len(results) == 2
    got = {Path(r.source.path).name: (r.year, r.issuer.name, r.issuer.region.code) for r in results}
    assert got == {"xiangcheng_2016.txt": (2016, None, None), "other_2017.txt": (2017, "丰泽区人民政府", "350503")}
    out = tmp_path / "out.jsonl"
    assert cli_main(["batch", str(docs), "--out", str(out), "-j", "0", "-q", "--year-from-name", r"(\d{4})",
                     "--metadata", str(table)]) == 0
    years = sorted(json.loads(line)["year"] for line in out.read_text(encoding="utf-8").splitlines())
    assert years == [2016, 2017]
    assert cli_main(["batch", str(docs), "--out", str(out), "--year-from-name", "no group"]) == 2


def test_dropped_records_are_counted_and_said(tmp_path):
    reports = [synthetic("甲区人民政府", "110101", 2020, requests__new=5),
               synthetic("甲区人民政府", "110101", 2021, requests__new=7)]
    reports.append(synthetic("乙区人民政府", "110102", None, requests__new=3))
    with pytest.warns(reportparse.DroppedRecordsWarning, match=r"1 record\(s\) left out: reports without a year"):
        pairs = reportparse.compare_years(reports, keys=["requests.new"])
    assert list(pairs.change) == [2]
    pytest.importorskip("matplotlib")
    with pytest.warns(reportparse.DroppedRecordsWarning, match=r"1 record\(s\) left out: issuer-years without a year"):
        reportparse.plot_trend(reports, "requests.new")


# --------------------------------------------------------------------------- the long table

pd = pytest.importorskip("pandas")


def test_long_table_carries_provenance_and_identity():
    report = reportparse.parse(PIPE_2021)
    df = report.to_dataframe()
    row = df[(df.key == "requests.new") & (df.applicant == "total")].iloc[0]
    ind = report.get("requests.new")
    assert row.doc_id == report.source.sha256 and len(row.doc_id) == 64
    assert row.title == report.title and row.published == "2024-01-30" and row.issuer_kind == "government"
    assert row.current_region_code == "510104" and row.label == ind.label and row.raw == ind.raw
    assert (row.span_start, row.span_end) == tuple(ind.source.span) and row.method == "table"
    # counts stay integers although a fee in 元 is in the same table
    assert str(df.value.dtype) == "Int64" and str(df.amount.dtype) == "Float64"
    fee = df[df.key == "disclosure.fees.amount"].iloc[0]
    assert pd.isna(fee.value) and fee.amount == expected(PIPE_2021)["values"]["disclosure.fees.amount"]
    # requests.* rows have an applicant, no other key has one
    assert df[df.key.str.startswith("requests.")].applicant.notna().all()
    assert df[~df.key.str.startswith("requests.")].applicant.isna().all()


def test_html_values_carry_table_row_and_column():
    html = FIXTURES / "national" / "t2019_rowspan.html"
    report = reportparse.parse(html)
    df = report.to_dataframe()
    ind = report.get("requests.granted", "commercial")
    row = df[(df.key == "requests.granted") & (df.applicant == "commercial")].iloc[0]
    assert ind.source.table is not None
    assert (row.table, row.row, row.col) == (ind.source.table, ind.source.row, ind.source.col)


def test_pdf_values_carry_their_box():
    report = reportparse.parse(PDF_2021)
    df = report.to_dataframe()
    boxed = df[df.bbox_x0.notna()]
    assert len(boxed) > 50 and (boxed.bbox_x1 > boxed.bbox_x0).all() and (boxed.bbox_bottom > boxed.bbox_top).all()
    assert boxed.page.notna().all()


def test_the_same_report_in_two_files_is_one_document():
    utf8 = reportparse.parse(ONE_CELL)
    gbk = reportparse.parse(FIXTURES / "legacy" / "one_cell_per_line_gbk.txt")
    assert utf8.source.sha256 != gbk.source.sha256
    with pytest.warns(reportparse.DroppedRecordsWarning, match="1 record.*another file or format"):
        df = reportparse.to_dataframe([gbk, utf8])
    assert df.doc_id.nunique() == 1 and df.attrs["duplicate_copies"] == 1
    assert set(df.source_path) == {str(ONE_CELL)}          # the first by path is kept
    other = synthetic("甲区人民政府", "110101", 2021, requests__new=5)
    changed = synthetic("甲区人民政府", "110101", 2021, requests__new=6)     # one value differs: two documents
    assert reportparse.to_dataframe([other, changed]).attrs["duplicate_copies"] == 0


def test_checks_and_failures_tables(tmp_path):
    docs = tmp_path / "docs"
    docs.mkdir()
    shutil.copyfile(PIPE_2021, docs / PIPE_2021.name)
    (docs / "empty.txt").write_bytes(b"")
    out = tmp_path / "r.jsonl"
    run_batch([docs], out, workers=0, progress=False)
    checks = reportparse.checks_dataframe(out)
    report = reportparse.parse(PIPE_2021)
    assert len(checks) == len(report.checks) and set(checks.status) <= {"pass", "fail", "not_assessable"}
    assert checks.attrs["failures"] == 1
    fails = reportparse.failures_dataframe(out)
    assert list(fails.error_type) == ["EmptyDocumentError"] and fails.path.iloc[0].endswith("empty.txt")
    with pytest.warns(reportparse.DroppedRecordsWarning, match="failures"):
        df = reportparse.to_dataframe(out)
    assert df.attrs["failures"] == 1


def test_rerun_from_another_directory_does_not_duplicate(tmp_path, monkeypatch):
    docs = tmp_path / "a" / "docs"
    docs.mkdir(parents=True)
    shutil.copyfile(ONE_CELL, docs / ONE_CELL.name)
    (docs / "empty.txt").write_bytes(b"")
    out = tmp_path / "out.jsonl"
    monkeypatch.chdir(tmp_path / "a")
    assert run_batch(["docs"], out, workers=0, progress=False).records == 2
    monkeypatch.chdir(tmp_path)
    summary = run_batch(["a/docs"], out, workers=0, progress=False)
    assert summary.skipped == 2 and summary.parsed == 0 and summary.records == 2
    assert len(out.read_text(encoding="utf-8").splitlines()) == 2


# ----------------------------------------------------------------- catalogue and crosswalk

def test_indicator_catalogue():
    cat = reportparse.indicators()
    assert list(cat.columns) == ["key", "label_zh", "label_en", "unit", "templates", "table", "description"]
    from reportparse.schema import keys
    assert len(cat) == len(keys()) and cat.label_en.str.len().gt(0).all() and cat.key.is_unique
    row = cat.set_index("key").loc["requests.new"]
    assert row.label_en == "New requests received" and row.unit == "件" and row.templates == "legacy,2019,2021"
    wide = reportparse.compare([synthetic("甲区人民政府", "110101", 2021, requests__new=5)], keys=["requests.new"],
                               labels="en")
    assert "New requests received" in wide.columns and wide["New requests received"].iloc[0] == 5


def test_harmonised_figures_say_what_they_were_built_from():
    legacy = synthetic("甲县人民政府", "110101", 2017, template="legacy", requests__denied=6,
                       requests__reply__not_exist=2, requests__reply__not_this_agency=3)
    parts = {f"requests__denied__{r}": n for n, r in enumerate(
        ("state_secret", "prohibited_by_law", "security_stability", "third_party", "internal_affairs",
         "process_info", "enforcement_file", "admin_query"), 1)}
    national = synthetic("甲县人民政府", "110101", 2019, template="2019", requests__unable__not_held=4, **parts)
    wide = reportparse.compare([legacy, national], keys=["requests.denied", "requests.unable.not_held"], harmonize=True)
    by_year = wide.set_index("year")
    assert by_year.loc[2017, "requests.denied"] == 6 and by_year.loc[2019, "requests.denied"] == sum(range(1, 9))
    assert by_year.loc[2017, "requests.unable.not_held"] == 5 and by_year.loc[2019, "requests.unable.not_held"] == 4
    assert by_year.loc[2017, "requests.unable.not_held from"] == \
        "requests.reply.not_exist+requests.reply.not_this_agency (legacy)"
    assert by_year.loc[2019, "requests.denied from"].startswith("requests.denied.state_secret+")
    # one missing part: blank, and said
    national.indicators = [i for i in national.indicators if i.key != "requests.denied.state_secret"]
    wide = reportparse.compare([national], keys=["requests.denied"], harmonize=True)
    assert pd.isna(wide["requests.denied"].iloc[0]) and "blank: requests.denied.state_secret" in wide["requests.denied from"].iloc[0]
    assert (ROOT / "docs" / "crosswalk.md").exists()
    cw = reportparse.crosswalk()
    assert set(cw.template) == {"legacy", "2019", "2021"}
    doc = (ROOT / "docs" / "crosswalk.md").read_text(encoding="utf-8")
    assert all(f"`{k}`" in doc for k in cw.key.unique())


def test_series_join_on_the_current_region_code():
    # 洪泽县 (320829) became 洪泽区 (320813): its county and district reports are one series
    county = Region(province="江苏省", city="淮安市", county="洪泽县", code="320829", level="county", current_code="320813")
    district = Region(province="江苏省", city="淮安市", county="洪泽区", code="320813", level="county")
    reports = [synthetic("洪泽县人民政府", None, 2015, region=county, requests__new=8),
               synthetic("洪泽区人民政府", None, 2016, region=district, requests__new=11),
               synthetic("洪泽区教育局", None, 2016, region=district, requests__new=2)]
    pairs = reportparse.compare_years(reports, keys=["requests.new"])
    assert len(pairs) == 1 and pairs.change.iloc[0] == 3 and pairs.region_code.iloc[0] == "320813"
    wide = reportparse.compare(reportparse.to_dataframe(reports), keys=["requests.new"])   # a DataFrame works too
    assert set(wide.region_code) == {"320813"} and len(wide) == 3


def test_compare_and_plot_accept_reports_jsonl_or_dataframe(tmp_path):
    reports = [synthetic("甲区人民政府", "110101", y, requests__new=y - 2000) for y in (2019, 2020, 2021)]
    jsonl = tmp_path / "r.jsonl"
    jsonl.write_text("".join(record_line(r) + "\n" for r in reports), encoding="utf-8")
    a = reportparse.compare(reports, keys=["requests.new"])
    b = reportparse.compare(jsonl, keys=["requests.new"])
    c = reportparse.compare(reportparse.to_dataframe(jsonl), keys=["requests.new"])
    assert a.equals(b) and list(c["requests.new"]) == [19, 20, 21]


# ------------------------------------------------------------------------------------ charts

def test_plot_trend_returns_a_figure_draws_on_ax_and_never_sets_a_backend(monkeypatch, tmp_path):
    matplotlib = pytest.importorskip("matplotlib")
    monkeypatch.setattr(matplotlib, "use", lambda *a, **k: pytest.fail("plot_trend switched the backend"))
    from matplotlib.figure import Figure
    reports = [synthetic("甲区人民政府", "110101", y, requests__new=y - 2000) for y in (2019, 2020, 2021)]
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        fig = reportparse.plot_trend(reports, "requests.new")
    assert isinstance(fig, Figure) and fig.trend_info["years"] == [2019, 2020, 2021]
    line = fig.axes[0].get_lines()[0]
    assert list(line.get_ydata()) == [19, 20, 21]
    mine = Figure()
    ax = mine.add_subplot()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        again = reportparse.plot_trend(reports, "requests.new", ax=ax, out=str(tmp_path / "x.svg"))
    assert again is mine and (tmp_path / "x.svg").read_text().startswith("<?xml")


def test_page_image_boxes_every_value_on_the_page(tmp_path):
    report = reportparse.parse(PDF_2021)
    page = 2
    on_page = [i for i in report.indicators if i.source.page == page and i.source.bbox]
    image = report.show(page)
    assert image.info["boxes"] == len(on_page) > 10
    import numpy as np
    red = int((np.asarray(image) == (220, 40, 40)).all(axis=2).sum())
    assert red > 1000
    out = tmp_path / "page.png"
    assert cli_main(["show", str(PDF_2021), "--page", str(page), "--out", str(out)]) == 0
    assert out.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert cli_main(["show", str(PDF_2021), "--page", "99", "--out", str(out)]) == 2
    with pytest.raises(ValueError, match="PDF"):
        reportparse.parse(ONE_CELL).show(1)


# ------------------------------------------------------------------------------------ CLI

@pytest.fixture(scope="module")
def results(tmp_path_factory):
    root = tmp_path_factory.mktemp("nb")
    docs = root / "docs"
    docs.mkdir()
    for doc in (ONE_CELL, PIPE_2021):
        shutil.copyfile(doc, docs / doc.name)
    (docs / "empty.txt").write_bytes(b"")
    out = root / "results.jsonl"
    run_batch([docs], out, workers=0, progress=False)
    return out


def test_export_format_follows_the_extension_or_fails(results, tmp_path, capsys):
    assert cli_main(["export", str(results), "--out", str(tmp_path / "x.xlsx")]) == 2
    err = capsys.readouterr().err
    assert ".xlsx" in err and ".csv or .parquet" in err and not (tmp_path / "x.xlsx").exists()
    assert cli_main(["export", str(results), "--out", str(tmp_path / "checks.csv"), "--checks"]) == 0
    assert "status" in pd.read_csv(tmp_path / "checks.csv").columns
    assert "1 record(s) left out: failures" in capsys.readouterr().err


def test_unknown_keys_and_applicants_are_errors_with_suggestions(results, tmp_path, capsys):
    assert cli_main(["export", str(results), "--wide", "--keys", "requests.nwe", "--out", str(tmp_path / "w.csv")]) == 2
    assert "did you mean requests.new" in capsys.readouterr().err
    assert cli_main(["plot", str(results), "--key", "requests.new", "--applicant", "natural_persn",
                     "--out", str(tmp_path / "p.png")]) == 2
    assert "did you mean natural_person" in capsys.readouterr().err
    assert cli_main(["parse", str(PIPE_2021), "--key", "review.totl"]) == 2
    assert "did you mean review.total" in capsys.readouterr().err


def test_parse_key_filter_wide_view_money_and_table4_labels(capsys):
    assert cli_main(["parse", str(PIPE_2021), "--key", "review.", "--key", "disclosure.fees.amount"]) == 0
    out = capsys.readouterr().out
    body = [ln for ln in out.splitlines() if ln.startswith(("review.", "disclosure.", "requests."))]
    assert len(body) == 6 and not any(ln.startswith("requests.") for ln in body)
    assert "2,084,000.00 元" in out and "审结 | 总计" not in out and "行政复议" in out
    assert cli_main(["parse", str(PIPE_2021), "--wide", "--key", "requests.granted"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[1].split()[:3] == ["key", "period", "natural_person"]
    exp = expected(PIPE_2021)["values"]
    assert lines[2].split() == ["requests.granted", "year", *(str(exp[f"requests.granted|applicant={a}"]) for a in
                                ("natural_person", "commercial", "research", "social_welfare", "legal_service",
                                 "other_org", "total"))]


def test_checks_command_lists_failed_checks(tmp_path, capsys):
    bad = synthetic("甲区人民政府", "110101", 2021, requests__new=5)
    bad.checks = [Check(rule="R2", scope="applicant=total", status="fail", expected=10, actual=9, suspect="source"),
                  Check(rule="R1", scope="applicant=total", status="pass", expected=3, actual=3)]
    good = synthetic("乙区人民政府", "110102", 2021, requests__new=5)
    jsonl = tmp_path / "r.jsonl"
    jsonl.write_text(record_line(bad) + "\n" + record_line(good) + "\n", encoding="utf-8")
    assert cli_main(["checks", str(jsonl)]) == 1
    out = capsys.readouterr().out
    assert "FAIL" in out and "R2 applicant=total: expected 10, got 9 (suspect: source)" in out and "R1" not in out
    assert "2 report(s), 1 with failed checks" in out


# ------------------------------------------------------------------------------------ batches

def test_parse_many_under_tqdm_in_a_plain_script(tmp_path):
    """No __main__ guard, two workers, tqdm's monitor thread running: it works."""
    docs = tmp_path / "docs"
    docs.mkdir()
    for n in range(4):
        (docs / f"{n}.txt").write_text(ONE_CELL.read_text(encoding="utf-8") + f"\n{n}\n", encoding="utf-8")
    script = tmp_path / "plain.py"
    script.write_text(
        "from tqdm import tqdm\nfrom reportparse import parse_many\n"
        f"results = list(tqdm(parse_many([{str(docs)!r}], workers=2), mininterval=0))\n"
        "print('years', sorted(r.year for r in results))\n", encoding="utf-8")
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    r = subprocess.run([sys.executable, str(script)], capture_output=True, text=True, timeout=120, env=env)
    assert r.returncode == 0, r.stderr[-2000:]
    assert "years [2016, 2016, 2016, 2016]" in r.stdout and "4/4" in r.stderr
