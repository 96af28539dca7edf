"""The damage classes of reports from unseen sites (tests/fixtures/damage holds whole documents;
these tests pin one mechanism each on invented text derived from the project's own fixtures)."""
import pytest

import reportparse
from conftest import FIXTURES, load_expected

PIPE_2021 = FIXTURES / "national" / "t2021_pipe_rows.txt"
PARTIAL = "（二）部分公开（区分处理的，只计这一情形，不计其他情形）"


def test_a_row_printed_with_the_previous_rows_label_is_read_by_position():
    # the 部分公开 row printed as a second 予以公开: the template's order says which row it is
    text = PIPE_2021.read_text(encoding="utf-8").replace(PARTIAL, "（一）予以公开")
    report = reportparse.parse_text(text)
    want = load_expected(PIPE_2021.with_name("t2021_pipe_rows.expected.json"))["values"]
    got = report.values()
    for who in ("natural_person", "commercial", "legal_service", "total"):
        vid = f"requests.partially_granted|applicant={who}"
        assert got[vid] == want[vid]
        vid = f"requests.granted|applicant={who}"
        assert got[vid] == want[vid]
    ind = report.get("requests.partially_granted", "total")
    assert "a second time" in ind.source.note and ind.label == "（一）予以公开".replace("（", "(").replace("）", ")")
    assert any("read as requests.partially_granted" in w for w in report.warnings)


def test_a_collapsed_row_says_which_reading_was_used():
    report = reportparse.parse(FIXTURES / "damage" / "collapsed_2019.txt")
    collapsed = [i for i in report.indicators if i.source.note and i.source.note.startswith("collapsed run")]
    assert len(collapsed) > 100
    # each cell's span points at the printed value its run stands for
    assert all(i.raw == str(i.value) and report.source and i.source.span for i in collapsed)
    # rows printed in full are read as they stand, with no note
    assert any(i.source.note is None and i.source.method == "table" for i in report.indicators)


def test_a_label_less_row_names_its_neighbours():
    report = reportparse.parse(FIXTURES / "damage" / "fragmented_2021.md")
    lost = [i for i in report.indicators if i.source.note and "label lost" in i.source.note]
    assert len(lost) == 11 * 7
    assert all("by the template's order between" in i.source.note for i in lost)


def test_a_near_match_must_be_unique_between_its_neighbours():
    # two misprints of the same row in its window: neither is taken, the row stays unread
    path = FIXTURES / "damage" / "label_variants_2019.txt"
    text = path.read_text(encoding="utf-8")
    assert "保护第三方合发权益" in text
    twice = text.replace("保护第三方合发权益", "保护第三方合发权益\n保护第三方合发权益", 1)
    got = reportparse.parse_text(twice).values()
    assert "requests.denied.third_party|applicant=total" not in got
    assert reportparse.parse_text(text).values()["requests.denied.third_party|applicant=total"] > 0


def test_a_blank_total_is_null_and_its_row_is_kept():
    report = reportparse.parse(FIXTURES / "damage" / "pipe_blank_total_2019.txt")
    rows = {i.value_id: i for i in report.indicators}
    blanks = [i for i in rows.values() if i.value is None and i.applicant == "total"]
    assert blanks and all(i.raw == "" for i in blanks)
    for blank in blanks:     # the other cells of the row are read
        assert any(i.key == blank.key and i.value is not None for i in rows.values())


LEGACY_HEAD = "某某县2014年政府信息公开工作年度报告\n发布日期：2015-02-03\n附表\n指标名称 单位 本年度\n"


def test_reply_kinds_inside_other_replies_are_not_counted_twice():
    # 其他类型答复 holds 信息不存在/不属于本机关: the replies add up without them (extraction and
    # the check use one definition)
    text = LEGACY_HEAD + ("受理政府信息公开申请总数 件 47\n对申请的答复总数 件 45\n同意公开答复数 件 21\n"
                          "同意部分公开答复数 件 8\n不予公开答复数 件 3\n其他类型答复数 件 13\n"
                          "其中：申请信息不存在数 件 6\n不属于本行政机关公开数 件 7\n")
    report = reportparse.parse_text(text)
    check = next(c for c in report.checks if c.rule == "legacy_replies" and c.scope == "period=year")
    assert check.status == "pass"
    assert report.value("requests.reply.not_exist") == 6


def test_reply_kinds_without_other_replies_are_replies():
    text = LEGACY_HEAD + ("受理政府信息公开申请总数 件 47\n对申请的答复总数 件 45\n同意公开答复数 件 21\n"
                          "同意部分公开答复数 件 8\n不予公开答复数 件 3\n"
                          "申请信息不存在数 件 6\n不属于本行政机关公开数 件 7\n")
    check = next(c for c in reportparse.parse_text(text).checks if c.rule == "legacy_replies")
    assert check.status == "pass" and len(check.cells) == 6


def test_the_report_says_when_the_sum_identities_were_dropped():
    path = FIXTURES / "national" / "t2021_runtogether.txt"
    clean = reportparse.parse(path)
    assert not any("satisfies R1 and R2" in w for w in clean.warnings)
    # 结转 row re-printed 18|3|1|0|0|2|24: its own total holds, R1 can hold for no reading
    text = path.read_text(encoding="utf-8").replace("结转下年度继续办理173100223", "结转下年度继续办理183100224")
    report = reportparse.parse_text(text)
    assert any("satisfies R1 and R2" in w for w in report.warnings)
    assert report.value("requests.carried_forward", "total") == 24


def test_a_blank_cell_is_filled_by_a_sentence_that_states_it():
    path = FIXTURES / "damage" / "pipe_blank_total_2019.txt"
    text = path.read_text(encoding="utf-8")
    report = reportparse.parse(path)
    blank = report.get("requests.carried_forward", "total")
    assert blank.value is None and blank.raw == ""
    # the same report with a sentence giving the figure: the blank is settled by it
    stated = text.replace("二、主动公开政府信息情况", "全年政府信息公开申请结转下年度继续办理48件。\n二、主动公开政府信息情况", 1)
    filled = reportparse.parse_text(stated).get("requests.carried_forward", "total")
    assert filled.value == 48 and filled.source.method == "narrative"
    assert "blank" in filled.source.note


def test_rows_absent_from_the_document_make_r2_not_assessable_not_a_source_failure():
    report = reportparse.parse(FIXTURES / "damage" / "truncated_table3_titled_2021.txt")
    r2 = [c for c in report.checks if c.rule == "R2"]
    assert r2 and all(c.status == "not_assessable" for c in r2)
    assert not any(c.status == "fail" and c.suspect == "source" for c in report.checks)
    assert any("rows are not in the document" in w for w in report.warnings)


def _cell_lines(header: list[str], rows: list[list[str]]) -> str:
    """An invented legacy 统计表 as a crawler writes each cell after the label as "| text" on its own line."""
    out = ["云岫县人民政府2014年政府信息公开工作年度报告", "一、概述", "2014年，我县认真落实《条例》。",
           "附件", "云岫县政府信息公开情况统计表", "指 标 名 称"]
    for cells in [header] + rows:
        out += ([] if cells is header else [cells[0]]) + [f"| {c}" if c else "|" for c in cells[1:]] + ["|"]
    return "\n".join(out) + "\n"


