"""A table 三 in markdown pipe rows whose converter cut a row after its label cell: '| (七)总计 |' on one line, the row's
figures on the next ('| 41 | 52 | … |'), past a page's break (a blank line, a page number), or over two or three lines
('| 41 | 52 | 63 |' / '| 74 | 85 | 96 | 411 |'). The figures are the row's where they hold no words and fill its seven
columns — over several lines only where its total holds and no further line of figures follows; the row's line may
open with its numbering or its group's cell (| (四)无法提供 | 1.本机关不掌握… |). Before: the table's last rows (总计,
结转) cut so were lost ('not in the document'), as were middle rows cut over several lines. Invented tables, distinct
non-zero numbers; tests named *guard* pass on the start tree."""
import pytest

import reportparse

APPS = ("natural_person", "commercial", "research", "social_welfare", "legal_service", "other_org", "total")
LABELS = {
    "requests.new": "一、本年新收政府信息公开申请数量", "requests.carried_over": "二、上年结转政府信息公开申请数量",
    "requests.granted": "三、本年度办理结果 | （一）予以公开",
    "requests.partially_granted": "（二）部分公开（区分处理的，只计这一情形，不计其他情形）",
    "requests.denied.state_secret": "（三）不予公开 | 1.属于国家秘密", "requests.denied.prohibited_by_law": "2.其他法律行政法规禁止公开",
    "requests.denied.security_stability": "3.危及“三安全一稳定”", "requests.denied.third_party": "4.保护第三方合法权益",
    "requests.denied.internal_affairs": "5.属于三类内部事务信息", "requests.denied.process_info": "6.属于四类过程性信息",
    "requests.denied.enforcement_file": "7.属于行政执法案卷", "requests.denied.admin_query": "8.属于行政查询事项",
    "requests.unable.not_held": "（四）无法提供 | 1.本机关不掌握相关政府信息",
    "requests.unable.needs_creation": "2.没有现成信息需要另行制作", "requests.unable.unclear": "3.补正后申请内容仍不明确",
    "requests.not_processed.petition": "（五）不予处理 | 1.信访举报投诉类申请", "requests.not_processed.duplicate": "2.重复申请",
    "requests.not_processed.publication": "3.要求提供公开出版物", "requests.not_processed.excessive": "4.无正当理由大量反复申请",
    "requests.not_processed.confirmation": "5.要求行政机关确认或重新出具已获取信息",
    "requests.other.no_correction": "（六）其他处理 | 1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请",
    "requests.other.fee_unpaid": "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请",
    "requests.other.misc": "3.其他",
}
OUTCOMES = [k for k in LABELS if k not in ("requests.new", "requests.carried_over")]


def _values():
    """Each row's six applicant figures (distinct, non-zero) and its total; R1 and R2 hold."""
    rows = {k: [3 + 2 * i + 11 * j for j in range(6)] for i, k in enumerate(OUTCOMES)}
    rows["requests.answered"] = [sum(rows[k][j] for k in OUTCOMES) for j in range(6)]
    rows["requests.carried_forward"] = [17 + 5 * j for j in range(6)]
    rows["requests.carried_over"] = [4 + 3 * j for j in range(6)]
    rows["requests.new"] = [a + c - o for a, c, o in zip(rows["requests.answered"], rows["requests.carried_forward"],
                                                         rows["requests.carried_over"])]
    return {k: v + [sum(v)] for k, v in rows.items()}


VALUES = _values()
LABELS |= {"requests.answered": "（七）总计", "requests.carried_forward": "四、结转下年度继续办理"}
ORDER = ["requests.new", "requests.carried_over", *OUTCOMES, "requests.answered", "requests.carried_forward"]


def _pipe(cells):
    return "| " + " | ".join(map(str, cells)) + " |\n"


def _table(cut=None, row=None):
    """The report with table 三's rows as pipe rows; rows in `cut` printed cut after their label, their figures laid
    out by cut[key] (a list of line breaks, lines of figures as [a, b) index pairs, or a line given as text)."""
    lines = ["某县水务局2022年政府信息公开工作年度报告\n", "三、收到和处理政府信息公开申请情况\n",
             "| 申请人情况 |\n| 自然人 | 法人或其他组织 | 总计 |\n| 商业企业 | 科研机构 | 社会公益组织 | 法律服务机构 | 其他 |\n"]
    for key in ORDER:
        figures = (row or {}).get(key, VALUES[key])
        if cut and key in cut:
            lines.append(f"| {LABELS[key]} |\n")
            for part in cut[key]:
                lines.append(part if isinstance(part, str) else _pipe(figures[part[0]:part[1]]))
        else:
            lines.append(_pipe([LABELS[key], *figures]))
    lines.append("四、政府信息公开行政复议、行政诉讼情况\n")
    return reportparse.parse_text("".join(lines))


def _t3(report, key):
    return {i.applicant: i.value for i in report.indicators if i.key == key}


def _want(key):
    return dict(zip(APPS, VALUES[key]))


@pytest.mark.parametrize("between", ["", "\n", "\n- 4 -\n\n", "第3页 共5页\n", "---\n"])
def test_the_last_rows_cut_after_their_labels(between):
    whole = [between, (0, 7)]
    report = _table({"requests.answered": whole, "requests.carried_forward": whole})
    for key in ("requests.answered", "requests.carried_forward", "requests.new", "requests.other.misc"):
        assert _t3(report, key) == _want(key), key
    note = next(i for i in report.indicators if i.key == "requests.answered").source.note
    assert "cut after its label" in note or between == "---\n"      # (a rule under a line: placed by order)


@pytest.mark.parametrize("parts", [[(0, 3), (3, 7)], [(0, 1), (1, 6), (6, 7)], ["- 4 -\n", (0, 2), (2, 7)],
                                   ["---\n", (0, 4), (4, 7)]])
def test_figures_over_lines_fill_the_row(parts):
    cut = {key: parts for key in ("requests.new", "requests.unable.not_held", "requests.partially_granted",
                                  "requests.answered", "requests.carried_forward")}
    report = _table(cut)
    for key in cut:
        assert _t3(report, key) == _want(key), key
    assert _t3(report, "requests.unable.needs_creation") == _want("requests.unable.needs_creation")


def test_guard_figures_over_lines_whose_total_fails():
    """Lines of figures that fill the row but whose total does not hold: which of them are its cells is unproved."""
    bad = VALUES["requests.answered"][:6] + [VALUES["requests.answered"][6] + 10]
    report = _table({"requests.answered": [(0, 3), (3, 7)]}, {"requests.answered": bad})
    assert _t3(report, "requests.answered") == {}
    assert _t3(report, "requests.carried_forward") == _want("requests.carried_forward")


def test_guard_lines_past_the_row_or_words_in_them():
    # two lines of seven after one label (whose is each?), a line of eight, a word among the figures: unread
    report = _table({"requests.answered": [(0, 7), (0, 7)]})
    assert _t3(report, "requests.answered") == {}
    report = _table({"requests.answered": [(0, 3), (3, 7), (0, 1)]})
    assert _t3(report, "requests.answered") == {}
    report = _table({"requests.answered": [(0, 3), "| 74 | 说明 | 96 | 411 |\n"]})
    assert _t3(report, "requests.answered") == {}
