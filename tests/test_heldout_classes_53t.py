"""Table 二 printed mixed: its 第二十条第(一)项 block under the 2019 columns (本年新制作数量 | 本年新公开数量 | 对外公开总数量),
its (五)(六)(八) blocks under ONE column each, as the 2021 template prints them (处理决定数量; 本年度收费金额(单位:万元))
(heldout53 W1, a 2022 department's report). The template was taken from (一) and each lone cell laid on 2019's first
column, 上一年项目数量 (WRONG: items_prev_year 117/2/0/0), or run-together / collapsed readings of it (117 → 1|1|7,
23 → 23|23|23). Each block's columns now come from its own header; a pipe header whose words name no column and print
fewer headings than the template's columns leaves the row unread, said. Invented tables, distinct non-zero numbers,
in every layout table 二 is read from (pipe rows, cells apart, run together, a cell a line, HTML). Tests named *guard*
pass on the start tree."""
import pytest

import reportparse

_HEAD = "青禾县林业局2022年政府信息公开工作年度报告\n二、主动公开政府信息情况\n"
_TAIL = "三、收到和处理政府信息公开申请情况\n"
_FIRST = [("规章", "3", "4", "5"), ("规范性文件", "6", "7", "8")]
_DECIDED = {"disclosure.licensing.decisions": 117, "disclosure.penalty.decisions": 23,
            "disclosure.coercion.decisions": 9, "disclosure.fees.amount": 15000}      # (1.5 万元, in 元)
_MADE = {"disclosure.regulations.made": 3, "disclosure.regulations.published": 4,
         "disclosure.regulations.published_total": 5, "disclosure.normative_docs.made": 6,
         "disclosure.normative_docs.published": 7, "disclosure.normative_docs.published_total": 8}


def _blocks(decided: str, fee: str) -> list:
    """(heading, header cells, rows) of the mixed table."""
    return [("第二十条第(一)项", ["本年新制作数量", "本年新公开数量", "对外公开总数量"], _FIRST),
            ("第二十条第(五)项", [decided], [("行政许可", "117")]),
            ("第二十条第(六)项", [decided], [("行政处罚", "23"), ("行政强制", "9")]),
            ("第二十条第(八)项", [fee], [("行政事业性收费", "1.5")])]


def _render(blocks: list, layout: str) -> str:
    out = []
    for heading, header, rows in blocks:
        for cells in [(heading,), ("信息内容", *header), *rows]:
            if layout == "pipe":        # the table four cells wide: a short row padded with blank cells
                out.append(" | ".join(cells) + " |" + " |" * (4 - len(cells)))
            elif layout == "apart":
                out.append("      ".join(cells))
            elif layout == "together":
                out.append("".join(cells))
            else:                       # a cell a line
                out.extend(cells)
    return _HEAD + "\n".join(out) + "\n" + _TAIL


def _html(blocks: list, padded: bool) -> bytes:
    def tr(cells):
        if len(cells) == 4:
            return "<tr>" + "".join(f"<td>{c}</td>" for c in cells) + "</tr>"
        if padded:
            return "<tr>" + "".join(f"<td>{c}</td>" for c in cells) + "<td></td>" * (4 - len(cells)) + "</tr>"
        *first, last = cells
        return "<tr>" + "".join(f"<td>{c}</td>" for c in first) + f'<td colspan="{5 - len(cells)}">{last}</td></tr>'
    rows = "".join(tr(cells) for heading, header, body in blocks for cells in [(heading,), ("信息内容", *header), *body])
    title = _HEAD.split("\n")[0]
    return (f"<html><head><title>{title}</title></head><body><h1>{title}</h1><p>二、主动公开政府信息情况</p>"
            f"<table>{rows}</table><p>三、收到和处理政府信息公开申请情况</p></body></html>").encode()


def _disclosure(report) -> dict:
    return {k: v for k, v in report.values().items() if k.startswith("disclosure.")}


@pytest.mark.parametrize("layout", ["pipe", "apart", "together", "lines"])
@pytest.mark.parametrize("decided,fee", [
    ("处理决定数量", "本年度收费金额(单位:万元)"),
    ("本年度处理决定数量", "收费金额(万元)"),
])
def test_a_one_column_block_in_a_2019_table_reads_its_own_column(layout, decided, fee):
    report = reportparse.parse_text(_render(_blocks(decided, fee), layout))
    assert report.template == "2019"
    got = _disclosure(report)
    assert got == {**_MADE, **_DECIDED}, got
    assert not any("items_prev_year" in k or "items_change" in k for k in got)