CELL_ROWS = [("主动公开政府信息数", "条", 1734, 6218), ("受理政府信息公开申请总数", "件", 29, 143),
             ("其中：1.当面申请数", "件", 11, 57), ("2.网上申请数", "件", 18, 86),
             ("对申请的答复总数", "件", 27, 139), ("行政复议数", "件", 4, 9)]
CELL_KEYS = ["disclosure.total", "requests.new|applicant=total", "requests.by_channel.in_person|applicant=total",
             "requests.by_channel.online|applicant=total", "requests.answered|applicant=total", "review.total"]


def test_cells_one_per_line_after_pipes_are_read_as_rows():
    # with and without the unit and 代码 columns, 本期实际/历年累计 or 本年度/累计: the codes (01, 02, …) and
    # the units are never values, and each figure lands in its row and period
    for unit, code, heads in ((True, True, ["本期实际", "历年累计"]), (False, True, ["本年度", "累计"]),
                              (True, False, ["本年度", "历年累计"]), (False, False, ["本年", "累计"])):
        header = [""] + (["计量\n单位"] if unit else []) + (["代码"] if code else []) + heads
        rows = [[label] + ([u] if unit else []) + ([f"{i:02d}"] if code else []) + [str(y), str(c)]
                for i, (label, u, y, c) in enumerate(CELL_ROWS, 1)]
        got = reportparse.parse_text(_cell_lines(header, rows)).values()
        for vid, (_l, _u, y, c) in zip(CELL_KEYS, CELL_ROWS):
            assert (got[vid], got[vid + "|period=cumulative"]) == (y, c), (unit, code, vid)
        assert len([v for v in got if not v.startswith("derived")]) == 2 * len(CELL_ROWS)


def test_a_one_pipe_line_after_a_pipe_row_is_not_joined_to_it():
    # a wrapped cell of a markdown row ("| 其中：对本部" under a row of several pipes) stays on its line
    from reportparse.layout.text import join_cell_lines
    text = "| a | 1 | 2 |\n| 其中：对本部\n门 | 3 | 4 |\n" + "x\n| 5\n| 6\n|\n" * 2
    joined = join_cell_lines(text)
    assert len(joined) == len(text) and joined.startswith("| a | 1 | 2 |\n| 其中：对本部\n")
    assert "x | 5 | 6 |\n" in joined


def _pipe_table(rows: list[list[str]]) -> str:
    return "\n".join(["云岫县人民政府2014年政府信息公开工作年度报告", "附件", "云岫县政府信息公开情况统计表",
                      "| 指标名称 | 单位 | 本年度 | 累计 |"] + ["| " + " | ".join(r) + " |" for r in rows]) + "\n"


def test_a_label_qualified_by_a_phrase_is_another_row():
    # "全文电子化的主动公开政府信息数" ends with a known label but counts a part of it; with the row above
    # labelled in words the vocabulary lacks, its figures must not become disclosure.total
    rows = [["主动公开政府信息条目数", "条", "1734", "6218"], ["其中：全文电子化的主动公开政府信息数", "条", "1702", "6105"]]
    rows += [[label, u, str(y), str(c)] for label, u, y, c in CELL_ROWS[1:]]
    report = reportparse.parse_text(_pipe_table(rows))
    assert "disclosure.total" not in report.values()
    assert report.values()["requests.new|applicant=total"] == 29
    assert any("全文电子化的主动公开政府信息数" in w for w in report.warnings)


def test_a_pipe_row_without_a_key_is_named():
    rows = [[label, u, str(y), str(c)] for label, u, y, c in CELL_ROWS]
    rows.insert(1, ["现场接待查询人次", "人次", "812", "3307"])
    report = reportparse.parse_text(_pipe_table(rows))
    assert report.values()["requests.new|applicant=total|period=cumulative"] == 143
    assert any("'现场接待查询人次' has figures but no key" in w for w in report.warnings)


@pytest.mark.parametrize("label, unit", [("走访服务对象户数", "户"), ("编印政务信息简报篇数", "篇")])
def test_a_pipe_row_without_a_key_is_named_whatever_its_unit_word(label, unit):
    # its unit cell is any of the vocabulary's unit words (patterns.UNIT_WORDS), not a list of its own
    rows = [[label_, u, str(y), str(c)] for label_, u, y, c in CELL_ROWS]
    rows.insert(1, [label, unit, "57", "219"])
    report = reportparse.parse_text(_pipe_table(rows))
    assert report.values()["requests.new|applicant=total|period=cumulative"] == 143
    assert any(f"'{label}' has figures but no key" in w for w in report.warnings)


def _compared(header: list[str], cells) -> str:
    return "\n".join(["云岫县人民政府2014年政府信息公开工作年度报告", "一、概述", "主动公开数量比上年增长9%。", "附件",
                      "云岫县政府信息公开情况统计表", "| " + " | ".join(header) + " |"]
                     + ["| " + " | ".join([label, u] + [str(x) for x in cells(y, c, y + 7 * i + 3)]) + " |"
                        for i, (label, u, y, c) in enumerate(CELL_ROWS)]) + "\n"


def test_a_last_year_column_is_never_read_as_the_cumulative():
    # 2014年 | 2013年 (either order), 本年度 | 累计 | 上年度, 本年 | 上年同期 | 增减: the header says which
    # column is this year's and which the cumulative; last year's and the change are no figure of ours
    for header, cells, cumulative in ((["2014年", "2013年"], lambda y, c, p: [y, p], False),
                                      (["2013年", "2014年"], lambda y, c, p: [p, y], False),
                                      (["本年度", "累计", "上年度"], lambda y, c, p: [y, c, p], True),
                                      (["本年", "上年同期", "增减"], lambda y, c, p: [y, p, y - p], False)):
        got = reportparse.parse_text(_compared(["指标名称", "单位"] + header, cells)).values()
        want = {}
        for vid, (_l, _u, y, c) in zip(CELL_KEYS, CELL_ROWS):
            want[vid] = y
            if cumulative:
                want[vid + "|period=cumulative"] = c
        assert {k: v for k, v in got.items() if not k.startswith("derived")} == want, header


def test_a_year_to_date_column_is_this_years_figure_never_the_cumulative():
    # 本年累计 (a statistics form's year to date) is this year's figure; beside 本期 it is that figure again
    # or a running total the form misnames: 本期 is read, 本年累计 is not, and a warning says why
    for header, cells in ((["本年累计"], lambda y, c, p: [y]), (["本年累计", "上年同期"], lambda y, c, p: [y, p]),
                          (["本年累计", "历年累计"], lambda y, c, p: [y, c]), (["本年累计", "同比增减"], lambda y, c, p: [y, y - p])):
        got = reportparse.parse_text(_compared(["指标名称", "单位"] + header, cells)).values()
        want = {}
        for vid, (_l, _u, y, c) in zip(CELL_KEYS, CELL_ROWS):
            want[vid] = y
            if "历年累计" in header:
                want[vid + "|period=cumulative"] = c
        assert {k: v for k, v in got.items() if not k.startswith("derived")} == want, header
    for header in (["本期", "本年累计"], ["本期实际", "本年累计"]):
        report = reportparse.parse_text(_compared(["指标名称", "单位"] + header, lambda y, c, p: [y, c]))
        assert {k: v for k, v in report.values().items() if not k.startswith("derived")} == dict(
            zip(CELL_KEYS, [y for _l, _u, y, _c in CELL_ROWS])), header
        assert any("本年累计 column is not read" in w for w in report.warnings)


