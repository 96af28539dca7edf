"""The damaged legacy (2008–2018) appendix fixtures: collapsed cells, fused row numbers, short sub-rows."""
from __future__ import annotations

from .data import LEGACY_KEYS, UNSETTLED, collapse, legacy_values, settle, settle_pairs
from .render import LEGACY_INTRO, fmt, legacy_prose, legacy_table, meta, td, write


def fixture_collapsed_legacy() -> None:
    county, year = "柳汀县", 2013
    title = f"{county}人民政府{year}年政府信息公开工作年度报告"
    published = "2014-03-10"
    rows = [("主动公开政府信息数", "条", 1264, 5871), ("其中：政府网站公开数", "", 1190, 5302),
            ("政府公报公开数", "", 46, 46),
            ("受理政府信息公开申请总数", "件", 38, 152), ("其中：当面申请数", "", 12, 87),
            ("网上申请数", "", 17, 17), ("信函申请数", "", 9, 48), ("传真申请数", "", 0, 0),
            ("对申请的答复总数", "件", 36, 147), ("其中：同意公开答复数", "", 21, 93),
            ("同意部分公开答复数", "", 5, 25), ("不予公开答复数", "", 3, 13), ("其他类型答复数", "", 7, 16),
            ("行政复议数", "件", 2, 2), ("行政诉讼数", "件", 0, 0), ("接受行政申诉、举报数", "件", 4, 19)]
    for _label, _unit, y, c in rows:       # two cells: "x" is x|x or a cell lost, "a b" is a|b
        assert UNSETTLED not in settle([y, c])
    # a row printing one figure: only the channel and reply sums can say which column it is and what the
    # other cell holds; the rows in no sum are not read
    single = {label: y for label, _u, y, c in rows if y == c}
    settled = settle_pairs(rows, single)
    assert settled == {"网上申请数": (17, 17), "传真申请数": (0, 0)}, settled
    values = legacy_values([r for r in rows if r[0] not in single or r[0] in settled])
    unread = [label for label in single if label not in settled]
    office = f"{county}人民政府办公室"
    lines = [title, f"发布时间：{published} 10:05", LEGACY_INTRO.format(year=year, office=office, phone="0000-4471920")]
    lines += legacy_prose(county, year) + ["六、附表", f"{county}{year}年政府信息公开工作情况统计表"]
    lines += legacy_table(rows, header=("指标名称", "单位", f"{year}年度", "历年累计"))
    full = "\n".join(lines)
    text = collapse(full)
    assert full.count("\n") - text.count("\n") == sum(1 for r in rows if r[2] == r[3])
    exp = meta(title, year, "legacy", published,
               "Legacy 附表 (本年度 / 历年累计), one cell per line, no blank lines, collapsed by a crawler that "
               "dropped every line equal to the line before it: 0|0 rows (传真申请数, 行政诉讼数) print one 0, "
               "46|46 (政府公报公开数, first year of the gazette), 17|17 (网上申请数, opened this year) and 2|2 "
               "(行政复议数) print one value. One printed value is x|x or a lost cell beside x, which the row "
               "cannot tell: the channel rows (网上申请数, 传真申请数) are settled by the channel sums in both "
               "columns and 累计 ≥ 本年度; 政府公报公开数, 行政复议数 and 行政诉讼数 are in no sum and are not read "
               "(a warning names them). Channels and replies add up in both columns.")
    exp["values"] = values
    exp["not_values"] = [vid + p for label in unread for vid in [LEGACY_KEYS[label]] for p in ("", "|period=cumulative")]
    exp["warnings_contain"] = ["the rows " + ", ".join(f"'{label}'" for label in unread) + " print one figure"]
    exp["checks"] = {"legacy_channels|period=year": "pass", "legacy_channels|period=cumulative": "pass",
                     "legacy_replies|period=year": "pass", "legacy_replies|period=cumulative": "pass"}
    write("collapsed_legacy.txt", text + "\n", exp)



