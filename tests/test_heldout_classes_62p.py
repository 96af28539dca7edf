"""Wordings of real reports the library missed (heldout62), each a class with guards that a near case is not read, or
is read differently. Texts and figures are invented.

- table 三's first two rows printed with the year they count (一、本年(2021)新收政府信息公开申请数量 / 二、上年(2020年)
  结转…, ASCII or full-width parentheses): the same rows as the plain labels, and the table starts there; never a
  year cut short (本年(21)) nor a wording the table does not print;
- the documents named as proactive disclosure's own after the verb that put them out, opening the sentence after the year
  or the issuer (2023年我委发布主动公开文件393件,门户网站发布…条,微信公众号…条): the total, whatever channels are counted
  beside it; never in a clause naming a channel, after 其中, nor a kind of document;
- the disclosure platform's count as the year's sentence (2019年,全县政府信息公开平台公开信息21260条,累计总数…条。): the
  total, its running total unread; never beside another channel's count in its paragraph, nor without the year;
- the requests received said as their forms (共收到政府信息公开申请书6条) or as the procedure's cases (共收到依申请公开案例
  1例): requests.new; never another procedure's forms (复议申请书) or cases (信访案例), nor a count in 次;
- a bare 其他申请 N 件 closing a list of applicant kinds after 自然人 and 企业: the 法人或其他组织›其他 column; never
  其他方式/其他形式申请 (a way), nor after 自然人 alone (其他 may lump every 法人);
- a denial's reason said as a kind (属于行政查询范畴依法不予公开2件) or with 依法 before the denial: that reason's row, not
  the bare refusals'; a bare 依法不予公开 stays requests.denied;
- a two-character district named right after its city (铜陵市郊区, 长治市郊区), which the scan read as the city's stem and a
  name opening with 市 (市郊区, a district of 2002): the district of that city; 梧州市市郊区 stays that 市郊区;
- table 三's header printed (申请人情况 … 自然人) where none of its rows is found: a warning says so.
"""
from __future__ import annotations

import pytest

import reportparse
from reportparse.regions import find_region
from values_read import values_read as _values

_TOWN = "青岭镇2021年政府信息公开工作年度报告\n一、总体情况\n本年度青岭镇依法做好政府信息公开工作。\n"


# ---- table 三's rows printed with their year -------------------------------------------------------------------------

_T2 = ("二、主动公开政府信息情况\n第二十条第(一)项\n信息内容\n本年制发件数\n本年废止件数\n现行有效件数\n规章\n0\n0\n0\n"
       "行政规范性文件\n6\n2\n41\n")
_T3_HEAD = ("三、收到和处理政府信息公开申请情况\n申请人情况\n自然人\n法人或其他组织\n总计\n商业企业\n科研机构\n社会公益组织\n"
            "法律服务机构\n其他\n")


def _table3(new_label: str, old_label: str) -> str:
    rows = [(new_label, [23, 4, 0, 1, 2, 0, 30]), (old_label, [3, 1, 0, 0, 0, 0, 4]), ("三、本年度办理结果", []),
            ("(一)予以公开", [12, 2, 0, 1, 0, 0, 15]),
            ("(二)部分公开(区分处理的,只计这一情形,不计其他情形)", [5, 1, 0, 0, 1, 0, 7])]
    return _TOWN + _T2 + _T3_HEAD + "".join(label + "\n" + "".join(f"{c}\n" for c in cells) for label, cells in rows)


@pytest.mark.parametrize("new_label, old_label", [
    ("一、本年(2021)新收政府信息公开申请数量", "二、上年(2020)结转政府信息公开申请数量"),
    ("一、本年（2021）新收政府信息公开申请数量", "二、上年（2020年）结转政府信息公开申请数量"),
    ("本年(2021年)新收政府信息公开申请", "上年(2020)结转政府信息公开申请"),
])
def test_table3_rows_printed_with_their_year(new_label, old_label):
    report = reportparse.parse_text(_table3(new_label, old_label))
    assert report.get("requests.new", "natural_person").value == 23
    assert report.get("requests.new", "legal_service").value == 2
    assert report.value("requests.new") == 30
    assert report.value("requests.carried_over") == 4
    assert report.get("requests.carried_over", "commercial").value == 1
    assert report.value("requests.granted") == 15
    assert report.value("requests.partially_granted") == 7


def test_table3_plain_labels_read_alike():
    plain = _values(_table3("一、本年新收政府信息公开申请数量", "二、上年结转政府信息公开申请数量"))
    assert _values(_table3("一、本年(2021)新收政府信息公开申请数量", "二、上年(2020)结转政府信息公开申请数量")) == plain