def test_a_row_that_does_not_fit_the_header_columns_is_not_read():
    # the last row (行政复议数, 4 this year) lost its change cell: which of its two cells is which is unknown
    text = _compared(["指标名称", "单位", "本年", "上年", "增减"], lambda y, c, p: [y, p] + ([y - p] if y != 4 else []))
    report = reportparse.parse_text(text)
    assert "review.total" not in report.values() and report.values()["disclosure.total"] == 1734
    assert any("'行政复议数': cells do not match the 3 columns" in w for w in report.warnings)


def test_a_comparison_header_of_two_rows_gives_no_column_order():
    # 数量 over 2014年 | 2013年 with 比上年增减 beside: the words' order is not the columns' order
    text = _compared(["指标名称", "单位", "数量", "比上年增减"], lambda y, c, p: [y, p, y - p])
    text = text.replace("| 指标名称 | 单位 | 数量 | 比上年增减 |", "| 指标名称 | 单位 | 数量 | 比上年增减 |\n| 2014年 | 2013年 |")
    report = reportparse.parse_text(text)
    assert not [v for v in report.values() if not v.startswith("derived")]
    assert any("on more than one row" in w for w in report.warnings)


def test_a_pipe_row_without_a_key_at_the_tables_edge_is_named():
    # above the first read row and below the last: named too; the header rows are not rows
    rows = [["网站专栏访问人次", "人次", "5821", "30417"]] + [[label, u, str(y), str(c)] for label, u, y, c in CELL_ROWS]
    rows.append(["现场查阅接待人次", "人次", "96", "488"])
    report = reportparse.parse_text(_pipe_table(rows))
    unmapped = [w for w in report.warnings if "no key in the vocabulary" in w]
    assert len(unmapped) == 2 and "网站专栏访问人次" in unmapped[0] and "现场查阅接待人次" in unmapped[1]
    assert report.values()["review.total|period=cumulative"] == 9


def test_years_in_a_cumulative_header_cell_or_a_date_line_name_no_column():
    # 历年累计(2008年5月以来) and 2008年以来累计 are one cumulative column; a date range above the header
    # names no column: these tables read as plain 本年度 / 累计 tables
    want = {}
    for vid, (_l, _u, y, c) in zip(CELL_KEYS, CELL_ROWS):
        want[vid], want[vid + "|period=cumulative"] = y, c
    for header in (["2014年度", "历年累计(2008年5月以来)"], ["2014年", "2008年以来累计"]):
        got = reportparse.parse_text(_compared(["指标名称", "单位"] + header, lambda y, c, p: [y, c])).values()
        assert {k: v for k, v in got.items() if not k.startswith("derived")} == want, header
    text = _compared(["指标名称", "单位", "本年度", "累计"], lambda y, c, p: [y, c])
    text = text.replace("统计表\n", "统计表\n(统计时段:2008年5月1日至2014年12月31日)\n")
    got = reportparse.parse_text(text).values()
    assert {k: v for k, v in got.items() if not k.startswith("derived")} == want
# ---- unseen-sites hunt, national tables (fixtures t4_wrapped_header_2021, t2_notes_2019)

def _t4_text(header: str, figures: str) -> str:
    text = PIPE_2021.read_text(encoding="utf-8")
    start = text.index("四、政府信息公开行政复议")
    end = text.index("五、", start)
    return text[:start] + "四、政府信息公开行政复议、行政诉讼情况\n" + header + figures + "\n" + text[end:]


def test_a_table4_header_wrapped_character_by_character_is_found():
    figures = [3, 1, 4, 2, 10, 5, 6, 7, 8, 26, 9, 11, 12, 13, 45]
    # 总计 printed 总 / 计 on two lines (narrow columns), with the other columns' pieces between
    wrapped = ("行政复议 行政诉讼\n未经复议直接起诉 复议后起诉\n结果 结果 其他 尚未 总\n"
               "维持 纠正 结果 审结 计 结果 结果 其他 尚未 总 结果 结果 其他 尚未 总\n维持 纠正 结果 审结 计 维持 纠正 结果 审结 计\n")
    # the same with three-line wrapping (总 / 计 and 维 / 持 apart) and the figures one per line
    thin = ("行政复议 行政诉讼\n未经复议直接起诉 复议后起诉\n结 结 其 尚 总\n果 果 他 未 计\n维 纠 结 审\n持 正 果 结\n"
            + "结 结 其 尚 总 " * 2 + "\n" + "果 果 他 未 计 " * 2 + "\n" + "维 纠 结 审 " * 2 + "\n" + "持 正 果 结 " * 2 + "\n")
    for header, sep in ((wrapped, " "), (thin, "\n")):
        report = reportparse.parse_text(_t4_text(header, sep.join(map(str, figures))))
        got = report.values()
        assert [got[f"{g}.{o}"] for g in ("review", "litigation.direct", "litigation.after_review")
                for o in ("upheld", "corrected", "other", "pending", "total")] == figures


def test_a_label_named_in_another_rows_note_is_not_a_row():
    text = PIPE_2021.read_text(encoding="utf-8")
    got = reportparse.parse_text(text).values()
    # 行政规范性文件's note names 规章: the mention neither is a row nor ends the row that holds it
    noted = text.replace("| 行政规范性文件 |", "| 行政规范性文件（不含政府规章，含以“办法”为题的公文） |")
    assert noted != text
    read = reportparse.parse_text(noted).values()
    for col in ("issued", "repealed", "in_force"):
        assert read[f"disclosure.normative_docs.{col}"] == got[f"disclosure.normative_docs.{col}"]
        assert read[f"disclosure.regulations.{col}"] == got[f"disclosure.regulations.{col}"]
    # a note naming the rows below it: 行政许可's note names 行政处罚 and 行政强制, whose own rows follow
    noted = text.replace("| 行政许可 |", "| 行政许可（不含行政处罚、行政强制） |")
    assert noted != text
    read = reportparse.parse_text(noted).values()
    for key in ("licensing", "penalty", "coercion"):
        assert read[f"disclosure.{key}.decisions"] == got[f"disclosure.{key}.decisions"]


