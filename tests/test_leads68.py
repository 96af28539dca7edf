"""Classes of stop 67's END set (heldout67c), learned from at stop 68 (leads68); invented texts, guards beside each."""
import reportparse


def _read(title, section, text, prefix=("disclosure",)):
    report = reportparse.parse_text(f"{title}\n{section}\n{text}\n")
    return {i.key: i.value for i in report.indicators if i.key.startswith(tuple(prefix))}


BUREAU = "某某新区经济合作局2023年政府信息公开工作年度报告"
OPENING = "一、总体情况\n(一)主动公开信息。"


# a. a site's count beside another medium's said further on, or beside a bulletin board's after a full 其中 list

def test_medium_count_in_issues_far_after_its_name():
    # the WeChat account's posts (174期603条) stand beyond the old 16-character reach: the site's 13 is its own only
    got = _read(BUREAU, OPENING, "2023年,经合局在新区门户网站主动公开政府信息13条,其中招商动态类信息10条,部门预算信息2条,"
                "机关简介信息1条。加强对“某某经合”微信公众号的运维管理,全年累计推送发布工作动态、政策法规等信息58期247条,"
                "阅读量达9万余次。")
    assert got == {"disclosure.via_website": 13}


def test_medium_named_without_a_count_leaves_the_total():
    # guard: the account named, no count of its posts (only readers): the site's count is the total too (hzq-2023)
    got = _read(BUREAU, OPENING, "2023年,经合局在新区门户网站主动公开政府信息13条。做好微信公众号的日常运维管理工作,"
                "确保发布内容安全准确,全年阅读量2万余次。")
    assert got == {"disclosure.total": 13, "disclosure.via_website": 13}


AUDIT = "某某县审计局2025年政府信息公开工作年度报告"
PROACTIVE = "一、总体情况\n(一)主动公开"


def test_site_named_as_platform_before_a_dated_clause():
    # 以政府网站作为公开信息平台, then the count's clause opening with its year: the site's count, no total
    got = _read(AUDIT, PROACTIVE, "2025年1月1日至2025年12月31日,某某县审计局以政府网站作为公开信息平台,2025年度共公开"
                "政务信息47条,其中文件类5条,法规类3条,执法类39条。")
    assert got == {"disclosure.via_website": 47}


def test_board_count_after_a_full_list_of_the_sites_parts():
    # 5+3+39 = 47: the 公示栏 counts after it are no parts of the site's count but another outlet's: no total
    got = _read(AUDIT, PROACTIVE, "2025年,某某县审计局通过政府网站共公开政务信息47条,其中文件类5条,法规类3条,执法类39条,"
                "单位公示栏上公开财务公开16条,政务公开7条。")
    assert got == {"disclosure.via_website": 47}


def test_board_count_inside_a_list_short_of_the_whole_stays_a_part():
    # guard: the parts come to the whole only with the board's count (5+3+39 = 47): a part, the total kept
    got = _read(AUDIT, PROACTIVE, "2025年,某某县审计局通过政府网站共公开政务信息47条,其中文件类5条,法规类3条,"
                "单位公示栏公开39条。")
    assert got.get("disclosure.total") == 47


def test_full_list_then_no_outlet_keeps_the_total():
    # guard: a count after the full list whose clause names no outlet (replies to messages) leaves the total
    got = _read(AUDIT, PROACTIVE, "2025年,某某县审计局通过政府网站共公开政务信息47条,其中文件类5条,法规类3条,执法类39条,"
                "回复留言6条。")
    assert got.get("disclosure.total") == 47


# b. normative documents with a government's office as the subject between the year and the verb

OFFICE = "某某区人民政府办公室2025年政府信息公开工作年度报告"
SECTION = "二、主动公开政府信息情况"


def test_office_as_subject_of_its_normative_documents():
    got = _read(OFFICE, SECTION, "一是做好规范性文件动态清理工作,2025年区政府办公室制发规范性文件0件,清理废止2件。")
    assert got["disclosure.normative_docs.issued"] == 0 and got["disclosure.normative_docs.repealed"] == 2


def test_office_as_subject_with_administrative():
    got = _read(OFFICE, SECTION, "2025年区政府办公室制发行政规范性文件3件。")
    assert got["disclosure.normative_docs.issued"] == 3


def test_office_named_in_another_bodys_report_is_not_read():
    # guard: the government office's documents in a bureau's report (or the government's) are not the issuer's
    for title in ("某某区财政局2025年政府信息公开工作年度报告", "某某区人民政府2025年政府信息公开工作年度报告"):
        got = _read(title, SECTION, "2025年区政府办公室制发行政规范性文件3件。")
        assert "disclosure.normative_docs.issued" not in got


def test_traditional_none_issued_and_in_force_in_units():
    got = _read(BUREAU, "(二)嚴格信息管理", "2023年,未制定印發新的行政規範性文件。現行有效行政規範性文件4個,為《某某辦法》。")
    assert got["disclosure.normative_docs.issued"] == 0 and got["disclosure.normative_docs.in_force"] == 4


