"""Fixtures for layouts real sites print that an unseen-sites hunt found (round 19, national tables).

Invented counties, wording and numbers; the real pages only showed the shape: W1 a PDF's table 四
whose narrow columns wrap each two-character header word onto two lines (总 / 计), W2 a 2019 table 二
whose cells carry the site's explanatory notes (a note naming other rows: 其他对外管理服务事项（…含
行政处罚、行政强制…）) and whose money column states its unit in the header (采购总金额（单位：万元）).
"""
from __future__ import annotations

from .data import APPLICANTS, T2_2019_LABEL, T2_2019_SECTIONS, T3_NOTE, T4_IDS, Numbers, random_t3, t3_heads, t3_values
from .fixtures_heldout import distinct_t4, t2_2021
from .render import CLOSING, INTRO_2019, INTRO_2021, fmt, meta, narrative, pipe, signed, t2_2019_cells, t2_2019_values, write


def t3_lines(values3: dict, template: str) -> list[str]:
    """Table 三 as PDF text lines: `label v v v v v v v`, group names on the line of their first row."""
    out = [T3_NOTE, "申请人情况", "自然人 法人或其他组织 总计", "商业 科研 社会公益 法律服务 其他",
           "企业 机构 组织 机构"]
    for key, head in t3_heads(template):
        out.append(" ".join(head + [fmt(values3[f"{key}|applicant={w}"]) for w in APPLICANTS]))
    return out


def report_2021(county: str, year: int, office: str, t4: dict, seed: int, hi: int, date_field: str,
                 published: str, phone: str):
    """The parts every 2021 report here starts from: its title, its office, table 四 and 三 data sets,
    and the lines of its header, introduction and narrative."""
    issuer = county + "人民政府"
    title, office = f"{issuer}{year}年政府信息公开工作年度报告", issuer + office
    t4 = distinct_t4(t4)
    values3 = t3_values(random_t3(Numbers(seed, avoid=t4.values()), "2021", hi=hi))
    lines = [title, f"{date_field}：{published}", INTRO_2021.format(year=year, office=office, phone=phone)]
    return title, office, t4, values3, lines + narrative(county, year)


def pipe_table_3(values3: dict) -> list[str]:
    """Table 三 of a 2019 report as pipe rows, group names in the row of their first label."""
    lines = ["三、收到和处理政府信息公开申请情况", pipe([T3_NOTE, "申请人情况"]), pipe(["自然人", "法人或其他组织", "总计"]),
             pipe(["商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他"])]
    lines += [pipe(head + [fmt(values3[f"{key}|applicant={w}"]) for w in APPLICANTS]) for key, head in t3_heads("2019")]
    return lines


def _pipe_tables_3_4(values3: dict, t4: dict) -> list[str]:
    """Tables 三 and 四 of a 2019 report as pipe rows."""
    return pipe_table_3(values3) + pipe_table_4(t4)


def pipe_table_4(t4: dict) -> list[str]:
    """Table 四 of a 2019 report as pipe rows: its heading, three header rows, the row of 15 figures."""
    return ["四、政府信息公开行政复议、行政诉讼情况", pipe(["行政复议", "行政诉讼"]),
            pipe(["结果维持", "结果纠正", "其他结果", "尚未审结", "总计", "未经复议直接起诉", "复议后起诉"]),
            pipe(["结果维持", "结果纠正", "其他结果", "尚未审结", "总计"] * 2), pipe([fmt(t4[i]) for i in T4_IDS])]