def fixture_legacy_dropped_cells() -> None:
    county, year = "榆岭县", 2012
    title = f"{county}人民政府{year}年政府信息公开工作年度报告"
    published = "2013-03-22"
    rows = [("主动公开政府信息数", "条", 1843, 7126), ("其中：政府网站公开数", "", 1761, 6790),
            ("政府公报公开数", "", 52, 347),
            ("受理政府信息公开申请总数", "件", 64, 259), ("其中：当面申请数", "", 21, 93),
            ("网上申请数", "", 31, 118), ("信函申请数", "", 12, 48),
            ("对申请的答复总数", "件", 61, 251), ("其中：同意公开答复数", "", 38, 157),
            ("同意部分公开答复数", "", 9, 41), ("不予公开答复数", "", 5, 22), ("其他类型答复数", "", 9, 31),
            ("行政复议数", "件", 3, 14), ("行政诉讼数", "件", 2, 9), ("接受行政申诉、举报数", "件", 7, 26)]
    # a crawler lost lines (never two equal ones): 网上申请数's 累计, 不予公开答复数's 本年度, 行政复议数's 本年度;
    # and printed 行政诉讼数's two cells in the other order
    lost = {("网上申请数", 1), ("不予公开答复数", 0), ("行政复议数", 0)}
    swapped = {"行政诉讼数"}
    single = {label: (c if (label, 0) in lost else y) for label, _u, y, c in rows if any((label, i) in lost for i in (0, 1))}
    settled = settle_pairs(rows, single)
    assert settled == {"网上申请数": (31, 118), "不予公开答复数": (5, 22)}, settled
    values = legacy_values([r for r in rows if r[0] not in single and r[0] not in swapped])
    for label, (y, c) in settled.items():       # only the figure a line prints is read
        vid = LEGACY_KEYS[label]
        if single[label] == y:
            values[vid] = y
        if single[label] == c:
            values[vid + "|period=cumulative"] = c
    office = f"{county}人民政府办公室"
    lines = [title, f"发布日期：{published}", LEGACY_INTRO.format(year=year, office=office, phone="0000-5813064")]
    lines += legacy_prose(county, year) + ["六、附表", f"{county}{year}年政府信息公开情况统计表"]
    lines += ["指标名称", "单位", "本年度", "累计"]
    for label, unit, y, c in rows:
        lines += [label] + ([unit] if unit else [])
        cells = [c, y] if label in swapped else [y, c]
        lines += [str(v) for i, v in enumerate(cells) if (label, i) not in lost]
    text = "\n".join(lines)
    assert collapse(text) == text           # no two equal lines: the text may have been collapsed, or not
    exp = meta(title, year, "legacy", published,
               "Legacy 附表 (本年度 / 累计) one cell per line; a crawler lost three lines (网上申请数's 累计, "
               "不予公开答复数's 本年度, 行政复议数's 本年度) and printed 行政诉讼数's cells in the other order. A row "
               "printing one figure is x|x or a lost cell beside x: read only where the channel / reply sums (both "
               "columns, 累计 ≥ 本年度) settle its column, and only the figure printed; 行政复议数 (in no sum) and "
               "行政诉讼数 (累计 below 本年度) are not read.")
    exp["values"] = values
    exp["not_values"] = ["review.total", "review.total|period=cumulative", "litigation.total",
                         "litigation.total|period=cumulative",
                         "requests.by_channel.online|applicant=total|period=cumulative",
                         "requests.denied|applicant=total"]
    exp["warnings_contain"] = ["the rows '行政复议数' print one figure", "'行政诉讼数': its 累计 2 is less than its 本年度 9",
                               "'网上申请数': its 累计 is 118 by the table's sums, but no line prints it"]
    write("legacy_dropped_cells.txt", text + "\n", exp)

# 6 ------------------------------------------------------------------------------------------