@pytest.mark.parametrize("new_label", [
    "一、本年(21)新收政府信息公开申请数量",             # no year: a two-digit figure in parentheses
    "一、本年(2021)新收政府信息公开申请的数量",          # a wording the table does not print
])
def test_table3_year_forms_that_are_no_row_label(new_label):
    assert "requests.new" not in _values(_table3(new_label, "二、上年(2020)结转政府信息公开申请数量"))


# ---- 发布主动公开文件 N 件: the proactive total beside the channels' counts -------------------------------------------

_COMMITTEE = "岚峰市某某委员会2023年政府信息公开工作年度报告\n一、总体情况\n（一）主动公开\n"


@pytest.mark.parametrize("sentence, total", [
    ("2023年我委发布主动公开文件287件,门户网站发布信息1436条,微信公众号发布信息958条,官方微博发布信息211条。", 287),
    ("2023年,本委共发布主动公开文件64件,微信公众号发布信息318条。", 64),
    ("全年印发主动公开文件52件,门户网站发布信息741条。", 52),
    ("2023年我委发布主动公开文件287件。", 287),
])
def test_proactive_documents_put_out_are_the_total_beside_channels(sentence, total):
    assert _values(_COMMITTEE + sentence)["disclosure.total"] == total


@pytest.mark.parametrize("head, sentence", [
    (_COMMITTEE, "2023年通过门户网站发布主动公开文件287件,微信公众号发布信息958条。"),            # the clause names a channel
    (_COMMITTEE, "2023年我委发布规范性文件287件,门户网站发布信息1436条,微信公众号发布信息958条。"),   # a kind of document
    (_COMMITTEE.replace("2023年政府", "2024年政府"), "2023年我委发布主动公开文件287件,门户网站发布信息1436条。"),  # last year's
])
def test_proactive_documents_guards(head, sentence):
    assert "disclosure.total" not in _values(head + sentence)


def test_proactive_documents_after_another_count_are_no_total():
    got = _values(_COMMITTEE + "2023年,我委主动公开信息935条,其中发布主动公开文件287件,微信公众号发布信息958条。")
    assert got["disclosure.total"] == 935


# ---- the disclosure platform's count as the year's sentence -----------------------------------------------------------

_COUNTY = "岚峰县人民政府2019年政府信息公开工作年度报告\n一、总体情况\n（一）主动公开\n"


@pytest.mark.parametrize("sentence", [
    "2019年,全县政府信息公开平台公开信息14738条,累计总数163592条。各级政府主动公开政府信息的主要类别有:机构职能类信息83条;"
    "规划计划类信息412条。",
    "2019年,全县政府信息公开平台公开信息14738条。",
    "2019年全区政府信息公开平台公开政府信息14738条。",
])
def test_the_disclosure_platforms_year_count_is_the_total(sentence):
    got = _values(_COUNTY + sentence)
    assert got["disclosure.total"] == 14738
    assert 163592 not in got.values()


@pytest.mark.parametrize("sentence", [
    "2019年,全县政府信息公开平台公开信息14738条。政府网站公开信息5071条,微信公众号公开信息436条。",   # one channel of several
    "2019年,全县政府信息公开平台公开信息14738条,政府网站公开信息5071条。",
    "2019年,全县政府信息公开平台公开信息14738条。通过微信公众号发布信息436条。",
    "全县政府信息公开平台公开信息14738条,累计总数163592条。",                  # no year said
])
def test_the_disclosure_platform_beside_channels_or_undated_is_no_total(sentence):
    assert _values(_COUNTY + sentence).get("disclosure.total") != 14738


# ---- the requests as their forms or as the procedure's cases ----------------------------------------------------------

_BUREAU = "岚峰县某某局2022年政府信息公开工作年度报告\n一、总体情况\n（二）依申请公开情况\n"


@pytest.mark.parametrize("sentence, count", [
    ("2022年,共收到政府信息公开申请书9条,其中7件已按时答复,2件仍在办理中。", 9),
    ("全年共收到政府信息公开申请书9份。", 9),
    ("本年度,我区共收到依申请公开案例3例,已按照规范回复。", 3),
    ("本年度共受理依申请公开政府信息案例4件。", 4),
])
def test_requests_said_as_their_forms_or_cases(sentence, count):
    assert _values(_BUREAU + sentence)["requests.new"] == count


@pytest.mark.parametrize("sentence", [
    "2022年共收到行政复议申请书9条。",
    "本年度,我区共收到信访案例3例。",
    "本年度共收到政府信息公开申请书9次。",
    "2022年共收到依申请公开案例分析材料3篇。",
])
def test_other_forms_cases_or_units_stay_unread(sentence):
    assert "requests.new" not in _values(_BUREAU + sentence)


