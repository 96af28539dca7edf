"""The batch summary says how many parsed reports have warnings on figures and how many read none.

A researcher running thousands of reports must see, without opening each record, how many of them
were read only in part (Standards: nothing is silent)."""
from __future__ import annotations

import json
import shutil

import pytest

import reportparse
from conftest import FIXTURES
from reportparse.cli import main as cli_main
from reportparse.batch import run_batch
from reportparse.model import METADATA_WARNING, Report

_NO_FIGURES = ("某县人民政府2020年政府信息公开工作年度报告\n\n本报告根据《中华人民共和国政府信息公开条例》编制。\n\n"
               "一、总体情况\n\n今年我县持续推进政务公开工作，公开质量不断提升。\n")


def test_figure_warnings_leave_out_metadata_ones():
    report = Report(warnings=[METADATA_WARNING + "no publish date found", "table 三 row 'x': cut; not read"])
    assert report.figure_warnings == ["table 三 row 'x': cut; not read"]


def test_summary_counts_reports_with_warnings_and_without_figures(tmp_path):
    docs = tmp_path / "docs"
    docs.mkdir()
    shutil.copy(FIXTURES / "legacy" / "fujian_appendix.txt", docs / "clean.txt")            # no warning at all
    shutil.copy(FIXTURES / "damage" / "legacy_unmapped_rows.txt", docs / "unmapped.txt")    # rows left unread
    (docs / "nothing.txt").write_text(_NO_FIGURES, encoding="utf-8")                       # a report, no figure
    (docs / "notice.txt").write_text("通知\n\n请各单位按时报送材料。\n", encoding="utf-8")      # not a report: a failure
    out = tmp_path / "out.jsonl"
    summary = run_batch([docs], out, workers=1)
    assert (summary.parsed, sum(summary.failed.values())) == (3, 1)
    assert summary.reports_with_warnings == 2          # unmapped.txt and nothing.txt
    assert summary.reports_read_nothing == 1           # nothing.txt
    text = summary.format(str(out))
    assert "reports with warnings on figures 2" in text and "with no figure read 1" in text
    assert "reports_with_warnings=2 reports_read_nothing=1" in repr(summary)
    assert "reports with warnings on figures</th><td class='n'>2<" in summary._repr_html_()
    # the counts agree with the records themselves
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    reports = [r for r in records if r["kind"] == "report"]
    warned = sum(any(not w.startswith(METADATA_WARNING) for w in r.get("warnings", [])) for r in reports)
    assert warned == 2


def test_summary_counts_with_two_workers(tmp_path):
    docs = tmp_path / "docs"
    docs.mkdir()
    for i in range(3):
        shutil.copy(FIXTURES / "damage" / "legacy_unmapped_rows.txt", docs / f"u{i}.txt")
        (docs / f"n{i}.txt").write_text(_NO_FIGURES.replace("某县", f"某{i}县"), encoding="utf-8")
    summary = run_batch([docs], tmp_path / "out.jsonl", workers=2)
    assert (summary.parsed, summary.reports_with_warnings, summary.reports_read_nothing) == (6, 6, 3)


def test_warnings_dataframe_one_row_per_warning(tmp_path):
    pd = pytest.importorskip("pandas")
    docs = tmp_path / "docs"
    docs.mkdir()
    shutil.copy(FIXTURES / "damage" / "legacy_unmapped_rows.txt", docs / "unmapped.txt")
    (docs / "nothing.txt").write_text(_NO_FIGURES, encoding="utf-8")
    out = tmp_path / "out.jsonl"
    run_batch([docs], out, workers=1)
    reports = [reportparse.parse(docs / "unmapped.txt"), reportparse.parse(docs / "nothing.txt")]
    df = reportparse.warnings_dataframe(out)
    assert list(df.columns) == ["doc_id", "issuer", "year", "template", "about", "warning", "source_path"]
    assert len(df) == sum(len(r.warnings) for r in reports)
    unmapped = df[df.source_path.str.endswith("unmapped.txt")]
    assert sorted(unmapped[unmapped.about == "figures"].warning) == sorted(reports[0].figure_warnings)
    assert any("has figures but no key in the vocabulary" in w for w in unmapped.warning)
    assert set(df[df.about == "metadata"].warning.str[:10]) == {METADATA_WARNING}
    assert df.year.dtype == pd.Int64Dtype() and set(df.year) == {reports[0].year, 2020}
    figures = reportparse.warnings_dataframe(reports, figures_only=True)
    assert set(figures.about) == {"figures"} and len(figures) == sum(len(r.figure_warnings) for r in reports)
    # the CLI writes the same table
    assert cli_main(["export", str(out), "--out", str(tmp_path / "w.csv"), "--warnings"]) == 0
    assert len(pd.read_csv(tmp_path / "w.csv")) == len(df)
