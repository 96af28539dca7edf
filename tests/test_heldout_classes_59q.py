"""heldout59b's classes, with invented reports (names and figures made up; the places real where a code is asserted):
A. a count inside an enumerated item (一是/二是…, (1)/(2), 1./2.) that names one kind of information is that
kind's, a part: the proactive total stays unread unless the text states the whole (before the items, or summed over
all); B. request counts said with an addressee clause, zeros said as 数为零 or 未收到…申请书, and a proactive count
after a list of channels under the proactive heading; C. metadata: a province's short name in a department's name,
政府办 as the government's general office, a CMS title row holding pinyin glosses, the issuer from an opening sentence."""
from __future__ import annotations

import pytest

import reportparse

TITLE = "岚峰县人民政府2024年政府信息公开工作年度报告\n"
OFFICE = "岚峰县商务局2024年政府信息公开工作年度报告\n"
PROACTIVE = "一、总体情况\n(一)主动公开情况\n"


def values(text: str) -> dict:
    return reportparse.parse_text(text).values()


# ---------------------------------------------------------------- A. an enumerated item's count is a part

@pytest.mark.parametrize("said", [
    "一是完善基础信息公开,及时更新机构职能、财务信息等法定公开内容,全年共发布信息47条。二是推进文件公开,主动公开局文件6条。",
    "一是做好财政信息公开,全年共发布信息28条;二是深化政策解读,发布解读材料9篇。",
    "(1)规划信息公开。全年共发布信息53条。(2)人事信息公开。全年共发布信息14条。",
    "1.公示公告类信息,全年共公开信息61条。2.工作动态类信息,全年共公开信息208条。",
    "⑴重点领域信息公开方面,2024年共发布信息72条。⑵政策文件方面,主动公开规范性文件4条。",
    "其一,优化营商环境信息公开,全年共公开信息39条;其二,加强民生信息公开,全年共公开信息26条。",
    "1.规划信息\n全年共发布信息53条。\n2.人事信息\n全年共发布信息14条。",     # numbered headings of kinds
])
def test_an_enumerated_items_count_is_no_proactive_total(said):
    got = values(OFFICE + PROACTIVE + said + "\n")
    assert "disclosure.total" not in got, said


@pytest.mark.parametrize("said, total", [
    # the whole said before the items
    ("全年共主动公开政府信息183条。一是完善基础信息公开,全年共发布信息47条。二是推进文件公开,主动公开局文件6条。", 183),
    # an item whose head names the whole, in its own clause or in a sentence after it
    ("一是主动公开总数。2024年我局共发布信息251条。二是依申请公开,全年未收到申请。", 251),
    ("一是加大主动公开力度,全年共发布信息96条;二是强化解读回应,发布解读材料7篇。", 96),
    ("1.主动公开政府信息数量。全年共发布信息134条。2.政策解读情况。发布解读稿件5篇。", 134),
    # the items, then their sum over all
    ("一是完善基础信息公开,发布信息47条;二是推进文件公开,发布信息6条,以上合计主动公开信息53条。", 53),
    # items of other matters before the count, in a sentence of their own after them
    ("一是加强组织领导;二是完善制度建设。全年共主动公开政府信息172条。", 172),
])
def test_a_total_stated_beside_the_items_is_read(said, total):
    got = values(OFFICE + PROACTIVE + said + "\n")
    assert got.get("disclosure.total") == total, said


# ---------------------------------------------------------------- B. requests in prose

ZONE_OFFICE = "岚峰经济开发区管理委员会办公室2024年政府信息公开工作年度报告\n"
GOV_OFFICE = "岚峰县人民政府办公室2024年政府信息公开工作年度报告\n"
REQUESTS = "二、收到和处理政府信息公开申请情况\n"


@pytest.mark.parametrize("head, said, count", [
    (ZONE_OFFICE, "2024年,区办公室共受理向岚峰经开区管委会、经开区管委会办公室提起的信息公开申请23件,全部依法办理。", 23),
    (OFFICE, "2024年共受理向岚峰县商务局提起的政府信息公开申请8件。", 8),
    (GOV_OFFICE, "全年共收到向县政府、县政府办公室提出的政府信息公开申请31件。", 31),
    (OFFICE, "全年收到向本机关提起的政府信息公开申请17件。", 17),
])
def test_requests_said_with_the_bodies_they_were_addressed_to(head, said, count):
    assert values(head + REQUESTS + said + "\n").get("requests.new|applicant=total") == count, said


@pytest.mark.parametrize("said", [
    "2024年共受理向县政府、县商务局提出的政府信息公开申请8件。",     # one addressee is another body
    "2024年共收到向市商务局提出的政府信息公开申请12件。",            # another level's bureau
    "2024年共收到向岚峰县发展改革局提出的政府信息公开申请5件。",
])
def test_guard_requests_addressed_to_another_body_stay_unread(said):
    assert "requests.new|applicant=total" not in values(OFFICE + REQUESTS + said + "\n"), said