def test_a_money_column_header_states_the_unit_of_its_cells():
    text = PIPE_2021.read_text(encoding="utf-8")
    assert reportparse.parse_text(text).values()["disclosure.fees.amount"] == 2084000     # 万元 by the template
    for header in ("本年收费金额（单位：元）", "本年收费金额（元）"):
        in_yuan = text.replace("本年收费金额（单位：万元）", header)
        assert in_yuan != text
        fee = reportparse.parse_text(in_yuan).get("disclosure.fees.amount")
        assert fee.value == 208.4 and fee.raw == "208.4"
    # a cell that prints its own unit outranks the header
    own = text.replace("| 行政事业性收费 | 208.4 |", "| 行政事业性收费 | 208.4万元 |")
    assert reportparse.parse_text(own.replace("本年收费金额（单位：万元）", "本年收费金额（元）")).values()[
        "disclosure.fees.amount"] == 2084000
    # 2019: 采购总金额 prints no unit in the template; a header in 万元 scales it; with none, 元 or 万元 is
    # unknown and the amount is not read (tests/test_money_units.py)
    notes = FIXTURES / "damage" / "t2_notes_2019.txt"
    text = notes.read_text(encoding="utf-8")
    assert reportparse.parse_text(text).values()["disclosure.procurement.amount"] == 12685000
    plain = reportparse.parse_text(text.replace("采购总金额（单位：万元）", "采购总金额"))
    assert "disclosure.procurement.amount" not in plain.values()
    assert any("'1268.5' printed with no unit" in w for w in plain.warnings)


def _cells_per_line(text: str, wrapped) -> str:
    """The pipe rows of a report as a crawler stores a web table: a cell per line ending ' |', or with its
    closing pipe alone on the next line where `wrapped(i, cell)` says so."""
    out = []
    for line in text.split("\n"):
        if not line.startswith("|") or set(line) <= set("|-: "):
            out.append(line)
            continue
        for i, cell in enumerate(c.strip() for c in line.strip().strip("|").split("|")):
            out += [cell, "|"] if wrapped(i, cell) else [cell + " |"]
    return "\n".join(out)


def test_a_cells_closing_pipe_alone_on_its_line_is_not_a_pipe_row():
    text = PIPE_2021.read_text(encoding="utf-8")
    want = reportparse.parse_text(text).values()
    assert len(want) > 150
    for wrapped in (lambda i, cell: i == 0 and len(cell) > 4,      # long label cells
                    lambda i, cell: True):                          # every cell
        got = reportparse.parse_text(_cells_per_line(text, wrapped)).values()
        assert {k: v for k, v in got.items() if k in want} == want


_TRADITIONAL = dict(zip("开报数请处总计议讼结维纠审规范许罚费额万项条决转继续当无获补缴纳国属权务关内对废现强执诉询购业机构组织单区",
                        "開報數請處總計議訟結維糾審規範許罰費額萬項條決轉繼續當無獲補繳納國屬權務關內對廢現強執訴詢購業機構組織單區"))


def test_a_report_converted_to_traditional_script_is_read():
    text = PIPE_2021.read_text(encoding="utf-8")
    want = reportparse.parse_text(text).values()
    # a mirror site's copy: the vocabulary's characters in traditional script, 复 as 復, 複 or 覆 by word
    for variant in ({}, {"复": "復"}, {"复": "覆"}):
        mapping = dict(_TRADITIONAL, **variant)
        converted = "".join(mapping.get(c, c) for c in text)
        assert "行政復議" in converted or "行政覆議" in converted or "行政复議" in converted
        got = reportparse.parse_text(converted).values()
        assert {k: v for k, v in got.items() if k in want} == want
    # the zh-TW word for 文件: 規範性檔案
    tw = "".join(_TRADITIONAL.get(c, c) for c in text.replace("规范性文件", "规范性檔案"))
    got = reportparse.parse_text(tw).values()
    assert got["disclosure.normative_docs.in_force"] == want["disclosure.normative_docs.in_force"]


def test_values_before_a_rows_only_pipe_are_its_cells():
    # a crawler joined each row's cells with spaces and marked its end: "规章 0 0 0 |"
    text = PIPE_2021.read_text(encoding="utf-8")
    want = reportparse.parse_text(text).values()
    ended = "\n".join(" ".join(c.strip() for c in line.strip().strip("|").split("|")) + " |"
                      if line.startswith("|") and not set(line) <= set("|-: ") else line
                      for line in text.split("\n") if not (line.startswith("|") and set(line) <= set("|-: ")))
    got = reportparse.parse_text(ended).values()
    assert {k: v for k, v in got.items() if k in want} == want
    # the same with no opening pipe and the first two cells joined ("规章 0 | 0 | 0 |", "7 2 | 4 | …")
    half = "\n".join(line[2:].replace(" | ", " ", 1) if line.startswith("| ") else line for line in text.split("\n"))
    got = reportparse.parse_text(half).values()
    assert {k: v for k, v in got.items() if k in want} == want


def test_a_pipe_rows_leading_text_is_read_as_its_label_only_when_it_is():
    text = PIPE_2021.read_text(encoding="utf-8")
    want = reportparse.parse_text(text).values()
    # the rest of a long label in the next cell; a merged label cell repeated into the columns it spans
    split = text.replace("（二）部分公开（区分", "（二）部分公开 | （区分").replace("逾期不补正、行政机关", "逾期不补正、 | 行政机关")
    repeated = text.replace("| 一、本年新收政府信息公开申请数量 |", "| 一、本年新收政府信息公开申请数量 | 一、本年新收政府信息公开申请数量 |")
    for variant in (split, repeated):
        assert variant != text
        report = reportparse.parse_text(variant)
        assert {k: v for k, v in report.values().items() if k in want} == want
        assert not any("cells where the template has" in w or "without their own label" in w for w in report.warnings)
    # text of another row's label before the values: the row is not read (never shifted)
    other = text.replace("逾期不补正、行政机关不再处理其政府信息公开申请 |", "逾期不补正、 | 缴纳费用、 |")
    assert other != text
    got = reportparse.parse_text(other).values()
    assert "requests.other.no_correction|applicant=total" not in got


def test_a_group_cell_beside_a_middle_row_of_its_group_is_not_that_rows_label():
    # a converter put each merged group cell (vertically centred in the PDF) on a middle row of its group
    lines = PIPE_2021.read_text(encoding="utf-8").split("\n")
    want = reportparse.parse_text("\n".join(lines)).values()
    moved = list(lines)
    for group in ("（三）不予公开", "（四）无法提供", "（五）不予处理", "（六）其他处理"):
        first = next(i for i, line in enumerate(moved) if group in line)
        size = 1 + next(j for j, line in enumerate(moved[first + 1:]) if not line.startswith("|  |  |"))
        middle = first + (size - 1) // 2 + (size > 2)
        moved[first] = moved[first].replace(group, "", 1)
        moved[middle] = moved[middle].replace("|  |  |", f"|  | {group} |", 1)
    text = "\n".join(moved)
    assert text.index("（六）其他处理") > text.index("1.申请人无正当理由逾期不补正")
    report = reportparse.parse_text(text)
    assert {k: v for k, v in report.values().items() if k in want} == want
    assert report.get("requests.other.no_correction", "total").source.note is None


