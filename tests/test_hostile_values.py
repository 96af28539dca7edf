"""Hostile input, second round (issue 13): digit runs past int()'s cap, values that break the contract
(inf, negative or absurd counts, digits of other scripts), paths versus text in the API and on the
command line, settings that are validated, and concurrent parsing. Every document here is invented."""
from __future__ import annotations

import json
import os
import subprocess
import sys
import warnings
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

import reportparse
from conftest import FIXTURES, ROOT
from reportparse.bounds import MAX_INT_DIGITS, implausible, is_ascii_number, to_number
from reportparse.cells import parse_cell
from reportparse.errors import UnreadableFileError, UnsupportedFormatError
from reportparse.settings import ParseSettings

T2021 = FIXTURES / "national" / "t2021_pipe_rows.txt"
T2019 = FIXTURES / "national" / "t2019_cell_per_line.txt"
ROW = "| 行政规范性文件 | 11 | 4 | 83 |"          # in T2021: disclosure.normative_docs.{issued,repealed,in_force}


def _t2021_with(row: str) -> str:
    text = T2021.read_text(encoding="utf-8")
    assert ROW in text
    return text.replace(ROW, row)


def _cli(*args, stdin: bytes | None = None):
    return subprocess.run([sys.executable, "-m", "reportparse", *map(str, args)], capture_output=True,
                          input=stdin, timeout=120)


def _strict_json(text: str):
    def refuse(name):
        raise ValueError(f"{name} is not JSON")
    return json.loads(text, parse_constant=refuse)


# --------------------------------------------------------------------- numbers and their bounds

def test_numbers_are_converted_only_when_short_and_ascii():
    assert to_number("12") == 12 and to_number("-4") == -4 and to_number("3.25") == 3.25
    assert to_number("9" * MAX_INT_DIGITS) == int("9" * MAX_INT_DIGITS)
    assert to_number("0" * 30 + "7") == 7                          # leading zeros are not magnitude
    for bad in ("9" * (MAX_INT_DIGITS + 1), "7" * 5000, "9" * 310 + ".5", "1." + "3" * 400, "1e308", "inf",
                "nan", "๑๒", "١٢", "१२", "²", "12a", "", "-", "1.2.3"):
        assert to_number(bad) is None, bad
    assert parse_cell("7" * 5000).value is None and not parse_cell("7" * 5000).ok
    assert parse_cell("๑๒").value is None and not parse_cell("๑๒").ok
    assert parse_cell("1,234").value == 1234 and parse_cell("-3").value == -3


def test_a_5000_digit_cell_is_unread_with_a_warning_not_a_crash():
    report = reportparse.parse_text(_t2021_with("| 行政规范性文件 | 11 | " + "7" * 5000 + " | 83 |"))
    values = report.values()
    assert "disclosure.normative_docs.repealed" not in values
    assert values["requests.new|applicant=total"] == 316          # the rest of the report is read
    assert any("行政规范性文件" in w and "not a number" in w for w in report.warnings), report.warnings


def test_a_5000_digit_cell_on_the_command_line_is_not_an_internal_error(tmp_path):
    path = tmp_path / "report.txt"
    path.write_text(_t2021_with("| 行政规范性文件 | 11 | " + "7" * 5000 + " | 83 |"), encoding="utf-8")
    p = _cli("parse", path, "--json")
    assert p.returncode == 0, p.stderr
    assert "internal error" not in p.stderr.decode()


def test_a_310_digit_decimal_never_becomes_infinity_and_json_stays_json(tmp_path):
    text = _t2021_with("| 行政规范性文件 | 11 | " + "9" * 310 + ".5 | 83 |")
    report = reportparse.parse_text(text)
    assert all(not isinstance(v, float) or v == v and abs(v) != float("inf") for v in report.values().values())
    json.dumps(report.to_dict(), allow_nan=False)
    path = tmp_path / "report.txt"
    path.write_text(text, encoding="utf-8")
    p = _cli("parse", path, "--json")
    assert p.returncode == 0 and "Infinity" not in p.stdout.decode()
    _strict_json(p.stdout.decode())


