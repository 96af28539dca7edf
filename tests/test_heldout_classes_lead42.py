"""Classes a held-out set of real pages (stop 42) showed unread; sentences and tables here are invented.

- the proactive count's noun naming the report's year (主动公开2011年度政府信息173条), after a 截至…累计 too: the
  year's own; a noun naming another year is not read;
- a review count with one outcome said as the table's column name after it (行政复议案件2件，为其他结果);
- a table 二 row printed with more cells than its columns, each the same figure (the 2019 template's three cells
  under 2021's one 本年处理决定数量: '行政处罚 | 0 | 0 | 0'): each column is that figure; cells that differ stay unread.
"""
import reportparse


def _values(text: str, title: str) -> dict:
    return {k: v for k, v in reportparse.parse_text(title + text).values().items() if v is not None}


LEGACY = "某某镇2011年政府信息公开年度报告\n一、主动公开政府信息情况\n"


def test_a_proactive_count_whose_noun_names_the_reports_year():
    assert _values("全年我镇主动公开2011年度政府信息173条。", LEGACY)["disclosure.total"] == 173
    got = _values("截至2011年底，我镇人民政府累计主动公开2011年度政府信息64条，全文电子化率达100%。", LEGACY)
    assert got.get("disclosure.total") == 64 and "disclosure.total|period=cumulative" not in got


def test_guard_a_proactive_count_whose_noun_names_another_year_is_not_read():
    got = _values("全年我镇主动公开2010年度政府信息173条。", LEGACY)
    assert "disclosure.total" not in got and "disclosure.total|period=cumulative" not in got


REVIEWS = "某某县2022年政府信息公开工作年度报告\n四、政府信息公开行政复议、行政诉讼情况\n"


def test_a_review_count_with_its_outcome_said_as_the_column_name():
    got = _values("2022年度发生行政复议案件2件，为其他结果；行政诉讼案件3件，为其他结果。", REVIEWS)
    assert (got["review.total"], got["review.other"]) == (2, 2)
    assert _values("2022年发生行政复议案件4件，结果为其他。", REVIEWS)["review.other"] == 4


def test_guard_a_lawsuits_outcome_is_no_reviews():
    got = _values("2022年发生行政诉讼案件3件，为其他结果。", REVIEWS)
    assert "review.other" not in got


TABLE2 = ("某市水务局2021年政府信息公开工作年度报告\n二、主动公开政府信息情况\n"
          "第二十条第（一）项 |\n信息内容 |\n本年制发件数 |\n本年废止件数 |\n现行有效件数 |\n"
          "规章 |\n3 |\n1 |\n14 |\n行政规范性文件 |\n6 |\n2 |\n27 |\n"
          "第二十条第（五）项 |\n信息内容 |\n本年处理决定数量 |\n行政许可 |\n58 |\n"
          "第二十条第（六）项 |\n信息内容 |\n本年处理决定数量 |\n行政处罚 |\n{penalty}\n行政强制 |\n{coercion}\n"
          "第二十条第（八）项 |\n信息内容 |\n本年收费金额（单位：万元） |\n行政事业性收费 |\n0 |\n")


def _cells(*figures) -> str:
    return "\n".join(f"{f} |" for f in figures)


def test_a_one_column_row_printed_with_three_same_cells():
    got = _values(TABLE2.format(penalty=_cells(0, 0, 0), coercion=_cells(7, 7, 7)), "")
    assert (got["disclosure.penalty.decisions"], got["disclosure.coercion.decisions"]) == (0, 7)
    assert (got["disclosure.licensing.decisions"], got["disclosure.regulations.in_force"]) == (58, 14)


def test_guard_a_one_column_row_printed_with_cells_that_differ_stays_unread():
    doc = reportparse.parse_text(TABLE2.format(penalty=_cells(0, 5, 0), coercion=_cells(7, 7, 7)))
    got = doc.values()
    assert got.get("disclosure.penalty.decisions") is None and got["disclosure.coercion.decisions"] == 7
    assert any("行政处罚" in w and "not read" in w for w in doc.warnings)


UNTITLED = ("一、总体情况\n按照《中华人民共和国政府信息公开条例》要求，进一步健全政府信息公开工作机制，坚持依法公开，"
            "{year}，我局在某某县人民政府网站主动公开信息416条。\n二、主动公开政府信息情况\n本年新制作数量4件。\n"
            "三、收到和处理政府信息公开申请情况\n全年共收到政府信息公开申请3件。\n"
            "四、政府信息公开行政复议、行政诉讼情况\n未发生行政复议、行政诉讼案件。\n")


def test_an_untitled_texts_year_from_a_clause_opened_by_it_and_the_issuers_word():
    assert reportparse.parse_text(UNTITLED.format(year="2022年")).year == 2022


def test_guard_a_clause_year_before_a_plan_or_beside_another_year_settles_none():
    assert reportparse.parse_text(UNTITLED.format(year="2023年，我局将").replace("将，", "将")).year is None
    two = UNTITLED.format(year="2022年") + "坚持规范答复，2021年，我局收到申请5件。\n"
    assert reportparse.parse_text(two).year is None
