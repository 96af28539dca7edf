"""Held-out damage fixtures, continued (C4-C6): label fragments in value rows, unmapped legacy rows, run-together
digits the narrative settles. Invented counties, wording and numbers."""
from __future__ import annotations

import random

from .data import T3_NOTE, T4_IDS, Numbers, complete_t3, random_t3, t3_heads, t3_rows, t3_values, t4_values
from .fixtures_heldout import LABEL, distinct_t4, cells, md_report, t2_2021, t4_header_15
from .render import CLOSING, INTRO_2021, LEGACY_INTRO, fmt, legacy_prose, meta, narrative, pipe, write
from .splits import grouped_splits, row_total, run, splits

# C4 -----------------------------------------------------------------------------------------

# first cells of the value rows: a full label, a label with a piece of its group name in front, a label cut
# mid-word (a PARTIAL label, substring of exactly one template label or of two neighbours), or nothing
FIRST_CELLS = {
    "requests.new": [LABEL["requests.new"]],
    "requests.carried_over": [LABEL["requests.carried_over"]],
    "requests.granted": ["三、本年度办理结果", LABEL["requests.granted"]],
    "requests.partially_granted": ["（二）部分公开（区分处理的，只计这一情"],
    "requests.denied.state_secret": [],
    "requests.denied.prohibited_by_law": ["行政法规禁止"],
    "requests.denied.security_stability": ["（三）不予公开", LABEL["requests.denied.security_stability"]],
    "requests.unable.not_held": ["（四）无", LABEL["requests.unable.not_held"]],
    "requests.unable.needs_creation": ["法提供", LABEL["requests.unable.needs_creation"]],
    "requests.not_processed.publication": ["（五）不", LABEL["requests.not_processed.publication"]],
    "requests.not_processed.excessive": ["予处理", LABEL["requests.not_processed.excessive"]],
    "requests.not_processed.confirmation": [],
    "requests.other.no_correction": ["行政机关不再处理其政府信息公"],
    "requests.other.fee_unpaid": ["缴纳费用、", "行政机关不再处理其政"],
}
# loose wrapped label text the converter left between fragments (not rows: no numbers)
LOOSE_BEFORE = {
    "requests.denied.state_secret": ["1.属于国家秘密", "2.其他法律"],
    "requests.not_processed.confirmation": ["5.要求行政机关确认或重", "（六）其", "他处理"],
    "requests.other.fee_unpaid": ["1.申请人无正当理由逾期不补正、", "2.申请人逾期未按收费通知要求"],
}
UNLABELLED = ("requests.partially_granted", "requests.denied.state_secret", "requests.denied.prohibited_by_law",
              "requests.not_processed.confirmation", "requests.other.no_correction", "requests.other.fee_unpaid")