def fixture_numbering_fused_legacy() -> None:
    county, year = "苇川县", 2011
    title = f"{county}人民政府{year}年政府信息公开工作年度报告"
    published = "2012-03-28"
    rows = [("主动公开政府信息数", "条", 2318, 9475), ("其中：政府网站公开数", "", 2046, 8130),
            ("政府公报公开数", "", 64, 392), ("受理政府信息公开申请总数", "件", 57, 263),
            ("其中：当面申请数", "", 18, 97), ("网上申请数", "", 26, 104), ("信函申请数", "", 13, 62),
            ("对申请的答复总数", "件", 51, 248), ("其中：同意公开答复数", "", 34, 171),
            ("同意公开答复数", "", 8, 39),   # misprint: stands where 同意部分公开答复数 belongs
            ("不予公开答复数", "", 0, 6), ("其他类型答复数", "", 9, 32),
            ("行政复议数", "件", 1, 5), ("行政诉讼数", "件", 0, 3), ("接受行政申诉、举报数", "件", 11, 47)]
    values = legacy_values(rows, keys={9: "requests.partially_granted|applicant=total"})
    office = f"{county}人民政府办公室"
    lines = [title, f"时间：{published} 16:20", LEGACY_INTRO.format(year=year, office=office, phone="0000-2290813")]
    lines += legacy_prose(county, year) + ["六、附表", f"{county}{year}年政府信息公开情况统计表"]
    lines += legacy_table(rows, header=("序号", "统计指标", "单位", "本年度", "累计"), number=True)
    exp = meta(title, year, "legacy", published,
               "Legacy 统计表 one cell per line whose 序号 column was fused by the crawler onto each label line "
               "(…\\n0\\n6\\n12其他类型答复数: row number 12 glued to the label); the fused numbers 1-15 are never "
               "values (13行政复议数 follows a row whose 本年度 is 13). Row 10 is printed 同意公开答复数 a second "
               "time where the template has 同意部分公开答复数 (between 同意公开 and 不予公开): read by position as "
               "requests.partially_granted, with a warning naming the label; the replies then add up "
               "(34+8+0+9 = 51, 171+39+6+32 = 248).")
    exp["values"] = values
    exp["warnings_contain"] = ["同意公开答复数"]
    exp["checks"] = {"legacy_replies|period=year": "pass", "legacy_replies|period=cumulative": "pass",
                     "legacy_channels|period=year": "pass"}
    write("numbering_fused_legacy.txt", "\n".join(lines) + "\n", exp)


# 8 ------------------------------------------------------------------------------------------


def fixture_legacy_short_subrows() -> None:
    county, year = "岚峪县", 2010
    title = f"{county}人民政府{year}年政府信息公开工作年度报告"
    published = "2011-03-15"
    rows = [("主动公开政府信息数", "条", 1587, 6342), ("其中：1.政府公报", "条", 73, 418),
            ("2.政府网站", "条", 1402, 5516), ("新闻发布会", "次", 6, 29),
            ("受理政府信息公开申请总数", "件", 44, 181), ("其中：当面申请数", "件", 15, 58),
            ("网上申请数", "件", 21, 92), ("信函申请数", "件", 8, 31),
            ("对申请的答复总数", "件", 42, 171), ("其中：同意公开答复数", "件", 27, 118),
            ("同意部分公开答复数", "件", 5, 23), ("不予公开答复数", "件", 3, 12), ("其他类型答复数", "件", 7, 18),
            ("行政复议数", "件", 2, 9), ("行政诉讼数", "件", 1, 4), ("接受行政申诉、举报数", "件", 10, 33)]
    values = legacy_values(rows, keys={1: "disclosure.via_gazette", 2: "disclosure.via_website", 3: None})
    office = f"{county}人民政府办公室"
    lines = [title, f"发布日期：{published}", LEGACY_INTRO.format(year=year, office=office, phone="0000-6650372")]
    lines += legacy_prose(county, year) + ["六、附表", f"{county}{year}年度政府信息公开工作统计表"]
    lines += legacy_table(rows, header=("统计指标", "单位", "本年度", "累计"))
    exp = meta(title, year, "legacy", published,
               "Legacy 统计表 one cell per line, every row with a unit cell. The sub-rows of 主动公开政府信息数 use "
               "the oldest short forms 其中：1.政府公报 and 2.政府网站 (gazette first). An extra row 新闻发布会 (次, "
               "6 / 29) has no key in the vocabulary: it must produce no value and must not shift the rows after it.")
    exp["values"] = values
    exp["checks"] = {"legacy_channels|period=year": "pass", "legacy_channels|period=cumulative": "pass",
                     "legacy_replies|period=year": "pass"}
    write("legacy_short_subrows.txt", "\n".join(lines) + "\n", exp)