@pytest.mark.parametrize("said", [
    "2024年依申请公开信息数为零;不存在申请不予公开信息。",
    "2024年依申请公开政府信息数量为0。",
    "本局依申请公开信息件数为零。",
    "岚峰县商务局未收到各类有关本单位政府信息事务公开的申请书,也未收到公民、法人或其他组织提出的政府信息公开申请书。",
    "本年度未收到公民、法人或其他组织通过信函、网络等方式提出的政府信息公开申请书。",
])
def test_no_requests_said_as_a_count_of_zero_or_no_application_form(said):
    assert values(OFFICE + REQUESTS + said + "\n").get("requests.new|applicant=total") == 0, said


@pytest.mark.parametrize("said", [
    "2024年依申请公开信息数为0.5万条。",           # no count of requests
    "本年度未收到行政复议申请书。",                 # a review's form
])
def test_guard_other_zeros_are_no_requests(said):
    assert "requests.new|applicant=total" not in values(OFFICE + REQUESTS + said + "\n"), said


# ---------------------------------------------------------------- B. channels listed before a bare 公开 (P4)

@pytest.mark.parametrize("said, total", [
    ("坚持公开为常态,及时准确地公开各类信息,全年,通过政府门户网站、单位政务公开专栏公开政府信息31条。", 31),
    ("2024年,通过县政府网站和本局政务公开专栏公开政府信息57条。", 57),
    ("全年通过县政府网站、政务新媒体、政务公开栏公开政府信息64条。", 64),
])
def test_channels_listed_before_a_bare_disclosure_verb_give_the_total_where_nothing_else_counts(said, total):
    got = values(OFFICE + PROACTIVE + said + "\n(二)依申请公开情况\n全年收到政府信息公开申请3件。\n")
    assert got.get("disclosure.total") == total, said
    assert "disclosure.via_website" not in got, said


@pytest.mark.parametrize("said", [
    "全年通过政府门户网站、政务公开栏公开政府信息42条,通过政务微博发布信息19条。",      # another channel beside it
    "全年通过政府门户网站、政务公开栏公开政府信息42条。\n此外,政务微博发布信息19条。",
    "局公开栏张贴信息25条。\n全年通过政府门户网站、政务公开栏公开政府信息42条。",          # a count before, in its section
])
def test_guard_channels_listed_beside_another_count_are_no_total(said):
    got = values(OFFICE + PROACTIVE + said + "\n")
    assert got.get("disclosure.total") != 42, said


# ---------------------------------------------------------------- C. metadata

OPENING = ("根据《中华人民共和国政府信息公开条例》规定编制本报告。报告所列数据期限为2024年1月1日至2024年12月31日。\n一、总体情况\n"
           "2024年,{self}坚持以人民为中心,围绕{province}总体部署,持续深化政府信息公开。全年通过{dept}门户网站主动公开政府信息"
           "{n}条。\n")


@pytest.mark.parametrize("dept, self, province, code", [
    ("甘肃林业和草原局", "我局", "省委省政府", "620000"),
    ("四川文化和旅游厅", "我厅", "省委、省政府", "510000"),
    ("广西生态环境厅", "本厅", "我省", "450000"),
    ("青海乡村振兴局", "我局", "我省", "630000"),
])
def test_a_provinces_department_named_by_its_short_name_is_the_provinces(dept, self, province, code):
    report = reportparse.parse_text(OPENING.format(dept=dept, self=self, province=province, n=137))
    assert report.issuer.region.code == code
    assert (report.issuer.name, report.issuer.kind) == (dept, "department")


@pytest.mark.parametrize("dept, self, province", [
    ("甘肃林业和草原局", "我中心", "省委省政府"),      # the text speaks as no such department
    ("甘肃林业和草原局", "我局", "市委市政府"),        # nor as a province
    ("甘肃天水林业局", "我局", "我省"),                # a city's bureau: the province would be coarser
    ("吉林林业局", "我局", "我省"),                    # a short name that is a city's too
])
def test_guard_a_short_name_settles_no_province_unless_the_text_speaks_as_its_department(dept, self, province):
    report = reportparse.parse_text(OPENING.format(dept=dept, self=self, province=province, n=137))
    assert report.issuer.region.code is None


@pytest.mark.parametrize("title, name", [
    ("岚峰县政府办2024年政府信息公开工作年度报告\n", "岚峰县政府办"),
    ("青禾区人民政府办2024年政府信息公开工作年度报告\n", "青禾区人民政府办"),
    ("2024年度岚峰市政府办政府信息公开工作年度报告\n", "岚峰市政府办"),
])
def test_a_governments_office_said_short_is_its_general_office(title, name):
    report = reportparse.parse_text(title + "一、总体情况\n2024年,我办主动公开政府信息58条。\n")
    assert (report.issuer.name, report.issuer.kind) == (name, "general_office")


def test_guard_an_office_of_the_government_named_by_its_work_stays_a_department():
    report = reportparse.parse_text("岚峰县政府法制办2024年政府信息公开工作年度报告\n一、总体情况\n2024年,我办主动公开政府信息58条。\n")
    assert report.issuer.kind == "department"


