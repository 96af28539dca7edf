"""A report printed without its title line names its issuer in the opening sentence (stop 27; heldout27's
Weihai and Wenzhou pages): '…结合2025年X街道办事处政府信息公开工作实际，编制发布本报告', '本报告由X镇人民政府…编制'.
Before, such a report had no issuer, and every count whose subject was the issuer's own name read as a part's
(not read: 'no figure could be read'). And a title a crawler stored as a table's one cell ('X…年报 |') is the
title (the page had been refused). Invented openings and figures."""
import reportparse
from reportparse.issuer import self_named

_OPENING = ("根据《中华人民共和国政府信息公开条例》（以下简称《条例》）和《中华人民共和国政府信息公开工作年度报告格式》要求，"
            "结合2023年{name}政府信息公开工作实际，编制发布本报告。\n"
            "本报告内容包括：总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况等。报告中所列数据统计期限从2023年1月1日到12月31日止。\n"
            "一、总体情况\n"
            "1.主动公开方面。2023年，{name}通过区政府门户网站主动公开政府信息86条，其中，机关职能21条，重点领域65条。\n")


def test_the_issuer_named_in_a_title_less_opening_is_the_issuer_not_a_part():
    report = reportparse.parse_text(_OPENING.format(name="青禾市城南街道办事处"))
    assert report.issuer.name == "青禾市城南街道办事处"
    assert report.values()["disclosure.total"] == 86


def test_the_issuer_said_as_the_report_s_maker():
    text = ("本报告由青禾县石桥镇人民政府结合有关统计数据编制。本年度报告中所列数据的统计期限自2023年1月1日起至2023年12月31日止。\n")
    assert self_named(text) == "青禾县石桥镇人民政府"


def test_guard_no_name_in_the_opening_names_no_issuer():
    # guards: a place's practice (本地实际) or a clause naming no body gives no issuer; the count stays a part's
    assert self_named("结合2023年本地政府信息公开工作实际，编制本报告。") is None
    assert self_named("结合2023年全区政府信息公开工作实际，编制本报告。") is None
    report = reportparse.parse_text(_OPENING.replace("结合2023年{name}政府信息公开工作实际", "结合工作实际")
                                    .format(name="青禾市城南街道办事处"))
    assert "disclosure.total" not in report.values()


def test_a_title_printed_as_a_crawled_table_s_one_cell_is_the_title():
    # a crawler stores the page's layout table a cell per line, the title among them ("X…年报 |"): it is the title
    text = ("![]() |\n|\n索引号: | /2011-00412 | 公开方式: | 主动公开 |\n发布单位: | 青禾镇 |\n"
            "青禾镇2010年政府信息公开工作年报 |\n"
            "2010年，青禾镇人民政府根据《中华人民共和国政府信息公开条例》要求，现将我镇2010年政府信息公开工作报告如下："
            "一、主动公开情况 全年主动公开政府信息43条。二、依申请公开情况 全年收到政府信息公开申请6件。\n")
    report = reportparse.parse_text(text)
    assert report.title == "青禾镇2010年政府信息公开工作年报" and report.year == 2010
    assert report.values()["disclosure.total"] == 43
    assert report.values()["requests.new|applicant=total"] == 6


def test_the_issuer_named_before_its_statistics_in_either_script():
    # stop 31 (heldout30's mirror page): '…结合X局政府信息公开工作有关统计数据撰写编制', in traditional script too; the
    # bureau's counts are then its own, not a part's
    for name, opening in [("青禾市住房城乡建设局", "结合青禾市住房城乡建设局政府信息公开工作有关统计数据撰写编制。"),
                          ("青禾市住房城鄉建設局", "結合青禾市住房城鄉建設局政府信息公開工作有關統計數據撰寫編制。")]:
        assert self_named(opening) == name
    text = ("本报告根据《中华人民共和国政府信息公开条例》要求，结合市住房城乡建设局政府信息公开工作有关统计数据撰写编制。"
            "本报告中使用数据统计期限为2023年1月1日至12月31日。\n一、总体情况\n（二）依申请公开政府信息情况\n"
            "2023年，市住房和城乡建设局收到依申请公开件3件，已按程序进行办理。\n")
    report = reportparse.parse_text(text)
    assert report.values()["requests.new|applicant=total"] == 3


def test_guard_statistics_of_no_named_body_name_no_issuer():
    assert self_named("结合全区政府信息公开工作有关统计数据撰写编制。") is None
    assert self_named("结合有关统计数据撰写编制。") is None
    assert self_named("结合我局政府信息公开工作有关统计数据撰写。") is None      # the issuer's own word, no name
    assert self_named("结合本局政府信息公开工作实际，编制本报告。") is None