def test_a_negative_count_is_a_warning_not_a_record():
    report = reportparse.parse_text(_t2021_with("| 行政规范性文件 | 11 | -4 | 83 |"))
    assert report.value("disclosure.normative_docs.repealed") is None
    assert report.value("disclosure.normative_docs.issued") == 11
    assert any("disclosure.normative_docs.repealed" in w and "negative count" in w for w in report.warnings)


def test_a_count_with_a_fraction_is_a_warning_not_a_record():
    # a row code (3.3) or a money cell shifted into a count's column is no count; a fee keeps its fraction
    report = reportparse.parse_text(_t2021_with("| 行政规范性文件 | 11 | 3.3 | 83 |"))
    assert report.value("disclosure.normative_docs.repealed") is None
    assert report.value("disclosure.normative_docs.issued") == 11
    assert any("disclosure.normative_docs.repealed" in w and "count with a fraction" in w for w in report.warnings)
    assert reportparse.parse_text(_t2021_with("| 行政规范性文件 | 11 | 3.0 | 83 |")).value(
        "disclosure.normative_docs.repealed") == 3


def test_the_signed_change_of_items_keeps_its_sign():
    report = reportparse.parse(T2019)
    assert report.value("disclosure.other_services.items_change") == -1
    assert report.value("disclosure.licensing.items_change") == 2
    assert not any("negative count" in w for w in report.warnings)


def test_an_absurdly_large_value_is_a_warning_not_a_record():
    assert implausible("requests.new", 10 ** 15, "件", False) is not None
    assert implausible("requests.new", 10 ** 12 - 1, "件", False) is None
    assert implausible("disclosure.fees.amount", 2_084_000, "元", False) is None
    assert implausible("requests.new", float("inf"), "件", False) == "not a finite number"
    assert implausible("requests.new", float("nan"), "件", False) == "not a finite number"
    assert implausible("disclosure.fees.items_change", -3, "项", True) is None
    report = reportparse.parse_text(_t2021_with("| 行政规范性文件 | 11 | 4 | 1000000000000 |"))   # 13 digits
    assert report.value("disclosure.normative_docs.in_force") is None
    assert any("行政规范性文件" in w and "not a number" in w for w in report.warnings), report.warnings


@pytest.mark.parametrize("digits", ["๐๑๒๓๔๕๖๗๘๙", "٠١٢٣٤٥٦٧٨٩", "۰۱۲۳۴۵۶۷۸۹", "०१२३४५६७८९"])
def test_digits_of_other_scripts_are_not_numbers(digits):
    table = str.maketrans("0123456789", digits)
    text = T2021.read_text(encoding="utf-8")
    start = text.index("三、收到和处理")
    mutated = text[:start] + text[start:].translate(table)           # tables 三 and 四 and their prose
    report = reportparse.parse_text(mutated)
    for ind in report.indicators:
        assert is_ascii_number(ind.raw), (ind.value_id, ind.raw)
    new = report.get("requests.new", "total")
    assert new is None or new.source.method == "narrative"          # the prose before table 三 is ASCII
    assert not any(i.key == "requests.new" and i.source.method == "table" for i in report.indicators)
    assert report.value("disclosure.normative_docs.issued") == 11    # the ASCII part is read


def test_rowspan_is_read_from_ascii_digits_only():
    from reportparse.layout.html import _Renderer
    from reportparse.settings import DEFAULT_SETTINGS
    r = _Renderer(DEFAULT_SETTINGS)
    assert [r._span(v, "rowspan") for v in ("๕", "٣", "3", "＋2")] == [1, 1, 3, 1]


def test_fullwidth_digits_are_digits():
    report = reportparse.parse(FIXTURES / "legacy" / "fullwidth_digits.txt")
    expected = json.loads((FIXTURES / "legacy" / "fullwidth_digits.expected.json").read_text(encoding="utf-8"))
    assert report.values() and report.year == expected["year"]