def fixture_md_label_fragments() -> None:
    county, year, published = "苕源县", 2022, "2023-01-29"
    t4 = distinct_t4({"review": [14, 3, 6, 2], "litigation.direct": [9, 4, 7, 1], "litigation.after_review": [5, 12, 8, 11]})
    values3 = t3_values(random_t3(Numbers(1401, avoid=t4.values()), "2021", hi=820))
    fee = "9.6"
    t2 = t2_2021((4, 1, 26), (19, 7, 151), 5873, 2194, 38, fee)
    full = {k for k, first in FIRST_CELLS.items() if first and first[-1] == LABEL[k]}
    for key in UNLABELLED:    # each partial first cell is a substring of its own label
        assert all(piece in LABEL[key] for piece in FIRST_CELLS[key]), key
    t3 = [pipe([T3_NOTE, "申请人情况", "", "", "", "", "", ""]), "|" + "---|" * 8,
          pipe(["", "自然人", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他", "总计"])]
    for key, _group, label in t3_rows("2021"):
        t3 += LOOSE_BEFORE.get(key, [])
        first = FIRST_CELLS.get(key, [label])
        t3.append(pipe(first + cells(values3, key)))
        if key in ("requests.denied.prohibited_by_law", "requests.denied.enforcement_file",
                   "requests.not_processed.excessive"):
            t3 += ["|" + "---|" * 7, ""]
    t3_labelled = [k for k, _g, _l in t3_rows("2021") if k in full or k not in FIRST_CELLS]
    assert len(t3_labelled) + len(UNLABELLED) == len(t3_rows("2021"))
    t4_lines = t4_header_15() + [pipe([fmt(t4[i]) for i in T4_IDS])]
    text = md_report(county, year, published, t2, fee, t3, t4_lines)
    exp = meta(f"{county}人民政府{year}年政府信息公开工作年度报告", year, "2021", published,
               "2021 markdown converted from a PDF, table 三 a pipe table cut into fragments. 17 value rows carry "
               "their full label (some with a piece of the group name in a cell before it: '（五）不 | 3.要求提供公开"
               "出版物', '予处理 | 4.无正当理由大量反复申请'). Six rows carry only a PARTIAL label or none: （二） cut "
               "mid-label, 1.国家秘密 bare, 2. as '行政法规禁止', 5.要求…确认 bare, （六）1 as '行政机关不再处理其政府"
               "信息公' (a substring of （六）1 and （六）2), （六）2 as '缴纳费用、 | 行政机关不再处理其政' (缴纳费用 "
               "only in （六）2). Between two labelled rows there are as many such rows as unread template rows, in "
               "template order; loose label text lines without numbers sit between fragments. All values read; "
               "cells distinct and non-zero.")
    exp["values"] = dict(t2, **values3, **t4)
    write("md_label_fragments_2021.md", text, exp)


# C5 -----------------------------------------------------------------------------------------


def fixture_legacy_unmapped() -> None:
    county, year, published = "蒲陂县", 2015, "2016-03-22"
    title = f"{county}人民政府{year}年政府信息公开工作年度报告"
    rows = [("主动公开政府信息数", "条", 1742, 6385, "disclosure.total"),
            ("其中：1、政府网站公开数", "条", 1563, 5910, "disclosure.via_website"),
            ("2、政府公报公开数", "条", 87, 341, "disclosure.via_gazette"),
            ("受理政府信息公开申请总数", "件", 48, 173, "requests.new|applicant=total"),
            ("其中：1、当面申请数", "件", 15, 62, "requests.by_channel.in_person|applicant=total"),
            ("2、网上申请数", "件", 25, 79, "requests.by_channel.online|applicant=total"),
            ("3、信函申请数", "件", 8, 32, "requests.by_channel.letter|applicant=total"),
            ("对申请的答复总数", "件", 46, 168, "requests.answered|applicant=total"),
            ("其中：1、同意公开答复数", "件", 27, 104, "requests.granted|applicant=total"),
            ("2、同意部分公开答复数", "件", 6, 21, "requests.partially_granted|applicant=total"),
            ("3、不予公开答复数", "件", 10, 24, "requests.denied|applicant=total"),
            ("4、其他类型答复数", "条", 3, 19, "requests.reply.other|applicant=total"),
            ("政府信息公开收费减免金额", "元", 120, 480, None),
            ("行政复议数", "件", 4, 11, "review.total"),
            ("接受行政诉讼、举报数", "件", 2, 13, None),
            ("行政诉讼数", "件", 1, 7, "litigation.total")]
    printed = [v for r in rows for v in r[2:4]]
    assert len(printed) == len(set(printed))
    assert 15 + 25 + 8 == 48 and 62 + 79 + 32 == 173 and 27 + 6 + 10 + 3 == 46 and 104 + 21 + 24 + 19 == 168
    office = f"{county}人民政府办公室"
    appendix = " ".join(["指标名称 计量单位", f"{year}年度 历年累计"]
                        + [f"{label} {unit} {y} {c}" for label, unit, y, c, _k in rows])
    lines = [title, f"发布时间：{published}　来源：{office}",
             LEGACY_INTRO.format(year=year, office=office, phone="0000-3806421")]
    lines += legacy_prose(county, year) + [f"六、{county}政府信息公开情况统计表 {appendix} 附件下载"]
    values = {}
    for _label, _unit, y, c, key in rows:
        if key:
            values[key], values[key + "|period=cumulative"] = y, c
    exp = meta(title, year, "legacy", published,
               "Legacy 统计表 as crawler text: the whole appendix on one line, spaced cells 'label unit 本年度 累计' "
               "(4、其他类型答复数 条 3 19). Two rows the vocabulary does not know: 政府信息公开收费减免金额 元 120 "
               "480 (after the replies) and 接受行政诉讼、举报数 件 2 13 (between 行政复议数 and 行政诉讼数; not "
               "接受行政申诉、举报数). They produce no value, shift nothing, and are named in a warning. Channels and "
               "replies add up in both columns; all printed numbers distinct.")
    exp["values"] = values
    exp["warnings_contain"] = ["收费减免金额"]
    exp["checks"] = {"legacy_channels|period=year": "pass", "legacy_replies|period=cumulative": "pass"}
    write("legacy_unmapped_rows.txt", "\n".join(lines) + "\n", exp)


# C6 -----------------------------------------------------------------------------------------

NORM = (73, 42, 618)       # 行政规范性文件 printed 7342618: issued | repealed | in_force
ZERO_MASK = {k: m for k, m in zip([k for k, _g, _l in t3_rows("2021")], [
    "110010", "100000", "110011", "110000", "000000", "100000", "000000", "100000", "100000", "110000", "100000",
    "000000", "110001", "100000", "100000", "100000", "100000", "000000", "000000", "100000", "000000", "100000",
    "110011", "100010", "110000"])}


def unique_rows_t3(seed: int) -> dict:
    """A run-together table 三 (zeros where ZERO_MASK says, as such texts have them) whose every row has exactly
    one reading under its own row total, so no cross-row identity is needed to read it."""
    order = t3_rows("2021")
    outcome_keys = [k for k, _g, _l in order[2:-2]]
    for s in range(seed, seed + 2000):
        rnd = random.Random(s)

        def row(key, hi=60):
            return [rnd.randint(1, hi) if m == "1" else 0 for m in ZERO_MASK[key]]
        outcomes = {k: row(k) for k in outcome_keys}
        t3 = complete_t3(outcomes, row("requests.carried_over", 9), row("requests.carried_forward", 30), order)
        if all(len(splits(run(v), 7, row_total)) == 1 for v in t3.values()):
            return t3
    raise RuntimeError("no table 三 whose rows split uniquely")


def fixture_runtogether_prose() -> None:
    county, year, published = "澜汀湾区", 2022, "2023-01-31"
    issuer = county + "管理委员会"
    title = f"{issuer}{year}年政府信息公开工作年度报告"
    office = issuer + "办公室"
    t3 = unique_rows_t3(1501)
    values3 = t3_values(t3)
    parts = {"review": [3, 1, 0, 2], "litigation.direct": [1, 0, 0, 1], "litigation.after_review": [0, 2, 1, 0]}
    t4 = t4_values(parts)
    t4_run = run([t4[i] for i in T4_IDS])
    assert len(grouped_splits(t4_run, 3)) == 1
    fee = "25.6"
    t2 = t2_2021((2, 1, 3), NORM, 3847, 926, 51, fee)
    # the run-together 行政规范性文件 row is ambiguous alone, and with either sentence alone; both settle it
    norm_run = run(NORM)
    readings = splits(norm_run, 3)
    assert len(readings) > 3 and list(NORM) in readings
    assert len([r for r in readings if r[2] == NORM[2]]) > 1 and len([r for r in readings if r[0] == NORM[0]]) > 1
    assert [r for r in readings if r[0] == NORM[0] and r[2] == NORM[2]] == [list(NORM)]
    assert splits(run((2, 1, 3)), 3) == [[2, 1, 3]]
    prose = narrative(county, year)
    prose[2] = (f"（一）主动公开。本年制发行政规范性文件{NORM[0]}件，清理后现行有效行政规范性文件{NORM[2]}件，"
                "均在门户网站规范性文件库集中公开并标注效力状态。")
    t3_text = "三、收到和处理政府信息公开申请情况" + T3_NOTE + "申请人情况自然人法人或其他组织总计商业企业科研机构社会公益组织法律服务机构其他"
    for key, head in t3_heads("2021"):
        t3_text += "".join(head + cells(values3, key))
    body = ("".join([f"{title}发布日期：{published}来源：{office}", INTRO_2021.format(year=year, office=office,
                                                                               phone="0000-7162935")] + prose)
            + "二、主动公开政府信息情况第二十条第（一）项信息内容本年制发件数本年废止件数现行有效件数"
            + f"规章{run((2, 1, 3))}行政规范性文件{norm_run}"
            + "第二十条第（五）项信息内容本年处理决定数量行政许可3847第二十条第（六）项信息内容本年处理决定数量"
            + f"行政处罚926行政强制51第二十条第（八）项信息内容本年收费金额（单位：万元）行政事业性收费{fee}"
            + t3_text + "四、政府信息公开行政复议、行政诉讼情况行政复议行政诉讼结果维持结果纠正其他结果尚未审结总计"
            + "未经复议直接起诉复议后起诉" + "结果维持结果纠正其他结果尚未审结总计" * 2 + t4_run + "".join(CLOSING))
    text = f"title: {title}\n----\n首页 > 政务公开 > 政府信息公开年报 {body} 【打印本页】【关闭窗口】 主办：{office}\n"
    exp = meta(title, year, "2021", published,
               "2021 report as crawler text, the whole page on one line, every table cell run together. Table 二 "
               f"行政规范性文件 prints {norm_run}: {len(readings)} splits into three numbers (7|342|618, 73|42|618, "
               "734|2|618 …; three keep 618, four keep 73). The narrative states 本年制发行政规范性文件73件 and 现行有效"
               "行政规范性文件618件: exactly one split agrees with both (73|42|618), so the row is read, settled by "
               "the sentences. 规章 213 has one split. Every table 三 row has exactly one split under its own row "
               "total (checked by brute force in the generator); table 四 one split under R4 per group. Zeros are "
               "printed where a run-together text typically has them.")
    exp["values"] = dict(t2, **values3, **t4)
    write("runtogether_settled_by_prose_2021.txt", text, exp)
