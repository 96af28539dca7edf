"""Classes of the held-out sets 57b/57c (stop 58, leads58). Every title, body and figure is invented; places are
real (GB/T 2260) only where a region is asserted.

a. a place printed as the maker of a title the opening follows (依据…和内蒙古自治区《…制度》要求) is not the issuer's;
   a government's office that compiled a department's report (由X县人民政府办公室编制 … 我局…) is not its issuer.
b. an untitled page whose site footer stands above 一、总体情况, or that opens at 一、总体情况 with no preamble.
c. prose: 未收到申请公开, 无受理…申请件, outcome label + 申请 + count, a website's count of 各类文字、图片信息.
d. metadata: a '- 标题:' list label, 由X局编写了…年度报告, a CMS list's two dates beside the title, a mirror's spam in
   place of a place's name.
"""
from __future__ import annotations

import pytest

import reportparse
from reportparse.errors import NotAnnualReportError
from reportparse.regions import find_region


def values(text: str) -> dict:
    r = reportparse.parse_text(text)
    return {k.replace("|applicant=total", ""): v for k, v in r.values().items() if v is not None}


# ---------------------------------------------------------------- a1. a cited title's maker is not the region

REST = ("\n一、总体情况\n2021年,市政府办公室认真贯彻落实《中华人民共和国政府信息公开条例》。\n(一)主动公开政府信息情况\n"
        "1.公开途径为本级人民政府网。全年主动公开政府信息37条。\n")


@pytest.mark.parametrize("opening", [
    "依据《中华人民共和国政府信息公开条例》和内蒙古自治区《政府信息公开年度报告制度》要求,现报告我办2021年度政务公开工作情况。",
    "根据河北省人民政府办公厅《关于做好2021年政府信息公开工作年度报告编制工作的通知》要求,现报告我局2021年度政府信息公开工作情况。",
    "按照陕西省政务公开办公室《关于做好年度报告工作的通知》要求,编制本报告。",
])
def test_the_maker_of_a_followed_title_is_not_the_region(opening):
    assert find_region("", opening + REST, 2021) is None


@pytest.mark.parametrize("opening, code", [
    # the body's own place in the opening is read past the maker
    ("按照陕西省《政府信息公开工作年度报告格式》要求,岚皋县统计局编制本报告。", "610925"),
    ("岚皋县统计局依据《条例》和陕西省《政府信息公开工作年度报告格式》要求,编制本报告。", "610925"),
    # a county's notice it was compiled under: that county, as its title cited alone says (hunt37b)
    ("根据岚皋县人民政府办公室《关于做好2021年政府信息公开工作年度报告编制工作的通知》要求,编制本报告。", "610925"),
    # guards: the body itself named before the statute, and the report's own title handed over
    ("内蒙古自治区林业和草原局根据《中华人民共和国政府信息公开条例》要求编制本报告。", "150000"),
    ("根据《条例》要求,现将岚皋县《2021年政府信息公开工作年度报告》公布如下。", "610925"),
])
def test_guard_the_bodys_own_place_stays(opening, code):
    assert find_region("", opening + REST, 2021).code == code


# ---------------------------------------------------------------- a2. the compiling office is no department's issuer

FIG = "\n一、总体情况\n(一)主动公开情况\n2021年,{s}主动公开政府信息37条。\n(二)依申请公开情况\n2021年,{s}收到政府信息公开申请13件。\n"
STATUTE = "本报告依据《中华人民共和国政府信息公开条例》规定,"


@pytest.mark.parametrize("compiler, subject, issuer", [
    ("由岚皋县人民政府办公室编制。", "我局", None),                      # a department's report: its name unsaid
    ("由岚皋县人民政府办公室编制。岚皋县统计局认真贯彻落实《条例》。", "县统计局", "岚皋县统计局"),
    ("由岚皋县统计局办公室编制。", "我局", "岚皋县统计局"),               # the bureau's own office: the bureau
    ("由岚峰高新区党政办公室编制。", "我区", "岚峰高新区"),               # a zone's own office: the zone
])
def test_a_compiling_office_is_not_the_issuer_of_another_bodys_report(compiler, subject, issuer):
    assert reportparse.parse_text(STATUTE + compiler + FIG.format(s=subject)).issuer.name == issuer