# ---- 其他申请 closing a list of applicant kinds ---------------------------------------------------------------------------

def test_a_bare_qita_closing_the_applicant_list_is_the_other_org_column():
    got = _values(_BUREAU + "2022年共收到政府信息公开申请1461件,其中,自然人申请1394件,商业企业申请38件,科研机构申请6件,"
                            "法律服务机构申请14件,其他申请9件。")
    assert (got["requests.new"], got["requests.new|applicant=natural_person"], got["requests.new|applicant=commercial"],
            got["requests.new|applicant=research"], got["requests.new|applicant=legal_service"],
            got["requests.new|applicant=other_org"]) == (1461, 1394, 38, 6, 14, 9)


@pytest.mark.parametrize("sentence", [
    "2022年共收到政府信息公开申请26件,其中,网上申请17件,其他形式申请9件。",
    "2022年共收到政府信息公开申请26件,其中,自然人申请13件,商业企业申请4件,其他方式申请9件。",
    "2022年共收到政府信息公开申请26件,其中,自然人申请17件,其他申请9件。",
])
def test_qita_as_a_way_or_after_natural_persons_alone_is_no_column(sentence):
    got = _values(_BUREAU + sentence)
    assert got["requests.new"] == 26
    assert "requests.new|applicant=other_org" not in got


# ---- a denial's reason said as a kind, or with 依法 ------------------------------------------------------------------------

@pytest.mark.parametrize("sentence, key, count", [
    ("2022年共收到政府信息公开申请23件,予以公开8件,因申请事项属于行政查询范畴依法不予公开3件。", "requests.denied.admin_query", 3),
    ("2022年共收到政府信息公开申请23件,因属于行政查询事项不予公开3件。", "requests.denied.admin_query", 3),
    ("2022年共收到政府信息公开申请23件,因属于过程性信息依法不予公开4件。", "requests.denied.process_info", 4),
    ("2022年共收到政府信息公开申请23件,属于行政执法案卷依法不予公开6件。", "requests.denied.enforcement_file", 6),
])
def test_a_denials_reason_said_as_a_kind_or_with_yifa(sentence, key, count):
    got = _values(_BUREAU + sentence)
    assert got[key] == count
    assert got.get("requests.denied") in (None, count)


def test_a_bare_denial_with_yifa_stays_the_groups():
    got = _values(_BUREAU + "2022年共收到政府信息公开申请23件,依法不予公开5件。")
    assert got["requests.denied"] == 5
    assert not any(k.startswith("requests.denied.") for k in got)


def test_a_query_kind_with_no_denial_count_stays_unread():
    got = _values(_BUREAU + "2022年共收到政府信息公开申请23件,属于行政查询范畴的,告知申请人查询渠道3件。")
    assert "requests.denied.admin_query" not in got


# ---- <city>郊区: the city's district, not the city's stem and 市郊区 ----------------------------------------------------------

@pytest.mark.parametrize("body, code", [
    ("全年主动公开政府信息136条。如有疑问,请与铜陵市郊区人民政府办公室联系。", "340711"),
    # 长治's 郊区 merged into 潞州区 in 2018: no current county of 长治市, so a 2021 text reads the city (meta62's rule:
    # the rest split off only where it still names a county of that city)
    ("本报告由长治市郊区人民政府办公室编制。", "140400"),
    ("本报告由梧州市市郊区人民政府编制。", "450411"),           # the name that opens with 市, after its city's 市
    ("本报告由铜陵市义安区人民政府办公室编制。", "340706"),
])
def test_a_district_right_after_its_city(body, code):
    assert find_region("某某办公室2021年政府信息公开工作年度报告", body, 2021).code == code


def test_the_city_alone_stays_the_city():
    assert find_region("某某办公室2021年政府信息公开工作年度报告", "请与铜陵市人民政府办公室联系。", 2021).code == "340700"


def test_a_table3_header_with_no_row_found_is_said():
    report = reportparse.parse_text(_table3("一、本年(21)新收政府信息公开申请数量", "二、上年(20)结转政府信息公开申请数量"))
    assert any(w.startswith("table 三 (收到和处理政府信息公开申请情况): its header is printed") for w in report.warnings)


def test_a_table3_read_says_no_such_thing():
    report = reportparse.parse_text(_table3("一、本年(2021)新收政府信息公开申请数量", "二、上年(2020)结转政府信息公开申请数量"))
    assert not any("its header is printed" in w for w in report.warnings)
