"""heldout56's metadata classes, with invented reports (names, areas and figures made up; the places real, their codes
the division table's): the region of an area with no code that its city's committee governs, and of a site named by
its province's and its county's names; the issuer of an office that compiled its whole city's report (said in the
sentence that says so), of a department named without its place, of an overview under a preamble of two or three
lines, and the kind of a government's 参事室/研究室; a page's update time (更新时间) is no publish date; a title of its
year and genre alone yields to the title block naming its issuer right under it."""
from __future__ import annotations

import reportparse
from reportparse.issuer import issuer_kind

PREAMBLE = "根据《中华人民共和国政府信息公开条例》规定,编制本报告。\n"
TAIL = "一、总体情况\n2024年,本单位认真贯彻条例,主动公开政府信息37条。\n"


def parse(text: str):
    return reportparse.parse_text(text)


def region(text: str) -> str | None:
    return parse(text).issuer.region.code


# ---------------------------------------------------------------- H. an area its city's committee governs

def committee_page(title: str, committee: str, opening: str = "") -> str:
    return (f"{title}\n{opening}2024年,我乡认真落实条例,规范有序地做好乡政府信息公开工作。\n一、总体情况\n"
            "为方便群众获取信息,我乡建立健全了依申请公开制度,各项工作有序开展,信息发布及时准确,群众满意度不断提升。"
            "各站所按照职责分工,做好本领域信息的采集、审核和发布工作,确保信息内容真实、完整。\n"
            "(一)完善工作机制。建立信息管理员制度,以及信息采集、审核和发布,保密审查和依申请公开等制度,引导各办各站增强信息"
            "公开管理责任意识,进一步加大了政府信息公开力度,每个季度都开展政务信息自查自纠工作。\n"
            "(二)加强网站信息审核。为提高政务信息准确性,严格落实三级签审制,重点信息全面检查,一般信息抽样检查。\n"
            f"二、主动公开政府信息情况\n2024年,通过{committee}门户网站,我乡共主动公开政府信息41条。\n")


def test_an_area_with_no_code_named_with_its_citys_committee_is_the_citys():
    title = "云栖区青禾乡人民政府2024年政府信息公开工作年度报告"
    for committee, want in (("岳阳市云栖区管理委员会", "430600"),      # 管理委员会
                            ("怀化市云栖区管委会", "431200"),          # 管委会
                            ("株洲市云栖新区管理委员会", "430200")):    # the area's name longer
        t = title if "新区" not in committee else title.replace("云栖区", "云栖新区")
        assert region(committee_page(t, committee)) == want, committee
    # … an untitled page whose opening names the area
    page = committee_page("", "岳阳市云栖区管理委员会", opening="根据《中华人民共和国政府信息公开条例》规定,云栖区青禾乡编制本报告。\n")
    assert region(page) == "430600"


def test_guard_a_committee_that_settles_no_area_leaves_the_region_unread():
    # the title names another area than the committee's
    assert region(committee_page("青禾乡人民政府2024年政府信息公开工作年度报告", "岳阳市云栖区管理委员会")) is None
    # two cities' committees of that area named
    page = committee_page("云栖区青禾乡人民政府2024年政府信息公开工作年度报告", "岳阳市云栖区管理委员会")
    assert region(page + "同时报送怀化市云栖区管委会备案。\n") is None


# ---------------------------------------------------------------- H. a site named by its province's and its place's names

def site_page(site: str) -> str:
    return ("根据条例的规定,特向社会公布2024年青禾镇人民政府信息公开工作年度报告。本报告内容涵盖青禾镇人民政府2024年的工作。"
            f"电子版可在{site}网站查询。如对本报告有疑问,请与青禾镇人民政府党政办联系。\n" + TAIL)


def test_a_site_named_by_its_provinces_and_its_places_stems_is_that_place():
    for site, want in (("“福建永春政府网”", "350525"),          # a county's, 政府网
                       ("“湖北宜昌网”", "420500"),               # a city's, 网
                       ("“广东东莞政务网”", "441900")):           # a city's, 政务网
        assert region(site_page(site)) == want, site


