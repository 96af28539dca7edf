"""A publish date inside the report's own year (leads53): a report is published after its statistics period ends, which
is the year's end unless the text states an earlier end (统计期限为2021年12月1日至2022年11月30日; 所列数据统计截至2022年12月20日).
After such an end, a date the header's field, the signature or the line under the title sets is the report's; a date
before it, a date a sentence of the text names (…日印发, …日发布), and any same-year date where no earlier end is
stated stay refused, as before. Texts and dates are invented."""
from __future__ import annotations

import pytest

import reportparse

TITLE = "某县审计局2022年政府信息公开工作年度报告\n"
BODY = "一、总体情况\n2022年，我局共收到政府信息公开申请7件，予以公开5件。\n"
_ENDS = {
    "2022-11-30": "本报告所列数据的统计期限为2021年12月1日至2022年11月30日。\n",
    "2022-12-20": "本报告所列数据统计截至2022年12月20日。\n",
    "2022-12-15": "本报告中所列数据的统计时间为2022年1月1日至12月15日。\n",
}
_YEAR_END = "本报告所列数据的统计期限为2022年1月1日至2022年12月31日。\n"


def _published(text: str):
    report = reportparse.parse_text(text)
    return report.published, [w for w in report.warnings if "published" in w]


@pytest.mark.parametrize("end, period", list(_ENDS.items()))
def test_a_header_date_after_a_stated_period_end_inside_the_year_is_taken(end, period):
    for field, date in (("发布日期：", "2022-12-27"), ("发布时间: ", "2022-12-29 10:05")):
        published, said = _published(field + date + "\n" + TITLE + period + BODY)
        assert published == date[:10]
        assert any(end in w and "inside the reporting year" in w for w in said)


@pytest.mark.parametrize("period", list(_ENDS.values()))
def test_a_signature_or_a_date_under_the_title_after_that_end_is_taken(period):
    assert _published(TITLE + period + BODY + "\n某县审计局\n2022年12月26日\n")[0] == "2022-12-26"
    assert _published(TITLE + "（2022年12月28日）\n" + period + BODY)[0] == "2022-12-28"


@pytest.mark.parametrize("period", ["", _YEAR_END])
def test_guard_a_same_year_date_without_an_earlier_end_stays_refused(period):
    assert _published("发布日期：2022-12-27\n" + TITLE + period + BODY)[0] is None
    assert _published(TITLE + period + BODY + "\n某县审计局\n2022年12月26日\n")[0] is None
    assert _published(TITLE + "（2022年12月28日）\n" + period + BODY)[0] is None


def test_guard_a_date_before_the_stated_end_stays_refused():
    published, said = _published("发布日期：2022-11-20\n" + TITLE + _ENDS["2022-11-30"] + BODY)
    assert published is None
    assert any("2022-11-20" in w and "statistics period (2022-11-30)" in w for w in said)


def test_guard_a_date_a_sentence_names_is_no_publish_date():
    period = _ENDS["2022-11-30"]
    assert _published(TITLE + "2022年12月5日发布。" + period + BODY)[0] is None
    assert _published(TITLE + period + "2022年12月5日印发《某县审计局政务公开工作要点》。\n" + BODY)[0] is None


def test_guard_an_end_of_another_year_or_unsettled_settles_nothing():
    # a period whose end names no year while its words name two: the end's year is not settled
    period = "本报告所列数据的统计期限为2021年1月1日起，2022年度数据截至12月10日。\n"
    assert _published("发布日期：2022-12-27\n" + TITLE + period + BODY)[0] is None
    period = "本报告所列数据统计截至2021年12月20日。\n"
    assert _published("发布日期：2022-12-27\n" + TITLE + period + BODY)[0] is None


def test_a_date_after_the_year_is_taken_as_before():
    assert _published("发布日期：2023-01-08\n" + TITLE + _ENDS["2022-11-30"] + BODY)[0] == "2023-01-08"