ZONE = ("本报告由{office}按照《中华人民共和国政府信息公开条例》要求编制。本报告中所列数据的统计期限自2024年1月1日起至2024年12月31日止。\n"
        "一、总体情况\n2024年,{self}深入贯彻落实《条例》,扎实推进政府信息公开工作。全年主动公开政府信息{n}条。\n")


@pytest.mark.parametrize("office", ["岚峰高新区党政办公室", "青禾经济开发区党政综合办公室", "岚峰新区党政办"])
def test_a_zones_office_that_compiled_the_report_and_calls_itself_this_organ_is_the_issuer(office):
    report = reportparse.parse_text(ZONE.format(office=office, self="本机关", n=211))
    assert (report.issuer.name, report.issuer.kind) == (office, "general_office")


def test_guard_a_zones_office_whose_text_speaks_as_the_zone_compiled_the_zones_report():
    report = reportparse.parse_text(ZONE.format(office="岚峰高新区党政办公室", self="我区", n=211))
    assert (report.issuer.name, report.issuer.kind) == ("岚峰高新区", "government")


# (a mirror's copy glosses characters all through its text: the glosses go where the text holds five or more)
TRAD_BODY = ("根據(jù)《中華人民共和國政府信息公開條例》要求,特向社會公布2023年度青禾縣民族宗教事務(wù)局政府信息公開工作年度報告。"
             "數(shù)據(jù)統(tǒng)計期限為2023年1月1日至2023年12月31日。\n一、總(zǒng)體情況\n2023年,我局主動(dòng)公開政府信息58條。\n")


@pytest.mark.parametrize("header, title", [
    ("| 標 題 | 青禾縣(xiàn)民族宗教事務(wù)局2023年政府信息公開(kāi)工作年度報(bào)告 | ||\n| 索引號 | 0001/2024-00459 | 文 號 | |\n",
     "青禾縣民族宗教事務局2023年政府信息公開工作年度報告"),
    ("| 標題 | 岚峰縣(xiàn)統(tǒng)計局2023年度政府信息公開工作年度報告 |\n| 發(fā)布日期 | 2024-01-26 |\n",
     "岚峰縣統計局2023年度政府信息公開工作年度報告"),
    ("| 題 目 | 岚峰縣(xiàn)審計局2023年政府信息公開(kāi)年度報(bào)告 |\n", "岚峰縣審計局2023年政府信息公開年度報告"),
    ("標題: 岚峰縣(xiàn)審計局2023年政府信息公開(kāi)年度報(bào)告\n", "岚峰縣審計局2023年政府信息公開年度報告"),
])
def test_a_title_cell_in_traditional_script_with_pinyin_glosses_is_the_title(header, title):
    for document in (header + TRAD_BODY, (header + TRAD_BODY).encode()):
        report = reportparse.parse_text(document) if isinstance(document, str) else reportparse.parse(document)
        assert report.title == title
        assert not any("no title line" in w for w in report.warnings)


def test_guard_a_title_cell_that_names_no_report_is_not_the_title():
    report = reportparse.parse_text("| 標 題 | 通知公(gōng)告 | ||\n" + TRAD_BODY)
    assert report.title != "通知公告"


PREAMBLE = "根据《中华人民共和国政府信息公开条例》规定编制本报告。报告数据统计期限为2025年1月1日至2025年12月31日。\n"


@pytest.mark.parametrize("opening, name, kind, code", [
    ("根据《中华人民共和国政府信息公开条例》的有关要求,现就永春县行政服务中心2016年度政府信息公开工作情况报告如下。\n"
     "一、概述\n2016年,我中心主动公开政府信息35条。\n", "永春县行政服务中心", "department", "350525"),
    ("根据《条例》要求,现就泉州市生态环境局2024年度政府信息公开工作开展情况报告如下:\n一、总体情况\n全年主动公开政府信息96条。\n",
     "泉州市生态环境局", "department", "350500"),
    # (a paragraph's indent of full-width spaces a crawler turned into '?': the opening sentence's subject still read)
    ("??" + PREAMBLE + "??一、总体情况\n??2025年,福建省人民政府办公厅坚持以人民为中心,扎实推进政务公开。\n",
     "福建省人民政府办公厅", "general_office", "350000"),
    ("\ufffd\ufffd" + PREAMBLE + "\ufffd\ufffd一、总体情况\n\ufffd\ufffd2025年,泉州市生态环境局认真贯彻落实《条例》,持续深化政务公开。\n",
     "泉州市生态环境局", "department", "350500"),
])
def test_the_issuer_a_title_less_opening_names(opening, name, kind, code):
    report = reportparse.parse_text(opening)
    assert (report.issuer.name, report.issuer.kind, report.issuer.region.code) == (name, kind, code)


@pytest.mark.parametrize("opening", [
    "??" + PREAMBLE + "??一、总体情况\n??2025年,泉州市坚持以人民为中心,扎实推进政务公开。\n",
    "根据《条例》的有关要求,现就永春县2016年度政府信息公开工作情况报告如下。\n一、概述\n2016年,全县扎实推进政务公开。\n",
])
def test_guard_a_bare_place_is_no_issuer(opening):
    assert reportparse.parse_text(opening).issuer.name is None
