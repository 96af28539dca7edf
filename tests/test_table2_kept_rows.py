"""Table 二 rows the 2021 template dropped that a report under it still prints (SCHEMA: templates mix, each row takes the
key of its own label): 其他对外管理服务事项 in the 第(五)项 block under 本年处理决定数量, and a 第(九)项 政府集中采购 block
under 采购项目数量 | 采购总金额 — read where the row's block prints a header naming its columns, in text, pipe and HTML
forms (before: never looked for in a 2021 report, lost without a word). A 2019 report whose 第(五)项 block prints 2021's
one column reads 其他对外管理服务事项's figure as decisions, as it does 行政许可's (before: '1 cells where the template has
3', unread). Without such a header the row is said, not read. Invented tables, distinct numbers; tests named *guard*
pass on the start tree."""
import pytest

import reportparse

_TITLE = "某县水利局2022年政府信息公开工作年度报告"
_T3 = "三、收到和处理政府信息公开申请情况\n本年新收政府信息公开申请数量 | 5 | 0 | 0 | 0 | 0 | 0 | 5\n"

# (section, header words, [(label, cells)])
_BLOCKS = [
    ("第二十条第（一）项", ["本年制发件数", "本年废止件数", "现行有效件数"], [("规章", ["3", "2", "7"]),
                                                                   ("行政规范性文件", ["5", "4", "9"])]),
    ("第二十条第（五）项", ["本年处理决定数量"], [("行政许可", ["12"]), ("其他对外管理服务事项", ["31"])]),
    ("第二十条第（六）项", ["本年处理决定数量"], [("行政处罚", ["44"]), ("行政强制", ["6"])]),
    ("第二十条第（八）项", ["本年收费金额（单位：万元）"], [("行政事业性收费", ["0.6"])]),
    ("第二十条第（九）项", ["采购项目数量", "采购总金额"], [("政府集中采购", ["17", "2345.6万元"])]),
]

_WANT = {
    "disclosure.regulations.issued": 3, "disclosure.regulations.repealed": 2, "disclosure.regulations.in_force": 7,
    "disclosure.normative_docs.issued": 5, "disclosure.normative_docs.repealed": 4,
    "disclosure.normative_docs.in_force": 9, "disclosure.licensing.decisions": 12,
    "disclosure.other_services.decisions": 31, "disclosure.penalty.decisions": 44,
    "disclosure.coercion.decisions": 6, "disclosure.fees.amount": 6000,
    "disclosure.procurement.projects": 17, "disclosure.procurement.amount": 23_456_000,
}


def _pipes() -> str:
    rows = [f"{s} | | | \n信息内容 | {' | '.join(h)}\n" + "".join(f"{lab} | {' | '.join(c)}\n" for lab, c in r)
            for s, h, r in _BLOCKS]
    return "".join(rows)


def _rows() -> str:
    return "".join(f"{s}\n信息内容 {' '.join(h)}\n" + "".join(f"{lab} {' '.join(c)}\n" for lab, c in r)
                   for s, h, r in _BLOCKS)


def _cells() -> str:            # one cell a line, as a crawler copies a table
    return "".join("\n".join([s, "信息内容", *h] + [x for lab, c in r for x in [lab, *c]]) + "\n" for s, h, r in _BLOCKS)


def _html() -> str:
    def tr(cells):
        return "<tr>" + "".join(f"<td>{c}</td>" for c in cells + [""] * (4 - len(cells))) + "</tr>"
    body = "".join(tr([s]) + tr(["信息内容", *h]) + "".join(tr([lab, *c]) for lab, c in r) for s, h, r in _BLOCKS)
    return (f"<html><head><title>{_TITLE}</title></head><body><h1>{_TITLE}</h1><p>二、主动公开政府信息情况</p>"
            f"<table>{body}</table><p>三、收到和处理政府信息公开申请情况</p><table>"
            + tr(["本年新收政府信息公开申请数量", "5", "0", "0", "0", "0", "0", "5"]) + "</table></body></html>")


def _table2(report) -> dict:
    return {i.key: i.value for i in report.indicators if i.key.startswith("disclosure.") and i.source.method == "table"}


@pytest.mark.parametrize("form", [_pipes, _rows, _cells])
def test_rows_the_2021_template_dropped_are_read_under_their_own_header(form):
    report = reportparse.parse_text(f"{_TITLE}\n二、主动公开政府信息情况\n" + form() + _T3)
    assert report.template == "2021"
    assert _table2(report) == _WANT


def test_rows_the_2021_template_dropped_are_read_in_an_html_table():
    report = reportparse.parse(_html().encode())
    assert report.template == "2021"
    assert _table2(report) == _WANT


def test_a_procurement_amount_under_a_header_unit():
    text = (f"{_TITLE}\n二、主动公开政府信息情况\n" + _pipes().replace("采购总金额", "采购总金额（单位：万元）")
            .replace("2345.6万元", "2345.6") + _T3)
    assert reportparse.parse_text(text).value("disclosure.procurement.amount") == 23_456_000


def test_a_2019_block_printing_the_2021_column_reads_both_rows_as_decisions():
    text = ("某县水利局2019年政府信息公开工作年度报告\n二、主动公开政府信息情况\n第二十条第（一）项\n"
            "信息内容 | 本年新制作数量 | 本年新公开数量 | 对外公开总数量\n规章 | 3 | 2 | 7\n规范性文件 | 5 | 4 | 9\n"
            "第二十条第（五）项\n信息内容 | 处理决定数量\n行政许可 | 12\n其他对外管理服务事项 | 31\n"
            "第二十条第（六）项\n信息内容 | 上一年项目数量 | 本年增/减 | 处理决定数量\n行政处罚 | 8 | -2 | 44\n"
            "行政强制 | 11 | 1 | 6\n" + _T3)
    report = reportparse.parse_text(text)
    assert report.template == "2019"
    got = _table2(report)
    assert got["disclosure.licensing.decisions"] == 12 and got["disclosure.other_services.decisions"] == 31
    assert not any(k.startswith("disclosure.other_services.items") for k in got)
    assert got["disclosure.penalty.items_change"] == -2


def test_guard_a_dropped_row_under_no_header_naming_its_columns_is_not_read():
    text = (f"{_TITLE}\n二、主动公开政府信息情况\n第二十条第（一）项\n信息内容 | 本年制发件数 | 本年废止件数 | 现行有效件数\n"
            "规章 | 3 | 2 | 7\n行政规范性文件 | 5 | 4 | 9\n第二十条第（五）项\n行政许可 | 12\n其他对外管理服务事项 | 31\n"
            "第二十条第（八）项\n信息内容 | 本年收费金额（单位：万元）\n行政事业性收费 | 0.6\n"
            "全年政府集中采购项目17个、金额2345.6万元。\n" + _T3)
    report = reportparse.parse_text(text)
    got = _table2(report)
    assert got["disclosure.licensing.decisions"] == 12 and got["disclosure.fees.amount"] == 6000
    assert not any(k.startswith(("disclosure.other_services.", "disclosure.procurement.")) for k in got)
