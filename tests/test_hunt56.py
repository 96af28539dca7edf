"""Wordings of real reports the library missed or misread (hunt56), each a class with a guard that a near case is not
read. Texts and figures are invented.

- a medium named by its own name as its clause's subject (某某微信公众号主动公开各类政府信息99条, 镇政务微博公开…) beside
  another channel's count (通过…专栏主动公开…14条): two channels' counts, no proactive total (it was read as the total);
  the whole said before them is still the total;
- the requests' section heading with 无 alone as its body ((二)依申请公开情况\\n无。): requests.new 0; never 无论…,
  nor the fees' section's 无;
- none received said with 接受, the verb the year's count uses (我镇未接受政府信息公开申请): requests.new 0;
- a place's portal named 政务网 (全年在岚峰政务网公开政府信息37条): that website's count; never 政务网上办事…;
- table 二's decisions said as what the body handled (本年度办理行政许可5417件，行政处罚172件，行政强制9件; 共办结行政许可
  事项63件): licensing / penalty / coercion decisions; never the kinds of licence (项), applications (受理), a centre's,
  another year's, nor in a legacy report (no such row).
"""
from __future__ import annotations

import pytest

from values_read import values_read as _values

_HEAD = "青禾县某某镇人民政府2024年政府信息公开工作年度报告\n一、总体情况\n"


# ---- a medium named by its own name beside another channel's count ----------------------------------------------

@pytest.mark.parametrize("sentences", [
    "（一）主动公开情况\n2024年，通过政府信息公开专栏主动公开各类政府信息14条。青禾之声微信公众号主动公开各类政府信息99条，累计阅读量两万次。",
    "（一）主动公开情况\n全年在县政府门户网站公开信息23条，青禾镇政务微博主动公开政府信息167条。",
    "（一）主动公开情况\n通过县政府网站发布政府信息31条；某某镇政务公开栏公开政府信息58条。",
])
def test_a_medium_by_its_own_name_beside_another_channel_gives_no_total(sentences):
    v = _values(_HEAD + sentences + "\n（二）依申请公开情况\n2024年共收到政府信息公开申请3件。")
    assert v["requests.new"] == 3
    assert "disclosure.total" not in v


def test_the_whole_said_before_the_channels_is_still_the_total():
    v = _values(_HEAD + "（一）主动公开情况\n2024年，我镇主动公开政府信息113条，其中通过政府信息公开专栏公开14条，"
                "青禾之声微信公众号公开99条。")
    assert v["disclosure.total"] == 113


# ---- the requests' section heading with 无 alone as its body --------------------------------------------------------

@pytest.mark.parametrize("body", [
    "（一）主动公开情况\n2024年通过政府网站公开信息27条。\n（二）依申请公开情况\n无。\n（三）政府信息管理情况\n加强管理。",
    "（一）主动公开情况\n本年度加强公开。\n（二）依申请公开政府信息情况\n无\n（三）政府信息管理情况\n加强管理。",
    "三、收到和处理政府信息公开申请情况\n无。\n四、政府信息公开行政复议、行政诉讼情况\n无。",
])
def test_the_requests_heading_with_none_as_its_body(body):
    assert _values(_HEAD + body)["requests.new"] == 0


@pytest.mark.parametrize("body", [
    "（二）依申请公开情况\n无论申请多少，均依法答复。",
    "（二）政府信息公开的收费及减免情况\n无。",
])
def test_none_opening_a_sentence_or_under_another_heading_is_no_zero_of_requests(body):
    assert "requests.new" not in _values(_HEAD + body)


# ---- none received said with 接受 -----------------------------------------------------------------------------------

@pytest.mark.parametrize("sentence", [
    "三、依申请公开信息情况\n截止目前，我镇未接受政府信息公开申请。",
    "三、依申请公开情况\n2024年，本局没有接受过任何依申请公开申请。",
    "三、依申请公开情况\n全年未接受公民、法人或其他组织提出的政府信息公开申请。",
])
def test_none_received_said_with_accept(sentence):
    assert _values(_HEAD + sentence)["requests.new"] == 0


def test_accept_without_a_request_is_no_zero():
    assert "requests.new" not in _values(_HEAD + "三、依申请公开情况\n本年度未接受政府信息公开工作专项培训。")


# ---- a place's portal named 政务网 ------------------------------------------------------------------------------------

@pytest.mark.parametrize("sentence, n", [
    ("（二）主动公开政府信息。全年在岚峰政务网公开政府信息37条。", 37),
    ("（二）主动公开政府信息。全年通过青禾政务网公开政府信息46条，通过微信公众号发布信息85条。", 46),
])
def test_a_portal_named_zhengwu_wang_is_a_website(sentence, n):
    assert _values(_HEAD + sentence)["disclosure.via_website"] == n


def test_the_online_service_hall_of_a_zhengwu_wang_is_no_website_count():
    v = _values(_HEAD + "（二）主动公开政府信息。全年在政务网上办事大厅受理事项37条。")
    assert "disclosure.via_website" not in v and "disclosure.total" not in v


# ---- table 二's decisions said as what the body handled --------------------------------------------------------------

_COUNTY = "青禾县人民政府2022年政府信息公开工作年度报告\n一、总体情况\n（一）主动公开情况。"


@pytest.mark.parametrize("sentence, want", [
    ("本年度制发规范性文件3件，本年度办理行政许可5417件，行政处罚172件，行政强制9件。",
     {"disclosure.licensing.decisions": 5417, "disclosure.penalty.decisions": 172, "disclosure.coercion.decisions": 9}),
    ("2022年，我局共办结行政许可事项63件，受理行政处罚案件48件。", {"disclosure.licensing.decisions": 63}),
    ("全年办理行政处罚决定26件、行政强制措施4件。",
     {"disclosure.penalty.decisions": 26, "disclosure.coercion.decisions": 4}),
])
def test_decisions_said_as_handled(sentence, want):
    v = _values(_COUNTY + sentence)
    for key, n in want.items():
        assert v[key] == n, key
    assert "disclosure.penalty.decisions" in v or "disclosure.penalty.decisions" not in want


@pytest.mark.parametrize("sentence", [
    "全年办理行政许可事项35项。",
    "政务服务中心办理行政许可2716件。",
    "2021年办理行政许可400件。",
    "受理行政许可申请812件。",
])
def test_kinds_applications_a_centre_or_another_year_are_no_decisions(sentence):
    assert "disclosure.licensing.decisions" not in _values(_COUNTY + sentence)


def test_a_legacy_report_has_no_decision_rows():
    v = _values("青禾县人民政府2016年政府信息公开工作年度报告\n一、概述\n本年度办理行政许可5417件。")
    assert "disclosure.licensing.decisions" not in v