@pytest.mark.parametrize("padded", [False, True])
def test_a_one_column_block_in_an_html_table(padded):
    got = _disclosure(reportparse.parse(_html(_blocks("处理决定数量", "本年度收费金额（单位：万元）"), padded)))
    assert got == {**_MADE, **_DECIDED}, got


@pytest.mark.parametrize("layout", ["pipe", "apart", "lines"])      # (run together: '31-4117' has several readings)
def test_a_2019_block_in_a_2021_table_reads_its_own_three_columns(layout):
    blocks = [("第二十条第(一)项", ["本年制发件数", "本年废止件数", "现行有效件数"], _FIRST),
              ("第二十条第(五)项", ["上一年项目数量", "本年增/减", "处理决定数量"], [("行政许可", "31", "-4", "117")]),
              ("第二十条第(八)项", ["本年收费金额(单位:万元)"], [("行政事业性收费", "1.5")])]
    report = reportparse.parse_text(_render(blocks, layout))
    assert report.template == "2021"
    got = _disclosure(report)
    assert {k: got.get(k) for k in ("disclosure.licensing.items_prev_year", "disclosure.licensing.items_change",
                                    "disclosure.licensing.decisions", "disclosure.fees.amount")} == {
        "disclosure.licensing.items_prev_year": 31, "disclosure.licensing.items_change": -4,
        "disclosure.licensing.decisions": 117, "disclosure.fees.amount": 15000}, got


def test_a_narrow_pipe_header_in_words_that_name_no_column_leaves_the_lone_figure_unread():
    report = reportparse.parse_text(_render(_blocks("本年办理数量", "收费数额"), "pipe"))
    got = _disclosure(report)
    assert not any(k.startswith(("disclosure.licensing", "disclosure.penalty", "disclosure.coercion",
                                 "disclosure.fees")) for k in got), got
    assert got == _MADE
    said = [w for w in report.warnings if "prints 1 column heading(s) where the template has" in w]
    assert len(said) == 4 and "行政许可" in said[0], report.warnings


@pytest.mark.parametrize("layout", ["pipe", "apart"])
def test_three_figures_under_a_one_column_header_are_not_placed(layout):
    blocks = _blocks("处理决定数量", "本年度收费金额(单位:万元)")
    blocks[1] = ("第二十条第(五)项", ["处理决定数量"], [("行政许可", "31", "42", "117")])
    report = reportparse.parse_text(_render(blocks, layout))
    got = _disclosure(report)
    assert not any(k.startswith("disclosure.licensing") for k in got), got
    assert got["disclosure.penalty.decisions"] == 23
    assert any("行政许可" in w and "not read" in w for w in report.warnings), report.warnings


_PURE_2019 = [("第二十条第(一)项", ["本年新制作数量", "本年新公开数量", "对外公开总数量"], _FIRST),
              ("第二十条第(五)项", ["上一年项目数量", "本年增/减", "处理决定数量"],
               [("行政许可", "31", "-4", "117"), ("其他对外管理服务事项", "12", "2", "58")]),
              ("第二十条第(六)项", ["上一年项目数量", "本年增/减", "处理决定数量"],
               [("行政处罚", "27", "3", "23"), ("行政强制", "14", "-1", "9")]),
              ("第二十条第(八)项", ["上一年项目数量", "本年增/减"], [("行政事业性收费", "16", "-5")])]


@pytest.mark.parametrize("layout", ["pipe", "apart", "lines"])
def test_guard_a_pure_2019_table_is_unchanged(layout):
    got = _disclosure(reportparse.parse_text(_render(_PURE_2019, layout)))
    assert got == {**_MADE,
                   "disclosure.licensing.items_prev_year": 31, "disclosure.licensing.items_change": -4,
                   "disclosure.licensing.decisions": 117, "disclosure.other_services.items_prev_year": 12,
                   "disclosure.other_services.items_change": 2, "disclosure.other_services.decisions": 58,
                   "disclosure.penalty.items_prev_year": 27, "disclosure.penalty.items_change": 3,
                   "disclosure.penalty.decisions": 23, "disclosure.coercion.items_prev_year": 14,
                   "disclosure.coercion.items_change": -1, "disclosure.coercion.decisions": 9,
                   "disclosure.fees.items_prev_year": 16, "disclosure.fees.items_change": -5}, got


