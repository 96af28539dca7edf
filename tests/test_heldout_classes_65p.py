"""Classes of misses a held-out set (heldout65) showed, each with guards. Texts and figures are invented.

- a report with no title line naming itself as its first sentence's subject under the overview heading, a blank line
  between the heading and the sentence (…编制。⏎⏎一、总体情况⏎⏎2021年,X市人民政府办公室认真落实…): that body is the
  issuer, so its short name as a later count's subject (2021年,X市政府办公室共受理…申请N件) is no part of it;
- a count with no noun opening the sentence after one naming a website as the way (通过区政府门户网站集约化平台,及时发布…
  信息。全年共发布N条): that website's count (disclosure.via_website), never the proactive total; a medium or a list of
  ways named before it is no one site's;
- an amount in a 2019 table's 采购总金额 cell printed with 万 alone (211.509万): 万元; a count's cell printing 万 (1.6万) is
  a rough count, never read.
"""
from __future__ import annotations

import pytest

from reportparse.issuer import untitled_name
from values_read import values_read

# ---- an untitled report naming itself under the overview heading -----------------------------------------------------

_PREAMBLE = ("本年度报告根据《中华人民共和国政府信息公开条例》要求编制,全文包括总体情况、主动公开政府信息情况等。"
             "报告中所列数据统计期限自2021年1月1日起至2021年12月31日止。\n\n")


def _untitled(subject_line: str, counting: str) -> str:
    return (_PREAMBLE + "  一、总体情况\n\n  " + subject_line + "\n\n"
            "  (二)依申请公开情况。提升答复质量,做好依申请公开工作。" + counting + "\n")


_SELF = "2021年,岚峰市人民政府办公室认真落实国家、省关于政务公开工作的部署要求,不断加大主动公开力度。"


def test_an_untitled_report_names_itself_under_its_heading_after_a_blank_line():
    text = _untitled(_SELF, "")
    assert untitled_name(text) == "岚峰市人民政府办公室"


def test_its_short_name_as_the_subject_of_its_counts_is_the_issuer():
    got = values_read(_untitled(_SELF, "2021年,岚峰市政府办公室共受理政府信息公开申请23件,均在法定期限内予以答复,"
                                       "涉及信息公开的行政复议0件。"))
    assert (got.get("requests.new"), got.get("review.total")) == (23, 0)


def test_a_department_as_the_subject_stays_a_part():
    got = values_read(_untitled(_SELF, "2021年,岚峰市教育局共受理政府信息公开申请9件,均在法定期限内予以答复。"))
    assert "requests.new" not in got


def test_an_opening_naming_no_body_leaves_the_office_a_part():
    got = values_read(_untitled("2021年,在市委、市政府的领导下,全市各级行政机关认真落实政务公开工作部署。",
                                "2021年,岚峰市政府办公室共受理政府信息公开申请23件,均在法定期限内予以答复。"))
    assert "requests.new" not in got


# ---- a website named in the sentence before a bare count ----------------------------------------------------------

_PRO = "岚峰区某街道2025年政府信息公开工作年度报告\n一、总体情况\n(一)主动公开情况\n"


def test_a_bare_count_after_a_website_as_the_way_is_the_sites():
    got = values_read(_PRO + "本年度,我街道持续推进“五公开”。通过区政府门户网站集约化平台,及时发布财政预决算、民生服务等"
                             "重点领域信息。全年共发布318条,其中财政决算3条,通知公告类29条。\n")
    assert got.get("disclosure.via_website") == 318
    assert "disclosure.total" not in got


def test_a_bare_count_after_the_site_of_a_bureau_is_the_sites():
    got = values_read(_PRO + "依托区人力资源和社会保障局门户网站,及时公开各类政务信息。本年度共公开64条。\n")
    assert got.get("disclosure.via_website") == 64
    assert "disclosure.total" not in got


@pytest.mark.parametrize("before", [
    "通过区政府门户网站和微信公众号,及时发布各类政务信息。",        # two ways: no one site's
    "通过区政府网站、街道公开栏等渠道及时发布各类政务信息。",
    "通过街道微信公众号及时发布各类政务信息。",                      # a medium's
])
def test_ways_listed_or_a_medium_before_the_count_are_no_sites(before):
    got = values_read(_PRO + before + "全年共发布97条。\n")
    assert "disclosure.via_website" not in got and "disclosure.total" not in got


