"""Crawler-damaged tables (stop 64, tables64). Invented tables, invented numbers.

(a) Table 三 flattened to all its row labels, then each row's figures on a line (tools/damage/crawl_tables63
labels_then_figures), with table 四 after it: (七)总计 has no figure after its label, so the row search looked on for
总计 with figures and found table 四's header word past the 四、 heading (table 四's fifteen figures taken as the row's,
四、结转下年度继续办理 never found): the whole table was lost. Rule (extract/national._t3_rows): where most of table
三's labels stand before table 四's section heading (templates.tsv start t4_title) and a row is found past it, the labels
are looked for before that heading only. Guard: a table whose figures fail their sums stays unread; a table whose
rows all stand after the heading (a report's appendix) is read as before.
"""
import reportparse
from test_tables63 import _HEAD, _ROWS, _TAIL, _TRUTH, _labels_then as _t3_labels_then

_T4 = ["四、政府信息公开行政复议、行政诉讼情况", "行政复议", "行政诉讼", "结果维持", "结果纠正", "其他结果", "尚未审结",
       "总计", "未经复议直接起诉", "复议后起诉", "结果维持", "结果纠正", "其他结果", "尚未审结", "总计", "结果维持",
       "结果纠正", "其他结果", "尚未审结", "总计"]
_T4_FIGURES = [3, 2, 1, 4, 10, 5, 1, 2, 6, 14, 2, 1, 3, 2, 8]
_T4_TRUTH = {"review.total": 10, "litigation.direct.total": 14, "litigation.after_review.total": 8}


def _labels_then(form, bad=False):
    """test_tables63's flattened table 三, table 四 (its heading, header words and figures) after it."""
    text = _t3_labels_then(form, bad)
    figures = [str(v) for v in _T4_FIGURES] if form != "rows" else [" ".join(map(str, _T4_FIGURES))]
    at = text.index(_TAIL[0])
    return text[:at] + "\n".join(_T4 + figures) + "\n" + text[at:]


def _read(text, want=_TRUTH):
    got = reportparse.parse_text(text).values()
    return {vid: got.get(vid) for vid in want}


def test_labels_then_figures_before_table_four_are_read():
    for form in ("rows", "row-major", "column-major"):
        assert _read(_labels_then(form)) == _TRUTH, form


def test_labels_then_figures_keeps_table_four():
    for form in ("rows", "row-major", "column-major"):
        assert _read(_labels_then(form), _T4_TRUTH) == _T4_TRUTH, form


def test_labels_then_figures_whose_sums_fail_stay_unread_before_table_four():
    for form in ("rows", "row-major", "column-major"):
        got = _read(_labels_then(form, bad=True))
        assert all(v is None for v in got.values()), form


def test_a_table_three_after_section_four_heading_read_as_before():
    # (an appendix: the sections' prose first, the 四、 heading among them, table 三's rows a line each after it)
    lines = ["岚溪县人民政府2020年政府信息公开工作年度报告", "一、总体情况", "2020年，岚溪县稳步推进政务公开。",
             "四、政府信息公开行政复议、行政诉讼情况", "本年度未发生行政复议、行政诉讼。", "附表",
             "三、收到和处理政府信息公开申请情况", "申请人情况 自然人 商业企业 科研机构 社会公益组织 法律服务机构 其他 总计"]
    for key, lead, six in _ROWS:
        lines += lead[:-1] + [lead[-1] + " " + " ".join(str(v) for v in six + (sum(six),))]
    got = _read("\n".join(lines + _TAIL) + "\n")
    assert got == _TRUTH


# ---------------------------------------------------------------- (b) a legacy appendix: all labels, then figures
# (b) The 2008–2018 appendix table flattened the same way (all its row labels, then its figures: each row's on a line,
# one a line row by row, or column by column) had no reader: the whole table was lost. Rule (extract/legacy_flat.py):
# read where the labels times the header's columns (本年度, 累计) equal the figures and the table's sums (channels to
# requests, replies to the answered, 其中 rows below their whole, 累计 never below 本年度) hold for exactly one
# reading. Guards: a figure lost (counts differ), a sum failing, or no sum printed to prove the order: not read, said.

_LEGACY = [("主动公开政府信息数", "条", 1352, 6034), ("其中：政府网站公开数", "", 1287, 5711), ("政府公报公开数", "", 65, 323),
           ("受理政府信息公开申请总数", "件", 47, 218), ("其中：当面申请数", "", 12, 61), ("网上申请数", "", 29, 130),
           ("信函申请数", "", 6, 27), ("对申请的答复总数", "件", 45, 211), ("其中：同意公开答复数", "", 31, 152),
           ("同意部分公开答复数", "", 8, 33), ("不予公开答复数", "", 2, 9), ("其他类型答复数", "", 4, 17),
           ("行政复议数", "件", 3, 11), ("行政诉讼数", "件", 1, 5), ("接受行政申诉、举报数", "件", 7, 26)]
_LEGACY_KEYS = ["disclosure.total", "disclosure.via_website", "disclosure.via_gazette", "requests.new",
                "requests.by_channel.in_person", "requests.by_channel.online", "requests.by_channel.letter",
                "requests.answered", "requests.granted", "requests.partially_granted", "requests.denied",
                "requests.reply.other", "review.total", "litigation.total", "complaints.total"]