@pytest.mark.parametrize("compiler, subject, issuer", [
    ("由岚皋县人民政府办公室编制。", "全县", "岚皋县人民政府"),           # the whole county's report (as before)
    ("由岚皋县人民政府办公室编制。", "我办", "岚皋县人民政府办公室"),     # the office's own
    ("由岚皋县蔺河镇党政办公室编制。", "我镇", "岚皋县蔺河镇"),
])
def test_guard_a_governments_or_its_offices_own_report(compiler, subject, issuer):
    assert reportparse.parse_text(STATUTE + compiler + FIG.format(s=subject)).issuer.name == issuer


# ---------------------------------------------------------------- b. genre: a footer above the outline, a bare outline

FOOTERS = [
    "版权所有:岚峰县人民政府 主办单位:岚峰县人民政府办公室 运行维护:某某信息中心\n地址:岚峰县人民路18号 邮编:712345\n"
    "网站标识码:6101230007 陕公网安备 61012302000123号 陕ICP备12001234号-1\n",
    "主办单位:岚峰县人民政府 承办单位:岚峰县大数据中心\n网站标识码:6101230007\n",
]
OUTLINE = ("一、总体情况\n(一)主动公开情况\n2021年岚峰县共主动公开信息共计2371条。其中通过政府网站公开政府信息1893条。\n"
           "(二)依申请公开办理情况\n2021年,岚峰县共收到申请23件。其中,予以公开13件,本机关不掌握相关信息7件。\n"
           "(三)政府信息资源的规范化管理情况\n严格落实审核制度。\n(四)政府信息公开平台建设情况\n优化栏目。\n")


@pytest.mark.parametrize("footer", FOOTERS)
def test_a_site_footer_above_the_outline_is_passed_over(footer):
    assert values(footer + OUTLINE) == {"disclosure.total": 2371, "disclosure.via_website": 1893, "requests.new": 23,
                                        "requests.granted": 13, "requests.unable.not_held": 7}


BARE = ("一、总体情况\n2021年以来,我区严格按照新修订的《中华人民共和国政府信息公开条例》要求,有序开展各项政务公开工作。\n"
        "(一)主动公开政府信息情况\n全年在区政府门户网站主动公开政务信息1467条。\n")


def test_an_outline_with_no_preamble_opens_the_report():
    assert values(BARE)["disclosure.via_website"] == 1467
    assert values(BARE.replace("(一)主动公开政府信息情况", "(一)扎实推进主动公开"))["disclosure.via_website"] == 1467


@pytest.mark.parametrize("text", [
    # a notice, an assessment of others' work, a work summary, no statute cited
    "一、总体情况\n2021年以来,各部门严格按照《中华人民共和国政府信息公开条例》要求开展工作。\n(一)主动公开政府信息情况\n"
    "请认真贯彻执行。特此通知。\n",
    "一、总体情况\n2021年,受委托对全市政务公开工作开展第三方评估,依据《中华人民共和国政府信息公开条例》制定评估指标。\n"
    "(一)主动公开政府信息情况\n各单位平均得分83分。\n",
    "一、总体情况\n2021年以来,我区严格按照《中华人民共和国政府信息公开条例》要求,现将2021年政务公开工作总结如下。\n"
    "(一)主动公开政府信息情况\n全年在区政府门户网站主动公开政务信息1467条。\n",
    "一、总体情况\n2021年以来,我区高度重视政务公开工作。\n(一)主动公开政府信息情况\n全年在区政府门户网站主动公开政务信息1467条。\n",
    # a footer above a plan's outline
    FOOTERS[0] + "一、总体情况\n2021年,各部门要按照本方案抓好落实。\n(一)工作目标\n确保信息公开。\n",
])
def test_guard_other_genres_are_still_refused(text):
    with pytest.raises(NotAnnualReportError):
        reportparse.parse_text(text)


# ---------------------------------------------------------------- c. prose wordings

HEAD = "{t}2023年政府信息公开工作年度报告\n一、总体情况\n(一)主动公开情况\n2023年主动公开政府信息37条。\n(二)依申请公开情况\n"
TOWN, COUNTY, BUREAU = "岚峰县东梁乡人民政府", "岚峰县人民政府", "岚峰县统计局"


