"""Wordings a held-out set's reports (heldout60c, hunt60) were read short or wrong on (leads61), each a class with a guard
that a near case is not read. Texts and figures are invented.

- precision: a count of what the issuer's parts put out on their own websites (通过所属部门网站…, 在各乡镇网站…) is
  neither the issuer's website count nor its proactive total; the issuer's own site by its kind (本部门网站) still is;
- a government named with its office in brackets (区政府(含区政府办公室)收到…申请N件) in that government's or its office's
  report: the issuer's own count, the sentence's other figures kept; never in another body's report;
"""
from __future__ import annotations

import pytest

from values_read import values_read as _values

_HEAD = "岚峰县青禾镇2023年政府信息公开工作年度报告\n一、总体情况\n（一）主动公开情况\n"
_REQUESTS = "\n（二）依申请公开情况\n2023年共收到政府信息公开申请3件。\n"


def _report(title: str, requests: str) -> str:
    """A report under `title` whose requests section says `requests`."""
    return (title + "\n一、总体情况\n（一）主动公开情况\n2023年，通过区政府网站公开信息1432条，通过政务微博发布信息57条。\n"
            "（二）依申请公开情况\n" + requests + "\n（三）政府信息管理\n加强审核。\n")


# ---- precision: the parts' websites -------------------------------------------------------------------------------

@pytest.mark.parametrize("sentence", [
    "2023年，通过所属部门网站公开信息236条。",
    "2023年，在所属部门网站公开信息236条。",
    "2023年，通过各部门网站公开信息236条。",
    "2023年，通过下属单位网站公开信息236条。",
    "2023年，通过相关部门网站公开信息236条。",
    "2023年，所属部门网站公开信息236条。",
])
def test_the_parts_websites_count_is_neither_the_site_nor_the_total(sentence):
    v = _values(_HEAD + sentence + _REQUESTS)
    assert "disclosure.via_website" not in v and "disclosure.total" not in v
    assert v["requests.new"] == 3


@pytest.mark.parametrize("sentence", [
    "2023年，通过部门网站公开信息236条。",
    "2023年，通过本部门网站公开信息236条。",
    "2023年，通过县政府网站公开信息236条。",
])
def test_the_issuers_own_site_alone_is_still_read(sentence):
    v = _values(_HEAD + sentence + _REQUESTS)
    assert v["disclosure.via_website"] == 236 and v["disclosure.total"] == 236


# ---- the government with its office in brackets -------------------------------------------------------------------

@pytest.mark.parametrize("title", ["岚峰区人民政府办公室2023年政府信息公开工作年度报告",
                                   "岚峰区人民政府办公室 2023年政府信息公开工作年度报告",
                                   "岚峰区人民政府2023年政府信息公开工作年度报告"])
def test_the_government_with_its_office_in_brackets_is_the_issuer(title):
    v = _values(_report(title, "2023年区政府(含区政府办公室)收到政府信息公开申请34件，现已办结31件，"
                               "全年因政府信息公开产生行政复议案件6件和行政诉讼案件2件，其中行政复议结果维持5件，尚未审结1件。"))
    assert (v["requests.new"], v["requests.answered"]) == (34, 31)
    assert (v["review.total"], v["review.upheld"], v["review.pending"]) == (6, 5, 1)


@pytest.mark.parametrize("title, sentence", [
    ("岚峰区发展和改革委员会2023年政府信息公开工作年度报告", "2023年区政府(含区政府办公室)收到政府信息公开申请34件，现已办结31件。"),
    ("岚峰区人民政府办公室2023年政府信息公开工作年度报告", "2023年区政府收到政府信息公开申请34件，现已办结31件。"),
    ("岚峰区人民政府办公室2023年政府信息公开工作年度报告", "2023年县政府(含县政府办公室)收到政府信息公开申请34件，现已办结31件。"),
])
def test_no_government_of_another_body_or_level(title, sentence):
    v = _values(_report(title, sentence))
    assert "requests.new" not in v and "requests.answered" not in v
