"""Long and wide tables, the cross-year check R5, CSV/Parquet files and trend charts."""
from __future__ import annotations

import json
import shutil
import sys
from pathlib import Path

import pytest

import reportparse
from conftest import FIXTURES, load_expected
from reportparse.batch import Failure, parse_many, record_line, run_batch
from reportparse.cli import main as cli_main
from reportparse.model import Indicator, Issuer, Region, Report

pd = pytest.importorskip("pandas")
from reportparse.export import (COLUMNS, COMPARABLE_KEYS, check_carry_over, compare, compare_years,  # noqa: E402
                                to_dataframe)

ONE_CELL = FIXTURES / "legacy" / "one_cell_per_line.txt"
ONE_CELL_GBK = FIXTURES / "legacy" / "one_cell_per_line_gbk.txt"
PIPE_2021 = FIXTURES / "national" / "t2021_pipe_rows.txt"


def expected_value(doc: Path, vid: str):
    return load_expected(doc.with_name(doc.stem + ".expected.json"))["values"][vid]


@pytest.fixture(scope="module")
def results(tmp_path_factory):
    """A results.jsonl of a few fixtures plus a failure."""
    root = tmp_path_factory.mktemp("exp")
    docs = root / "docs"
    docs.mkdir()
    for doc in (ONE_CELL, ONE_CELL_GBK, PIPE_2021):
        shutil.copyfile(doc, docs / doc.name)
    (docs / "empty.txt").write_bytes(b"")
    out = root / "results.jsonl"
    run_batch([docs], out, workers=0, progress=False)
    return out


def synthetic(issuer: str, code: str, year: int, **values) -> Report:
    inds = []
    for key, value in values.items():
        key = key.replace("__", ".")
        inds.append(Indicator(key=key, value=value, applicant="total" if key.startswith("requests.") else None))
    return Report(title=f"{issuer}{year}年政府信息公开工作年度报告", year=year, template="2021",
                  issuer=Issuer(name=issuer, kind="government", region=Region(code=code, level="county")),
                  indicators=inds, parser_version=reportparse.__version__)


def test_long_table_of_one_report():
    report = reportparse.parse(ONE_CELL)
    df = to_dataframe(report)
    assert list(df.columns) == list(COLUMNS)
    assert len(df) == len(report.indicators)
    row = df[(df.key == "requests.new") & (df.applicant == "total") & (df.period == "year")]
    assert len(row) == 1
    assert row.value.iloc[0] == expected_value(ONE_CELL, "requests.new|applicant=total") == 47
    assert row.year.iloc[0] == 2016 and row.region_code.iloc[0] == "350602"
    assert row.issuer.iloc[0] == report.issuer.name and row.source_path.iloc[0] == str(ONE_CELL)
    assert row.method.iloc[0] == "table" and not row.derived.iloc[0]
    cum = df[(df.key == "requests.new") & (df.period == "cumulative")]
    assert cum.value.iloc[0] == expected_value(ONE_CELL, "requests.new|applicant=total|period=cumulative")
    assert str(df.value.dtype) == "Int64" and str(df.year.dtype) == "Int64"
    # the Report method goes through the same function
    assert report.to_dataframe().equals(df)


def test_every_input_kind_gives_the_same_table(results):
    from_jsonl = to_dataframe(results)
    lines = [json.loads(line) for line in results.read_text(encoding="utf-8").splitlines()]
    assert any(r["kind"] == "failure" for r in lines)                    # skipped below
    objects = [r for r in parse_many([results.parent / "docs"], workers=0)]
    assert any(isinstance(o, Failure) for o in objects)
    key = ["source_path", "key", "applicant", "period"]

    def norm(df):
        return df.sort_values(key, na_position="first").reset_index(drop=True)

    assert norm(to_dataframe(lines)).equals(norm(from_jsonl))
    assert norm(to_dataframe(objects)).equals(norm(from_jsonl))
    assert norm(to_dataframe(str(results))).equals(norm(from_jsonl))
    # the GBK copy of the UTF-8 report is the same document (title, year, every value): counted once
    assert set(from_jsonl.source_path) == {str(results.parent / "docs" / d.name) for d in (ONE_CELL, PIPE_2021)}
    assert from_jsonl.attrs["duplicate_copies"] == 1 and from_jsonl.attrs["failures"] == 1


