"""Crawler damage the campaign (tools/crawler_attack.py, seed 72) read WRONG in a legacy appendix table.

A 2008 report's table (本年度 | 累计, a cell a line) whose crawler dropped every line equal to the one before it:
in the first year each row's running total is the year's figure, so each row printed its figure once. A page's
number stood between one row's two equal figures (44 / 第2页 共4页 / 44), so the crawler kept both; the loader
blanks the page number in place, and the two 44s looked like a repeat the crawler kept — proof, to the old test,
that nothing was collapsed. Every lone figure was then split as two cells run together (891 read 8 | 91). Now:

- a line of spaces (a page number blanked in place) parts a repeat: the crawler saw the page's number there
  (line_damage.may_be_collapsed, given the lines' source);
- a row printing its two figures a line each shows the table stands a cell a line: a figure alone on its line
  elsewhere is one cell, never two run together — unread with a warning where nothing else settles it.
"""
import reportparse

HEAD = ["指标名称", "单位", "本年度", "累计"]


def _report(year: int, body: list[str]) -> str:
    return "\n".join([f"松岭县人民政府{year}年政府信息公开工作年度报告", "一、概述",
                      f"{year}年，松岭县推进政府信息公开工作，数量详见附表。", "二、附表",
                      f"松岭县{year}年政府信息公开工作情况统计表"] + HEAD + body) + "\n"


FIRST_YEAR = ["1主动公开政府信息数", "条", "653", "2其中：政府网站公开数", "617", "3政府公报公开数", "36",
              "4受理政府信息公开申请总数", "件", "48", "5其中：当面申请数", "15", "6网上申请数", "21",
              "7信函申请数", "12", "8对申请的答复总数", "件", "41", "第2页 共3页", "41",
              "9其中：同意公开答复数", "26", "10其他类型答复数", "15", "11行政复议数", "件", "3"]


def test_page_number_between_equal_figures_does_not_hide_a_collapsed_first_year_table():
    got = reportparse.parse_text(_report(2008, FIRST_YEAR)).values()
    for key, value in [("disclosure.total", 653), ("disclosure.via_website", 617), ("disclosure.via_gazette", 36),
                       ("requests.new|applicant=total", 48), ("requests.by_channel.in_person|applicant=total", 15),
                       ("requests.by_channel.online|applicant=total", 21),
                       ("requests.by_channel.letter|applicant=total", 12),
                       ("requests.answered|applicant=total", 41), ("requests.granted|applicant=total", 26),
                       ("requests.reply.other|applicant=total", 15), ("review.total", 3)]:
        assert got[key] == value, key
        assert got[key + "|period=cumulative"] == value, key


def test_a_repeat_with_only_empty_lines_between_still_rules_out_a_collapse():
    body = [("" if line.startswith("第2页") else line) for line in FIRST_YEAR]
    report = reportparse.parse_text(_report(2008, body))
    got = report.values()
    assert got["requests.answered|applicant=total"] == 41
    assert got["requests.answered|applicant=total|period=cumulative"] == 41
    # the lone figures are one cell each now; which column, nothing settles: unread, said
    for key in ("disclosure.total", "disclosure.total|period=cumulative", "requests.new|applicant=total"):
        assert got.get(key) is None, key
    assert any("主动公开政府信息数" in w and "not read" in w for w in report.warnings)


LATER_YEAR = ["1主动公开政府信息数", "条", "936", "2其中：政府网站公开数", "714", "3政府公报公开数", "22",
              "4受理政府信息公开申请总数", "件", "58", "58", "5其中：当面申请数", "13", "13", "6网上申请数", "27",
              "7信函申请数", "18", "8对申请的答复总数", "件", "46", "53", "9行政复议数", "件", "4"]


def test_a_lone_figure_line_in_a_table_a_cell_a_line_is_never_split_into_two_cells():
    report = reportparse.parse_text(_report(2010, LATER_YEAR))
    got = report.values()
    assert got["requests.new|applicant=total"] == 58
    assert got["requests.new|applicant=total|period=cumulative"] == 58
    assert got["requests.by_channel.in_person|applicant=total"] == 13
    assert got["requests.answered|applicant=total"] == 46
    assert got["requests.answered|applicant=total|period=cumulative"] == 53
    # 936 is not 9 | 36, 714 not 7 | 14, 27 not 2 | 7: each a lone cell whose column the text does not settle
    for key in ("disclosure.total", "disclosure.via_website", "disclosure.via_gazette",
                "requests.by_channel.online|applicant=total", "requests.by_channel.letter|applicant=total"):
        assert got.get(key) is None, key
        assert got.get(key + "|period=cumulative") is None, key
    unread = [w for w in report.warnings if "not read" in w]
    assert any("主动公开政府信息数" in w for w in unread) and any("网上申请数" in w for w in unread)


# Seeds 71 and 72: a page's chrome a crawler kept between the pieces of a pipe row a wrap cut — after a piece left open
# ("| 142 | 31 | 2" / 【打印本页】【关闭窗口】 / "7 | 219 | … |": 27 cut in two) or after one its wrap closed
# ("| … | 6 | 2 |" / 扫一扫… / " 9 | 1 | … |"). The text loader blanks the chrome with its line break (offsets kept):
# the pieces stand as a wrap alone leaves them, and the row's sum proves a cut figure's join.
PIPE_HEAD = ["鹭岭县人民政府2022年政府信息公开工作年度报告", "", "## 三、收到和处理政府信息公开申请情况", "",
             "| 申请人情况 |", "| 自然人 | 法人或其他组织 | 总计 |",
             "| 商业企业 | 科研机构 | 社会公益组织 | 法律服务机构 | 其他 |",
             "| 一、本年新收政府信息公开申请数量 | 37 | 12 | 8 | 5 | 4 | 3 | 69 |"]
APPLICANTS = ("natural_person", "commercial", "research", "social_welfare", "legal_service", "other_org", "total")


def _pipe_report(between: str) -> str:
    return "\n".join(PIPE_HEAD + [
        "| （六）其他处理 | 1.申请人无正当理由逾期不补正、行政", "机关不再处理其政府信息公开申请 | 142 | 31 | 2", between,
        "7 | 219 | 318 | 264 | 1001 |",
        "| 四、结转下年度继续办理 | 6 | 2 |", between, " 9 | 1 | 11 | 7 | 36 |",
        "", "五、存在的主要问题及改进情况", "", "本年度无。"]) + "\n"


def _row(got: dict, key: str) -> list:
    return [got.get(f"{key}|applicant={a}") for a in APPLICANTS]


def test_chrome_between_the_pieces_of_a_wrapped_pipe_row_is_passed_over():
    for chrome in ("【打印本页】【关闭窗口】", "扫一扫在手机打开当前页", "第2页 共5页"):
        got = reportparse.parse_text(_pipe_report(chrome)).values()
        assert _row(got, "requests.other.no_correction") == [142, 31, 27, 219, 318, 264, 1001], chrome
        assert _row(got, "requests.carried_forward") == [6, 2, 9, 1, 11, 7, 36], chrome


def test_words_between_the_pieces_of_a_wrapped_pipe_row_are_no_chrome():
    got = reportparse.parse_text(_pipe_report("本表数据截至年底")).values()
    assert _row(got, "requests.other.no_correction") == [None] * 7