def read(sentence: str, title: str = TOWN) -> dict:
    return values(HEAD.format(t=title) + sentence + "\n")


@pytest.mark.parametrize("sentence", [
    "2023年东梁乡未收到申请公开。",
    "2023年,我乡未收到申请公开。",
    "本年度未受理申请公开,无行政复议。",
    "2023年,我乡无受理政府信息公开申请件。",
    "本年度无受理依申请公开申请件。",
])
def test_zero_requests_said_with_the_compound_reversed_or_as_no_receipt_of_a_case(sentence):
    assert read(sentence)["requests.new"] == 0


def test_zero_requests_first_in_a_negated_list_with_a_complaint_between():
    got = read("2023年,我乡无受理政府信息公开申请件及政府信息公开投诉、行政复议及行政诉讼。")
    assert got["requests.new"] == 0 and got["review.total"] == 0


@pytest.mark.parametrize("sentence, title", [
    ("2023年东梁乡未收到申请公开。", COUNTY),                       # a named township's zero in a county's report
    ("2023年,东梁乡无受理政府信息公开申请件。", COUNTY),
    ("无受理政府信息公开申请件逾期答复的情况。", TOWN),               # a request qualified after it
])
def test_guard_zero_requests_of_a_part_or_of_a_qualified_request(sentence, title):
    assert "requests.new" not in read(sentence, title)


def test_an_outcome_label_with_the_noun_before_its_count():
    got = read("2023年共受理政府信息公开申请13件。其中予以公开申请7件,部分公开2件,不予公开3件,无法提供1件。", BUREAU)
    assert (got["requests.new"], got["requests.granted"], got["requests.partially_granted"], got["requests.denied"],
            got["requests.unable"]) == (13, 7, 2, 3, 1)
    got = read("2023年共受理政府信息公开申请19件。其中同意公开申请8件,部分公开申请5件,不予公开申请6件。", BUREAU)
    assert (got["requests.granted"], got["requests.partially_granted"], got["requests.denied"]) == (8, 5, 6)


def test_guard_the_applicants_information_is_no_outcome():
    assert "requests.granted" not in read("2023年共受理政府信息公开申请13件。予以公开申请人的信息7件。", BUREAU)


SITE = "岚峰县某某办2018年政府信息公开工作年度报告\n一、概述\n(一)主动公开情况\n"


@pytest.mark.parametrize("sentence, n", [
    ("(二)在门户网站主动及时发布信息。全年在门户网站发布各类文字、图片信息共905条。除此之外,我办在微博公开政府信息数为566条。", 905),
    ("在门户网站发布各类文字、图片、视频信息共915条,通过政务微博发布信息233条。", 915),
    ("通过县政府门户网站主动公开各类文件、通知、图片信息817条。", 817),
])
def test_a_websites_count_of_kinds_listed_after_each_kind(sentence, n):
    assert values(SITE + sentence + "\n")["disclosure.via_website"] == n


def test_guard_a_websites_kinds_with_no_verb_of_putting_out():
    assert "disclosure.via_website" not in values(SITE + "在门户网站浏览各类文字、图片信息共905条。\n")


# ---------------------------------------------------------------- d. metadata

LISTED = ("- 索引号: 20230611-131248-434\n- 发文机关: 岚峰市人民政府\n- 发布时间: 2022-01-17\n"
          "- 标题: 岚峰市乡村振兴局2021年政府信息公开工作年度报告\n{title}一、总体情况\n(一)主动公开情况\n全年主动公开政府信息41条。\n")


@pytest.mark.parametrize("title", ["岚峰市乡村振兴局2021年政府信息公开工作年度报告\n", ""])
def test_a_list_headers_title_label_is_no_part_of_the_title(title):
    r = reportparse.parse_text(LISTED.format(title=title))
    assert r.title == "岚峰市乡村振兴局2021年政府信息公开工作年度报告"
    assert r.issuer.name == "岚峰市乡村振兴局"


WROTE = ("一、总体情况\n为切实做好政务公开工作,我局不断完善办理流程。本年报是根据《中华人民共和国政府信息公开条例》规定,"
         "由岚峰市城中区生态环境局编写了2022年度政府信息公开工作年度报告。本报告中所列数据的统计期限自2022年1月1日起至"
         "2022年12月31日止。\n(一)主动公开政府信息情况\n全年主动公开政府信息53条。\n")