def fixture_t4_wrapped_header() -> None:
    county, year, published = "栖梧县", 2022, "2023-01-29"
    title, office, t4, values3, lines = report_2021(
        county, year, "办公室", {"review": [7, 2, 5, 3], "litigation.direct": [4, 1, 6, 9],
                                 "litigation.after_review": [8, 11, 13, 12]}, 1907, 260, "发布日期", published,
        "0000-6318425")
    fee = "6.8"
    t2 = t2_2021((3, 1, 27), (14, 5, 96), 4127, 853, 64, fee)
    lines += ["二、主动公开政府信息情况", "第二十条第（一）项", "信息内容 本年制发件数 本年废止件数 现行有效件数",
              "规章 3 1 27", "行政规范性文件 14 5 96", "第二十条第（五）项", "信息内容 本年处理决定数量",
              "行政许可 4127", "第二十条第（六）项", "信息内容 本年处理决定数量", "行政处罚 853", "行政强制 64",
              "第二十条第（八）项", "信息内容 本年收费金额（单位：万元）", f"行政事业性收费 {fee}",
              "三、收到和处理政府信息公开申请情况"]
    lines += t3_lines(values3, "2021")
    # table 四 in narrow columns: each header word wrapped, one character pair per line
    lines += ["四、政府信息公开行政复议、行政诉讼情况", "行政复议 行政诉讼", "未经复议直接起诉 复议后起诉",
              "结果 结果 其他 尚未 总", "维持 纠正 结果 审结 计 结果 结果 其他 尚未 总 结果 结果 其他 尚未 总",
              "维持 纠正 结果 审结 计 维持 纠正 结果 审结 计", " ".join(fmt(t4[i]) for i in T4_IDS)]
    lines += CLOSING + [office]
    exp = meta(title, year, "2021", published,
               "2021 report as text copied from a PDF (rows as `label v v …` lines). Table 四's columns are narrow: "
               "each two-character header word is wrapped onto two lines, so 总计 prints as 总 at the end of one line "
               "and 计 on the next with the other columns' pieces between; its 15 figures follow on one line. The "
               "header is the run of header characters after 行政复议; its words are read as characters in order "
               "(总 … 计), and the 15 figures are the three groups of five (R4 holds per group).")
    exp["values"] = dict(t2, **values3, **t4)
    write("t4_wrapped_header_2021.txt", "\n".join(lines) + "\n", exp)


_NOTES = {   # the site's explanatory notes inside table 二's label cells (invented wording)
    "disclosure.regulations": "（仅设区的市级以上人民政府填报）",
    "disclosure.normative_docs": "（指本机关制定并公开的规范性文件，含以“办法”“细则”“规定”为题的公文，按规范性文件统计）",
    "disclosure.other_services": "（行政许可以外的对外管理服务事项，包括行政确认、行政给付、行政处罚、行政强制、行政检查等，以及公共服务事项）",
}
_HEAD_2019 = {
    "第二十条第（一）项": ["信息内容", "本年新制作数量", "本年新公开数量", "对外公开总数量"],
    "第二十条第（五）项": ["信息内容", "上一年项目数量（指上年末事项数）", "本年增/减（减少的填负数）", "处理决定数量（指本年办件量）"],
    "第二十条第（六）项": ["信息内容", "上一年项目数量（指上年末事项数）", "本年增/减（减少的填负数）", "处理决定数量（指本年办件量）"],
    "第二十条第（八）项": ["信息内容", "上一年项目数量", "本年增/减"],
    "第二十条第（九）项": ["信息内容", "采购项目数量", "采购总金额（单位：万元）"],
}
_ROWS_2019 = {"第二十条第（一）项": ["disclosure.regulations", "disclosure.normative_docs"],
              "第二十条第（五）项": ["disclosure.licensing", "disclosure.other_services"],
              "第二十条第（六）项": ["disclosure.penalty", "disclosure.coercion"],
              "第二十条第（八）项": ["disclosure.fees"], "第二十条第（九）项": ["disclosure.procurement"]}