def test_guard_a_province_site_that_settles_no_one_place_leaves_the_region_unread():
    for site in ("“湖南长沙网”",          # 长沙市 and 长沙县: two places of that province
                 "“福建宜昌网”",          # no 宜昌 in 福建
                 "“福建永春政府网”网站和“湖北宜昌网”"):     # two places' sites
        assert region(site_page(site)) is None, site


# ---------------------------------------------------------------- I. an office that compiled its whole city's report

def test_an_office_compiling_a_report_of_its_areas_whole_stands_for_the_government():
    for said in ("是2024年云栖市各级政府及部门开展政府信息公开工作的情况",
                 "反映全市政府信息公开工作情况",
                 "汇总了各县区和市直各部门的年度报告"):
        text = (PREAMBLE + f"本报告由云栖市人民政府办公厅编制,{said},"
                "包括概述、主动公开等七个部分。\n一、概述\n2024年,按照省委、省政府的部署,认真贯彻落实条例。\n")
        assert parse(text).issuer.name == "云栖市人民政府", said


def test_guard_an_office_compiling_its_own_report_stays_the_issuer():
    text = (PREAMBLE + "本报告由云栖市人民政府办公厅编制,是本机关2024年开展政府信息公开工作的情况。\n一、概述\n"
            "2024年,按照省委、省政府的部署,认真贯彻落实条例。\n")
    issuer = parse(text).issuer
    assert (issuer.name, issuer.kind) == ("云栖市人民政府办公厅", "general_office")


# ---------------------------------------------------------------- I. a department named without its place

def test_a_department_named_without_its_place_takes_the_settled_regions_name():
    # its title's name, the text printing it after the city's (委 short for 委员会)
    text = ("2024年卫生健康委员会政府信息公开工作年度报告\n发布时间:2025-01-08\n2024年,我委严格按照条例开展工作并编制本报告。"
            "如对本报告有任何疑问,请与绵阳市卫生健康委办公室联系。\n" + TAIL)
    assert parse(text).issuer.name == "绵阳市卫生健康委员会"
    # its kind of place alone before it (县水利局 in 华容县; 市 of a city)
    for place, body, want in (("华容县", "县水利局", "华容县水利局"), ("岳阳市", "市水利局", "岳阳市水利局"),
                              ("华容县", "县政府办", "华容县政府办"), ("岳阳市", "市政府办公室", "岳阳市政府办公室")):
        text = (PREAMBLE + f"一、总体情况\n2024年,{body}严格按照要求,认真贯彻落实条例。\n(一)主动公开情况。2024年{body}以{place}人民政府"
                "门户网站为主要公开平台,公开政府信息37条。\n")
        assert parse(text).issuer.name == want, body


def test_guard_names_whose_place_is_not_settled_stay_as_printed():
    base = (PREAMBLE + "一、总体情况\n2024年,{}严格按照要求,认真贯彻落实条例。\n(一)主动公开情况。2024年{}以{}人民政府门户网站为主要公开平台,"
            "公开政府信息37条。\n")
    for body, place in (("市场监督管理局", "岳阳市"),        # 市场 is no bare 市
                        ("市政工程管理局", "岳阳市"),        # nor 市政 (市政府 is: the other test)
                        ("市容环境卫生管理局", "岳阳市"),
                        ("县水利局", "岳阳市"),              # a county's body in a city's text: not the city's
                        ("市水利局", "华容县")):             # a city's body in a county's text
        assert parse(base.format(body, body, place)).issuer.name == body, body
    # a name the text never prints after the region's
    text = ("2024年卫生健康委员会政府信息公开工作年度报告\n2024年,我委严格按照条例开展工作。地址:绵阳市园艺路1号。\n" + TAIL)
    assert parse(text).issuer.name == "卫生健康委员会"


# ---------------------------------------------------------------- I. an overview's subject under a longer preamble