def test_blank_as_zero():
    report = synthetic("甲区人民政府", "110101", 2021, requests__new=5, requests__granted=None)
    assert to_dataframe(report).set_index("key").value.isna().to_dict() == {"requests.new": False, "requests.granted": True}
    zero = to_dataframe(report, blank_as_zero=True).set_index("key").value
    assert zero["requests.granted"] == 0 and zero["requests.new"] == 5


def test_wide_comparison(results):
    wide = compare(results)
    assert list(wide.columns) == ["region_code", "issuer", "year", "template", *COMPARABLE_KEYS]
    # the UTF-8 and GBK copies of one report are one issuer-year
    assert len(wide) == 2
    xiang = wide[wide.region_code == "350602"].iloc[0]
    assert xiang.year == 2016 and xiang["requests.new"] == expected_value(ONE_CELL, "requests.new|applicant=total")
    assert xiang["review.total"] == expected_value(ONE_CELL, "review.total")
    assert pd.isna(xiang["requests.carried_over"])                     # legacy has no 上年结转
    jin = wide[wide.region_code == "510104"].iloc[0]
    exp = load_expected(PIPE_2021.with_name("t2021_pipe_rows.expected.json"))["values"]
    assert jin["requests.new"] == exp["requests.new|applicant=total"]
    assert jin["requests.carried_forward"] == exp["requests.carried_forward|applicant=total"]
    # litigation.total is derived in 2021 reports (direct + after review): used here
    assert jin["litigation.total"] == exp["litigation.direct.total"] + exp["litigation.after_review.total"]
    # another applicant, chosen keys
    natural = compare(results, keys=["requests.new"], applicant="natural_person")
    assert natural[natural.region_code == "510104"]["requests.new"].iloc[0] == exp["requests.new|applicant=natural_person"]
    assert natural[natural.region_code == "350602"]["requests.new"].isna().all()


def test_cross_year_carry_over_check():
    reports = [
        synthetic("甲区人民政府", "110101", 2020, requests__carried_forward=17, requests__new=100),
        synthetic("甲区人民政府", "110101", 2021, requests__carried_over=17, requests__carried_forward=5, requests__new=120),
        synthetic("甲区人民政府", "110101", 2022, requests__carried_over=4, requests__new=90),
        synthetic("甲区人民政府", "110101", 2024, requests__carried_over=9),           # 2023 missing: no pair
        synthetic("乙区人民政府", "110102", 2021, requests__carried_over=3),           # one year only
        synthetic("甲区教育局", "110101", 2021, requests__carried_forward=2),           # same code, other issuer
        synthetic("甲区教育局", "110101", 2022, requests__new=1),
    ]
    r5 = check_carry_over(reports)
    assert list(r5.columns) == ["region_code", "issuer", "year_prev", "year", "carried_forward_prev", "carried_over", "status"]
    got = {(r.issuer, r.year): r.status for r in r5.itertuples()}
    assert got == {("甲区人民政府", 2021): "pass", ("甲区人民政府", 2022): "fail", ("甲区教育局", 2022): "not_assessable"}
    fail = r5[r5.status == "fail"].iloc[0]
    assert fail.carried_forward_prev == 5 and fail.carried_over == 4 and fail.year_prev == 2021
    years = compare_years(reports, keys=["requests.new"])
    row = years[(years.issuer == "甲区人民政府") & (years.year == 2021)].iloc[0]
    assert row.value_prev == 100 and row.value == 120 and row.change == 20


def test_export_cli_csv_parquet_wide(results, tmp_path, capsys):
    long_csv = tmp_path / "long.csv"
    assert cli_main(["export", str(results), "--format", "csv", "--out", str(long_csv)]) == 0
    assert "rows" in capsys.readouterr().out
    back = pd.read_csv(long_csv, dtype={"region_code": str})
    df = to_dataframe(results)
    assert list(back.columns) == list(COLUMNS) and len(back) == len(df)
    row = back[(back.key == "requests.new") & (back.applicant == "total") & (back.period == "year")
               & (back.region_code == "350602")]
    assert set(row.value) == {47}

    wide_csv = tmp_path / "wide.csv"
    assert cli_main(["export", str(results), "--wide", "--out", str(wide_csv)]) == 0
    wide = pd.read_csv(wide_csv, dtype={"region_code": str})
    assert wide.set_index("region_code").loc["350602", "requests.new"] == 47

    pytest.importorskip("pyarrow")
    pq = tmp_path / "long.parquet"
    assert cli_main(["export", str(results), "--format", "parquet", "--out", str(pq)]) == 0
    back = pd.read_parquet(pq)
    assert back.equals(df)
    r5 = tmp_path / "r5.csv"
    assert cli_main(["export", str(results), "--carry-over", "--out", str(r5)]) == 0
    assert list(pd.read_csv(r5).columns)[-1] == "status"