def fixture_t2_notes() -> None:
    county, year, published = "岚皋桥区", 2020, "2021-01-26"
    issuer = county + "人民政府"
    title = f"{issuer}{year}年政府信息公开工作年度报告"
    office = issuer + "办公室"
    rows = {"disclosure.regulations": [2, 3, 41], "disclosure.normative_docs": [17, 16, 238],
            "disclosure.licensing": [129, -4, 5163], "disclosure.other_services": [86, 9, 2731],
            "disclosure.penalty": [312, 6, 1884], "disclosure.coercion": [21, -2, None],
            "disclosure.fees": [13, -1], "disclosure.procurement": [44, 1268.5]}
    t2 = t2_2019_values(rows)
    t2["disclosure.procurement.amount"] = 12685000      # the header states 万元
    t4 = distinct_t4({"review": [5, 2, 1, 3], "litigation.direct": [6, 4, 7, 8], "litigation.after_review": [9, 10, 12, 14]})
    nums = Numbers(2020, avoid=[v for cells in rows.values() for v in cells if isinstance(v, int) and v > 40])
    values3 = t3_values(random_t3(nums, "2019", hi=300))
    lines = [title, f"来源：{office} 发布时间：{published}",
             INTRO_2019.format(issuer=issuer, year=year, office=office, phone="0000-4471290")]
    lines += narrative(county, year) + ["二、主动公开政府信息情况"]
    for heading, header in _HEAD_2019.items():
        # the site's table: each section heading and header row padded with empty cells
        lines += [heading + " | |||||", " | ".join(header) + " | ||"]
        for key in _ROWS_2019[heading]:
            cells = [("-" if v is None else signed(v) if i == 1 and heading in ("第二十条第（五）项", "第二十条第（六）项",
                                                                                   "第二十条第（八）项") else fmt(v))
                     for i, v in enumerate(rows[key])]
            lines.append(T2_2019_LABEL[key] + _NOTES.get(key, "") + " | " + " | ".join(cells) + " | ||")
    lines += _pipe_tables_3_4(values3, t4)
    lines += CLOSING + [office]
    exp = meta(title, year, "2019", published,
               "2019 report as crawler text of a web table. Table 二's label cells carry the site's explanatory notes; "
               "其他对外管理服务事项's note names 行政处罚 and 行政强制. Section headings and header rows end in empty "
               "cells (`| |||||`); 行政强制's 处理决定数量 prints '-' (null). A label inside a parenthesis its cell "
               "opened is a mention, not a row: it neither takes the cells that follow the note nor ends the row "
               "that holds it. The 采购总金额 header states 单位：万元: 1268.5 is 12685000 元.")
    exp["values"] = dict(t2, **values3, **t4)
    write("t2_notes_2019.txt", "\n".join(lines) + "\n", exp)


def _cell_lines(cells: list[str], wrap_label: bool) -> list[str]:
    """A web table row as a crawler stores it: each cell on its own line ending ' |'; a label cell whose
    markup ended in a line break gets its closing pipe on the next line."""
    out = []
    for i, c in enumerate(cells):
        out += [c, "|"] if i == 0 and wrap_label else [c + " |"]
    return out