# C7 ------------------------------------------------------------------------------------------


def cell_lines(cells: list[str]) -> list[str]:
    """A row as a crawler that writes each <td> after the first as "| text" on a line of its own,
    a lone "|" closing the row (so a blank cell is a lone "|" too)."""
    return [cells[0]] + [f"| {c}" if c else "|" for c in cells[1:]] + ["|"]


def fixture_legacy_cell_lines() -> None:
    county, year = "栖桐县", 2012
    title = f"{county}人民政府{year}年政府信息公开工作年度报告"
    published = "2013-03-22"
    # label, unit, code, 本期实际, 历年累计; the codes 01…35 are printed before the figures
    rows = [("主动公开政府信息数", "条", "01", 2463, 9187),
            ("其中：全文电子化的主动公开政府信息数", "条", "02", 2418, 9032),   # no key: qualifies the row above
            ("其中：政府网站公开数", "条", "03", 2291, 8564), ("政府公报公开数", "条", "04", 58, 371),
            ("现场接待人次", "人次", "06", 734, 2905),                          # no key in the vocabulary
            ("受理政府信息公开申请总数", "件", "10", 41, 167), ("其中：1.当面申请数", "件", "11", 13, 62),
            ("2.传真申请数", "件", "12", None, None), ("3.网上申请数", "件", "14", 21, 78),
            ("4.信函申请数", "件", "15", 7, 27),
            ("对申请的答复总数", "件", "17", 39, 158), ("其中：1.同意公开答复数", "件", "18", 26, 109),
            ("2.同意部分公开答复数", "件", "19", 5, 24), ("3.不予公开答复数", "件", "20", 8, 25),
            ("行政复议数", "件", "32", 3, 11), ("行政诉讼数", "件", "33", 2, 6),
            ("依申请公开信息收取的费用", "万元", "40", 0.36, 1.45)]
    keys = {0: "disclosure.total", 2: "disclosure.via_website", 3: "disclosure.via_gazette",
            5: "requests.new|applicant=total", 6: "requests.by_channel.in_person|applicant=total",
            7: "requests.by_channel.fax|applicant=total", 8: "requests.by_channel.online|applicant=total",
            9: "requests.by_channel.letter|applicant=total", 10: "requests.answered|applicant=total",
            11: "requests.granted|applicant=total", 12: "requests.partially_granted|applicant=total",
            13: "requests.denied|applicant=total", 14: "review.total", 15: "litigation.total"}
    values = {}
    for i, (_label, _unit, _code, y, c) in enumerate(rows):
        if i in keys:
            values[keys[i]] = y
            values[keys[i] + "|period=cumulative"] = c
    values["fees.collected"], values["fees.collected|period=cumulative"] = 3600, 14500    # 万元 → 元
    office = f"{county}人民政府办公室"
    lines = [title, f"发布时间：{published}", LEGACY_INTRO.format(year=year, office=office, phone="0000-5381264")]
    lines += legacy_prose(county, year) + ["附件", f"{county}政府信息公开情况统计报表"]
    lines += ["指 标 名 称", "| 计量", "单位", "| 代码", "| 本期实际", "| 历年累计", "|"]
    lines += cell_lines(["甲", "乙", "丙", "1", "2"])
    for label, unit, code, y, c in rows:
        lines += cell_lines([label, unit, code, fmt(y), fmt(c)])
    exp = meta(title, year, "legacy", published,
               "Legacy 统计报表 as a crawler writes an HTML table: each cell after the label on a line of its own "
               "starting with '| ', a lone '|' closing each row and standing for a blank cell; the header cell "
               "计量单位 wrapped (计量 / 单位); a 代码 column (01…40) before the two figures, a column-letter row "
               "(甲 乙 丙 1 2) under the header. The codes and the units are never values; 传真申请数 is blank in "
               "both columns (null records); the fee row is in 万元. 其中：全文电子化的主动公开政府信息数 ends with "
               "a known label but qualifies it (no key) and 现场接待人次 has no key: neither is read, both are "
               "named in warnings, and nothing shifts.")
    exp["values"] = values
    exp["warnings_contain"] = ["全文电子化的主动公开政府信息数", "现场接待人次"]
    exp["checks"] = {"legacy_channels|period=year": "pass", "legacy_channels|period=cumulative": "pass",
                     "legacy_replies|period=year": "pass", "legacy_replies|period=cumulative": "pass"}
    write("legacy_cell_lines.txt", "\n".join(lines) + "\n", exp)


