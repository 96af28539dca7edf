"""The damage classes of reports from unseen sites (tests/fixtures/damage holds whole documents;
these tests pin one mechanism each on invented text derived from the project's own fixtures)."""
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
    # with and without the unit and 代码 columns, 本期实际/本年累计 or 本年度/累计: the codes (01, 02, …) and
    # the units are never values, and each figure lands in its row and period
    for unit, code, heads in ((True, True, ["本期实际", "本年累计"]), (False, True, ["本年度", "累计"]),
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