# c. totals

COUNTY_OFFICE = "某某县人民政府办公室2021年政府信息公开工作年度报告"


def test_within_the_year_as_the_years_word():
    got = _read(COUNTY_OFFICE, "一、总体情况", "1.主动公开政府信息情况。2021年,年内公开政府信息2386条。其中,政务类信息614条,"
                "机构职能类37条。")
    assert got == {"disclosure.total": 2386}


def test_within_years_counted_is_no_year():
    # guard: 三年内 (within three years) is no year's word
    got = _read(COUNTY_OFFICE, "一、总体情况", "1.主动公开政府信息情况。三年内公开政府信息2386条。")
    assert "disclosure.total" not in got


TOURISM = "某某县文化和旅游局2016年政府信息公开工作年度报告"


def test_ways_listed_then_the_bodys_work_information():
    got = _read(TOURISM, "二、信息主動公開情況\n(二)主動公開信息數量",
                "2016年1月1日至12月31日,我局通過縣政府網站、某某旅遊官方微信微博等平臺公開文旅工作信息118條(篇)。")
    assert got == {"disclosure.total": 118}


def test_ways_listed_then_a_kind_of_information_is_not_the_total():
    # guard: one kind (政策解读信息) after the listed ways is that kind's count
    got = _read(TOURISM, "二、信息主动公开情况", "2016年,我局通过县政府网站、官方微信等平台公开政策解读信息18条。")
    assert "disclosure.total" not in got


SCIENCE = "某某县科学技术局2018年政府信息公开工作年度报告"


def test_portal_said_as_government_net_alone_under_the_proactive_heading():
    # a website's only count under 主动公开 (hzq-2023 convention): the total and the site's; 政府网 without 站
    got = _read(SCIENCE, "二、信息主動公開情況\n(二)主動公開信息數量",
                "2018年1月1日至12月31日,我局在某某縣政府網公開信息37條,其中:工作動態33條、目標責任考核1條、"
                "財政預決算3條。")
    assert got == {"disclosure.total": 37, "disclosure.via_website": 37}


def test_portal_said_as_government_net_beside_a_medium_is_the_sites():
    # guard: another medium's count beside it: the site's alone
    got = _read(SCIENCE, "二、信息主动公开情况\n(二)主动公开信息数量",
                "2018年,我局在某某县政府网公开信息37条。通过微信公众号发布信息21条。")
    assert got == {"disclosure.via_website": 37}


def test_grid_is_no_government_net():
    # guard: 政府网格 (the grid) is no website
    got = _read(SCIENCE, "二、信息主动公开情况\n(二)主动公开信息数量", "2018年,我局在某某县政府网格化平台公开信息37条。")
    assert "disclosure.via_website" not in got


# d. a website's counts

HEALTH = "某某州卫生健康委员会2025年政府信息公开工作年度报告"


def test_site_posts_named_website_information_doubled():
    got = _read(HEALTH, "一、总体情况\n(一)主动公开情况。",
                "一是通过门户网站规范公开各类政府信息。2025年某某州卫生健康委网站全年累计发布网站信息发布信息共863条,"
                "其中工作动态57条、通知公告19条。通过报刊、微信公众号等媒体公开信息312条。")
    assert got == {"disclosure.via_website": 863}


CITY = "某某市人民政府2024年政府信息公开工作年度报告"


def test_city_net_as_subject_beside_counts_of_kinds_is_the_sites():
    got = _read(CITY, "一、总体情况\n㈠ 主动公开", "2024年某某市政府网累计公开各类信息5186条,政府信息公开工作年报13个,"
                "年内共发布本级政府文件7条,发布重大政策解读19条。")
    assert got == {"disclosure.via_website": 5186}


def test_city_net_as_subject_alone_is_the_total_too():
    # guard: the site's only count (hzq-2023 convention) stays the total as well
    got = _read(CITY, "一、总体情况\n㈠ 主动公开", "2024年某某市政府网累计公开各类信息5186条。")
    assert got == {"disclosure.total": 5186, "disclosure.via_website": 5186}


# e. no requests, the ways they might have come by listed before 提出的

BUREAU25 = "某某区农业农村局2025年政府信息公开工作年度报告"


def _requests(text):
    return _read(BUREAU25, "(二)依申请公开情况", text, prefix=("requests",))


def test_no_request_by_any_of_the_listed_ways():
    got = _requests("2025年以来,我局未收到任何通过受理电话、网络平台、来信等方式提出的相关政府信息依申请公开。")
    assert got == {"requests.new": 0}


def test_no_complaint_about_a_reply_is_no_request():
    # guard: what was not received is a complaint about a reply, no request
    got = _requests("2025年,我局未收到对依申请公开答复不服提出的相关依申请公开。")
    assert "requests.new" not in got