def test_plot_cli(results, tmp_path, capsys):
    pytest.importorskip("matplotlib")
    reports = [synthetic("甲区人民政府", "110101", y, requests__new=v) for y, v in ((2019, 10), (2020, 14), (2021, 9))]
    reports += [synthetic("乙区人民政府", "110102", y, requests__new=v) for y, v in ((2020, 3), (2021, 6))]
    jsonl = tmp_path / "series.jsonl"
    jsonl.write_text("".join(record_line(r) + "\n" for r in reports), encoding="utf-8")
    png = tmp_path / "chart.png"
    assert cli_main(["plot", str(jsonl), "--key", "requests.new", "--out", str(png)]) == 0
    out = capsys.readouterr().out
    assert "2 issuer(s), 2019–2021" in out
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" and png.stat().st_size > 10_000
    one = tmp_path / "one.png"
    assert cli_main(["plot", str(jsonl), "--key", "requests.new", "--region", "110102", "--out", str(one)]) == 0
    assert "1 issuer(s), 2020–2021" in capsys.readouterr().out
    assert cli_main(["plot", str(jsonl), "--key", "requests.new", "--region", "99", "--out", str(one)]) == 1
    assert "no requests.new values" in capsys.readouterr().err


def test_plot_without_a_cjk_font_labels_in_ascii(tmp_path, monkeypatch):
    pytest.importorskip("matplotlib")
    import reportparse.charts as charts
    monkeypatch.setattr(charts, "cjk_font", lambda: None)
    reports = [synthetic("甲区人民政府", "110101", y, requests__new=y - 2000) for y in (2019, 2021)]
    reports += [synthetic("甲区教育局", "110101", 2021, requests__new=4)]
    reports[-1].issuer.kind = "department"
    with pytest.warns(charts.MissingFontWarning, match="apt-get install fonts-noto-cjk"):
        fig = charts.plot_trend(reports, "requests.new", str(tmp_path / "c.png"))
    info = fig.trend_info
    assert info["font"] is None and info["issuers"] == 2 and info["years"] == [2019, 2021]
    assert (tmp_path / "c.png").stat().st_size > 10_000


@pytest.mark.parametrize("module,extra,call", [
    ("pandas", "pandas", lambda p, t: to_dataframe(p)),
    ("pyarrow", "parquet", lambda p, t: cli_main(["export", str(p), "--out", str(t / "x.parquet")])),
    ("matplotlib", "plot", lambda p, t: cli_main(["plot", str(p), "--key", "requests.new", "--out", str(t / "x.png")])),
])
def test_missing_extras_say_what_to_install(module, extra, call, results, tmp_path, monkeypatch, capsys):
    monkeypatch.setitem(sys.modules, module, None)
    if module == "pandas":
        with pytest.raises(ImportError, match=rf"pip install reportparse\[{extra}\]"):
            call(results, tmp_path)
    else:
        assert call(results, tmp_path) == 2
        assert f"pip install reportparse[{extra}]" in capsys.readouterr().err


def test_parse_json_output_is_accepted(tmp_path):
    report = reportparse.parse(ONE_CELL)
    one = tmp_path / "one.json"
    one.write_text(report.to_json(ensure_ascii=False, indent=1), encoding="utf-8")
    many = tmp_path / "many.json"
    many.write_text(json.dumps([report.to_dict(), report.to_dict()], ensure_ascii=False), encoding="utf-8")
    assert len(to_dataframe(one)) == len(report.indicators)
    # the same document twice (same content sha256) is one document, and the copy is announced
    with pytest.warns(reportparse.DroppedRecordsWarning, match="1 record.*same content sha256"):
        df = to_dataframe(many)
    assert len(df) == len(report.indicators) and df.attrs["duplicate_copies"] == 1