def fixture_cell_pipes_wrapped() -> None:
    county, year, published = "苍岭镇", 2021, "2022-01-24"
    title, office, t4, values3, lines = report_2021(
        county, year, "党政办公室", {"review": [4, 3, 6, 2], "litigation.direct": [5, 8, 1, 7],
                                    "litigation.after_review": [9, 12, 10, 11]}, 2104, 240, "发布时间", published,
        "0000-2290736")
    fee = "3.75"
    t2 = t2_2021((5, 2, 33), (18, 7, 129), 2846, 517, 93, fee)
    lines += ["二、主动公开政府信息情况"]
    for heading, header, rows in (
            ("第二十条第（一）项", ["信息内容", "本年制发件数", "本年废止件数", "现行有效件数"],
             [("规章", "regulations", ("issued", "repealed", "in_force")),
              ("行政规范性文件", "normative_docs", ("issued", "repealed", "in_force"))]),
            ("第二十条第（五）项", ["信息内容", "本年处理决定数量"], [("行政许可", "licensing", ("decisions",))]),
            ("第二十条第（六）项", ["信息内容", "本年处理决定数量"],
             [("行政处罚", "penalty", ("decisions",)), ("行政强制", "coercion", ("decisions",))])):
        lines += [heading + " |", "|||"] + _cell_lines(header, False) + (["||"] if len(header) == 2 else [])
        for label, key, cols in rows:
            lines += _cell_lines([label] + [fmt(t2[f"disclosure.{key}.{c}"]) for c in cols], len(label) > 5)
    lines += ["第二十条第（八）项 |", "|||", "信息内容 |", "本年收费金额（单位：万元） |", "||"]
    lines += _cell_lines(["行政事业性收费", fee], True)
    lines += ["三、收到和处理政府信息公开申请情况"] + _cell_lines([T3_NOTE, "申请人情况"], False)
    lines += _cell_lines(["自然人", "法人或其他组织", "总计", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他"], False)
    for key, head in t3_heads("2021"):
        for lead in head[:-1]:          # a heading cell on its line, closed by a lone pipe
            lines += [lead, "|"]
        lines += _cell_lines(head[-1:] + [fmt(values3[f"{key}|applicant={w}"]) for w in APPLICANTS], True)
    lines += ["四、政府信息公开行政复议、行政诉讼情况"] + _cell_lines(["行政复议", "行政诉讼"], False)
    lines += _cell_lines(["结果维持", "结果纠正", "其他结果", "尚未审结", "总计", "未经复议直接起诉", "复议后起诉"], False)
    lines += _cell_lines(["结果维持", "结果纠正", "其他结果", "尚未审结", "总计"] * 2, False)
    lines += _cell_lines([fmt(t4[i]) for i in T4_IDS], False)
    lines += CLOSING + [office]
    exp = meta(title, year, "2021", published,
               "2021 report as crawler text of a web table: every cell on its own line ending ' |'; a label cell whose "
               "markup ended in a line break has its closing pipe alone on the next line (`一、本年新收…数量` / `|` / "
               "`2585 |`), group cells too (`（三）不予公开` / `|`); empty header cells stored as `|||` lines. A line of "
               "pipes alone is a cell's wrapped closing pipe, not a pipe row below the label: the label's cells are "
               "the lines that follow it.")
    exp["values"] = dict(t2, **values3, **t4)
    write("cell_pipes_wrapped_2021.txt", "\n".join(lines) + "\n", exp)


# W4: a report republished converted to traditional script (mirror sites, page clones). The generator's
# own simplified → traditional table (independent of the library's fold), with the zh-TW word a
# converter substitutes for 文件 (檔案).
_TO_TRADITIONAL = dict(zip(
    "万业会传关内决况办务动区单发后围国处复审对属废开强当总报护执数无权条构没现电确稳类纠纳组织经结络继续维缴网罚联"
    "范获补规计认议许讼访诉询请购费转过这邮门项额采机于体个达为与应实时间统员级县镇乡详说专导领号页点参卫给证图书",
    "萬業會傳關內決況辦務動區單發後圍國處復審對屬廢開強當總報護執數無權條構沒現電確穩類糾納組織經結絡繼續維繳網罰聯"
    "範獲補規計認議許訟訪訴詢請購費轉過這郵門項額採機於體個達為與應實時間統員級縣鎮鄉詳說專導領號頁點參衛給證圖書"))
_TW_WORDS = (("文件", "檔案"), ("制作", "製作"), ("重复", "重複"), ("反复", "反覆"))


def traditional(text: str) -> str:
    for s, t in _TW_WORDS:
        text = text.replace(s, t)
    return "".join(_TO_TRADITIONAL.get(c, c) for c in text)


def fixture_traditional() -> None:
    county, year, published = "嵩溪县", 2020, "2021-01-27"
    issuer = county + "人民政府"
    title = f"{issuer}{year}年政府信息公开工作年度报告"
    office = issuer + "办公室"
    rows = {"disclosure.regulations": [1, 4, 22], "disclosure.normative_docs": [13, 12, 187],
            "disclosure.licensing": [217, 5, 6342], "disclosure.other_services": [94, -3, 3118],
            "disclosure.penalty": [405, 8, 2276], "disclosure.coercion": [31, -6, 59],
            "disclosure.fees": [16, -2], "disclosure.procurement": [38, 2750000]}
    t2 = t2_2019_values(rows)
    t4 = distinct_t4({"review": [6, 3, 2, 4], "litigation.direct": [5, 7, 1, 8], "litigation.after_review": [9, 13, 10, 12]})
    nums = Numbers(2027, avoid=[v for cells in rows.values() for v in cells if v > 40])
    values3 = t3_values(random_t3(nums, "2019", hi=280))
    lines = [title, f"发布时间：{published}", INTRO_2019.format(issuer=issuer, year=year, office=office, phone="0000-3384512")]
    lines += narrative(county, year) + ["二、主动公开政府信息情况"]
    for heading, header in _HEAD_2019.items():
        lines += [pipe([heading]), pipe(header if heading != "第二十条第（九）项" else header[:2] + ["采购总金额"])]
        for key in _ROWS_2019[heading]:
            label = "规范性文件" if key == "disclosure.normative_docs" else T2_2019_LABEL[key]
            cells = [signed(v) if i == 1 and heading in ("第二十条第（五）项", "第二十条第（六）项", "第二十条第（八）项")
                     else fmt(v) + ("元" if key == "disclosure.procurement" and i == 1 else "")
                     for i, v in enumerate(rows[key])]
            lines.append(pipe([label] + cells))
    lines += _pipe_tables_3_4(values3, t4)
    lines += CLOSING + [office]
    text = traditional("\n".join(lines) + "\n")
    assert "規範性檔案" in text and "行政復議" in text and "總計" in text
    exp = meta(traditional(title), year, "2019", published,
               "2019-template report republished by a mirror site converted to traditional script (行政復議 結果維持 "
               "總計, 本年新收政府信息公開申請數量), with the zh-TW word for 文件 (規範性檔案). Row labels and table words "
               "are compared in the search form, where the vocabulary's traditional characters are folded to "
               "simplified (one character each, offsets kept); every table figure is read. The title's and the "
               "header's words are looked for in that form too: the title as printed (traditional), its year, "
               "the 發布時間 date.")
    exp["values"] = dict(t2, **values3, **t4)
    write("traditional_2019.txt", text, exp)


# W5 (round 20): a table 二 copied from a web page one cell per line, blank lines between, whose label
# cells carry notes longer than a line's worth (over 60 characters, one ending with the row's own
# label), and an extra row the template does not have (其他主动公开文件) whose note names 规范性文件.
_LONG_NOTES = {
    "disclosure.regulations": "（仅设区的市、自治州人民政府填报本行；县级及以下人民政府、各部门、乡镇街道均填写零，"
                              "不得空项，本项数据以本机关法制机构备案登记为准）",
    "disclosure.normative_docs": "（指本机关制发的决定、公告、通告、意见、通知，以及标题中含有“规定”“办法”“细则”“规程”"
                                 "等字样、对公民法人和其他组织具有普遍约束力的公文，一般情况下均计为规范性文件）",
}
_EXTRA_ROW = ("其他主动公开文件（以本机关或本机关办公室名义印发、规范性文件以外的主动公开公文，按本机关公开平台"
              "“其他文件”栏目的条数统计）")


def fixture_t2_long_notes() -> None:
    county, year, published = "蓼汀县", 2020, "2021-01-22"
    issuer = county + "人民政府"
    title, office = f"{issuer}{year}年政府信息公开工作年度报告", issuer + "办公室"
    rows = {"disclosure.regulations": [4, 6, 33], "disclosure.normative_docs": [23, 18, 276],
            "disclosure.licensing": [158, 9, 4392], "disclosure.other_services": [64, -7, 1875],
            "disclosure.penalty": [347, 5, 2619], "disclosure.coercion": [28, -3, 142],
            "disclosure.fees": [17, -2], "disclosure.procurement": [41, 2318000]}
    t2 = t2_2019_values(rows)
    t4 = distinct_t4({"review": [3, 7, 2, 9], "litigation.direct": [5, 1, 8, 6], "litigation.after_review": [11, 4, 13, 10]})
    nums = Numbers(2055, avoid=[v for cells in rows.values() for v in cells if v > 40])
    values3 = t3_values(random_t3(nums, "2019", hi=320))
    lines = [title, f"发布日期：{published}", INTRO_2019.format(issuer=issuer, year=year, office=office,
                                                             phone="0000-6620847")]
    lines += narrative(county, year) + ["二、主动公开政府信息情况"]
    cells: list[str] = []
    for heading, header, keys in T2_2019_SECTIONS:
        cells += [heading] + [h for w in header for h in (w.replace("本年新", "本年新\n") if w.startswith("本年新")
                                                          else w).split("\n")]
        for key in keys:
            cells += [T2_2019_LABEL[key] + _LONG_NOTES.get(key, "")] + t2_2019_cells(key, t2)
            if key == "disclosure.normative_docs":
                cells += [_EXTRA_ROW, "12", "15", "97"]          # a row the template does not have
    lines += "\n\n".join(cells).split("\n")
    lines += _pipe_tables_3_4(values3, t4)
    lines += CLOSING + [office]
    assert all(len(n) > 62 for n in _LONG_NOTES.values())
    exp = meta(title, year, "2019", published,
               "2019 report whose table 二 was copied from a web page one cell per line with blank lines between "
               "(header words wrapped: 本年新 / 制作数量). The 规章 and 规范性文件 label cells carry notes longer "
               "than 60 characters, the second ending with 规范性文件 itself; an extra row 其他主动公开文件 (its "
               "note names 规范性文件) follows with 12 15 97. A parenthesis right after a label, however long on "
               "its line, is the label's note: the row's cells follow it; the mention inside a note is no row; "
               "the extra row has no key and gives its figures to none.")
    exp["values"] = dict(t2, **values3, **t4)
    write("t2_long_notes_2019.txt", "\n".join(lines) + "\n", exp)
