"""Prose forms of figures (hunt40). Table 二's decision counts said with 宗 as their measure word, where 决定 is
said (行政许可处理决定数量N宗); a count said with no 决定 stays unread. The proactive total with no noun after
主动公开, named 总数/数量 or following the work's own name (政务信息公开主动公开总数N条), or after the issuer's own word
and what it published (我处围绕…的政府信息主动公开N条); a kind's count stays unread.
Texts and figures are invented."""
from __future__ import annotations

import reportparse

HEAD = "青禾县文化和旅游局2023年政府信息公开工作年度报告\n一、总体情况\n(一)主动公开情况\n"


def _values(body: str) -> dict:
    return {i.key: i.value for i in reportparse.parse_text(HEAD + body).indicators if not i.derived}


def test_decisions_counted_in_zong():
    vals = _values("2023年,主动公开行政许可处理决定数量213宗;行政处罚处理决定数量47宗、"
                   "行政强制处理决定数量6宗。\n")
    assert vals.get("disclosure.licensing.decisions") == 213
    assert vals.get("disclosure.penalty.decisions") == 47
    assert vals.get("disclosure.coercion.decisions") == 6


def test_zong_without_decision_word_stays_unread():
    vals = _values("全年办理行政处罚案件47宗,行政许可19宗。\n")
    assert "disclosure.penalty.decisions" not in vals
    assert "disclosure.licensing.decisions" not in vals


def test_proactive_total_named_zongshu():
    assert _values("2023年,政务信息公开主动公开总数183条,其中在网站公开141条。\n").get(
        "disclosure.total") == 183
    assert _values("2023年,主动公开数量为95条。\n").get("disclosure.total") == 95


def test_a_kinds_count_named_zongshu_stays_unread():
    assert "disclosure.total" not in _values("2023年,规范性文件主动公开总数7条。\n")


def test_proactive_total_after_the_issuers_word_and_what_it_published():
    assert _values("2023年,我局围绕群众关注的重点领域的政府信息主动公开238条。\n").get("disclosure.total") == 238
    # a kind's count, or a part after 其中, is no total
    assert "disclosure.total" not in _values("2023年,规范性文件的政府信息主动公开9条。\n")
    assert "disclosure.total" not in _values("2023年,我局其中涉及疫情的政府信息主动公开9条。\n")
