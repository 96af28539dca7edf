"""heldout57's classes, with invented reports (names and figures made up; the places real where a code is asserted):
A. a website's count posted with a verb other than 主动公开 (更新 of 政府信息, 上传, 公开上传; after 今年以来) and a
disclosure platform's 公开数量 as the proactive total; B. requests received said with handled as table 三's title says
it (收到和处理…申请数量为N, no unit), and a count under a heading of two phrases joined by a comma; C. a gazette's items
said after its issues (出版《政府公报》N期，公开信息M条); D. a report a government or its office compiled from its area's
parts (an aggregate, named where the page has no title), and a zone named with its city's stem in brackets."""
from __future__ import annotations

import reportparse

TITLE = "岚峰县人民政府2024年政府信息公开工作年度报告\n"
STREET = "岚峰县青禾街道办事处2024年政府信息公开工作年度报告\n"
PROACTIVE = "一、总体情况\n(一)主动公开\n"


def values(text: str) -> dict:
    return reportparse.parse_text(text).values()


# ---------------------------------------------------------------- A. a website's count by another posting verb

def test_a_sites_count_posted_by_update_or_upload_is_the_websites():
    for title, said, want in (
            (TITLE, "加大政府信息主动公开力度,县政府网站全年更新各类政府信息789条,县政府微博发布信息319条。", 789),
            (TITLE, "2024年,岚峰县人民政府门户网站上传信息5786条;“岚峰政务”公众号共发布信息1014条。", 5786),
            (TITLE, "2024年,岚峰县人民政府网站更新发布政府信息433条。", 433),
            (STREET, "全年我街道政府网站公开上传信息64条,其中部门工作59条、政策文件3条、财务公开1条、工作年报1条。", 64),
            (TITLE, "加大主动公开力度。今年以来,岚峰县人民政府门户网站发布信息7700条,转发转载指令429条。", 7700),
            (TITLE, "今年以来,岚峰县人民政府门户网站上传信息2861条。", 2861)):
        got = values(title + PROACTIVE + said + "\n")
        assert got.get("disclosure.via_website") == want, said
        assert "disclosure.total" not in got, said


def test_guard_media_and_another_period_stay_unread():
    # (a site's posts of every kind and a bare 更新 are the site's count since stop 63: test_heldout_classes_63p.py)
    for said in ("岚峰县政府微信公众号全年更新各类政府信息318条,政务微博上传信息95条。",   # media, no website
                 "2024年,岚峰县政务微博上传信息95条。",
                 "2024年以前,岚峰县人民政府门户网站上传信息5786条。"):                # another period
        got = values(TITLE + PROACTIVE + said + "\n")
        assert "disclosure.via_website" not in got and "disclosure.total" not in got, said


def test_a_disclosure_platforms_count_said_alone_is_the_proactive_total():
    for said, want in (
            ("2024年我镇政务公开平台公开数量为26条,其中机构职能2条,信息公开指南1条,财政预决算1条,政府会议5条,专项活动2条,"
             "工作信息15条。", 26),
            ("我镇信息公开平台主动公开信息总数为143条。", 143),
            ("2024年,政府信息公开平台公开数量达58条。", 58)):
        got = values("岚峰县青禾镇人民政府2024年政府信息公开工作年度报告\n" + PROACTIVE + said + "\n")
        assert got.get("disclosure.total") == want, said


def test_guard_a_platforms_count_beside_another_channel_or_off_topic_stays_unread():
    town = "岚峰县青禾镇人民政府2024年政府信息公开工作年度报告\n"
    for text in (town + PROACTIVE + "2024年我镇政务公开平台公开数量为26条,镇政府网站发布信息83条。\n",
                 town + PROACTIVE + "2024年我镇微信平台公开数量为26条。\n",
                 town + "五、其他需要报告的事项\n2024年我镇政务公开平台公开数量为26条。\n"):
        assert "disclosure.total" not in values(text), text[-40:]


# ---------------------------------------------------------------- B. request counts

def test_received_and_handled_requests_said_as_a_count_with_no_unit_are_the_years_new_ones():
    for said, want in (("2024年度收到和处理政府信息公开申请数量为0。", 0),
                       ("2024年度收到和处理政府信息公开申请数量为7。", 7),
                       ("全年收到和处理政府信息公开申请数量为13件。", 13)):
        got = values(TITLE + "一、总体情况\n(二)依申请公开情况\n" + said + "\n")
        assert got.get("requests.new|applicant=total") == want, said


def test_a_count_under_a_heading_of_two_phrases_joined_by_a_comma_reads_by_its_topic():
    for heading in ("(三)回应诉求,规范依申请公开", "(二)强化服务,做好依申请公开工作"):
        text = (TITLE + "一、总体情况\n" + heading + "\n一是更新政府信息公开指南。二是规范依申请公开办理。严格依法依规答复。"
                "全年共收到37件申请,已办结31件、正在办理6件,申请事项涉及环卫、燃气等多个领域。\n")
        assert values(text).get("requests.new|applicant=total") == 37, heading


