"""Prose counts that hold another year's cases or are one kind of many (found on unseen sites, heldout26):
a request count '(含2024年结转1件)' holds the carried-over cases, so it is no new-request count; the
previous year named (2024年结转) is the carried-over count only when it is the year before the report's;
the next year named with 年度 (结转2026年度继续办理) is the carried-forward count; a proactive count
followed by other kinds' counts (…政府信息88条、规范性文件2条…) is one kind, not the total.
Invented sentences, distinct numbers."""
from __future__ import annotations

import pytest

import reportparse

TITLE = "某某县自然资源局2025年度政府信息公开工作年度报告\n"


def read(body: str, title: str = TITLE) -> dict:
    report = reportparse.parse_text(title + body, require_report=False)
    return {i.value_id: i.value for i in report.indicators}


@pytest.mark.parametrize("body", [
    "2025年，全年受理政府信息公开申请37件（含2024年结转4件），其中自然人申请33件。",
    "2025年，共收到政府信息公开申请37件（含2024年度结转的4件）。",
    "2025年，本机关办结依申请公开件37件（含结转4件）。",
])
def test_a_count_holding_carried_cases_is_no_new_count(body):
    got = read(body)
    assert "requests.new|applicant=total" not in got, got


def test_the_previous_year_named_gives_the_carried_over_count():
    assert read("2025年，全年受理政府信息公开申请37件（含2024年结转4件）。")["requests.carried_over|applicant=total"] == 4
    assert read("2025年，收到政府信息公开申请37件，2024年结转的申请6件。")["requests.carried_over|applicant=total"] == 6
    # another year than the one before the report's is no carried-over count of this report
    got = read("2025年，全年受理政府信息公开申请37件（含2023年结转4件）。")
    assert "requests.carried_over|applicant=total" not in got and "requests.new|applicant=total" not in got


def test_the_next_year_named_with_nian_du_gives_the_carried_forward_count():
    assert read("2025年，收到政府信息公开申请37件，结转2026年度继续办理3件。")["requests.carried_forward|applicant=total"] == 3
    assert read("2025年，收到政府信息公开申请37件，5件申请结转至2026年度。")["requests.carried_forward|applicant=total"] == 5
    assert "requests.carried_forward|applicant=total" not in read("2025年，收到政府信息公开申请37件，结转2027年度继续办理3件。")


def test_a_proactive_count_listed_with_other_kinds_is_not_the_total():
    got = read("2025年，利用门户网站主动公开政府信息91条、规范性文件3条、财政信息7条、人事信息12条。")
    assert "disclosure.total" not in got, got
    # its parts after 其中 leave the count the total
    assert read("2025年，主动公开政府信息91条，其中规范性文件3条、财政信息7条。")["disclosure.total"] == 91
    assert read("2025年，主动公开政府信息91条。")["disclosure.total"] == 91
