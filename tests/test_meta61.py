"""The issuer's region (meta61): real place names, since their codes are the point; the report texts are invented.

- room: regions.py's cited-notice-maker helpers live in region_cited.py, the bodies of the central state in
  region_national.py; what they mask and refuse is unchanged (a place cited as a rule's maker; 教育部 has no region);
- weak aliases (data/region_aliases.tsv strength=weak): two-character short forms a surname or a word may read as
  (阿旗, 克旗, 喀旗, 翁旗, 陈旗, 准旗, 达旗, 伊旗, 鄂旗, 额旗, 呼市, 阿盟) count in a title as its issuer (at its start,
  before its government), in the opening before 人民政府/政府, or where the text names their province or city (内蒙古,
  赤峰, 呼伦贝尔); never a person's name in another province's report (陈旗局长 in a 北京 text), never inside a word
  (传达旗委, 招呼市民), never a department's opening with no place of its own agreeing (陈旗教育局 alone);
- a township's report whose opening names a prefecture (甘孜州, in the notice it was compiled under too) and whose
  first pages name no county, and above it only its province: the prefecture, never a county guessed; two prefectures
  named, or another province: no code; a county named: the county; a prefecture named only past the opening (a
  signature, a portal: test_metadata_hunt32b, test_heldout_classes_56d) or not a township's report: no code;
- a body's unified social credit code in its page's header (索引号: 11…/2023-00012, 索 引 号 |, 统一社会信用代码：), an
  organ's (11) or a public institution's (12), its check character holding: the division that registered it, where
  the title and opening settle nothing; never a code whose check fails, a company's (91…), another index scheme
  (005452065/2016-00001), two divisions, a placeholder (410401 市辖区), one past the header, nor over a title's place;
- a zone named after its city's stem by the 新技术开发区 form (武汉东湖新技术开发区党政办公室): the city, as the other zone
  words; a stem no city bears: none; a site's name with a dot after 中国/魅力 (“中国·兰州”门户网, “中国•南平”网站,
  “魅力·永嘉”): its place, as without the dot; two sites named: none;
- a place right after the word that says the issuer follows it (根据四川省政府信息公开目录管理系统…, 按照某市人民政府要求,
  依据, 遵照): the maker of what is followed, not the issuer — its own place named again outside stays, a county so
  named settles as a cited county (按照永嘉县委、县政府部署, 我局…), a place not after such a word still names the issuer.
"""
from __future__ import annotations

import pytest

from reportparse import region_cited, region_national
from reportparse.regions import find_region

_TITLE = "{name}{year}年政府信息公开工作年度报告"
_UNTITLED = "{year}年政府信息公开工作年度报告"


def _code(title: str, body: str = "", year: int = 2023, township: bool = False) -> str | None:
    r = find_region(title, body, year, township)
    return r.code if r else None


# ---- room: the moved helpers keep their jobs ------------------------------------------------------------------------

def test_cited_spans_cover_a_cited_title_and_its_maker():
    body = "根据岚峰省人民政府办公厅《关于做好年报工作的通知》要求，青禾镇编制本报告。"
    spans = region_cited.cited_spans(body, [])
    assert [body[a:b] for a, b in spans] == ["《关于做好年报工作的通知》"]
    assert region_cited.cited_spans("青禾镇编制本报告，公开信息27条。", []) == []


def test_national_bodies_have_no_region_and_a_local_bureau_is_no_national_body():
    assert region_national.national_body("教育部办公厅")
    assert not region_national.national_body("厦门市国家税务局")
    assert _code("教育部2023年政府信息公开工作年度报告", "本部在北京市西城区办公，公开信息41条。") is None


# ---- weak aliases ---------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("name, code", [
    ("阿旗人民政府", "150421"), ("克旗教育局", "150425"), ("喀旗", "150428"), ("翁旗政府", "150426"),
    ("陈旗人民政府办公室", "150725"), ("准旗财政局", "150622"), ("达旗人民政府", "150621"), ("伊旗", "150627"),
    ("鄂旗人民政府", "150624"), ("额旗政府", "152923"), ("呼市教育局", "150100"), ("阿盟行政公署", "152900"),
])
def test_a_weak_alias_as_the_titles_issuer(name, code):
    assert _code(_TITLE.format(name=name, year=2023)) == code