def test_table4_figures_printed_with_their_unit_are_read():
    figures = [3, 1, 4, 2, 10, 5, 6, 7, 8, 26, 9, 11, 12, 13, 45]
    header = "行政复议 行政诉讼\n结果维持 结果纠正 其他结果 尚未审结 总计 未经复议直接起诉 复议后起诉\n" + \
             "结果维持 结果纠正 其他结果 尚未审结 总计 " * 2 + "\n"
    for sep in (" ", "\n", "  "):
        got = reportparse.parse_text(_t4_text(header, sep.join(f"{v}件" for v in figures))).values()
        assert [got[f"{g}.{o}"] for g in ("review", "litigation.direct", "litigation.after_review")
                for o in ("upheld", "corrected", "other", "pending", "total")] == figures


def test_a_long_note_after_a_label_is_the_labels_own():
    # a label cell's note longer than 60 characters, on its own line, the row's cells on the lines below
    path = FIXTURES / "damage" / "t2_long_notes_2019.txt"
    want = load_expected(path.with_name("t2_long_notes_2019.expected.json"))["values"]
    got = reportparse.parse(path).values()
    keys = [f"disclosure.{k}.{c}" for k in ("regulations", "normative_docs") for c in ("made", "published", "published_total")]
    assert [got.get(k) for k in keys] == [want[k] for k in keys]
    # the note may hold wording that is not prose-free: a pipe row's note reads alike
    text = path.read_text(encoding="utf-8")
    label = next(line for line in text.splitlines() if line.startswith("规范性文件（"))
    one_line = text.replace(label + "\n\n23\n\n18\n\n276", label + " 23 18 276")
    assert one_line != text
    got = reportparse.parse_text(one_line).values()
    assert [got.get(k) for k in keys[3:]] == [23, 18, 276]


def _legacy_lines(lines: list[str]) -> str:
    return "\n".join(["苇塘县2013年政府信息公开工作年度报告", "一、概述", "2013年，我县扎实推进政府信息公开工作。",
                      "附件：苇塘县2013年政府信息公开情况统计"] + lines) + "\n"


def test_legacy_list_lines_are_read_by_the_periods_they_name():
    # one indicator a line, each figure after its period word: colon, tab or blank separators,
    # 条/件/人次/元, a line without its cumulative (none emitted), the cumulative printed first
    text = _legacy_lines(["主动公开政府信息数：本年度1375条，累计6042条",
                          "现场接待人次：本年度96人次，累计402人次",
                          "受理政府信息公开申请总数\t本年 46 件\t累计 183 件",
                          "其中：当面申请数 本年 19 件、累计 71 件",
                          "网上申请数：累计112件；本年度27件",
                          "行政复议数：本年度数4件。",
                          "接受行政申诉、举报数：本年度8人次，累计31人次",
                          "依申请公开信息收取的费用：本年度1.5万元，累计2.25万元"])
    report = reportparse.parse_text(text)
    got = report.values()
    assert got == {"disclosure.total": 1375, "disclosure.total|period=cumulative": 6042,
                   "requests.new|applicant=total": 46, "requests.new|applicant=total|period=cumulative": 183,
                   "requests.by_channel.in_person|applicant=total": 19,
                   "requests.by_channel.in_person|applicant=total|period=cumulative": 71,
                   "requests.by_channel.online|applicant=total": 27,
                   "requests.by_channel.online|applicant=total|period=cumulative": 112,
                   "review.total": 4, "complaints.total": 8, "complaints.total|period=cumulative": 31,
                   "fees.collected": 15000, "fees.collected|period=cumulative": 22500}
    ind = report.get("requests.by_channel.online", "total", period="year")
    assert text[slice(*ind.source.span)] == "27" and "naming each figure's period" in ind.source.note
    assert any("'现场接待人次' has figures but no key" in w for w in report.warnings)
    # a line that goes on in prose after its figures, or names 本年累计, is no list line
    prose = _legacy_lines(["主动公开政府信息数：本年度1375条，累计6042条，较上年明显增加",
                           "受理政府信息公开申请总数：本年累计46件", "行政复议数：本年度4件，占比较小"])
    assert not [i for i in reportparse.parse_text(prose).indicators if i.source.method == "table"]


def _spanned(head: str, cells: str) -> str:
    rows = {"主动公开政府信息数": (1532, 6217, 1408), "受理政府信息公开申请总数": (48, 195, 41),
            "当面申请数": (17, 73, 15), "网上申请数": (31, 122, 26), "行政复议数": (2, 9, 3)}
    body = "".join(f"<tr><td>{label}</td><td>件</td>" + "".join(
        f"<td>{dict(zip('ycp', v))[c]}</td>" for c in cells) + "</tr>" for label, v in rows.items())
    return ("<html><head><title>苇塘县2014年政府信息公开工作年度报告</title></head><body><div>"
            "<h1>苇塘县2014年政府信息公开工作年度报告</h1><p>附表：统计表</p><table>"
            f"{head}{body}</table></div></body></html>")


def test_a_legacy_web_header_of_two_rows_is_read_by_its_grid():
    two = '<td rowspan="2">指标名称</td><td rowspan="2">单位</td>'
    want = {"disclosure.total": 1532, "disclosure.total|period=cumulative": 6217,
            "requests.new|applicant=total": 48, "requests.new|applicant=total|period=cumulative": 195,
            "review.total": 2, "review.total|period=cumulative": 9}
    for head, cells in ((f'<tr>{two}<td colspan="2">2014年</td><td rowspan="2">2013年</td></tr>'
                         '<tr><td>本年度</td><td>累计</td></tr>', "ycp"),
                        (f'<tr>{two}<td rowspan="2">上年同期</td><td colspan="2">统计数</td></tr>'
                         '<tr><td>本年度</td><td>累计</td></tr>', "pyc"),
                        (f'<tr>{two}<td colspan="2">2014年</td><td colspan="2">2013年</td></tr>'
                         '<tr><td>本年度</td><td>累计</td><td>本年度</td><td>累计</td></tr>', "ycpp")):
        got = reportparse.parse_text(_spanned(head, cells)).values()
        assert {k: got.get(k) for k in want} == want, head
        assert not any(v in (1408, 41, 3) for v in got.values())
    # a figure column the header names nothing for (a blank cell under 数量): still not read, said
    head = f'<tr>{two}<td colspan="2">数量</td><td rowspan="2">上年</td></tr><tr><td>本年度</td><td></td></tr>'
    report = reportparse.parse_text(_spanned(head, "ycp"))
    assert report.values() == {} and any("on more than one row" in w for w in report.warnings)