def test_the_body_that_wrote_the_years_report_is_its_issuer():
    assert reportparse.parse_text(WROTE).issuer.name == "岚峰市城中区生态环境局"
    traditional = WROTE.replace("编写", "編寫").replace("生态环境局", "生態環境局").replace("城中区", "城中區")
    assert reportparse.parse_text(traditional).issuer.name == "岚峰市城中區生態環境局"
    # guard: a body that wrote another document is none
    assert reportparse.parse_text(WROTE.replace("编写了2022年度政府信息公开工作年度报告", "编写了工作简报")).issuer.name is None


CMS_LIST = ("• 005283628/2021-00001\n  • 岚峰区某某街道办事处\n  • 2020年政府信息公开工作年度报告\n  • {a}\n  • {b}\n"
            "岚峰区某某街道办事处2020年政府信息公开工作年度报告\n本报告是根据《中华人民共和国政府信息公开条例》要求编制。"
            "本报告中所列数据的统计期限自2020年1月1日至2020年12月31日止。\n一、总体情况\n全年主动公开政府信息67条。\n")


def test_two_dates_alike_in_the_titles_list_are_the_pages_date():
    assert reportparse.parse_text(CMS_LIST.format(a="2021-01-18", b="2021-01-18")).published == "2021-01-18"
    assert reportparse.parse_text(CMS_LIST.format(a="2021/2/3", b="2021/2/3")).published == "2021-02-03"


def test_guard_two_dates_that_differ_settle_none():
    assert reportparse.parse_text(CMS_LIST.format(a="2021-01-12", b="2021-01-18")).published is None


MIRROR = ("一、总体情况\n2020年,在区委、区政府的正确领导下,{spam}区人民政府北京街道办事处认真贯彻落实《中华人民共和国政府信息公开条例》,"
          "及时准确地向社会公开政府信息。\n(一)主动公开政府信息情况\n全年主动公开政府信息73条。\n")


@pytest.mark.parametrize("spam", ["新葡京博彩官网", "金沙娱乐城网址"])
def test_a_mirrors_words_in_place_of_a_place_leave_the_street_alone(spam):
    assert reportparse.parse_text(MIRROR.format(spam=spam)).issuer.name == "北京街道办事处"


def test_guard_an_office_whose_place_was_lost_keeps_its_government():
    from reportparse.issuer import _without_chrome
    assert _without_chrome("365体育备用网址县人民政府办公室") == "县人民政府办公室"
    assert _without_chrome("区人民政府北京街道办事处首页") == "区人民政府北京街道办事处"


# ---------------------------------------------------------------- d. a street's report naming its county's site only

STREET = ("一、总体情况\n2022年{me}坚持以习近平新时代中国特色社会主义思想为指导,在区委、区政府的正确领导下,认真贯彻落实"
          "《中华人民共和国政府信息公开条例》。现将公开情况报告如下。\n(一)主动公开情况\n政务页面中,{me}共发布信息17条。\n"
          "(二)依申请公开情况\n2022年{me}共收到政府信息公开申请3件。\n(三)政府信息管理\n严格审核。\n"
          "(四)政府信息公开平台建设情况\n" + "进一步规范栏目设置,优化页面内容。" * 60 + "\n依托{site}人民政府网站,及时发布{me}工作动态。\n")


@pytest.mark.parametrize("me", ["我街", "我镇", "本乡"])
def test_a_report_calling_itself_a_towns_word_is_a_towns_and_its_county_the_one_named(me):
    issuer = reportparse.parse_text(STREET.format(me=me, site="天津市南开区")).issuer
    assert (issuer.kind, issuer.region.code) == ("township", "120104")


@pytest.mark.parametrize("me, site", [
    ("我局", "天津市南开区"),                        # another kind's word
    ("我街", "天津市南开区人民政府网站和河西区"),      # two counties
])
def test_guard_no_towns_county_where_it_is_not_settled(me, site):
    assert reportparse.parse_text(STREET.format(me=me, site=site)).issuer.region.code is None