@pytest.mark.parametrize("layout", ["pipe", "apart", "lines"])
def test_guard_a_pure_2021_table_is_unchanged(layout):
    blocks = [("第二十条第(一)项", ["本年制发件数", "本年废止件数", "现行有效件数"], [("规章", "3", "4", "5"),
                                                                               ("行政规范性文件", "6", "7", "8")]),
              ("第二十条第(五)项", ["本年处理决定数量"], [("行政许可", "117")]),
              ("第二十条第(六)项", ["本年处理决定数量"], [("行政处罚", "23"), ("行政强制", "9")]),
              ("第二十条第(八)项", ["本年收费金额(单位:万元)"], [("行政事业性收费", "1.5")])]
    report = reportparse.parse_text(_render(blocks, layout))
    assert report.template == "2021"
    assert _disclosure(report) == {
        "disclosure.regulations.issued": 3, "disclosure.regulations.repealed": 4, "disclosure.regulations.in_force": 5,
        "disclosure.normative_docs.issued": 6, "disclosure.normative_docs.repealed": 7,
        "disclosure.normative_docs.in_force": 8, **_DECIDED}


@pytest.mark.parametrize("second", ["目数量 | 减 | 定数量 |", "| 目数量 | 减 | 数量 |"])
def test_guard_a_2019_header_wrapped_over_two_lines_keeps_the_template(second):
    # the header's words cut over two lines name no column: the template's three, as before
    text = _render(_PURE_2019, "pipe").replace("信息内容 | 上一年项目数量 | 本年增/减 | 处理决定数量 |",
                                               f"信息内容 | 上一年项 | 本年增/ | 处理决定 |\n{second}")
    got = _disclosure(reportparse.parse_text(text))
    assert (got["disclosure.licensing.items_prev_year"], got["disclosure.licensing.items_change"],
            got["disclosure.licensing.decisions"]) == (31, -4, 117)
    assert (got["disclosure.coercion.items_prev_year"], got["disclosure.coercion.decisions"]) == (14, 9)


def test_guard_a_2019_header_with_one_word_whole_and_the_others_cut_keeps_the_template():
    # 处理决定数量 whole, the other two headings cut: three headings printed, not 2021's one column
    text = _render(_PURE_2019, "pipe").replace("信息内容 | 上一年项目数量 | 本年增/减 | 处理决定数量 |",
                                               "信息内容 | 上一年项 | 本年增/ | 处理决定数量 |\n| 目数量 | 减 | |")
    got = _disclosure(reportparse.parse_text(text))
    assert (got["disclosure.licensing.items_prev_year"], got["disclosure.licensing.items_change"],
            got["disclosure.licensing.decisions"]) == (31, -4, 117)


@pytest.mark.parametrize("layout", ["pipe", "apart"])
def test_a_copy_without_its_headings_reads_each_block_by_its_own_header(layout):
    # no 第二十条 heading between the blocks: each 信息内容 header row still sets its block's columns
    blocks = [("第二十条第(一)项" if i == 0 else None, header, rows)
              for i, (_h, header, rows) in enumerate(_blocks("处理决定数量", "本年度收费金额(单位:万元)"))]
    text = _render([(h or "", header, rows) for h, header, rows in blocks], layout)
    text = "\n".join(line for line in text.split("\n") if line.strip(" |"))
    got = _disclosure(reportparse.parse_text(text))
    assert got == {**_MADE, **_DECIDED}, got


def test_guard_a_header_row_cut_by_a_hard_wrap_keeps_its_named_columns():
    # '| 信息内容 | 本年制发件数 | 本年废止件数' then '| 现行有效件数 |' on the next line: its words name the three columns
    text = _render(_PURE_2019, "pipe").replace(
        "信息内容 | 本年新制作数量 | 本年新公开数量 | 对外公开总数量 |", "| 信息内容 | 本年新制作数量 | 本年新公开数量\n| 对外公开总数量 |")
    got = _disclosure(reportparse.parse_text(text))
    assert {k: got[k] for k in _MADE} == _MADE