@pytest.mark.parametrize("body, code", [
    ("2023年，陈旗人民政府办公室认真贯彻《条例》，主动公开信息63条。", "150725"),           # its government: the issuer
    ("2023年，在呼伦贝尔市委领导下，陈旗教育局主动公开信息63条。", "150725"),               # its city named
    ("2023年，内蒙古自治区赤峰市阿旗交通运输局主动公开信息29条。", "150421"),              # right after its city
    ("一、总体情况\n克旗卫生健康委员会2023年主动公开信息18条，赤峰市要求的栏目全部开设。", "150425"),
])
def test_a_weak_alias_in_an_untitled_opening_where_the_text_agrees(body, code):
    assert _code(_UNTITLED.format(year=2023), body) == code


@pytest.mark.parametrize("body, want", [
    ("2023年，北京市岚峰中心公开信息44条。陈旗局长主持召开专题会议，部署年报工作。", "110000"),  # a person, 北京's text
    ("本中心2023年公开信息44条，陈旗同志到区政府汇报工作。", None),
    ("2023年，陈旗教育局主动公开信息63条。", None),              # a department, no place of it agreeing: not settled
    ("2023年，我旗认真传达旗委要求，在内蒙古自治区的指导下公开信息52条。", "150000"),        # 传达旗委: no 达旗
    ("2023年，新城区人民政府公开信息71条，工作人员主动招呼市民查阅。", None),             # 招呼市民: no 呼市
])
def test_guard_a_weak_alias_read_as_a_word_or_a_name(body, want):
    assert _code(_UNTITLED.format(year=2023), body) == want


def test_guard_a_weak_alias_never_settles_a_shared_name_by_count():
    # 新城区 is 呼和浩特's and 西安's: 西安 named once settles it, 呼市 read inside 招呼市民 twice does not count
    body = "新城区人民政府2023年公开信息71条。招呼市民查阅，招呼市民咨询。本区属西安市。"
    assert _code(_UNTITLED.format(year=2023), body) == "610102"


# ---- a township's prefecture ----------------------------------------------------------------------------------------

_TOWN = "2021年，青禾镇将政府信息公开工作纳入日常工作。根据{cite}要求，我镇编制了本年度报告。"
_FILL = "一、总体情况\n我镇主动公开各类信息37条，在微信平台发布动态信息58条，办理依申请公开3件。" * 10


@pytest.mark.parametrize("body, code", [
    (_TOWN.format(cite="《甘孜州人民政府办公室关于做好年度报告的通知》"), "513300"),
    (_TOWN.format(cite="四川省人民政府办公厅和《甘孜州人民政府办公室办文通知》"), "513300"),
    ("根据四川省政务公开工作要求，" + _TOWN.format(cite="《甘孜州政务公开要点》"), "513300"),     # province named: its prefecture
    (_TOWN.format(cite="《凉山州人民政府办公室通知》"), "513400"),
    (_TOWN.format(cite="《赤峰市人民政府办公室通知》"), "150400"),
])
def test_a_townships_prefecture_where_no_county_is_named(body, code):
    assert _code("", body, 2021, township=True) == code


@pytest.mark.parametrize("body, township, want", [
    (_TOWN.format(cite="《甘孜州办文通知》") + _FILL + "我镇与阿坝州某镇结对交流。", True, None),    # two prefectures
    (_TOWN.format(cite="《甘孜州办文通知》") + _FILL + "我镇学习浙江省经验。", True, None),       # another province
    (_TOWN.format(cite="《甘孜州办文通知》") + _FILL + "新龙县人民政府要求各乡镇按时公开。", True, "513329"),  # a county
    (_TOWN.format(cite="《甘孜州办文通知》"), False, None),                                     # not a township's
    (_TOWN.format(cite="上级通知") + _FILL + "甘孜州政务公开检查组到我镇指导。", True, None),    # past the opening only
])
def test_guard_a_townships_prefecture(body, township, want):
    assert _code("", body, 2021, township=township) == want


# ---- a body's credit code in its page's header ----------------------------------------------------------------------

_PLAIN = "\n本报告依据《条例》编制。我局主动公开信息35条，受理依申请公开7件，均按时答复。\n"


