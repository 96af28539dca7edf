"""Classes a held-out set of real pages (stop 54) left unread, with invented reports: table 二's decisions said in a
sentence as a list of its rows' names and their figures respectively (行政许可、行政处罚和行政强制决定数量分别为…), and its
fee amount said as a total (行政事业性收费总金额…万元); a sentence's request group total where table 三 is not in the
text at all (a copy cut after table 二); a publish date in a byline under the title, a name then the date as a CMS
prints it (岚峰县政务公开办  2026/3/26). Each class has a guard: a near wording that must stay unread."""
import reportparse
from values_read import values_read

HEAD = "岚峰县人民政府2025年政府信息公开工作年度报告\n"
ACTIVE = "一、总体情况\n（一）主动公开情况\n"


def read(body: str, head: str = HEAD) -> dict:
    """Each value read, by its key (values_read)."""
    return values_read(head + body)


DECIDED = ("disclosure.licensing.decisions", "disclosure.penalty.decisions", "disclosure.coercion.decisions")


def decided(got: dict) -> tuple:
    return tuple(got.get(k) for k in DECIDED)


# ---------------------------------------------------------------- A6. table 二's decisions said respectively

def test_decisions_listed_by_row_names_then_their_figures_respectively():
    for body, want in (
            ("2025年,全县行政许可、行政处罚、行政强制决定数量分别为1379宗、2468宗和57宗。", (1379, 2468, 57)),
            ("本年度行政许可、行政处罚和行政强制的处理决定数量分别是214件、96件、13件。", (214, 96, 13)),
            ("全年行政处罚决定、行政强制决定分别为41件和8件。", (None, 41, 8)),
            ("全年行政强制、行政许可决定数量分别为6件和731件。", (731, None, 6)),
            ("全县行政许可决定、行政处罚决定及行政强制决定数分别为3052个、177个、29个。", (3052, 177, 29))):
        assert decided(read(ACTIVE + body + "\n")) == want, body


def test_guard_a_list_whose_figures_do_not_pair_with_its_names_stays_unread():
    for body in ("全县行政许可、行政处罚、行政强制决定数量分别为1379宗和2468宗。",        # two figures, three names
                 "全县行政许可、行政处罚决定数量分别为1379宗、2468宗和57宗。",           # three figures, two names
                 "全县行政许可、行政处罚、行政强制事项分别为45项、37项和12项。",          # items, not decisions
                 "公开行政许可、行政处罚决定信息分别为320条和85条。",                      # information about them
                 "全县行政许可、行政处罚决定数量分别较上年增加12件和5件。",                # a change
                 "全县行政许可、行政处罚决定数量分别为约1300件和500件。",                  # rough
                 "2024年,全县行政许可、行政处罚决定数量分别为1379宗和2468宗。"):        # another year's
        assert decided(read(ACTIVE + body + "\n")) == (None, None, None), body


def test_fee_amount_said_as_a_total_in_ten_thousands():
    for body, want in (("行政事业性收费总金额386.25万元。", 3862500),
                       ("全县行政事业性收费的总金额为1427.0813万元。", 14270813),
                       ("全年行政事业性收费收费金额共计52.8万元。", 528000),
                       ("行政事业性收费本年收费金额为9万元。", 90000)):
        got = read(ACTIVE + body + "\n")
        assert got.get("disclosure.fees.amount") == want, body
        assert "fees.collected" not in got, body        # (the column's 收费金额 is no request's fee)


def test_guard_a_fee_amount_that_is_no_year_total_stays_unread():
    for body in ("行政事业性收费总金额较上年减少3.5万元。", "行政事业性收费总金额约386万元。",
                 "行政事业性收费项目12项,收费标准为每件5元。"):
        assert "disclosure.fees.amount" not in read(ACTIVE + body + "\n"), body
    # a 2019-template report prints no fee amount in table 二: the sentence's is not its key
    got = read(ACTIVE + "行政事业性收费总金额386.25万元。\n", head="岚峰县人民政府2020年政府信息公开工作年度报告\n")
    assert "disclosure.fees.amount" not in got


def test_the_whole_sentence_as_an_aggregate_report_says_it():
    # (a city's report: 全市 in a county's is the city above it, left unread since stop 68, classes68q)
    got = read(ACTIVE + "2025年,全市行政许可、行政处罚、行政强制决定数量分别为1799573宗、2548019宗和22497宗;"
               "行政事业性收费总金额141864.3672万元。\n", head="岚峰市人民政府2025年政府信息公开工作年度报告\n")
    assert decided(got) == (1799573, 2548019, 22497)
    assert got["disclosure.fees.amount"] == 1418643672


# ---------------------------------------------------------------- B1. a request group's sentence, table 三 not in the text

REQUESTS = "（二）依申请公开方面。全年共收到政府信息公开申请23件,予以公开11件,不予公开4件,无法提供6件,不予处理2件。\n"
TABLE2 = ("二、主动公开政府信息情况\n第二十条第（一）项\n信息内容 | 本年制发件数 | 本年废止件数 | 现行有效件数 |\n"
          "规章 | 0 | 0 | 0 |\n行政规范性文件 | 3 | 1 | 12 |\n第二十条第（五）项\n信息内容 | 本年处理决定数量 |\n"
          "行政许可 | 858 |\n第二十条第（六）项\n信息内容 | 本年处理决定数量 |\n行政处罚 | 47 |\n行政强制 | 5 |\n"
          "第二十条第（八）项\n信息内容 | 本年收费金额（单位：万元） |\n")