@pytest.mark.parametrize("name, row, damaged, key", [
    ("t4_partly_transposed_2021.txt", "规章 2 4 17", "规章 2 17", "disclosure.regulations"),
    ("letter_spaced_2021.txt", "行 政 规 范 性 文 件 18 6 132", "行 政 规 范 性 文 件 6 132", "disclosure.normative_docs"),
])
def test_a_table2_row_with_fewer_figures_printed_apart_is_not_split(name, row, damaged, key):
    # a PDF's copy leaves a blank cell out ("规章 2 17" for 2 | blank | 17): splitting 17 into 1 | 7 would be
    # a guess (table 二 has no arithmetic to check it); the row is not read, and a warning says why
    text = (FIXTURES / "damage" / name).read_text(encoding="utf-8")
    assert row in text
    want = load_expected(FIXTURES / "damage" / name.replace(".txt", ".expected.json"))["values"]
    intact = reportparse.parse_text(text).values()
    assert {k: intact[k] for k in want if k.startswith(key + ".")} == {k: v for k, v in want.items() if k.startswith(key + ".")}
    report = reportparse.parse_text(text.replace(row, damaged))
    assert not [k for k in report.values() if k.startswith(key + ".")]
    assert any("blank cells left out or digits run together" in w for w in report.warnings), report.warnings


@pytest.mark.parametrize("row, damaged, key", [
    ("| 一、本年新收政府信息公开申请数量 |  |  | 157 | 24 | 2 | 2 | 3 | 3 | 191 |",
     "| 一、本年新收政府信息公开申请数量 |  |  |  | 24 | 2 | 2 | 3 | 3 | 34 |  |", "requests.new|applicant=natural"),
])
def test_blank_cells_at_both_ends_of_a_pipe_row_do_not_shift_its_figures(row, damaged, key):
    # a table with an empty last column: a row whose first figure is blank has blanks at both ends, and
    # dropping the leading one as a merged label column would shift every figure one column left
    # (846.35万元 read as the projects, 24 as the natural persons)
    text = (FIXTURES / "national" / "t2019_source_unbalanced.txt").read_text(encoding="utf-8")
    assert row in text
    report = reportparse.parse_text(text.replace(row, damaged))
    assert not [k for k in report.values() if k.startswith(key)]
    assert any("blank cells at both ends" in w for w in report.warnings), report.warnings


def test_blank_cells_at_both_ends_of_a_table2_row_placed_by_its_header_row():
    # the same table 二 row (blank projects): its block's header row (采购项目数量 | 采购总金额 | blank) and the
    # (八) row of its width print their padding last, so its cells are its first two (table2_padding.py): the
    # amount in its own column, never shifted into the projects
    text = (FIXTURES / "national" / "t2019_source_unbalanced.txt").read_text(encoding="utf-8")
    row = "| 政府集中采购 | 19 | 846.35万元 |  |"
    assert row in text
    got = reportparse.parse_text(text.replace(row, "| 政府集中采购 | | 846.35万元 |  |")).values()
    assert {k: v for k, v in got.items() if k.startswith("disclosure.procurement.")} == {
        "disclosure.procurement.projects": None, "disclosure.procurement.amount": 8_463_500}


def _one_per_line(year: int, cumulative_blank: bool, cell_marks: bool) -> str:
    rows = [[label, u, str(y)] + ([] if cumulative_blank else [str(c)]) for label, u, y, c in CELL_ROWS]
    if cell_marks:
        return _cell_lines(["", "计量单位", "本年度", "累计"], rows).replace("2014", str(year))
    lines = [f"云岫县人民政府{year}年政府信息公开工作年度报告", "一、概述", "我县认真落实《条例》。", "附件",
             "云岫县政府信息公开情况统计表", "指标名称", "单位", "本年度", "累计"]
    return "\n".join(lines + [cell for row in rows for cell in row]) + "\n"


@pytest.mark.parametrize("cell_marks", [False, True])
def test_a_blank_cumulative_column_one_cell_per_line_is_not_read_as_the_years_figures(cell_marks):
    # every row prints one figure under 本年度 | 累计 (its blank cells are absent lines): no crawler
    # collapsed equal cells here (a running total never equals the year's figure in every row), and
    # which column is blank is unknown: nothing is read, and a warning says why
    report = reportparse.parse_text(_one_per_line(2014, True, cell_marks))
    assert not [k for k in report.values() if not k.startswith("derived")]
    said = "1 cells where the template has 2" if cell_marks else "every row prints one figure"
    assert any(said in w for w in report.warnings), report.warnings
    # the full table reads; in 2008, the Regulations' first year, the running total is the year's figure
    full = reportparse.parse_text(_one_per_line(2014, False, cell_marks)).values()
    assert all(full[k] == y and full[k + "|period=cumulative"] == c for k, (_l, _u, y, c) in zip(CELL_KEYS, CELL_ROWS))
    if cell_marks:
        return              # a row of cell lines says where its cells end: one missing is not a collapsed run
    first = reportparse.parse_text(_one_per_line(2008, True, cell_marks)).values()
    assert all(first[k] == y == first[k + "|period=cumulative"] for k, (_l, _u, y, _c) in zip(CELL_KEYS, CELL_ROWS))


@pytest.mark.parametrize("header, rows, want", [
    # a copy that lost table 二's first heading (第二十条第（一）项): its header row opens the table
    ("信息内容 | 本年制发件数 | 本年废止件数 | 现行有效件数 |",
     "规章 | 2 | 1 | 17 |\n行政规范性文件 | 8 | 3 | 46 |",
     {"disclosure.regulations.issued": 2, "disclosure.regulations.repealed": 1,
      "disclosure.regulations.in_force": 17, "disclosure.normative_docs.issued": 8,
      "disclosure.normative_docs.repealed": 3, "disclosure.normative_docs.in_force": 46}),
    ("信息内容\n本年新制作数量\n本年新公开数量\n对外公开总数量",
     "规章\n4\n5\n29\n规范性文件\n12\n11\n73",
     {"disclosure.regulations.made": 4, "disclosure.regulations.published": 5,
      "disclosure.regulations.published_total": 29, "disclosure.normative_docs.made": 12,
      "disclosure.normative_docs.published": 11, "disclosure.normative_docs.published_total": 73}),
])
def test_table2_without_its_first_heading_starts_at_its_header_row(header, rows, want):
    text = ("岚峰县柘溪镇2022年政府信息公开工作年度报告\n一、总体情况\n全年主动公开政府信息81条。\n"
            "二、主动公开政府信息情况\n" + header + "\n" + rows + "\n第二十条第（五）项\n")
    got = reportparse.parse_text(text).values()
    assert {k: got.get(k) for k in want} == want


T4_ROW = "7 2 5 3 17 4 1 6 9 20 8 11 13 12 44"


@pytest.mark.parametrize("row", [T4_ROW + " 6", "6 " + T4_ROW, T4_ROW.replace("13", "1 3")])
def test_a_table4_line_of_sixteen_figures_is_not_cut_to_fifteen(row):
    # which fifteen of sixteen are the table's is unknown: a figure before them shifts every column
    text = (FIXTURES / "damage" / "t4_wrapped_header_2021.txt").read_text(encoding="utf-8")
    report = reportparse.parse_text(text.replace(T4_ROW, row))
    assert not [i for i in report.indicators if i.key.startswith(("review.", "litigation.")) and not i.derived]
    assert any("table 四: 16 cells where the template has 15" in w for w in report.warnings), report.warnings