@pytest.mark.parametrize("header, code", [
    ("索引号: 11150725MB1234567F/2023-00012", "150725"),
    ("索 引 号 | 12513329MB7654321X | 发布机构 |", "513329"),       # a public institution, spaced label
    ("统一社会信用代码：11440100MB1357924A", "440100"),
    ("索引号：11460000MB9753124Y/2023-00003", "460000"),
])
def test_a_credit_code_in_the_header_places_the_body(header, code):
    assert _code(_UNTITLED.format(year=2023), header + _PLAIN) == code


@pytest.mark.parametrize("header", [
    "索引号: 11150725MB1234567G/2023-00012",           # check character fails
    "索引号：91150725MA12345675",                       # a company's, registered by another authority
    "索引号：005452065/2016-00001",                     # another scheme
    "索引号：307021102000001300",
    "索引号：11150725MB1234567F 统一社会信用代码：11440100MB1357924A",      # two divisions
    "索引号：11410401MB1122334A/2023-00001",            # 市辖区: a placeholder, no region
    "发布日期：2024-01-10" + "。" * 1600 + "索引号：11150725MB1234567F",   # past the header
])
def test_guard_a_credit_code_that_places_nothing(header):
    assert _code(_UNTITLED.format(year=2023), header + _PLAIN) is None


def test_guard_a_credit_code_never_overrides_the_titles_place():
    body = "索引号：11150725MB1234567F/2023-00012" + _PLAIN
    assert _code(_TITLE.format(name="鲤城区人民政府", year=2023), body) == "350502"
    assert _code(_TITLE.format(name="鲤城区人民政府", year=2023), "索引号：11350502MB44332211" + _PLAIN) == "350502"


# ---- a zone's 新技术开发区 form; a site's name with a dot ----------------------------------------------------------

@pytest.mark.parametrize("title, code", [
    ("武汉东湖新技术开发区党政办公室2025年政府信息公开工作年度报告", "420100"),
    ("武汉东湖新技术开发区财政局2024年政府信息公开工作年度报告", "420100"),
    ("福州青禾新技术开发区管理委员会2024年政府信息公开工作年度报告", "350100"),
    ("岚州东湖新技术开发区党政办公室2025年政府信息公开工作年度报告", None),          # no city's stem
])
def test_a_zone_by_its_citys_stem_in_the_new_technology_form(title, code):
    assert _code(title, "现将本办公室年度报告公布如下，主动公开信息83条。", 2025) == code


@pytest.mark.parametrize("site, code", [
    ("通过“中国·兰州”门户网(www.example.gov.cn)查阅主动公开的政府信息", "620100"),
    ("本报告电子版可在“中国•南平”网站下载", "350700"),
    ("本报告电子版可在“魅力·永嘉”网站下载", "330324"),
    ("本报告电子版可在“中国·兰州”网站和“中国·南平”网站下载", None),                   # two sites
])
def test_a_sites_name_with_a_dot_after_its_prefix(site, code):
    assert _code("", "一、总体情况\n" + site + "。本年度主动公开信息64条。", 2011) == code


# ---- a place right after the word that says the issuer follows it --------------------------------------------------

@pytest.mark.parametrize("opening", [
    "2020年，我局根据四川省政府信息公开目录管理系统相关内容，及时发布工作动态49条。",
    "按照福建省人民政府统一部署，我局主动公开信息49条。",
    "依据泉州市人民政府办公室要求，我中心主动公开信息49条。",
    "遵照浙江省政务公开工作要点，我局主动公开信息49条。",
])
def test_a_place_the_issuer_follows_is_not_the_issuer(opening):
    assert _code("", opening, 2020) is None


@pytest.mark.parametrize("opening, code", [
    ("根据泉州市人民政府要求，泉州市统计局主动公开信息49条。", "350500"),      # its own place named again
    ("按照永嘉县委、县政府部署，我局主动公开信息49条。", "330324"),              # a county followed: the cited county
    ("2020年，四川省审计厅根据条例要求主动公开信息49条。", "510000"),           # not after a follow word
    ("2020年，我局在四川省政府信息公开目录管理系统发布信息49条。", "510000"),
])
def test_guard_the_issuers_own_place_stays(opening, code):
    assert _code("", opening, 2020) == code