def test_a_value_dropped_by_the_grounding_check_is_said():
    from reportparse.api import _grounded
    from reportparse.document import Document
    from reportparse.model import Indicator, ValueSource
    doc = Document(text="全年共收到申请12件。", format="text")
    ok = Indicator(key="requests.new", value=12, raw="12", source=ValueSource(method="narrative", span=[7, 9]))
    moved = Indicator(key="review.total", value=5, raw="5", source=ValueSource(method="narrative", span=[0, 3]))
    warnings_: list[str] = []
    assert _grounded(doc, [ok, moved], warnings_) == [ok]
    assert len(warnings_) == 1 and "review.total" in warnings_[0] and "grounding check" in warnings_[0]


# ------------------------------------------------------------------------ paths versus text

def test_a_str_is_a_path_and_one_naming_no_file_is_an_error(tmp_path):
    for source in ("某区2023年政府信息公开工作年度报告", str(tmp_path / "x.doc"), "", "   "):
        with pytest.raises(UnreadableFileError):
            reportparse.parse(source)
    path = tmp_path / "report.txt"
    path.write_bytes(T2021.read_bytes())
    assert reportparse.parse(str(path)).values() == reportparse.parse(path).values()


def test_parse_text_reads_text_and_multiline_str_is_deprecated():
    text = T2021.read_text(encoding="utf-8")
    expected = reportparse.parse(T2021).values()
    assert reportparse.parse_text(text).values() == expected
    with pytest.warns(DeprecationWarning, match="parse_text"):
        assert reportparse.parse(text).values() == expected
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        reportparse.parse_text(text)                                   # no warning on the explicit form
    with pytest.raises(TypeError):
        reportparse.parse_text(text.encode())


def test_a_word_file_a_symlink_loop_and_a_missing_file_say_what_is_wrong(tmp_path):
    doc = tmp_path / "x.doc"
    doc.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(600))  # an OLE (Word 97) header
    with pytest.raises(UnsupportedFormatError):
        reportparse.parse(doc)
    with pytest.raises(UnreadableFileError):
        reportparse.parse(tmp_path / "missing.doc")
    try:
        (tmp_path / "a").symlink_to(tmp_path / "b")
        (tmp_path / "b").symlink_to(tmp_path / "a")
    except (OSError, NotImplementedError):
        pytest.skip("no symlinks here")
    for source in (tmp_path / "a", str(tmp_path / "a")):
        with pytest.raises(UnreadableFileError, match="cannot be read"):
            reportparse.parse(source)


def test_on_the_command_line_every_argument_is_a_path(tmp_path):
    p = _cli("parse", "某区2023年政府信息公开工作年度报告")
    assert p.returncode == 2 and b"UnreadableFileError" in p.stderr and p.stdout == b""
    doc = tmp_path / "x.doc"
    doc.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(600))
    p = _cli("parse", doc)
    assert p.returncode == 2 and b"UnsupportedFormatError" in p.stderr
    p = _cli("parse", tmp_path / "x.doc.missing")
    assert p.returncode == 2 and b"UnreadableFileError" in p.stderr


@pytest.mark.skipif(os.name != "posix", reason="byte file names are POSIX")
def test_a_file_name_that_is_not_utf8_prints_as_json(tmp_path):
    name = os.fsencode(str(tmp_path)) + b"/\xb1\xa8\xb8\xe6.txt"          # 报告 in GBK bytes
    try:
        with open(name, "wb") as f:
            f.write(T2021.read_bytes())
    except OSError:
        pytest.skip("this file system refuses names that are not UTF-8")
    p = _cli("parse", os.fsdecode(name), "--json")
    assert p.returncode == 0, p.stderr
    assert _strict_json(p.stdout.decode("utf-8"))["source"]["path"] == os.fsdecode(name)