# C8 ------------------------------------------------------------------------------------------


def fixture_legacy_compared_columns() -> None:
    county, year = "澄溪县", 2016
    title = f"{county}人民政府{year}年政府信息公开工作年度报告"
    published = "2017-03-09"
    # label, unit, this year, last year; the change column is this year − last year
    rows = [("主动公开政府信息数", "条", 3126, 2847), ("其中：政府网站公开数", "条", 2978, 2690),
            ("政府公报公开数", "条", 83, 91), ("受理政府信息公开申请总数", "件", 64, 52),
            ("其中：当面申请数", "件", 19, 23), ("网上申请数", "件", 38, 21), ("信函申请数", "件", 7, 8),
            ("对申请的答复总数", "件", 61, 50), ("其中：同意公开答复数", "件", 42, 33),
            ("同意部分公开答复数", "件", 6, 9), ("不予公开答复数", "件", 5, 3), ("其他类型答复数", "件", 8, 5),
            ("行政复议数", "件", 3, 1), ("行政诉讼数", "件", 2, 4)]
    values = {LEGACY_KEYS[label]: y for label, _unit, y, _prev in rows}
    office = f"{county}人民政府办公室"
    lines = [title, f"发布日期：{published}", LEGACY_INTRO.format(year=year, office=office, phone="0000-7712408")]
    lines += legacy_prose(county, year) + [f"全年主动公开政府信息{fmt(rows[0][2])}条，比上年有所增加。",
                                           "六、附表", f"{county}{year}年政府信息公开情况统计表"]
    lines += ["指标名称", "单位", f"{year}年", f"{year - 1}年", "比上年", "增减"]
    for label, unit, y, prev in rows:
        lines += [label, unit, fmt(y), fmt(prev), fmt(y - prev)]
    exp = meta(title, year, "legacy", published,
               f"Legacy 统计表 one cell per line comparing two years: the header names {year}年, {year - 1}年 and "
               "a change column (比上年 / 增减 wrapped onto two lines); no cumulative column. Only the "
               f"{year}年 column is this report's figure: last year's is never read as the cumulative, the "
               "change (negative for some rows) never as a value.")
    exp["values"] = values
    exp["checks"] = {"legacy_channels|period=year": "pass", "legacy_replies|period=year": "pass"}
    write("legacy_compared_columns.txt", "\n".join(lines) + "\n", exp)