def test_guard_consultations_letters_and_closed_cases_are_no_new_requests():
    for said in ("全年共收到37件咨询,已办结31件。", "全年共收到12件信访件,已办结11件。", "全年已办结31件。",
                 "2024年度收到和处理信访件数量为9。"):
        got = values(TITLE + "一、总体情况\n(三)回应诉求,规范依申请公开\n" + said + "\n")
        assert "requests.new|applicant=total" not in got, said
    # the comma-joined heading on no request's topic
    text = TITLE + "一、总体情况\n(三)回应诉求,做好咨询服务\n全年共收到37件申请,已办结31件。\n"
    assert "requests.new|applicant=total" not in values(text)


# ---------------------------------------------------------------- C. a gazette's items after its issues

def test_a_gazettes_items_said_after_its_issues_are_its_count():
    for said, want in (
            ("公开政府信息3800余条。其中通过政府网站公开政府信息2000余条;通过政务新媒体公开信息1800余条;"
             "出版《政府公报》3期,公开信息96条。", 96),
            ("2024年,编印县政府公报12期,刊登文件45件。", 45),
            ("2024年,出版《岚峰县人民政府公报》6期,刊载政府信息71条。", 71)):
        got = values(TITLE + "一、总体情况\n(一)主动公开方面\n" + said + "\n")
        assert got.get("disclosure.via_gazette") == want, said


def test_guard_a_gazettes_issues_alone_are_no_count():
    for said in ("2024年,出版《岚峰县人民政府公报》6期。", "2024年,出版《岚峰县人民政府公报》6期,发放群众2100份。"):
        assert "disclosure.via_gazette" not in values(TITLE + "一、总体情况\n(一)主动公开方面\n" + said + "\n"), said


# ---------------------------------------------------------------- D. an aggregate compiled from its area's parts

BODY = "一、总体情况\n2024年,全县政务公开工作认真贯彻条例,主动公开政府信息417条。\n"


def test_a_report_compiled_from_its_areas_parts_is_an_aggregate():
    for opening, title, name in (
            ("本年度报告由市政府办公室综合各县、区人民政府和市直各委、办、局的政府信息公开年度报告编制而成。",
             "2024年岳阳市政府信息公开工作年度报告\n", "岳阳市"),
            ("本报告由岳阳县人民政府综合全县各部门和各乡镇政府信息公开工作年度报告和统计数据编制而成。",
             "岳阳县人民政府2024年政府信息公开工作年度报告\n", "岳阳县人民政府"),
            # untitled: the compiler named in the sentence is the issuer
            ("本报告依据《中华人民共和国政府信息公开条例》要求,由岳阳县人民政府综合全县各部门和各乡镇政府信息公开工作年度报告和统计数据编制而成。", "",
             "岳阳县人民政府"),
            ("根据《中华人民共和国政府信息公开条例》规定,本报告由岳阳县人民政府办公室汇总各乡镇和县直各部门的年度报告编制而成。", "", "岳阳县人民政府")):
        issuer = reportparse.parse_text(title + opening + "\n" + BODY + "全县各单位积极推进。\n").issuer
        assert (issuer.name, issuer.kind) == (name, "aggregate"), opening[:30]


def test_guard_a_report_compiled_by_itself_or_from_its_own_rooms_is_no_aggregate():
    for opening, kind in (("本报告由岳阳县人民政府办公室编制。", "general_office"),
                          ("本报告由岳阳县人民政府办公室综合本机关各科室的工作情况编制而成。", "general_office"),
                          ("本报告由岳阳县教育局综合各乡镇中心学校的年度报告编制而成。", "department")):
        title = "岳阳县人民政府办公室" if kind == "general_office" else "岳阳县教育局"
        issuer = reportparse.parse_text(title + "2024年政府信息公开工作年度报告\n" + opening + "\n" + BODY).issuer
        assert issuer.kind == kind, opening


def test_a_zone_named_with_its_citys_stem_in_brackets_is_that_citys():
    for title in ("北方某某机场临空经济区(廊坊)管理委员会 2024年政府信息公开工作年度报告",
                  "某某临港经济区（廊坊）管委会2024年政府信息公开工作年度报告"):
        report = reportparse.parse_text(title + "\n一、总体情况\n2024年,本委认真贯彻条例,主动公开政府信息73条。\n")
        assert report.issuer.region.code == "131000", title


def test_guard_a_bracketed_stem_that_settles_no_city_leaves_the_region_unread():
    for title in ("某某高新技术产业开发区(鼓楼)管理委员会2024年政府信息公开工作年度报告",     # a stem several places share
                  "某某经济区(大兴)管理委员会2024年政府信息公开工作年度报告",               # no city's stem
                  "某某经济区(廊坊)管理委员会和某某经济区(保定)管理委员会2024年政府信息公开工作年度报告"):   # two cities
        report = reportparse.parse_text(title + "\n一、总体情况\n2024年,本委认真贯彻条例,主动公开政府信息73条。\n")
        assert report.issuer.region.code is None, title
