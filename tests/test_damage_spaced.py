"""Letter-spaced tables (予 以 公 开, a PDF's copy or a justified web cell) and rows whose label is
printed without a figure (round 21, national tables). Invented text: the generated fixtures
tests/fixtures/damage/letter_spaced_* and pieces derived from them."""
import re

import pytest

import reportparse
from conftest import FIXTURES, load_expected

DAMAGE = FIXTURES / "damage"


def _expected(name: str) -> dict:
    return load_expected(DAMAGE / (name.rsplit(".", 1)[0] + ".expected.json"))["values"]


@pytest.mark.parametrize("name, keys", [
    ("letter_spaced_2021.txt", ("requests.other.no_correction", "requests.other.fee_unpaid")),
    ("letter_spaced_2019.txt", ("requests.partially_granted",)),
])
def test_a_wrapped_letter_spaced_label_keeps_its_row(name, keys):
    # the rest of a wrapped label (、 行 政 机 关) stands letter-spaced between the label and its cells
    report = reportparse.parse(DAMAGE / name)
    want = _expected(name)
    got = report.values()
    for key in keys:
        row = {k: v for k, v in want.items() if k.startswith(key + "|")}
        assert len(row) == 7 and {k: got.get(k) for k in row} == row
        assert report.get(key, "total").raw == str(want[key + "|applicant=total"])
    assert not any("not in the document" in w or "no figure" in w for w in report.warnings), report.warnings


def test_a_letter_spaced_money_header_gives_its_unit():
    # 采 购 总 金 额 （ 单 位 ： 万 元 ）: the amount printed 2861.5 is 28615000 元, never 2861.5
    report = reportparse.parse(DAMAGE / "letter_spaced_2019.txt")
    amount = report.get("disclosure.procurement.amount")
    assert amount.raw == "2861.5" and amount.value == 28615000
    fee = reportparse.parse(DAMAGE / "letter_spaced_2021.txt").get("disclosure.fees.amount")
    assert fee.raw == "3.7" and fee.value == 37000


def _unread(text: str, pattern: str) -> str:
    out, n = re.subn(pattern, r"\1", text, count=1, flags=re.M)
    assert n == 1
    return out


@pytest.mark.parametrize("pattern, key, label", [
    (r"^(行政强制)[ 0-9]+$", "disclosure.coercion.decisions", "table 二 row '行政强制'"),
    (r"^(规章)[ 0-9]+$", "disclosure.regulations.issued", "table 二 row '规章'"),
    (r"^(2\.重复申请)[ 0-9]+$", "requests.not_processed.duplicate", "table 三 row '2.重复申请'"),
    (r"^(4\.无正当理由大量反复申请)[ 0-9]+$", "requests.not_processed.excessive", "table 三 row '4.无正当理由大量反复申请'"),
])
def test_a_row_printed_without_its_figures_is_said(pattern, key, label):
    # the label stands in its table, its cells left out: the row is not read, and a warning says so
    text = _unread((DAMAGE / "t4_partly_transposed_2021.txt").read_text(encoding="utf-8"), pattern)
    report = reportparse.parse_text(text)
    assert key not in report.values()
    assert any(w.startswith(label) and "no figure" in w for w in report.warnings), report.warnings
    assert not any("not in the document" in w for w in report.warnings)


def test_a_template_report_without_table4_says_so():
    text = (DAMAGE / "t4_partly_transposed_2021.txt").read_text(encoding="utf-8")
    head, tail = text.split("四、政府信息公开行政复议、行政诉讼情况\n")
    report = reportparse.parse_text(head + tail[tail.index("五、"):])
    assert not any(k.startswith(("review.", "litigation.")) for k in report.values())
    assert any(w.startswith("table 四") for w in report.warnings), report.warnings


@pytest.mark.parametrize("row, label", [("2、政府公报公开数 条 87 341", "2、政府公报公开数"),
                                        ("其中：1、当面申请数 件 15 62", "当面申请数")])
def test_a_legacy_row_printed_without_its_figures_is_said(row, label):
    text = (DAMAGE / "legacy_unmapped_rows.txt").read_text(encoding="utf-8")
    damaged = text.replace(row, row.split(" ")[0])
    assert damaged != text
    report = reportparse.parse_text(damaged)
    assert any(w.startswith("legacy table row '") and label in w and "no figure" in w for w in report.warnings), \
        report.warnings


# ---- a legacy table copied letter-spaced: its unit cells spaced too (万 元, 人 次)

_LEGACY_ROWS = [("主动公开政府信息数", "条", 1734, 6218), ("网站专栏访问人次", "人次", 5821, 30417),
                ("受理政府信息公开申请总数", "件", 29, 143), ("现场接待人次", "人次", 96, 488),
                ("依申请公开信息收取的费用", "万元", "0.36", "1.45"), ("行政复议数", "件", 4, 9)]


def _legacy_spaced(layout: str, spaced_label: bool) -> str:
    spaced = " ".join
    lines = ["云岫县人民政府2014年政府信息公开工作年度报告", "一、概述", "我县认真贯彻条例。", "附件", "云岫县政府信息公开情况统计表"]
    joined = {"pipe": lambda cells: ["| " + " | ".join(cells) + " |"], "tab": lambda cells: ["\t".join(cells)],
              "blanks": lambda cells: ["  ".join(cells)]}[layout]
    lines += joined([spaced("指标名称"), spaced("单位"), spaced("本年度"), spaced("累计")])
    for label, unit, year, total in _LEGACY_ROWS:
        lines += joined([spaced(label) if spaced_label else label, spaced(unit), str(year), str(total)])
    return "\n".join(lines) + "\n"


@pytest.mark.parametrize("layout", ["pipe", "tab", "blanks"])
@pytest.mark.parametrize("spaced_label", [False, True])
def test_a_letter_spaced_legacy_unit_keeps_its_row_and_its_unit(layout, spaced_label):
    # 万 元 is the row's unit (0.36 万元 is 3600 元, never 0.36), and a unit cell is never a value; rows
    # without a key are named, spaced or not
    report = reportparse.parse_text(_legacy_spaced(layout, spaced_label))
    got = {k: v for k, v in report.values().items() if not k.startswith("derived")}
    assert got == {"disclosure.total": 1734, "disclosure.total|period=cumulative": 6218,
                   "requests.new|applicant=total": 29, "requests.new|applicant=total|period=cumulative": 143,
                   "fees.collected": 3600, "fees.collected|period=cumulative": 14500,
                   "review.total": 4, "review.total|period=cumulative": 9}
    assert report.get("fees.collected").raw == "0.36"
    unmapped = [w for w in report.warnings if "no key in the vocabulary" in w]
    assert len(unmapped) == 2 and "访" in unmapped[0] and "接" in unmapped[1], report.warnings
