"""heldout55b's metadata classes (classes55r). Texts are invented."""
from __future__ import annotations

import pytest

import reportparse
from reportparse.regions import find_region


# C1: the Horqin banners' short names (科右前旗 …) are their region aliases, as 莫旗 is.
@pytest.mark.parametrize("short, code", [("科右前旗", "152221"), ("科右中旗", "152222"),
                                         ("科左中旗", "150521"), ("科左后旗", "150522")])
def test_horqin_banner_short_name_in_the_title(short, code):
    r = find_region(f"{short}农牧局2024年政府信息公开工作年度报告", "", 2024)
    assert (r.code, r.level, r.province) == (code, "county", "内蒙古自治区")


def test_horqin_banner_short_name_in_an_untitled_opening():
    text = ("根据《中华人民共和国政府信息公开条例》要求,现将本镇2024年度政府信息公开工作情况报告如下。"
            "本报告电子版可在科右中旗政府门户网站查阅。\n一、总体情况\n2024年,主动公开政府信息83条。\n")
    doc = reportparse.parse_text(text)
    assert doc.issuer.region is not None and doc.issuer.region.code == "152222"


def test_other_horqin_name_not_taken_for_a_short_name():
    # 科尔沁区 (150502) is a district, not a banner: its own name still resolves to it
    assert find_region("科尔沁区人民政府2024年政府信息公开工作年度报告", "", 2024).code == "150502"


# A1: an untitled page whose sentences name the body itself as the subject of its figures, 公开 said bare after the
# channel (X街道办事处通过区门户网站公开信息N条) and a receipt denied (X街道办事处未收到…申请): that body is the issuer, its
# figures its own.
_PREAMBLE = "根据《中华人民共和国政府信息公开条例》要求,编制本报告。\n一、总体情况\n(一)主动公开情况\n"


def _untitled(first: str, second: str) -> str:
    return (_PREAMBLE + first + "\n(二)依申请公开情况\n" + second + "\n(三)政府信息管理情况\n完善审核制度。\n"
            "(四)政府信息公开平台建设情况\n及时更新栏目。\n(五)监督保障情况\n接受社会监督。\n")


@pytest.mark.parametrize("first, second, name, kind, website", [
    ("2024年青枫街道办事处通过松川区门户网站公开信息73条,其中发布工作动态类信息41条。",
     "2024年度,青枫街道办事处未收到依申请公开申请。", "青枫街道办事处", "township", 73),
    ("2023年,白桦镇人民政府通过县政府网站公开信息47条,其中发布镇工作动态29条。",
     "2023年,白桦镇人民政府没有收到政府信息公开申请。", "白桦镇人民政府", "township", 47),
    ("2024年,松川区农业农村局在区政府门户网站公开信息58条。",
     "2024年,松川区农业农村局共收到政府信息公开申请3件。", "松川区农业农村局", "department", 58),
])
def test_body_named_as_its_figures_subject_is_the_issuer(first, second, name, kind, website):
    doc = reportparse.parse_text(_untitled(first, second))
    assert (doc.issuer.name, doc.issuer.kind) == (name, kind)
    assert doc.value("disclosure.via_website") == website


@pytest.mark.parametrize("first, second", [
    # two bodies, each said once: neither is the one reporting
    ("2024年青枫街道办事处通过松川区门户网站公开信息73条。", "2024年度,红岭街道办事处未收到依申请公开申请。"),
    # 公开 bare with no channel before it is no figure of the subject (its work, not a count said of it)
    ("2024年青枫街道办事处公开信息73条。", "2024年度,青枫街道办事处未收到依申请公开申请。"),
    # the area's streets: no body's own figures
    ("2024年各街道办事处通过松川区门户网站公开信息73条。", "2024年度,各街道办事处未收到依申请公开申请。"),
])
def test_no_issuer_where_the_subject_is_not_settled(first, second):
    doc = reportparse.parse_text(_untitled(first, second))
    assert doc.issuer.name is None
    assert doc.value("disclosure.via_website") is None


# T: a site's menu line of short items is never the title where a dated title follows; a labelled issuer (发文机构：X)
# taken where nothing else names one; X市城市管理委员会 is a department (管理委员会 after a department's field word).
@pytest.mark.parametrize("menu", ["在线访谈 政府文件 信息公开年报", "首页 主动公开 政策解读 年度报告",
                                  "政务动态  政府信息公开  工作年报"])
def test_a_menu_line_yields_to_the_dated_title_below(menu):
    text = (f"{menu}\n\n云岭州2013年政府信息公开工作年度报告\n\n本年度报告根据《中华人民共和国政府信息公开条例》编制。\n"
            "一、概述\n2013年,全州主动公开政府信息1274条。\n")
    doc = reportparse.parse_text(text)
    assert doc.title == "云岭州2013年政府信息公开工作年度报告"
    assert doc.issuer.name == "云岭州"


def test_an_undated_title_under_no_menu_stays():
    text = "松川县人民政府信息公开年度报告\n\n一、概述\n2013年,全县主动公开政府信息318条。\n"
    assert reportparse.parse_text(text).title == "松川县人民政府信息公开年度报告"


@pytest.mark.parametrize("label, name, kind", [
    ("  • 发文机构:青川县人民政府", "青川县人民政府", "government"),
    ("发文机关:青川县水利局", "青川县水利局", "department"),
    ("· 发文单位:青川县白桦镇人民政府", "青川县白桦镇人民政府", "township"),
])
def test_a_labelled_issuer_is_taken_under_a_title_naming_no_one(label, name, kind):
    text = (f"2023年度政府信息公开年度报告\n\n  • 索引号:qcx/2024-00017\n{label}\n  • 发布日期:2024-02-21\n\n"
            "根据《中华人民共和国政府信息公开条例》要求,现向社会公布本报告。\n一、总体情况\n主动公开政府信息266条。\n")
    doc = reportparse.parse_text(text)
    assert (doc.issuer.name, doc.issuer.kind) == (name, kind)


@pytest.mark.parametrize("label", ["  • 发布机构:青川县人民政府", "  • 发文机构:", "  • 发文机构:公开"])
def test_no_labelled_issuer_from_a_publisher_or_an_empty_field(label):
    text = (f"2023年度政府信息公开年度报告\n\n{label}\n\n"
            "根据《中华人民共和国政府信息公开条例》要求,现向社会公布本报告。\n一、总体情况\n主动公开政府信息266条。\n")
    assert reportparse.parse_text(text).issuer.name is None


@pytest.mark.parametrize("name, kind", [
    ("海河市城市管理委员会", "department"), ("海河市城乡建设管理委员会", "department"),
    ("海河经济技术开发区管理委员会", "government"), ("海河高新技术产业开发区管委会", "government"),
])
def test_management_committee_kind(name, kind):
    doc = reportparse.parse_text(f"{name}2024年政府信息公开工作年度报告\n一、总体情况\n2024年,主动公开政府信息1139条。\n")
    assert (doc.issuer.name, doc.issuer.kind) == (name, kind)