# C9 ------------------------------------------------------------------------------------------


def fixture_legacy_period_lines() -> None:
    county, year = "榆坪县", 2014
    title = f"{county}人民政府{year}年政府信息公开工作年度报告"
    published = "2015-03-17"
    # label, separator after it, this year's figure + unit, the cumulative + unit (None: not printed)
    rows = [("主动公开政府信息数", "：", "本年度1847条", "累计7306条", 1847, 7306),
            ("其中：政府网站公开数", "：", "本年度1692条", "累计6581条", 1692, 6581),
            ("政府公报公开数", "\t", "本年度 63 条", "累计 412 条", 63, 412),
            ("现场接待人次", "：", "本年度528人次", "累计2163人次", 528, 2163),       # no key in the vocabulary
            ("受理政府信息公开申请总数", "：", "本年 52 件", "累计 217 件", 52, 217),
            ("其中：当面申请数", " ", "本年 17 件", "累计 84 件", 17, 84),
            ("网上申请数", " ", "本年 29 件", "累计 98 件", 29, 98),
            ("信函申请数", "：", "本年度6件", "累计35件", 6, 35),
            ("对申请的答复总数", "：", "本年度49件", "累计208件", 49, 208),
            ("其中：同意公开答复数", "：", "本年度31件", "累计142件", 31, 142),
            ("同意部分公开答复数", "：", "本年度7件", "累计26件", 7, 26),
            ("不予公开答复数", "：", "本年度4件", "累计15件", 4, 15),
            ("其他类型答复数", "：", "本年度7件", "累计25件", 7, 25),
            ("行政复议数", "：", "本年度3件", None, 3, None),
            ("行政诉讼数", "\t", "本年度 2 件", None, 2, None),
            ("接受行政申诉、举报数", "：", "本年度11人次", "累计38人次", 11, 38),
            ("依申请公开信息收取的费用", "：", "本年度45元", "累计160元", 45, 160)]
    keys = dict(LEGACY_KEYS, **{"依申请公开信息收取的费用": "fees.collected"})
    values = {}
    for label, _sep, _y, _c, y, c in rows:
        if label not in keys:
            continue
        values[keys[label]] = y
        if c is not None:
            values[keys[label] + "|period=cumulative"] = c
    office = f"{county}人民政府办公室"
    lines = [title, f"发布日期：{published}", LEGACY_INTRO.format(year=year, office=office, phone="0000-3390518")]
    lines += legacy_prose(county, year) + ["六、附件", f"{county}{year}年政府信息公开情况统计"]
    for i, (label, sep, y, c, _y, _c) in enumerate(rows):
        joint = "、" if sep == " " else "\t" if sep == "\t" else "，"
        lines.append(f"{label}{sep}{y}" + (f"{joint}{c}" if c else "") + ("。" if i == len(rows) - 1 else ""))
    exp = meta(title, year, "legacy", published,
               "Legacy statistics as a list, one indicator a line, each figure after the period it names: "
               "'主动公开政府信息数：本年度1847条，累计7306条', '政府公报公开数<TAB>本年度 63 条<TAB>累计 412 条', "
               "'网上申请数 本年 29 件、累计 98 件'; units 条/件/人次/元; 行政复议数 and 行政诉讼数 print no "
               "cumulative (none is emitted for them, not a null). Each line is that row of the table: this "
               "year's and the cumulative by the words before them, never by position. 现场接待人次 has no key: "
               "not read, named in a warning, nothing shifts.")
    exp["values"] = values
    exp["warnings_contain"] = ["'现场接待人次'"]
    exp["checks"] = {"legacy_channels|period=year": "pass", "legacy_channels|period=cumulative": "pass",
                     "legacy_replies|period=year": "pass", "legacy_replies|period=cumulative": "pass"}
    write("legacy_period_lines.txt", "\n".join(lines) + "\n", exp)


