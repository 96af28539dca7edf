"""Crawler damage the campaign (tools/crawler_attack.py, seeds 60–61) lost a whole row to.

A table 三 pipe row whose figures a crawler ran together into one cell ('| 3171228453413665 |', read by the row's sums
since stop 33) that a hard wrap then cut over two lines ('| 3171\n2284534136653 |'): the cell was no run of digits,
so the row was unread. Its digits either side of the break are the row's one run (a split at the break is one of the
readings the sums choose among); a figure the break cut keeps its printed text, line break and all, as its raw.
Guard: a row whose sums hold under no reading stays unread.
"""
import reportparse

APPLICANTS = ("natural_person", "commercial", "research", "social_welfare", "legal_service", "other_org", "total")
T4 = ["review.upheld", "review.corrected", "review.other", "review.pending", "review.total",
      "litigation.direct.upheld", "litigation.direct.corrected", "litigation.direct.other", "litigation.direct.pending",
      "litigation.direct.total", "litigation.after_review.upheld", "litigation.after_review.corrected",
      "litigation.after_review.other", "litigation.after_review.pending", "litigation.after_review.total"]
NEW = [317, 122, 84, 53, 41, 36, 653]
ONWARD = [62, 25, 97, 14, 113, 71, 382]
FIGURES = [13, 4, 7, 2, 26, 9, 12, 5, 8, 34, 6, 15, 1, 3, 25]


def _pipe(cells) -> str:
    return "| " + " | ".join(str(c) for c in cells) + " |"


LINES = ["鹭岭县人民政府2022年政府信息公开工作年度报告", "",
         "本报告根据《中华人民共和国政府信息公开条例》编制，统计期限自2022年1月1日起至2022年12月31日止。", "",
         "一、总体情况", "", "2022年，鹭岭县扎实推进政务公开各项工作，主动公开政府信息并规范办理依申请公开。", "",
         "## 三、收到和处理政府信息公开申请情况", "",
         "| 申请人情况 |", "| 自然人 | 法人或其他组织 | 总计 |",
         "| 商业企业 | 科研机构 | 社会公益组织 | 法律服务机构 | 其他 |",
         _pipe(["一、本年新收政府信息公开申请数量"] + NEW),
         _pipe(["四、结转下年度继续办理"] + ONWARD), "",
         "## 四、政府信息公开行政复议、行政诉讼情况", "",
         "| 行政复议 |  |  |  |  | 行政诉讼 |  |  |  |  |  |  |  |  |  |",
         "|  |  |  |  |  | 未经复议直接起诉 |  |  |  |  | 复议后起诉 |  |  |  |  |",
         "| 结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计 | 结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计 "
         "| 结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计 |", _pipe(FIGURES), "",
         "五、存在的主要问题及改进情况", "", "本年度无其他需要报告的事项。"]


def _figures(got: dict) -> tuple:
    return ([got.get(f"requests.new|applicant={a}") for a in APPLICANTS],
            [got.get(f"requests.carried_forward|applicant={a}") for a in APPLICANTS], [got.get(k) for k in T4])


# ---------------------------------------------------------------- a pipe row run together into one cell, then wrapped


def _one_cell_cut(figures: list, at: int) -> dict:
    digits = "".join(str(f) for f in figures)
    row = "| 一、本年新收政府信息公开申请数量 | " + digits[:at] + "\n" + digits[at:] + " |"
    return reportparse.parse_text("\n".join(LINES[:13] + [row] + LINES[14:]) + "\n")


def test_a_run_together_pipe_cell_a_wrap_cut_reads_by_the_rows_sums():
    for at in (3, 4, 8, 12):            # at a cell's end, or inside a figure
        got = _one_cell_cut(NEW, at)
        assert _figures(got.values()) == (NEW, ONWARD, FIGURES)
    cut = {i.value_id: i for i in _one_cell_cut(NEW, 4).indicators}["requests.new|applicant=commercial"]
    assert (cut.value, cut.raw) == (122, "1\n22")        # its raw is the text the page prints at its span


def test_a_run_together_pipe_cell_a_wrap_cut_whose_sums_fail_stays_unread():
    got = _one_cell_cut(NEW[:6] + [NEW[6] + 1], 4).values()
    assert [got.get(f"requests.new|applicant={a}") for a in APPLICANTS] == [None] * 7