def test_a_dash_reads_standard_input():
    p = _cli("parse", "-", "--json", stdin=T2021.read_bytes())
    assert p.returncode == 0, p.stderr
    data = _strict_json(p.stdout.decode())
    expected = reportparse.parse(T2021)
    assert data["source"]["path"] is None and data["source"]["sha256"] == expected.source.sha256
    assert len(data["indicators"]) == len(expected.indicators)


# ------------------------------------------------------------------------------ settings

@pytest.mark.parametrize("field,value", [("max_bytes", -1), ("max_pages", 0), ("max_pages", -5),
                                         ("max_table_cells", 0), ("max_span", 2.5), ("max_text_chars", "10"),
                                         ("max_split_solutions", True), ("ocr", "yes")])
def test_settings_are_validated_on_construction(field, value):
    with pytest.raises(ValueError, match=field):
        ParseSettings(**{field: value})
    with pytest.raises(ValueError, match=field):
        reportparse.parse(T2021, **{field: value})


@pytest.mark.parametrize("flag,value", [("--max-bytes", "-1"), ("--max-pages", "-5"), ("--max-pages", "0"),
                                        ("--max-span", "x")])
def test_limit_flags_are_validated(flag, value):
    p = _cli("parse", T2021, flag, value)
    assert p.returncode == 2 and flag.encode() in p.stderr and b"Traceback" not in p.stderr


# ---------------------------------------------------------------------------- concurrency

def test_eight_threads_give_the_sequential_results():
    docs = [T2021, T2019, FIXTURES / "national" / "t2019_rowspan.html", FIXTURES / "national" / "t2021_gbk.html",
            FIXTURES / "national" / "t2021_placeholder.html", FIXTURES / "legacy" / "pipe_rows.txt",
            FIXTURES / "legacy" / "narrative_only.txt", FIXTURES / "legacy" / "one_cell_per_line_gbk.txt"]
    jobs = [d for d in docs for _ in range(4)]
    sequential = {d: reportparse.parse(d).to_dict() for d in docs}
    with ThreadPoolExecutor(max_workers=8) as pool:
        concurrent = list(pool.map(lambda d: reportparse.parse(d).to_dict(), jobs))
    for d, got in zip(jobs, concurrent):
        assert got == sequential[d], d
    texts = {d: d.read_bytes() for d in docs}          # bytes and text too, not only paths
    with ThreadPoolExecutor(max_workers=8) as pool:
        concurrent = list(pool.map(lambda d: reportparse.parse(texts[d]).values(), jobs))
    assert all(got == {k: v for k, v in reportparse.parse(d).values().items()} for d, got in zip(jobs, concurrent))


# --------------------------------------------------------------------------- the campaign

def _attack(out: Path, inputs: int, timeout: float) -> dict:
    p = subprocess.run([sys.executable, str(ROOT / "tools" / "attack.py"), str(out), "--inputs", str(inputs),
                        "--workers", "2", "--timeout", str(timeout), "--giant-every", "0", "--seed", "7"],
                       capture_output=True, text=True, timeout=inputs * timeout + 300,
                       env={**os.environ, "PYTHONPATH": str(ROOT / "src")})
    assert (out / "summary.json").exists(), p.stderr[-3000:]
    return json.loads((out / "summary.json").read_text(encoding="utf-8"))


def test_a_short_campaign_has_no_crash_and_no_contract_violation(tmp_path):
    summary = _attack(tmp_path, 40, 30)
    assert summary["inputs"] == 40 and sum(summary["outcomes"].values()) == 40
    assert summary["crashes"] == 0 and summary["violations"] == 0, summary["failures"]


@pytest.mark.skipif(not os.environ.get("REPORTPARSE_ATTACK"),
                    reason="the 10,000-input campaign takes about an hour: set REPORTPARSE_ATTACK=1 to run it")
def test_the_full_campaign_has_no_crash_no_hang_and_no_violation(tmp_path):
    summary = _attack(tmp_path, 10_000, 30)
    assert summary["crashes"] == 0 and summary["hangs"] == 0 and summary["violations"] == 0, summary["failures"]
