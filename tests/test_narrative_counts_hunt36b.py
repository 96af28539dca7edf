"""Counts with words between their verb and their number (hunt36b), the ways held-out pages said them:
- the proactive total with a remark in brackets after its noun (主动公开政府信息(含规范性文件)57条, 主动公开信息（不含转载）
  共68条, 主动公开政府信息(包括图片新闻)39件): never a bracket holding a figure or naming another period;
- the request count first, all the askers between it and the noun (收到7条群众提出的政府信息公开申请, 受理3件市民提交的依申请
  公开申请, 接到2份社会公众的信息公开申请): never one applicant category's share, nor a review's request.

Texts and bodies are invented.
"""
from __future__ import annotations

import reportparse

HEAD = "某某县水利局2016年政府信息公开工作年度报告\n一、主动公开政府信息情况\n"


def _value(text: str, key: str):
    return reportparse.parse_text(HEAD + text + "\n").value(key)


def test_a_bracketed_remark_between_the_noun_and_the_proactive_count():
    for text, want in (("2016年主动公开政府信息(含规范性文件)57条。", 57), ("全年主动公开信息（不含转载）共68条。", 68),
                       ("2016年主动公开政府信息(包括图片新闻)39件。", 39)):
        assert _value(text, "disclosure.total") == want, text
    for text in ("2016年主动公开政府信息(去年同期)41条。", "2016年主动公开政府信息(历年累计)41条。"):
        assert _value(text, "disclosure.total") is None, text


def test_the_askers_between_a_count_first_and_the_requests_noun():
    for text, want in (("二、依申请公开情况\n全年共收到7条群众提出的政府信息公开申请。", 7),
                       ("二、依申请公开情况\n全年受理3件市民提交的依申请公开申请。", 3),
                       ("二、依申请公开情况\n全年接到2份社会公众的信息公开申请。", 2)):
        assert _value(text, "requests.new") == want, text
    for text in ("二、依申请公开情况\n全年收到3份群众提出的行政复议申请。", "二、依申请公开情况\n全年收到5件公民个人提出的政府信息公开申请。"):
        assert _value(text, "requests.new") is None, text