# C10 -----------------------------------------------------------------------------------------


def fixture_legacy_html_spanned_header() -> None:
    county, year = "桐溆县", 2015
    title = f"{county}人民政府{year}年政府信息公开工作年度报告"
    published = "2016-02-26"
    # group cell (rowspan), label, unit, this year, cumulative, last year
    rows = [("主动公开", "主动公开政府信息数", "条", 2734, 10482, 2519),
            ("主动公开", "其中：政府网站公开数", "条", 2581, 9867, 2380),
            ("主动公开", "政府公报公开数", "条", 71, 356, 64),
            ("依申请公开", "受理政府信息公开申请总数", "件", 66, 259, 58),
            ("依申请公开", "其中：当面申请数", "件", 23, 97, 19),
            ("依申请公开", "网上申请数", "件", 34, 121, 30),
            ("依申请公开", "信函申请数", "件", 9, 41, 9),
            ("依申请公开", "对申请的答复总数", "件", 63, 248, 55),
            ("依申请公开", "其中：同意公开答复数", "件", 45, 173, 38),
            ("依申请公开", "同意部分公开答复数", "件", 8, 33, 7),
            ("依申请公开", "不予公开答复数", "件", 4, 18, 6),
            ("依申请公开", "其他类型答复数", "件", 6, 24, 4),
            ("复议诉讼", "行政复议数", "件", 5, 13, 2),
            ("复议诉讼", "行政诉讼数", "件", 1, 7, 3)]
    values = {}
    for _group, label, _unit, y, c, _prev in rows:
        values[LEGACY_KEYS[label]] = y
        values[LEGACY_KEYS[label] + "|period=cumulative"] = c
    h = [f"<html><head><meta charset=\"utf-8\"><title>{title}</title></head><body>",
         f"<div class=\"article\"><h1>{title}</h1><p>发布日期：{published}</p>",
         "<p>" + LEGACY_INTRO.format(year=year, office=f"{county}人民政府办公室", phone="0000-6124097") + "</p>"]
    h += [f"<p>{line}</p>" for line in legacy_prose(county, year)]
    h += ["<p>六、附表</p>", "<table border=\"1\">",
          f"<tr><td colspan=\"6\">{county}{year}年政府信息公开情况统计表</td></tr>",
          f"<tr><td colspan=\"2\" rowspan=\"2\">指标名称</td><td rowspan=\"2\">单位</td>"
          f"<td colspan=\"2\">{year}年</td><td rowspan=\"2\">{year - 1}年</td></tr>",
          "<tr><td>本年度</td><td>累计</td></tr>"]
    for i, (group, label, unit, y, c, prev) in enumerate(rows):
        span = sum(1 for r in rows if r[0] == group)
        lead = f"<td rowspan=\"{span}\">{group}</td>" if i == 0 or rows[i - 1][0] != group else ""
        h.append(f"<tr>{lead}<td>{label}</td><td>{unit}</td>{td(y)}{td(c)}{td(prev)}</tr>")
    h += ["</table>", "</div></body></html>"]
    exp = meta(title, year, "legacy", published,
               f"Legacy 附表 as a web table whose header has two rows: {year}年 spans 本年度 | 累计, {year - 1}年 "
               "stands beside them over both rows, 指标名称 spans the group column (主动公开 / 依申请公开 / 复议诉讼, "
               "rowspan) and the label column, and a title row spans the table. The grid settles each figure "
               f"column: 本年度 under {year}年 is this year's, 累计 under it the cumulative, {year - 1}年 is last year's "
               "and never read.")
    exp["values"] = values
    exp["checks"] = {"legacy_channels|period=year": "pass", "legacy_channels|period=cumulative": "pass",
                     "legacy_replies|period=year": "pass", "legacy_replies|period=cumulative": "pass"}
    write("legacy_html_spanned_header.html", "\n".join(h) + "\n", exp)
