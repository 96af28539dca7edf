"""Wordings of real reports the library missed (hunt47), each a class with a guard that a near wording is not read.
Texts and figures are invented.

- a branch bureau names itself 我分局 / 本分局 as a bureau says 我局: the issuer, not one of its parts;
- a website's count said number-first (共在某某区门户网站发布72条公开信息, 通过政府网站公开46条政务信息): the site
  alone is the total's own wording, as after the noun (…网站公开信息46条); never after 其中, nor a kind of
  information (发布33条政务动态); beside another channel's count the site's count stays the site's."""
from __future__ import annotations

import reportparse

BUREAU = "岚峰市生态环境局青禾分局2024年政府信息公开工作年度报告\n"
TOWN = "青禾镇人民政府2024年政府信息公开工作年度报告\n"
PROACTIVE = "一、总体情况\n（一）主动公开情况\n"
REQUESTS = "一、总体情况\n（二）依申请公开情况\n"


def _vals(body: str, head: str = TOWN) -> dict:
    return {i.key: i.value for i in reportparse.parse_text(head + body).indicators
            if not i.derived and i.period == "year" and getattr(i, "applicant", None) in (None, "total")}


# ---- 我分局 / 本分局 is the issuer ---------------------------------------------------------------------------------

def test_my_branch_bureau_is_the_issuer():
    assert _vals(REQUESTS + "2024年，我分局受理政府信息公开申请17件。\n", BUREAU)["requests.new"] == 17
    assert _vals(REQUESTS + "2024年，本分局共收到政府信息公开申请23件。\n", BUREAU)["requests.new"] == 23


def test_a_named_branch_bureau_stays_a_part():
    # a district's report: the 分局 it names is one of its parts, its count not the district's
    vals = _vals(REQUESTS + "2024年，区公安分局受理政府信息公开申请17件。\n", "岚峰区人民政府2024年政府信息公开工作年度报告\n")
    assert "requests.new" not in vals


# ---- a website's count said number-first ------------------------------------------------------------------------

def test_website_count_number_first_is_the_total():
    vals = _vals(PROACTIVE + "2024年，共在岚峰区门户网站发布72条公开信息。\n", BUREAU)
    assert vals["disclosure.total"] == 72 and vals["disclosure.via_website"] == 72
    vals = _vals(PROACTIVE + "2024年，我镇通过政府网站公开46条政务信息。\n")
    assert vals["disclosure.total"] == 46


def test_website_count_number_first_guards():
    # a kind of information, not the information itself
    assert "disclosure.total" not in _vals(PROACTIVE + "2024年，在门户网站发布33条政务动态。\n")
    # a part after 其中: the site's count, not the total
    vals = _vals(PROACTIVE + "2024年，我镇主动公开信息约300条，其中通过政府网站公开46条政务信息。\n")
    assert "disclosure.total" not in vals and vals["disclosure.via_website"] == 46
    # beside another channel's count: the total is said apart, the site's count stays the site's
    vals = _vals(PROACTIVE + "2024年，全年主动公开信息318条，通过政府网站公开64条政务信息，通过微信公众号公开254条。\n")
    assert vals["disclosure.total"] == 318 and vals["disclosure.via_website"] == 64