def test_table4_figures_end_at_the_words_after_them():
    # a body on one line: the next section's prose and a page footer (— 3 —) after table 四's figures
    text = (FIXTURES / "damage" / "t4_wrapped_header_2021.txt").read_text(encoding="utf-8")
    want = load_expected(FIXTURES / "damage" / "t4_wrapped_header_2021.expected.json")["values"]
    one_line = text.replace(T4_ROW + "\n", T4_ROW + " 五、存在的主要问题及改进情况 一是公开不够及时。 — 3 — ")
    assert one_line != text
    got = reportparse.parse_text(one_line).values()
    t4 = {k: v for k, v in want.items() if k.startswith(("review.", "litigation."))}
    assert len(t4) >= 15 and {k: got.get(k) for k in t4} == t4


# ---- HTML tables as CMSs break them (tools/damage/fixtures_html.py)

HTML_2021 = FIXTURES / "damage" / "html_blank_cells_2021.html"


def _div_page(layout: str) -> str:
    """The blank-cells page with its <table>s rebuilt as CSS tables of div/span or ul/li (empty cells kept)."""
    from lxml import etree
    root = etree.fromstring(HTML_2021.read_bytes(), etree.HTMLParser(encoding="utf-8"))
    for t in list(root.iter("table")):
        box = etree.Element("div", {"class": "grid-table"} if layout == "grid" else {})
        for tr in t.iter("tr"):
            row = etree.SubElement(box, "div" if layout == "grid" else "ul", {} if layout == "grid" else {"class": "row"})
            for i, td in enumerate(tr):
                span = int(td.get("colspan", "1"))
                style = "display:inline-block" if layout == "grid" else "float:left"
                cell = etree.SubElement(row, ("span" if i % 2 else "div") if layout == "grid" else "li",
                                        {"style": style + (f";grid-column:span {span}" if span > 1 else "")})
                cell.text = "".join(td.itertext()).strip()
        box.tail = t.tail
        t.getparent().replace(t, box)
    return etree.tostring(root, encoding="unicode", method="html")


@pytest.mark.parametrize("layout", ["grid", "list"])
def test_a_table_built_of_divs_keeps_its_blank_cells(layout):
    # an empty <div></div> cell left no trace: the next figure took the blank's column (规章's 3 as issued)
    got = reportparse.parse(_div_page(layout).encode("utf-8")).values()
    want = load_expected(HTML_2021.with_name("html_blank_cells_2021.expected.json"))["values"]
    for vid in ("disclosure.normative_docs.issued", "disclosure.normative_docs.repealed",
                "disclosure.normative_docs.in_force", "requests.carried_over|applicant=natural_person",
                "requests.carried_over|applicant=research", "requests.partially_granted|applicant=legal_service"):
        assert got.get(vid) == want[vid], vid
    wrong = {k: v for k, v in got.items() if want.get(k) is not None and v is not None and v != want[k]}
    assert not wrong


@pytest.mark.parametrize("name", ["html_div_grid_2021", "html_list_table_2021"])
def test_div_tables_read_cell_by_cell(name):
    exp = load_expected(FIXTURES / "damage" / f"{name}.expected.json")
    report = reportparse.parse(FIXTURES / "damage" / f"{name}.html")
    got = report.values()
    assert got == exp["values"]
    ind = report.get("disclosure.normative_docs", None) if False else next(
        i for i in report.indicators if i.key == "disclosure.normative_docs.in_force")
    assert ind.source.table is not None and ind.source.col == 3


def test_cells_after_a_stray_tr_end_the_row_they_fill_to_the_tables_width():
    # `</tr><td>总计</td>`: libxml2 leaves the cell outside any row; it fills its row exactly, so it is the
    # row's end: the six applicant figures keep their columns and the total is read, with a warning
    exp = load_expected(FIXTURES / "damage" / "html_short_rows_2021.expected.json")
    report = reportparse.parse(FIXTURES / "damage" / "html_short_rows_2021.html")
    got = report.values()
    for key in ("requests.new", "requests.granted", "requests.denied.third_party"):
        for who in ("natural_person", "commercial", "other_org", "total"):
            vid = f"{key}|applicant={who}"
            assert got[vid] == exp["values"][vid]
        total = next(i for i in report.indicators if i.key == key and i.applicant == "total")
        assert not total.derived and total.source.col == 9
    assert any("stray </tr>" in w for w in report.warnings)


@pytest.mark.parametrize("sep", ["<br>", "<br/>\n", "&nbsp;&nbsp;", "\u3000"])
def test_figures_set_in_one_cell_fill_the_cells_the_row_lacks(sep):
    text = HTML_2021.read_text(encoding="utf-8")
    row = "<tr><td>行政规范性文件</td><td>6</td><td></td><td>47</td></tr>"
    assert row in text
    got = reportparse.parse(text.replace(row, f"<tr><td>行政规范性文件</td><td>16{sep}9{sep}47</td></tr>")
                            .encode("utf-8")).values()
    assert [got["disclosure.normative_docs." + c] for c in ("issued", "repealed", "in_force")] == [16, 9, 47]
    # one figure too many or too few for the cells the row lacks: whose is which is unknown, none is read
    got = reportparse.parse(text.replace(row, f"<tr><td>行政规范性文件</td><td>16{sep}47</td></tr>").encode("utf-8")).values()
    assert got.get("disclosure.normative_docs.in_force") in (None,)


def _blank_cells_values():
    return load_expected(HTML_2021.with_name("html_blank_cells_2021.expected.json"))["values"]


def _article(text: str) -> str:
    return text[text.index('<div class="article">'):text.index('<div class="foot">')]


@pytest.mark.parametrize("nested", [1, 2])
def test_a_frame_saved_inline_is_read_in_place(nested):
    import html as htmlmod
    text = HTML_2021.read_text(encoding="utf-8")
    page = text
    for _ in range(nested):
        page = ('<html><head><meta charset="utf-8"><title>x</title></head><body><div class="main">'
                f'<iframe srcdoc="{htmlmod.escape(page, quote=True)}"></iframe></div></body></html>')
    report = reportparse.parse(page.encode("utf-8"))
    assert report.values() == _blank_cells_values()
    assert any("<iframe srcdoc>" in w for w in report.warnings)
    with pytest.raises(reportparse.DocumentTooLargeError):
        reportparse.parse(page.encode("utf-8"), max_html_elements=text.count("<") - 1)


@pytest.mark.parametrize("wrapper", ["noscript", "template"])
def test_report_tables_only_in_a_noscript_or_template_are_read_there(wrapper):
    text = HTML_2021.read_text(encoding="utf-8")
    article = _article(text)
    page = text.replace(article, f'<div id="app"></div><{wrapper}>{article}</{wrapper}>')
    report = reportparse.parse(page.encode("utf-8"))
    assert report.values() == _blank_cells_values()
    assert any("<noscript> or <template>" in w for w in report.warnings)
    # a page whose tables are visible keeps its <noscript> copy unread (no figure twice, no warning)
    page = text.replace(article, f"{article}<{wrapper}>{article}</{wrapper}>")
    report = reportparse.parse(page.encode("utf-8"))
    assert report.values() == _blank_cells_values() and not any("<noscript>" in w for w in report.warnings)