def test_the_overviews_subject_under_a_preamble_of_two_or_three_lines_is_the_issuer():
    statute = "根据《中华人民共和国政府信息公开条例》规定,青禾高新区管委会积极做好2024年度政府信息公开的各项工作,现将情况报告如下:\n"
    parts = "本年度报告由总体情况、主动公开政府信息情况等部分组成。\n"
    period = "本年度报告中所列数据的统计期限:2024年1月1日至2024年12月31日。\n"
    for preamble in (statute + parts, statute + parts + period, "\n" + statute + period):
        text = preamble + "一、总体情况\n2024年,青禾高新区管委会认真贯彻落实条例,积极主动做好政务公开的各项工作。\n"
        issuer = parse(text).issuer
        assert (issuer.name, issuer.kind) == ("青禾高新区管委会", "government"), preamble


def test_guard_an_overview_whose_subject_is_no_body_still_names_none():
    preamble = PREAMBLE + "本年度报告由总体情况等部分组成。\n"
    for subject in ("在区委的领导下,", "全区各级行政机关"):
        text = preamble + f"一、总体情况\n2024年,{subject}认真贯彻落实条例,做好政务公开工作。\n"
        assert parse(text).issuer.name is None, subject


# ---------------------------------------------------------------- I. kinds

def test_a_governments_counsellors_or_research_office_is_a_department():
    for name in ("云栖省参事室", "云栖省人民政府参事室", "云栖市人民政府研究室", "云栖市政府发展研究室"):
        assert issuer_kind(name, "") == "department", name
    # the general office and a town's office keep their kinds
    assert issuer_kind("云栖市人民政府办公室", "") == "general_office"
    assert issuer_kind("青禾镇人民政府", "") == "township"


# ---------------------------------------------------------------- I. a page's update time

def test_a_pages_update_time_is_no_publish_date():
    for field in ("更新时间:2026-01-05", "更新日期：2026-01-05 10:12", "来源:某某电子政务网 更新时间:2026-01-05",
                  "修改时间: 2026/1/5"):
        report = parse("岚峰省人民政府2025年信息公开工作报告\n" + field + "\n" + TAIL.replace("2024", "2025"))
        assert report.published is None, field
        assert any("update time" in w and "2026-01-05" in w for w in report.warnings), field


def test_the_reports_own_date_beats_the_update_time():
    head = "岚峰省人民政府2025年信息公开工作报告\n"
    body = TAIL.replace("2024", "2025")
    assert parse(head + "更新时间:2026-03-05 发布时间:2026-01-20\n" + body).published == "2026-01-20"
    assert parse(head + "更新时间:2026-03-05\n" + body + "岚峰省人民政府\n2026年1月22日\n").published == "2026-01-22"
    # a bare 时间 field is still read
    assert parse(head + "时间:2026-02-02\n" + body).published == "2026-02-02"


# ---------------------------------------------------------------- I. a title of its year and genre alone

def test_a_year_and_genre_title_yields_to_the_block_naming_its_issuer_below():
    for block, want in (("青禾县云栖镇人民政府\n2024年政府信息公开工作年度报告\n", "青禾县云栖镇人民政府2024年政府信息公开工作年度报告"),
                        ("云栖镇人民政府2024年度政府信息公开工作年度报告\n", "云栖镇人民政府2024年度政府信息公开工作年度报告"),
                        ("\n青禾县水利局\n2024年政府信息公开年度报告\n", "青禾县水利局2024年政府信息公开年度报告")):
        assert parse("2024年政府信息公开工作年度报告\n" + block + TAIL).title == want, block


def test_guard_a_year_and_genre_title_with_no_block_below_stays():
    for below in ("",                                                          # the body right under it
                  "青禾县云栖镇人民政府\n2023年政府信息公开工作年度报告\n",          # another year's block
                  "首页 > 年报\n青禾县云栖镇人民政府\n2024年政府信息公开工作年度报告\n"):   # a breadcrumb between
        assert parse("2024年政府信息公开工作年度报告\n" + below + TAIL).title == "2024年政府信息公开工作年度报告", below