TABLE3_ROWS = (
    ("一、本年新收政府信息公开申请数量", 23), ("二、上年结转政府信息公开申请数量", 2), ("三、本年度办理结果 （一）予以公开", 11),
    ("（二）部分公开（区分处理的，只计这一情形，不计其他情形）", 1), ("（三）不予公开 1.属于国家秘密", 0),
    ("2.其他法律行政法规禁止公开", 1), ("3.危及“三安全一稳定”", 0), ("4.保护第三方合法权益", 1), ("5.属于三类内部事务信息", 0),
    ("6.属于四类过程性信息", 2), ("7.属于行政执法案卷", 0), ("8.属于行政查询事项", 1),
    ("（四）无法提供 1.本机关不掌握相关政府信息", 3), ("2.没有现成信息需要另行制作", 1), ("3.补正后申请内容仍不明确", 0),
    ("（五）不予处理 1.信访举报投诉类申请", 1), ("2.重复申请", 0), ("3.要求提供公开出版物", 0), ("4.无正当理由大量反复申请", 0),
    ("5.要求行政机关确认或重新出具已获取信息", 0),
    ("（六）其他处理 1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请", 0),
    ("2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请", 0), ("3.其他", 0), ("（七）总计", 22),
    ("四、结转下年度继续办理", 3))
TABLE3 = "三、收到和处理政府信息公开申请情况\n" + "".join(f"| {label} | {n} | 0 | 0 | 0 | 0 | 0 | {n} |\n"
                                                   for label, n in TABLE3_ROWS)
TABLE4 = ("四、政府信息公开行政复议、行政诉讼情况\n| 行政复议 | | | | | 行政诉讼 |\n"
          "| 结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计 | 未经复议直接起诉 | | | | | 复议后起诉 |\n"
          "| | | | | | 结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计 | 结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计 |\n"
          "| 1 | 0 | 0 | 0 | 1 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |\n")
GROUPS = ("requests.denied", "requests.unable", "requests.not_processed")


def groups(text: str, derived: bool = False) -> tuple:
    got = reportparse.parse_text(text).values(include_derived=derived)
    return tuple(got.get(k + "|applicant=total") for k in GROUPS)


def test_group_totals_of_the_sentence_where_table_three_is_cut_away():
    head = "岚峰县某局2025年政府信息公开工作年度报告\n一、总体情况\n"
    for tail in (TABLE2 + "行政",                                    # the copy ends inside table 二
                 TABLE2 + "行政事业性收费 | 0 |\n",                   # … after it
                 TABLE2 + "行政事业性收费 | 0 |\n" + TABLE4):          # table 三 a picture: table 四 after table 二
        assert groups(head + REQUESTS + tail) == (4, 6, 2), tail[-40:]


def test_guard_table_three_in_the_text_keeps_its_own_figures():
    head = "岚峰县某局2025年政府信息公开工作年度报告\n一、总体情况\n"
    whole = head + REQUESTS + TABLE2 + "行政事业性收费 | 0 |\n" + TABLE3
    assert groups(whole, derived=True) == (5, 4, 1)               # its rows' sums, not the sentence's 4, 6, 2
    cut = head + REQUESTS + TABLE2 + "行政事业性收费 | 0 |\n" + TABLE3.split("（三）不予公开")[0]
    assert groups(cut, derived=True) == (None, None, None)        # its rows cut: no sentence stands for them


# ---------------------------------------------------------------- C2. a byline's date under the title

def published(head: str):
    return reportparse.parse_text("岚峰县某局2025年政府信息公开工作年度报告\n" + head
                                  + "本报告依据条例编制。\n一、概述\n2025年,本局认真贯彻条例。\n").published


def test_date_after_a_byline_under_the_title_with_slashes_or_dashes():
    for head, want in (("岚峰县政务公开办  2026/3/26\n", "2026-03-26"), ("\n岚峰县某局\u30002026/2/7\n", "2026-02-07"),
                       ("岚峰县某局 2026-02-14 09:30\n", "2026-02-14"), ("岚峰县某局  2026年1月19日\n", "2026-01-19")):
        assert published(head) == want, head
    # … and a slashed date set beside the title on its line, as a dashed one is read
    assert reportparse.parse_text("岚峰县某局2025年政府信息公开工作年度报告 2026/01/29\n本报告依据条例编制。\n").published \
        == "2026-01-29"


def test_guard_dates_that_are_no_byline_under_the_title_stay_unread():
    for head in ("采集时间  2026-03-26\n", "入库 2026/03/26\n",        # a crawler's capture time
                 "本报告依据条例编制。\n岚峰县某局  2026-03-26\n",      # a date down in the body
                 "岚峰县某局  2026/3-26\n",                          # two separators: no CMS date
                 "岚峰县某局\n2025年12月31日\n", "岚峰县某局  2025/12/31\n",   # the period's last day: not after the year
                 "岚峰县某局  2025-06-01\n"):                         # inside the reporting year
        assert published(head) is None, head
    # (a date alone on the line under the title is the page's date since heldout55: tests/test_heldout_classes_55d.py)
    for head, date in (("2026/3/26\n", "2026-03-26"), ("\n2026-01-23   \n", "2026-01-23")):
        assert published(head) == date, head