@pytest.mark.parametrize("hide", ['style="display:none"', "hidden", 'style="visibility: hidden"'])
def test_report_tables_hidden_until_a_script_shows_them_are_read(hide):
    exp = load_expected(FIXTURES / "damage" / "html_hidden_tables_2021.expected.json")
    text = (FIXTURES / "damage" / "html_hidden_tables_2021.html").read_text(encoding="utf-8")
    page = text.replace('class="tab-pane" style="display:none"', f'class="tab-pane" {hide}')
    report = reportparse.parse(page.encode("utf-8"))
    assert report.values() == exp["values"]
    assert any("tables are hidden" in w for w in report.warnings)
    # one report table shown: the hidden ones are the page's hidden copies, left unread
    page = page.replace(f'class="tab-pane" {hide}', 'class="tab-pane"', 1)
    got = reportparse.parse(page.encode("utf-8")).values()
    assert "requests.new|applicant=total" not in got and got["disclosure.normative_docs.in_force"] == 158


@pytest.mark.parametrize("name, row, worded, key, value", [
    ("t2019_source_unbalanced.txt", "| 行政许可 | 196 | -4 | 7352 |", "| 行政许可 | 196 | 减4 | 7352 |",
     "disclosure.licensing.items_change", -4),
    ("t2019_source_unbalanced.txt", "| 其他对外管理服务事项 | 41 | +3 | 1288 |", "| 其他对外管理服务事项 | 41 | 增3 | 1288 |",
     "disclosure.other_services.items_change", 3),
    ("t2019_cell_per_line.txt", "行政处罚\n1187\n+14\n2563 |", "行政处罚\n1187\n增14\n2563 |",
     "disclosure.penalty.items_change", 14),
    ("t2019_cell_per_line.txt", "行政许可\n268\n+2\n9417 |", "行政许可 268 减2 9417 |",
     "disclosure.licensing.items_change", -2),
])
def test_a_change_cell_may_print_its_sign_as_a_word(name, row, worded, key, value):
    # 本年增/减 printed "减4" / "增3" (seen on two sites' 2020 reports): the row was lost whole
    text = (FIXTURES / "national" / name).read_text(encoding="utf-8")
    assert row in text
    intact = reportparse.parse_text(text).values()
    got = reportparse.parse_text(text.replace(row, worded)).values()
    assert got[key] == value
    assert got == {**intact, key: value}


def test_a_sign_word_gives_no_negative_count_and_no_figure_of_its_own():
    text = (FIXTURES / "national" / "t2019_source_unbalanced.txt").read_text(encoding="utf-8")
    row = "| 行政许可 | 196 | -4 | 7352 |"
    # a sign word before a count that is never negative: not read (neither -196 nor 196)
    got = reportparse.parse_text(text.replace(row, "| 行政许可 | 减196 | -4 | 7352 |")).values()
    assert got.get("disclosure.licensing.items_prev_year") is None
    # the word with no figure glued to it is no figure
    got = reportparse.parse_text(text.replace(row, "| 行政许可 | 196 | 减少 | 7352 |")).values()
    assert got.get("disclosure.licensing.items_change") is None


# ---------------------------------------------------------------- closed cells a line, blanks as lone pipes


@pytest.mark.parametrize("name, read, blank", [
    ("closed_cell_blanks_2019", {"disclosure.licensing.decisions": 4815, "disclosure.other_services.items_change": -25,
                                 "disclosure.normative_docs.published_total": 418, "disclosure.fees.items_prev_year": 18,
                                 "disclosure.procurement.amount": 3627150},
     ["disclosure.licensing.items_change", "disclosure.normative_docs.published", "disclosure.coercion.decisions",
      "disclosure.fees.items_change", "requests.unable.not_held|applicant=total"]),
    ("closed_cell_blanks_2021", {"disclosure.regulations.in_force": 126, "disclosure.fees.amount": 52500},
     ["disclosure.regulations.repealed", "requests.other.fee_unpaid|applicant=total"]),
])
def test_closed_cells_a_line_keep_their_blank_cells(name, read, blank):
    # "12 |" a line, a blank cell a lone "|", each row ended by a line of pipes alone: a row's end is its
    # last pipe line before the next label cell, the pipe lines before it blank cells (null, not 0)
    path = FIXTURES / "damage" / f"{name}.txt"
    report = reportparse.parse(path)
    got = report.values()
    want = load_expected(path.with_suffix(".expected.json"))["values"]
    for vid, value in read.items():
        assert got[vid] == value == want[vid]
    for vid in blank:
        assert vid in got and got[vid] is None and want[vid] is None
    # a lone pipe right after a row's label is its blank first cell (table 二's 行政处罚, table 三 rows)
    first = {"closed_cell_blanks_2019": ("disclosure.penalty.items_prev_year", "disclosure.penalty.items_change", 63),
             "closed_cell_blanks_2021": ("requests.denied.process_info|applicant=natural_person",
                                         "requests.denied.process_info|applicant=total", 634)}[name]
    assert got[first[0]] is None and got[first[1]] == first[2] == want[first[1]]
    # a row of table 三 with blanks between its figures, and the table's last row (no end line)
    rows = [k for k in want if "|" in k and any(want[j] is None for j in want if j.split("|")[0] == k.split("|")[0])]
    assert rows and all(got[k] == want[k] for k in rows)
    assert "requests.carried_forward|applicant=total" in rows or name.endswith("2021")


_CLOSED = "行政许可 |\n236 |\n{a}\n4815 |\n{end}\n行政处罚 |\n58 |\n{b}\n2764 |\n{end2}\n"


def test_closed_cells_without_a_blank_are_left_as_they_were():
    from reportparse.layout.text import join_closed_cell_rows
    plain = _CLOSED.format(a="7 |", b="13 |", end="|", end2="|")
    assert join_closed_cell_rows(plain) is plain
    joined = join_closed_cell_rows(_CLOSED.format(a="|", b="13 |", end="|", end2="|"))
    assert joined.startswith("行政许可 | 236 | | 4815 |\n|\n行政处罚 |\n58 |")
    assert len(joined) == len(_CLOSED.format(a="|", b="13 |", end="|", end2="|"))     # offsets kept


@pytest.mark.parametrize("text", [
    # a row not ended by its pipe line: the layout does not mark row ends, a blank last cell is not settled
    "行政许可 |\n236 |\n|\n4815 |\n行政处罚 |\n58 |\n|\n2764 |\n|\n其他 |\n",
    # the table's last row ending in a pipe line: a blank last cell or the row's end
    "行政许可 |\n236 |\n|\n4815 |\n|\n三、收到和处理政府信息公开申请情况\n",
    # a table's last row after a pipe line: a blank first cell, or a header row's end before a row
    # printing no label (table 四's figures), and its end not marked
    "总计 |\n|\n7 |\n|\n9 |\n",
])
def test_closed_cell_blanks_not_settled_are_left_as_they_were(text):
    from reportparse.layout.text import join_closed_cell_rows
    assert join_closed_cell_rows(text) is text