def test_a_platform_not_a_website_keeps_the_total():
    got = values_read(_PRO + "我街道依托政务公开平台,及时公开各类政务信息。本年度共公开58条。\n")
    assert got.get("disclosure.total") == 58
    assert "disclosure.via_website" not in got


# ---- 万 alone in a 2019 table's amount cell ------------------------------------------------------------------------

_T2019 = ("岚峰县2020年政府信息公开工作年度报告\n一、总体情况\n本年度依法做好政府信息公开工作。\n二、主动公开政府信息情况\n"
          "第二十条第(五)项 |\n|||\n信息内容 |\n上一年项目数量 |\n本年增/减 |\n处理决定数量 |\n行政许可 |\n27 |\n+3 |\n{dec} |\n"
          "其他对外管理服务事项 |\n14 |\n-2 |\n6 |\n"
          "第二十条第(九)项 |\n|||\n信息内容 |\n采购项目数量 |\n采购总金额 |\n|\n政府集中采购 |\n41 |\n{amount} |\n"
          "三、收到和处理政府信息公开申请情况\n")


@pytest.mark.parametrize("amount, yuan", [("387.26万", 3872600), ("38万", 380000), ("387.26万元", 3872600)])
def test_an_amount_printed_with_wan_alone_is_in_wanyuan(amount, yuan):
    got = values_read(_T2019.format(dec="5120", amount=amount))
    assert (got.get("disclosure.procurement.projects"), got.get("disclosure.procurement.amount")) == (41, yuan)


def test_a_bare_amount_stays_unread():
    got = values_read(_T2019.format(dec="5120", amount="387.26"))
    assert "disclosure.procurement.amount" not in got


def test_a_count_printed_with_wan_is_never_read():
    got = values_read(_T2019.format(dec="1.6万", amount="387.26万"))
    assert "disclosure.licensing.decisions" not in got
    assert got.get("disclosure.licensing.items_prev_year") == 27


def test_a_pipe_row_amount_with_wan_alone():
    text = ("岚峰县2020年政府信息公开工作年度报告\n二、主动公开政府信息情况\n"
            "| 第二十条第(九)项 | | |\n| 信息内容 | 采购项目数量 | 采购总金额 |\n| 政府集中采购 | 12 | 95.4万 |\n"
            "三、收到和处理政府信息公开申请情况\n")
    got = values_read(text)
    assert (got.get("disclosure.procurement.projects"), got.get("disclosure.procurement.amount")) == (12, 954000)


# ---- older held-out sets (heldout63b, heldout63c) ------------------------------------------------------------------

_PUBLISHED = ("2025年政府信息公开工作年度报告\n信息来源:岚峰区人民政府\n\n"
              "根据《中华人民共和国政府信息公开条例》相关规定,现向社会公布《岚峰市岚峰区发展和改革局2025年度政府信息公开工作"
              "年度报告》,本报告由总体情况、主动公开政府信息情况等部分组成。\n\n一、总体情况\n\n")


def test_the_title_a_report_publishes_in_quotes_names_its_issuer():
    text = _PUBLISHED + "2025年,本局依法做好政府信息公开工作。\n"
    assert untitled_name(text) == "岚峰市岚峰区发展和改革局"


def test_its_short_name_as_the_subject_of_a_request_count_is_the_issuer():
    got = values_read(_PUBLISHED + "(二)依申请公开政府信息情况。本年度,区发改局共受理政府信息公开申请6件,均已按期答复。\n")
    assert got.get("requests.new") == 6


def test_another_bureau_as_the_subject_stays_a_part():
    got = values_read(_PUBLISHED + "(二)依申请公开政府信息情况。本年度,区教育局共受理政府信息公开申请6件,均已按期答复。\n")
    assert "requests.new" not in got



_SITE = "岚峰区信访局2025年政府信息公开工作年度报告\n一、总体情况\n(一)主动公开情况。我局聚焦重点领域信息公开。"


def test_a_site_posting_kinds_listed_as_its_published_information():
    got = values_read(_SITE + "全年依托岚峰区政府网站,发布财政信息、工作动态等各类公开信息23条,切实保障群众知情权。\n")
    assert got.get("disclosure.via_website") == 23
    assert "disclosure.total" not in got


def test_a_kind_of_published_information_without_a_site_is_not_the_sites():
    got = values_read(_SITE + "全年发布财政信息、工作动态等各类公开信息23条。\n")
    assert "disclosure.via_website" not in got