def _legacy_truth(rows=_LEGACY, keys=_LEGACY_KEYS):
    out = {}
    for key, (_, _, y, c) in zip(keys, rows):
        who = "|applicant=total" if key.startswith("requests.") else ""
        out[f"{key}{who}"] = y
        out[f"{key}{who}|period=cumulative"] = c
    return out


def _legacy(form, rows=_LEGACY, header=("指标名称", "单位", "本年度", "累计"), drop=None):
    labels = [f"{lab} {unit}".strip() for lab, unit, _, _ in rows]
    if form == "rows":
        figures = [f"{y} {c}" for _, _, y, c in rows]
    elif form == "row-major":
        figures = [str(v) for _, _, y, c in rows for v in (y, c)]
    else:
        figures = [str(r[2]) for r in rows] + [str(r[3]) for r in rows]
    if drop is not None:
        del figures[drop]
    lines = ["岚溪县人民政府2014年政府信息公开工作年度报告", "发布日期：2015-03-17",
             "一、概述", "2014年，岚溪县人民政府办公室认真贯彻落实《中华人民共和国政府信息公开条例》。",
             "附件", "岚溪县2014年政府信息公开工作情况统计表", *header, *labels, *figures,
             "岚溪县人民政府办公室", "2015年3月"]
    return "\n".join(lines) + "\n"


def _read_legacy(text, want):
    report = reportparse.parse_text(text)
    got = report.values()
    return {vid: got.get(vid) for vid in want}, report.warnings


def test_legacy_labels_then_figures_are_read():
    want = _legacy_truth()
    for form in ("rows", "row-major", "column-major"):
        for header in (("指标名称", "单位", "本年度", "累计"), ("指标名称 单位 本年度 累计",)):
            got, warnings = _read_legacy(_legacy(form, header=header), want)
            assert got == want, (form, header)
            assert any("all its row labels first" in w for w in warnings), form


def test_legacy_labels_then_figures_one_lost_stays_unread():
    want = _legacy_truth()
    for form in ("row-major", "column-major"):
        got, warnings = _read_legacy(_legacy(form, drop=9), want)
        assert all(v is None for v in got.values()), form
        assert any("row labels first, then 29 figures" in w for w in warnings), form


def test_legacy_labels_then_figures_whose_sums_fail_stay_unread():
    rows = list(_LEGACY)
    rows[5] = ("网上申请数", "", 28, 130)          # (channels no longer add up to the requests)
    want = _legacy_truth(rows)
    for form in ("rows", "row-major", "column-major"):
        got, _ = _read_legacy(_legacy(form, rows=rows), want)
        assert all(v is None for v in got.values()), form


def test_legacy_labels_then_figures_without_sums_stay_unread():
    rows = [_LEGACY[0], _LEGACY[3], _LEGACY[12], _LEGACY[13], _LEGACY[14]]
    keys = ["disclosure.total", "requests.new", "review.total", "litigation.total", "complaints.total"]
    want = _legacy_truth(rows, keys)
    for form in ("row-major", "column-major"):
        got, warnings = _read_legacy(_legacy(form, rows=rows), want)
        assert all(v is None for v in got.values()), form
        assert any("no sum of the table proves" in w for w in warnings), form


# ---------------------------------------------------------------- (d) a table cut into fragments, prose between
# (d) tools/damage/crawl_tables64.table_fragments: a table's first rows, a paragraph (a note, a sentence, one ending
# in a date's figures), then its remaining rows, with or without 续表 and its header again. Read right before and
# after this stop (nothing lost in 300 invented documents); pinned here so that no later change reads the paragraph's
# figures as a row's cells.

_PARAGRAPHS = [
    ["岚溪县将依申请公开工作纳入年度绩效考核，按季度通报办理情况。"],
    ["", "统计时限：2020年1月1日至2020年12月31日", ""],
    ["2020年，岚溪县共召开政务公开专题会议4次，组织业务培训6场。", "续表", "申请人情况", "自然人", "法人或其他组织", "总计",
     "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他"],
]


def test_table_three_cut_by_a_paragraph_is_read():
    for after in ("requests.carried_over", "requests.partially_granted", "requests.not_processed.duplicate"):
        for para in _PARAGRAPHS:
            lines = list(_HEAD)
            for key, lead, six in _ROWS:
                lines += lead + [str(v) for v in six + (sum(six),)]
                if key == after:
                    lines += para
            assert _read("\n".join(lines + _TAIL) + "\n") == _TRUTH, (after, para[0])


def test_legacy_table_cut_by_a_paragraph_is_read():
    want = _legacy_truth()
    for cut in (3, 8, 12):
        for para in _PARAGRAPHS[:2]:
            rows = [f"{lab} {unit} {y} {c}".replace("  ", " ") for lab, unit, y, c in _LEGACY]
            text = _legacy("rows").replace("\n".join(f"{y} {c}" for _, _, y, c in _LEGACY), "")
            head = text[:text.index("主动公开政府信息数")]
            body = rows[:cut] + para + rows[cut:]
            got, _ = _read_legacy(head + "\n".join(body) + "\n岚溪县人民政府办公室\n", want)
            assert got == want, (cut, para[0])
